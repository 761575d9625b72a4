import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { longPage } from '../../scripts/demo/site';
import { SCREENSHOTS, openExtensionPage, pageNamed, startWorld, waitForDone, type World } from './support';

const HOSTILE_URL = 'https://www.rferl.org/a/hostile-test/1.html';
const hostile = {
  name: 'hostile',
  url: HOSTILE_URL,
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
<style>* { text-decoration: none !important; color: #333 !important; } dossier-mark { display: none; } mark { background: yellow; }</style>
<script>
  window.__pwned = 0;
  window.__errors = [];
  window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
  // The page defines an element of our name, and keeps changing itself.
  customElements.define('dossier-mark', class extends HTMLElement { connectedCallback() { window.__upgraded = (window.__upgraded || 0) + 1; } });
  setInterval(() => { const t = document.getElementById('ticker'); if (t) t.textContent = String(Date.now()); }, 50);
</script></head>
<body><nav>Home · Islamic State coverage · 300 killed</nav>
<article><div class="article-body">
<p>The group &lt;img src=x onerror="window.__pwned=1"&gt; Islamic State &lt;script&gt;window.__pwned=2&lt;/script&gt; said 18 &lt;b&gt;fighters&lt;/b&gt; were killed in Aktobe, the KNB said.</p>
<p>Existing <mark>highlight of the Taliban</mark> stays, and <span contenteditable="true">editable Astana text with 5 arrests</span> is left alone.</p>
<p>Кабул: более 300 граждан Казахстана, по данным КНБ, воевали в Сирии. Актобе и Атырау упоминаются.</p>
<p dir="rtl" lang="ar">قال مسؤولون إن 12 شخصا قتلوا في الهجوم. The attack in Almaty killed 12 people, officials said.</p>
<p>${'<span>'.repeat(300)}Deep in the markup, the National Security Committee said it detained 7 suspects in Taraz.${'</span>'.repeat(300)}</p>
<p>Live: <span id="ticker">0</span> readers. More than 40 people were detained in Shymkent in 2019, the Interior Ministry said.</p>
<div id="host"></div>
<iframe srcdoc="<p>Inside a frame: Islamic State killed 99 people in Aktobe.</p>"></iframe>
</div></article>
<script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>Shadow text: Islamic State killed 77 people.</p>';</script>
</body></html>`,
};

let world: World;
beforeAll(async () => {
  world = await startWorld([hostile, longPage(100_000)]);
});
afterAll(async () => {
  await world?.close();
});

describe('hostile and odd pages', () => {
  it('runs no page text, breaks nothing, and keeps the text as it was', async () => {
    const page = await world.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(HOSTILE_URL, { waitUntil: 'domcontentloaded' });
    const done = await waitForDone(page);
    expect(done.state).toBe('done');
    const r = await page.evaluate(() => {
      const w = window as unknown as { __pwned: number; __errors: string[] };
      const body = document.querySelector('.article-body')!;
      const marks = [...document.querySelectorAll('dossier-mark')];
      return {
        pwned: w.__pwned,
        pageErrors: w.__errors,
        marks: marks.length,
        inEditable: document.querySelectorAll('[contenteditable] dossier-mark').length,
        inNav: document.querySelectorAll('nav dossier-mark').length,
        cyrillic: marks.filter((m) => /[А-я]/.test(m.textContent ?? '')).map((m) => m.textContent),
        deep: marks.some((m) => m.textContent === 'National Security Committee'),
        imgs: body.querySelectorAll('img').length,
        marksVisible: marks.filter((m) => getComputedStyle(m).display !== 'none').length,
        existingMark: document.querySelector('mark')?.textContent,
      };
    });
    expect(r.pwned).toBe(0);
    expect(r.pageErrors).toEqual([]);
    expect(errors).toEqual([]);
    expect(r.marks).toBeGreaterThan(8);
    expect(r.inEditable).toBe(0);
    expect(r.inNav).toBe(0);
    expect(r.imgs).toBe(0);
    expect(r.deep).toBe(true);
    expect(r.cyrillic.length).toBeGreaterThan(0);
    // The page's own `dossier-mark { display: none }` cannot hide the marks.
    expect(r.marksVisible).toBe(r.marks);
    expect(r.existingMark).toBe('highlight of the Taliban');
    // The static text is what the server sent (the ticker aside).
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const d = new DOMParser().parseFromString(html, 'text/html');
      const strip = (s: string | null): string => (s ?? '').replace(/Live: \d+ readers/, 'Live: readers');
      return strip(document.querySelector('.article-body')!.textContent) === strip(d.querySelector('.article-body')!.textContent);
    });
    expect(same).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'hostile-page.png') });
    await page.close();
  });

  it('annotates a 100,000-word page to the end, measuring its longest step', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(pageNamed(world, 'long-100000').url, { waitUntil: 'domcontentloaded' });
    const done = await waitForDone(page, 120_000);
    expect(done.state).toBe('done');
    const longest = Number(await page.getAttribute('dossier-ui', 'data-longest-step-ms'));
    expect(done.figures).toBeGreaterThan(500);
    // Measured here, judged by `npm run bench` (its budget of 50 ms on this page): a timing
    // assertion in a test fails under load for reasons that are not the code's.
    expect(Number.isFinite(longest) && longest > 0).toBe(true);
    console.log(`long-100000: longest step ${longest} ms`);
    await page.close();
  });
});

describe('privacy', () => {
  it('makes no network request of its own during a reading session', async () => {
    const ctx = world.browser.context;
    const own: string[] = [];
    // Every request not made by a web page: from the service worker or an extension page.
    ctx.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('chrome-extension://')) return;
      let fromExtension = req.serviceWorker() !== null;
      try {
        fromExtension ||= req.frame().url().startsWith('chrome-extension://');
      } catch {
        // A request with no frame and no worker is not ours to count.
      }
      if (fromExtension) own.push(url);
    });
    // The recorder does see the extension's requests: a probe from the service worker is caught.
    const sw = ctx.serviceWorkers()[0]!;
    await sw.evaluate(() => fetch('https://example.org/probe').then(() => undefined, () => undefined));
    await expect.poll(() => own.includes('https://example.org/probe')).toBe(true);
    own.length = 0;

    for (const name of ['seed-000', 'seed-001', 'realpage-bbc-1']) {
      const page = await ctx.newPage();
      await page.goto(pageNamed(world, name).url, { waitUntil: 'domcontentloaded' });
      await waitForDone(page);
      await page.hover('dossier-mark[data-kind="actor"]');
      await page.waitForTimeout(300);
      await page.close();
    }
    const popup = await openExtensionPage(world, 'popup.html');
    await popup.waitForSelector('[data-count="actors"]');
    await popup.close();
    expect(own).toEqual([]);
  });
});
