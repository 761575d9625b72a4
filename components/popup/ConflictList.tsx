import type { JSX } from 'preact';
import { describeInterval, formatValue } from '../../lib/claims/compare';
import type { PageConflict } from '../../lib/engine/types';
import type { PageAnalysis } from '../../lib/messaging/views';
import { NumberLine } from '../NumberLine';

/** Props of `ConflictList`. */
export interface ConflictListProps {
  /** This page's analysis (its claims and figures). */
  analysis: PageAnalysis;
  /** Scrolls the page to a figure and flashes it. */
  reveal: (figureIndex: number) => void;
}

const VERDICT: Record<PageConflict['kind'], string> = {
  conflict: 'Conflict: the figures do not overlap',
  update: 'Update: a change over time',
  scope: 'Scope: different populations are counted',
};

/** This page's claims that another source disagrees with, side by side with the other source's. */
export function ConflictList({ analysis, reveal }: ConflictListProps): JSX.Element {
  const order = { conflict: 0, update: 1, scope: 2 } as const;
  const conflicts = [...analysis.conflicts].sort((a, b) => order[a.kind] - order[b.kind]);
  return (
    <section aria-labelledby="conflicts-h">
      <h3 id="conflicts-h">Conflicting claims on this page ({conflicts.length})</h3>
      {conflicts.length === 0 ? <p class="empty">No disagreement with other sources found.</p> : null}
      {conflicts.map((c, i) => {
        const claim = analysis.claims.find((x) => x.id === c.claim);
        const fig = claim ? analysis.figures[claim.figure] : undefined;
        return (
          <article key={i} class={`conflict verdict-${c.kind}`} data-kind={c.kind} data-testid="page-conflict">
            <div class="verdict-label">{VERDICT[c.kind]}</div>
            <div class="sides">
              <div>
                <div class="side-h">This page{analysis.source.publishedAt ? ` · ${analysis.source.publishedAt}` : ''}</div>
                {claim ? (
                  <button type="button" class="link strong" onClick={() => reveal(claim.figure)}>{fig?.text ?? formatValue(claim.value, claim.unit)}</button>
                ) : null}
                {claim ? (
                  <div class="small muted">
                    {describeInterval(claim)}
                    {claim.claimant ? ` · ${claim.claimant}` : ''}
                    {claim.asOf && claim.asOf !== analysis.source.publishedAt ? ` · as of ${claim.asOf}` : ''}
                  </div>
                ) : null}
                {claim ? <blockquote class="small">{claim.quote}</blockquote> : null}
              </div>
              <div>
                <div class="side-h">
                  {c.other.url ? <a href={c.other.url} target="_blank" rel="noopener noreferrer">{c.other.source}</a> : c.other.source}
                  {c.other.publishedAt ? ` · ${c.other.publishedAt}` : ''}
                </div>
                <strong>{c.other.figureText || formatValue(c.other.value, c.other.unit)}</strong>
                <div class="small muted">{describeInterval(c.other)}{c.other.claimant ? ` · ${c.other.claimant}` : ''}</div>
                <blockquote class="small">{c.other.quote}</blockquote>
              </div>
            </div>
            {claim ? (
              <NumberLine
                items={[
                  { label: 'this page', low: claim.low, high: claim.high, value: claim.value, current: true },
                  { label: c.other.source, low: c.other.low, high: c.other.high, value: c.other.value },
                ]}
              />
            ) : null}
            <p class="small">{c.reason}</p>
          </article>
        );
      })}
    </section>
  );
}
