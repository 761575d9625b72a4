/**
 * The one pipeline, on scenario pages in our own words (test/fixtures/scenarios/, read in date
 * order against an empty fact base) and on a bundled seed article read again. Expected outcomes
 * come from the texts and PRODUCT.md's rules, not from a run of the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { analyzePage } from '../../lib/engine/analyze-page';
import { runPage } from '../../lib/engine/run-page';
import type { PageResult } from '../../lib/engine/types';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';

const SCENARIOS = join(__dirname, '../fixtures/scenarios');
const parse = (h: string): Document => parseHTML(h).document as unknown as Document;

async function readScenario(name: string): Promise<PageResult[]> {
  const fb = MemoryFactbase.fromBundle(null);
  const out: PageResult[] = [];
  for (const f of readdirSync(join(SCENARIOS, name)).sort()) out.push(await runPage({ content: readFileSync(join(SCENARIOS, name, f), 'utf8') }, f, parse, fb));
  return out;
}

/** The page's disagreements as "kind: this figure / other value". */
function disagreements(p: PageResult): string[] {
  return p.conflicts.map((c) => {
    const claim = p.claims.find((x) => x.id === c.claim)!;
    return `${c.kind}: ${claim.figureText} / ${c.other.value}`;
  });
}

describe('the Aktobe attacks of June 2016, three reports in date order', () => {
  it('links every toll to one incident and finds the victims conflict, the attackers update and the wider scope', async () => {
    const [first, second, third] = await readScenario('aktobe-2016');
    const incident = first!.claims.find((c) => c.predicate === 'killed')!.incident;
    expect(incident).toMatch(/aktobe-2016-06-05$/);
    // Every casualty figure of the three reports about Aktobe belongs to it, the Almaty toll does not.
    for (const p of [first!, second!, third!]) {
      for (const c of p.claims.filter((x) => x.predicate === 'killed' && /Aktobe|attackers|Guardsmen|civilians|lives|people dead|lost their lives/.test(x.quote))) {
        if (!/Almaty/.test(c.quote)) expect(c.incident, c.figureText).toBe(incident);
      }
    }
    expect(third!.claims.find((c) => c.figureText === 'three police')?.incident).not.toBe(incident);
    // 8 victims against 4 civilians and 3 guardsmen (7), days apart, no stated change: a conflict.
    expect(disagreements(second!)).toContain('conflict: Eight people / 7');
    // "risen to 18, up from 13": an update of the attackers killed, not a conflict.
    expect(disagreements(second!)).toContain('update: 18 / 13');
    expect(disagreements(second!).filter((d) => d.startsWith('conflict')).length).toBe(1);
    // The later article recalls the toll differently (7 against 8), and gives all the dead (25).
    expect(disagreements(third!)).toContain('conflict: seven lives / 8');
    expect(disagreements(third!)).toContain('scope: 25 people / 7');
    expect(disagreements(third!).some((d) => /^conflict: 25 people/.test(d))).toBe(false);
  });

  it('sums up the incident per measure: low, best and high across sources, with the number of claimants', async () => {
    const pages = await readScenario('aktobe-2016');
    const summary = pages[2]!.incidents.find((i) => /aktobe/.test(i.id))!;
    expect(summary.measures.killed).toMatchObject({ low: 7, high: 8 });
    expect(summary.measures['killed-attackers']).toMatchObject({ low: 13, high: 18 });
    expect(summary.measures['killed-all']).toMatchObject({ best: 25 });
    expect(summary.measures.killed!.claimants).toBeGreaterThanOrEqual(2);
  });

  it('keeps the claimant apart from the outlet', async () => {
    const [first] = await readScenario('aktobe-2016');
    const sum = first!.claims.find((c) => c.parts)!;
    expect(sum.claimant).toBe('Interior Ministry');
    expect(first!.source.outlet).toBe('Steppe Wire');
  });
});

describe('Kazakh fighters abroad, 2014 to 2019', () => {
  it('calls fighters with their families a difference of scope, and a total years later a later figure', async () => {
    const [, second, third] = await readScenario('fighters-abroad');
    expect(disagreements(second!)).toEqual(['scope: Around 500 Kazakhstanis / 300']);
    const later = third!.conflicts.filter((c) => c.other.value === 300);
    expect(later.map((c) => c.kind)).toEqual(['update']);
    expect(later[0]!.reason).toMatch(/later figure/);
    expect(third!.conflicts.some((c) => c.kind === 'conflict')).toBe(false);
  });
});

describe('a bundled seed article read again', () => {
  const bundle = parseBundle(bundledRaw);
  const seed = bundle.sources.find((s) => s.id === 'src-001')!;
  const text = readFileSync(join(__dirname, '../fixtures/seeds', readdirSync(join(__dirname, '../fixtures/seeds')).sort()[1]!), 'utf8');

  it('keeps its bundled source id, never lists its own claims as another source\'s, and adds no duplicate', async () => {
    const fb = MemoryFactbase.fromBundle(bundle);
    const before = (await fb.claimsBySource(seed.id)).length;
    const page = await analyzePage({ label: seed.url!, url: seed.url, title: seed.title, publishedAt: seed.publishedAt, siteName: seed.outlet, text }, fb, { remember: true });
    expect(page.source.sourceId).toBe(seed.id);
    // Its bundled claims are its own: none is another source's side of a disagreement.
    const bundledIds = new Set(bundle.claims.filter((c) => c.sourceId === seed.id).map((c) => c.id));
    expect(page.conflicts.filter((c) => bundledIds.has(c.other.claimId))).toEqual([]);
    // "More than 300 citizens" disagrees with the other bundled article's "around 250".
    expect(page.conflicts.some((c) => c.kind === 'conflict' && c.other.value === 250)).toBe(true);
    const after = await fb.claimsBySource(seed.id);
    const statements = after.map((c) => `${c.figureText}|${c.quote}`);
    expect(new Set(statements).size).toBe(statements.length);
    expect(after.length).toBeGreaterThanOrEqual(before);
  });

  it('marks the claims of an earlier version as superseded when the page changed, and changes nothing on a re-read', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const url = 'https://example.org/story';
    const read = (t: string) => analyzePage({ label: url, url, title: 'Story', publishedAt: '2016-06-06', siteName: 'Ex', text: t }, fb, { remember: true });
    await read('Seven people were killed in Aktobe on Sunday, officials said.');
    const first = await fb.claimsBySource((await fb.sourceForUrl(url))!.id);
    expect(first.every((c) => c.status === 'active')).toBe(true);
    await read('Seven people were killed in Aktobe on Sunday, officials said.');
    expect((await fb.claimsBySource((await fb.sourceForUrl(url))!.id)).length).toBe(first.length);
    const updated = await read('Eight people were killed in Aktobe on Sunday, officials said.');
    const all = await fb.claimsBySource((await fb.sourceForUrl(url))!.id);
    expect(all.filter((c) => c.status === 'superseded').map((c) => c.value)).toEqual([7]);
    expect(all.filter((c) => c.status === 'active').map((c) => c.value)).toEqual([8]);
    // The outlet's own change is shown as an update by the outlet.
    expect(updated.conflicts.some((c) => c.kind === 'update' && /Updated by the outlet/.test(c.reason))).toBe(true);
  });
});
