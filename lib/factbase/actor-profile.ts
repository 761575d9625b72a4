/**
 * An actor's page (`actorProfile`): the incidents they are tied to, the claims about them as time
 * series per claim key, the sources they were read in, and the actors they share incidents with.
 */
import { predicateClass } from '../claims/claim-key';
import type { FactbaseDB, StoredActor, StoredClaim } from './db';
import { stripStored } from './records';
import type { Actor, Claim, Incident, Qualifier, Source } from './schema';

/**
 * The distinct claim keys that scope claims to one of `ids` by place (`…|place:ID|year`) or, for
 * stocks, by subject (`…|subject:ID`). Claims have no place index, so this skips through the key
 * index: one seek per predicate/unit group and id, not one step per claim.
 */
async function keysScopedTo(db: FactbaseDB, ids: readonly string[]): Promise<string[]> {
  const index = db.transaction('claims').store.index('by-key');
  const found: string[] = [];
  let c = await index.openKeyCursor();
  while (c) {
    const key = c.key;
    const m = /^[^|]*\|[^|]*\|/.exec(key);
    if (!m) {
      c = await c.continue();
      continue;
    }
    const group = m[0];
    const targets = ids.flatMap((id) => [`${group}place:${id}|`, `${group}subject:${id}`]).sort();
    for (const t of targets) {
      if (!c || !c.key.startsWith(group)) break;
      if (c.key < t) c = await c.continue(t);
      const exact = t.includes('|subject:');
      while (c && (exact ? c.key === t : c.key.startsWith(t))) {
        found.push(c.key);
        // The next distinct key: step over every claim under this one.
        c = await c.continue(`${c.key}\u0000`);
      }
    }
    // Skip the rest of the group: "|" + 1 is "}".
    const after = `${group.slice(0, -1)}}`;
    if (c && c.key < after) c = await c.continue(after);
  }
  return found;
}

/** Claims at a place (or, for stock figures without a subject, about it), found through the claim-key index. */
export async function claimsAtPlace(db: FactbaseDB, placeId: string): Promise<StoredClaim[]> {
  const keys = await keysScopedTo(db, [placeId]);
  const tx = db.transaction(['claims', 'incidents']);
  const lists = await Promise.all(keys.map((k) => tx.objectStore('claims').index('by-key').getAll(k)));
  const out = lists.flat().filter((c) => c.place === placeId || c.subject === placeId);
  // Claims of incidents at the place are keyed by their incident, not by the place.
  const incidents = (await tx.objectStore('incidents').index('by-actor').getAll(placeId)).filter((i) => i.place === placeId);
  const seen = new Set(out.map((c) => c.id));
  for (const inc of incidents) {
    for (const c of await tx.objectStore('claims').index('by-incident').getAll(inc.id)) {
      if (!seen.has(c.id)) {
        seen.add(c.id);
        out.push(c);
      }
    }
  }
  return out;
}

/** One claim as a point of a time series. */
export interface SeriesPoint {
  claimId: string;
  asOf: string | null;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  status: Claim['status'];
  counted: string | null;
  figureText: string;
  claimant: string | null;
  outlet: string | null;
  sourceId: string;
  incidentId: string | null;
}

/** Claims with one claim key, as a series ordered by as-of date (undated last). */
export interface ClaimGroup {
  key: string;
  /** Predicate class (killed, detained, fighters-abroad, …). */
  predicate: string;
  unit: string;
  series: SeriesPoint[];
}

const toPoint = (c: StoredClaim): SeriesPoint => ({
  claimId: c.id,
  asOf: c.asOf,
  value: c.value,
  low: c.low,
  high: c.high,
  qualifier: c.qualifier,
  unit: c.unit,
  status: c.status,
  counted: c.counted,
  figureText: c.figureText,
  claimant: c.claimant,
  outlet: c.outlet,
  sourceId: c.sourceId,
  incidentId: c.incidentId,
});

const byAsOf = (a: SeriesPoint, b: SeriesPoint): number =>
  a.asOf === b.asOf ? (a.claimId < b.claimId ? -1 : 1) : a.asOf === null ? 1 : b.asOf === null ? -1 : a.asOf < b.asOf ? -1 : 1;

/** Every claim with this claim key, as a time series (for "claims over time" on the actor page). */
export async function claimSeries(db: FactbaseDB, key: string): Promise<ClaimGroup> {
  const claims = await db.getAllFromIndex('claims', 'by-key', key);
  const first = claims[0];
  return {
    key,
    predicate: first ? predicateClass(first.predicate) : (key.split('|')[0] ?? ''),
    unit: first?.unit ?? (key.split('|')[1] ?? ''),
    series: claims.map(toPoint).sort(byAsOf),
  };
}

/** A source the actor was read in (or that an incident of theirs cites). */
export interface SourceRead {
  source: Source;
  /** Claims about the actor from this source. */
  claims: number;
  /** Incidents of the actor citing this source. */
  incidents: number;
}

