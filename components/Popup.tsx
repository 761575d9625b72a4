import type { JSX } from 'preact';
import { CountsList } from './CountsList';
import { useEffect, useState } from 'preact/hooks';
import type { FactbaseCounts } from '../lib/factbase/queries';
import type { ActorType } from '../lib/factbase/schema';
import type { TabDossier } from '../lib/messaging/views';
import { ActorList } from './popup/ActorList';
import { ConflictList } from './popup/ConflictList';
import { FigureList } from './popup/FigureList';
import { OtherConflicts } from './popup/OtherConflicts';
import { PageNotes } from './popup/PageNotes';
import { RelatedIncidents } from './popup/RelatedIncidents';
import { SiteControls, type SiteControlsProps } from './popup/SiteControls';

/** What the popup can do in the page and the fact base. */
export interface PopupActions {
  /** Scrolls the page to a mention and flashes it. */
  reveal: (kind: 'actor' | 'figure' | 'saved', index: number, noteId?: string) => void;
  /** Adds an unknown actor to the fact base. */
  addActor: (name: string, type: ActorType) => Promise<void>;
}

/** Props of `Popup`. */
export interface PopupProps {
  /** Loads the page part of the tab's dossier (fast, shown first). */
  loadPage: () => Promise<TabDossier | null>;
  /** Loads the whole dossier of the tab shown (related incidents, other disagreements, notes). */
  loadDossier: () => Promise<TabDossier | null>;
  /** Loads the fact base's counts. */
  loadCounts: () => Promise<FactbaseCounts>;
  /** Opens this dossier in its own tab, when the popup is not one already. */
  popOut?: () => void;
  /** Page and fact-base actions. */
  actions: PopupActions;
  /** The site switches, or none when the tab shows no web page. */
  site?: SiteControlsProps;
  /** Called once, when the first data is on screen (for measuring). */
  onFirstData?: () => void;
}

type Load<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; value: T };

const messageOf = (e: unknown): string => String((e as Error)?.message ?? e);

/** The popup: this page's dossier, conflicting claims, related incidents and notes, with explicit states. */
export function Popup({ loadPage, loadDossier, loadCounts, popOut, actions, site, onFirstData }: PopupProps): JSX.Element {
  const [counts, setCounts] = useState<Load<FactbaseCounts>>({ state: 'loading' });
  const [dossier, setDossier] = useState<Load<TabDossier | null>>({ state: 'loading' });
  useEffect(() => {
    loadCounts().then(
      (value) => setCounts({ state: 'ready', value }),
      (e: unknown) => setCounts({ state: 'error', message: messageOf(e) }),
    );
    let whole = false;
    loadPage().then(
      (value) => {
        if (!whole) setDossier({ state: 'ready', value });
      },
      () => undefined,
    );
    loadDossier().then(
      (value) => {
        whole = true;
        setDossier({ state: 'ready', value });
      },
      (e: unknown) => setDossier({ state: 'error', message: messageOf(e) }),
    );
  }, [loadCounts, loadPage, loadDossier]);
  const ready = counts.state !== 'loading' || dossier.state !== 'loading';
  useEffect(() => {
    if (ready) onFirstData?.();
  }, [ready, onFirstData]);

  return (
    <main class="popup">
      <header>
        <h1>Dossier</h1>
        {popOut ? (
          <button type="button" class="link" onClick={popOut}>Pop out</button>
        ) : null}
      </header>
      <section aria-label="Fact base" class="counts" data-testid="factbase-counts">
        {counts.state === 'loading' ? <span role="status">Loading the fact base…</span> : null}
        {counts.state === 'error' ? <span role="alert">Could not read the fact base: {counts.message}</span> : null}
        {counts.state === 'ready' ? (
          <CountsList counts={counts.value} />
        ) : null}
      </section>
      {site ? <SiteControls {...site} /> : null}
      {dossier.state === 'loading' ? <p role="status">Loading this page’s dossier…</p> : null}
      {dossier.state === 'error' ? <p role="alert">Could not load this page’s dossier: {dossier.message}</p> : null}
      {dossier.state === 'ready' && !dossier.value ? (
        <p class="empty" data-testid="no-dossier">
          Dossier has not annotated this page. It reads the supported news sites; for another site, switch on “Annotate this site”.
        </p>
      ) : null}
      {dossier.state === 'ready' && dossier.value ? <PageDossier dossier={dossier.value} actions={actions} /> : null}
    </main>
  );
}

function PageDossier({ dossier, actions }: { dossier: TabDossier; actions: PopupActions }): JSX.Element {
  const a = dossier.analysis;
  if (!a) return <p role="status">Analysing {dossier.title}…</p>;
  return (
    <>
      <h2 class="page-title">{dossier.title || dossier.url}</h2>
      <ConflictList analysis={a} reveal={(i) => actions.reveal('figure', i)} />
      <OtherConflicts items={dossier.otherConflicts ?? []} />
      <PageNotes notes={dossier.pageNotes ?? []} anchored={dossier.notes} reveal={(id) => actions.reveal('saved', 0, id)} />
      <ActorList actors={a.actors} reveal={(i) => actions.reveal('actor', i)} addActor={actions.addActor} />
      <FigureList analysis={a} reveal={(i) => actions.reveal('figure', i)} />
      <RelatedIncidents incidents={dossier.related} />
    </>
  );
}
