/**
 * The Chromium section of `npm run bench`: the built extension on the long real pages and a
 * 100k-word page, each figure beside the same page without the extension from the same run:
 * time to `data-state="done"`, the longest main-thread task (Long Tasks API) and Dossier's own
 * longest step, page memory; the popup's and the side panel's time to first data with the bundled
 * fact base and with 100k claims more, opened in turn in two browsers, beside the browser's own start
 * of a static page of the extension (the part above it is Dossier's), with each step of the view's
 * start (its script running, its first data in, its first render, its paint); and the first tab of several fresh browsers: the content
 * script's first compile and that tab's longest task. Timed figures are medians of several fresh
 * starts: on two shared cores one start in five can take twice as long for reasons not the code's.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import bundled from '../data/factbase.json' with { type: 'json' };
import { CHROMIUM, EXTENSION_DIR, launchBrowser, type ExtensionBrowser } from './demo/browser';
import { longPage, realPages, seedPages, startDemoSite, type DemoPage, type DemoSite } from './demo/site';

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

/** A view's time to first data (median of fresh opens), with the bundled fact base and with 100k claims more. */
export interface ViewBench {
  view: 'popup' | 'sidepanel';
  /** Fresh opens of the view in each browser. */
  runs: number;
  baselineClaims: number;
  /** With the bundled fact base: the median, in ms from the navigation's start. */
  baselineFirstDataMs: number;
  claims: number;
  /** With 100k claims more: the median, in ms from the navigation's start. */
  firstDataMs: number;
  /** With 100k claims more: the fastest and the slowest open, in ms (how noisy the run was). */
  firstDataRangeMs: [number, number];
  /** With 100k claims more: `firstDataMs` less the static page's paint of the same rounds (`pageStartMs`), the part that is Dossier's, in ms. */
  overPageStartMs: number;
  /** With 100k claims more: where the time went, each step's median in ms from the navigation's start. */
  steps: ViewSteps;
}

/**
 * A view's start, step by step (medians, ms from the navigation's start): the HTML parsed, its one
 * script running, the tab's page part and the counts in, the first render begun and done (the
 * `dossier:*` marks, components/first-data.ts), and the first data painted.
 */
export interface ViewSteps {
  htmlParsed: number | null;
  script: number | null;
  page: number | null;
  counts: number | null;
  render: number | null;
  rendered: number | null;
  painted: number | null;
}

const STEP_MARKS = ['script', 'page', 'counts', 'render', 'rendered'] as const;

/** One open of a view: the first data's paint and the steps before it. */
interface ViewOpen {
  firstDataMs: number;
  steps: ViewSteps;
}

/** The popup and the side panel, and the browser's own start of an extension page in the same rounds. */
export interface ViewsBench {
  views: ViewBench[];
  /** First contentful paint of a static file of the extension (no Dossier code runs): the floor of every view's figure, in ms. */
  pageStartMs: number;
  /** The machine's load average (1 min) when the views were measured. */
  loadAverage: number;
}

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
    .observe({ type: 'longtask', buffered: true });
