import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { ActorProfile } from '../../lib/factbase/actor-profile';
import type { ExportFile, FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorEditor } from './ActorEditor';
import { ClaimTimeline } from './ClaimTimeline';
import { claimGroupWords } from './claim-key-words';
import { SyncHistory } from './SyncHistory';

/** Props of `ActorPage`. */
export interface ActorPageProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file. */
  download: (file: ExportFile) => void;
  /** The actor shown. */
  actorId: string;
  /** Bumped after any edit, so the page reloads. */
  revision: number;
  /** Called after an edit, with its undo record. */
  onEdited: (result: FactbaseEditResult, deleted?: boolean) => void;
  /** Opens another actor's page. */
  onOpenActor: (id: string) => void;
  /** Goes back to the list. */
  onClose: () => void;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

/** An actor's page: aliases, description, incidents, claims over time for one claim key, sources, and editing. */
export function ActorPage({ send, download, actorId, revision, onEdited, onOpenActor, onClose }: ActorPageProps): JSX.Element {
  const [profile, setProfile] = useState<Load<ActorProfile | null>>({ state: 'loading' });
  const [key, setKey] = useState<string | null>(null);
  const [exportError, setExportError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    send('actorProfile', { actorId }).then(
      (value) => live && setProfile({ state: 'ready', value }),
      (e: unknown) => live && setProfile({ state: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [send, actorId, revision]);

  const back = (
    <button type="button" class="link" onClick={onClose}>
      ← All actors
    </button>
  );
  if (profile.state === 'loading') return <div>{back}<p role="status">Loading the actor…</p></div>;
  if (profile.state === 'error') return <div>{back}<p role="alert">Could not load the actor: {profile.message}</p></div>;
  const p = profile.value;
  if (!p) return <div>{back}<p class="empty">This actor is no longer in the fact base.</p></div>;
  const { actor } = p;
  const group = p.claimGroups.find((g) => g.key === key) ?? p.claimGroups[0] ?? null;

  const exportActor = async (): Promise<void> => {
    setExportError(null);
    try {
      download(await send('exportBundle', { actorId: actor.id }));
    } catch (e) {
      setExportError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <article class="actor-page" aria-labelledby="actor-h" data-actor-id={actor.id}>
      {back}
      <h3 id="actor-h">
        {actor.name} <span class="muted small">({actor.type})</span>
      </h3>
      {actor.description ? <p>{actor.description}</p> : <p class="muted small">No description.</p>}
      {actor.aliases.length > 0 ? <p class="small">Also known as: {actor.aliases.join(' · ')}</p> : null}
      {actor.wikidata ? <p class="small">Wikidata: {actor.wikidata}</p> : null}
      <p class="small muted">Origin: {actor.origin}{actor.updatedAt ? `, updated ${actor.updatedAt.slice(0, 10)}` : ''}</p>
      <SyncHistory send={send} kind="actor" id={actor.id} revision={revision} />
      <button type="button" onClick={() => void exportActor()}>
        Export this actor as a bundle
      </button>
      {exportError ? <p role="alert">{exportError}</p> : null}

      <details class="edit-box">
        <summary>Edit {actor.name}</summary>
        <ActorEditor key={`${actor.id}:${actor.updatedAt ?? ''}`} send={send} actor={actor} onEdited={onEdited} />
      </details>

      <h4>Incidents ({p.incidents.length})</h4>
      {p.incidents.length === 0 ? <p class="muted small">No incidents.</p> : null}
      <ul>
        {p.incidents.map((i) => (
          <li key={i.id}>
            <strong>{i.date ?? 'undated'}</strong> {i.title}
            {i.summary ? <span class="muted small"> — {i.summary.length > 200 ? `${i.summary.slice(0, 200)}…` : i.summary}</span> : null}
          </li>
        ))}
      </ul>

      <h4>Claims over time</h4>
      {p.claimGroups.length === 0 ? <p class="muted small">No figures about this actor yet.</p> : null}
      {group ? (
        <>
          <label for="claim-key">What was counted</label>{' '}
          <select id="claim-key" value={group.key} onChange={(e) => setKey(e.currentTarget.value)}>
            {p.claimGroups.map((g) => (
              <option key={g.key} value={g.key}>
                {claimGroupWords(g)} · {g.series.length} figure{g.series.length === 1 ? '' : 's'}
              </option>
            ))}
          </select>
          <ClaimTimeline group={group} />
        </>
      ) : null}
      {p.truncated ? <p class="small muted">Only the first claims are shown: this actor has very many.</p> : null}

      <h4>Read in ({p.sources.length})</h4>
      <ul>
        {p.sources.map((s) => (
          <li key={s.source.id}>
            {s.source.url ? (
              <a href={s.source.url} target="_blank" rel="noopener noreferrer">
                {s.source.title || s.source.url}
              </a>
            ) : (
              <span>{s.source.title}</span>
            )}
            <span class="muted small">
              {s.source.outlet ? ` · ${s.source.outlet}` : ''}
              {s.source.publishedAt ? ` · ${s.source.publishedAt}` : ''} · {s.claims} claim{s.claims === 1 ? '' : 's'}, {s.incidents} incident{s.incidents === 1 ? '' : 's'}
            </span>
          </li>
        ))}
      </ul>

      {p.related.length > 0 ? (
        <>
          <h4>Related actors</h4>
          <ul class="inline-list">
            {p.related.slice(0, 20).map((r) => (
              <li key={r.actor.id}>
                <button type="button" class="link" onClick={() => onOpenActor(r.actor.id)}>
                  {r.actor.name}
                </button>{' '}
                <span class="muted small">({r.incidents})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  );
}
