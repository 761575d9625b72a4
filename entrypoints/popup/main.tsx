import { render } from 'preact';
import '../../components/popup.css';
import { Popup } from '../../components/Popup';
import { startedEarly } from '../../components/useTabDossier';
import { downloadFile } from '../../lib/platform/download';
import { sendMessage } from '../../lib/platform/messages';
import { openPopOut, popupTabId, tabUrl } from '../../lib/platform/popup-tab';
import { hasSidePanel, openSidePanel } from '../../lib/platform/side-panel';
import { loadSiteState, setRememberAll, setSiteAnnotate, setSiteRemember } from '../../lib/platform/site-controls';
import { sendTabMessage } from '../../lib/platform/tab-messages';

const params = new URLSearchParams(location.search);
const tabId = popupTabId(params);
const url = tabId.then((id) => (id === null ? null : tabUrl(id)));
// Known before any click: the side panel opens only straight from the click, with no await first.
let shownTab: number | null = null;
void tabId.then((id) => (shownTab = id));
// The first data is asked for before the first render: the tab's cached page part, then the counts.
const loadPage = startedEarly(async () => {
  const id = await tabId;
  return id === null ? null : sendMessage('getTabAnalysis', { tabId: id });
});
const loadCounts = startedEarly(() => sendMessage('getCounts', {}));
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
        return u ? loadSiteState(u) : null;
      },
      setAnnotate: async (on) => {
        const [id, u] = [await tabId, await url];
        if (id !== null && u) await setSiteAnnotate(u, id, on);
      },
      setRemember: async (on) => {
        const u = await url;
        if (u) await setSiteRemember(u, on);
      },
      setRememberAll,
    }}
    onFirstData={() => document.documentElement.setAttribute('data-first-data-ms', performance.now().toFixed(1))}
  />,
  document.getElementById('app')!,
);
