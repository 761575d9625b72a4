import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDefault } from '../../lib/factbase/bundle';
import { actorProfile, claimsAtPlace, claimSeries } from '../../lib/factbase/actor-profile';
import { listActors, listClaims, listIncidents, listSources, type Page, type PageRequest } from '../../lib/factbase/browse';
import { openFactbase, type FactbaseDB, type StoredClaim } from '../../lib/factbase/db';
import { mergeActors, undoEdit } from '../../lib/factbase/edit';
import { toStoredActor, toStoredClaim } from '../../lib/factbase/records';
import type { Bundle } from '../../lib/factbase/schema';
import { claimRecord } from '../support/records';

const claim = claimRecord;

const BUNDLE: Bundle = {
  format: 'dossier-factbase',
  version: 1,
  actors: [
    { id: 'isil', type: 'organization', name: 'Islamic State', aliases: ['IS', 'ISIS', 'ISIL', 'Daesh'], description: 'Jihadist group.', origin: 'bundled' },
    { id: 'aktobe', type: 'place', name: 'Aktobe', aliases: ['Aqtobe', 'Aktöbe'], description: 'City.', origin: 'bundled' },
    { id: 'almaty', type: 'place', name: 'Almaty', aliases: ['Alma-Ata'], description: 'City.', origin: 'bundled' },
    { id: 'knb', type: 'organization', name: 'KNB', aliases: ['National Security Committee'], description: 'Security service.', origin: 'bundled' },
    { id: 'satpayev', type: 'person', name: 'Dosym Satpayev', aliases: ['Satpayev'], description: 'Analyst.', origin: 'bundled' },
    { id: 'kazakhstan', type: 'place', name: 'Kazakhstan', aliases: [], description: 'Country.', origin: 'bundled' },
  ],
  sources: [
    { id: 's1', url: 'https://tengrinews.kz/a', title: 'Aktobe attack toll', outlet: 'Tengrinews', publishedAt: '2016-06-06', origin: 'bundled' },
    { id: 's2', url: 'https://rferl.org/b', title: 'Shooting in Almaty', outlet: 'RFE/RL', publishedAt: '2016-07-19', origin: 'read' },
    { id: 's3', url: null, title: 'GTD extract', outlet: 'Global Terrorism Database', publishedAt: null, origin: 'import' },
  ],
  incidents: [
    { id: 'i1', title: 'Aktobe attacks', date: '2016-06-05', place: 'aktobe', actors: [{ actorId: 'isil', role: 'perpetrator' }, { actorId: 'knb', role: 'authority' }], type: 'attack', summary: 'Gun shops and a National Guard unit were attacked.', sourceIds: ['s1'], origin: 'bundled' },
    { id: 'i2', title: 'Almaty shooting', date: '2016-07-18', place: 'almaty', actors: [{ actorId: 'knb', role: 'target' }], type: 'attack', summary: 'Police stations attacked.', sourceIds: ['s2'], origin: 'bundled' },
    { id: 'i3', title: 'Taraz attack', date: '2011-11', place: null, actors: [], type: 'attack', summary: '', sourceIds: [], origin: 'bundled' },
    { id: 'i0', title: 'Undated plot', date: null, place: 'aktobe', actors: [{ actorId: 'isil', role: 'perpetrator' }], type: 'plot', summary: '', sourceIds: ['s3'], origin: 'bundled' },
  ],
  claims: [
    claim('c1', { incidentId: 'i1', place: 'aktobe', asOf: '2016-06-05' }),
    claim('c2', { incidentId: 'i1', place: 'aktobe', asOf: '2016-06-07', value: 25, low: 25, high: 25, sourceId: 's2', quote: 'The toll rose to 25, officials said.' }),
    claim('c3', { place: 'name:aqtobe', asOf: '2016-06', value: 18, low: 18, high: 18, sourceId: 's3', status: 'retracted' }),
    claim('c4', { predicate: 'fighters-abroad', subject: 'isil', asOf: '2015', value: 300, low: 301, high: null, qualifier: 'more-than', sourceId: 's2' }),
    claim('c5', { predicate: 'fighters-abroad', subject: 'isil', asOf: '2017', value: 500, low: 500, high: 500, sourceId: 's1' }),
    claim('c6', { incidentId: 'i2', place: 'almaty', asOf: '2016-07-18', value: 10, low: 10, high: 10, sourceId: 's2' }),
    claim('c7', { predicate: 'arrested', place: null, subject: 'aktobe', asOf: '2016', value: 12, low: 12, high: 12, sourceId: 's1' }),
  ],
};

