/**
 * The background's wiring: the fact-base connection (seeded with the bundled default), the
 * services joined into the router, team sync, and the browser's events.
 */
import bundled from '../../data/factbase.json';
import { createFactbaseService } from '../background/factbase-service';
import { createNotesService } from '../background/notes-service';
import { createPageUiService } from '../background/page-ui-service';
import { createReadingService } from '../background/reading-service';
import { createRouter } from '../background/router';
import { createSiteService } from '../background/site-service';
import { createSyncService } from '../background/sync-service';
import { loadBundledDefault, parseBundle } from '../factbase/bundle';
import { factbaseConnection, type FactbaseDB } from '../factbase/db';
import { setTabBadge } from './badge';
import { listenToBrowserEvents } from './background-events';
import { handleMessages } from './messages';
import { injectPageUi } from './page-ui-injection';
import { remembersUrl } from './sites';
import { enableUserSite } from './site-access';
import { sessionTabStore } from './tab-store';
import { createTeamSync } from './team-sync';
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

/** Wires the background: listeners are registered synchronously, as MV3 service workers require. */
export function startBackground(): void {
  // Team sync does nothing (and sends nothing) unless the user started it on the options page.
  const sync = createTeamSync({ factbase });
  void sync.resume();
  // Fact-base and note writes ask team sync for a step (a no-op when sync is off).
  const written = () => sync.poke();
  const tabs = sessionTabStore;
  handleMessages(
    createRouter(
      createReadingService({
        db: factbase,
        tabs,
        remembers: remembersUrl,
        showsUnknownNames: () => showUnknownNames.getValue(),
        setBadge: setTabBadge,
        pageRead: (sourceId) => sync.pageRead(sourceId),
        written,
      }),
      createNotesService({ db: factbase, tabs, written }),
      createFactbaseService({ db: factbase, written }),
      createSyncService(sync),
      createSiteService({ enableSite: (host, tabId) => enableUserSite(host, tabId, CONTENT_JS) }),
      createPageUiService({ inject: injectPageUi }),
    ),
  );
  // Open (and seed) straight away, as before, rather than on the first message.
  void factbase().catch(() => undefined);
  listenToBrowserEvents({ contentJs: CONTENT_JS, openFactbase: factbase, syncAlarm: () => void sync.resume().then(() => sync.poke()) });
}
