import { render } from 'preact';
import '../../components/popup.css';
import { SidePanel } from '../../components/SidePanel';
import { startedEarly } from '../../components/useTabDossier';
import { downloadFile } from '../../lib/platform/download';
import { sendMessage } from '../../lib/platform/messages';
import { followTabDossier } from '../../lib/platform/side-panel';
import { sendTabMessage } from '../../lib/platform/tab-messages';

// `?tabId=N` pins the panel to tab N (tests, a pop-out); otherwise it follows the active tab.
const given = new URLSearchParams(location.search).get('tabId');
let tabId: number | null = given !== null && /^\d+$/.test(given) ? Number(given) : null;
let version = 0;

// A pinned panel asks for its first data before the first render (a following one learns its tab first).
const pageOfTab = async () => (tabId === null ? null : sendMessage('getTabAnalysis', { tabId }));
const loaders = {
  loadPage: tabId !== null ? startedEarly(pageOfTab) : pageOfTab,
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

const firstData = (): void => {
  if (!document.documentElement.hasAttribute('data-first-data-ms')) document.documentElement.setAttribute('data-first-data-ms', performance.now().toFixed(1));
};
const draw = (): void => render(<SidePanel {...loaders} actions={actions} version={version} onFirstData={firstData} />, document.getElementById('app')!);
void followTabDossier(tabId, (id) => {
  tabId = id;
  version++;
  draw();
}, new AbortController().signal);
