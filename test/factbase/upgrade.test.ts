/**
 * Schema upgrades lose nothing: a database created by every earlier schema version (built here
 * from a fixture of that version's shape) opens at the current version with every note and user
 * record intact. Version 1 is the first schema; each new version adds its fixture to VERSIONS.
 */
import { openDB, type IDBPDatabase } from 'idb';
import { describe, expect, it } from 'vitest';
import { FACTBASE_VERSION, openFactbase } from '../../lib/factbase/db';

interface VersionFixture {
  version: number;
  /** Creates the stores exactly as that version did. */
  create: (db: IDBPDatabase) => void;
  records: Record<string, unknown[]>;
}

const note = { id: 'n1', url: 'https://www.rferl.org/a/1.html', title: 'T', quote: 'q', selectors: [], text: 'mine', tags: ['x'], actorIds: [], claimIds: [], createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
const actor = { id: 'user-a', type: 'person', name: 'A Person', aliases: ['A.P.'], description: 'd', origin: 'user', aliasKeys: ['a person', 'a p'] };

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
    records: { notes: [note], actors: [actor] },
  },
];

describe('upgrading the fact base', () => {
  it('covers every earlier version', () => {
    expect(VERSIONS.map((v) => v.version)).toEqual(Array.from({ length: FACTBASE_VERSION }, (_, i) => i + 1));
  });

  it.each(VERSIONS)('opens a version-$version database with every note and user record intact', async ({ version, create, records }) => {
    const name = `upgrade-from-${version}`;
    const old = await openDB(name, version, { upgrade: (db) => create(db) });
    for (const [store, rows] of Object.entries(records)) for (const r of rows) await old.put(store, r);
    old.close();
    const db = await openFactbase(name);
    expect(db.version).toBe(FACTBASE_VERSION);
    expect(await db.get('notes', 'n1')).toEqual(note);
    expect((await db.getAllFromIndex('actors', 'by-alias', 'a p')).map((a) => a.id)).toEqual(['user-a']);
    db.close();
  });
});
