/**
 * Deciding how two claims with the same claim key relate (see lib/claims/README.md):
 * - different populations (attackers vs victims) are unrelated; one population inside the other
 *   (victims vs all the dead, fighters vs fighters with their families) is a *scope* difference;
 * - a change stated in the text ("risen to 18, up from 13", "pushing the toll to 25") is an *update*;
 * - for stocks (fighters abroad as of a date) and running totals ("since 2013"), a figure given
 *   months or years later with no stated change is a later figure (an *update*), not a conflict;
 * - otherwise two figures whose intervals do not overlap *conflict* (two tolls of one event a few
 *   days apart, with no stated change, disagree: the reader is shown both dates).
 */
import type { Qualifier } from '../extract/vocabulary';
import { predicateClass } from './claim-key';
import { isEventMeasure } from './incident-link';

// Measures that count people: their counted nouns differ by role, which `roleOf` reads.
const PEOPLE_CLASSES = new Set(['killed', 'wounded', 'casualties', 'detained', 'charged', 'sentenced', 'fighters-abroad', 'returned', 'extradited', 'members', 'refugees', 'hostages', 'surveillance', 'criminal-records']);

const SUB_ROLES = new Set(['civilians', 'security', 'attackers']);

// Counted nouns that are no people, though a measure of people governs them: "from eight
// countries", "in 19 cities", "two vehicles" beside a toll.
const NOT_PEOPLE = new Set(['country', 'nation', 'nationality', 'city', 'town', 'village', 'region', 'province', 'district', 'building', 'house', 'home', 'car', 'vehicle', 'bus', 'train', 'hour', 'day', 'week', 'month', 'year', 'minute', 'time', 'place', 'site', 'location', 'station', 'hospital', 'school', 'weapon', 'gun', 'rifle', 'bomb', 'grenade', 'device', 'shot', 'round',
  // Buildings, sites and distances a toll's sentence names ("attacks on two Orthodox churches").
  'church', 'cathedral', 'synagogue', 'mosque', 'temple', 'embassy', 'consulate', 'airport', 'hall', 'museum', 'market', 'shop', 'store',
  'factory', 'plant', 'office', 'post', 'checkpoint', 'street', 'road', 'bridge', 'ambulance', 'kilometer', 'kilometre', 'km', 'meter', 'metre', 'mile']);

/** The head of a counted noun phrase, singular and lower case ("11 guns" and "a gun" meet; weapons and guns do not). */
export function headNoun(counted: string | null | undefined): string {
  if (!counted) return '';
  const words = counted.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
  const head = words[words.length - 1] ?? '';
  return head.replace(/(?:ies)$/, 'y').replace(/(?:ses|xes|ches|shes)$/, (m) => m.slice(0, -2)).replace(/s$/, '');
}
import { roleOf, roleRelation, type Role } from './roles';

/** What the comparison needs of a claim. */
export interface Comparable {
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  predicate: string;
  counted: string | null;
  changedFrom?: number | null | undefined;
  /** The new value of a stated change, its old value given or not. */
  statedChange?: boolean | undefined;
  /** A running total ("since 2013"). */
  cumulative?: boolean | undefined;
  role?: Role | undefined;
  /** A part of a whole the sentence names: never compared. */
  subset?: boolean | undefined;
  /** Set on the parts of a sum: they meet only figures for the same population. */
  partOf?: string | undefined;
  figureText?: string | undefined;
  asOf?: string | null | undefined;
  sourceId: string;
  quote: string;
}

/** How two claims relate. */
export type Relation = 'conflict' | 'update' | 'scope' | 'compatible' | 'unrelated';

/** Why two claims relate as they do, for the reader. */
export type RelationCause = 'stated-change' | 'later-figure' | 'scope' | 'disjoint' | 'overlap' | 'different-population' | 'same-statement';

// Intervals closer than this (relative to the larger bound) are rounding, not disagreement.
const TOLERANCE = 0.02;
// Stock figures this far apart are a later figure, not a disagreement about one moment.
const LATER_FIGURE_DAYS = 180;

const lo = (c: Pick<Comparable, 'low'>): number => c.low ?? Number.NEGATIVE_INFINITY;
const hi = (c: Pick<Comparable, 'high'>): number => c.high ?? Number.POSITIVE_INFINITY;

/** True when the intervals of the two claims share a value (within the tolerance). */
export function intervalsOverlap(a: Comparable, b: Comparable): boolean {
  const gap = Math.max(lo(a), lo(b)) - Math.min(hi(a), hi(b));
  if (gap <= 0) return true;
  const scale = Math.max(Math.abs(Math.min(hi(a), hi(b))), Math.abs(Math.max(lo(a), lo(b))), 1);
  return gap / scale <= TOLERANCE;
}

