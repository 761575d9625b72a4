import type { JSX } from 'preact';
import { intervalWords } from '../figure-words';
import type { PageAnalysis } from '../../lib/messaging/views';
import { Section } from '../Section';
import { t } from '../../lib/platform/i18n';

/** Props of `FigureList`. */
export interface FigureListProps {
  /** The page's analysis. */
  analysis: PageAnalysis;
  /** Scrolls the page to a figure and flashes it. */
  reveal: (figureIndex: number) => void;
  /** Only figures whose text, what they count or who said them contains these words are listed. */
  filter?: string;
}

const LABEL = { conflict: 'conflict', update: 'update', scope: 'scope' } as const;

/** The page's figures and claims, each with its interval and verdict. */
export function FigureList({ analysis, reveal, filter = '' }: FigureListProps): JSX.Element {
  const verdict = new Map<number, string>();
  for (const c of analysis.conflicts) {
    const claim = analysis.claims.find((x) => x.id === c.claim);
    if (claim && !verdict.has(claim.figure)) verdict.set(claim.figure, LABEL[c.kind]);
  }
  const needle = filter.trim().toLowerCase();
  const rows = analysis.figures.map((f, i) => ({ f, i, claim: analysis.claims.find((c) => c.figure === i) }));
  const shown = needle
    ? rows.filter(({ f, claim }) => [f.text, f.counted, f.predicate, claim?.claimant].some((s) => s?.toLowerCase().includes(needle)))
    : rows;
  return (
    <Section id="figures-h" title={t('headingFigures', 'Figures on this page')} count={analysis.figures.length} testid="figure-list">
      {analysis.figures.length === 0 ? <p class="empty">No figures found.</p> : null}
      {rows.length > 0 && shown.length === 0 ? <p class="empty">No figure matches “{filter.trim()}”.</p> : null}
      <ul class="figures">
        {shown.map(({ f, i, claim }) => {
          const v = verdict.get(i);
          return (
            <li key={i}>
              <button type="button" class="link strong" onClick={() => reveal(i)}>{f.text}</button>{' '}
              <span class="muted small">
                {intervalWords(f)}
                {f.predicate ? ` · ${f.predicate}` : ''}
                {claim?.claimant ? ` · ${claim.claimant}` : ''}
              </span>
              {v ? <span class={`badge badge-${v}`}>{v}</span> : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
