/**
 * What a figure measures (the vocabulary and its cue words are in predicate-cues.ts). A figure's
 * predicate comes from its counted noun ("nine arrests"), else from the nearest cue in its clause,
 * either the governing verb or noun before it ("killing seven", "the departure of several hundred")
 * or the verb after it ("two grenades were seized", "five ... went to Syria").
 *
 * Cues are ordinary news English, never keyed to particular articles. Matching is by token lookup
 * in a map built once at load, over a window of a dozen tokens around the figure, so the cost per
 * figure is constant.
 */
import abroadData from '../../data/lexicon/abroad-context.json';
import { escapeRegExp, isWordUnit } from './normalize';
import { CUE_INDEX, type Cue, type CuePredicate, type Predicate } from './predicate-cues';
import type { Span } from './types';

// Words that, right after a verb cue, make the figure its agent rather than its patient.
const OBJECT_STARTS = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'them', 'him', 'its', 'our', 'some', 'several', 'dozens',
  'hundreds', 'thousands', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
]);
// Words that open a hedged quantity: "wounded at least eight", "killed more than 20" take an object.
const HEDGE_STARTS = new Set(['at', 'about', 'around', 'nearly', 'almost', 'over', 'more', 'up', 'approximately', 'roughly', 'some', 'scores', 'another', 'a']);
// "went to prison" is no departure abroad.
const NOT_DESTINATIONS = new Set(['prison', 'jail', 'court', 'trial', 'hospital', 'school', 'work', 'bed']);

/**
 * Places and groups that make "members"/"fighters" foreign fighters: beat configuration, kept as
 * data (data/lexicon/abroad-context.json) so another beat can extend it.
 */
export const ABROAD_CONTEXT = new RegExp(
  `\\b(?:${(abroadData as { words: string[] }).words.map(escapeRegExp).join('|')})\\b`,
);

const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Clause punctuation bounds the window: a cue across a comma usually governs something else.
// A comma right before a digit is a thousands separator, not a clause break.
const CLAUSE_STOP_BEFORE = /[;:()\u2013\u2014]|,(?!\d)/g;
const CLAUSE_STOP_AFTER = /[;:()\u2013\u2014]|,(?!\d)/;

const PARENTHETICAL_AFTER = /^\s*[,(\u2013\u2014]\s*(?:including|among them|among whom|most of them|many of them|some of them|mostly|mainly|both|all of them|nearly all)\b[^,;:()\u2013\u2014]{0,90}[,)\u2013\u2014]/i;

