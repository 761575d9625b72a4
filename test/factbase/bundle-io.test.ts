import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { actorProfile } from '../../lib/factbase/actor-profile';
import { BundleError, loadBundledDefault, parseBundle } from '../../lib/factbase/bundle';
import { exportBundle, importBundle } from '../../lib/factbase/bundle-io';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { mergeActors, renameActor } from '../../lib/factbase/edit';
import { countRecords } from '../../lib/factbase/queries';
import type { Bundle, Claim } from '../../lib/factbase/schema';
import { actorsRevision } from '../../lib/factbase/revision';
import { commitIncidentImport } from '../../lib/factbase/incident-import';
import { previewIncidentCsv } from '../../lib/import/csv-incidents';
import { claimRecord } from '../support/records';

const DEFAULT_BUNDLE = parseBundle(JSON.parse(readFileSync('data/factbase.json', 'utf8')));
const GTD = readFileSync('test/fixtures/csv/gtd-sample.csv', 'utf8');

const claim = (id: string, over: Partial<Claim> = {}): Claim => claimRecord(id, { sourceId: 'b-s1', origin: 'user', ...over });

/** A colleague's bundle: an actor the default knows under another id, a source the default has by URL. */
const colleague = (): Bundle => ({
  format: 'dossier-factbase',
  version: 1,
  actors: [
    { id: 'b-aktobe', type: 'place', name: 'Aktobe', aliases: ['Aktjubinsk'], description: 'City in western Kazakhstan.', origin: 'user' },
    { id: 'b-cell', type: 'organization', name: 'Aktobe cell', aliases: [], description: 'Group behind the 2016 attacks.', origin: 'user' },
  ],
  sources: [
    { id: 'b-s1', url: 'https://example.org/aktobe-toll', title: 'Aktobe toll', outlet: 'Ex', publishedAt: '2016-06-07', origin: 'user' },
    { id: 'b-s2', url: DEFAULT_BUNDLE.sources[0]!.url, title: 'Same page, other id', outlet: 'Ex', publishedAt: null, origin: 'read' },
  ],
  incidents: [
    { id: 'b-i1', title: 'Aktobe attacks (colleague)', date: '2016-06-05', place: 'b-aktobe', actors: [{ actorId: 'b-cell', role: 'perpetrator' }], type: 'attack', summary: '', sourceIds: ['b-s1', 'b-s2'], origin: 'user' },
  ],
  claims: [claim('b-c1', { incidentId: 'b-i1' }), claim('b-c2', { place: 'b-aktobe', value: 25, low: 25, high: 25, sourceId: 'b-s2' })],
});

let dbs: FactbaseDB[] = [];
let n = 0;
const fresh = async (): Promise<FactbaseDB> => {
  const d = await openFactbase(`test-bundle-io-${++n}`);
  dbs.push(d);
  return d;
};
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

async function everything(d: FactbaseDB): Promise<unknown> {
  return { actors: await d.getAll('actors'), sources: await d.getAll('sources'), incidents: await d.getAll('incidents'), claims: await d.getAll('claims') };
}

describe('exportBundle / importBundle round trip', () => {
  it('exports, imports into a fresh fact base, and exports the same bundle', async () => {
    const a = await fresh();
    await importBundle(a, DEFAULT_BUNDLE);
    await commitIncidentImport(a, await previewIncidentCsv(GTD, { fileName: 'gtd.csv' }), { skipBadRows: true });
    await mergeActors(a, 'aktobe', 'aktobe-province');
    await importBundle(a, colleague());
    const first = await exportBundle(a);
    expect(first.claims.length).toBe(DEFAULT_BUNDLE.claims.length + 15 + 2);

    const b = await fresh();
    const report = await importBundle(b, JSON.parse(JSON.stringify(first)));
    expect(report.actors.added).toBe(first.actors.length);
    expect(report.claims.added).toBe(first.claims.length);
    expect(await exportBundle(b)).toEqual(first);
    expect(await everything(b)).toEqual(await everything(a));
  });

  it('imports the bundled default’s records as imports, not as bundled ones a bundle update would remove', async () => {
    const a = await fresh();
    await loadBundledDefault(a, DEFAULT_BUNDLE);
    const exported = await exportBundle(a);
    expect(exported.actors.every((x) => x.origin === 'bundled')).toBe(true);
    const b = await fresh();
    await importBundle(b, exported);
    const again = await exportBundle(b);
    expect(again.actors.every((x) => x.origin === 'import')).toBe(true);
    const strip = (bundle: Bundle): unknown => JSON.parse(JSON.stringify(bundle).replace(/"origin":"(bundled|import)"/g, '"origin":"-"'));
    expect(strip(again)).toEqual(strip(exported));
    // Met again in a fact base that has them as bundled, they are unchanged and stay bundled.
    const report = await importBundle(a, exported);
    expect(report.actors).toMatchObject({ unchanged: exported.actors.length, updated: 0, added: 0 });
    expect((await a.get('actors', 'almaty'))?.origin).toBe('bundled');
  });

  it('exports one actor with its incidents, claims, sources and the actors they name, importable on its own', async () => {
    const a = await fresh();
    await loadBundledDefault(a, DEFAULT_BUNDLE);
    await commitIncidentImport(a, await previewIncidentCsv(GTD), { skipBadRows: true });
    const one = await exportBundle(a, { actorId: 'aktobe' });
    expect(one.incidents.map((i) => i.id)).toEqual(expect.arrayContaining(['gtd-201606050001']));
    expect(one.claims.map((c) => c.id)).toEqual(expect.arrayContaining(['gtd-201606050001#killed', 'gtd-201606050001#wounded']));
    const actorIds = new Set(one.actors.map((x) => x.id));
    expect(actorIds.has('aktobe')).toBe(true);
    for (const i of one.incidents) for (const r of i.actors) expect(actorIds.has(r.actorId)).toBe(true);
    const sourceIds = new Set(one.sources.map((s) => s.id));
    for (const c of one.claims) expect(sourceIds.has(c.sourceId)).toBe(true);
    expect(one.claims.length).toBeLessThan((await exportBundle(a)).claims.length);

    const b = await fresh();
    await importBundle(b, one);
    const pa = (await actorProfile(a, 'aktobe'))!;
    const pb = (await actorProfile(b, 'aktobe'))!;
    expect(pb.claimGroups).toEqual(pa.claimGroups);
    expect(pb.incidents.map((i) => i.id)).toEqual(pa.incidents.map((i) => i.id));
    await expect(exportBundle(a, { actorId: 'nobody' })).rejects.toThrow(BundleError);
  });
});

