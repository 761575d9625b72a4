/**
 * What a Russian figure counts: the cue word (погибли, задержаны ...) nearest to it in its clause,
 * before or after, since Russian word order is free.
 */
import type { Span } from '../types';
import { isRuLetter } from './chars';
import { isSpaceCode } from '../normalize';
import { mayCue, predicateRu } from './predicates-ru';

/** True when a cue word stands right before or after the figure. */
export function isAdjacentCue(text: string, start: number, end: number): boolean {
  const before = /([а-яё]+)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^\s+(?:был[иао]?\s+)?([а-яё]+)/iu.exec(text.slice(end, end + 30));
  return (before !== null && predicateRu(before[1]!) !== null) || (after !== null && predicateRu(after[1]!) !== null);
}

/** "из них", "в том числе": a part of the figure before. */
export const PARTITIVE = /(?:из\s+них|в\s+том\s+числе|среди\s+них|из\s+которых)/iu;
const COMMA_STOP = /[;:()«»",]|\s[-–—]\s/u;
const CLAUSE_STOP = /[;:()«»"]|\s[-–—]\s|,\s+(?:а|но|из\s+них|в\s+том\s+числе|которы\p{L}+)\s/u;
const CLAUSE_STOP_G = new RegExp(CLAUSE_STOP.source, 'gu');

/** The predicate of a figure: a cue word in its clause, nearest first (Russian word order is free). */
export function findPredicate(text: string, sentence: Span, start: number, end: number, unit: string, counted: string | null): string | null {
  if (unit === 'years' || unit === 'months') {
    const s = text.slice(sentence.start, sentence.end);
    if (/(?:лишени\p{L}+\s+свободы|приговор\p{L}*|осужд\p{L}*|осужд|заключени\p{L}*|колони\p{L}*|срок\p{L}*)/iu.test(s)) return 'sentenced';
    return null;
  }
  const own = counted ? predicateRu(counted.slice(counted.lastIndexOf(' ') + 1)) : null;
  // A counted participle says what happened to them ("13 задержанных"), unless a verb governs the
  // figure ("приговорил ... двоих обвиняемых": sentenced, not charged).
  // (So the clause is read only when it can change the answer.)
  if (own && own !== 'charged') return own;
  const clause = cueIn(text, sentence, start, end, COMMA_STOP, 90, false) ?? cueIn(text, sentence, start, end, CLAUSE_STOP, 40, true);
  return clause ?? own;
}

// A word further from the figure than the reach never cues it, so the clause's last stop on the
// left is looked for only a little beyond the reach (a stop cut by that edge hides only its own
// words: "которые", "а", "из них", none of them a cue).
const STOP_MARGIN = 20;

function cueIn(text: string, sentence: Span, start: number, end: number, stopRe: RegExp, reach: number, leftOnly: boolean): string | null {
  const from = Math.max(sentence.start, start - reach - STOP_MARGIN);
  let lo = from;
  if (stopRe === COMMA_STOP) lo = commaStopBefore(text, from, start);
  else {
    const left = text.slice(from, start);
    CLAUSE_STOP_G.lastIndex = 0;
    for (let m = CLAUSE_STOP_G.exec(left); m !== null; m = CLAUSE_STOP_G.exec(left)) lo = from + m.index + m[0].length;
  }
  // Past a comma only the governing verb before the figure counts ("погибли, по данным МВД, 7 человек").
  let hi = end;
  if (!leftOnly) {
    // A comma stop is at most three characters long: one starting within the reach is found in this stretch.
    const stop = COMMA_STOP.exec(text.slice(end, Math.min(sentence.end, end + reach + 3)));
    hi = stop ? end + stop.index : sentence.end;
  }
  // The words on either side, nearest first (the left one first at equal distance).
  let hasLeft = wordBefore(text, lo, start);
  let ls = wordStart;
  let le = wordEnd;
  let hasRight = !leftOnly && wordAfter(text, end, hi);
  let rs = wordStart;
  let re2 = wordEnd;
  while (hasLeft || hasRight) {
    const dl = hasLeft ? start - ls : Infinity;
    const dr = hasRight ? rs - end + 1 : Infinity;
    let ws: number;
    let we: number;
    if (dl <= dr) {
      if (dl > reach) break;
      ws = ls;
      we = le;
      hasLeft = wordBefore(text, lo, ls);
      ls = wordStart;
      le = wordEnd;
    } else {
      if (dr > reach) break;
      ws = rs;
      we = re2;
      hasRight = wordAfter(text, re2, hi);
      rs = wordStart;
      re2 = wordEnd;
    }
    // Most words begin no cue: passed over without being sliced.
    const p = mayCue(text, ws, we) ? predicateRu(text.slice(ws, we)) : null;
    if (p) return p;
  }
  return null;
}

// Where the last comma stop (COMMA_STOP) between `from` and `start` ends, else `from`: found from
// the right. Where stops overlap (" - - ") it may end later than a search from the left would
// have it, but only past stop characters and spaces, never past a word.
function commaStopBefore(text: string, from: number, start: number): number {
  for (let k = start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0xab || c === 0xbb || c === 0x22 || c === 0x2c) return k + 1;
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && k - 1 >= from && k + 1 < start && isSpaceCode(text.charCodeAt(k - 1)) && isSpaceCode(text.charCodeAt(k + 1))) return k + 2;
  }
  return from;
}

// The last word found by `wordBefore` / `wordAfter` (Russian letters only, as `/[а-яё]+/i` reads).
export let wordStart = 0;
let wordEnd = 0;

// The nearest word ending at or before `at`, cut at `lo`.
function wordBefore(text: string, lo: number, at: number): boolean {
  let e = at;
  while (e > lo && !isRuLetter(text.charCodeAt(e - 1))) e--;
  if (e <= lo) return false;
  let s = e - 1;
  while (s > lo && isRuLetter(text.charCodeAt(s - 1))) s--;
  wordStart = s;
  wordEnd = e;
  return true;
}

// The nearest word starting at or after `at`, cut at `hi`.
function wordAfter(text: string, at: number, hi: number): boolean {
  let s = at;
  while (s < hi && !isRuLetter(text.charCodeAt(s))) s++;
  if (s >= hi) return false;
  let e = s + 1;
  while (e < hi && isRuLetter(text.charCodeAt(e))) e++;
  wordStart = s;
  wordEnd = e;
  return true;
}
