import type { JSX } from 'preact';
import type { FactbaseCounts } from '../lib/factbase/queries';

/** Props of `CountsList`. */
export interface CountsListProps {
  /** How many records the fact base holds. */
  counts: FactbaseCounts;
  /** Extra class for the list. */
  class?: string;
}

const KINDS = ['actors', 'incidents', 'claims', 'sources', 'notes'] as const;

/** The fact base's record counts, each marked with `data-count` for checks. */
export function CountsList({ counts, class: cls }: CountsListProps): JSX.Element {
  return (
    <dl class={cls}>
      {KINDS.map((k) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd data-count={k}>{counts[k]}</dd>
        </div>
      ))}
    </dl>
  );
}
