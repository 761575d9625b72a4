/**
 * THE pipeline for one page's text, shared by the command line, the benchmark, the unit tests and
 * the extension's background: extract (actors, figures, claims), link event claims to incidents,
 * compare with other sources' claims, remember the page's claims (when asked), and summarise the
 * page's incidents. The fact base comes in through one interface (EngineFactbase): memory for the
 * command line, IndexedDB for the extension. So the popup and `--json` cannot differ for the same
 * page text read in the same order.
 */
import { claimKey, placeKey, placeSpellingKey, predicateClass } from '../claims/claim-key';
import { summariseIncident, type IncidentFigure, type IncidentSummary } from '../claims/incident-view';
import { linkIncidents, isEventMeasure, placesWithinFromText, type IncidentCandidate, type NewIncident } from '../claims/incident-link';
import { isCountryPlace } from '../claims/countries';
import { aliasKey } from '../extract/normalize';
import type { PageClaim, PageConflict } from '../claims/types';
import type { Incident, Source } from '../factbase/schema';
import { extractText, findConflicts, otherClaimOf, type KnownClaim } from './analyze';
import { incidentFigureOf } from './incident-summary';
import type { EngineFactbase, NameIndex } from './factbase-port';
import { claimsToRecords, hostOutlet, roundMs, sourceIdFor, textHash } from './record-page';
import type { PageResult } from './types';

/** One page's text and what is known about where it came from. */
export interface PageToAnalyze {
  /** What the page is called in reports: the file path or URL given, or the tab's URL. */
  label: string;
  url: string | null;
  title: string | null;
  publishedAt: string | null;
  siteName: string | null;
  text: string;
  /** 0 for the page's text; 1, 2, ... for text it added later. */
  part?: number;
}

/** How the page is analysed. */
export interface AnalyzeOptions {
  /** Remember the page's claims in the fact base (off for a site the reader switched off). */
  remember: boolean;
  /** The time recorded as the read time. */
  now?: () => Date;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * A place with the places it lies in (not its country) and its suffix-free name, for linking:
 * from the fact base's `within`, and from what the page itself says (`textWithin`).
 */
function placeFamily(names: NameIndex, textWithin: ReadonlyMap<string, readonly string[]> = new Map()): (place: string) => string[] {
  return (place) => {
    const out = new Set<string>([place, placeKey(place)]);
    for (const p of names.actor(place)?.within ?? []) if (!isCountryPlace(p)) out.add(p);
    for (const p of textWithin.get(place) ?? []) if (!isCountryPlace(p)) out.add(p);
    // Spellings of one name ("Aqtobe", "Aktobe", a declined "Таразе") meet without a fact-base entry.
    const name = place.startsWith('name:') ? place.slice(5) : names.actor(place)?.name;
    if (name) out.add(`skel:${placeSpellingKey(name)}`);
    return [...out];
  };
}

/**
 * An incident at several places the page names together ("the cities of Derbent and Makhachkala,
 * in Russia's Dagestan region"): a figure for one of them alone ("In Makhachkala ... two attackers
 * were killed") counts that place's part, not the incident's whole, so it is not compared with
 * another source's whole. A figure whose sentence names two of them is the whole.
 */
function markPlaceParts(text: string, claims: PageClaim[], textWithin: ReadonlyMap<string, readonly string[]>, nameOf: (place: string) => string): void {
  // Places the text puts in one parent (short of the country) are siblings.
  const siblingsOf = new Map<string, string[]>();
  for (const [child, parents] of textWithin) {
    for (const p of parents) {
      if (isCountryPlace(p)) continue;
      for (const [other, ps] of textWithin) if (other !== child && ps.includes(p) && !(textWithin.get(other) ?? []).includes(child) && !parents.includes(other)) siblingsOf.set(child, [...(siblingsOf.get(child) ?? []), other]);
    }
  }
  if (siblingsOf.size === 0) return;
  const lower = text.toLowerCase();
  for (const c of claims) {
    const sibs = c.place && c.incident ? siblingsOf.get(c.place) : undefined;
    if (!sibs || c.subset || c.partOf || c.parts) continue;
    // Its paragraph up to its sentence: naming two of the places there makes it the whole.
    const at = text.indexOf(c.quote);
    if (at < 0) continue;
    const from = Math.max(0, text.lastIndexOf('\n\n', at));
    const window = lower.slice(from, at + c.quote.length);
    const named = [c.place!, ...sibs].filter((p) => {
      const name = nameOf(p).toLowerCase();
      for (let i = window.indexOf(name); i >= 0; i = window.indexOf(name, i + 1)) if (!DISTANCE_FROM.test(window.slice(Math.max(0, i - 40), i))) return true;
      return false;
    });
    if (named.length < 2) c.subset = true;
  }
}

// "about 110 kilometers north of Derbent": a point a distance is given from, not where it happened.
const DISTANCE_FROM = /\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:[a-z-]+\s+){0,2}(?:of|from)\s+$/;

