import type { JSX } from 'preact';
import { describeInterval, formatValue } from '../lib/claims/compare';
import type { PageConflict } from '../lib/engine/types';
import type { FigureMention } from '../lib/extract/types';
import type { FigureCard } from '../lib/messaging/views';
import { ClaimLine } from './ClaimLine';
import { NumberLine } from './NumberLine';

/** Props of `FigureCardView`. */
export interface FigureCardViewProps {
  /** The figure on this page. */
  figure: FigureMention;
  /** This page's disagreements involving the figure's claim. */
  conflicts: PageConflict[];
  /** Other sources' claims for the same claim key, or null while loading. */
  card: FigureCard | null;
}

const VERDICT: Record<PageConflict['kind'], string> = {
  conflict: 'Conflict',
  update: 'Later update',
  scope: 'Different scope',
};

/** A figure's card: what it counts, its interval in words, other sources' figures and the verdict. */
export function FigureCardView({ figure, conflicts, card }: FigureCardViewProps): JSX.Element {
  const others = card?.others ?? [];
  return (
    <div>
      <div class="kind">figure{figure.predicate ? ` · ${figure.predicate}` : ''}</div>
      <h2>{figure.text}</h2>
      <p>
        {figure.counted ? `Counts ${figure.counted}: ` : ''}
        {describeInterval(figure)} <span class="muted">({figure.qualifier})</span>
      </p>
      {conflicts.map((c, i) => (
        <div key={i} class={`verdict verdict-${c.kind}`} role="note">
          <strong>{VERDICT[c.kind]}</strong>: {c.reason}
        </div>
      ))}
      {others.length > 0 ? (
        <section>
          <h3>Other sources</h3>
          <NumberLine
            items={[
              { label: 'this page', low: figure.low, high: figure.high, value: figure.value, current: true },
              ...others.map((o) => ({ label: o.source?.outlet ?? o.claim.sourceId, low: o.claim.low, high: o.claim.high, value: o.claim.value })),
            ]}
          />
          {others.slice(0, 6).map((o) => <ClaimLine key={o.claim.id} view={o} />)}
        </section>
      ) : card ? (
        <p class="muted small">No other source gives a figure for this yet ({formatValue(figure.value, figure.unit)}).</p>
      ) : null}
    </div>
  );
}