let db: FactbaseDB | undefined;
let n = 0;
const fresh = async (bundle: Bundle | null = BUNDLE): Promise<FactbaseDB> => {
  db = await openFactbase(`test-browse-${++n}`);
  if (bundle) await loadBundledDefault(db, bundle);
  return db;
};
afterEach(() => db?.close());

/** Follows `next` to the end and returns every item, and the page sizes. */
async function all<T>(list: (req: PageRequest) => Promise<Page<T>>, limit: number): Promise<{ items: T[]; pages: number[] }> {
  const items: T[] = [];
  const pages: number[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await list({ cursor, limit });
    items.push(...page.items);
    pages.push(page.items.length);
    cursor = page.next;
  } while (cursor && pages.length < 10_000);
  return { items, pages };
}

describe('listActors', () => {
  it.each([[1], [2], [50]])('lists every actor once, by name, in pages of %i', async (limit) => {
    const d = await fresh();
    const { items } = await all((r) => listActors(d, r), limit);
    expect(items.map((a) => a.name)).toEqual(['Aktobe', 'Almaty', 'Dosym Satpayev', 'Islamic State', 'Kazakhstan', 'KNB']);
  });

  it.each([
    ['daesh', ['isil'], ['Daesh']],
    ['AKTÖBE', ['aktobe'], ['Aktobe']],
    ['is', ['isil'], ['IS']],
    ['al', ['almaty'], ['Alma-Ata']],
    ['sat', ['satpayev'], ['Satpayev']],
    ['national sec', ['knb'], ['National Security Committee']],
    ['zzz', [], []],
  ])('finds actors by a folded prefix of any name or alias: "%s"', async (search, ids, matched) => {
    const d = await fresh();
    const { items } = await all((r) => listActors(d, { ...r, search }), 1);
    expect(items.map((a) => a.id)).toEqual(ids);
    expect(items.map((a) => a.matched)).toEqual(matched);
  });

  it.each([
    ['State', ['isil'], ['Islamic State']],
    ['security comm', ['knb'], ['National Security Committee']],
  ])('finds actors by a word inside a name, after those whose name starts with it: "%s"', async (search, ids, matched) => {
    const d = await fresh();
    const { items } = await all((r) => listActors(d, { ...r, search }), 1);
    expect(items.map((a) => a.id)).toEqual(ids);
    expect(items.map((a) => a.matched)).toEqual(matched);
  });

  it('filters by type', async () => {
    const d = await fresh();
    const page = await listActors(d, { type: 'place' });
    expect(page.items.map((a) => a.id)).toEqual(['aktobe', 'almaty', 'kazakhstan']);
    expect(page.next).toBeNull();
  });
});

describe('listIncidents', () => {
  it.each([[1], [3], [10]])('lists incidents newest first, then undated ones, in pages of %i', async (limit) => {
    const d = await fresh();
    const { items } = await all((r) => listIncidents(d, r), limit);
    expect(items.map((i) => i.id)).toEqual(['i2', 'i1', 'i3', 'i0']);
    expect((await listIncidents(d, { limit })).total).toBe(4);
  });

  it.each([
    [{ actorId: 'isil' }, ['i0', 'i1']],
    [{ actorId: 'aktobe' }, ['i0', 'i1']],
    [{ actorId: 'aktobe', from: '2016' }, ['i1']],
    [{ from: '2016-06', to: '2016-06' }, ['i1']],
    [{ to: '2015' }, ['i3']],
    [{ search: 'national GUARD' }, ['i1']],
    [{ search: 'plot' }, ['i0']],
  ])('filters incidents by %j', async (query, ids) => {
    const d = await fresh();
    const { items } = await all((r) => listIncidents(d, { ...query, ...r }), 1);
    expect(items.map((i) => i.id)).toEqual(ids);
  });
});

