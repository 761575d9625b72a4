import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, inExtension, openExtensionPage, pageNamed, readPage, startFirefox, tabIdOf, type FirefoxWorld } from './support';

let world: FirefoxWorld;
beforeAll(async () => {
  world = await startFirefox();
});
afterAll(async () => {
  await world?.close();
});

describe('reading the seed articles in Firefox', () => {
  it.each(['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004'])('ends the pass on %s in "done", with marks in the article and the page text unchanged', async (name) => {
    const demo = pageNamed(world, name);
    const { page, pass } = await readPage(world, name);
    // Everything after the pass ran too (the badge, saved highlights, following added text).
    expect(pass).toMatchObject({ state: 'done', error: null, warnings: null });
    expect(pass.actors).toBeGreaterThan(0);
    const check = await page.evaluate((html) => {
      const original = new DOMParser().parseFromString(html, 'text/html').body.textContent;
      const marks = [...document.querySelectorAll('dossier-mark')];
      return {
        sameText: document.body.textContent === original,
        marks: marks.length,
        outside: marks.filter((m) => !m.closest('.article-body')).length,
        kinds: [...new Set(marks.map((m) => m.getAttribute('data-kind')))],
        hosts: document.querySelectorAll('dossier-ui').length,
      };
    }, demo.html);
    expect(check.sameText).toBe(true);
    expect(check.marks).toBeGreaterThan(5);
    expect(check.outside).toBe(0);
    expect(check.kinds).toContain('actor');
    expect(check.hosts).toBe(1);
    await page.close();
  });
});

type Shown = { kind: string; text: string }[];

/**
 * The disagreements the popup (or side panel) at `path` shows, once `wanted` holds for them (the
 * view fills in as its data arrives); gives what was shown last if it never does.
 */
async function shownDisagreements(path: string, wanted: (shown: Shown) => boolean): Promise<Shown> {
  const view = await openExtensionPage(world, path);
  try {
    // Each disagreement shown is a data-testid="disagreement" element (PRODUCT.md).
    const read = (): Promise<Shown> =>
      view.$$eval('[data-testid="disagreement"]', (els) =>
        els.map((e) => ({ kind: e.getAttribute('data-kind') ?? '', text: e.textContent ?? '' })),
      );
    const deadline = Date.now() + 10_000;
    let shown = await read();
    while (!wanted(shown) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      shown = await read();
    }
    return shown;
  } finally {
    await view.close();
  }
}

const fightersConflict = (shown: Shown): boolean => shown.some((x) => x.kind === 'conflict' && x.text.includes('around 250') && x.text.includes('More than 300'));
const statedUpdate = (shown: Shown): boolean => shown.some((x) => x.kind === 'update' && x.text.includes('1,500'));

describe('a disagreement across two seed articles in Firefox', () => {
  it('shows the fighters-abroad conflict on one page and the stated update on the other, and counts the conflict on the badge', async () => {
    const first = await readPage(world, 'seed-000');
    expect(first.pass.state).toBe('done');
    const firstTab = await tabIdOf(world, first.url);
    const shown = await shownDisagreements(`popup.html?tabId=${firstTab}`, fightersConflict);
    expect(fightersConflict(shown), JSON.stringify(shown)).toBe(true);

    const second = await readPage(world, 'seed-001');
    expect(second.pass.state).toBe('done');
    const secondTab = await tabIdOf(world, second.url);
    const shown2 = await shownDisagreements(`popup.html?tabId=${secondTab}`, statedUpdate);
    expect(statedUpdate(shown2), JSON.stringify(shown2)).toBe(true);
    expect(shown2.filter((x) => x.kind === 'conflict' && x.text.includes('1,500'))).toEqual([]);

    // The toolbar badge (action in Manifest V3) counts the first page's figures in conflict.
    const conflicts = await first.page.evaluate(() => document.querySelector('dossier-ui')!.getAttribute('data-conflicts'));
    expect(Number(conflicts)).toBeGreaterThan(0);
    const badge = (): Promise<string> =>
      inExtension(
        world,
        (tabId: number) => (globalThis as unknown as { browser: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).browser.action.getBadgeText({ tabId }),
        firstTab,
      );
    await expect.poll(badge).toBe(conflicts);
    await first.page.close();
    await second.page.close();
  });

  it.runIf(sidebarDeclared())('shows the same disagreement in the sidebar page for the tab', async () => {
    const { page, url } = await readPage(world, 'seed-000');
    const shown = await shownDisagreements(`sidepanel.html?tabId=${await tabIdOf(world, url)}`, fightersConflict);
    expect(fightersConflict(shown), JSON.stringify(shown)).toBe(true);
    await page.close();
  });
});

/** Whether the build declares a sidebar (WXT writes sidebar_action once entrypoints/sidepanel exists). */
function sidebarDeclared(): boolean {
  try {
    return 'sidebar_action' in JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  } catch {
    return false;
  }
}
