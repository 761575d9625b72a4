import { render } from 'preact';
import css from '../../components/popup.css?inline';
import { markStep, observeFirstData } from '../../components/first-data';
import { addStyleSheet } from '../../components/inline-style';
import { Popup } from '../../components/Popup';
import { firstAnswer, startedEarly } from '../../components/useTabDossier';
import { downloadFile } from '../../lib/platform/download';
import { sendMessage } from '../../lib/platform/messages';
import { openPopOut, popupTabId, tabUrl } from '../../lib/platform/popup-tab';
import { hasSidePanel, openSidePanel } from '../../lib/platform/side-panel';
import { readTabDossier } from '../../lib/platform/tab-store';
import { sendTabMessage } from '../../lib/platform/tab-messages';

markStep('script');
addStyleSheet(css);
observeFirstData((ms) => document.documentElement.setAttribute('data-first-data-ms', ms.toFixed(1)));

// The site switches' code (and WXT's storage library under it) loads when the reader opens them.
const siteControls = () => import('../../lib/platform/site-controls');

// How long the first render waits for the first answer before it shows "Loading…" instead.
const FIRST_DATA_WAIT_MS = 100;

const params = new URLSearchParams(location.search);
const tabId = popupTabId(params);
const url = tabId.then((id) => (id === null ? null : tabUrl(id)));
// Known before any click: the side panel opens only straight from the click, with no await first.
let shownTab: number | null = null;
void tabId.then((id) => (shownTab = id));
// The first data is asked for before the first render: the tab's cached page part, read straight
// from session storage (no service worker to wake), and the counts.
const loadPage = startedEarly(async () => {
  const id = await tabId;
  return id === null ? null : readTabDossier(id);
});
void loadPage.done.then(() => markStep('page'));
const loadCounts = startedEarly(() => sendMessage('getCounts', {}));
void loadCounts.done.then(() => markStep('counts'));
// The first frame shows the first data when it is in within a moment; the popup is drawn then.
void firstAnswer([loadPage, loadCounts], FIRST_DATA_WAIT_MS).then(() => {
  markStep('render');
  render(
    <Popup
      loadCounts={loadCounts}
      loadPage={loadPage}
      loadDossier={async () => {
        const id = await tabId;
        return id === null ? null : sendMessage('getTabDossier', { tabId: id });
      }}
      openSidePanel={
        hasSidePanel()
          ? () => {
              if (shownTab === null) return;
              openSidePanel(shownTab).then(
                // The panel now shows what the popup did: the popup (not a pop-out tab) steps aside.
                () => params.has('tabId') || window.close(),
                () => undefined,
              );
            }
          : undefined
      }
      popOut={params.has('tabId') ? undefined : () => void tabId.then((id) => (id === null ? undefined : openPopOut(id)))}
      actions={{
        reveal: (kind, index, noteId) => void tabId.then((id) => id !== null && sendTabMessage(id, 'revealMark', { kind, index, noteId })),
        addActor: async (name, type) => {
          await sendMessage('addActor', { name, type });
        },
        download: downloadFile,
        incidentHref: (id) => `options.html#incident=${encodeURIComponent(id)}`,
      }}
      site={{
        load: async () => {
          const u = await url;
          return u ? (await siteControls()).loadSiteState(u) : null;
        },
        setAnnotate: async (on) => {
          const [id, u] = [await tabId, await url];
          if (id !== null && u) await (await siteControls()).setSiteAnnotate(u, id, on);
        },
        setRemember: async (on) => {
          const u = await url;
          if (u) await (await siteControls()).setSiteRemember(u, on);
        },
        setRememberAll: async (on) => (await siteControls()).setRememberAll(on),
      }}
    />,
    document.getElementById('app')!,
  );
  markStep('rendered');
});
