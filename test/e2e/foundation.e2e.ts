import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, openExtensionPage, pageNamed, startWorld, tabIdOf, waitForDone, type World } from './support';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('the installed extension', () => {
  it('seeds the fact base from the bundled default, and the popup shows its counts', async () => {
    const popup = await openExtensionPage(world, 'popup.html');
    await popup.waitForSelector('[data-count="actors"]');
    const counts = await popup.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('[data-count]')].map((el) => [el.getAttribute('data-count'), Number(el.textContent)])),
    );
    expect(counts.actors).toBeGreaterThanOrEqual(50);
    expect(counts.incidents).toBeGreaterThanOrEqual(10);
    expect(counts.claims).toBeGreaterThanOrEqual(30);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-counts.png') });
    await popup.close();
  });

  it('annotates a seed article inside its body only, leaving the page text unchanged', async () => {
    const demo = pageNamed(world, 'seed-004');
    const page = await world.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(demo.url);
    const done = await waitForDone(page);
    expect(done.state).toBe('done');
    expect(done.actors).toBeGreaterThan(10);
    expect(done.figures).toBeGreaterThan(5);
    const check = await page.evaluate((html) => {
      const original = new DOMParser().parseFromString(html, 'text/html').body.textContent;
      const marks = [...document.querySelectorAll('dossier-mark')];
      return {
        sameText: document.body.textContent === original,
        marks: marks.length,
        outside: marks.filter((m) => !m.closest('.article-body')).map((m) => m.textContent),
        kinds: [...new Set(marks.map((m) => m.getAttribute('data-kind')))].sort(),
        hosts: document.querySelectorAll('dossier-ui').length,
        // The host's counts are the marked mentions (a mention split over text nodes counts once).
        actorMentions: new Set(marks.filter((m) => /^(actor|unknown)$/.test(m.getAttribute('data-kind') ?? '')).map((m) => m.getAttribute('data-index'))).size,
        figureMentions: new Set(marks.filter((m) => m.getAttribute('data-kind') === 'figure').map((m) => m.getAttribute('data-index'))).size,
        hostIsLast: document.body.lastElementChild?.localName === 'dossier-ui',
      };
    }, demo.html);
    expect(check.sameText).toBe(true);
    expect(check.marks).toBeGreaterThan(15);
    expect(check.outside).toEqual([]);
    expect(check.kinds).toEqual(expect.arrayContaining(['actor', 'figure']));
    expect(check.hosts).toBe(1);
    expect(done.actors).toBe(check.actorMentions);
    expect(done.figures).toBe(check.figureMentions);
    expect(check.hostIsLast).toBe(true);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'seed-004-annotated.png') });

    const tabId = await tabIdOf(world, demo.url);
    // The page's actors are listed in the side panel (the popup is the quick view).
    const popup = await openExtensionPage(world, `sidepanel.html?tabId=${tabId}`);
    await popup.waitForSelector('#actors-h');
    const heading = await popup.textContent('#actors-h');
    expect(heading).toMatch(/Actors on this page \(\d+\)/);
    await popup.screenshot({ path: join(SCREENSHOTS, 'sidepanel-seed-004.png'), fullPage: true });
    await popup.close();
    await page.close();
  });
});
