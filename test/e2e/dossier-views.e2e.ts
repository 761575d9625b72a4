import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, articlePage, axeSeriousViolations, openExtensionPage, pageNamed, startWorld, tabIdOf, waitForDone, type World } from './support';

// Two seed articles that disagree, read in order: Steppe Dispatch (2014-11-25) says "more than
// 300 citizens" are fighting abroad; Tengrinews, read second, says "around 250".
let world: World;
let first: { page: Page; tabId: number };
let second: { page: Page; tabId: number };

async function read(name: string): Promise<{ page: Page; tabId: number }> {
  const demo = pageNamed(world, name);
  const page = await world.browser.context.newPage();
  await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
  expect((await waitForDone(page)).state).toBe('done');
  return { page, tabId: await tabIdOf(world, demo.url) };
}

// Two reports of one blast that disagree on two figures (the toll and the arrests).
const blast = [
  articlePage('blast-a', 'https://www.rferl.org/a/osh-market-blast/3.html', 'RFE/RL', '2023-05-02', 'Osh blast', [
    'OSH -- At least 12 people were killed and 40 people were injured in an explosion at a market in Osh on May 1, officials said. Police detained 25 suspects after the blast in Osh.',
  ]),
  articlePage('blast-b', 'https://www.azattyq.org/a/osh-market-explosion/4.html', 'Azattyq', '2023-05-03', 'Osh market explosion: the city administration gives its own count of the dead and of the suspects detained', [
    'The explosion at a market in Osh on May 1 killed 4 people and injured 9 people, the city administration said. Police in Osh detained 3 suspects on May 1.',
  ]),
];

