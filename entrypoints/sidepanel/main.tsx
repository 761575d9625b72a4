import { render } from 'preact';
import css from '../../components/popup.css?inline';
import { markStep, observeFirstData } from '../../components/first-data';
import { addStyleSheet } from '../../components/inline-style';
import { SidePanel } from '../../components/SidePanel';
import { firstAnswer, startedEarly } from '../../components/useTabDossier';
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

// A pinned panel asks for its first data before the first render (a following one learns its tab
// first); the tab's cached page part is read straight from session storage.
const pageOfTab = async () => (tabId === null ? null : readTabDossier(tabId));
const earlyPage = tabId !== null ? startedEarly(pageOfTab) : null;
const loaders = {
  loadPage: earlyPage ?? pageOfTab,
  loadCounts: startedEarly(() => sendMessage('getCounts', {})),
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
// The first frame shows the first data when it is in within a moment; the panel is drawn then.
if (earlyPage) void earlyPage.done.then(() => markStep('page'));
void loaders.loadCounts.done.then(() => markStep('counts'));
const firstDraw = firstAnswer(earlyPage ? [earlyPage, loaders.loadCounts] : [loaders.loadCounts], FIRST_DATA_WAIT_MS);
void followTabDossier(tabId, (id) => {
  tabId = id;
  version++;
  void firstDraw.then(draw);
}, new AbortController().signal);
