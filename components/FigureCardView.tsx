import type { JSX } from 'preact';
import { intervalWords, sayValue } from './figure-words';
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
  /** This page's publication date, for its row on the number line. */
  pageDate?: string | null;
}

const VERDICT: Record<PageConflict['kind'], string> = {
  conflict: 'Conflict',
  update: 'Later update',
  scope: 'Different scope',
};

// Rows the card's number line shows at most (this page's included); the rest are under "every source".
const LINE_ROWS = 4;

/**
 * A figure's card, short enough to sit beside its sentence: what it counts, its interval in
 * words, each disagreement in one line, a number line, and the sources and reasons folded away.
 */
export function FigureCardView({ figure, conflicts, card, pageDate = null }: FigureCardViewProps): JSX.Element {
  const others = card?.others ?? [];
  // The sources that disagree come first on the line.
  const disagreeing = new Set(conflicts.map((c) => c.other.claimId));
  const ranked = [...others].sort((a, b) => Number(disagreeing.has(b.claim.id)) - Number(disagreeing.has(a.claim.id)));
  return (
    <div>
      <div class="kind">figure{figure.predicate ? ` · ${figure.predicate}` : ''}</div>
      <h2>{figure.text}</h2>
      <p>
        {figure.counted ? `Counts ${figure.counted}: ` : ''}
        {intervalWords(figure)}
      </p>
      {conflicts.map((c, i) => (
        <p key={i} class={`verdict verdict-${c.kind}`} role="note">
          <strong>{VERDICT[c.kind]}</strong> with {c.other.source}
          {c.other.publishedAt ? ` (${c.other.publishedAt})` : ''}: “{c.other.figureText || sayValue(c.other.value, c.other.unit)}”
        </p>
      ))}
      {others.length > 0 ? (
        <NumberLine
          width={310}
          unit={figure.unit}
          items={[
            { label: 'This page', date: pageDate, low: figure.low, high: figure.high, value: figure.value, current: true },
            ...ranked.slice(0, LINE_ROWS - 1).map((o) => ({ label: o.source?.outlet ?? o.claim.sourceId, date: o.source?.publishedAt ?? null, low: o.claim.low, high: o.claim.high, value: o.claim.value })),
          ]}
        />
      ) : card ? (
        <p class="muted small">No other source gives a figure for this yet.</p>
      ) : (
        <p class="muted small" role="status">Looking for other sources…</p>
      )}
      {others.length > 0 || conflicts.length > 0 ? (
        <details>
          <summary>Why, and every source ({others.length})</summary>
          {conflicts.map((c, i) => (
            <p key={i} class="small">{c.reason}</p>
          ))}
          {ranked.map((o) => <ClaimLine key={o.claim.id} view={o} />)}
        </details>
      ) : null}
    </div>
  );
}