// An apposition of counts after the figure ("the three other cyclists, one Swiss, one Dutch and
// one French, were injured") and a list of names ("four cyclists from the United States,
// Switzerland and the Netherlands were killed"): their commas do not end the figure's clause.
const APPOSITION_AFTER = /^[^,;:()]{0,30},\s*(?:(?:one|two|three|four|five|a|an)\s+[\p{L}-]+\s*(?:,\s*|\s+and\s+)){1,6}(?:one|two|three|four|five|a|an)\s+[\p{L}-]+\s*,/iu;
const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*`;
const NAME_LIST_AFTER = new RegExp(String.raw`^([^,;:()]{0,40}?\b(?:from|in|of)\s+)${NAME}(?:\s*,\s*${NAME})+\s*,?\s+and\s+${NAME}`, 'u');

const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'been', 'be', 'being', 'got', 'get', 'have', 'has', 'had']);
// "Several state bodies changed their websites": bodies of the state are no dead.
const NOT_DEAD_BODIES = new Set(['state', 'government', 'public', 'official', 'regulatory', 'executive', 'local', 'governing', 'law', 'enforcement', 'administrative', 'legislative', 'judicial', 'international', 'advisory', 'supervisory', 'elected', 'municipal']);

// What happened to people later, said of those a participle describes: "One suspect detained
// earlier has been released" counts the released, not the detained.
const LATER_FATE = new Set(['released', 'freed', 'discharged', 'acquitted', 'pardoned', 'identified', 'buried', 'transferred', 'questioned', 'interrogated']);
const FILLERS = new Set(['been', 'being', 'already', 'since', 'later', 'now', 'also', 'not', 'formally', 'officially', 'all', 'since', 'subsequently', 'then']);

/** Whether the clause after a participle goes on to its own main verb of a later fate ("... has been released"). */
function laterFate(toks: readonly string[], from: number): boolean {
  for (let j = from; j < toks.length; j++) {
    if (!AUXILIARIES.has(toks[j]!)) continue;
    let k = j + 1;
    while (k < toks.length && FILLERS.has(toks[k]!)) k++;
    return k < toks.length && LATER_FATE.has(toks[k]!);
  }
  return false;
}

/**
 * The verb of the clause before a colon, for a list after it: "Six people were killed in the
 * attack: four police officers, a border guard and a civilian" (the officers were killed).
 */
function colonHead(q: PredicateQuery, colonAt: number): Predicate | null {
  const toks = tokens(q.text.slice(q.sentence.start, colonAt));
  for (let i = toks.length - 1; i >= 0; i--) {
    for (const c of matchAt(toks, i, toks.length)) {
      if (!/[lrp]/.test(c.flags)) continue;
      const p = resolve(c.predicate, q);
      if (p) return p;
    }
  }
  return null;
}

const LEFT_WINDOW = 8;
const RIGHT_WINDOW = 8;
const WINDOW_CHARS = 120;

/** Is `word` (lower-case) the first word of a predicate cue? Lets the counted-noun reader stop. */
export function isCueWord(word: string): boolean {
  const cues = CUE_INDEX.get(word);
  return cues !== undefined && cues.some((c) => /[lrp]/.test(c.flags));
}

/** What {@link findPredicate} needs to know about a figure. */
export interface PredicateQuery {
  text: string;
  sentence: Span;
  /** Where the figure's text starts: the left window ends here. */
  start: number;
  /** Where the right window starts (normally the figure's end). */
  end: number;
  counted: string | null;
  unit: string;
  /** Look for cues before the figure (default true). */
  left?: boolean;
  /** Look for cues after the figure (default true). */
  right?: boolean;
  /** A fraction or share ("half of them"): only verbs after count, else `share`. */
  fraction?: boolean;
  /** The new value of a stated change ("the death toll ... has risen to 9"): the measure is the change's subject, often far back. */
  change?: boolean;
  /** A part of a whole ("24 of the victims"): the noun names the whole, so only a verb says what the part is. */
  partitive?: boolean;
}

/** The predicate found for a figure, and how far (in tokens) its cue stands from it. */
export interface PredicateMatch {
  predicate: Predicate;
  distance: number;
  side: 'counted' | 'left' | 'right' | 'default';
}

/** The lowercase words of `s`, with "’" read as "'". */
function tokens(s: string): string[] {
  const out: string[] = [];
  // Lowercased once for the whole slice, not per word. Where lowercasing changes the length
  // ("İ" becomes two code units) the words are lowercased one by one, as the slice's own.
  let lower = s.toLowerCase();
  if (lower.length !== s.length) {
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) out.push(m[0].toLowerCase().replace(/’/g, "'"));
    return out;
  }
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  // The words TOKEN matches, found by a scan over code units (a RegExp match per word cost more):
  // runs of letters and digits, joined by one apostrophe or hyphen between two of them.
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const w = wordUnitAt(lower, i);
    if (w === 0) {
      i += lower.charCodeAt(i) >= 0xd800 && lower.charCodeAt(i) <= 0xdbff && i + 1 < n ? 2 : 1;
      continue;
    }
    let j = i + w;
    for (;;) {
      let k;
      while (j < n && (k = wordUnitAt(lower, j)) > 0) j += k;
      const c = lower.charCodeAt(j);
      if ((c === 0x27 || c === 0x2d) && j + 1 < n && wordUnitAt(lower, j + 1) > 0) {
        j++;
        continue;
      }
      break;
    }
    out.push(lower.slice(i, j));
    i = j;
  }
  return out;
}

/** The length (1 or 2 code units) of the letter or digit at `i`, or 0 when there is none. */
function wordUnitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdfff) {
    // An astral character: asked of the RegExp as a whole code point, as TOKEN's /u reads it.
    if (c > 0xdbff || i + 1 >= s.length) return 0;
    return /^[\p{L}\p{N}]/u.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return isWordUnit(c) ? 1 : 0;
}

function matchAt(toks: readonly string[], i: number, limit: number): Cue[] {
  const cues = CUE_INDEX.get(toks[i]!);
  if (!cues) return [];
  const out: Cue[] = [];
  for (const c of cues) {
    if (i + c.words.length > limit) continue;
    let ok = true;
    for (let k = 1; k < c.words.length && ok; k++) ok = toks[i + k] === c.words[k];
    if (ok) out.push(c);
  }
  return out;
}

function resolve(p: CuePredicate, q: PredicateQuery): Predicate | null {
  if (p === 'fighting' || p === 'members') {
    const abroad = ABROAD_CONTEXT.test(q.text.slice(q.sentence.start, q.sentence.end));
    if (p === 'fighting') return abroad ? 'fighters-abroad' : null;
    return abroad ? 'fighters-abroad' : 'members';
  }
  return p;
}

function isDuration(unit: string): boolean {
  return unit === 'years' || unit === 'months' || unit === 'weeks' || unit === 'days';
}

/**
 * Finds what a figure measures from the words near it in its sentence; null when nothing fits.
 * Order: a decisive counted noun, then the nearest verb/noun cue on either side (left wins a tie),
 * then a weak counted noun ("members", "militants").
 */
// The subject of a stated change, anywhere before the new value in its sentence: "the death toll
// from the attack on ... has risen to 137", "the number of people detained rose to 9".
const CHANGE_SUBJECT: ReadonlyArray<[RegExp, Predicate]> = [
  [/\b(?:death toll|toll(?!\s+(?:of|for)\s+(?:the\s+)?(?:injured|wounded|injuries|hurt))|number of (?:the )?(?:dead|deaths|fatalities|victims|people killed|those killed|people who died))\b/gi, 'killed'],
  // "the toll of injured has risen to at least 40", "the injury toll": a toll of the wounded.
  [/\b(?:number of (?:the )?(?:injured|wounded|people injured|people wounded|injuries)|(?:toll|count|tally) (?:of|for) (?:the )?(?:injured|wounded|injuries|hurt)|(?:injury|injured|wounded) (?:toll|count|tally))\b/gi, 'wounded'],
  [/\b(?:number of (?:the )?(?:detainees|detentions|arrests|people (?:detained|arrested)|those (?:detained|arrested)|suspects (?:detained|arrested)))\b/gi, 'detained'],
];

function changeSubject(q: PredicateQuery): Predicate | null {
  const before = q.text.slice(q.sentence.start, q.start);
  let best: { at: number; p: Predicate } | null = null;
  for (const [re, p] of CHANGE_SUBJECT) {
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) if (!best || m.index > best.at) best = { at: m.index, p };
  }
  return best?.p ?? null;
}

export function findPredicate(q: PredicateQuery): PredicateMatch | null {
  if (q.change && !q.counted) {
    const p = changeSubject(q);
    if (p) return { predicate: p, distance: 1, side: 'left' };
  }
  const countedToks = q.counted ? tokens(q.counted) : [];
  let weak: Predicate | null = null;
  if (countedToks.length > 0) {
    // The counted phrase's head is its last word; try the last two words first ("prison terms").
    for (let i = Math.max(0, countedToks.length - 2); i < countedToks.length; i++) {
      for (const c of matchAt(countedToks, i, countedToks.length)) {
        if (i + c.words.length !== countedToks.length) continue;
        const p = resolve(c.predicate, q);
        if (!p) continue;
        if (c.words[0] === 'bodies' && countedToks.some((t) => NOT_DEAD_BODIES.has(t))) continue;
        if (c.flags.includes('n') && !q.fraction && !q.partitive) return { predicate: p, distance: 0, side: 'counted' };
        if (c.flags.includes('w') && !weak) weak = p;
      }
    }
  }

  let best: PredicateMatch | null = null;
  // Where a colon before the figure opens a list it stands in (the list's verb is before the colon).
  let colonAt = -1;
  if (q.left !== false && !q.fraction) {
    const lo = Math.max(q.sentence.start, q.start - WINDOW_CHARS);
    let slice = q.text.slice(lo, q.start);
    let cut = -1;
    CLAUSE_STOP_BEFORE.lastIndex = 0;
    for (let m = CLAUSE_STOP_BEFORE.exec(slice); m; m = CLAUSE_STOP_BEFORE.exec(slice)) cut = m.index;
    if (cut >= 0) {
      const colon = slice.lastIndexOf(':');
      if (colon >= 0 && !/[;()\u2013\u2014]/.test(slice.slice(colon))) colonAt = lo + colon;
      slice = slice.slice(cut + 1);
    }
    const toks = tokens(slice);
    const n = toks.length;
    const window = q.change ? LEFT_WINDOW * 2 : LEFT_WINDOW;
    for (let i = n - 1; i >= Math.max(0, n - window) && !best; i--) {
      for (const c of matchAt(toks, i, n)) {
        if (!c.flags.includes('l')) continue;
        const p = resolve(c.predicate, q);
        if (!p) continue;
        best = { predicate: p, distance: n - (i + c.words.length), side: 'left' };
        break;
      }
    }
  }
  if (q.right !== false) {
    const hi = Math.min(q.sentence.end, q.end + WINDOW_CHARS);
    let slice = q.text.slice(q.end, hi);
    // A parenthetical about the counted people ("500 Kazakhs, including wives and children, have
    // left for Syria") does not end the clause: the verb after it is the figure's.
    // A figure inside the apposition ("..., one Swiss, one Dutch") does not take the verb after it.
    const inList = /,\s*$/.test(q.text.slice(Math.max(q.sentence.start, q.start - 3), q.start));
    const aside = PARENTHETICAL_AFTER.exec(slice) ?? (inList ? null : APPOSITION_AFTER.exec(slice));
    if (aside) slice = ' '.repeat(aside[0].length) + slice.slice(aside[0].length);
    else {
      // Only the list's own words are blanked: a verb before it is still the figure's.
      const names = NAME_LIST_AFTER.exec(slice);
      if (names) slice = names[1]! + ' '.repeat(names[0].length - names[1]!.length) + slice.slice(names[0].length);
    }
    const stop = CLAUSE_STOP_AFTER.exec(slice);
    if (stop) slice = slice.slice(0, stop.index);
    const toks = tokens(slice);
    // "16 members of the police or national guard had been killed": the verb comes after the
    // "of" phrase that says whom the figure counts.
    const reach = toks[0] === 'of' ? RIGHT_WINDOW + 6 : RIGHT_WINDOW;
    const limit = Math.min(toks.length, reach + 3);
    for (let i = 0; i < Math.min(toks.length, reach); i++) {
      // A nearer left cue wins (ties go left), unless the figure has a verb of its own after an
      // auxiliary ("9 were detained and 18 more were liquidated": 18 were liquidated).
      const ownVerb = i > 0 && AUXILIARIES.has(toks[i - 1]!);
      if (best && i >= best.distance && !ownVerb) continue;
      let found: Predicate | null = null;
      for (const c of matchAt(toks, i, limit)) {
        const next = toks[i + c.words.length];
        let ok = false;
        if (c.flags.includes('r')) ok = true;
        if (!ok && c.flags.includes('p')) ok = next === undefined || !(OBJECT_STARTS.has(next) || HEDGE_STARTS.has(next) || /^\d/.test(next));
        if (!ok && c.flags.includes('t')) ok = isDuration(q.unit);
        if (ok && c.predicate === 'departed' && next !== undefined && NOT_DESTINATIONS.has(next)) ok = false;
        if (!ok) continue;
        found = resolve(c.predicate, q);
        // A participle describing the counted people, whose own verb comes later: "One suspect
        // detained earlier has been released" measures something else.
        if (found && !ownVerb && !c.flags.includes('r') && laterFate(toks, i + c.words.length)) return null;
        if (found) break;
      }
      if (found) {
        best = { predicate: found, distance: i, side: 'right' };
        break;
      }
    }
  }
  if (best) return best;
  if (weak && !q.partitive) return { predicate: weak, distance: 0, side: 'counted' };
  if (colonAt >= 0) {
    const p = colonHead(q, colonAt);
    if (p) return { predicate: p, distance: LEFT_WINDOW, side: 'left' };
  }
  if (q.fraction) return { predicate: 'share', distance: 0, side: 'default' };
  return null;
}
