/**
 * The background's start-up: open the fact base, load the bundled default when it is new or
 * newer, and route the protocol's messages to the service.
 */
import { browser } from 'wxt/browser';
import bundled from '../../data/factbase.json';
import { createService } from '../background/service';
import { loadBundledDefault, parseBundle } from '../factbase/bundle';
import { openFactbase, type FactbaseDB } from '../factbase/db';
import { handleMessages } from './messages';
import { remembersUrl } from './sites';
import { forgetTab, sessionTabStore } from './tab-store';

let ready: Promise<FactbaseDB> | null = null;

/** The open, seeded fact base (opened and seeded once per service-worker life). */
export function factbase(): Promise<FactbaseDB> {
  ready ??= (async () => {
    const db = await openFactbase();
    // Idempotent: skipped when this bundle version is already loaded.
    await loadBundledDefault(db, parseBundle(bundled));
    return db;
  })();
  return ready;
}

/** Wires the background: listeners are registered synchronously, as MV3 service workers require. */
export function startBackground(): void {
  const service = factbase().then((db) =>
    createService({
      db,
      tabs: sessionTabStore,
      remembers: remembersUrl,
      setBadge: (tabId, text) => {
        void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
        void browser.action.setBadgeBackgroundColor({ tabId, color: '#c53030' }).catch(() => undefined);
      },
    }),
  );
  handleMessages({
    analyzePage: async (data, sender) => (await service).analyzePage(data, sender.tab?.id),
    pageAnnotated: async (data, sender) => (await service).pageAnnotated(data, sender.tab?.id),
    getActorCard: async (data) => (await service).getActorCard(data),
    getFigureCard: async (data, sender) => (await service).getFigureCard(data, sender.tab?.id),
    getTabDossier: async (data) => (await service).getTabDossier(data),
    getCounts: async (data) => (await service).getCounts(data),
    addActor: async (data) => (await service).addActor(data),
  });
  browser.runtime.onInstalled.addListener(() => {
    void factbase();
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
}