`;

/** The first tab of fresh browsers: the content script's first compile and the tab's longest task (medians). */
export interface FirstTabBench {
  page: string;
  /** Fresh browsers launched, each measured on its first tab. */
  runs: number;
  /**
   * The content script's top-level compile plus the lazy compiles during its first run (V8's trace
   * events), in ms of the main thread's CPU time: the median. CPU time, as the engine's figures:
   * on two shared cores a 3 ms compile is often preempted into 30 ms of wall time.
   */
  contentCompileMs: number | null;
  /** The same events' wall time (preemption by other processes included), in ms: the median. */
  contentCompileWallMs: number | null;
  /** Of which the top-level compile (V8's `v8.compile` event), in ms of CPU time: the median. */
  contentTopLevelCompileMs: number | null;
  /** The tab's longest main-thread task from navigation to the pass's end and half a second more (Long Tasks API: 0 when none reached 50 ms), in ms: the median. */
  longestTaskMs: number;
  /** Every run's compile figure, in ms. */
  contentCompileSamplesMs: (number | null)[];
}

/** One fresh browser's first tab. */
type FirstTabRun = Pick<FirstTabBench, 'contentCompileMs' | 'contentCompileWallMs' | 'contentTopLevelCompileMs' | 'longestTaskMs'>;

/** The median of the numbers among `xs` (null when there are none). */
function median(xs: readonly (number | null)[]): number | null {
  const got = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (got.length === 0) return null;
  const mid = got.length >> 1;
  return got.length % 2 ? got[mid]! : Math.round(((got[mid - 1]! + got[mid]!) / 2) * 10) / 10;
}

interface TraceEvent {
  name: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time over the event, in µs (what the work cost, whatever else had the cores). */
  tdur?: number;
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

/** The CPU time of the outermost events (one nested in another is part of its time already), in ms. */
function outermostCpuMs(events: readonly TraceEvent[]): number {
  let total = 0;
  let end = -Infinity;
  for (const e of [...events].sort((x, y) => x.ts - y.ts || (y.dur ?? 0) - (x.dur ?? 0))) {
    const stop = e.ts + (e.dur ?? 0);
    if (stop <= end) continue;
    total += e.tdur ?? e.dur ?? 0;
    end = stop;
  }
  return total / 1000;
}

/**
 * Opens `demo` in the first tab of a fresh browser (no code cache yet) with V8's compile events
 * traced (only the v8 categories: the timeline's stack sampling would slow what it measures).
 */
async function measureFirstTab(context: BrowserContext, demo: DemoPage): Promise<FirstTabRun> {
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
  let compileWallMs: number | null = null;
  if (compile) {
    const lazy = run ? events.filter((e) => e.tid === run.tid && /^V8\.(Parse|Compile)/.test(e.name) && e.name !== 'V8.CollectSourcePositions' && e.ts >= run.ts && e.ts + (e.dur ?? 0) <= run.ts + (run.dur ?? 0)) : [];
    compileMs = Math.round(outermostCpuMs([compile, ...lazy]) * 10) / 10;
    compileWallMs = Math.round(((compile.dur ?? 0) / 1000 + unionMs(lazy.map((e): [number, number] => [e.ts, e.ts + (e.dur ?? 0)]))) * 10) / 10;
  }
  const topLevelMs = compile ? Math.round((compile.tdur ?? compile.dur ?? 0) / 100) / 10 : null;
  return { contentCompileMs: compileMs, contentCompileWallMs: compileWallMs, contentTopLevelCompileMs: topLevelMs, longestTaskMs: Math.round(longest) };
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

/** The id of the tab showing `url`, asked from an extension page. */
async function tabIdOf(context: BrowserContext, extensionId: string, url: string): Promise<number> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const tabId = (await ext.evaluate(`chrome.tabs.query({}).then((tabs) => (tabs.find((t) => t.url === ${JSON.stringify(url)}) || {}).id)`)) as number;
  await ext.close();
  return tabId;
}

/** Opens a view of the extension in a fresh page and returns its `data-first-data-ms` and its steps. */
async function viewFirstData(context: BrowserContext, extensionId: string, view: ViewBench['view'], tabId: number): Promise<ViewOpen> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${view}.html?tabId=${tabId}`);
  await page.waitForSelector('html[data-first-data-ms]', { timeout: 30_000 });
  const ms = Number(await page.getAttribute('html', 'data-first-data-ms'));
  const marks = (await page.evaluate(`(() => {
    const out = { htmlParsed: performance.getEntriesByType('navigation')[0]?.domInteractive ?? null };
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('dossier:')) out[m.name.slice(8)] = m.startTime;
    return out;
  })()`)) as Partial<Record<keyof ViewSteps, number>>;
  const steps: ViewSteps = { htmlParsed: marks.htmlParsed ?? null, script: null, page: null, counts: null, render: null, rendered: null, painted: ms };
  for (const k of STEP_MARKS) steps[k] = marks[k] ?? null;
  // A reader opens one view at a time: let this one's remaining work (the whole dossier) finish first.
  await page.waitForTimeout(1000);
  await page.close();
  return { firstDataMs: ms, steps };
}

/** Each step's median over the opens, in ms rounded to a tenth. */
function medianSteps(opens: readonly ViewOpen[]): ViewSteps {
  const at = (k: keyof ViewSteps): number | null => {
    const m = median(opens.map((o) => o.steps[k]));
    return m === null ? null : Math.round(m * 10) / 10;
  };
  return { htmlParsed: at('htmlParsed'), script: at('script'), page: at('page'), counts: at('counts'), render: at('render'), rendered: at('rendered'), painted: at('painted') };
}

