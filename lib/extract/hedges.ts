/**
 * Hedges as intervals: how the wording around a number bounds the quantity it reports
 * (Roy, Vieira & Roth 2015; Cummins, Sauerland & Solt 2012; Krifka 2009 on round numbers).
 * Bounds are inclusive; null means unbounded.
 *
 * Choices made here (the tests pin them):
 * - exact: [n, n]. Round numbers are read at their written precision: a value written with a scale
 *   ("13.5 billion") spans half a unit of its last written digit either side ([13.45bn, 13.55bn]);
 *   a plain integer with three or more trailing zeros ("23,000") spans half of that power of ten
 *   ([22,500, 23,500]). Everything else, including every count under 1,000, stays exact, because
 *   "18 others" means eighteen and a reader would be misled by a widened interval.
 * - more-than / less-than move one step (n+1, n-1) only for whole-number quantities (counts,
 *   years, months, days); for percentages, money and non-integers the bound is n itself, since
 *   "more than 10%" is not "at least 11%".
 * - about: [round(0.9n), round(1.1n)], rounded to whole numbers for integers and to 0.1 otherwise.
 */
import type { Qualifier } from './vocabulary';

/** An interval with inclusive bounds; null is unbounded. */
export interface Interval {
  low: number | null;
  high: number | null;
}

/** A quantity read from vague wording ("several hundred"), with its nominal value. */
export interface VagueQuantity extends Interval {
  value: number;
}

/** Hedge phrases that may stand before a number, and the qualifier each implies. */
export const HEDGE_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ['about', 'about'], ['around', 'about'], ['some', 'about'], ['approximately', 'about'],
  ['approx.', 'about'], ['roughly', 'about'], ['an estimated', 'about'], ['estimated', 'about'],
  ['circa', 'about'], ['or so', 'about'],
  ['more than', 'more-than'], ['over', 'more-than'], ['above', 'more-than'],
  ['in excess of', 'more-than'], ['upwards of', 'more-than'], ['greater than', 'more-than'],
  ['just over', 'more-than'], ['well over', 'more-than'], ['well above', 'more-than'],
  ['at least', 'at-least'], ['no fewer than', 'at-least'], ['no less than', 'at-least'],
  ['not less than', 'at-least'], ['a minimum of', 'at-least'],
  ['up to', 'up-to'], ['as many as', 'up-to'], ['as much as', 'up-to'], ['no more than', 'up-to'],
  ['not more than', 'up-to'], ['at most', 'up-to'], ['a maximum of', 'up-to'],
  ['no longer than', 'up-to'], ['not longer than', 'up-to'],
  ['less than', 'less-than'], ['fewer than', 'less-than'], ['under', 'less-than'],
  ['below', 'less-than'], ['just under', 'less-than'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['close to', 'nearly'], ['just shy of', 'nearly'],
  ['between', 'range'],
];

const HEDGE_BY_PHRASE = new Map(HEDGE_PHRASES.map(([p, q]) => [p, q]));

