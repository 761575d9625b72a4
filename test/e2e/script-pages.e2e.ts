/**
 * One engine on a script-heavy page: what the extension marks in Chromium is what the command
 * line finds for the same DOM. The page (test/fixtures/layouts/script-added-boxes.html) lazy-loads
 * its images behind <noscript> fallbacks, keeps a "most read" rail inside <article>, and its own
 * script later adds a newsletter box and a live update inside the article body. A browser running
 * scripts parses <noscript> as raw text and linkedom as elements, which once made the tab choose
 * <article> (rail and all) where the command line chose the body; and a newsletter box added after
 * the pass was marked because it was inside the root.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import type { DemoPage } from '../../scripts/demo/site';
import { startWorld, waitForDone, type World } from './support';

const scriptPage: DemoPage = {
  name: 'layout-script-added-boxes',
  // A supported host (lib/sites.ts), so the production manifest's match patterns apply.
  url: 'https://www.reuters.com/world/asia-pacific/almaty-court-jails-nine-men-2026-11-20/',
  html: readFileSync(join(__dirname, '../fixtures/layouts/script-added-boxes.html'), 'utf8'),
};

let world: World;
beforeAll(async () => {
  world = await startWorld([scriptPage]);
});
afterAll(async () => {
  await world?.close();
});

/** The page's marked mentions ("a:" actor or unknown name, "f:" figure, then its text), sorted. */
function markedMentions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byIndex = new Map<string, string>();
    for (const m of Array.from(document.querySelectorAll<HTMLElement>('dossier-mark[data-index]'))) {
      const key = `${m.dataset.kind === 'figure' ? 'f' : 'a'}:${m.dataset.index}`;
      byIndex.set(key, (byIndex.get(key) ?? '') + (m.textContent ?? ''));
    }
    return [...byIndex].map(([key, text]) => `${key.slice(0, 2)}${text.replace(/\s+/g, ' ').trim()}`).sort();
  });
}

/** The mentions the command line finds for the page's DOM as it is now (marks taken out). */
async function cliMentions(page: Page): Promise<string[]> {
  const live = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('dossier-ui').forEach((e) => e.remove());
    for (const mark of Array.from(copy.querySelectorAll('dossier-mark')).reverse()) mark.replaceWith(...Array.from(mark.childNodes));
    return `<!DOCTYPE html>${copy.outerHTML}`;
  });
  const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
  const parse = (h: string): Document => parseHTML(h).document as unknown as Document;
  const result = await runPage({ content: live, url: scriptPage.url, contentType: 'html' }, scriptPage.url, parse, fb);
  return [...result.actors.map((a) => `a:${a.text}`), ...result.figures.map((f) => `f:${f.text}`)].map((s) => s.replace(/\s+/g, ' ').trim()).sort();
}

describe('a script-heavy page in Chromium', () => {
  it('is marked in the article body the command line finds, not in the rail beside it', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(scriptPage.url, { waitUntil: 'domcontentloaded' });
    expect((await waitForDone(page)).state).toBe('done');
    const marks = await markedMentions(page);
    expect(marks).toContain('a:Almaty');
    expect(marks.length).toBeGreaterThan(8);
    expect(await page.locator('.story-rail dossier-mark').count()).toBe(0);
    expect(marks).toEqual(await cliMentions(page));
    await page.close();
  });

  it('judges text the page adds later by the same article-body rules: the newsletter box is not marked, the update is', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(scriptPage.url, { waitUntil: 'domcontentloaded' });
    expect((await waitForDone(page)).state).toBe('done');
    const before = await page.locator('#story-body dossier-mark').count();
    expect(before).toBeGreaterThan(8);
    // The page's own script adds both boxes (in the page's world, as its widgets do after load).
    await page.evaluate(() => (window as unknown as { addLateBoxes(): void }).addLateBoxes());
    await expect.poll(() => page.locator('#late-update dossier-mark').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    // The update and the box were added together and are looked at in one part: the box's turn is past.
    expect(await page.locator('.newsletter-signup dossier-mark').count()).toBe(0);
    expect(await page.locator('#story-body > p dossier-mark').count()).toBeGreaterThanOrEqual(before);
    expect(await markedMentions(page)).toEqual(await cliMentions(page));
    await page.close();
  });
});
