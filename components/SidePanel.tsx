import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { FIRST_DATA, firstDataShown } from './first-data';
import { CountsList } from './CountsList';
import type { TabDossier } from '../lib/messaging/views';
import { NoArticleText, NoDossier, type PopupActions } from './Popup';
import { ActorList } from './popup/ActorList';
import { ConflictList } from './popup/ConflictList';
import { FigureList } from './popup/FigureList';
import { IncidentList } from './popup/IncidentList';
import { IncidentSummaryView } from './IncidentSummaryView';
import { Section } from './Section';
import { OtherConflicts } from './popup/OtherConflicts';
import { PageNotes } from './popup/PageNotes';
import { useTabDossier, type DossierLoaders } from './useTabDossier';
import { t } from '../lib/platform/i18n';

/** Props of `SidePanel`. */
export interface SidePanelProps extends DossierLoaders {
  /** Changes whenever the panel should load again (the active tab changed, its pass finished). */
  version: number;
  /** Page and fact-base actions. */
  actions: PopupActions;
}

/**
 * The whole dossier, kept open beside the article: disagreements, then incidents, then other
 * sources' disagreements and the reader's notes, then the page's actors and figures under one
 * filter box. Every section folds.
 */
export function SidePanel({ version, actions, ...loaders }: SidePanelProps): JSX.Element {
  const { counts, dossier } = useTabDossier(loaders, version);
  return (
    <main class="popup sidepanel">
      <header>
        <h1>Dossier</h1>
      </header>
      {dossier.state === 'loading' ? <p role="status">Loading this page’s dossier…</p> : null}
      {dossier.state === 'error' ? <p role="alert">Could not load this page’s dossier: {dossier.message}</p> : null}
      {dossier.state === 'ready' && !dossier.value ? <NoDossier /> : null}
      {dossier.state === 'ready' && dossier.value ? <WholeDossier dossier={dossier.value} actions={actions} /> : null}
      <section aria-labelledby="factbase-h" class="counts" data-testid="factbase-counts">
        <h3 id="factbase-h">{t('headingFactbase', 'Fact base')}</h3>
        {counts.state === 'ready' ? <CountsList counts={counts.value} /> : null}
        {counts.state === 'error' ? <span role="alert">Could not read the fact base: {counts.message}</span> : null}
      </section>
    </main>
  );
}

function WholeDossier({ dossier, actions }: { dossier: TabDossier; actions: PopupActions }): JSX.Element {
  const [filter, setFilter] = useState('');
  // The rest (related incidents, other sources' disagreements, notes, every actor and figure)
  // joins once the first data is on screen: the first frame, with the page's disagreements and
  // incidents, is not held up laying it out (most of it waits for the whole dossier anyway).
  const [rest, setRest] = useState(false);
  useEffect(() => {
    let live = true;
    void firstDataShown().then(() => live && setRest(true));
    return () => {
      live = false;
    };
  }, []);
  const a = dossier.analysis;
  if (dossier.state === 'no-text') return <NoArticleText title={dossier.title} />;
  if (!a) return <p role="status" elementtiming={FIRST_DATA}>Analysing {dossier.title}…</p>;
  return (
    <>
      <h2 class="page-title" elementtiming={FIRST_DATA}>{dossier.title || dossier.url}</h2>
      <ConflictList analysis={a} reveal={(i) => actions.reveal('figure', i)} />
      <Section id="page-incidents-h" title={t('headingPageIncidents', 'This page’s incidents')} count={a.incidents.length} testid="page-incidents">
        {a.incidents.length === 0 ? <p class="empty">No figure on this page is about an incident yet.</p> : null}
        {a.incidents.map((s) => (
          <IncidentSummaryView key={s.id} summary={s} download={actions.download} href={actions.incidentHref?.(s.id)} />
        ))}
      </Section>
      {rest ? (
        <>
          <IncidentList incidents={dossier.related} />
          <OtherConflicts items={dossier.otherConflicts ?? []} />
          <PageNotes notes={dossier.pageNotes ?? []} anchored={dossier.notes} reveal={(id) => actions.reveal('saved', 0, id)} />
          <div class="filter" role="search">
            <label for="dossier-filter">Filter actors and figures</label>
            <input id="dossier-filter" type="search" data-testid="dossier-filter" value={filter} placeholder="a name, a number, what it counts" onInput={(e) => setFilter((e.target as HTMLInputElement).value)} />
          </div>
          <ActorList actors={a.actors} maybe={a.maybe} reveal={(i) => actions.reveal('actor', i)} addActor={actions.addActor} filter={filter} />
          <FigureList analysis={a} reveal={(i) => actions.reveal('figure', i)} filter={filter} />
        </>
      ) : null}
    </>
  );
}
