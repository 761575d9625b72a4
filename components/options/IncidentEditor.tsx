import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Incident } from '../../lib/factbase/schema';
import type { FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorPicker } from './ActorPicker';
import { ClaimRow } from './ClaimRow';
import { PagedList } from './PagedList';

/** Props of `IncidentEditor`. */
export interface IncidentEditorProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The incident edited, or null for a new one. */
  incident: Incident | null;
  /** Bumped after any edit, so the linked claims reload. */
  revision: number;
  /** Called after each edit with its undo record. */
  onEdited: (result: FactbaseEditResult) => void;
  /** Closes the editor. */
  onClose: () => void;
}

const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Edits an incident (title, date, place, type, summary) and the claims linked to it. */
export function IncidentEditor({ send, incident, revision, onEdited, onClose }: IncidentEditorProps): JSX.Element {
  const [title, setTitle] = useState(incident?.title ?? '');
  const [date, setDate] = useState(incident?.date ?? '');
  const [place, setPlace] = useState<{ id: string; name: string } | null>(incident?.place ? { id: incident.place, name: incident.place } : null);
  const [type, setType] = useState(incident?.type ?? '');
  const [summary, setSummary] = useState(incident?.summary ?? '');
  const [id, setId] = useState<string | null>(incident?.id ?? null);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (!title.trim()) return setError('The title is empty.');
    if (date && !DATE.test(date)) return setError('The date should be YYYY, YYYY-MM or YYYY-MM-DD.');
    setBusy(true);
    setError(null);
    try {
      const result = await send('editFactbase', {
        op: 'saveIncident',
        incident: {
          ...(id ? { id } : {}),
          title,
          date: date || null,
          place: place?.id ?? null,
          actors: incident?.actors ?? [],
          type,
          summary,
          sourceIds: incident?.sourceIds ?? [],
        },
      });
      if (result.id) setId(result.id);
      onEdited(result);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  const link = async (incidentId: string | null, claimId: string): Promise<void> => {
    setError(null);
    try {
      onEdited(await send('editFactbase', { op: 'linkClaims', incidentId, claimIds: [claimId] }));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <div class="incident-editor" role="group" aria-labelledby="incident-edit-h">
      <h3 id="incident-edit-h">{id ? `Edit incident: ${title || id}` : 'New incident'}</h3>
      <button type="button" class="link" onClick={onClose}>
        ← All incidents
      </button>
      <form onSubmit={(e) => void save(e)} class="grid-form">
        <label for="incident-title">Title</label>
        <input id="incident-title" type="text" required maxLength={2000} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
        <label for="incident-date">Date (YYYY, YYYY-MM or YYYY-MM-DD)</label>
        <input id="incident-date" type="text" inputMode="numeric" value={date} placeholder="2016-06-05" onInput={(e) => setDate(e.currentTarget.value.trim())} />
        <span>Place</span>
        <ActorPicker send={send} id="incident-place" label="Place" picked={place} onPick={(a) => setPlace(a ? { id: a.id, name: a.name } : null)} />
        <label for="incident-type">Type</label>
        <input id="incident-type" type="text" maxLength={100} value={type} onInput={(e) => setType(e.currentTarget.value)} />
        <label for="incident-summary">Summary</label>
        <textarea id="incident-summary" rows={3} maxLength={2000} value={summary} onInput={(e) => setSummary(e.currentTarget.value)} />
        <span />
        <button type="submit" disabled={busy}>
          Save incident
        </button>
      </form>
      {error ? <p role="alert">{error}</p> : null}
      {id ? (
        <>
          {incident ? (
            <button
              type="button"
              class="danger"
              onClick={() =>
                void send('editFactbase', { op: 'deleteIncident', id }).then(
                  (r) => {
                    onEdited(r);
                    onClose();
                  },
                  (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
                )
              }
            >
              Delete incident
            </button>
          ) : null}
          <h4>Linked claims</h4>
          <PagedList
            load={(cursor) => send('listClaims', { incidentId: id, cursor, limit: 20 })}
            queryKey={`${id}:${revision}`}
            label="Linked claims"
            empty="No claim is linked to this incident."
            itemKey={(c) => c.id}
            render={(c) => (
              <ClaimRow
                send={send}
                claim={c}
                onEdited={onEdited}
                action={
                  <button type="button" onClick={() => void link(null, c.id)}>
                    Unlink
                  </button>
                }
              />
            )}
          />
          <h4>Link a claim</h4>
          <label for="link-claim-search">Find claims by words in the quote, figure or claimant</label>
          <input id="link-claim-search" type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
          {search.trim().length >= 2 ? (
            <PagedList
              load={(cursor) => send('listClaims', { search: search.trim(), cursor, limit: 10 })}
              queryKey={`${search.trim()}:${revision}`}
              label="Claims to link"
              empty="No claim found."
              itemKey={(c) => c.id}
              render={(c) => (
                <ClaimRow
                  send={send}
                  claim={c}
                  onEdited={onEdited}
                  action={
                    c.incidentId === id ? (
                      <span class="small muted">linked</span>
                    ) : (
                      <button type="button" onClick={() => void link(id, c.id)}>
                        Link
                      </button>
                    )
                  }
                />
              )}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
