/**
 * The fact base in IndexedDB: the typed schema, `openFactbase`, and the one `upgrade` that steps
 * through schema versions. Pure of `browser.*`: it runs on any IndexedDB (the extension's, or
 * fake-indexeddb in tests and the CLI).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Note, Source } from './schema';
import type { StoredActor, StoredClaim, StoredIncident } from './stored';

export type { StoredActor, StoredClaim, StoredIncident };

/** The database's typed schema. */
export interface FactbaseSchema extends DBSchema {
  actors: { key: string; value: StoredActor; indexes: { 'by-alias': string; 'by-type': string } };
  sources: { key: string; value: Source; indexes: { 'by-url': string } };
  incidents: { key: string; value: StoredIncident; indexes: { 'by-actor': string; 'by-date': string } };
  claims: {
    key: string;
    value: StoredClaim;
    indexes: { 'by-key': string; 'by-source': string; 'by-subject': string; 'by-incident': string; 'by-place': string };
  };
  notes: { key: string; value: Note; indexes: { 'by-url': string; 'by-created': string } };
  meta: { key: string; value: { key: string; value: unknown } };
}

/** An open fact base. */
export type FactbaseDB = IDBPDatabase<FactbaseSchema>;

/**
 * The current schema version; `upgrade` steps from any earlier one to it.
 * 1: the first schema. 2: claims gain a `by-place` index (merging or deleting a place actor finds
 * the claims at it by lookup instead of a scan of every claim).
 */
export const FACTBASE_VERSION = 2;

/** The default database name. */
export const FACTBASE_NAME = 'dossier';

/**
 * Opens (creating or upgrading as needed) the fact base. When another context asks for a newer
 * version, this connection closes itself so that upgrade can proceed, and `onClose` is told, so
 * the owner can reopen on next use (`factbaseConnection` does that).
 */
export function openFactbase(name: string = FACTBASE_NAME, onClose?: () => void): Promise<FactbaseDB> {
  return openDB<FactbaseSchema>(name, FACTBASE_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // Each step takes the database from version N to N+1; never edit a released step.
      if (oldVersion < 1) {
        const actors = db.createObjectStore('actors', { keyPath: 'id' });
        actors.createIndex('by-alias', 'aliasKeys', { multiEntry: true });
        actors.createIndex('by-type', 'type');
        const sources = db.createObjectStore('sources', { keyPath: 'id' });
        sources.createIndex('by-url', 'url');
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
      }
      if (oldVersion < 2) {
        // Claims with no place (null) are simply absent from the index: null is not a key.
        tx.objectStore('claims').createIndex('by-place', 'place');
      }
    },
    blocking(_currentVersion, _blockedVersion, event) {
      // Another context wants a newer version: step aside rather than block its upgrade.
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      // The browser closed the connection (storage cleared, disk error): reopen on next use.
      onClose?.();
    },
  });
}

/**
 * One shared connection to the fact base, opened on first use and reopened on the next use after
 * it was closed for another context's upgrade. `prepare` runs once per opening (seeding, say).
 */
export function factbaseConnection(
  name: string = FACTBASE_NAME,
  prepare?: (db: FactbaseDB) => Promise<void>,
): () => Promise<FactbaseDB> {
  let open: Promise<FactbaseDB> | null = null;
  return () => {
    if (open) return open;
    const opening = (async () => {
      const db = await openFactbase(name, () => {
        if (open === opening) open = null;
      });
      await prepare?.(db);
      return db;
    })();
    // A failed open is not cached: the next use tries again.
    opening.catch(() => {
      if (open === opening) open = null;
    });
    open = opening;
    return opening;
  };
}