// Anchored at the end of a short slice before the number. The engine returns the earliest-starting
// match, so "just under" wins over "under" and "an estimated" over "estimated".
const HEDGE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(${HEDGE_PHRASES.filter(([p]) => p !== 'or so')
    .map(([p]) => p.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|')})\\s+$`,
  'iu',
);

/** A hedge found before a number: its qualifier and where the phrase starts. */
export interface HedgeMatch {
  qualifier: Qualifier;
  start: number;
  phrase: string;
}

/**
 * Finds a hedge phrase ending right before `end` (only white space between), looking no further
 * left than `from`. Costs O(40) characters per call whatever the text length.
 */
export function hedgeBefore(text: string, from: number, end: number): HedgeMatch | null {
  const lo = Math.max(from, end - 40);
  if (!mayEndHedge(text, lo, end)) return null;
  const slice = text.slice(lo, end);
  const m = HEDGE_BEFORE.exec(slice);
  if (!m) return null;
  const phrase = m[1]!.toLowerCase().replace(/\s+/g, ' ');
  const qualifier = HEDGE_BY_PHRASE.get(phrase);
  if (!qualifier) return null;
  return { qualifier, start: lo + m.index + m[0].indexOf(m[1]!), phrase };
}

// The last word of each phrase ("than", "least", "of", "approx."): most numbers follow a word
// that is none of them, and one look at that word spares the RegExp.
const LAST_WORDS = new Set(HEDGE_PHRASES.map(([p]) => p.split(' ').pop()!));

/**
 * False when no hedge phrase can end right before `end`: the word there (after plain white space)
 * is no phrase's last word. True when it is, or when the text there is not plain ASCII (the
 * RegExp then decides).
 */
function mayEndHedge(text: string, lo: number, end: number): boolean {
  let e = end;
  for (;;) {
    if (e <= lo) return false;
    const c = text.charCodeAt(e - 1);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) e--;
    else if (c > 0x7f) return true;
    else break;
  }
  if (e === end) return false; // the phrase must be followed by white space
  let b = e;
  for (; b > lo; b--) {
    const c = text.charCodeAt(b - 1) | 0x20;
    if (text.charCodeAt(b - 1) > 0x7f) return true;
    if (!((c >= 97 && c <= 122) || c === 0x2e)) break;
  }
  return LAST_WORDS.has(text.slice(b, e).toLowerCase());
}

/** Rounds a bound like its value: whole numbers for integers, one decimal otherwise. */
function roundLike(x: number, value: number): number {
  return Number.isInteger(value) ? Math.round(x) : Math.round(x * 10) / 10;
}

/** Options for {@link intervalFor}. */
export interface IntervalOptions {
  /** Whole-number quantity (counts, years): "more than n" starts at n+1. Default true. */
  discrete?: boolean;
  /** Written precision of an exact round number; the interval is widened by half of it. */
  roundingUnit?: number;
  /** Upper end of a range ("between 5 and 10"). */
  high?: number;
}

/**
 * The interval a qualifier implies for a value n. `vague` has no rule of its own (see
 * {@link vagueQuantity}) and is returned as [n, n].
 */
export function intervalFor(qualifier: Qualifier, n: number, opts: IntervalOptions = {}): Interval {
  const step = (opts.discrete ?? true) && Number.isInteger(n) ? 1 : 0;
  switch (qualifier) {
    case 'exact': {
      const u = opts.roundingUnit ?? 0;
      return u > 1 || (u > 0 && !Number.isInteger(n)) ? { low: n - u / 2, high: n + u / 2 } : { low: n, high: n };
    }
    case 'about':
      return { low: roundLike(0.9 * n, n), high: roundLike(1.1 * n, n) };
    case 'more-than':
      return { low: n + step, high: null };
    case 'at-least':
      return { low: n, high: null };
    case 'up-to':
      return { low: 0, high: n };
    case 'less-than':
      return { low: 0, high: Math.max(0, n - step) };
    case 'nearly':
      return { low: roundLike(0.9 * n, n), high: n };
    case 'range':
      return { low: n, high: opts.high ?? n };
    case 'vague':
      return { low: n, high: n };
  }
}

/**
 * The written precision of an exact number, for {@link intervalFor}'s `roundingUnit`: half a unit
 * of the last written digit when a scale word was used ("13.5 billion" -> 1e8), the power of ten
 * of three or more trailing zeros ("23,000" -> 1000), else 0 (exact).
 */
export function roundingUnit(value: number, decimals: number, scale: number): number {
  if (scale > 1) return scale / 10 ** decimals;
  if (!Number.isInteger(value) || value < 1000) return 0;
  let u = 1;
  while (value % (u * 10) === 0 && u < 1e15) u *= 10;
  return u >= 1000 ? u : 0;
}

// Vague quantity words. `perScale` entries combine with a following scale word ("several
// hundred"): low/value/high are multiplied by it. Values are the conservative reading (the low end)
// except where the brief fixes them ("several hundred" -> 300).
const VAGUE: ReadonlyMap<string, VagueQuantity> = new Map([
  ['several', { value: 3, low: 3, high: 9 }],
  ['a few', { value: 2, low: 2, high: 5 }],
  ['a handful', { value: 2, low: 2, high: 6 }],
  ['a couple', { value: 2, low: 2, high: 3 }],
  ['dozens', { value: 24, low: 24, high: null }],
  ['scores', { value: 40, low: 40, high: null }],
  ['tens', { value: 20, low: 20, high: 99 }],
  ['hundreds', { value: 200, low: 200, high: 999 }],
  ['thousands', { value: 2000, low: 2000, high: 9999 }],
  ['tens of thousands', { value: 20000, low: 20000, high: 99999 }],
  ['hundreds of thousands', { value: 200000, low: 200000, high: 999999 }],
  ['millions', { value: 2e6, low: 2e6, high: 999999999 }],
  ['tens of millions', { value: 2e7, low: 2e7, high: 99999999 }],
  ['hundreds of millions', { value: 2e8, low: 2e8, high: 999999999 }],
  ['billions', { value: 2e9, low: 2e9, high: null }],
]);

// "several hundred" is [200, 900] (value 300): the low end admits "a couple of hundred" that
// writers also call several; "a few hundred" is [200, 500].
const VAGUE_WITH_SCALE: ReadonlyMap<string, { value: number; low: number; high: number }> = new Map([
  ['several', { value: 3, low: 2, high: 9 }],
  ['a few', { value: 2, low: 2, high: 5 }],
  ['a couple', { value: 2, low: 2, high: 3 }],
]);

/**
 * The quantity a vague expression implies: "several" -> [3, 9], "several hundred" -> [200, 900]
 * (pass scale 100), "hundreds" -> [200, 999], "dozens" -> [24, null]. Null for unknown words.
 * `head` is lower-case with single spaces ("a few", "tens of thousands").
 */
export function vagueQuantity(head: string, scale = 1): VagueQuantity | null {
  if (scale > 1) {
    const v = VAGUE_WITH_SCALE.get(head);
    return v ? { value: v.value * scale, low: v.low * scale, high: v.high * scale } : null;
  }
  return VAGUE.get(head) ?? null;
}

/**
 * Fractions as percentages: "half" -> 50, "a third" -> 33.3, "two-thirds" -> 66.7,
 * "a quarter" -> 25, "three-quarters" -> 75. `numerator` is 1 for "a"/"one".
 */
export function fractionPercent(numerator: number, denominator: 'half' | 'third' | 'quarter'): number {
  const d = denominator === 'half' ? 2 : denominator === 'third' ? 3 : 4;
  return Math.round((numerator / d) * 1000) / 10;
}
