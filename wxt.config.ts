import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites';

// The team-sync end-to-end test builds its own copy (in .output/sync-test/) with the test
// server's host granted up front: headless Chromium cannot answer a permission prompt. The
// build users get never has it (test/e2e/sync.e2e.ts checks the default manifest).
const SYNC_TEST_BUILD = process.env.DOSSIER_SYNC_TEST_BUILD === '1';

// See https://wxt.dev/api/config.html
export default defineConfig({
  ...(SYNC_TEST_BUILD ? { outDir: '.output/sync-test' } : {}),
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description: 'Read news with a memory: actors, figures and conflicting claims between sources, all on your machine.',
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
    },
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'dossier@dossier.invalid', strict_min_version: '115.0' } } } : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
