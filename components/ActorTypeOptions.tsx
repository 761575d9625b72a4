import type { JSX } from 'preact';
import { ACTOR_TYPES } from '../lib/extract/vocabulary';

/** The `<option>`s of an actor-type picker, one per type of the extraction vocabulary. */
export function ActorTypeOptions(): JSX.Element {
  return (
    <>
      {ACTOR_TYPES.map((type) => (
        <option key={type} value={type}>
          {type}
        </option>
      ))}
    </>
  );
}
