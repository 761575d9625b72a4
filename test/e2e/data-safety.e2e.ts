import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openExtensionPage, pageNamed, startWorld, tabIdOf, waitForDone, type World } from './support';

let world: World;
beforeAll(async () => {
  world = await startWorld();
});
afterAll(async () => {
  await world?.close();
});

const note = (id: string, url: string, quote: string) => ({
  id, url, title: 'T', quote, selectors: [{ type: 'TextQuoteSelector', exact: quote }], text: `note ${id}`, tags: ['t'],
  actorIds: [], claimIds: [], createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z',
});

async function send(page: Page, dossier: string, data: unknown): Promise<{ ok?: unknown; error?: string }> {
  return page.evaluate(
    ([d, x]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: unknown; error?: string }> } } }).chrome.runtime.sendMessage({ dossier: d, data: x }),
    [dossier, data] as const,
  );
}

async function stopServiceWorker(page: Page): Promise<void> {
  const cdp = await world.browser.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('no data loss', () => {
  it('keeps every note saved from several pages at the same moment', async () => {
    const pages = await Promise.all([0, 1, 2, 3].map(() => openExtensionPage(world, 'options.html')));
    const results = await Promise.all(
      pages.flatMap((p, i) => [0, 1, 2, 3, 4].map((j) => send(p, 'saveNote', { note: note(`n-${i}-${j}`, `https://www.rferl.org/a/${i}.html`, `quote ${i} ${j}`) }))),
    );
    expect(results.filter((r) => r.error)).toEqual([]);
    const listed = await send(pages[0]!, 'listNotes', {});
    expect((listed.ok as unknown[]).length).toBeGreaterThanOrEqual(20);
    await Promise.all(pages.map((p) => p.close()));
  });

  it('loses nothing acknowledged when the service worker is stopped, and keeps the tab’s dossier', async () => {
    const ext = await openExtensionPage(world, 'options.html');
    const ack = await send(ext, 'saveNote', { note: note('survivor', 'https://www.rferl.org/a/survivor.html', 'a quote that must survive') });
    expect(ack.error).toBeUndefined();
    const demo = pageNamed(world, 'seed-004');
    const page = await world.browser.context.newPage();
    await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
    await waitForDone(page);
    const tabId = await tabIdOf(world, demo.url);
    await stopServiceWorker(ext);
    // The next message wakes a new worker, which must find everything.
    const listed = await send(ext, 'listNotes', { text: 'survive' });
    expect((listed.ok as { id: string }[]).map((n) => n.id)).toContain('survivor');
    const dossier = await send(ext, 'getTabDossier', { tabId });
    expect((dossier.ok as { analysis: { figures: unknown[] } }).analysis.figures.length).toBeGreaterThan(5);
    await page.close();
    await ext.close();
  });

  it('refuses messages of unexpected shape at the boundary, and changes nothing', async () => {
    const ext = await openExtensionPage(world, 'options.html');
    const before = (await send(ext, 'getCounts', {})).ok as { notes: number };
    for (const [type, data, refusal] of [
      ['saveNote', { note: { id: 'x' } }, /^malformed message refused$/],
      ['saveNote', { note: { ...note('big', 'https://www.rferl.org/a/x', 'q'), text: 'x'.repeat(30_000) } }, /^malformed message refused$/],
      ['analyzePage', { url: 42 }, /^malformed message refused$/],
      ['getTabDossier', { tabId: 'one' }, /^malformed message refused$/],
      ['noSuchMessage', {}, /^malformed message refused$/],
      ['importBackup', { content: '{"format":"dossier-backup","version":99}' }, /backup version \d+, the file is version 99/],
    ] as const) {
      const r = await send(ext, type, data);
      // An answer that is a refusal: no answer at all, or an `ok`, fails here.
      expect(r, `${type}`).toBeDefined();
      expect(r, `${type}`).not.toHaveProperty('ok');
      expect(r.error, `${type}`).toMatch(refusal);
    }
    const after = (await send(ext, 'getCounts', {})).ok as { notes: number };
    expect(after.notes).toBe(before.notes);
    await ext.close();
  });
});