describe('importBundle merging', () => {
  it('adds nothing twice when the same bundle is imported again', async () => {
    const d = await fresh();
    await importBundle(d, DEFAULT_BUNDLE);
    const counts = await countRecords(d);
    const rev = await actorsRevision(d);
    const report = await importBundle(d, DEFAULT_BUNDLE);
    expect(report.actors).toEqual({ added: 0, updated: 0, unchanged: DEFAULT_BUNDLE.actors.length, kept: 0, merged: 0 });
    expect(report.claims.unchanged).toBe(DEFAULT_BUNDLE.claims.length);
    expect(await countRecords(d)).toEqual(counts);
    expect(await actorsRevision(d)).toBe(rev);
  });

  it('merges an actor known under another id (and a source by URL), re-pointing incidents and claims', async () => {
    const d = await fresh();
    await loadBundledDefault(d, DEFAULT_BUNDLE);
    const rev = await actorsRevision(d);
    const report = await importBundle(d, colleague());
    expect(report.actors).toMatchObject({ added: 1, merged: 1 });
    expect(report.sources).toMatchObject({ added: 1, merged: 1 });
    expect(await d.get('actors', 'b-aktobe')).toBeUndefined();
    expect((await d.get('actors', 'aktobe'))?.aliases).toContain('Aktjubinsk');
    expect(await d.get('incidents', 'b-i1')).toMatchObject({ place: 'aktobe', sourceIds: ['b-s1', DEFAULT_BUNDLE.sources[0]!.id] });
    // b-c1 belongs to the colleague's incident b-i1 (now at the merged place): keyed by that incident.
    expect(await d.get('claims', 'b-c1')).toMatchObject({ place: null, incidentId: 'b-i1', key: 'killed|count|incident:b-i1' });
    expect(await d.get('claims', 'b-c2')).toMatchObject({ place: 'aktobe', sourceId: DEFAULT_BUNDLE.sources[0]!.id, key: 'killed|count|place:aktobe|2016' });
    expect(await actorsRevision(d)).toBe(rev + 1);
  });

  it('keeps records the user made or edited', async () => {
    const d = await fresh();
    await loadBundledDefault(d, DEFAULT_BUNDLE);
    await renameActor(d, 'almaty', 'Almaty city');
    const changed = { ...DEFAULT_BUNDLE, actors: DEFAULT_BUNDLE.actors.map((x) => (x.id === 'almaty' ? { ...x, description: 'Changed.' } : x)) };
    const report = await importBundle(d, changed);
    expect(report.actors).toMatchObject({ kept: 1, unchanged: DEFAULT_BUNDLE.actors.length - 1 });
    expect(await d.get('actors', 'almaty')).toMatchObject({ name: 'Almaty city', origin: 'user' });
  });

  it('updates records that are not the user’s when the bundle changed them', async () => {
    const d = await fresh();
    await importBundle(d, DEFAULT_BUNDLE);
    const first = DEFAULT_BUNDLE.claims[0]!;
    const next = { ...DEFAULT_BUNDLE, claims: [{ ...first, value: first.value + 1 }, ...DEFAULT_BUNDLE.claims.slice(1)] };
    const report = await importBundle(d, next);
    expect(report.claims).toMatchObject({ updated: 1, unchanged: DEFAULT_BUNDLE.claims.length - 1, added: 0 });
    expect((await d.get('claims', first.id))?.value).toBe(first.value + 1);
  });

  const bad: Array<[string, (b: Bundle) => unknown, RegExp]> = [
    ['not an object', () => 'hello', /Not a valid Dossier fact-base bundle/],
    ['another format', (b) => ({ ...b, format: 'something-else' }), /format/],
    ['an impossible date', (b) => ({ ...b, incidents: [{ ...b.incidents[0]!, date: '2016-13-01' }] }), /incidents\.0\.date/],
    ['an id twice', (b) => ({ ...b, actors: [...b.actors, b.actors[0]!] }), /"b-aktobe" twice/],
    ['a claim citing a missing source', (b) => ({ ...b, claims: [...b.claims, claim('b-c3', { sourceId: 'nowhere' })] }), /cites source "nowhere"/],
    ['a claim linking a missing incident', (b) => ({ ...b, claims: [...b.claims, claim('b-c3', { incidentId: 'nowhere' })] }), /links incident "nowhere"/],
  ];
  it.each(bad)('refuses a bundle with %s as a whole, leaving the fact base unchanged', async (_name, make, message) => {
    const d = await fresh();
    await loadBundledDefault(d, DEFAULT_BUNDLE);
    const before = await everything(d);
    const rev = await actorsRevision(d);
    await expect(importBundle(d, make(colleague()))).rejects.toThrow(message);
    await expect(importBundle(d, make(colleague()))).rejects.toBeInstanceOf(BundleError);
    expect(await everything(d)).toEqual(before);
    expect(await actorsRevision(d)).toBe(rev);
  });
});
