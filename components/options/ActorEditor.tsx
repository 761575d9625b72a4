import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Actor, ActorType } from '../../lib/factbase/schema';
import type { FactbaseEditResult, Request } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorPicker } from './ActorPicker';
import { ActorTypeOptions } from '../ActorTypeOptions';

/** Props of `ActorEditor`. */
export interface ActorEditorProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The actor edited. */
  actor: Actor;
  /** Called after each edit with its undo record (and after a delete, so the page closes). */
  onEdited: (result: FactbaseEditResult, deleted?: boolean) => void;
}

/** Edits an actor: rename, aliases, type, description, delete, merge another actor into it. */
export function ActorEditor({ send, actor, onEdited }: ActorEditorProps): JSX.Element {
  const [name, setName] = useState(actor.name);
  const [alias, setAlias] = useState('');
  const [description, setDescription] = useState(actor.description);
  const [other, setOther] = useState<{ id: string; name: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (req: Request<'editFactbase'>, after?: () => void, deleted = false): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const result = await send('editFactbase', req);
      after?.();
      onEdited(result, deleted);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="editor" aria-label={`Edit ${actor.name}`} role="group">
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          if (name.trim() && name.trim() !== actor.name) void run({ op: 'renameActor', id: actor.id, name });
        }}
      >
        <label for="actor-rename">Name</label>
        <input id="actor-rename" type="text" value={name} maxLength={300} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          Rename
        </button>
      </form>

      <div>
        <h4 id="aliases-h">Aliases</h4>
        {actor.aliases.length === 0 ? <p class="muted small">No aliases.</p> : null}
        <ul class="aliases" aria-labelledby="aliases-h" data-testid="actor-aliases">
          {actor.aliases.map((a) => (
            <li key={a}>
              <span>{a}</span>{' '}
              <button type="button" class="link" disabled={busy} onClick={() => void run({ op: 'removeAlias', id: actor.id, alias: a })}>
                Remove<span class="visually-hidden"> alias {a}</span>
              </button>
            </li>
          ))}
        </ul>
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            if (alias.trim()) void run({ op: 'addAlias', id: actor.id, alias }, () => setAlias(''));
          }}
        >
          <label for="actor-alias">New alias</label>
          <input id="actor-alias" type="text" value={alias} maxLength={300} onInput={(e) => setAlias(e.currentTarget.value)} data-testid="alias-input" />
          <button type="submit" disabled={busy || !alias.trim()} data-testid="alias-add">
            Add alias
          </button>
        </form>
      </div>

      <div class="row">
        <label for="actor-type">Type</label>
        <select
          id="actor-type"
          value={actor.type}
          disabled={busy}
          onChange={(e) => void run({ op: 'setActorType', id: actor.id, type: e.currentTarget.value as ActorType })}
        >
          <ActorTypeOptions />
        </select>
      </div>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run({ op: 'updateActorDetails', id: actor.id, description });
        }}
      >
        <label for="actor-description">Description</label>
        <textarea id="actor-description" rows={2} maxLength={2000} value={description} onInput={(e) => setDescription(e.currentTarget.value)} />
        <button type="submit" disabled={busy || description === actor.description}>
          Save description
        </button>
      </form>

      <div class="merge">
        <ActorPicker send={send} id="merge-pick" label="Merge another actor into this one" picked={other} excludeId={actor.id} onPick={(a) => setOther(a ? { id: a.id, name: a.name } : null)} />
        {other ? (
          <button type="button" disabled={busy} onClick={() => void run({ op: 'mergeActors', keepId: actor.id, dropId: other.id }, () => setOther(null))}>
            Merge {other.name} into {actor.name}
          </button>
        ) : null}
      </div>

      <div>
        <button type="button" class="danger" disabled={busy} onClick={() => void run({ op: 'deleteActor', id: actor.id }, undefined, true)}>
          Delete {actor.name}
        </button>
        <span class="small muted"> Incidents and claims stay, without this actor. You can undo.</span>
      </div>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
