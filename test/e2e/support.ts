/**
 * End-to-end support: the demo site and a real Chromium with the built extension, plus helpers
 * to find a tab's id and wait for the annotation pass.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/demo/browser';
import { realPages, seedPages, startDemoSite, type DemoPage, type DemoSite } from '../../scripts/demo/site';

/** Where end-to-end runs save screenshots. */
export const SCREENSHOTS = join(process.cwd(), 'out', 'e2e-screenshots');

/** A demo site and a browser with the extension, started together. */
export interface World {
  site: DemoSite;
  browser: ExtensionBrowser;
  pages: DemoPage[];
  close(): Promise<void>;
}

/** Starts the demo site (seed and real pages, plus any extra) and Chromium with the extension. */
export async function startWorld(extra: DemoPage[] = []): Promise<World> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const pages = [...seedPages(), ...realPages(), ...extra];
  const site = await startDemoSite(pages);
  const browser = await launchBrowser({ hostRules: site.hostRules, headless: true });
  // Real pages ask for their scripts, fonts and ads from hosts that do not exist here: refuse
  // those at once rather than wait for them to fail.
  const served = new Set(pages.map((p) => new URL(p.url).hostname));
  await browser.context.route(
    (url) => (url.protocol === 'http:' || url.protocol === 'https:') && !served.has(url.hostname),
    (route) => route.abort(),
  );
  return {
    site,
    browser,
    pages,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

/** The demo page with this name. */
export function pageNamed(world: World, name: string): DemoPage {
  const p = world.pages.find((x) => x.name === name);
  if (!p) throw new Error(`no demo page ${name}`);
  return p;
}

/** Waits until Dossier's annotation pass on the page is finished; returns the host's counts. */
export async function waitForDone(page: Page, timeout = 30_000): Promise<{ actors: number; figures: number; state: string }> {
  await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { state: 'attached', timeout });
  return page.evaluate(() => {
    const host = document.querySelector('dossier-ui')!;
    return {
      actors: Number(host.getAttribute('data-actors')),
      figures: Number(host.getAttribute('data-figures')),
      state: host.getAttribute('data-state') ?? '',
      error: host.getAttribute('data-error'),
    };
  });
}

/** Opens an extension page (popup.html, options.html) in a new tab. */
export async function openExtensionPage(world: World, path: string): Promise<Page> {
  const page = await world.browser.context.newPage();
  await page.goto(`chrome-extension://${world.browser.extensionId}/${path}`);
  return page;
}

/** The browser tab id of the tab showing `url` (asked from an extension page). */
export async function tabIdOf(world: World, url: string): Promise<number> {
  const ext = await openExtensionPage(world, 'options.html');
  try {
    const id = await ext.evaluate(async (u) => {
      // The extension page has the real `chrome` API; typed loosely here on purpose.
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).chrome;
      const tabs = await api.tabs.query({});
      // The newest tab showing it (tests may leave older ones open).
      return tabs.filter((t) => t.url === u).pop()?.id ?? null;
    }, url);
    if (id === null) throw new Error(`no tab shows ${url}`);
    return id;
  } finally {
    await ext.close();
  }
}

/** Runs axe-core in a page and returns the serious and critical violations (ids and targets). */
export async function axeSeriousViolations(page: Page, context?: unknown): Promise<string[]> {
  const { readFileSync } = await import('node:fs');
  const { createRequire } = await import('node:module');
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the debugging protocol, so extension pages' CSP does not block it.
  await page.evaluate(source);
  const results = (await page.evaluate(
    `axe.run(${context ? JSON.stringify(context) : 'document'}, { resultTypes: ['violations'] })`,
  )) as { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** A demo article page at `url` with these paragraphs (for pages the fact base has never seen). */
export function articlePage(name: string, url: string, outlet: string, publishedAt: string, title: string, paragraphs: string[]): DemoPage {
  const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return {
    name,
    url,
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<meta property="og:title" content="${esc(title)}"><meta property="og:site_name" content="${esc(outlet)}">
<meta property="article:published_time" content="${publishedAt}"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${esc(title)}</h1><div class="article-body">${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('')}</div></article></main>
<footer>© ${esc(outlet)}</footer></body></html>`,
  };
}
