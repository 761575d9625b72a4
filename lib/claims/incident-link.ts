/**
 * Incident linking: a figure about an event (a toll, a count of detainees) belongs to one
 * incident, found from the event's date (written in the text, else the publication date standing
 * in for "recently"), its place with its hierarchy (city inside province), and the incidents the
 * fact base already knows: bundled, imported from GTD/ACLED CSVs, or found on pages read before.
 * Claims from different articles about one incident meet because they link to one incident id,
 * even when an article is mainly about another event.
 *
 * Pure: the fact base's incidents and the place hierarchy are given.
 */
import type { DateBasis, PageClaim } from './types';
import { predicateClass } from './claim-key';

/** Measures that count what happened in one event (tolls, detentions), compared per incident. */
export const EVENT_CLASSES: ReadonlySet<string> = new Set(['killed', 'wounded', 'casualties', 'detained', 'charged', 'hostages', 'attacks']);

/** Whether a claim's measure is an event measure (compared per incident) rather than a stock. */
export function isEventMeasure(predicate: string): boolean {
  return EVENT_CLASSES.has(predicateClass(predicate));
}

/** An incident as linking needs it. */
export interface IncidentCandidate {
  id: string;
  title: string;
  date: string | null;
  place: string | null;
  /** How the incident's date was found; bundled and imported incidents have written dates. */
  dateBasis?: DateBasis;
  /** What kind of incident (attack, sentencing, arrest ...), when known. */
  type?: string;
}

// Incidents where nobody is killed or wounded: a toll never belongs to a trial or an arrest.
const NO_CASUALTIES = /^(?:sentencing|trial|verdict|arrest|detention|extradition|agreement|business|negotiations|propaganda|plot|court)\b/i;
const CASUALTY_MEASURES = new Set(['killed', 'wounded', 'casualties']);

/** The place hierarchy: a place's id with the ids of the places it lies in (city → province, not the country). */
export type PlaceFamily = (place: string) => readonly string[];

/** A place named on the page, where it stands. */
export interface PlaceMention {
  id: string;
  start: number;
  end: number;
}

// Words between two place names that put the first inside the second: "Zhanaozen, in the western
// Mangystau region", "Xiangshui, in East China's Jiangsu Province", "Kerch in Crimea".
const INSIDE_GAP = /^(?:,\s*(?:a|the)?\s*(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:in|of)\s+|\s+in\s+)(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+|\p{Ll}[\p{L}-]*)\s+){0,2}$/u;
// A possessive puts the second inside the first: "Crimea's Kerch", "Russia's Dagestan region".
const POSSESSIVE_GAP = /^['’]s\s+(?:(?:\p{Ll}[\p{L}-]*)\s+){0,2}$/u;
// Names joined as one group, which share what they lie in: "Derbent and Makhachkala, in ...".
const SIBLING_GAP = /^(?:\s+and\s+|,\s*)$/u;

const TOWN_OF_BEFORE = /\b(?:town|city|village|settlement)\s+of\s+$/i;
const REGION_WORD = /\b(?:region|province|oblast|governorate|prefecture|county|state)\b/i;
const REGION_AFTER = /^\s+(?:region|province|oblast|governorate|prefecture|county)\b/i;
const TOWN_AFTER_REGION_CHARS = 300;

/**
 * The place hierarchy the page itself states, for places a fact base may not know: each place's
 * id with the ids of the places the text puts it in ("the cities of Derbent and Makhachkala, in
 * Russia's Dagestan region": Derbent and Makhachkala in Dagestan, Dagestan in Russia). One pass
 * over the page's place names in text order; only the words between neighbours are read.
 */
export function placesWithinFromText(text: string, mentions: readonly PlaceMention[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (child: string, parent: string): void => {
    if (child === parent) return;
    const list = out.get(child) ?? [];
    if (!list.includes(parent)) list.push(parent);
    out.set(child, list);
  };
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let group: PlaceMention[] = [];
  // The places just put inside the current one ("Derbent and Makhachkala, in Russia's ..."): a
  // possessive after it names the nearer container ("... Russia's Dagestan region").
  let inside: PlaceMention[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    group.push(a);
    const b = sorted[i + 1];
    if (!b) break;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 60) {
      group = [];
      inside = [];
    } else if (INSIDE_GAP.test(gap)) {
      for (const g of group) add(g.id, b.id);
      inside = group;
      group = [];
    } else if (POSSESSIVE_GAP.test(gap)) {
      add(b.id, a.id);
      for (const g of inside) add(g.id, b.id);
      group = [];
    } else {
      if (!SIBLING_GAP.test(gap)) group = [];
      inside = [];
    }
  }
  // "... in the western Manghystau region. The violence broke out in the town of Zhanaozen": a
  // town introduced as such just after a region is named lies in that region.
  for (let i = 1; i < sorted.length; i++) {
    const m = sorted[i]!;
    if (out.has(m.id) || !TOWN_OF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start))) continue;
    for (let j = i - 1; j >= 0; j--) {
      const r = sorted[j]!;
      if (m.start - r.end > TOWN_AFTER_REGION_CHARS) break;
      if (r.id !== m.id && (REGION_WORD.test(r.id) || REGION_AFTER.test(text.slice(r.end, r.end + 20)))) {
        add(m.id, r.id);
        break;
      }
    }
  }
  // What a place lies in, it lies in with everything under it ("Derbent in Dagestan, in Russia").
  for (const [child, parents] of out) {
    for (const p of [...parents]) for (const pp of out.get(p) ?? []) if (pp !== child && !parents.includes(pp)) parents.push(pp);
  }
  return out;
}