/** Everything the actor page shows. */
export interface ActorProfile {
  actor: Actor;
  /** Incidents the actor took part in or that happened at it, newest first (undated last). */
  incidents: Incident[];
  /** Claims about, at, or in incidents of the actor, one group per claim key; groups with the latest figures first. */
  claimGroups: ClaimGroup[];
  /** Where the actor was read, newest first. */
  sources: SourceRead[];
  /** Other actors met in the same incidents, most shared first. */
  related: Array<{ actor: Actor; incidents: number }>;
  /** True when more than `maxClaims` claims hang on the actor (the groups hold the first ones). */
  truncated: boolean;
}

/**
 * The actor page: the actor, its incidents, its claims grouped by claim key with each key's time
 * series, the sources where it was read, and related actors. Claims are gathered from the subject
 * index, the actor's incidents, and the claim keys scoped to it (also under the `name:` ids pages
 * give names before they are in the fact base). Null when there is no such actor.
 */
export async function actorProfile(db: FactbaseDB, actorId: string, opts: { maxClaims?: number } = {}): Promise<ActorProfile | null> {
  const maxClaims = opts.maxClaims ?? 5000;
  const stored = await db.get('actors', actorId);
  if (!stored) return null;
  const ids = [actorId, ...stored.aliasKeys.map((k) => `name:${k}`)];
  const incidents = await db.getAllFromIndex('incidents', 'by-actor', actorId);
  const tx = db.transaction('claims');
  const [bySubject, byIncident] = await Promise.all([
    Promise.all(ids.map((id) => tx.store.index('by-subject').getAll(id, maxClaims + 1))),
    Promise.all(incidents.map((i) => tx.store.index('by-incident').getAll(i.id, maxClaims + 1))),
  ]);
  const claims = new Map<string, StoredClaim>();
  const add = (c: StoredClaim): void => {
    if (claims.size <= maxClaims) claims.set(c.id, c);
  };
  bySubject.flat().forEach(add);
  byIncident.flat().forEach(add);
  const scopedKeys = await keysScopedTo(db, ids);
  const tx2 = db.transaction('claims');
  const idSet = new Set(ids);
  for (const key of scopedKeys) {
    if (claims.size > maxClaims) break;
    for (const c of await tx2.store.index('by-key').getAll(key, maxClaims + 1)) {
      if ((c.place !== null && idSet.has(c.place)) || (c.subject !== null && idSet.has(c.subject))) add(c);
    }
  }
  const truncated = claims.size > maxClaims;
  const kept = [...claims.values()].slice(0, maxClaims);

  const groups = new Map<string, ClaimGroup>();
  for (const c of kept) {
    let g = groups.get(c.key);
    if (!g) groups.set(c.key, (g = { key: c.key, predicate: predicateClass(c.predicate), unit: c.unit, series: [] }));
    g.series.push(toPoint(c));
  }
  const latest = (g: ClaimGroup): string => g.series.reduce((m, p) => (p.asOf && p.asOf > m ? p.asOf : m), '');
  const claimGroups = [...groups.values()]
    .map((g) => ({ ...g, series: g.series.sort(byAsOf) }))
    .sort((a, b) => (latest(b) === latest(a) ? b.series.length - a.series.length : latest(b) < latest(a) ? -1 : 1));

  const perSource = new Map<string, { claims: number; incidents: number }>();
  const bump = (id: string, field: 'claims' | 'incidents'): void => {
    const e = perSource.get(id) ?? { claims: 0, incidents: 0 };
    e[field]++;
    perSource.set(id, e);
  };
  kept.forEach((c) => bump(c.sourceId, 'claims'));
  incidents.forEach((i) => i.sourceIds.forEach((s) => bump(s, 'incidents')));
  const stx = db.transaction(['sources', 'actors']);
  const sourceRecords = await Promise.all([...perSource.keys()].map((id) => stx.objectStore('sources').get(id)));
  const sources: SourceRead[] = sourceRecords
    .filter((s): s is Source => s !== undefined)
    .map((source) => ({ source, ...perSource.get(source.id)! }))
    .sort((a, b) => {
      const da = a.source.publishedAt ?? a.source.readAt ?? '';
      const dbb = b.source.publishedAt ?? b.source.readAt ?? '';
      return da === dbb ? (a.source.id < b.source.id ? -1 : 1) : da < dbb ? 1 : -1;
    });

  const shared = new Map<string, number>();
  for (const i of incidents) for (const other of i.actorIds) if (other !== actorId) shared.set(other, (shared.get(other) ?? 0) + 1);
  const relatedActors = await Promise.all([...shared.keys()].map((id) => stx.objectStore('actors').get(id)));
  const related = relatedActors
    .filter((a): a is StoredActor => a !== undefined)
    .map((a) => ({ actor: stripStored(a), incidents: shared.get(a.id)! }))
    .sort((a, b) => b.incidents - a.incidents || (a.actor.name < b.actor.name ? -1 : 1));

  const sortedIncidents = incidents
    .map((i) => stripStored(i))
    .sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? 1 : -1));
  return { actor: stripStored(stored), incidents: sortedIncidents, claimGroups, sources, related, truncated };
}
