/**
 * Browsing the fact base: paginated, searchable lists of actors, incidents, claims and sources,
 * and an actor's page (`actorProfile`). Every list walks an index with a cursor and stops after
 * one page (or after `maxScan` records examined, when a text filter rejects most of them), so a
 * page costs the same with 100 claims or 100k. A page's `next` is an opaque string that resumes
 * exactly after the last record examined (index key + primary key), unaffected by inserts.
 */
import { foldText, aliasKey } from '../extract/normalize';
import { predicateClass } from '../claims/claim-key';
import type { FactbaseDB, StoredActor, StoredClaim, StoredIncident } from './db';
import { stripStored } from './records';
import type { Actor, ActorType, Claim, Incident, Qualifier, Source } from './schema';

/** Where a page starts and how long it is. */
export interface PageRequest {
  /** The `next` of the previous page; omit for the first page. */
  cursor?: string | null;
  /** Items per page (1..500); 50 by default. */
  limit?: number;
  /** Records examined at most before returning a shorter page (with a `next`); 5000 by default. */
  maxScan?: number;
}

/** One page of results. */
export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null at the end. */
  next: string | null;
  /**
   * Records matching the query in all, on the first page only (counting walks the range, so later
   * pages skip it) and when the index alone answers the query (no text or field filter); else null.
   */
  total: number | null;
  /** Records examined for this page. */
  scanned: number;
}

// The minimal cursor surface the pager needs (idb's index and store cursors both have it).
interface WalkCursor<V> {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: V;
  continue(key?: IDBValidKey): Promise<WalkCursor<V> | null>;
  continuePrimaryKey(key: IDBValidKey, primaryKey: IDBValidKey): Promise<WalkCursor<V> | null>;
}
interface Walkable<V> {
  openCursor(range?: IDBKeyRange | null, direction?: IDBCursorDirection): Promise<WalkCursor<V> | null>;
  count(range?: IDBKeyRange | null): Promise<number>;
}

/** A cursor position: phase (for lists that walk two sources one after the other), index key, primary key. */
type Position = [phase: number, key: string, primaryKey: string];

function decodeCursor(cursor: string | null | undefined): Position | null {
  if (!cursor) return null;
  try {
    const p: unknown = JSON.parse(cursor);
    if (Array.isArray(p) && p.length === 3 && typeof p[0] === 'number' && typeof p[1] === 'string' && typeof p[2] === 'string') {
      return p as Position;
    }
  } catch {
    // Fall through: a cursor from elsewhere starts from the beginning rather than failing.
  }
  return null;
}

/** One source of records for a list: an index or store, a range within it, a direction. */
interface Walk<V> {
  source: Walkable<V>;
  /** Inclusive bounds of the query (null: open). */
  lower: string | null;
  upper: string | null;
  direction: 'next' | 'prev';
  /** True when walking an object store (key = primary key). */
  isStore: boolean;
}

function rangeOf(lower: string | null, upper: string | null, lowerOpen = false, upperOpen = false): IDBKeyRange | null {
  if (lower !== null && upper !== null) return IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen);
  if (lower !== null) return IDBKeyRange.lowerBound(lower, lowerOpen);
  if (upper !== null) return IDBKeyRange.upperBound(upper, upperOpen);
  return null;
}

/** Opens a walk positioned just after `after` (key, primary key), or at its start. */
async function openAfter<V>(w: Walk<V>, after: [string, string] | null): Promise<WalkCursor<V> | null> {
  if (!after) return w.source.openCursor(rangeOf(w.lower, w.upper), w.direction);
  const [k, pk] = after;
  const fwd = w.direction === 'next';
  if (w.isStore) {
    return w.source.openCursor(fwd ? rangeOf(k, w.upper, true, false) : rangeOf(w.lower, k, false, true), w.direction);
  }
  let c = await w.source.openCursor(fwd ? rangeOf(k, w.upper) : rangeOf(w.lower, k), w.direction);
  if (c && c.key === k) {
    const before = fwd ? (c.primaryKey as string) < pk : (c.primaryKey as string) > pk;
    if (before) c = await c.continuePrimaryKey(k, pk);
    if (c && c.key === k && c.primaryKey === pk) c = await c.continue();
  }
  return c;
}

