import { render } from 'preact';
import css from '../../components/popup.css?inline';
import { markStep, observeFirstData } from '../../components/first-data';
import { addStyleSheet } from '../../components/inline-style';
import { SidePanel } from '../../components/SidePanel';
import { firstAnswer, startedEarly, type DossierLoaders } from '../../components/useTabDossier';
import { downloadFile } from '../../lib/platform/download';
import { sendMessage } from '../../lib/platform/messages';
import { followTabDossier } from '../../lib/platform/side-panel';
import { readTabDossier } from '../../lib/platform/tab-store';
import { sendTabMessage } from '../../lib/platform/tab-messages';

markStep('script');
addStyleSheet(css);
observeFirstData((ms) => document.documentElement.setAttribute('data-first-data-ms', ms.toFixed(1)));

// `?tabId=N` pins the panel to tab N (tests, a pop-out); otherwise it follows the active tab.
const given = new URLSearchParams(location.search).get('tabId');
let tabId: number | null = given !== null && /^\d+$/.test(given) ? Number(given) : null;
let version = 0;

// How long the first render waits for the first answer before it shows "Loading…" instead.
const FIRST_DATA_WAIT_MS = 100;

// A pinned panel asks for its first data before the first render, a following one as soon as it
// knows its tab; the tab's cached page part is read straight from session storage.
const pageOfTab = async () => (tabId === null ? null : readTabDossier(tabId));
const earlyPage = tabId !== null ? startedEarly(pageOfTab) : null;
const loadCounts = startedEarly(() => sendMessage('getCounts', {}));
const loaders: DossierLoaders = {
  loadPage: earlyPage ?? pageOfTab,
  loadCounts,
  loadDossier: async () => (tabId === null ? null : sendMessage('getTabDossier', { tabId })),
};
const actions = {
  reveal: (kind: 'actor' | 'figure' | 'saved', index: number, noteId?: string) => {
    if (tabId !== null) void sendTabMessage(tabId, 'revealMark', { kind, index, noteId });
  },
  addActor: async (name: string, type: 'person' | 'organization' | 'place') => {
    await sendMessage('addActor', { name, type });
  },
  download: downloadFile,
  incidentHref: (id: string) => `options.html#incident=${encodeURIComponent(id)}`,
};

const draw = (): void => {
  markStep('render');
  render(<SidePanel {...loaders} actions={actions} version={version} />, document.getElementById('app')!);
  markStep('rendered');
};
void loadCounts.done.then(() => markStep('counts'));
// The first frame shows the first data when it is in within a moment; the panel is drawn then.
let firstDraw: Promise<void> | null = null;
void followTabDossier(tabId, (id) => {
  tabId = id;
  version++;
  if (!firstDraw) {
    const page = earlyPage ?? (id !== null ? startedEarly(pageOfTab) : null);
    if (page) {
      loaders.loadPage = page;
      void page.done.then(() => markStep('page'));
    }
    firstDraw = firstAnswer(page ? [page, loadCounts] : [loadCounts], FIRST_DATA_WAIT_MS);
  }
  void firstDraw.then(draw);
}, new AbortController().signal);
