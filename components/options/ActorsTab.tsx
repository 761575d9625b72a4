import type { JSX } from 'preact';
import type { ActorType } from '../../lib/factbase/schema';
import type { ExportFile, FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorTypeOptions } from '../ActorTypeOptions';
import { ActorPage } from './ActorPage';
import { FactbaseSearch } from './FactbaseSearch';
import { PagedList } from './PagedList';

/** What the actors tab keeps while another tab is shown: filters, the open actor, the new actor's draft. */
export interface ActorsTabState {
  search: string;
  type: '' | ActorType;
  /** The actor whose page is open, or null for the list. */
  actorId: string | null;
  newName: string;
  newType: ActorType;
  addError: string | null;
}

/** The actors tab's state when the options page opens. */
export const NO_ACTORS_FILTER: ActorsTabState = { search: '', type: '', actorId: null, newName: '', newType: 'person', addError: null };

/** Props of `ActorsTab`. */
export interface ActorsTabProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file. */
  download: (file: ExportFile) => void;
  /** The tab's state, kept by the panel. */
  state: ActorsTabState;
  /** Changes part of the tab's state. */
  update: (change: Partial<ActorsTabState>) => void;
  /** Changes whenever the lists must reload. */
  revision: number;
  /** An edit was made (its undo record is offered). */
  onEdited: (result: FactbaseEditResult, deleted?: boolean) => void;
  /** The fact base changed (an actor was added). */
  onChanged: () => void;
}

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The actors tab: search by a word of a name or alias, filter by type, add an actor, open an actor's page. */
export function ActorsTab({ send, download, state, update, revision, onEdited, onChanged }: ActorsTabProps): JSX.Element {
  const { search, type, actorId, newName, newType, addError } = state;
  if (actorId) {
    return <ActorPage send={send} download={download} actorId={actorId} revision={revision} onEdited={onEdited} onOpenActor={(id) => update({ actorId: id })} onClose={() => update({ actorId: null })} />;
  }
  const q = search.trim();
  const addActor = async (e: Event): Promise<void> => {
    e.preventDefault();
    update({ addError: null });
    if (!newName.trim()) return;
    try {
      const { actorId: id } = await send('addActor', { name: newName, type: newType });
      update({ newName: '' });
      onChanged();
      update({ actorId: id });
    } catch (err) {
      update({ addError: message(err) });
    }
  };
  return (
    <>
      <div class="filters">
        <FactbaseSearch tab="actors" label="A word in a name or alias starts with" value={search} onInput={(value) => update({ search: value })} />
        <div class="field">
          <label for="fb-actor-type">Type</label>
          <select id="fb-actor-type" value={type} onChange={(e) => update({ type: e.currentTarget.value as ActorsTabState['type'] })}>
            <option value="">Any type</option>
            <ActorTypeOptions />
          </select>
        </div>
      </div>
      <form class="row add-actor" onSubmit={(e) => void addActor(e)} aria-label="Add an actor">
        <label for="new-actor-name">New actor</label>
        <input id="new-actor-name" type="text" maxLength={300} value={newName} onInput={(e) => update({ newName: e.currentTarget.value })} />
        <label for="new-actor-type" class="visually-hidden">
          Type of the new actor
        </label>
        <select id="new-actor-type" value={newType} onChange={(e) => update({ newType: e.currentTarget.value as ActorType })}>
          <ActorTypeOptions />
        </select>
        <button type="submit" disabled={!newName.trim()}>
          Add actor
        </button>
      </form>
      {addError ? <p role="alert">{addError}</p> : null}
      <PagedList
        load={(cursor) => send('listActors', { ...(q ? { search: q } : {}), ...(type ? { type } : {}), cursor })}
        queryKey={`${q}|${type}|${revision}`}
        label="Actors"
        testId="actor-list"
        empty={q ? 'No actor has a name or alias with a word starting with that.' : 'No actors.'}
        itemKey={(a) => a.id}
        render={(a) => (
          <>
            <button type="button" class="link" data-actor-id={a.id} onClick={() => update({ actorId: a.id })}>
              {a.name}
            </button>{' '}
            <span class="muted small">
              {a.type}
              {a.matched !== a.name ? ` · as “${a.matched}”` : ''}
              {a.aliases.length ? ` · ${a.aliases.length} alias${a.aliases.length === 1 ? '' : 'es'}` : ''}
            </span>
          </>
        )}
      />
    </>
  );
}
