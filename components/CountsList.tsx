import type { JSX } from 'preact';
import type { FactbaseCounts } from '../lib/factbase/queries';
import { FIRST_DATA } from './first-data';

/** Props of `CountsList`. */
export interface CountsListProps {
  /** How many records the fact base holds. */
  counts: FactbaseCounts;
  /** Extra class for the list. */
  class?: string;
}

const KINDS = ['actors', 'incidents', 'claims', 'sources', 'notes'] as const;

/** The fact base's record counts, each marked with `data-count` for checks (and timed as data shown: first-data.ts). */
export function CountsList({ counts, class: cls }: CountsListProps): JSX.Element {
  return (
    <dl class={cls}>
      {KINDS.map((k) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd data-count={k} elementtiming={FIRST_DATA}>
            {counts[k]}
          </dd>
        </div>
      ))}
    </dl>
  );
}
