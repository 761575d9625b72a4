/**
 * One engine: the extension and the command line give the same analysis for the same page. Each
 * fixture page (the seeds, the real publisher pages, pages of other layouts) is read in a real
 * Chromium in order, and the tab's dossier — what the popup shows — is compared with what the
 * command line's pipeline (`runPage`, as `npm run annotate -- --json` runs it) gives for the same
 * markup read in the same order against the same bundled fact base.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import type { PageResult } from '../../lib/engine/types';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import type { DemoPage } from '../../scripts/demo/site';
import { openExtensionPage, startWorld, tabIdOf, waitForDone, type World } from './support';

const LAYOUTS = join(__dirname, '../fixtures/layouts');
const layoutPages: DemoPage[] = [
  { name: 'layout-aljazeera', url: 'https://www.aljazeera.com/news/2011/11/13/gunmen-kill-four-in-attack-on-police-post-in-taraz', html: readFileSync(join(LAYOUTS, 'aljazeera-style.html'), 'utf8') },
  { name: 'layout-list-center', url: 'http://www.inform.kz/en/detentions-by-city_a1', html: readFileSync(join(LAYOUTS, 'list-and-center.html'), 'utf8') },
];

type Analysis = Omit<PageResult, 'text'>;

/** The parts of an analysis that must be equal: every figure, claim, disagreement and incident. */
function comparable(a: Analysis) {
  return {
    source: { title: a.source.title, publishedAt: a.source.publishedAt, outlet: a.source.outlet, sourceId: a.source.sourceId },
    actors: a.actors.map((x) => `${x.start}-${x.end} ${x.text} ${x.type} ${x.actorId ?? '?'}`),
    figures: a.figures.map((f) => ({ text: f.text, start: f.start, end: f.end, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit, predicate: f.predicate })),
    claims: a.claims.map((c) => ({ id: c.id, figure: c.figure, predicate: c.predicate, role: c.role, incident: c.incident, key: c.key, value: c.value, claimant: c.claimant, quote: c.quote })),
    conflicts: a.conflicts.map((c) => ({ kind: c.kind, claim: c.claim, other: c.other.value, otherClaim: c.other.claimId, otherSource: c.other.source })),
    incidents: a.incidents.map((i) => ({ id: i.id, measures: i.measures })),
  };
}

let world: World;
beforeAll(async () => {
  world = await startWorld(layoutPages);
});
afterAll(async () => {
  await world?.close();
});

describe('the extension and the command line on the same pages, read in the same order', () => {
  it('give the same figures, claims, disagreements and incidents for every page', async () => {
    const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
    const parse = (h: string): Document => parseHTML(h).document as unknown as Document;
    const order = world.pages;
    expect(order.length).toBeGreaterThanOrEqual(11);
    const ext = await openExtensionPage(world, 'options.html');
    let pagesWithMarks = 0;
    for (const demo of order) {
      const page = await world.browser.context.newPage();
      await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
      const done = await waitForDone(page);
      expect(done.state, demo.name).toBe('done');
      if (done.actors + done.figures > 0) pagesWithMarks++;
      const tabId = await tabIdOf(world, demo.url);
      const dossier = (await ext.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok?: { analysis: unknown } }> } } }).chrome;
        return (await api.runtime.sendMessage({ dossier: 'getTabDossier', data: { tabId: id } })).ok;
      }, tabId)) as { analysis: Analysis | null } | null;
      expect(dossier?.analysis, demo.name).toBeTruthy();
      const cli = await runPage({ content: demo.html, url: demo.url, contentType: 'html' }, demo.url, parse, fb);
      const { text: _text, ...cliAnalysis } = cli;
      expect(comparable(dossier!.analysis!), demo.name).toEqual(comparable(cliAnalysis));
      await page.close();
    }
    // Every page of these layouts has an article the extension marks (the Al Jazeera case included).
    expect(pagesWithMarks).toBe(order.length);
    await ext.close();
  });
});
