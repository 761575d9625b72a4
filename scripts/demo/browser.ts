/**
 * Launching Debian's Chromium with the built extension loaded (headless where there is no
 * display), as TOOLCHAIN.md describes; shared by `npm start`, the end-to-end tests and the bench.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** The Chromium binary used. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The built extension. */
export const EXTENSION_DIR = resolve(process.env.DOSSIER_EXTENSION_DIR ?? '.output/chrome-mv3');

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  profileDir: string;
  close(): Promise<void>;
}

/** Launches Chromium with the extension (or without it, for baselines) and the host mapping. */
export async function launchBrowser(opts: { hostRules: string; headless?: boolean; withExtension?: boolean; extensionDir?: string }): Promise<ExtensionBrowser> {
  const withExtension = opts.withExtension ?? true;
  // Another build of the extension (the team-sync test's own) may be loaded instead of the default.
  const extensionDir = opts.extensionDir ? resolve(opts.extensionDir) : EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no built extension at ${extensionDir}: run "npm run build" first`);
  }
  const profileDir = mkdtempSync(join(tmpdir(), 'dossier-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-dev-shm-usage',
    // The demo site's certificate is self-signed (see test/fixtures/tls).
    '--ignore-certificate-errors',
    `--host-resolver-rules=${opts.hostRules}`,
  ];
  if (withExtension) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: opts.headless ?? !process.env.DISPLAY,
    args,
    viewport: { width: 1280, height: 900 },
    ignoreHTTPSErrors: true,
  });
  let extensionId = '';
  if (withExtension) {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(sw.url()).host;
  }
  return {
    context,
    extensionId,
    profileDir,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}
