import type { JSX } from 'preact';
import { describeInterval } from '../../lib/claims/compare';
import type { PageAnalysis } from '../../lib/messaging/views';

/** Props of `FigureList`. */
export interface FigureListProps {
  /** The page's analysis. */
  analysis: PageAnalysis;
  /** Scrolls the page to a figure and flashes it. */
  reveal: (figureIndex: number) => void;
}

const LABEL = { conflict: 'conflict', update: 'update', scope: 'scope' } as const;

/** The page's figures and claims, each with its interval and verdict. */
export function FigureList({ analysis, reveal }: FigureListProps): JSX.Element {
  const verdict = new Map<number, string>();
  for (const c of analysis.conflicts) {
    const claim = analysis.claims.find((x) => x.id === c.claim);
    if (claim && !verdict.has(claim.figure)) verdict.set(claim.figure, LABEL[c.kind]);
  }
  return (
    <section aria-labelledby="figures-h">
      <h3 id="figures-h">Figures on this page ({analysis.figures.length})</h3>
      {analysis.figures.length === 0 ? <p class="empty">No figures found.</p> : null}
      <ul class="figures">
        {analysis.figures.map((f, i) => {
          const claim = analysis.claims.find((c) => c.figure === i);
          const v = verdict.get(i);
          return (
            <li key={i}>
              <button type="button" class="link strong" onClick={() => reveal(i)}>{f.text}</button>{' '}
              <span class="muted small">
                {describeInterval(f)}
                {f.predicate ? ` · ${f.predicate}` : ''}
                {claim?.claimant ? ` · ${claim.claimant}` : ''}
              </span>
              {v ? <span class={`badge badge-${v}`}>{v}</span> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