describe('listClaims', () => {
  it.each([
    [{ key: 'killed|count|incident:i1' }, ['c1', 'c2']],
    [{ key: 'killed|count|place:name:aqtobe|2016' }, ['c3']],
    [{ sourceId: 's2' }, ['c2', 'c4', 'c6']],
    [{ subject: 'isil' }, ['c4', 'c5']],
    [{ incidentId: 'i1' }, ['c1', 'c2']],
    [{ predicate: 'arrested' }, ['c7']],
    [{ status: 'retracted' }, ['c3']],
    [{ search: 'toll rose' }, ['c2']],
    [{ sourceId: 's2', predicate: 'killed' }, ['c2', 'c6']],
  ] as const)('filters claims by %j', async (query, ids) => {
    const d = await fresh();
    const { items } = await all((r) => listClaims(d, { ...query, ...r }), 1);
    expect(items.map((c) => c.id).sort()).toEqual(ids);
  });

  it('groups claims by key when unfiltered, and counts them', async () => {
    const d = await fresh();
    const page = await listClaims(d, { limit: 100 });
    expect(page.total).toBe(7);
    expect(page.items.map((c) => c.key)).toEqual([...page.items.map((c) => c.key)].sort());
  });

  it('returns a shorter page with a cursor when the scan budget runs out, and resumes where it stopped', async () => {
    const d = await fresh();
    const whole = await listClaims(d, { predicate: 'arrested', limit: 10, maxScan: 10 });
    expect([whole.scanned, whole.items.length, whole.next]).toEqual([7, 1, null]);
    const budget = await listClaims(d, { search: 'toll rose', limit: 1, maxScan: 1 });
    expect(budget.scanned).toBe(1);
    expect(budget.next).not.toBeNull();
    const { items } = await all((r) => listClaims(d, { search: 'toll rose', ...r, maxScan: 1 }), 1);
    expect(items.map((c) => c.id)).toEqual(['c2']);
  });

  it('starts over on a cursor it does not understand', async () => {
    const d = await fresh();
    expect((await listClaims(d, { cursor: 'garbage', limit: 2 })).items).toEqual((await listClaims(d, { limit: 2 })).items);
  });
});

describe('listSources', () => {
  it.each([
    [{}, ['s1', 's2', 's3']],
    [{ search: 'rfe/rl' }, ['s2']],
    [{ search: 'tengrinews.kz' }, ['s1']],
    [{ search: 'terrorism' }, ['s3']],
  ])('lists sources matching %j', async (query, ids) => {
    const d = await fresh();
    const { items } = await all((r) => listSources(d, { ...query, ...r }), 2);
    expect(items.map((s) => s.id)).toEqual(ids);
  });
});

describe('actorProfile', () => {
  it('gathers a place: its incidents, claims at it (also under a name it was read as) grouped by key over time, sources, related actors', async () => {
    const d = await fresh();
    const p = (await actorProfile(d, 'aktobe'))!;
    expect(p.actor.name).toBe('Aktobe');
    expect(p.incidents.map((i) => i.id)).toEqual(['i1', 'i0']);
    expect(p.claimGroups.map((g) => [g.key, g.series.map((s) => s.claimId)])).toEqual([
      ['killed|count|incident:i1', ['c1', 'c2']],
      ['killed|count|place:name:aqtobe|2016', ['c3']],
      ['detained|count|place:-|2016', ['c7']],
    ]);
    expect(p.claimGroups[0]!.series.map((s) => [s.asOf, s.value])).toEqual([['2016-06-05', 7], ['2016-06-07', 25]]);
    expect(p.sources.map((s) => [s.source.id, s.claims, s.incidents])).toEqual([['s2', 1, 0], ['s1', 2, 1], ['s3', 1, 1]]);
    expect(p.related.map((r) => [r.actor.id, r.incidents])).toEqual([['isil', 2], ['knb', 1]]);
    expect(p.truncated).toBe(false);
  });

  it('shows an organisation’s figures over time for one claim key', async () => {
    const d = await fresh();
    const p = (await actorProfile(d, 'isil'))!;
    const fighters = p.claimGroups.find((g) => g.predicate === 'fighters-abroad')!;
    expect(fighters.key).toBe('fighters-abroad|count|subject:isil');
    expect(fighters.series.map((s) => [s.asOf, s.value, s.qualifier])).toEqual([['2015', 300, 'more-than'], ['2017', 500, 'exact']]);
    expect((await claimSeries(d, fighters.key)).series.map((s) => s.claimId)).toEqual(['c4', 'c5']);
  });

  it('returns null for an unknown actor', async () => {
    const d = await fresh();
    expect(await actorProfile(d, 'nobody')).toBeNull();
  });
});