/** A new incident found on this page. */
export interface NewIncident {
  id: string;
  title: string;
  date: string | null;
  place: string;
  dateBasis: DateBasis;
}

const DAY = 86_400_000;
// A publication date stands in for an event in the days before it ("the attack", no date given).
const PUBLICATION_WINDOW_DAYS = 10;
// How far back a recalled event ("after last month's attack in ...") may lie.
const RECALL_DAYS = 366;
// Days either side of a written date for an event whose place is a whole country.
const WIDE_EVENT_DAYS = 7;

/** The range of days a partial date covers, in ms since the epoch: [from, to]. */
export function dateRange(date: string, basis: DateBasis, wide = false): [number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (d !== undefined && m !== undefined) {
    const t = Date.UTC(y, m - 1, d);
    // A day written in the text may be off by one (time zones, attacks overnight); an event over a
    // whole country (unrest, a campaign of attacks) runs for days.
    const slack = wide ? WIDE_EVENT_DAYS * DAY : DAY;
    return basis === 'publication' ? [t - PUBLICATION_WINDOW_DAYS * DAY, t + (wide ? slack : 0)] : [t - slack, t + slack];
  }
  if (m !== undefined) return [Date.UTC(y, m - 1, 1), Date.UTC(y, m, 0)];
  return [Date.UTC(y, 0, 1), Date.UTC(y, 11, 31)];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

// Names of venues and sites, which lie inside a town the page names rather than being one.
const VENUE = /\b(?:hall|cent(?:er|re)|mall|airport|station|museum|market|bazaar|stadium|arena|theat(?:er|re)|square|street|avenue|hotel|school|university|mosque|church|cathedral|synagogue|park|building|base|prison|embassy|consulate|parliament|club|office|headquarters|plant|factory|mine|port|bridge|checkpoint|camp|village)\b/i;

/** Whether a place id names a venue or site (a hall, an airport, a market) rather than a town. */
export function isVenue(place: string): boolean {
  return VENUE.test(place.replace(/^name:/, '').replace(/-/g, ' '));
}

/** Whether two event dates can be one event's. */
export function datesMeet(a: string, aBasis: DateBasis, b: string, bBasis: DateBasis, wide = false): boolean {
  return overlaps(dateRange(a, aBasis, wide), dateRange(b, bBasis, wide));
}

function span(r: [number, number]): number {
  return r[1] - r[0];
}

/** Words for the kind of event, from the claim's sentence, for a new incident's title. */
function eventWord(quote: string): string {
  const m = /\b(suicide bombing|bombings?|explosions?|blasts?|shoot-?outs?|shootings?|attacks?|raids?|clashes|riots?|unrest|hostage[- ]taking|assault|massacre|ambush|operation|detentions?|arrests?)\b/i.exec(quote);
  if (!m) return 'Incident';
  const w = m[1]!.toLowerCase().replace(/s$/, '').replace(/^shootout$/, 'shoot-out');
  return w.charAt(0).toUpperCase() + w.slice(1);
}

function slug(s: string): string {
  return s.replace(/^name:/, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'place';
}

/**
 * Links each event claim of the page to an incident: among the known incidents whose date meets
 * the claim's, the best by place evidence — at the claim's place (or a place it lies in, or one
 * inside it); else at a place the page names (a venue's city: "Crocus City Hall ... outside
 * Moscow"); else, for a claim whose place the page never says, the only incident of that date.
 * Ties go to the incident with the narrowest date. With none, a new incident is made, shared by
 * the page's claims about that place and date, at the widest place the page puts it in
 * (`widest`). Sets `incident`/`incidentId` on the claims and returns the new incidents.
 */
export function linkIncidents(
  claims: PageClaim[],
  known: readonly IncidentCandidate[],
  family: PlaceFamily,
  placeName: (place: string) => string,
  pagePlaces: ReadonlySet<string> = new Set(),
  isCountry: (place: string) => boolean = () => false,
  widest: (place: string) => string = (p) => p,
): NewIncident[] {
  const created: NewIncident[] = [];
  const pool: IncidentCandidate[] = [...known];
  const pageFamily = new Set([...pagePlaces].flatMap((p) => family(p)));
  // A page that names a venue but no town ("the attack at Turkey's Ataturk Airport") leaves the
  // town open: its venue's claims link by date, like claims with no place.
  const noTown = [...pagePlaces].every((p) => isCountry(p) || isVenue(p));
  for (const claim of claims) {
    if (!isEventMeasure(claim.predicate)) continue;
    const date = claim.eventDate;
    // An undated claim cannot tell two events at one place apart: only a dated one links.
    if (!date) continue;
    const place = claim.place;
    const mine = place ? family(place) : [];
    const country = place !== null && isCountry(place);
    let best: IncidentCandidate | null = null;
    let bestScore = 0;
    let bestSpan = Number.POSITIVE_INFINITY;
    let dateOnly = 0;
    const casualty = CASUALTY_MEASURES.has(predicateClass(claim.predicate));
    // A recalled event ("after the rampage in Aqtobe that left 28 dead") is the last incident
    // known at its place in the year before the page.
    if (claim.recalled && place) {
      const before = dateRange(date, 'text')[1];
      let last: IncidentCandidate | null = null;
      for (const inc of pool) {
        if (!inc.date || !inc.place || (casualty && inc.type && NO_CASUALTIES.test(inc.type))) continue;
        const at = dateRange(inc.date, inc.dateBasis ?? 'text')[0];
        if (at > before || before - at > RECALL_DAYS * DAY || !family(inc.place).some((p) => mine.includes(p))) continue;
        if (!last || at > dateRange(last.date!, last.dateBasis ?? 'text')[0]) last = inc;
      }
      if (last) {
        claim.incident = last.id;
        claim.incidentId = last.id;
        continue;
      }
    }
    for (const inc of pool) {
      if (casualty && inc.type && NO_CASUALTIES.test(inc.type)) continue;
      const wide = country || (inc.place !== null && isCountry(inc.place));
      if (!inc.date || !datesMeet(date, claim.dateBasis, inc.date, inc.dateBasis ?? 'text', wide)) continue;
      const theirs = inc.place ? family(inc.place) : [];
      let score = 0;
      if (place && theirs.some((p) => mine.includes(p))) score = 3;
      // A venue ("Crocus City Hall") lies in a place the page names; another town does not.
      else if ((!place || isVenue(place)) && theirs.some((p) => pageFamily.has(p))) score = 2;
      else if (!place || country || (noTown && isVenue(place))) {
        score = 1;
        dateOnly++;
      }
      if (score === 0) continue;
      const s = span(dateRange(inc.date, inc.dateBasis ?? 'text'));
      if (score > bestScore || (score === bestScore && s < bestSpan)) [best, bestScore, bestSpan] = [inc, score, s];
    }
    // A claim with no place links by date alone only when one incident fits.
    if (best && bestScore === 1 && dateOnly > 1) best = null;
    if (!best && place) {
      // A new incident stands at the widest place the page puts the claim's place in (the
      // province, not the country), so a later report that names only the province, or another
      // town of it, meets it without a fact-base entry.
      const at = widest(place);
      const id = `inc-read-${slug(at)}-${date}`;
      const existing = created.find((c) => c.id === id);
      best = existing ?? null;
      if (!existing) {
        const inc: NewIncident = { id, title: `${eventWord(claim.quote)} in ${placeName(place)}, ${date}`, date, place: at, dateBasis: claim.dateBasis };
        created.push(inc);
        pool.push(inc);
        best = inc;
      }
    }
    if (best) {
      claim.incident = best.id;
      claim.incidentId = best.id;
    }
  }
  return created;
}
