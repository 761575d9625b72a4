import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { actorEntries } from '../../lib/engine/actor-entries';
import type { ActorMention } from '../../lib/extract/types';
import type { ActorType } from '../../lib/factbase/schema';
import { aTypeWord, typeGroupTitle } from '../actor-type-words';
import { Section } from '../Section';
import { t } from '../../lib/platform/i18n';
import { ACTOR_TYPES } from '../../lib/extract/vocabulary';

/** Props of `ActorList`. */
export interface ActorListProps {
  /** The page's actor mentions. */
  actors: ActorMention[];
  /** Scrolls the page to a mention (index into `actors`) and flashes it. */
  reveal: (index: number) => void;
  /** Adds an unknown actor to the fact base. */
  addActor: (name: string, type: ActorType) => Promise<void>;
  /** Only names containing these words (case-insensitive) are listed. */
  filter?: string;
  /** Unknown names too unsure to mark, listed under "Maybe". */
  maybe?: ActorMention[];
}

/** The page's actors grouped by type, linked ones first (with how often each occurs), unknown ones with "Add". */
export function ActorList({ actors, reveal, addActor, filter = '', maybe = [] }: ActorListProps): JSX.Element {
  const [added, setAdded] = useState<Record<string, string>>({});
  // A short form ("Netanyahu") is one entry with the full name it stands for, as the CLI lists it.
  const all = actorEntries(actors);
  const needle = filter.trim().toLowerCase();
  const entries = needle ? all.filter((e) => e.name.toLowerCase().includes(needle)) : all;
  const unsure = [...new Set(maybe.map((m) => m.text))].filter((n) => !needle || n.toLowerCase().includes(needle));
  return (
    <Section id="actors-h" title={t('headingActors', 'Actors on this page')} count={all.length} testid="actor-list">
      {all.length === 0 ? <p class="empty">No actors found.</p> : null}
      {all.length > 0 && entries.length === 0 ? <p class="empty">No actor’s name contains “{filter.trim()}”.</p> : null}
      {ACTOR_TYPES.map((type) => {
        const group = entries.filter((e) => e.type === type).sort((x, y) => Number(y.linked) - Number(x.linked) || y.count - x.count);
        if (group.length === 0) return null;
        return (
          <div key={type} class="actor-group">
            <h4>{typeGroupTitle(type)}</h4>
            <ul>
              {group.map((e) => (
                <li key={e.name} class={e.linked ? 'linked' : 'unknown'}>
                  <button type="button" class="link" onClick={() => reveal(e.first)}>{e.name}</button>
                  {e.count > 1 ? (
                    <>
                      <span class="muted" aria-hidden="true" title={`named ${e.count} times on this page`}> ×{e.count}</span>
                      <span class="sr-only">, named {e.count} times</span>
                    </>
                  ) : null}
                  {e.linked ? null : added[e.name] ? (
                    <span class="small muted"> added</span>
                  ) : (
                    <button
                      type="button"
                      class="small add"
                      aria-label={`Add ${e.name} to the fact base as ${aTypeWord(e.type)}`}
                      onClick={() => void addActor(e.name, e.type).then(() => setAdded({ ...added, [e.name]: e.type }))}
                    >
                      Add
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {unsure.length > 0 ? (
        <div class="actor-group" data-testid="maybe-names">
          <h4>Maybe (not marked)</h4>
          <p class="small muted">{unsure.join(', ')}</p>
        </div>
      ) : null}
    </Section>
  );
}