/** First contentful paint of a static file of the extension: the browser starting an extension page, and nothing of Dossier's. */
async function pageStart(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/manifest.json`);
  // Polled with evaluate: waitForFunction compiles its predicate in the page, which the extension's CSP refuses.
  let ms: number | null = null;
  for (let i = 0; i < 300 && ms === null; i++) {
    ms = (await page.evaluate('performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null')) as number | null;
    if (ms === null) await page.waitForTimeout(20);
  }
  if (ms === null) throw new Error('a static page of the extension was never painted');
  await page.close();
  return ms;
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

// Fresh opens of each view in each browser, and fresh browsers for the first tab (their medians are the figures).
const VIEW_RUNS = Number(process.env.BENCH_VIEW_RUNS ?? 9);
const FIRST_TAB_RUNS = Number(process.env.BENCH_FIRST_TAB_RUNS ?? 5);

/**
 * The popup and the side panel in two fresh browsers that have read the same page, one with the
 * bundled fact base and one with `claims` claims more, opened in turn (the order swapped every
 * round) so both see the same machine; and a static page of the extension in the same rounds.
 */
export async function benchViews(site: DemoSite, reading: DemoPage, claims: number): Promise<ViewsBench> {
  const browsers: { b: ExtensionBrowser; tabId: number }[] = [];
  for (const extra of [0, claims]) {
    const b = await launchBrowser({ hostRules: site.hostRules, headless: true });
    const reader = await b.context.newPage();
    await reader.goto(reading.url);
    await reader.waitForSelector('dossier-ui[data-state="done"]', { state: 'attached', timeout: 60_000 });
    if (extra > 0) await fillClaims(b.context, b.extensionId, extra);
    browsers.push({ b, tabId: await tabIdOf(b.context, b.extensionId, reading.url) });
  }
  const views: ViewBench['view'][] = ['popup', 'sidepanel'];
  const samples = new Map<string, ViewOpen[]>();
  const add = (key: string, open: ViewOpen): void => void samples.set(key, [...(samples.get(key) ?? []), open]);
  const starts: number[] = [];
  for (let r = 0; r < VIEW_RUNS; r++) {
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const view of views) for (const k of order) add(`${view} ${k}`, await viewFirstData(browsers[k]!.b.context, browsers[k]!.b.extensionId, view, browsers[k]!.tabId));
    starts.push(await pageStart(browsers[r % 2]!.b.context, browsers[r % 2]!.b.extensionId));
  }
  const load = loadavg()[0]!;
  for (const { b } of browsers) await b.close();
  const of = (key: string): number[] => (samples.get(key) ?? []).map((o) => o.firstDataMs);
  const pageStartMs = Math.round(median(starts)! * 10) / 10;
  return {
    views: views.map((view) => ({
      view,
      runs: VIEW_RUNS,
      baselineClaims: bundled.claims.length,
      baselineFirstDataMs: median(of(`${view} 0`))!,
      claims: claims + bundled.claims.length,
      firstDataMs: median(of(`${view} 1`))!,
      firstDataRangeMs: [Math.min(...of(`${view} 1`)), Math.max(...of(`${view} 1`))],
      overPageStartMs: Math.round((median(of(`${view} 1`))! - pageStartMs) * 10) / 10,
      steps: medianSteps(samples.get(`${view} 1`) ?? []),
    })),
    pageStartMs,
    loadAverage: Math.round(load * 100) / 100,
  };
}

/** The first tab of `runs` fresh browsers, each with no code cache yet. */
export async function benchFirstTabs(site: DemoSite, demo: DemoPage, block: (context: BrowserContext) => Promise<void>, runs: number): Promise<FirstTabBench> {
  const got: FirstTabRun[] = [];
  for (let i = 0; i < runs; i++) {
    const b = await launchBrowser({ hostRules: site.hostRules, headless: true });
    await block(b.context);
    got.push(await measureFirstTab(b.context, demo));
    await b.close();
  }
  return {
    page: demo.name,
    runs,
    contentCompileMs: median(got.map((g) => g.contentCompileMs)),
    contentCompileWallMs: median(got.map((g) => g.contentCompileWallMs)),
    contentTopLevelCompileMs: median(got.map((g) => g.contentTopLevelCompileMs)),
    longestTaskMs: median(got.map((g) => g.longestTaskMs)) ?? 0,
    contentCompileSamplesMs: got.map((g) => g.contentCompileMs),
  };
}

/** Runs the Chromium section; null when Chromium or the built extension is missing. */
export async function benchBrowser(): Promise<{ firstTab: FirstTabBench; pages: PageBench[]; views: ViewsBench } | null> {
  if (!existsSync(CHROMIUM) || !existsSync(`${EXTENSION_DIR}/manifest.json`)) return null;
  const pages = [...realPages(), longPage(100_000)];
  const seed = seedPages().find((p) => p.name === 'seed-004')!;
  const site = await startDemoSite([...pages, seed]);
  const served = new Set([...pages, seed].map((p) => new URL(p.url).hostname));
  const block = async (context: BrowserContext): Promise<void> => {
    // The real pages' third-party requests fail at once, as they would offline, in both runs.
    await context.route((url) => (url.protocol === 'http:' || url.protocol === 'https:') && !served.has(url.hostname), (r) => r.abort());
  };
  // Before any other tab of each browser: the content script's first compile has no code cache to lean on.
  const firstTab = await benchFirstTabs(site, seed, block, FIRST_TAB_RUNS);
  const base = await launchBrowser({ hostRules: site.hostRules, headless: true, withExtension: false });
  const ext = await launchBrowser({ hostRules: site.hostRules, headless: true });
  await block(base.context);
  await block(ext.context);
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
  await base.close();
  await ext.close();
  // The popup and the side panel, with the bundled fact base and with 100k claims more.
  const views = await benchViews(site, seed, 100_000);
  await site.close();
  return { firstTab, pages: out, views };
}