// A section front on a supported site: headlines and links, no article for the content script to
// read. And an article on a supported site the reader switched off, which Dossier never reads.
const fronts = [
  {
    name: 'front',
    url: 'https://www.rferl.org/z/section-front',
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>RFE/RL section front</title></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/z/section-front">Central Asia</a></nav></header>
<main><ul class="headlines"><li><a href="/a/1.html">Headline one</a></li><li><a href="/a/2.html">Headline two</a></li></ul></main>
<footer>© RFE/RL</footer></body></html>`,
  },
  articlePage('switched-off', 'https://kursiv.media/a/osh-blast.html', 'Kursiv', '2023-05-03', 'An article on a site switched off', [
    'At least 12 people were killed in an explosion at a market in Osh on May 1, officials said.',
  ]),
];

beforeAll(async () => {
  world = await startWorld([...blast, ...fronts]);
  first = await read('seed-001');
  second = await read('seed-000');
});
afterAll(async () => {
  await world?.close();
});

const disagreements = (page: Page): Promise<Record<string, string>[]> =>
  page.$$eval('[data-testid="disagreement"]', (els) =>
    els.map((e) => Object.fromEntries(['data-kind', 'data-figure', 'data-value', 'data-other-value', 'data-other-source'].map((a) => [a, e.getAttribute(a) ?? '']))),
  );

/** The open card's box, and the boxes of its conflict mark and the mark's sentence, in the page. */
function cardGeometry(page: Page): Promise<{ card: { top: number; bottom: number; left: number; right: number; height: number }; boxes: { top: number; bottom: number; left: number; right: number }[] }> {
  return page.evaluate(() => {
    const m = document.querySelector('dossier-mark[data-disagreement="conflict"]')!;
    // The sentence of the mark: from the end of the previous sentence to the end of this one.
    const p = m.closest('p')!;
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const text = nodes.map((n) => n.data).join('');
    const at = text.indexOf(m.textContent!);
    const from = text.lastIndexOf('. ', at) + 2;
    const to = text.indexOf('.', at + m.textContent!.length) + 1;
    const locate = (off: number): [Text, number] => {
      let acc = 0;
      for (const n of nodes) {
        if (off <= acc + n.data.length) return [n, off - acc];
        acc += n.data.length;
      }
      return [nodes[nodes.length - 1]!, nodes[nodes.length - 1]!.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(from));
    range.setEnd(...locate(to));
    const c = document.querySelector('dossier-ui')!.shadowRoot!.querySelector('.card')!.getBoundingClientRect();
    const boxes = [...range.getClientRects(), ...m.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right }));
    return { card: { top: c.top, bottom: c.bottom, left: c.left, right: c.right, height: c.height }, boxes };
  });
}

describe('the side panel', () => {
  it('shows the second tab’s disagreement with the first, with incidents and a filter over actors and figures', async () => {
    const panel = await openExtensionPage(world, `sidepanel.html?tabId=${second.tabId}`);
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.waitForSelector('[data-testid="disagreement"]');
    const shown = await disagreements(panel);
    const c = shown.find((d) => d['data-kind'] === 'conflict' && d['data-other-source'] === 'Steppe Dispatch');
    expect(c, JSON.stringify(shown)).toBeDefined();
    expect(c!['data-figure']).toContain('around 250');
    expect(c!['data-value']).toBe('250');
    expect(c!['data-other-value']).toBe('300');
    // Order: disagreements, then incidents, then actors and figures (joined once the first data is painted).
    await panel.waitForSelector('#figures-h');
    const order = await panel.$$eval('h3[id]', (hs) => hs.map((h) => h.id));
    expect(order.indexOf('conflicts-h')).toBeLessThan(order.indexOf('related-h'));
    expect(order.indexOf('related-h')).toBeLessThan(order.indexOf('actors-h'));
    expect(order.indexOf('actors-h')).toBeLessThan(order.indexOf('figures-h'));
    // The filter covers actors and figures.
    const actorsBefore = await panel.locator('[data-testid="actor-list"] li').count();
    await panel.fill('[data-testid="dossier-filter"]', 'Satpayev');
    await expect.poll(() => panel.locator('[data-testid="actor-list"] li').count()).toBeLessThan(actorsBefore);
    expect(await panel.locator('[data-testid="actor-list"] li').allTextContents()).toEqual([expect.stringContaining('Satpayev')]);
    await panel.fill('[data-testid="dossier-filter"]', '');
    // Every section folds: its heading is the toggle.
    await panel.click('#related-h');
    expect(await panel.locator('[data-testid="incident-list"] details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await panel.click('#related-h');
    await panel.screenshot({ path: join(SCREENSHOTS, 'sidepanel.png') });
    expect(await axeSeriousViolations(panel)).toEqual([]);
    await panel.close();
  });

  it('is declared in the manifest, and follows the active tab when no tab is given', async () => {
    const panel = await openExtensionPage(world, 'sidepanel.html');
    const manifest = (await panel.evaluate('chrome.runtime.getManifest()')) as { side_panel?: { default_path: string } };
    expect(manifest.side_panel?.default_path).toBe('sidepanel.html');
    // The panel's own tab is active now: no page dossier.
    await panel.waitForSelector('[data-testid="no-dossier"]');
    await first.page.bringToFront();
    await expect.poll(() => panel.locator('h2.page-title').textContent(), { timeout: 10_000 }).toContain('300 citizens');
    await second.page.bringToFront();
    await expect.poll(() => panel.locator('[data-testid="disagreement"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await panel.close();
  });
});

describe('the popup as the quick view', () => {
  it('fits in 600 px at 420x600, disagreements first, with a control that opens the side panel', async () => {
    const popup = await openExtensionPage(world, `popup.html?tabId=${second.tabId}`);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('[data-testid="disagreement"]');
    await popup.waitForSelector('[data-count="claims"]');
    const height = await popup.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
    expect(height).toBeLessThanOrEqual(600);
    expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
    const first = await popup.$eval('main', (m) => m.querySelector('section')?.getAttribute('class'));
    expect(first).toContain('disagreements');
    expect(await popup.locator('[data-testid="open-sidepanel"]').isVisible()).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-quick-view.png') });
    expect(await axeSeriousViolations(popup)).toEqual([]);
    // "Open side panel" opens the browser's side panel (a target of its own, not a tab).
    const cdp = await world.browser.context.newCDPSession(popup);
    const panels = async (): Promise<number> =>
      ((await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] }).targetInfos.filter((t) => t.url.endsWith('/sidepanel.html')).length;
    expect(await panels()).toBe(0);
    await popup.click('[data-testid="open-sidepanel"]');
    await expect.poll(panels, { timeout: 10_000 }).toBe(1);
    await cdp.detach();
    await popup.close();
  });

  it('stays within 600 px with several disagreements and a long title: the first drawn whole, the next in a line each', async () => {
    await read('blast-a');
    const b = await read('blast-b');
    const popup = await openExtensionPage(world, `popup.html?tabId=${b.tabId}`);
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.waitForSelector('[data-testid="disagreement"]');
    await popup.waitForSelector('[data-count="claims"]');
    const shown = await disagreements(popup);
    expect(shown.length, JSON.stringify(shown)).toBeGreaterThanOrEqual(2);
    expect(shown.every((d) => d['data-other-source'] === 'RFE/RL')).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-several.png'), fullPage: true });
    const height = await popup.evaluate(() => Math.max(document.documentElement.scrollHeight, document.body.scrollHeight));
    expect(height).toBeLessThanOrEqual(600);
    expect(await axeSeriousViolations(popup)).toEqual([]);
    await popup.close();
    await b.page.close();
  });

  it('draws a number line with an axis of at least three numeric labels and a text alternative', async () => {
    const popup = await openExtensionPage(world, `popup.html?tabId=${second.tabId}`);
    await popup.waitForSelector('[data-testid="number-line"]');
    const line = await popup.$eval('[data-testid="number-line"]', (el) => ({
      labels: [...el.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((t) => /^-?[\d.,]+[KMB%]?$/.test(t.trim())),
      rows: [...el.querySelectorAll('svg .nl-label')].map((t) => t.textContent),
      arrows: el.querySelectorAll('svg polygon.nl-bar').length,
      caption: el.querySelector('figcaption')?.textContent ?? '',
    }));
    expect(line.labels.length).toBeGreaterThanOrEqual(3);
    expect(line.rows).toEqual(['This page', 'Steppe Dispatch']);
    // "More than 300" is open-ended: its bar ends in an arrow.
    expect(line.arrows).toBeGreaterThanOrEqual(1);
    expect(line.caption).toContain('301 or more');
    expect(line.caption).toContain('between 225 and 275');
    await popup.close();
  });
});

describe('reading by keyboard', () => {
  it('puts one mark in the tab order; j / k and the arrows move between marks; Escape returns to the mark', async () => {
    const page = second.page;
    await page.bringToFront();
    const inOrder = await page.$$eval('dossier-mark', (ms) => ms.filter((m) => (m as HTMLElement).tabIndex >= 0).length);
    expect(inOrder).toBe(1);
    const total = await page.locator('dossier-mark[data-index]').count();
    expect(total).toBeGreaterThan(10);
    await page.locator('dossier-mark[tabindex="0"]').focus();
    const at = (): Promise<string | null> => page.evaluate(() => (document.activeElement?.localName === 'dossier-mark' ? document.activeElement.getAttribute('data-index') + '|' + document.activeElement.textContent : null));
    const start = await at();
    expect(start).not.toBeNull();
    await page.keyboard.press('j');
    const next = await at();
    expect(next).not.toBeNull();
    expect(next).not.toBe(start);
    await page.keyboard.press('k');
    expect(await at()).toBe(start);
    await page.keyboard.press('ArrowRight');
    expect(await at()).toBe(next);
    // Still one tab stop: the focused mark.
    expect(await page.$$eval('dossier-mark', (ms) => ms.filter((m) => (m as HTMLElement).tabIndex >= 0).map((m) => m === document.activeElement))).toEqual([true]);
    // Each mark has an accessible name that says what it is.
    const name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(name).toMatch(/, (person|organisation|place|figure)/);
    // An actor's name says how many incidents the fact base ties it to.
    await expect
      .poll(() => page.getAttribute('dossier-mark[data-actor-id="kazakhstan"]', 'aria-label'))
      .toMatch(/^Kazakhstan, place, \d+ incidents?$/);
    // Enter opens the card and focuses it; Escape closes it and gives focus back to the mark.
    await page.keyboard.press('Enter');
    const card = page.locator('dossier-ui .card[role="dialog"]');
    await card.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe('dossier-ui');
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    // Focus goes back once the card has unmounted, which may be a task after it left the DOM.
    await expect.poll(at).toBe(next);
  });

  it('declares commands for the next disagreement and the dossier, and the next-disagreement message focuses a disagreeing figure', async () => {
    const ext = await openExtensionPage(world, 'options.html');
    const commands = (await ext.evaluate('chrome.runtime.getManifest().commands')) as Record<string, { description?: string }>;
    expect(Object.keys(commands)).toEqual(expect.arrayContaining(['next-disagreement', 'open-dossier']));
    expect(commands['next-disagreement']!.description).toMatch(/disagreement/);
    await ext.evaluate(`chrome.tabs.sendMessage(${second.tabId}, { dossierTab: 'focusDisagreement', data: {} })`);
    await expect
      .poll(() => second.page.evaluate(() => document.activeElement?.getAttribute('data-disagreement')))
      .toBe('conflict');
    expect(await second.page.evaluate(() => document.activeElement?.textContent)).toContain('around 250');
    await ext.close();
  });
});

describe('cards', () => {
  it('keeps a conflict card at most 360 px tall and clear of its mark and sentence', async () => {
    const page = second.page;
    await page.bringToFront();
    await page.keyboard.press('Escape');
    const mark = page.locator('dossier-mark[data-disagreement="conflict"]').first();
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    const card = page.locator('dossier-ui .card[role="dialog"]');
    await card.waitFor();
    await card.locator('[data-testid="number-line"]').waitFor();
    const geometry = await cardGeometry(page);
    expect(geometry.card.height).toBeLessThanOrEqual(360);
    const overlaps = geometry.boxes.filter((b) => b.left < geometry.card.right && b.right > geometry.card.left && b.top < geometry.card.bottom && b.bottom > geometry.card.top);
    expect(overlaps, JSON.stringify(geometry)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'conflict-card.png') });
    // Pinned by a click, it follows its mark when the page scrolls.
    await mark.click();
    await page.evaluate(() => window.scrollBy(0, 80));
    await expect
      .poll(async () => {
        const g = await cardGeometry(page);
        return g.boxes.filter((b) => b.left < g.card.right && b.right > g.card.left && b.top < g.card.bottom && b.bottom > g.card.top).length;
      })
      .toBe(0);
    // Details expand inside the card.
    await card.locator('summary').first().click();
    expect(await card.locator('details').first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await axeSeriousViolations(page, { include: [{ fromShadowDom: ['dossier-ui', '.card'] }] })).toEqual([]);
    await page.mouse.click(5, 5);
    await card.waitFor({ state: 'detached' });
  });

  it('opens no card while the reader drags out a selection across marks', async () => {
    const page = second.page;
    const boxes = await page.$$eval('dossier-mark[data-kind="actor"]', (ms) =>
      ms.slice(0, 6).map((m) => {
        const r = m.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }),
    );
    const p = await page.locator('dossier-mark[data-kind="actor"]').first().evaluate((m) => {
      const r = m.closest('p')!.getBoundingClientRect();
      return { x: r.left + 2, y: r.top + 8 };
    });
    await page.mouse.move(p.x, p.y);
    await page.mouse.down();
    for (const b of boxes) await page.mouse.move(b.x, b.y, { steps: 4 });
    const during = await page.locator('dossier-ui .card[role="dialog"]').count();
    await page.mouse.up();
    expect(during).toBe(0);
    expect(await page.evaluate(() => document.getSelection()?.toString().length ?? 0)).toBeGreaterThan(0);
    await page.mouse.click(5, 5);
  });
});

describe('a page with no article text', () => {
  it('says so in the popup and the side panel, apart from a page Dossier did not read', async () => {
    const front = await world.browser.context.newPage();
    await front.goto(pageNamed(world, 'front').url, { waitUntil: 'domcontentloaded' });
    expect(await waitForDone(front)).toMatchObject({ state: 'done', actors: 0, figures: 0 });
    const frontTab = await tabIdOf(world, pageNamed(world, 'front').url);
    // The side panel first: it follows the tab's dossier, which the pass reports just after it is done.
    for (const view of ['sidepanel', 'popup']) {
      const shown = await openExtensionPage(world, `${view}.html?tabId=${frontTab}`);
      await shown.waitForSelector('[data-testid="no-article-text"]');
      expect(await shown.textContent('[data-testid="no-article-text"]'), view).toContain('No article text on this page');
      expect(await shown.locator('[data-testid="no-dossier"]').count(), view).toBe(0);
      await shown.close();
    }
    // A site switched off: the content script never reads its pages, so the tab is "not annotated".
    const settings = await openExtensionPage(world, 'options.html');
    await settings.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ siteSettings: { 'kursiv.media': { annotate: false } } }));
    const off = await world.browser.context.newPage();
    await off.goto(pageNamed(world, 'switched-off').url, { waitUntil: 'load' });
    const offTab = await tabIdOf(world, pageNamed(world, 'switched-off').url);
    expect(await off.locator('dossier-ui').count()).toBe(0);
    for (const view of ['popup', 'sidepanel']) {
      const shown = await openExtensionPage(world, `${view}.html?tabId=${offTab}`);
      await shown.waitForSelector('[data-testid="no-dossier"]');
      expect(await shown.locator('[data-testid="no-article-text"]').count(), view).toBe(0);
      await shown.close();
    }
    await settings.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('siteSettings'));
    await settings.close();
    await off.close();
    await front.close();
  });
});

describe('a tab that moves on to another page', () => {
  it('drops the last article\'s dossier: the popup does not show it for a page Dossier did not read', async () => {
    const tab = await read('blast-a');
    const before = await openExtensionPage(world, `popup.html?tabId=${tab.tabId}`);
    await before.waitForSelector('[data-testid="page-summary"]');
    await before.close();
    // The same tab goes on to an article of a site the reader switched off: nothing reads it.
    const settings = await openExtensionPage(world, 'options.html');
    await settings.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ siteSettings: { 'kursiv.media': { annotate: false } } }));
    await tab.page.goto(pageNamed(world, 'switched-off').url, { waitUntil: 'load' });
    expect(await tabIdOf(world, pageNamed(world, 'switched-off').url)).toBe(tab.tabId);
    for (const view of ['popup', 'sidepanel']) {
      const shown = await openExtensionPage(world, `${view}.html?tabId=${tab.tabId}`);
      await shown.waitForSelector('[data-testid="no-dossier"]');
      expect(await shown.locator('[data-testid="page-summary"]').count(), view).toBe(0);
      await shown.close();
    }
    await settings.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }).chrome.storage.local.remove('siteSettings'));
    await settings.close();
    await tab.page.close();
  });
});
