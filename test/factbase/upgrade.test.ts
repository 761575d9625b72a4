/**
 * Schema upgrades lose nothing: a database created by every earlier schema version (built here
 * from a fixture of that version's shape, with notes and claims in it) is upgraded to the current
 * version with every note and record intact, and the indexes the newer versions added answer.
 * When a version is released, its shape joins VERSIONS as a fixture (never edit a released one).
 */
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { FACTBASE_VERSION, factbaseConnection, openFactbase } from '../../lib/factbase/db';

interface VersionFixture {
  version: number;
  /** Creates the stores exactly as that version did. */
  create: (db: IDBPDatabase) => void;
  records: Record<string, unknown[]>;
}

const note = { id: 'n1', url: 'https://www.rferl.org/a/1.html', title: 'T', quote: 'q', selectors: [], text: 'mine', tags: ['x'], actorIds: [], claimIds: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const actor = { id: 'user-a', type: 'person', name: 'A Person', aliases: ['A.P.'], description: 'd', origin: 'user', aliasKeys: ['a person', 'a p'] };
const claimAt = (id: string, place: string | null) => ({
  id, predicate: 'killed', counted: 'people', subject: null, incidentId: null, place, value: 3, low: 3, high: 3,
  qualifier: 'exact', unit: 'count', asOf: '2022-01', claimant: null, outlet: 'RFE/RL', sourceId: 's1',
  figureText: '3 people', quote: '3 people were killed.', status: 'active', origin: 'read', key: `killed|${place ?? '-'}`,
});
const claims = [claimAt('c1', 'almaty'), claimAt('c2', 'almaty'), claimAt('c3', null), claimAt('c4', 'astana')];

const VERSIONS: VersionFixture[] = [
  {
    version: 1,
    create: (db) => {
      const actors = db.createObjectStore('actors', { keyPath: 'id' });
      actors.createIndex('by-alias', 'aliasKeys', { multiEntry: true });
      actors.createIndex('by-type', 'type');
      db.createObjectStore('sources', { keyPath: 'id' }).createIndex('by-url', 'url');
      const incidents = db.createObjectStore('incidents', { keyPath: 'id' });
      incidents.createIndex('by-actor', 'actorIds', { multiEntry: true });
      incidents.createIndex('by-date', 'date');
      const claims = db.createObjectStore('claims', { keyPath: 'id' });
      claims.createIndex('by-key', 'key');
      claims.createIndex('by-source', 'sourceId');
      claims.createIndex('by-subject', 'subject');
      claims.createIndex('by-incident', 'incidentId');
      const notes = db.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('by-url', 'url');
      notes.createIndex('by-created', 'createdAt');
      db.createObjectStore('meta', { keyPath: 'key' });
    },
    records: { notes: [note], actors: [actor], claims },
  },
];

describe('upgrading the fact base', () => {
  it('has a fixture for every earlier version', () => {
    expect(FACTBASE_VERSION).toBeGreaterThan(1);
    expect(VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: FACTBASE_VERSION - 1 }, (_, i) => i + 1));
  });

  it.each(VERSIONS)('upgrades a version-$version database keeping every note and record', async ({ version, create, records }) => {
    const name = `upgrade-from-${version}`;
    const old = await openDB(name, version, { upgrade: (db) => create(db) });
    for (const [store, rows] of Object.entries(records)) for (const r of rows) await old.put(store, r);
    expect(old.transaction('claims').store.indexNames.contains('by-place')).toBe(false);
    old.close();
    const db = await openFactbase(name);
    expect(db.version).toBe(FACTBASE_VERSION);
    expect(await db.get('notes', 'n1')).toEqual(note);
    expect(await db.getAll('notes')).toHaveLength(1);
    expect((await db.getAllFromIndex('actors', 'by-alias', 'a p')).map((a) => a.id)).toEqual(['user-a']);
    expect(await db.getAll('claims')).toEqual(claims);
    db.close();
  });

  it('indexes the claims already stored by place on the way to version 2', async () => {
    const v1 = VERSIONS.find((v) => v.version === 1)!;
    const old = await openDB('upgrade-by-place', 1, { upgrade: (db) => v1.create(db) });
    for (const c of claims) await old.put('claims', c);
    old.close();
    const db = await openFactbase('upgrade-by-place');
    expect((await db.getAllFromIndex('claims', 'by-place', 'almaty')).map((c) => c.id)).toEqual(['c1', 'c2']);
    expect((await db.getAllFromIndex('claims', 'by-place', 'astana')).map((c) => c.id)).toEqual(['c4']);
    // A claim with no place is not in the index (null is not a key), and is still stored.
    expect(await db.countFromIndex('claims', 'by-place')).toBe(3);
    expect(await db.get('claims', 'c3')).toEqual(claims[2]);
    db.close();
  });

  it('creates the by-place index on a new database too', async () => {
    const db = await openFactbase('upgrade-fresh');
    expect([...db.transaction('claims').store.indexNames].sort()).toEqual(['by-incident', 'by-key', 'by-place', 'by-source', 'by-subject']);
    db.close();
  });
});

describe('stepping aside for an upgrade elsewhere', () => {
  it('closes the connection when another context opens a newer version, and says so', async () => {
    let closed = 0;
    const db = await openFactbase('blocking-1', () => closed++);
    // Without the close, this open would stay blocked and never succeed.
    const newer = await openDB('blocking-1', FACTBASE_VERSION + 1);
    expect(newer.version).toBe(FACTBASE_VERSION + 1);
    expect(closed).toBe(1);
    await expect(db.get('notes', 'n1')).rejects.toThrow();
    newer.close();
  });

  it('reopens on the next use after stepping aside', async () => {
    let prepared = 0;
    const connection = factbaseConnection('blocking-2', async () => {
      prepared++;
    });
    const first = await connection();
    expect(await connection()).toBe(first);
    await first.put('notes', note);
    // A context with the same version (an older worker still alive, say) asks to delete the database.
    const deleting = new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase('blocking-2');
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await deleting;
    const second = await connection();
    expect(second).not.toBe(first);
    expect(prepared).toBe(2);
    expect(await second.get('notes', 'n1')).toBeUndefined();
    await second.put('notes', note);
    expect(await second.get('notes', 'n1')).toEqual(note);
    second.close();
  });
});
