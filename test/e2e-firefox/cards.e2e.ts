import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage, startFirefox, type FirefoxWorld } from './support';

let world: FirefoxWorld;
beforeAll(async () => {
  world = await startFirefox();
});
afterAll(async () => {
  await world?.close();
});

// The cards are the page UI, a second script the background injects on first need
// (lib/content/README.md): Firefox's scripting API and content-script sandbox must carry it too.
describe('hover cards in Firefox', () => {
  it('loads the card UI on the first hover of a mark and opens that mark’s card', async () => {
    const { page } = await readPage(world, 'seed-004');
    // Nothing of the card UI is in the page before it is needed.
    expect(await page.$$('>>> .card')).toHaveLength(0);
    await page.hover('dossier-mark[data-kind="actor"][data-actor-id="islamic-state"]');
    const card = await page.locator('>>> .card[role="dialog"]').waitHandle();
    await expect.poll(() => card.evaluate((c) => c.textContent)).toContain('Islamic State');
    await page.close();
  });

  it('opens a figure’s card from the keyboard (focus, then Enter) and closes it with Escape', async () => {
    const { page } = await readPage(world, 'seed-004');
    await page.focus('dossier-mark[data-kind="figure"]');
    await page.keyboard.press('Enter');
    const card = await page.locator('>>> .card[role="dialog"]').waitHandle();
    expect(await card.evaluate((c) => c.textContent)).toMatch(/exactly|between|or more/);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await page.$$('>>> .card[role="dialog"]')).length).toBe(0);
    await page.close();
  });
});
