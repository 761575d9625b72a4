import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_MATCHES } from '../../lib/sites';
import { seedPages } from '../../scripts/demo/site';
import { inExtension, openExtensionPage, readPage, startFirefox, tabIdOf, waitForPass, type FirefoxWorld } from './support';

// A site outside the supported list: the seed article about Atyrau, served from example.com.
const OTHER_SITE = { name: 'other-site', url: 'http://example.com/news/atyrau-raid', html: seedPages().find((p) => p.name === 'seed-002')!.html };

let world: FirefoxWorld;
beforeAll(async () => {
  world = await startFirefox([OTHER_SITE]);
});
afterAll(async () => {
  await world?.close();
});

/** Loosely typed: the add-on page's own `browser` API, as Firefox gives it. */
type Api = {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  permissions: { contains(p: { origins: string[] }): Promise<boolean> };
  runtime: { getManifest(): { manifest_version: number; background?: Record<string, unknown>; optional_host_permissions?: string[] } };
};

describe('Firefox specifics', () => {
  it('runs as a Manifest V3 add-on with an event page, the supported sites granted and the shortcut registered', async () => {
    const got = await inExtension(
      world,
      async (matches: readonly string[]) => {
        const b = (globalThis as unknown as { browser: Api }).browser;
        const m = b.runtime.getManifest();
        return {
          version: m.manifest_version,
          background: m.background,
          optional: m.optional_host_permissions,
          granted: await b.permissions.contains({ origins: [...matches] }),
          anywhere: await b.permissions.contains({ origins: ['*://*/*'] }),
          commands: (await b.commands.getAll()).map((c) => `${c.name} ${c.shortcut}`),
        };
      },
      SITE_MATCHES,
    );
    expect(got.version).toBe(3);
    // An event page (background.scripts), not a service worker: Firefox runs MV3 backgrounds so.
    expect(got.background).toMatchObject({ scripts: [expect.stringMatching(/\/background\.js$/)], service_worker: null });
    expect(got.optional).toEqual(['*://*/*']);
    expect(got.granted).toBe(true);
    expect(got.anywhere).toBe(false);
    expect(got.commands).toContain('save-highlight Alt+Shift+S');
  });

  it('annotates a site outside the list once its optional host permission is granted, and again after a reload', async () => {
    const url = world.urlOf(OTHER_SITE);
    const page = await world.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.$('dossier-ui')).toBeNull();

    // The popup's "Annotate this site" asks for the host from a click, as permissions.request
    // requires. The popup cannot be opened from the toolbar here, so the same request is made
    // from a click in an add-on page (granted without the doorhanger in this profile).
    const ext = await openExtensionPage(world, 'options.html');
    await ext.evaluate(() => {
      const b = (globalThis as unknown as { browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).browser;
      const button = document.createElement('button');
      button.id = 'grant-example';
      button.textContent = 'grant';
      button.addEventListener('click', () => {
        b.permissions.request({ origins: ['*://example.com/*'] }).then(
          (granted) => button.setAttribute('data-granted', String(granted)),
          (err: Error) => button.setAttribute('data-granted', err.message),
        );
      });
      document.body.prepend(button);
    });
    await ext.click('#grant-example');
    await ext.waitForSelector('#grant-example[data-granted]');
    expect(await ext.$eval('#grant-example', (b) => b.getAttribute('data-granted'))).toBe('true');
    await ext.close();

    // Then what the popup sends next: the background registers the content script for the host
    // (scripting.registerContentScripts) and runs it in the tab at once.
    const tabId = await tabIdOf(world, url);
    const reply = await inExtension(
      world,
      (data: { host: string; tabId: number }) =>
        (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime.sendMessage({ dossier: 'enableSite', data }),
      { host: 'example.com', tabId },
    );
    expect(reply).toEqual({ ok: { ok: true } });
    expect((await waitForPass(page)).state).toBe('done');
    expect(await page.$$eval('dossier-mark', (m) => m.length)).toBeGreaterThan(5);

    // Registered to persist: it runs on the next load by itself.
    await page.reload();
    expect((await waitForPass(page)).state).toBe('done');
    await page.close();
  });

  it('keeps the tab’s dossier in session storage, where the popup reads it', async () => {
    const { page, url } = await readPage(world, 'seed-004');
    const tabId = await tabIdOf(world, url);
    const stored = await inExtension(
      world,
      async (id: number) => {
        const s = (globalThis as unknown as { browser: { storage: { session: { get(k: string): Promise<Record<string, { url: string } | undefined>> } } } }).browser.storage.session;
        // One key per tab (lib/platform/storage-keys.ts: tabDossierKey), read here as the popup reads it.
        const key = `tabDossier:${id}`;
        return (await s.get(key))[key]?.url ?? null;
      },
      tabId,
    );
    expect(stored).toBe(url);
    await page.close();
  });
});
