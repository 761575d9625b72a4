import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, articlePage, axeSeriousViolations, openExtensionPage, pageNamed, startWorld, tabIdOf, waitForDone, type World } from './support';

// Three reports of one attack that the bundled fact base does not know, from three outlets.
const pages = [
  articlePage('report-a', 'https://www.rferl.org/a/bishkek-market-blast/1.html', 'RFE/RL', '2023-04-11', 'Blast at Bishkek market', [
    'BISHKEK -- At least 6 people were killed in an explosion at the Osh Bazaar market in Bishkek on April 10, officials said.',
    'The Interior Ministry said 14 people were injured.',
  ]),
  articlePage('report-b', 'https://www.azattyq.org/a/bishkek-bazaar-explosion/2.html', 'Azattyq', '2023-04-12', 'Bishkek bazaar explosion toll', [
    'The explosion at a market in Bishkek on April 10 killed 3 people, according to the city administration.',
  ]),
  articlePage('report-c', 'https://timesca.com/news/bishkek-blast-toll-rises/', 'Times of Central Asia', '2023-04-14', 'Bishkek blast toll rises', [
    'The death toll from the explosion in Bishkek has risen to 9 from 6, the Health Ministry said on April 13.',
  ]),
  // Three reports of one mine blast, for the incident view.
  articlePage('mine-a', 'https://www.rferl.org/a/karaganda-mine-blast/10.html', 'RFE/RL', '2023-06-02', 'Mine blast near Karaganda', [
    'KARAGANDA -- Five miners were killed in an explosion at a coal mine near Karaganda on June 1, the Emergencies Ministry said.',
  ]),
  articlePage('mine-b', 'https://www.azattyq.org/a/karaganda-mine-owner-toll/11.html', 'Azattyq', '2023-06-03', 'Mine owner gives toll', [
    'The explosion at the coal mine near Karaganda on June 1 killed seven people, the mine’s owner said.',
  ]),
  articlePage('mine-c', 'https://timesca.com/news/karaganda-mine-toll-rises/', 'Times of Central Asia', '2023-06-05', 'Karaganda mine toll rises', [
    'The death toll from the mine explosion near Karaganda on June 1 has risen to eight, the Emergencies Ministry said.',
  ]),
];

let world: World;
beforeAll(async () => {
  world = await startWorld(pages);
});
afterAll(async () => {
  await world?.close();
});

async function read(name: string): Promise<{ page: Page; tabId: number }> {
  const demo = pageNamed(world, name);
  const page = await world.browser.context.newPage();
  await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
  expect((await waitForDone(page)).state).toBe('done');
  return { page, tabId: await tabIdOf(world, demo.url) };
}

async function popupFor(tabId: number): Promise<Page> {
  const popup = await openExtensionPage(world, `popup.html?tabId=${tabId}`);
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.waitForSelector('#conflicts-h', { timeout: 5000 }).catch(async (e) => {
    throw new Error(`${(e as Error).message}: ${(await popup.textContent('body'))?.slice(0, 400)}`);
  });
  return popup;
}

