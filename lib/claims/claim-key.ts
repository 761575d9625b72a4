import { skeletonKey } from '../extract/normalize';

/**
 * Claim keys: two claims are about the same thing when they measure the same predicate class,
 * about the same subject (or incident), place and period. The counted population is compared
 * apart from the key (see `countedClass`), so a different population is a *scope* difference
 * rather than a separate topic.
 */

/** Predicates that count the same thing in news prose, grouped. */
const PREDICATE_CLASS: Readonly<Record<string, string>> = {
  killed: 'killed',
  casualties: 'casualties',
  wounded: 'wounded',
  arrested: 'detained',
  detained: 'detained',
  charged: 'charged',
  sentenced: 'sentenced',
  convicted: 'sentenced',
  'fighters-abroad': 'fighters-abroad',
  members: 'members',
  departed: 'fighters-abroad',
  joined: 'fighters-abroad',
  recruited: 'fighters-abroad',
  returned: 'returned',
};

const STOCK_CLASSES = new Set(['fighters-abroad', 'returned', 'spending', 'surveillance', 'blocked-materials']);

/** The predicate's class: predicates in one class count the same kind of thing. */
export function predicateClass(predicate: string): string {
  return PREDICATE_CLASS[predicate] ?? predicate;
}

/** What a claim key is computed from. */
export interface ClaimKeyInput {
  predicate: string;
  unit: string;
  subject: string | null;
  incidentId: string | null;
  place: string | null;
  asOf: string | null;
}

/**
 * The claim key: predicate class, unit kind, and the scope. Event figures (how many were killed)
 * are keyed by their incident, so two articles about one attack meet once both are linked to it
 * (lib/claims/incident-link.ts); an event figure with no incident falls back to place and year.
 * Stocks (how many fighters a country has abroad) are keyed by subject.
 */
export function claimKey(c: ClaimKeyInput): string {
  const cls = predicateClass(c.predicate);
  const unit = c.unit.startsWith('currency:') ? 'money' : c.unit;
  if (STOCK_CLASSES.has(cls)) return `${cls}|${unit}|subject:${c.subject ?? c.place ?? '-'}`;
  if (c.incidentId) return `${cls}|${unit}|incident:${c.incidentId}`;
  const period = c.asOf ? c.asOf.slice(0, 4) : '-';
  return `${cls}|${unit}|place:${c.place ? placeKey(c.place) : '-'}|${period}`;
}

// "Aktobe Province", "Aktobe region", "Aktobe city" and "Aktobe" name one place for a news report.
const ADMIN_SUFFIX = /[-\s](?:province|region|oblast|city|district|county|governorate|prefecture|municipality|village|town)$/i;

/** A place id or name with its administrative suffix dropped, so reports at either level meet. */
export function placeKey(place: string): string {
  return place.replace(ADMIN_SUFFIX, '');
}

/**
 * Whether claims under this key can be compared at all: an event figure with neither a date nor a
 * publication date could be about any year ("10 killed in Aktobe" in 2011 or in 2016).
 */
export function isComparableKey(key: string): boolean {
  return !key.endsWith('|-');
}

/** Populations a counted noun can name; nouns not listed fall in "people". */
const COUNTED_CLASS: ReadonlyArray<[RegExp, string]> = [
  [/\b(famil|relative|wives|children|dependants|dependents)/i, 'with-families'],
  [/\b(women|wom[ae]n|females?|girls?)\b/i, 'women'],
  [/\b(child|children|minors?|teenagers?|boys?)\b/i, 'children'],
  [/\b(police|policem[ae]n|officers?|soldiers?|troops|servicem[ae]n|guards?|personnel)\b/i, 'security'],
  [/\b(terrorists?|militants?|gunmen|gunman|attackers?|assailants?|insurgents?|extremists?|jihadis?|jihadists?|suspects?|culprits?|bombers?|fighters?|radicals?|islamists?|followers?|supporters?)\b/i, 'militants'],
];

// For fighters abroad, "militants", "citizens" and "nationals" all name the people who went.
const MILITANTS_ARE_PEOPLE = new Set(['fighters-abroad', 'returned']);

/** The population a counted noun names for a predicate: militants, security, women, children, with-families, or people. */
export function countedClass(counted: string | null, predicate: string): string {
  let cls = 'people';
  if (counted) {
    for (const [re, c] of COUNTED_CLASS) {
      if (re.test(counted)) {
        cls = c;
        break;
      }
    }
  }
  if (cls === 'militants' && MILITANTS_ARE_PEOPLE.has(predicateClass(predicate))) cls = 'people';
  return cls;
}

// Populations contained in another: a figure for one is a *scope* difference from the other.
const NARROWER: Readonly<Record<string, readonly string[]>> = {
  people: ['security', 'women', 'children'],
  'with-families': ['people', 'women', 'children'],
};

/** How two counted populations relate: the same, one inside the other (scope), or unrelated. */
export function countedRelation(a: string, b: string): 'same' | 'scope' | 'unrelated' {
  if (a === b) return 'same';
  if (NARROWER[a]?.includes(b) || NARROWER[b]?.includes(a)) return 'scope';
  return 'unrelated';
}

// Russian case endings as they come out of transliteration ("в Таразе" → "taraze", "из Актобе"):
// dropped so the declined name meets the English one. A stem shorter than four letters is kept
// whole, so short names are not cut to nothing.
const CASE_ENDING = /(?:ami|akh|om|em|oy|ey|oj|ej|ju|ye|a|e|u|i|y)$/;

/**
 * A place name folded for meeting other spellings of it: the romanisation skeleton ("Aqtobe" and
 * "Aktobe" are one) without an administrative suffix or a Russian case ending ("Таразе", "Taraz").
 */
export function placeSpellingKey(name: string): string {
  const skeleton = skeletonKey(placeKey(name.replace(/^name:/, '')));
  const stem = skeleton.replace(CASE_ENDING, '');
  return stem.length >= 4 ? stem : skeleton;
}

