import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { DownloadableFile } from '../lib/platform/download';
import { CountsList } from './CountsList';
import type { ActorType } from '../lib/factbase/schema';
import type { TabDossier } from '../lib/messaging/views';
import { ConflictList } from './popup/ConflictList';
import { IncidentSummaryView } from './IncidentSummaryView';
import { SiteControls, type SiteControlsProps } from './popup/SiteControls';
import { PageSummary } from './PageSummary';
import { useTabDossier, type DossierLoaders } from './useTabDossier';
import { FIRST_DATA } from './first-data';
import { t } from '../lib/platform/i18n';

/** What the popup and the side panel can do in the page and the fact base. */
export interface PopupActions {
  /** Scrolls the page to a mention and flashes it. */
  reveal: (kind: 'actor' | 'figure' | 'saved', index: number, noteId?: string) => void;
  /** Adds an unknown actor to the fact base. */
  addActor: (name: string, type: ActorType) => Promise<void>;
  /** Saves an export file (an incident's CSV). */
  download?: (file: DownloadableFile) => void;
  /** The address of an incident's own page (the options page). */
  incidentHref?: (incidentId: string) => string;
}

/** Props of `Popup`. */
export interface PopupProps extends DossierLoaders {
  /** Opens this dossier in its own tab, when the popup is not one already. */
  popOut?: () => void;
  /** Opens the side panel (the whole dossier, kept open beside the article). */
  openSidePanel?: () => void;
  /** Page and fact-base actions. */
  actions: PopupActions;
  /** The site switches, or none when the tab shows no web page. */
  site?: SiteControlsProps;
}

/**
 * The quick view: this page's disagreements first, then what the page names and the fact base
 * holds, in counts, and the way to the side panel for everything else. Short enough for a
 * 600 px popup.
 */
export function Popup({ loadPage, loadDossier, loadCounts, popOut, openSidePanel, actions, site }: PopupProps): JSX.Element {
  const { counts, dossier } = useTabDossier({ loadPage, loadDossier, loadCounts });

  return (
    <main class="popup">
      <header>
        <h1>Dossier</h1>
        <span class="header-actions">
          {openSidePanel ? (
            <button type="button" class="primary" data-testid="open-sidepanel" onClick={openSidePanel}>Open side panel</button>
          ) : null}
          {popOut ? <button type="button" class="link" onClick={popOut}>Pop out</button> : null}
        </span>
      </header>
      {dossier.state === 'loading' ? <p role="status">Loading this page’s dossier…</p> : null}
      {dossier.state === 'error' ? <p role="alert">Could not load this page’s dossier: {dossier.message}</p> : null}
      {dossier.state === 'ready' && !dossier.value ? <NoDossier /> : null}
      {dossier.state === 'ready' && dossier.value ? <QuickView dossier={dossier.value} actions={actions} /> : null}
      <section aria-labelledby="factbase-h" class="counts counts-inline" data-testid="factbase-counts">
        <h3 id="factbase-h">{t('headingFactbase', 'Fact base')}</h3>
        {counts.state === 'loading' ? <span role="status">Loading the fact base…</span> : null}
        {counts.state === 'error' ? <span role="alert">Could not read the fact base: {counts.message}</span> : null}
        {counts.state === 'ready' ? <CountsList counts={counts.value} /> : null}
      </section>
      {site ? <SiteSettings site={site} /> : null}
    </main>
  );
}

// The switches are read (and their code loaded) when the reader opens them, not for the first frame.
function SiteSettings({ site }: { site: SiteControlsProps }): JSX.Element {
  const [open, setOpen] = useState(false);
  return (
    <details class="site" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Site settings</summary>
      {open ? <SiteControls {...site} /> : null}
    </details>
  );
}

/** Said when the tab has no dossier. */
export function NoDossier(): JSX.Element {
  return (
    <p class="empty" data-testid="no-dossier" elementtiming={FIRST_DATA}>
      Dossier has not annotated this page. It reads the supported news sites; for another site, switch on “Annotate this site”.
    </p>
  );
}

/** Said when the content script read the tab's page and found no article text in it (not the same as a page it never read). */
export function NoArticleText({ title }: { title: string }): JSX.Element {
  return (
    <section class="empty" data-testid="no-article-text" aria-label={t('noArticleText', 'No article text on this page')}>
      {title ? <h2 class="page-title">{title}</h2> : null}
      <p elementtiming={FIRST_DATA}>
        <strong>{t('noArticleText', 'No article text on this page')}</strong>
      </p>
      <p>{t('noArticleTextDetail', 'Dossier read this page and found no article in it to annotate.')}</p>
    </section>
  );
}

function QuickView({ dossier, actions }: { dossier: TabDossier; actions: PopupActions }): JSX.Element {
  const a = dossier.analysis;
  if (dossier.state === 'no-text') return <NoArticleText title={dossier.title} />;
  if (!a) return <p role="status" elementtiming={FIRST_DATA}>Analysing {dossier.title}…</p>;
  return (
    <>
      <h2 class="page-title" elementtiming={FIRST_DATA}>{dossier.title || dossier.url}</h2>
      <ConflictList analysis={a} reveal={(i) => actions.reveal('figure', i)} compact shown={2} />
      {a.incidents.length > 0 ? (
        <details class="page-incidents" data-testid="page-incidents">
          <summary>Incidents on this page ({a.incidents.length})</summary>
          {a.incidents.map((s) => (
            <IncidentSummaryView key={s.id} summary={s} download={actions.download} href={actions.incidentHref?.(s.id)} />
          ))}
        </details>
      ) : null}
      <PageSummary dossier={dossier} />
    </>
  );
}