const conflicts = (popup: Page): Promise<{ kind: string; text: string }[]> =>
  popup.$$eval('[data-testid="disagreement"]', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', text: e.textContent ?? '' })));

describe('the popup across pages read in sequence', () => {
  it('shows the second page’s disagreement with the first, side by side', async () => {
    await read('report-a');
    const { tabId } = await read('report-b');
    const popup = await popupFor(tabId);
    const shown = await conflicts(popup);
    const c = shown.find((x) => x.kind === 'conflict' && x.text.includes('RFE/RL'));
    expect(c, JSON.stringify(shown)).toBeDefined();
    expect(c!.text).toContain('killed 3 people');
    expect(c!.text).toContain('At least 6 people');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-conflict.png'), fullPage: true });
    expect(await axeSeriousViolations(popup)).toEqual([]);
    // The toolbar badge counts the page's figures in conflict.
    const badge = await popup.evaluate(
      (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
      tabId,
    );
    expect(badge).toBe('1');
    await popup.close();
  });

  it('records a figure the outlet changed since the last visit as its update, not a conflict with itself', async () => {
    const demo = pageNamed(world, 'report-a');
    world.site.put({ ...demo, html: demo.html.replace('At least 6 people were killed', 'At least 8 people were killed') });
    try {
      const { tabId } = await read('report-a');
      const popup = await popupFor(tabId);
      const shown = await conflicts(popup);
      expect(shown.some((x) => x.kind === 'update' && x.text.includes('Updated by the outlet')), JSON.stringify(shown)).toBe(true);
      // Its own earlier figure is an update by the outlet, never a conflict.
      expect(shown.filter((x) => x.kind === 'conflict' && x.text.includes('At least 6 people'))).toEqual([]);
      await popup.close();
    } finally {
      world.site.put(demo);
    }
  });

  it('calls a stated rise in the toll an update, not a conflict', async () => {
    const { tabId } = await read('report-c');
    const popup = await popupFor(tabId);
    const shown = await conflicts(popup);
    expect(shown.some((x) => x.kind === 'update'), JSON.stringify(shown)).toBe(true);
    expect(shown.filter((x) => x.kind === 'conflict' && x.text.includes('RFE/RL'))).toEqual([]);
    await popup.close();
  });

  it('shows the seed articles’ own disagreement about Kazakh fighters abroad, and the stated update', async () => {
    const first = await read('seed-000');
    const popup = await popupFor(first.tabId);
    const shown = await conflicts(popup);
    expect(shown.some((x) => x.kind === 'conflict' && x.text.includes('around 250') && x.text.includes('More than 300')), JSON.stringify(shown)).toBe(true);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-seed-000.png'), fullPage: true });
    await popup.close();
    const second = await read('seed-001');
    const popup2 = await popupFor(second.tabId);
    const shown2 = await conflicts(popup2);
    expect(shown2.some((x) => x.kind === 'update' && x.text.includes('1,500')), JSON.stringify(shown2)).toBe(true);
    expect(shown2.filter((x) => x.kind === 'conflict' && x.text.includes('1,500'))).toEqual([]);
    await popup2.close();
  });

  it('does not count a page read twice twice', async () => {
    const counts = async (): Promise<number> => {
      const p = await openExtensionPage(world, 'popup.html');
      await p.waitForSelector('[data-count="claims"]');
      const n = Number(await p.textContent('[data-count="claims"]'));
      await p.close();
      return n;
    };
    const before = await counts();
    const { page } = await read('report-a');
    await page.reload();
    await waitForDone(page);
    expect(await counts()).toBe(before);
  });

  it('scrolls the page to a figure clicked in the popup and flashes it', async () => {
    const { page, tabId } = await read('seed-004');
    // The page's figures are listed in the side panel (the popup is the quick view).
    const popup = await openExtensionPage(world, `sidepanel.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="figure-list"] li');
    await popup.locator('[data-testid="figure-list"] li button').nth(3).click();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-kind'))).toBe('figure');
    await popup.close();
  });

  it('shows the incident view: low, best and high across sources with the claimants, its own page, and a CSV of every figure', async () => {
    await read('mine-a');
    await read('mine-b');
    const { tabId } = await read('mine-c');
    const panel = await openExtensionPage(world, `sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('[data-testid="incident-summary"] tr[data-measure="killed"]');
    const row = await panel.$eval('[data-testid="incident-summary"] tr[data-measure="killed"]', (tr) => ({
      low: tr.getAttribute('data-low'), best: tr.getAttribute('data-best'), high: tr.getAttribute('data-high'), claimants: tr.getAttribute('data-claimants'),
    }));
    // The ministry's 5 was replaced by its own 8; the owner says 7: two claimants, 7 to 8.
    expect(row).toEqual({ low: '7', best: '7.5', high: '8', claimants: '2' });
    const id = await panel.$eval('[data-testid="incident-summary"]', (el) => el.getAttribute('data-incident-id'));
    await panel.close();
    const options = await openExtensionPage(world, `options.html#incident=${encodeURIComponent(id!)}`);
    await options.waitForSelector('[data-testid="incident-page"] [data-testid="incident-summary"]');
    expect(await options.locator('[data-testid="incident-figures"] tbody tr').count()).toBe(3);
    const [download] = await Promise.all([options.waitForEvent('download'), options.click('[data-testid="export-incident-csv"]')]);
    const { readFile } = await import('node:fs/promises');
    const csv = await readFile((await download.path())!, 'utf8');
    const { default: Papa } = await import('papaparse');
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['incident', 'measure', 'value', 'low', 'high', 'claimant', 'outlet', 'date', 'quote', 'url']);
    expect(rows.slice(1).map((r) => r[2]).sort()).toEqual(['5', '7', '8']);
    expect(rows.slice(1).every((r) => r[1] === 'killed' && r[8]!.length > 20)).toBe(true);
    expect(await axeSeriousViolations(options)).toEqual([]);
    await options.close();
  });
});