/** Walks the phases in order from the position, collecting up to `limit` accepted records. */
async function pageOver<V, T>(
  walks: ReadonlyArray<Walk<V>>,
  req: PageRequest,
  accept: (value: V, key: string, phase: number) => T | null,
  filtered: boolean,
): Promise<Page<T>> {
  const limit = Math.min(Math.max(Math.floor(req.limit ?? 50), 1), 500);
  const maxScan = Math.max(req.maxScan ?? 5000, limit);
  const pos = decodeCursor(req.cursor);
  const items: T[] = [];
  let scanned = 0;
  let total: number | null = null;
  if (!filtered && !req.cursor) {
    total = 0;
    for (const w of walks) total += await w.source.count(rangeOf(w.lower, w.upper));
  }
  for (let phase = pos ? pos[0] : 0; phase < walks.length; phase++) {
    const w = walks[phase]!;
    // [phase, '', ''] marks the start of a phase.
    const resume = pos && pos[0] === phase && (pos[1] !== '' || pos[2] !== '') ? ([pos[1], pos[2]] as [string, string]) : null;
    let c = await openAfter(w, resume);
    let last: Position | null = null;
    while (c && items.length < limit && scanned < maxScan) {
      scanned++;
      const key = c.key as string;
      const item = accept(c.value, key, phase);
      if (item !== null) items.push(item);
      last = [phase, key, c.primaryKey as string];
      c = await c.continue();
    }
    if (c && last) return { items, next: JSON.stringify(last), total, scanned };
    // This phase is done; the next one starts from its beginning.
    if (items.length >= limit || scanned >= maxScan) {
      const more = phase + 1 < walks.length;
      return { items, next: more ? JSON.stringify([phase + 1, '', ''] satisfies Position) : null, total, scanned };
    }
  }
  return { items, next: null, total, scanned };
}

/** Folds text for substring search (case, diacritics, dashes). */
const searchFold = (s: string): string => foldText(s).replace(/\s+/g, ' ').trim();

/** An actor in a list, with the name or alias that matched the search. */
export type ActorListItem = Actor & { matched: string };

/** What to list of actors. */
export interface ActorQuery extends PageRequest {
  /** Prefix of any name or alias, or of a word in one (folded: case, diacritics, dashes do not matter). */
  search?: string;
  type?: ActorType;
}

/**
 * Actors in alphabetical order of name, or, with `search`, those with a name or alias starting
 * with it (each actor once, listed under its first matching alias), then those with a word inside
 * a name starting with it ("State" finds "Islamic State"), optionally of one type.
 */
export async function listActors(db: FactbaseDB, q: ActorQuery = {}): Promise<Page<ActorListItem>> {
  const prefix = q.search ? aliasKey(q.search) : '';
  const inner = ` ${prefix}`;
  const index = db.transaction('actors').store.index('by-alias') as unknown as Walkable<StoredActor>;
  const walks: Walk<StoredActor>[] = [
    {
      source: index,
      lower: prefix || null,
      upper: prefix ? `${prefix}\uffff` : null,
      direction: 'next',
      isStore: false,
    },
  ];
  // A second phase over every alias for the words inside names; bounded per page by `maxScan`.
  if (prefix) walks.push({ source: index, lower: null, upper: null, direction: 'next', isStore: false });
  const item = (a: StoredActor, key: string): ActorListItem => {
    const matched = [a.name, ...a.aliases].find((n) => aliasKey(n) === key) ?? a.name;
    return { ...stripStored(a), matched };
  };
  return pageOver(
    walks,
    q,
    (a, key, phase) => {
      if (q.type && a.type !== q.type) return null;
      if (phase === 0) {
        // Each actor appears under several keys of the multi-entry index: keep one of them.
        const first = prefix ? a.aliasKeys.filter((k) => k.startsWith(prefix)).sort()[0] : a.aliasKeys[0];
        return key === first ? item(a, key) : null;
      }
      // Actors the first phase listed (a name starting with the search) are not listed twice.
      if (!key.includes(inner) || a.aliasKeys.some((k) => k.startsWith(prefix))) return null;
      const first = a.aliasKeys.filter((k) => k.includes(inner)).sort()[0];
      return key === first ? item(a, key) : null;
    },
    true,
  );
}

/** What to list of incidents. */
export interface IncidentQuery extends PageRequest {
  /** Incidents this actor took part in, or that happened at this place. */
  actorId?: string;
  /** Words in the title, type or summary (folded substring). */
  search?: string;
  /** Earliest date, `YYYY[-MM[-DD]]` (inclusive). */
  from?: string;
  /** Latest date, `YYYY[-MM[-DD]]` (inclusive: "2016" takes all of 2016). */
  to?: string;
}

/**
 * Incidents, newest first, then undated ones; with `actorId`, that actor's incidents (in id
 * order); filtered by date range and search words.
 */
