/**
 * One text for the command line and the extension, on real pages: pages of the article-extraction
 * benchmark (test/fixtures/article-bodies/) of many layouts are served under a supported host name
 * and read by the built extension in Chromium; the article text the content script sends for
 * analysis (seen by a listener added in the background's service worker) must be the text the
 * command line's `readPage` gives for the page as the tab holds it, page by page. Only the tab
 * sees CSS: on the page as served, the command line's text has the same paragraphs in the same
 * order, plus at most what the page's CSS hides. The text scores against the page's hand-made
 * body (test/extract/article-bodies.test.ts).
 */
import { parseHTML } from 'linkedom';
import type { Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../lib/extract/page';
import type { DemoPage } from '../../scripts/demo/site';
import { bodyPageHtml, loadBodyTruth, scoreBody } from '../support/body-score';
import { startWorld, waitForDone, type World } from './support';

// A supported news host (lib/sites.ts), so the production manifest's match patterns apply.
const HOST = 'https://www.reuters.com';
// Layouts the body rules were written for: text <div>s (CNN), text beside image blocks
// (AppleInsider), a page-wide <form> (Al Jazeera), captions and credits (BBC, Express, LA Times),
// lists and tables (SB Nation), a footer-heavy page (JPost), and plain <p> articles.
const FILES = [
  'cnn.com-d605bdef2c.html.gz',
  'appleinsider.com-65bf3048b5.html.gz',
  'aljazeera.com-42aad16bde.html.gz',
  'bbc.com-70cb2d5bca.html.gz',
  'express.co.uk-624fcd903d.html.gz',
  'latimes.com-8634d1211c.html.gz',
  'dawgsbynature.com-6a72de37e8.html.gz',
  'jpost.com-e372e42c0a.html.gz',
  'nytimes.com-04a6711caa.html.gz',
  'reuters.com-57d46c9d75.html.gz',
  'theguardian.com-5fa3154ec0.html.gz',
  'cbsnews.com-7a664e40d2.html.gz',
];
const truth = loadBodyTruth();
const pages: DemoPage[] = FILES.map((file) => ({ name: `body-${file}`, url: `${HOST}/article-bodies/${file.replace(/\.gz$/u, '')}`, html: bodyPageHtml(file) }));

const parse = (h: string): Document => parseHTML(h).document as unknown as Document;

let world: World;
let worker: Worker;
beforeAll(async () => {
  world = await startWorld(pages);
  worker = world.browser.context.serviceWorkers()[0] ?? (await world.browser.context.waitForEvent('serviceworker'));
  // A second listener beside the background's own: it answers nothing, it only keeps the texts.
  await worker.evaluate(() => {
    const g = globalThis as unknown as { sentTexts: Record<string, string>; chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => undefined): void } } } };
    g.sentTexts = {};
    g.chrome.runtime.onMessage.addListener((m) => {
      const msg = m as { dossier?: string; data?: { url: string; text: string; part?: number } };
      if (msg.dossier === 'analyzePage' && msg.data && !msg.data.part) g.sentTexts[msg.data.url] = msg.data.text;
      return undefined;
    });
  });
});
afterAll(async () => {
  await world?.close();
});

describe('the article text of real pages in Chromium', () => {
  it.each(FILES.map((file, i) => [file, pages[i]!] as const))('%s: the extension reads the text the command line reads', async (file, demo) => {
    const page = await world.browser.context.newPage();
    await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
    const done = await waitForDone(page);
    expect(done.state).toBe('done');
    const sent = await worker.evaluate((url) => (globalThis as unknown as { sentTexts: Record<string, string> }).sentTexts[url] ?? null, demo.url);
    // The page as the extension saw it (marks unwrapped: they never change the text), and the
    // text of what the page's CSS hides there, which the command line cannot see.
    const { live, cssHidden } = await page.evaluate(() => {
      const squash = (t: string): string => t.replace(/[\s\u00a0]+/gu, ' ').trim();
      const cssHidden = Array.from(document.body.querySelectorAll('*'))
        .filter((el) => getComputedStyle(el).display === 'none' && !el.parentElement?.closest('[hidden]'))
        .map((el) => squash(el.textContent ?? ''))
        .filter((t) => t.length > 0);
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('dossier-ui').forEach((e) => e.remove());
      for (const mark of Array.from(copy.querySelectorAll('dossier-mark')).reverse()) mark.replaceWith(...Array.from(mark.childNodes));
      return { live: `<!DOCTYPE html>${copy.outerHTML}`, cssHidden };
    });
    const cli = (await readPage({ content: live, url: demo.url }, parse)).text;
    expect(cli.length).toBeGreaterThan(200);
    // The same paragraphs in the same order; a paragraph only the command line reads is text the
    // page's CSS hides in the tab.
    const extension = sent!.split('\n\n');
    const onlyCli: string[] = [];
    let at = 0;
    const lines = cli.split('\n\n');
    for (const para of extension) {
      while (at < lines.length && lines[at] !== para) onlyCli.push(lines[at++]!);
      expect(at, `"${para.slice(0, 80)}" is not in the command line's text, in order`).toBeLessThan(lines.length);
      at++;
    }
    onlyCli.push(...lines.slice(at));
    const flat = (t: string): string => t.replace(/\s+/gu, ' ');
    for (const para of onlyCli) expect(cssHidden.some((h) => h.includes(flat(para))), `"${para.slice(0, 80)}" is read by the command line only, and not hidden by CSS`).toBe(true);
    // Leaving out what no reader sees never costs the body: the tab's text scores at least as well.
    const t = truth[file]!;
    const tab = scoreBody(t.articleBody, sent!);
    const served = scoreBody(t.articleBody, (await readPage({ content: demo.html, url: demo.url }, parse)).text);
    expect(tab.precision).toBeGreaterThanOrEqual(served.precision - 0.01);
    expect(tab.recall).toBeGreaterThanOrEqual(served.recall - 0.02);
    expect(tab.firstSentence).toBe(served.firstSentence);
    await page.close();
  });
});
