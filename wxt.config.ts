import { defineConfig } from 'wxt';
import { SITE_MATCHES } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Dossier',
    description: 'Read news with a memory: actors, figures and conflicting claims between sources, all on your machine.',
    permissions: ['storage', 'activeTab', 'contextMenus', 'scripting'],
    host_permissions: [...SITE_MATCHES],
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
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: 'dossier@dossier.invalid', strict_min_version: '115.0' } } } : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