describe('with 100k claims', () => {
  it('pages through every claim once, in key order, and answers filtered lists and the actor page', async () => {
    const d = await fresh();
    const PLACES = 500;
    const YEARS = 10;
    const TOTAL = 100_000;
    const t0 = performance.now();
    const tx = d.transaction('claims', 'readwrite');
    const ids: string[] = [];
    for (let i = 0; i < TOTAL; i++) {
      const place = i % PLACES === 0 ? 'aktobe' : `p${i % PLACES}`;
      const c = claim(`x${String(i).padStart(6, '0')}`, {
        predicate: i % 3 === 0 ? 'wounded' : 'killed',
        place,
        asOf: `${2000 + (Math.floor(i / PLACES) % YEARS)}-01-01`,
        value: i % 97,
        low: i % 97,
        high: i % 97,
        sourceId: `src${i % 1000}`,
        origin: 'import',
      });
      ids.push(c.id);
      void tx.store.put(toStoredClaim(c));
    }
    await tx.done;
    const tInsert = performance.now() - t0;

    let t = performance.now();
    const first = await listClaims(d, { limit: 50 });
    const tFirst = performance.now() - t;
    expect(first.items).toHaveLength(50);
    expect(first.total).toBe(TOTAL + BUNDLE.claims.length);

    t = performance.now();
    const seen: StoredClaim[] = [];
    let cursor: string | null = null;
    let pages = 0;
    let deep: string | null = null;
    do {
      const page: Page<StoredClaim> = await listClaims(d, { cursor, limit: 500 });
      seen.push(...page.items);
      cursor = page.next;
      pages++;
      if (pages === 190) deep = cursor;
    } while (cursor);
    const tAll = performance.now() - t;
    t = performance.now();
    await listClaims(d, { cursor: first.next, limit: 50 });
    const tSecond = performance.now() - t;
    t = performance.now();
    const deepPage = await listClaims(d, { cursor: deep, limit: 50 });
    const tDeep = performance.now() - t;
    expect(deepPage.items[0]).toEqual(seen[190 * 500]);
    expect(seen).toHaveLength(TOTAL + BUNDLE.claims.length);
    expect(new Set(seen.map((c) => c.id)).size).toBe(seen.length);
    const order = seen.map((c) => `${c.key}\u0000${c.id}`);
    expect(order).toEqual([...order].sort());

    t = performance.now();
    const key = 'killed|count|place:p7|2003';
    const { items: byKey } = await all((r) => listClaims(d, { ...r, key }), 7);
    expect(byKey.map((c) => c.id).sort()).toEqual(seen.filter((c) => c.key === key).map((c) => c.id).sort());
    expect(byKey.length).toBeGreaterThan(0);
    const tKey = performance.now() - t;

    t = performance.now();
    const bySource = await listClaims(d, { sourceId: 'src7', limit: 500 });
    expect(bySource.items).toHaveLength(TOTAL / 1000);
    expect(bySource.total).toBe(TOTAL / 1000);
    const tSource = performance.now() - t;

    t = performance.now();
    const search = await listClaims(d, { search: 'quote x012345', limit: 10 });
    const tSearch = performance.now() - t;
    expect(search.scanned).toBeLessThanOrEqual(5000);

    t = performance.now();
    const atAktobe = await claimsAtPlace(d, 'aktobe');
    const tPlace = performance.now() - t;
    expect(atAktobe.length).toBe(seen.filter((c) => c.place === 'aktobe').length);

    t = performance.now();
    const profile = (await actorProfile(d, 'aktobe'))!;
    const tProfile = performance.now() - t;
    expect(profile.claimGroups.reduce((s, g) => s + g.series.length, 0)).toBe(
      new Set([...atAktobe.map((c) => c.id), 'c1', 'c2', 'c3', 'c7']).size,
    );

    await d.put('actors', toStoredActor({ id: 'p7', type: 'place', name: 'Aqtobe city', aliases: [], description: '', origin: 'import' }));
    t = performance.now();
    const { value: merged, undo } = await mergeActors(d, 'aktobe', 'p7');
    const tMerge = performance.now() - t;
    expect(merged.claims).toBe(seen.filter((c) => c.place === 'p7').length);
    expect((await claimsAtPlace(d, 'aktobe')).length).toBe(atAktobe.length + merged.claims);
    t = performance.now();
    await undoEdit(d, undo);
    const tUndo = performance.now() - t;
    expect((await claimsAtPlace(d, 'p7')).length).toBe(merged.claims);

    console.log(
      `100k claims: insert ${tInsert.toFixed(0)} ms; first page of 50 (with total) ${tFirst.toFixed(1)} ms; ` +
        `second page of 50 ${tSecond.toFixed(1)} ms; page of 50 at claim 95,000 ${tDeep.toFixed(1)} ms; all ${pages} pages of 500 ${tAll.toFixed(0)} ms ` +
        `(${(tAll / pages).toFixed(1)} ms/page); one key ${tKey.toFixed(1)} ms; one source ${tSource.toFixed(1)} ms; ` +
        `search page ${tSearch.toFixed(1)} ms; claimsAtPlace ${tPlace.toFixed(1)} ms; actorProfile ${tProfile.toFixed(1)} ms; ` +
        `merge of a place with ${merged.claims} claims (by-place index) ${tMerge.toFixed(0)} ms; its undo ${tUndo.toFixed(0)} ms`,
    );
    // fake-indexeddb writes 100k records slowly: about a minute here, three at a load average of
    // 11. The limit is a hang's, not a budget (the bench times IndexedDB in a real browser).
  }, 600_000);
});