function placeNameOf(names: NameIndex): (place: string) => string {
  return (place) => names.actor(place)?.name ?? place.replace(/^name:/, '').replace(/(^|\s)\p{L}/gu, (m) => m.toUpperCase());
}

/** Analyses one page against the fact base and, when asked, remembers its claims there. */
export async function analyzePage(page: PageToAnalyze, fb: EngineFactbase, opts: AnalyzeOptions): Promise<PageResult> {
  const part = page.part ?? 0;
  const names = await fb.names();
  // A page the fact base already knows (a bundled article, a page read before) keeps its source id,
  // so its own claims are never shown as another source's.
  const known = page.url ? await fb.sourceForUrl(page.url) : undefined;
  const sourceId = known?.id ?? sourceIdFor(page.url ?? page.label);
  const outlet = page.siteName ?? known?.outlet ?? hostOutlet(page.url) ?? (page.title ? null : (page.label.split(/[\\/]/).pop() ?? null));
  // Claim ids are made from the text's version: each version of the page's text, and text added
  // later, gets ids of its own (so an outlet's update is kept beside the earlier version).
  const hash = textHash(page.text);
  const version = hash.slice(0, 6);
  const claimBase = part > 0 ? `${sourceId}@${version}~${part}` : `${sourceId}@${version}`;
  const meta = { sourceId: claimBase, title: page.title, publishedAt: page.publishedAt };
  const ex = extractText(page.text, meta, { matcher: names.matcher, actorIdForName: (n) => names.actorIdForName(n), actorName: (id) => names.actor(id)?.name });

  const t1 = now();
  // Incidents: event claims link to a known incident at their place and date, or to one found here.
  const years = [...new Set(ex.claims.filter((c) => isEventMeasure(c.predicate) && c.eventDate).map((c) => c.eventDate!.slice(0, 4)))];
  const candidates: IncidentCandidate[] = years.length > 0 ? (await fb.incidentsInYears(years)).map((i) => ({ ...i })) : [];
  const placeMentions = ex.actors.filter((a) => a.type === 'place').map((a) => ({ id: a.actorId ?? `name:${aliasKey(a.text)}`, start: a.start, end: a.end }));
  const pagePlaces = new Set(placeMentions.map((m) => m.id));
  // The hierarchy the page states ("Zhanaozen, in the western Mangystau region") joins places the
  // fact base does not know; a new incident stands at the widest of them short of the country.
  const textWithin = placesWithinFromText(page.text, placeMentions);
  const widest = (place: string): string => {
    const up = (textWithin.get(place) ?? []).filter((p) => !isCountryPlace(p));
    return up.find((p) => (textWithin.get(p) ?? []).every((q) => isCountryPlace(q))) ?? place;
  };
  const created = linkIncidents(ex.claims, candidates, placeFamily(names, textWithin), placeNameOf(names), pagePlaces, isCountryPlace, widest);
  markPlaceParts(page.text, ex.claims, textWithin, placeNameOf(names));
  for (const c of ex.claims) c.key = claimKey(c);

  const keys = [...new Set(ex.claims.map((c) => c.key))];
  const byKey = new Map<string, KnownClaim[]>();
  const sources = new Map<string, Source | undefined>();
  const sourceOf = async (id: string): Promise<Source | undefined> => {
    if (!sources.has(id)) sources.set(id, await fb.source(id));
    return sources.get(id);
  };
  for (const key of keys) {
    const list: KnownClaim[] = [];
    for (const claim of await fb.claimsByKey(key)) list.push({ claim, source: await sourceOf(claim.sourceId) });
    byKey.set(key, list);
  }
  const conflictPage = { sourceId, outlet, title: page.title, publishedAt: page.publishedAt, url: page.url };
  const conflicts = findConflicts(ex.claims, ex.figures, conflictPage, (k) => byKey.get(k) ?? []);
  if (part === 0 && known?.textHash && known.textHash !== hash) conflicts.push(...(await outletUpdates(fb, known, ex.claims, ex.figures)));
  const compareMs = now() - t1;

  const source: Source = {
    id: sourceId,
    url: page.url,
    title: page.title ?? known?.title ?? page.label.split(/[\\/]/).pop() ?? page.label,
    outlet,
    publishedAt: page.publishedAt ?? known?.publishedAt ?? null,
    origin: known && known.origin !== 'read' ? known.origin : 'read',
    textHash: hash,
    readAt: (opts.now ?? (() => new Date()))().toISOString(),
  };
  const incidentRecords: Incident[] = created.map((i) => toIncidentRecord(i, sourceId));
  if (opts.remember) {
    // A bundled article read again: its figures the bundle already holds are not added twice.
    const existing = known && known.origin !== 'read' ? await fb.claimsBySource(sourceId) : [];
    const held = new Set(existing.map((c) => `${c.figureText}\u0000${c.quote}`));
    const records = claimsToRecords(ex.claims, ex.figures, source).filter((r) => !held.has(`${r.figureText}\u0000${r.quote}`));
    await fb.recordPage(source, records, incidentRecords, part);
  }
  const incidents = await summariseIncidents(fb, ex.claims, created, names, source);
  return {
    source: { input: page.label, title: page.title, publishedAt: page.publishedAt, url: page.url, outlet, sourceId },
    text: page.text,
    actors: ex.actors,
    maybe: ex.maybe,
    figures: ex.figures,
    claims: ex.claims,
    conflicts,
    incidents,
    timings: { extractMs: roundMs(ex.extractMs), compareMs: roundMs(compareMs) },
  };
}

