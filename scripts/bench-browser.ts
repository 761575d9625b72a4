/**
 * The Chromium section of `npm run bench`: the built extension on the long real pages and a
 * 100k-word page, each figure beside the same page without the extension from the same run:
 * time to `data-state="done"`, the longest main-thread task (Long Tasks API) and Dossier's own
 * longest step, page memory, and the popup's time to first data with 100k claims stored; and,
 * before all of them, the first tab of the fresh browser: the content script's first compile and
 * that tab's longest task.
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import bundled from '../data/factbase.json' with { type: 'json' };
import { CHROMIUM, EXTENSION_DIR, launchBrowser } from './demo/browser';
import { longPage, realPages, seedPages, startDemoSite, type DemoPage } from './demo/site';

/** One page's figures with and without the extension. */
export interface PageBench {
  page: string;
  baselineLoadMs: number;
  doneMs: number | null;
  baselineLongestTaskMs: number;
  longestTaskMs: number;
  dossierLongestStepMs: number | null;
  baselineHeapMb: number;
  heapMb: number;
}

/** The popup's time to first data, with the bundled fact base and with 100k claims. */
export interface PopupBench {
  baselineClaims: number;
  baselineFirstDataMs: number;
  claims: number;
  firstDataMs: number;
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** The first tab of a fresh browser: the content script's first compile and the tab's longest task. */
export interface FirstTabBench {
  page: string;
  /** The content script's top-level compile plus the lazy compiles during its first run (V8's trace events), in ms. */
  contentCompileMs: number | null;
  /** Of which the top-level compile (V8's `v8.compile` event), in ms. */
  contentTopLevelCompileMs: number | null;
  /** The tab's longest main-thread task from navigation to the pass's end and half a second more (Long Tasks API: 0 when none reached 50 ms), in ms. */
  longestTaskMs: number;
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { fileName?: string; data?: { url?: string } };
}

/** Total length of the union of intervals (nested compile events must not count twice). */
function unionMs(spans: [number, number][]): number {
  let total = 0;
  let end = -Infinity;
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total / 1000;
}

/**
 * Opens `demo` in the first tab of a fresh browser (no code cache yet) with V8's compile events
 * traced (only the v8 categories: the timeline's stack sampling would slow what it measures).
 */
async function measureFirstTab(context: BrowserContext, demo: DemoPage): Promise<FirstTabBench> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'v8,disabled-by-default-v8.compile', transferMode: 'ReportEvents' });
  await page.goto(demo.url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { state: 'attached', timeout: 120_000 });
  await page.waitForTimeout(500);
  await cdp.send('Tracing.end');
  await complete;
  const longest = (await page.evaluate('Math.max(0, ...(window.__longTasks || []))')) as number;
  await page.close();
  const ofContent = (e: TraceEvent): boolean => /\/content-scripts\/content\.js$/.test(e.args?.fileName ?? e.args?.data?.url ?? '');
  const compile = events.find((e) => e.name === 'v8.compile' && ofContent(e));
  const run = events.find((e) => e.name === 'v8.run' && ofContent(e));
  let compileMs: number | null = null;
  if (compile) {
    const lazy = run
      ? events
          .filter((e) => e.tid === run.tid && /^V8\.(Parse|Compile)/.test(e.name) && e.name !== 'V8.CollectSourcePositions' && e.ts >= run.ts && e.ts + (e.dur ?? 0) <= run.ts + (run.dur ?? 0))
          .map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)])
      : [];
    compileMs = Math.round(((compile.dur ?? 0) / 1000 + unionMs(lazy)) * 10) / 10;
  }
  const topLevelMs = compile ? Math.round((compile.dur ?? 0) / 100) / 10 : null;
  return { page: demo.name, contentCompileMs: compileMs, contentTopLevelCompileMs: topLevelMs, longestTaskMs: Math.round(longest) };
}

async function heapMb(page: Page): Promise<number> {
  // Chromium's performance.memory: the renderer's JS heap, content scripts' isolated world included.
  const bytes = (await page.evaluate('performance.memory ? performance.memory.usedJSHeapSize : 0')) as number;
  return bytes / 1048576;
}

async function measurePage(context: BrowserContext, demo: DemoPage, withExtension: boolean): Promise<{ loadMs: number; doneMs: number | null; longest: number; step: number | null; heap: number }> {
  const page = await context.newPage();
  await page.addInitScript(LONG_TASKS);
  const t0 = Date.now();
  await page.goto(demo.url, { waitUntil: 'load', timeout: 120_000 });
  const loadMs = Date.now() - t0;
  let doneMs: number | null = null;
  let step: number | null = null;
  if (withExtension) {
    await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { state: 'attached', timeout: 120_000 });
    doneMs = Number(await page.getAttribute('dossier-ui', 'data-elapsed-ms'));
    step = Number(await page.getAttribute('dossier-ui', 'data-longest-step-ms'));
  }
  await page.waitForTimeout(500);
  const longest = (await page.evaluate('Math.max(0, ...(window.__longTasks || []))')) as number;
  const heap = await heapMb(page);
  await page.close();
  return { loadMs, doneMs, longest, step, heap };
}

