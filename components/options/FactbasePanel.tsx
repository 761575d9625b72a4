import type { JSX } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { UndoRecord } from '../../lib/factbase/edit';
import type { ActorType, Incident } from '../../lib/factbase/schema';
import type { ExportFile, FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorPage } from './ActorPage';
import { BundleTransfer } from './BundleTransfer';
import { ClaimRow } from './ClaimRow';
import { IncidentEditor } from './IncidentEditor';
import { PagedList } from './PagedList';
import { UndoToast } from './UndoToast';

/** Props of `FactbasePanel`. */
export interface FactbasePanelProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** Saves an export file. */
  download: (file: ExportFile) => void;
  /** Bumped when data changed elsewhere on the page (an import), so lists reload. */
  revision: number;
  /** Tells the page the fact base changed (counts reload). */
  onChanged: () => void;
}

const TABS = ['actors', 'incidents', 'claims', 'sources'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABEL: Record<Tab, string> = { actors: 'Actors', incidents: 'Incidents', claims: 'Claims', sources: 'Sources' };

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** The fact base: browse and search actors, incidents, claims and sources; actor pages; edits with Undo; bundles. */
export function FactbasePanel({ send, download, revision, onChanged }: FactbasePanelProps): JSX.Element {
  const [tab, setTab] = useState<Tab>('actors');
  const [search, setSearch] = useState<Record<Tab, string>>({ actors: '', incidents: '', claims: '', sources: '' });
  const [actorType, setActorType] = useState<'' | ActorType>('');
  const [claimStatus, setClaimStatus] = useState<'' | 'active' | 'retracted' | 'superseded'>('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [actorId, setActorId] = useState<string | null>(null);
  const [incident, setIncident] = useState<Incident | 'new' | null>(null);
  const [edits, setEdits] = useState(0);
  const [undo, setUndo] = useState<UndoRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [newType, setNewType] = useState<ActorType>('person');
  const [addError, setAddError] = useState<string | null>(null);

  const rev = `${revision}:${edits}`;
  const changed = useCallback(() => {
    setEdits((n) => n + 1);
    onChanged();
  }, [onChanged]);

  const onEdited = useCallback(
    (result: FactbaseEditResult, deleted?: boolean) => {
      setUndo(result.undo);
      setNotice(`${result.undo.label}: done.`);
      if (deleted) setActorId(null);
      changed();
    },
    [changed],
  );

  const doUndo = async (): Promise<void> => {
    const u = undo;
    setUndo(null);
    if (!u) return;
    try {
      await send('undoEdit', { undo: u });
      setNotice(`Undone: ${u.label}.`);
      changed();
    } catch (e) {
      setNotice(message(e));
    }
  };
  const dismiss = useCallback(() => {
    setNotice(null);
    setUndo(null);
  }, []);

  const addActor = async (e: Event): Promise<void> => {
    e.preventDefault();
    setAddError(null);
    if (!newName.trim()) return;
    try {
      const { actorId: id } = await send('addActor', { name: newName, type: newType });
      setNewName('');
      changed();
      setActorId(id);
    } catch (err) {
      setAddError(message(err));
    }
  };

  const onTabKey = (e: KeyboardEvent): void => {
    const i = TABS.indexOf(tab);
    let next: Tab | null = null;
    if (e.key === 'ArrowRight') next = TABS[(i + 1) % TABS.length]!;
    if (e.key === 'ArrowLeft') next = TABS[(i + TABS.length - 1) % TABS.length]!;
    if (next) {
      e.preventDefault();
      setTab(next);
      document.getElementById(`fb-tab-${next}`)?.focus();
    }
  };

  const q = search[tab].trim();
  const searchBox = (
    <div class="field wide">
      <label for={`fb-search-${tab}`}>
        {tab === 'actors' ? 'A word in a name or alias starts with' : tab === 'claims' ? 'Words in the quote, figure or claimant' : 'Words in the title or summary'}
      </label>
      <input
        id={`fb-search-${tab}`}
        type="search"
        value={search[tab]}
        data-testid={`fb-search-${tab}`}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setSearch((s) => ({ ...s, [tab]: value }));
        }}
      />
    </div>
  );

  return (
    <section aria-labelledby="fb-h" id="factbase" class="panel">
      <h2 id="fb-h">Fact base</h2>
      {notice ? <UndoToast message={notice} onUndo={undo ? () => void doUndo() : undefined} onDismiss={dismiss} /> : null}
      <div role="tablist" aria-label="Fact base records" class="tabs" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`fb-tab-${t}`}
            aria-selected={tab === t}
            aria-controls={`fb-panel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            onClick={() => setTab(t)}
          >
            {TAB_LABEL[t]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`fb-panel-${tab}`} aria-labelledby={`fb-tab-${tab}`} class="tabpanel">
        {tab === 'actors' && actorId ? (
          <ActorPage send={send} download={download} actorId={actorId} revision={edits + revision} onEdited={onEdited} onOpenActor={setActorId} onClose={() => setActorId(null)} />
        ) : null}
        {tab === 'actors' && !actorId ? (
          <>
            <div class="filters">
              {searchBox}
              <div class="field">
                <label for="fb-actor-type">Type</label>
                <select id="fb-actor-type" value={actorType} onChange={(e) => setActorType(e.currentTarget.value as typeof actorType)}>
                  <option value="">Any type</option>
                  <option value="person">person</option>
                  <option value="organization">organization</option>
                  <option value="place">place</option>
                </select>
              </div>
            </div>
            <form class="row add-actor" onSubmit={(e) => void addActor(e)} aria-label="Add an actor">
              <label for="new-actor-name">New actor</label>
              <input id="new-actor-name" type="text" maxLength={300} value={newName} onInput={(e) => setNewName(e.currentTarget.value)} />
              <label for="new-actor-type" class="visually-hidden">
                Type of the new actor
              </label>
              <select id="new-actor-type" value={newType} onChange={(e) => setNewType(e.currentTarget.value as ActorType)}>
                <option value="person">person</option>
                <option value="organization">organization</option>
                <option value="place">place</option>
              </select>
              <button type="submit" disabled={!newName.trim()}>
                Add actor
              </button>
            </form>
            {addError ? <p role="alert">{addError}</p> : null}
            <PagedList
              load={(cursor) => send('listActors', { ...(q ? { search: q } : {}), ...(actorType ? { type: actorType } : {}), cursor })}
              queryKey={`${q}|${actorType}|${rev}`}
              label="Actors"
              testId="actor-list"
              empty={q ? 'No actor has a name or alias with a word starting with that.' : 'No actors.'}
              itemKey={(a) => a.id}
              render={(a) => (
                <>
                  <button type="button" class="link" data-actor-id={a.id} onClick={() => setActorId(a.id)}>
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
        ) : null}
        {tab === 'incidents' && incident ? (
          <IncidentEditor
            key={incident === 'new' ? 'new' : incident.id}
            send={send}
            incident={incident === 'new' ? null : incident}
            revision={edits + revision}
            onEdited={onEdited}
            onClose={() => setIncident(null)}
          />
        ) : null}
        {tab === 'incidents' && !incident ? (
          <>
            <div class="filters">
              {searchBox}
              <div class="field">
                <label for="fb-inc-from">From (YYYY[-MM[-DD]])</label>
                <input id="fb-inc-from" type="text" value={from} onInput={(e) => setFrom(e.currentTarget.value.trim())} />
              </div>
              <div class="field">
                <label for="fb-inc-to">To</label>
                <input id="fb-inc-to" type="text" value={to} onInput={(e) => setTo(e.currentTarget.value.trim())} />
              </div>
            </div>
            <button type="button" onClick={() => setIncident('new')}>
              New incident
            </button>
            <PagedList
              load={(cursor) =>
                send('listIncidents', {
                  ...(q ? { search: q } : {}),
                  ...(/^\d{4}(-\d\d){0,2}$/.test(from) ? { from } : {}),
                  ...(/^\d{4}(-\d\d){0,2}$/.test(to) ? { to } : {}),
                  cursor,
                })
              }
              queryKey={`${q}|${from}|${to}|${rev}`}
              label="Incidents"
              testId="incident-list"
              empty="No incidents match."
              itemKey={(i) => i.id}
              render={(i) => (
                <>
                  <strong>{i.date ?? 'undated'}</strong> {i.title}{' '}
                  <span class="muted small">
                    {i.type}
                    {i.origin !== 'bundled' ? ` · ${i.origin}` : ''}
                  </span>{' '}
                  <button type="button" class="link" onClick={() => setIncident(i)}>
                    Edit<span class="visually-hidden"> {i.title}</span>
                  </button>
                </>
              )}
            />
          </>
        ) : null}
        {tab === 'claims' ? (
          <>
            <div class="filters">
              {searchBox}
              <div class="field">
                <label for="fb-claim-status">Status</label>
                <select id="fb-claim-status" value={claimStatus} onChange={(e) => setClaimStatus(e.currentTarget.value as typeof claimStatus)}>
                  <option value="">Any status</option>
                  <option value="active">active</option>
                  <option value="retracted">retracted</option>
                  <option value="superseded">superseded</option>
                </select>
              </div>
            </div>
            <PagedList
              load={(cursor) => send('listClaims', { ...(q ? { search: q } : {}), ...(claimStatus ? { status: claimStatus } : {}), cursor })}
              queryKey={`${q}|${claimStatus}|${rev}`}
              label="Claims"
              testId="claim-list"
              empty="No claims match."
              itemKey={(c) => c.id}
              render={(c) => <ClaimRow send={send} claim={c} onEdited={onEdited} />}
            />
          </>
        ) : null}
        {tab === 'sources' ? (
          <>
            <div class="filters">{searchBox}</div>
            <PagedList
              load={(cursor) => send('listSources', { ...(q ? { search: q } : {}), cursor })}
              queryKey={`${q}|${rev}`}
              label="Sources"
              testId="source-list"
              empty="No sources match."
              itemKey={(s) => s.id}
              render={(s) => (
                <>
                  {s.url ? (
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.title || s.url}
                    </a>
                  ) : (
                    <span>{s.title}</span>
                  )}{' '}
                  <span class="muted small">
                    {[s.outlet, s.publishedAt, s.origin].filter(Boolean).join(' · ')}
                  </span>
                </>
              )}
            />
          </>
        ) : null}
      </div>
      <BundleTransfer send={send} download={download} onImported={changed} />
    </section>
  );
}
