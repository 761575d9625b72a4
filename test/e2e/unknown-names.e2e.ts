/**
 * Names the fact base does not know, in the real browser (issue 16, items 6 and 7): a name too
 * unsure to mark is listed under "maybe" in the popup and not marked; the setting that hides
 * unknown names leaves only the fact base's actors marked; adding an actor from a card turns every
 * mark of that name (its short form too) into the actor's at once, and the card then shows what
 * the fact base knows of it, as does the page read again.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DemoPage } from '../../scripts/demo/site';
import { openExtensionPage, startWorld, tabIdOf, waitForDone, type World } from './support';

// Our own words. "Zhanar Omarova" and "Steppe Freight" are names the fact base does not know;
// "Omarova" is her short form; "Corridor" is a word only a heading capitalises (a "maybe").
const page: DemoPage = {
  name: 'unknown-names',
  url: 'https://www.reuters.com/business/steppe-freight-wins-rail-contract-2026-11-30/',
  html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Steppe Freight wins rail contract</title>
<meta property="og:site_name" content="Reuters"><meta property="article:published_time" content="2026-11-30"></head>
<body><main><article><h1>Steppe Freight wins rail contract</h1><div class="article-body">
<p>Zhanar Omarova, the chief executive of Steppe Freight, said on Monday that the company had won a contract to run freight trains between Almaty and Shymkent.</p>
<p>Omarova said the first trains would run in March, and that the company would hire about 400 drivers and engineers for the route.</p>
<h2>Northern Grain Corridor Talks</h2>
<p>The contract was signed in Astana after months of talks. Omarova told reporters that the company expected to carry more than two million tonnes of grain a year.</p>
<p>Officials in Astana said the deal would cut the cost of moving grain to the south of Kazakhstan by a fifth.</p>
</div></article></main></body></html>`,
};

let world: World;
beforeAll(async () => {
  world = await startWorld([page]);
});
afterAll(async () => {
  await world?.close();
});

async function openArticle(): Promise<Page> {
  const tab = await world.browser.context.newPage();
  await tab.goto(page.url, { waitUntil: 'domcontentloaded' });
  expect((await waitForDone(tab)).state).toBe('done');
  return tab;
}

/** Each name mark's text with its kind ("Almaty:actor"), in page order. */
function nameMarks(tab: Page): Promise<string[]> {
  return tab.evaluate(() => Array.from(document.querySelectorAll('dossier-mark[data-kind="actor"], dossier-mark[data-kind="unknown"]')).map((m) => `${m.textContent}:${m.getAttribute('data-kind')}`));
}

async function setShowUnknownNames(on: boolean): Promise<void> {
  const options = await openExtensionPage(world, 'options.html');
  const box = options.getByTestId('show-unknown-names');
  await box.waitFor();
  if ((await box.isChecked()) !== on) await box.click();
  await expect.poll(() => box.isChecked()).toBe(on);
  await options.close();
}

describe('names the fact base does not know', () => {
  it('lists a name too unsure to mark under "maybe" in the popup, and marks the sure ones', async () => {
    const tab = await openArticle();
    const marks = await nameMarks(tab);
    expect(marks).toContain('Zhanar Omarova:unknown');
    expect(marks).toContain('Almaty:actor');
    expect(marks.some((m) => m.startsWith('Corridor'))).toBe(false);
    const popup = await openExtensionPage(world, `popup.html?tabId=${await tabIdOf(world, page.url)}`);
    const maybe = popup.getByTestId('maybe-names');
    await maybe.waitFor();
    expect(await maybe.textContent()).toContain('Corridor');
    await popup.close();
    await tab.close();
  });

  it('marks only the fact base\'s actors while the setting hides unknown names', async () => {
    await setShowUnknownNames(false);
    try {
      const tab = await openArticle();
      const marks = await nameMarks(tab);
      expect(marks).toContain('Almaty:actor');
      expect(marks.filter((m) => m.endsWith(':unknown'))).toEqual([]);
      // The side panel lists the page's actors: the fact base's only, and no "maybe".
      const panel = await openExtensionPage(world, `sidepanel.html?tabId=${await tabIdOf(world, page.url)}`);
      await expect.poll(() => panel.locator('[data-testid="actor-list"] li').count()).toBeGreaterThan(0);
      const listed = await panel.locator('[data-testid="actor-list"] li').allTextContents();
      expect(listed.some((t) => t.includes('Almaty'))).toBe(true);
      expect(listed.some((t) => /Omarova|Steppe Freight/.test(t))).toBe(false);
      expect(await panel.getByTestId('maybe-names').count()).toBe(0);
      await panel.close();
      await tab.close();
    } finally {
      await setShowUnknownNames(true);
    }
  });

  it('adding an actor from a card turns every mark of the name into the actor at once, and the card shows the fact base\'s actor', async () => {
    const tab = await openArticle();
    const ofName = (): Promise<{ unknown: number; actor: number; ids: string[] }> =>
      tab.evaluate(() => {
        const marks = Array.from(document.querySelectorAll<HTMLElement>('dossier-mark[data-index]')).filter((m) => /^(Zhanar )?Omarova$/.test(m.textContent ?? ''));
        return {
          unknown: marks.filter((m) => m.dataset.kind === 'unknown').length,
          actor: marks.filter((m) => m.dataset.kind === 'actor').length,
          ids: [...new Set(marks.map((m) => m.dataset.actorId ?? ''))],
        };
      });
    // The full name and her two short forms.
    expect(await ofName()).toEqual({ unknown: 3, actor: 0, ids: [''] });
    await tab.hover('dossier-mark[data-kind="unknown"]:text-is("Zhanar Omarova")');
    const card = tab.locator('dossier-ui .card[role="dialog"]');
    await card.waitFor();
    await card.locator('select').selectOption('person');
    await card.getByRole('button', { name: 'Add to fact base' }).click();
    // One snapshot of the page: once one mark is the actor's, every mark of the name is.
    await expect.poll(async () => {
      const now = await ofName();
      return now.actor === 0 ? 'not yet' : now;
    }).toMatchObject({ unknown: 0, actor: 3 });
    const { ids } = await ofName();
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toBe('');
    // The open card is now the fact base's card of the actor.
    await expect.poll(() => card.locator('h2').textContent()).toBe('Zhanar Omarova');
    expect(await card.locator('.kind').textContent()).toMatch(/person/i);
    expect(await card.textContent()).not.toContain('not in the fact base');
    await tab.close();
    // Read again, the page marks her full name as the fact base's actor from the start. (Her
    // short form "Omarova" is then an unknown name again: the engine links a short form to an
    // unknown full name on the page, not yet to a fact-base actor's.)
    const again = await openArticle();
    expect((await nameMarks(again)).filter((m) => m.startsWith('Zhanar Omarova'))).toEqual(['Zhanar Omarova:actor']);
    await again.close();
  });
});
