import { defineConfig } from 'wxt';
import { HOSTS } from './lib/sites';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Dossier',
    description: 'Read news with a memory: actors, figures and conflicting claims between sources, all on your machine.',
    permissions: ['storage', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: HOSTS.map((h) => `*://*.${h}/*`).concat(HOSTS.map((h) => `*://${h}/*`)),
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
  },
  webExt: {
    binaries: { chrome: '/usr/bin/chromium' },
  },
});
