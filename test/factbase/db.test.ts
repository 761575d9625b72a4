import { afterEach, describe, expect, it } from 'vitest';
import { loadBundledDefault, parseBundle, BundleError } from '../../lib/factbase/bundle';
import { FACTBASE_VERSION, openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import {
  claimsByKey,
  claimsBySource,
  countRecords,
  findActorsByAlias,
  incidentsForActor,
  notesByUrl,
} from '../../lib/factbase/queries';
import type { Bundle, Note } from '../../lib/factbase/schema';

const bundle = (version: number, extraActor = true): Bundle => ({
  format: 'dossier-factbase',
  version,
  actors: [
    { id: 'isil', type: 'organization', name: 'Islamic State', aliases: ['IS', 'Daesh', 'Hizb-ut-Tahrir test'], description: 'd', origin: 'bundled' },
    { id: 'aktobe', type: 'place', name: 'Aktobe', aliases: ['Aqtobe'], description: 'd', origin: 'bundled' },
    ...(extraActor ? [{ id: 'old', type: 'person' as const, name: 'Old Name', aliases: [], description: 'd', origin: 'bundled' as const }] : []),
  ],
  sources: [{ id: 's1', url: 'https://example.org/a', title: 'A', outlet: 'Ex', publishedAt: '2016-07', origin: 'bundled' }],
  incidents: [
    { id: 'i1', title: 'Attack', date: '2016-06-05', place: 'aktobe', actors: [{ actorId: 'isil', role: 'perpetrator' }], type: 'attack', summary: 's', sourceIds: ['s1'], origin: 'bundled' },
  ],
  claims: [
    {
      id: 'c1', predicate: 'killed', counted: 'people', subject: null, incidentId: 'i1', place: 'aktobe', value: 7, low: 7, high: 7,
      qualifier: 'exact', unit: 'count', asOf: null, claimant: null, outlet: 'Ex', sourceId: 's1', figureText: '7 people',
      quote: 'It killed 7 people.', status: 'active', origin: 'bundled',
    },
  ],
});

let db: FactbaseDB | undefined;
let n = 0;
const fresh = async () => (db = await openFactbase(`test-${++n}`));
afterEach(() => db?.close());

describe('openFactbase', () => {
  it('creates every store at the current version', async () => {
    const d = await fresh();
    expect(d.version).toBe(FACTBASE_VERSION);
    expect([...d.objectStoreNames].sort()).toEqual(['actors', 'claims', 'incidents', 'meta', 'notes', 'sources']);
  });
});

describe('loadBundledDefault', () => {
  it('loads a bundle and indexes actors by folded alias, incidents by actor, claims by key and source', async () => {
    const d = await fresh();
    const report = await loadBundledDefault(d, bundle(1));
    expect(report.added).toBe(6);
    expect((await findActorsByAlias(d, 'daesh')).map((a) => a.id)).toEqual(['isil']);
    expect((await findActorsByAlias(d, 'HIZB UT TAHRIR TEST')).map((a) => a.id)).toEqual(['isil']);
    expect((await incidentsForActor(d, 'aktobe')).map((i) => i.id)).toEqual(['i1']);
    const [claim] = await claimsBySource(d, 's1');
    // The bundled claim belongs to incident i1: it is keyed by it.
    expect(claim?.key).toBe('killed|count|incident:i1');
    expect((await claimsByKey(d, claim!.key)).length).toBe(1);
  });

  it('skips a bundle version that is already loaded', async () => {
    const d = await fresh();
    await loadBundledDefault(d, bundle(1));
    expect((await loadBundledDefault(d, bundle(1))).skipped).toBe(true);
  });

  it('updates bundled records on a newer bundle but never touches user records or notes', async () => {
    const d = await fresh();
    await loadBundledDefault(d, bundle(1));
    // The user edits a bundled actor (it becomes theirs) and adds a note.
    const edited = { ...(await d.get('actors', 'aktobe'))!, description: 'mine', origin: 'user' as const };
    await d.put('actors', edited);
    const note: Note = {
      id: 'n1', url: 'https://example.org/a', title: 'A', quote: 'q', selectors: [], text: 't', tags: [], actorIds: [],
      claimIds: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
    await d.put('notes', note);
    const next = bundle(2, false);
    next.actors[0]!.description = 'new description';
    next.actors[1]!.description = 'bundled change';
    const report = await loadBundledDefault(d, next);
    expect(report.removed).toBe(1); // "old" left the bundle
    expect((await d.get('actors', 'isil'))?.description).toBe('new description');
    expect((await d.get('actors', 'aktobe'))?.description).toBe('mine');
    expect(await d.get('actors', 'old')).toBeUndefined();
    expect(await notesByUrl(d, 'https://example.org/a')).toHaveLength(1);
    expect((await countRecords(d)).actors).toBe(2);
  });
});

describe('parseBundle', () => {
  it('refuses a bundle with a wrongly typed field and names it', () => {
    const bad = JSON.parse(JSON.stringify(bundle(1)));
    bad.actors[0].type = 'planet';
    expect(() => parseBundle(bad)).toThrowError(BundleError);
    expect(() => parseBundle(bad)).toThrowError(/actors\.0\.type/);
  });
  it('refuses something that is not a bundle at all', () => {
    expect(() => parseBundle({ hello: 1 })).toThrowError(/format/);
  });
});

describe('loadBundledDefault after the user deleted a bundled record', () => {
  it('does not bring it back with a newer bundle', async () => {
    const d = await fresh();
    await loadBundledDefault(d, bundle(1));
    await d.delete('actors', 'old');
    await d.put('meta', { key: 'deletedBundled', value: ['actors:old'] });
    await loadBundledDefault(d, bundle(2));
    expect(await d.get('actors', 'old')).toBeUndefined();
    expect(await d.get('actors', 'isil')).toBeDefined();
  });
});
