/**
 * The background's start-up: open the fact base, load the bundled default when it is new or
 * newer, route the protocol's messages to the service, and resume team sync when the user left it on.
 */
import { browser } from 'wxt/browser';
import bundled from '../../data/factbase.json';
import { createFactbaseService } from '../background/factbase-service';
import { createNotesService } from '../background/notes-service';
import { createService } from '../background/service';
import { loadBundledDefault, parseBundle } from '../factbase/bundle';
import { factbaseConnection, type FactbaseDB } from '../factbase/db';
import { incidentCounts } from '../factbase/queries';
import { setTabBadge } from './badge';
import { sourceIdFor } from '../engine/record-page';
import { handleMessages } from './messages';
import { injectPageUi } from './page-ui-injection';
import { remembersUrl } from './sites';
import { enableUserSite, syncUserSites } from './site-access';
import { keepPopupOnActionClick, openSidePanel } from './side-panel';
import { forgetTab, sessionTabStore } from './tab-store';
import { sendTabMessage } from './tab-messages';
import { createTeamSync, SYNC_ALARM } from './team-sync';
import { showUnknownNames } from './storage-items';

// The built content script (WXT's output path), for sites the user adds at run time.
const CONTENT_JS = 'content-scripts/content.js';

/**
 * The open, seeded fact base: opened and seeded once per service-worker life, and opened again
 * on next use if the connection stepped aside for another context's schema upgrade.
 */
export const factbase: () => Promise<FactbaseDB> = factbaseConnection(undefined, async (db) => {
  // Idempotent: skipped when this bundle version is already loaded.
  await loadBundledDefault(db, parseBundle(bundled));
});

/** A service made over the current connection, made again when the connection is reopened. */
function perConnection<T>(make: (db: FactbaseDB) => T): () => Promise<T> {
  let made: { db: FactbaseDB; value: T } | null = null;
  return async () => {
    const db = await factbase();
    if (made?.db !== db) made = { db, value: make(db) };
    return made.value;
  };
}

/** Wires the background: listeners are registered synchronously, as MV3 service workers require. */
export function startBackground(): void {
  const notes = perConnection((db) => createNotesService({ db, tabs: sessionTabStore }));
  const facts = perConnection((db) => createFactbaseService({ db }));
  const service = perConnection((db) =>
    createService({
      db,
      tabs: sessionTabStore,
      remembers: remembersUrl,
      showsUnknownNames: () => showUnknownNames.getValue(),
      setBadge: setTabBadge,
    }),
  );
  // Open (and seed) straight away, as before, rather than on the first message.
  void service().catch(() => undefined);
  // Team sync does nothing (and sends nothing) unless the user started it on the options page.
  const sync = createTeamSync({ factbase });
  void sync.resume();
  // Fact-base and note writes ask team sync for a step (a no-op when sync is off).
  const thenSync = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    const r = await fn(...args);
    sync.poke();
    return r;
  };
  handleMessages({
    analyzePage: async (data, sender) => {
      const analysis = await (await service()).analyzePage(data, sender.tab?.id);
      if (data.url) sync.pageRead(analysis.source.sourceId ?? sourceIdFor(data.url));
      sync.poke();
      return analysis;
    },
    pageAnnotated: async (data, sender) => (await service()).pageAnnotated(data, sender.tab?.id),
    loadPageUi: async (_data, sender) => injectPageUi(sender),
    getActorCard: async (data) => (await service()).getActorCard(data),
    getFigureCard: async (data, sender) => (await service()).getFigureCard(data, sender.tab?.id),
    getTabDossier: async (data) => (await service()).getTabDossier(data),
    // Straight from session storage: no need to wait for the fact base to open.
    getTabAnalysis: async ({ tabId }) => sessionTabStore.get(tabId),
    getCounts: async (data) => (await service()).getCounts(data),
    actorIncidentCounts: async ({ actorIds }) => incidentCounts(await factbase(), actorIds),
    addActor: thenSync(async (data) => (await service()).addActor(data)),
    saveNote: thenSync(async (data, sender) => (await notes()).saveNote(data, sender.tab?.id)),
    notesForPage: async (data) => (await notes()).notesForPage(data),
    listNotes: async (data) => (await notes()).listNotes(data),
    deleteNote: thenSync(async (data) => (await notes()).deleteNote(data)),
    restoreNote: thenSync(async (data) => (await notes()).restoreNote(data)),
    allTags: async () => (await notes()).allTags(),
    exportNotes: async (data) => (await notes()).exportNotes(data),
    importBackup: thenSync(async (data) => (await notes()).importBackup(data)),
    notesAnchored: async (data, sender) => (await notes()).notesAnchored(data, sender.tab?.id),
    listActors: async (data) => (await facts()).listActors(data),
    listIncidents: async (data) => (await facts()).listIncidents(data),
    listClaims: async (data) => (await facts()).listClaims(data),
    listSources: async (data) => (await facts()).listSources(data),
    actorProfile: async (data) => (await facts()).actorProfile(data),
    incidentSummary: async (data) => (await facts()).incidentSummary(data),
    editFactbase: thenSync(async (data) => (await facts()).editFactbase(data)),
    undoEdit: thenSync(async (data) => (await facts()).undoEdit(data)),
    exportBundle: async (data) => (await facts()).exportBundle(data),
    importBundle: thenSync(async (data) => (await facts()).importBundle(data)),
    importIncidents: thenSync(async (data) => (await facts()).importIncidents(data)),
    syncStart: async ({ settings }) => sync.start(settings),
    syncStop: async () => sync.stop(),
    syncStatus: async () => sync.status(),
    syncRecordHistory: async ({ kind, id }) => sync.recordHistory(kind, id),
    enableSite: async ({ host, tabId }) => {
      await enableUserSite(host, tabId, CONTENT_JS);
      return { ok: true };
    },
  });
  browser.runtime.onInstalled.addListener(() => {
    void factbase();
    // The toolbar button keeps opening the quick view; the side panel opens from it or the shortcut.
    void keepPopupOnActionClick().catch(() => undefined);
    void syncUserSites(CONTENT_JS, []).catch(() => undefined);
    browser.contextMenus.removeAll().then(
      () =>
        browser.contextMenus.create({
          id: 'dossier-save-claim',
          title: 'Save claim to Dossier',
          contexts: ['selection'],
        }),
      () => undefined,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'dossier-save-claim' && tab?.id !== undefined) void sendTabMessage(tab.id, 'saveSelection', {});
  });
  browser.commands.onCommand.addListener((command, tab) => {
    // Straight away, before any await: the browser lets the panel open only in answer to the key.
    if (command === 'open-dossier') {
      if (tab?.id !== undefined) void openSidePanel(tab.id).catch(() => browser.action.openPopup().catch(() => undefined));
      else void browser.action.openPopup().catch(() => undefined);
      return;
    }
    const message = command === 'save-highlight' ? 'saveSelection' : command === 'next-disagreement' ? 'focusDisagreement' : null;
    if (!message) return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await sendTabMessage(id, message, {});
    })();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) void sync.resume().then(() => sync.poke());
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