function toIncidentRecord(i: NewIncident, sourceId: string): Incident {
  return { id: i.id, title: i.title, date: i.date, place: i.place, actors: [], type: 'event', summary: '', sourceIds: [sourceId], origin: 'read', dateBasis: i.dateBasis };
}

/**
 * A page read before whose text changed since: its figures that now read differently are
 * updates by the outlet, not conflicts with itself.
 */
async function outletUpdates(fb: EngineFactbase, source: Source, claims: readonly PageClaim[], figures: PageResult['figures']): Promise<PageConflict[]> {
  const before = (await fb.claimsBySource(source.id)).filter((c) => c.origin === 'read' && c.status === 'active');
  const out: PageConflict[] = [];
  for (const c of claims) {
    const old = before.find((b) => b.key === c.key && b.predicate === c.predicate && b.counted === c.counted);
    if (!old || old.value === c.value) continue;
    out.push({
      kind: 'update',
      claim: c.id,
      other: otherClaimOf(old, source),
      reason: `Updated by the outlet: this page said "${old.figureText}" when read on ${source.readAt?.slice(0, 10) ?? 'an earlier visit'}; it now says "${figures[c.figure]?.text ?? c.value}"`,
    });
  }
  return out;
}

/** The page's incidents, each measure summarised across every source the fact base holds. */
async function summariseIncidents(fb: EngineFactbase, claims: readonly PageClaim[], created: readonly NewIncident[], names: NameIndex, page: Source): Promise<IncidentSummary[]> {
  const ids = [...new Set(claims.map((c) => c.incident).filter((id): id is string => id !== null))];
  const out: IncidentSummary[] = [];
  const sources = new Map<string, Source | undefined>();
  for (const id of ids) {
    const inc = created.find((c) => c.id === id) ?? (await fb.incident(id));
    if (!inc) continue;
    const figures: IncidentFigure[] = [];
    const mine = claims.filter((c) => c.incident === id && c.predicate !== 'other');
    const mineQuotes = new Set(mine.map((c) => `${c.figureText}\u0000${c.quote}`));
    for (const c of await fb.claimsByIncident(id)) {
      // This page's claims come from this reading (remembered or not), not from the store.
      if (c.sourceId === page.id || mineQuotes.has(`${c.figureText}\u0000${c.quote}`)) continue;
      if (!sources.has(c.sourceId)) sources.set(c.sourceId, await fb.source(c.sourceId));
      figures.push(incidentFigureOf(c, sources.get(c.sourceId)));
    }
    for (const c of mine) {
      figures.push({
        claimId: c.id, predicate: c.predicate, role: c.role, value: c.value, low: c.low, high: c.high, unit: c.unit, claimant: c.claimant,
        outlet: page.outlet, date: page.publishedAt, sourceId: page.id, url: page.url, quote: c.quote, figureText: c.figureText, current: !c.previous && !c.partOf,
      });
    }
    out.push(summariseIncident({ id: inc.id, title: inc.title, date: inc.date, place: inc.place, placeName: inc.place ? placeNameOf(names)(inc.place) : null }, figures, predicateClass));
  }
  return out;
}
