/**
 * The engine's fact-base interface over IndexedDB, for the extension's background: the same calls
 * the command line's memory fact base answers (lib/engine/factbase-port.ts). The alias matcher is
 * rebuilt only when the actors' revision changes.
 */
import { buildAliasMatcher } from '../extract/alias-matcher';
import { aliasKey } from '../extract/normalize';
import type { EngineFactbase, NameIndex } from '../engine/factbase-port';
import type { FactbaseDB } from './db';
import { allActors, claimsByKey, claimsBySource, sourcesByUrl } from './queries';
import { indexActorNames, stripStored } from './records';
import type { Actor, Incident } from './schema';
import { addPageClaims, recordPageRead } from './writes';
import { actorsRevision } from './revision';

/** The engine's view of an IndexedDB fact base. */
export function idbEngineFactbase(db: FactbaseDB): EngineFactbase {
  let cached: { revision: number; names: Promise<NameIndex> } | null = null;
  return {
    async names() {
      const revision = await actorsRevision(db);
      if (cached && cached.revision === revision) return cached.names;
      const names = (async (): Promise<NameIndex> => {
        const actors = await allActors(db);
        // Stored actors carry their folded name keys already.
        const byName = new Map<string, string>();
        const byId = new Map<string, Actor>();
        for (const a of actors) {
          indexActorNames(byName, a.id, a.aliasKeys);
          byId.set(a.id, a);
        }
        const matcher = buildAliasMatcher(actors);
        return { matcher, actorIdForName: (n) => byName.get(aliasKey(n)) ?? null, actor: (id) => byId.get(id) };
      })();
      cached = { revision, names };
      return names;
    },
    claimsByKey: (key) => claimsByKey(db, key),
    claimsByIncident: (id) => db.getAllFromIndex('claims', 'by-incident', id),
    claimsBySource: (id) => claimsBySource(db, id),
    source: (id) => db.get('sources', id),
    async sourceForUrl(url) {
      const found = await sourcesByUrl(db, url);
      // A bundled or imported record of the article wins over a page-read one.
      return found.find((s) => s.origin !== 'read') ?? found[0];
    },
    async incident(id) {
      const i = await db.get('incidents', id);
      return i ? stripStored(i) : undefined;
    },
    async incidentsInYears(years) {
      const out: Incident[] = [];
      for (const y of new Set(years)) {
        const range = IDBKeyRange.bound(y, `${y}\uffff`);
        for (const i of await db.getAllFromIndex('incidents', 'by-date', range)) out.push(stripStored(i));
      }
      return out;
    },
    async recordPage(source, claims, incidents, part) {
      if (part === 0) return recordPageRead(db, source, claims, incidents);
      await addPageClaims(db, claims, incidents);
      return 'added';
    },
  };
}
