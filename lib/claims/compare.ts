/**
 * Deciding how two claims with the same claim key relate: a conflict (their intervals do not
 * overlap), an update (a change over time stated in the text), a scope difference (different
 * counted populations), or compatible. See lib/claims/README.md.
 */
import type { Qualifier } from '../factbase/schema';
import { countedClass, countedRelation } from './claim-key';

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
  sourceId: string;
  quote: string;
}

/** How two claims relate. */
export type Relation = 'conflict' | 'update' | 'scope' | 'compatible' | 'unrelated';

// Intervals closer than this (relative to the larger bound) are rounding, not disagreement.
const TOLERANCE = 0.02;

const lo = (c: Comparable): number => c.low ?? Number.NEGATIVE_INFINITY;
const hi = (c: Comparable): number => c.high ?? Number.POSITIVE_INFINITY;

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

/** How claim `a` relates to claim `b` (both already known to share a claim key). */
export function relateClaims(a: Comparable, b: Comparable): Relation {
  if (a.sourceId === b.sourceId && a.quote === b.quote) return 'unrelated';
  if (a.quote === b.quote) return 'unrelated'; // the same statement, reported twice
  const rel = countedRelation(countedClass(a.counted, a.predicate), countedClass(b.counted, b.predicate));
  if (rel === 'unrelated') return 'unrelated';
  // A change stated in the text: "jumped to 1,500 from 1,100" updates a claim of 1,100.
  if (a.changedFrom != null && contains(b, a.changedFrom)) return 'update';
  if (b.changedFrom != null && contains(a, b.changedFrom)) return 'update';
  if (intervalsOverlap(a, b)) return 'compatible';
  return rel === 'scope' ? 'scope' : 'conflict';
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