function contains(c: Comparable, x: number): boolean {
  const slack = Math.abs(x) * 0.1;
  return x >= lo(c) - slack && x <= hi(c) + slack;
}

/** The role of a claim: its own, or read from its counted noun for records made before roles. */
export function roleOfClaim(c: Omit<Comparable, 'sourceId'>): Role {
  return c.role ?? roleOf({ predicate: c.predicate, counted: c.counted, figureText: c.figureText ?? c.counted ?? '', sentence: c.quote });
}

function dayNumber(d: string | null | undefined): number | null {
  if (!d) return null;
  const [y, m, day] = d.split('-').map(Number);
  if (!y) return null;
  return Date.UTC(y, (m ?? 7) - 1, day ?? 1) / 86_400_000;
}

/** Days from `a`'s date to `b`'s (positive when `b` is later), or null when either is undated. */
export function daysBetween(a: string | null | undefined, b: string | null | undefined): number | null {
  const x = dayNumber(a);
  const y = dayNumber(b);
  return x === null || y === null ? null : y - x;
}

// "90 were seriously injured", "32 critically injured", "21 people in critical condition".
const SEVERE_AFTER = /^[^.;\d]{0,25}?\b(?:(critically)|seriously|severely|gravely|badly)\b|^[^.;\d]{0,25}?\bin (?:a )?(?:(critical)|serious|grave) condition\b/i;
const SEVERE_BEFORE = /\b(?:(critically)|seriously|severely|gravely|badly)\s+(?:injured|wounded|hurt)\s+$/i;
const SEVERE_IN = /\b(?:(critically)|seriously|severely|gravely|badly)\b/i;

/**
 * How badly hurt a count of injured says its people are, by the words at its figure: 'critical',
 * 'serious', or '' for all the injured.
 */
function severity(c: Pick<Comparable, 'quote' | 'figureText'>): string {
  const at = c.figureText ? c.quote.indexOf(c.figureText) : -1;
  if (at < 0) return '';
  const m = SEVERE_IN.exec(c.figureText!) ?? SEVERE_AFTER.exec(c.quote.slice(at + c.figureText!.length)) ?? SEVERE_BEFORE.exec(c.quote.slice(Math.max(0, at - 30), at));
  if (!m) return '';
  return m[1] || m[2] ? 'critical' : 'serious';
}

/** How claim `a` relates to claim `b` (both already known to share a claim key), and why. */
export function relateWithCause(a: Comparable, b: Comparable): { relation: Relation; cause: RelationCause } {
  if (a.quote === b.quote) return { relation: 'unrelated', cause: 'same-statement' };
  const rel = roleRelation(roleOfClaim(a), roleOfClaim(b));
  if (rel === 'unrelated') return { relation: 'unrelated', cause: 'different-population' };
  // Things counted (weapons, guns, attacks, materials) are compared only when they are the same things.
  if (!PEOPLE_CLASSES.has(predicateClass(a.predicate)) && headNoun(a.counted) !== headNoun(b.counted)) return { relation: 'unrelated', cause: 'different-population' };
  if (PEOPLE_CLASSES.has(predicateClass(a.predicate)) && (NOT_PEOPLE.has(headNoun(a.counted)) || NOT_PEOPLE.has(headNoun(b.counted)))) return { relation: 'unrelated', cause: 'different-population' };
  // The seriously or critically injured are some of the injured: compared only with each other.
  if (predicateClass(a.predicate) === 'wounded' && severity(a) !== severity(b)) return { relation: 'unrelated', cause: 'different-population' };
  // A part of a whole ("24 of the victims") is not a count of its own.
  if (a.subset || b.subset) return { relation: 'unrelated', cause: 'different-population' };
  // A sum's parts meet only figures for their own sub-population (civilians, security forces,
  // attackers); a breakdown by nationality or place is no population of its own.
  if ((a.partOf && !SUB_ROLES.has(roleOfClaim(a))) || (b.partOf && !SUB_ROLES.has(roleOfClaim(b)))) return { relation: 'unrelated', cause: 'different-population' };
  if (rel === 'scope' && (a.partOf || b.partOf)) return { relation: 'unrelated', cause: 'different-population' };
  // A change stated in the text: "jumped to 1,500 from 1,100" updates a claim of 1,100.
  if (a.changedFrom != null && contains(b, a.changedFrom)) return { relation: 'update', cause: 'stated-change' };
  if (b.changedFrom != null && contains(a, b.changedFrom)) return { relation: 'update', cause: 'stated-change' };
  const gap = daysBetween(b.asOf, a.asOf);
  // "The toll has risen to 225", "a new toll": the later report states a change from whatever the
  // earlier one said ("at least 164" included). `a` is the page being read, so on one day it is the
  // later report: its own stated change covers `b`, but `b`'s covers only figures before `b`.
  if (a.value !== b.value && ((a.statedChange && gap !== null && gap >= 0) || (b.statedChange && gap !== null && gap < 0))) return { relation: 'update', cause: 'stated-change' };
  const overlap = intervalsOverlap(a, b);
  if (overlap) return { relation: 'compatible', cause: 'overlap' };
  const stock = !isEventMeasure(a.predicate) || a.cumulative || b.cumulative;
  // A stock or a running total given months or years later is a later figure, whoever it counts.
  if (stock && gap !== null && Math.abs(gap) > LATER_FIGURE_DAYS) return { relation: 'update', cause: 'later-figure' };
  if (rel === 'scope') return { relation: 'scope', cause: 'scope' };
  return { relation: 'conflict', cause: 'disjoint' };
}

