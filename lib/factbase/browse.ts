/**
 * Browsing the fact base: paginated, searchable lists of actors, incidents, claims and sources
 * (paging.ts walks the indexes; the actor's page is actor-profile.ts).
 */
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB, StoredActor, StoredClaim, StoredIncident } from './db';
import { pageOver, searchFold, type Page, type PageRequest, type Walk, type Walkable } from './paging';
import { stripStored } from './records';
import type { Actor, ActorType, Claim, Incident, Source } from './schema';

export type { Page, PageRequest };

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
