import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { REQUIRED_DATA_COLLECTION, SYNC_DATA_COLLECTION } from './lib/data-collection';
import { SITE_MATCHES } from './lib/sites';

// Firefox's built-in data consent (data_collection_permissions) arrived in Firefox 140, the ESR
// before the current one; the other keys used here are older (docs/firefox.md).
const GECKO_MIN_VERSION = '140.0';
const GECKO_ANDROID_MIN_VERSION = '142.0';

// The team-sync end-to-end test builds its own copy (in .output/sync-test/) with the test
// server's host granted up front: headless Chromium cannot answer a permission prompt. The
// build users get never has it (test/e2e/sync.e2e.ts checks the default manifest).
const SYNC_TEST_BUILD = process.env.DOSSIER_SYNC_TEST_BUILD === '1';

/**
 * PouchDB carries a helper that turns design-document source text into functions with the Function
 * constructor (string map/filter functions). Dossier never runs code from documents, and store
 * review (addons-linter) flags any eval: the helper is replaced by one that refuses, at build time.
 */
function noEvalInPouchDB(): { name: string; transform(code: string, id: string): string | null } {
  const EVAL = 'return Function.apply(null, keys).apply(null, values);';
  return {
    name: 'dossier-no-eval-in-pouchdb',
    transform(code, id) {
      if (!/[\\/]pouchdb-[^\\/]+[\\/]/.test(id) || !code.includes(EVAL)) return null;
      return code.replace(EVAL, "throw new Error('Dossier runs no code from documents (string views and filters are not supported)');");
    },
  };
}

// The scripts that run in web pages: the content script and the page UI it loads on first need.
const PAGE_SCRIPTS = new Set(['content', 'page-ui']);

// The views whose first frame is timed (PRODUCT.md: first data within 80 ms): each is built on its
// own, so its first script is one file (no chunk shared with another page: every file is one more
// request through the browser's busy main thread before the script can start), and without the
// polyfill (see nativeBrowserInPageScripts).
const QUICK_VIEWS = new Set(['popup', 'sidepanel']);

/** Builds each extension page on its own instead of all of them together (WXT's default group). */
function pageOnItsOwn(_wxt: unknown, groups: (object | object[])[]): void {
  for (let i = groups.length - 1; i >= 0; i--) {
    const group = groups[i]!;
    if (!Array.isArray(group) || !group.some((e) => QUICK_VIEWS.has((e as { name: string }).name))) continue;
    groups.splice(i, 1, ...group.map((e) => [e]));
  }
}

/**
 * In the page scripts and the quick views `wxt/browser` is the browser's own API
 * (lib/platform/native-browser.ts), not webextension-polyfill: every call they make returns a
 * promise under Manifest V3 in Chromium and Firefox alike, and the polyfill would be a quarter of
 * the content script's 20 KB budget and the larger part of a view's first script.
 */
function nativeBrowserInPageScripts(entrypoints: readonly { name: string; type: string }[], config: { resolve?: { alias?: unknown } }): void {
  const pageScript = entrypoints.some((e) => PAGE_SCRIPTS.has(e.name) && (e.type === 'content-script' || e.type === 'unlisted-script'));
  // A quick view is built alone (pageOnItsOwn), so no other page gets the native API by this.
  const quickView = entrypoints.length === 1 && QUICK_VIEWS.has(entrypoints[0]!.name);
  if (!pageScript && !quickView) return;
  const current = config.resolve?.alias ?? [];
  const entries = Array.isArray(current) ? current : Object.entries(current as Record<string, string>).map(([find, replacement]) => ({ find, replacement }));
  // First match wins: this entry goes before the polyfill module's.
  config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: resolve('lib/platform/native-browser.ts') }, ...entries] };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  hooks: { 'entrypoints:grouped': pageOnItsOwn, 'vite:build:extendConfig': nativeBrowserInPageScripts },
  vite: () => ({
    plugins: [noEvalInPouchDB()],
    // The popup and the side panel wait for every chunk of their first script before drawing:
    // shared chunks of a few hundred bytes (the site list, the vocabulary) are merged into others
    // rather than each costing the first frame one more request.
    // Extension pages run only in browsers that have module preload: no polyfill in their first script.
    build: { modulePreload: { polyfill: false }, rollupOptions: { output: { experimentalMinChunkSize: 4096 } } },
  }),
  ...(SYNC_TEST_BUILD ? { outDir: '.output/sync-test' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  // Manifest V3 for every browser, Firefox included (WXT's default for Firefox is V2): one
  // manifest shape, the same APIs (action, optional host permissions, scripting). Why: docs/firefox.md.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    // Name and description in the browser's language (public/_locales). Command descriptions stay
    // English: runtime.getManifest() hands back the raw __MSG_ string for them.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // alarms: wakes the service worker to keep team sync going (used only once sync is started).
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting', 'alarms'],
    host_permissions: [...SITE_MATCHES, ...(SYNC_TEST_BUILD ? ['http://127.0.0.1/*'] : [])],
    optional_host_permissions: ['*://*/*'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    commands: {
      'save-highlight': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the selected claim to Dossier',
      },
      'next-disagreement': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Go to the next disagreement on the page',
      },
      'open-dossier': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: 'Open the dossier in the side panel',
      },
    },
    // Only Firefox's own settings here: WXT adds sidebar_action (Firefox) or side_panel (Chromium)
    // itself when entrypoints/sidepanel exists, so neither key is written by hand.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dossier@dossier.invalid',
              strict_min_version: GECKO_MIN_VERSION,
              data_collection_permissions: { required: [...REQUIRED_DATA_COLLECTION], optional: [...SYNC_DATA_COLLECTION] },
            },
            // Firefox for Android reads the data consent key from 142 on.
            gecko_android: { strict_min_version: GECKO_ANDROID_MIN_VERSION },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
  },
  // The sources zip for addons.mozilla.org (npm run zip:firefox) holds what builds the add-on, not
  // what running it left behind: test reports, screenshots, the bench's and npm start's output.
  zip: {
    excludeSources: ['out/**', 'scratch/**', '.cache/**', '**/*.log'],
  },
});