// Counted nouns that say nothing of whom a toll counts.
const GENERIC_PEOPLE = new Set(['', 'people', 'person', 'dead', 'death', 'life', 'individual']);

/**
 * Whether a toll in general words ("at least 28 people dead") reads as all the dead, attackers
 * included: it is more than every victims count its incident has, and reaches the victims and the
 * attackers killed together (7 victims and 18 attackers against "at least 28 people"). `peers`
 * are the other claims of its key, from any source.
 */
export function readsAsAllDead(claim: Omit<Comparable, 'sourceId'>, peers: readonly Omit<Comparable, 'sourceId'>[]): boolean {
  if (roleOfClaim(claim) !== 'victims' || claim.partOf || claim.subset || !GENERIC_PEOPLE.has(headNoun(claim.counted))) return false;
  let victims = Number.NEGATIVE_INFINITY;
  let attackers = 0;
  for (const p of peers) {
    if (p.subset || p.partOf) continue;
    const r = roleOfClaim(p);
    if (r === 'victims') victims = Math.max(victims, p.value);
    else if (r === 'attackers') attackers = Math.max(attackers, p.value);
  }
  if (attackers === 0 || victims === Number.NEGATIVE_INFINITY) return false;
  return lo(claim) > victims * (1 + TOLERANCE) && hi(claim) >= victims + attackers;
}

// The attacker is among the dead: "the attacker himself and 20 victims", "killed himself".
const ATTACKER_DIED = /\b(?:attacker|gunman|shooter|bomber|assailant|perpetrator)s?\s+(?:himself|herself|themselves)\b|\b(?:killed|shot|blew up)\s+(?:himself|herself|themselves)\b|\b(?:attacker|gunman|shooter|bomber|assailant)s?\s+(?:also\s+)?(?:died|was killed|were killed)\b/i;

/** Whether a sentence says the attacker is among the dead. */
export function saysAttackerDied(sentence: string): boolean {
  return ATTACKER_DIED.test(sentence);
}

/**
 * Whether `victims`, a count its words call victims ("20 victims"), and `toll`, a toll in general
 * words ("21 dead") one or two higher, read as the victims against all the dead once the text says
 * the attacker died: a difference of scope, not a conflict.
 */
export function victimsBesideAllDead(victims: Omit<Comparable, 'sourceId'>, toll: Omit<Comparable, 'sourceId'>, attackerDied: boolean): boolean {
  if (!attackerDied || predicateClass(victims.predicate) !== 'killed' || headNoun(victims.counted) !== 'victim') return false;
  if (!GENERIC_PEOPLE.has(headNoun(toll.counted)) || victims.partOf || toll.partOf || victims.subset || toll.subset) return false;
  const gap = toll.value - victims.value;
  return gap >= 1 && gap <= 2;
}

/** How claim `a` relates to claim `b` (both already known to share a claim key). */
export function relateClaims(a: Comparable, b: Comparable): Relation {
  return relateWithCause(a, b).relation;
}

/** An interval in words: "exactly 7", "301 or more", "between 225 and 275", "up to 90". */
export function describeInterval(c: Pick<Comparable, 'low' | 'high' | 'unit'>): string {
  const f = (n: number): string => formatValue(n, c.unit);
  if (c.low !== null && c.high !== null) return c.low === c.high ? `exactly ${f(c.low)}` : `between ${f(c.low)} and ${f(c.high)}`;
  if (c.low !== null) return `${f(c.low)} or more`;
  if (c.high !== null) return `up to ${f(c.high)}`;
  return 'any number';
}

/** A value with its unit, for people: "23.5%", "KZT 13,500,000,000", "6 years", "1,500". */
export function formatValue(n: number, unit: string): string {
  const num = Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (unit === 'percent') return `${num}%`;
  if (unit.startsWith('currency:')) return `${unit.slice(9)} ${num}`;
  if (unit === 'count') return num;
  return `${num} ${unit}`;
}