async function popupFirstData(context: BrowserContext, extensionId: string, tabUrl: string): Promise<number> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = (await ext.evaluate(
    `chrome.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(tabUrl)}) || {}).id)`,
  )) as number;
  await ext.close();
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('html[data-first-data-ms]', { timeout: 30_000 });
    samples.push(Number(await popup.getAttribute('html', 'data-first-data-ms')));
    // A reader opens one popup at a time: let the last one's remaining work finish first.
    await popup.waitForTimeout(1500);
    await popup.close();
  }
  return samples.sort((a, b) => a - b)[2]!;
}

/** Puts `n` claims into the extension's IndexedDB, from an extension page. */
export async function fillClaims(context: BrowserContext, extensionId: string, n: number): Promise<void> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  await ext.evaluate(`new Promise((resolve, reject) => {
    const open = indexedDB.open('dossier');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['claims', 'sources', 'meta'], 'readwrite');
      // As Dossier's own writes do (lib/factbase/counts.ts): the record counts change with the records.
      const counts = tx.objectStore('meta').get('counts');
      counts.onsuccess = () => {
        const c = counts.result && counts.result.value;
        if (c) tx.objectStore('meta').put({ key: 'counts', value: { ...c, claims: c.claims + ${n}, sources: c.sources + 1000 } });
      };
      const preds = ['killed', 'detained', 'fighters-abroad', 'sentenced', 'wounded'];
      for (let s = 0; s < 1000; s++) tx.objectStore('sources').put({ id: 'bench-src-' + s, url: 'https://www.rferl.org/a/bench-' + s + '.html', title: 'Bench ' + s, outlet: 'RFE/RL', publishedAt: '2016-0' + (1 + (s % 9)), origin: 'read' });
      for (let i = 0; i < ${n}; i++) {
        const p = preds[i % 5];
        const v = 1 + (i % 300);
        tx.objectStore('claims').put({ id: 'bench-' + i, predicate: p, counted: 'people', subject: i % 7 === 0 ? 'kazakhstan' : null, incidentId: null,
          place: ['aktobe', 'almaty', 'astana', 'atyrau', 'taraz'][i % 5], value: v, low: v, high: v, qualifier: 'exact', unit: 'count',
          asOf: '2016-06', claimant: null, outlet: 'RFE/RL', sourceId: 'bench-src-' + (i % 1000), figureText: v + ' people',
          quote: 'Bench sentence ' + i + ' says ' + v + ' people.', status: 'active', origin: 'read',
          key: p + '|count|place:' + ['aktobe', 'almaty', 'astana', 'atyrau', 'taraz'][i % 5] + '|2016' });
      }
      tx.oncomplete = () => resolve(true);
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  })`);
  await ext.close();
}

/** Runs the Chromium section; null when Chromium or the built extension is missing. */
export async function benchBrowser(): Promise<{ firstTab: FirstTabBench; pages: PageBench[]; popup: PopupBench } | null> {
  if (!existsSync(CHROMIUM) || !existsSync(`${EXTENSION_DIR}/manifest.json`)) return null;
  const pages = [...realPages(), longPage(100_000)];
  const seed = seedPages().find((p) => p.name === 'seed-004')!;
  const site = await startDemoSite([...pages, seed]);
  const served = new Set([...pages, seed].map((p) => new URL(p.url).hostname));
  const block = async (context: BrowserContext): Promise<void> => {
    // The real pages' third-party requests fail at once, as they would offline, in both runs.
    await context.route((url) => (url.protocol === 'http:' || url.protocol === 'https:') && !served.has(url.hostname), (r) => r.abort());
  };
  const base = await launchBrowser({ hostRules: site.hostRules, headless: true, withExtension: false });
  const ext = await launchBrowser({ hostRules: site.hostRules, headless: true });
  await block(base.context);
  await block(ext.context);
  // Before any other tab: the content script's first compile has no code cache to lean on.
  const firstTab = await measureFirstTab(ext.context, seed);
  const out: PageBench[] = [];
  for (const demo of pages) {
    const b = await measurePage(base.context, demo, false);
    const e = await measurePage(ext.context, demo, true);
    out.push({
      page: demo.name,
      baselineLoadMs: b.loadMs,
      doneMs: e.doneMs,
      baselineLongestTaskMs: Math.round(b.longest),
      longestTaskMs: Math.round(e.longest),
      dossierLongestStepMs: e.step,
      baselineHeapMb: Math.round(b.heap * 10) / 10,
      heapMb: Math.round(e.heap * 10) / 10,
    });
  }
  // The popup, first with the bundled fact base, then with 100k claims more.
  const reader = await ext.context.newPage();
  await reader.goto(seed.url);
  await reader.waitForSelector('dossier-ui[data-state="done"]', { state: 'attached', timeout: 60_000 });
  const baselineFirstDataMs = await popupFirstData(ext.context, ext.extensionId, seed.url);
  await fillClaims(ext.context, ext.extensionId, 100_000);
  const firstDataMs = await popupFirstData(ext.context, ext.extensionId, seed.url);
  await base.close();
  await ext.close();
  await site.close();
  return { firstTab, pages: out, popup: { baselineClaims: bundled.claims.length, baselineFirstDataMs, claims: 100_000 + bundled.claims.length, firstDataMs } };
}