export async function listIncidents(db: FactbaseDB, q: IncidentQuery = {}): Promise<Page<Incident>> {
  const store = db.transaction('incidents').store;
  const needle = q.search ? searchFold(q.search) : '';
  const from = q.from ?? null;
  const to = q.to ? `${q.to}\uffff` : null;
  const accept = (i: StoredIncident): Incident | null => {
    if (q.actorId && (from || to) && (!i.date || (from && i.date < from) || (to && i.date > to))) return null;
    if (needle && !searchFold(`${i.title} ${i.type} ${i.summary}`).includes(needle)) return null;
    return stripStored(i);
  };
  if (q.actorId) {
    const walk: Walk<StoredIncident> = {
      source: store.index('by-actor') as unknown as Walkable<StoredIncident>,
      lower: q.actorId,
      upper: q.actorId,
      direction: 'next',
      isStore: false,
    };
    return pageOver([walk], q, accept, Boolean(needle || from || to));
  }
  const walks: Array<Walk<StoredIncident>> = [
    { source: store.index('by-date') as unknown as Walkable<StoredIncident>, lower: from, upper: to, direction: 'prev', isStore: false },
  ];
  // Undated incidents are not in the date index (null is no key): they come after the dated ones.
  if (!from && !to) walks.push({ source: store as unknown as Walkable<StoredIncident>, lower: null, upper: null, direction: 'next', isStore: true });
  const undatedOnly = (i: StoredIncident, _key: string, phase: number): Incident | null => (phase === 1 && i.date !== null ? null : accept(i));
  const page = await pageOver(walks, q, undatedOnly, true);
  if (!needle && !from && !to && !q.cursor) page.total = await store.count();
  return page;
}

/** What to list of claims; one of `key`, `sourceId`, `subject`, `incidentId` picks the index walked. */
export interface ClaimQuery extends PageRequest {
  key?: string;
  sourceId?: string;
  subject?: string;
  incidentId?: string;
  /** Exact predicate (killed, arrested, ...). */
  predicate?: string;
  status?: Claim['status'];
  /** Words in the quote, figure or claimant (folded substring). */
  search?: string;
}

/**
 * Claims, grouped by claim key (claims about the same thing are adjacent), or those with one key,
 * source, subject or incident; filtered by predicate, status and search words.
 */
export async function listClaims(db: FactbaseDB, q: ClaimQuery = {}): Promise<Page<Claim & { key: string }>> {
  const store = db.transaction('claims').store;
  let index: 'by-key' | 'by-source' | 'by-subject' | 'by-incident' = 'by-key';
  let value: string | null = null;
  if (q.key !== undefined) [index, value] = ['by-key', q.key];
  else if (q.incidentId !== undefined) [index, value] = ['by-incident', q.incidentId];
  else if (q.sourceId !== undefined) [index, value] = ['by-source', q.sourceId];
  else if (q.subject !== undefined) [index, value] = ['by-subject', q.subject];
  const needle = q.search ? searchFold(q.search) : '';
  const filtered = Boolean(
    needle ||
      q.predicate ||
      q.status ||
      [q.key, q.incidentId, q.sourceId, q.subject].filter((x) => x !== undefined).length > 1,
  );
  const walk: Walk<StoredClaim> = {
    source: store.index(index) as unknown as Walkable<StoredClaim>,
    lower: value,
    upper: value,
    direction: 'next',
    isStore: false,
  };
  return pageOver(
    [walk],
    q,
    (c) => {
      if (q.key !== undefined && c.key !== q.key) return null;
      if (q.sourceId !== undefined && c.sourceId !== q.sourceId) return null;
      if (q.subject !== undefined && c.subject !== q.subject) return null;
      if (q.incidentId !== undefined && c.incidentId !== q.incidentId) return null;
      if (q.predicate && c.predicate !== q.predicate) return null;
      if (q.status && c.status !== q.status) return null;
      if (needle && !searchFold(`${c.quote} ${c.figureText} ${c.claimant ?? ''}`).includes(needle)) return null;
      return c;
    },
    filtered,
  );
}

/** What to list of sources. */
export interface SourceQuery extends PageRequest {
  /** Words in the title, outlet or URL (folded substring). */
  search?: string;
}

/** Sources in id order, filtered by search words. */
export async function listSources(db: FactbaseDB, q: SourceQuery = {}): Promise<Page<Source>> {
  const needle = q.search ? searchFold(q.search) : '';
  const walk: Walk<Source> = {
    source: db.transaction('sources').store as unknown as Walkable<Source>,
    lower: null,
    upper: null,
    direction: 'next',
    isStore: true,
  };
  return pageOver(
    [walk],
    q,
    (s) => (needle && !searchFold(`${s.title} ${s.outlet ?? ''} ${s.url ?? ''}`).includes(needle) ? null : s),
    Boolean(needle),
  );
}

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
