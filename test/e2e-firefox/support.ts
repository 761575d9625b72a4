/**
 * Firefox end-to-end support: the demo site and Debian's Firefox ESR driven by puppeteer-core over
 * WebDriver BiDi, with the built Firefox extension installed as a temporary add-on.
 *
 * Firefox has no `--host-resolver-rules`: the demo hosts resolve to 127.0.0.1 through the pref
 * `network.dns.localDomains`, and pages are opened at the demo site's port (match patterns ignore
 * ports). The add-on's internal UUID is fixed with `extensions.webextensions.uuids`, so its pages
 * have a known `moz-extension://` address.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { seedPages, startDemoSite, type DemoPage, type DemoSite } from '../../scripts/demo/site';

/** The Firefox binary used. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The built Firefox extension. */
export const EXTENSION_DIR = resolve(process.env.DOSSIER_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
/** The add-on id (browser_specific_settings.gecko.id in wxt.config.ts). */
export const ADDON_ID = 'dossier@dossier.invalid';
/** The add-on's internal UUID for these runs: its pages live at moz-extension://<this>/. */
export const ADDON_UUID = '6f1c2a9e-3d4b-4c5a-9e8f-0a1b2c3d4e5f';

/** The demo site and a Firefox with the add-on, started together. */
export interface FirefoxWorld {
  site: DemoSite;
  browser: Browser;
  pages: DemoPage[];
  /** Where Firefox saves downloads (exports). */
  downloads: string;
  /** The address Firefox opens for a demo page: its own address at the demo site's port. */
  urlOf(page: DemoPage): string;
  close(): Promise<void>;
}

/** The demo site's port for each host, read from its Chromium host rules ("MAP host 127.0.0.1:PORT"). */
function hostPorts(site: DemoSite): Map<string, number> {
  return new Map([...site.hostRules.matchAll(/MAP (\S+) 127\.0\.0\.1:(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
}

/** Starts the demo site (the seed pages plus any extra) and Firefox with the add-on installed. */
export async function startFirefox(extra: DemoPage[] = []): Promise<FirefoxWorld> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`no built extension at ${EXTENSION_DIR}: run "npm run build:firefox" first`);
  const pages = [...seedPages(), ...extra];
  const site = await startDemoSite(pages);
  const ports = hostPorts(site);
  const downloads = mkdtempSync(join(tmpdir(), 'dossier-ff-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // The demo site's certificate is self-signed (see test/fixtures/tls).
    acceptInsecureCerts: true,
    // Lets the driver open the add-on's own pages (popup.html?tabId=N, options.html): without it
    // BiDi refuses to navigate a tab to moz-extension:// ("not allowed in this context").
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': [...ports.keys()].join(','),
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      // Optional host permissions are granted without the doorhanger a user would click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Exports land in a known folder without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return {
    site,
    browser,
    pages,
    downloads,
    urlOf(page) {
      const u = new URL(page.url);
      const port = ports.get(u.hostname);
      if (port === undefined) throw new Error(`the demo site does not serve ${u.hostname}`);
      u.port = String(port);
      return u.href;
    },
    async close() {
      await browser.close();
      await site.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}

/** The demo page with this name. */
export function pageNamed(world: FirefoxWorld, name: string): DemoPage {
  const p = world.pages.find((x) => x.name === name);
  if (!p) throw new Error(`no demo page ${name}`);
  return p;
}

/** What the `<dossier-ui>` host says once the annotation pass is finished (or failed). */
export interface PassResult {
  state: string;
  actors: number;
  figures: number;
  error: string | null;
  warnings: string | null;
}

/** Waits until Dossier's annotation pass on the page is finished; returns the host's report. */
export async function waitForPass(page: Page, timeout = 30_000): Promise<PassResult> {
  await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { timeout });
  return page.evaluate(() => {
    const host = document.querySelector('dossier-ui')!;
    return {
      state: host.getAttribute('data-state') ?? '',
      actors: Number(host.getAttribute('data-actors')),
      figures: Number(host.getAttribute('data-figures')),
      error: host.getAttribute('data-error'),
      warnings: host.getAttribute('data-warnings'),
    };
  });
}

/** Opens a demo page in a new tab and waits for Dossier's pass on it. */
export async function readPage(world: FirefoxWorld, name: string): Promise<{ page: Page; url: string; pass: PassResult }> {
  const url = world.urlOf(pageNamed(world, name));
  const page = await world.browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, url, pass: await waitForPass(page) };
}

/**
 * Opens one of the add-on's pages (popup.html?tabId=N, options.html) in a new tab. BiDi sends
 * no navigation events for a moz-extension:// document, so this waits on the document itself.
 */
export async function openExtensionPage(world: FirefoxWorld, path: string): Promise<Page> {
  const url = `moz-extension://${ADDON_UUID}/${path}`;
  const page = await world.browser.newPage();
  void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Asked again while the tab's document is being replaced, BiDi may fail the call: try again.
    const at = await page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => '');
    if (at === `${url} complete`) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load (the tab shows ${at || 'nothing yet'})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs `fn` in one of the add-on's pages, where the real `browser` API is (then closes it). */
export async function inExtension<T, A>(world: FirefoxWorld, fn: (arg: A) => Promise<T>, arg: A): Promise<T> {
  const page = await openExtensionPage(world, 'options.html');
  try {
    return (await page.evaluate(fn as never, arg as never)) as T;
  } finally {
    await page.close();
  }
}

/** The browser's id of the newest tab showing `url` (asked from an add-on page). */
export async function tabIdOf(world: FirefoxWorld, url: string): Promise<number> {
  const id = await inExtension(
    world,
    async (u: string) => {
      // The add-on page has Firefox's own `browser` API; typed loosely here on purpose.
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).browser;
      return (await api.tabs.query({})).filter((t) => t.url === u).pop()?.id ?? null;
    },
    url,
  );
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Selects `needle` in the article body (across marks) and lets Dossier see the mouseup. */
export async function selectText(page: Page, needle: string): Promise<void> {
  const found = await page.evaluate((n) => {
    const body = document.querySelector('.article-body')!;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    const starts: number[] = [];
    let text = '';
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      nodes.push(t as Text);
      starts.push(text.length);
      text += (t as Text).data;
    }
    const at = text.indexOf(n);
    if (at < 0) return false;
    const find = (pos: number): [Text, number] => {
      let i = starts.length - 1;
      while (starts[i]! > pos) i--;
      return [nodes[i]!, pos - starts[i]!];
    };
    const [sn, so] = find(at);
    const [en, eo] = find(at + n.length - 1);
    const range = document.createRange();
    range.setStart(sn, so);
    range.setEnd(en, eo + 1);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
    document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return true;
  }, needle);
  if (!found) throw new Error(`"${needle}" is not in the article`);
}

/** The text of the saved-highlight marks on the page, joined. */
export function savedText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('dossier-mark[data-kind="saved"]')].map((m) => m.textContent).join(''));
}

/** Waits for a finished download whose name matches, and returns its name and text. */
export async function waitForDownload(world: FirefoxWorld, name: RegExp, timeout = 15_000): Promise<{ name: string; text: string }> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const files = readdirSync(world.downloads);
    // Firefox first puts an empty placeholder under the final name, writes into "<name>.part",
    // and moves that over the placeholder when the download is complete.
    const done = files.find((f) => name.test(f) && !files.includes(`${f}.part`) && statSync(join(world.downloads, f)).size > 0);
    if (done) return { name: done, text: readFileSync(join(world.downloads, done), 'utf8') };
    if (Date.now() > deadline) throw new Error(`no download matching ${name} (folder holds: ${files.join(', ') || 'nothing'})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
