import type { JSX } from 'preact';
import { useCallback, useState } from 'preact/hooks';
import type { UndoRecord } from '../../lib/factbase/edit';
import type { ExportFile, FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ActorsTab, NO_ACTORS_FILTER, type ActorsTabState } from './ActorsTab';
import { BundleTransfer } from './BundleTransfer';
import { ClaimsTab, NO_CLAIMS_FILTER, type ClaimsTabState } from './ClaimsTab';
import { IncidentsTab, NO_INCIDENTS_FILTER, type IncidentsTabState } from './IncidentsTab';
import { SourcesTab } from './SourcesTab';
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

/** Every tab's state, kept here so that switching tabs loses no filter, draft or open record. */
interface TabStates {
  actors: ActorsTabState;
  incidents: IncidentsTabState;
  claims: ClaimsTabState;
  sources: { search: string };
}

/** The fact base: browse and search actors, incidents, claims and sources; actor pages; edits with Undo; bundles. */
export function FactbasePanel({ send, download, revision, onChanged }: FactbasePanelProps): JSX.Element {
  const [tab, setTab] = useState<Tab>('actors');
  const [states, setStates] = useState<TabStates>({ actors: NO_ACTORS_FILTER, incidents: NO_INCIDENTS_FILTER, claims: NO_CLAIMS_FILTER, sources: { search: '' } });
  const [edits, setEdits] = useState(0);
  const [undo, setUndo] = useState<UndoRecord | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const update = <T extends Tab>(which: T) => (change: Partial<TabStates[T]>) => setStates((s) => ({ ...s, [which]: { ...s[which], ...change } }));

  const rev = `${revision}:${edits}`;
  const changed = useCallback(() => {
    setEdits((n) => n + 1);
    onChanged();
  }, [onChanged]);

  const onEdited = useCallback(
    (result: FactbaseEditResult, deleted?: boolean) => {
      setUndo(result.undo);
      setNotice(`${result.undo.label}: done.`);
      if (deleted) setStates((s) => ({ ...s, actors: { ...s.actors, actorId: null } }));
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
        {tab === 'actors' ? (
          <ActorsTab send={send} download={download} state={states.actors} update={update('actors')} revision={edits + revision} onEdited={onEdited} onChanged={changed} />
        ) : null}
        {tab === 'incidents' ? <IncidentsTab send={send} state={states.incidents} update={update('incidents')} revision={edits + revision} onEdited={onEdited} /> : null}
        {tab === 'claims' ? <ClaimsTab send={send} state={states.claims} update={update('claims')} revision={rev} onEdited={onEdited} /> : null}
        {tab === 'sources' ? <SourcesTab send={send} search={states.sources.search} onSearch={(search) => update('sources')({ search })} revision={rev} /> : null}
      </div>
      <BundleTransfer send={send} download={download} onImported={changed} />
    </section>
  );
}
