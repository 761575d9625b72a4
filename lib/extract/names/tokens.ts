/**
 * The word tokens of a page for the unknown-name spotter: a hand-written scan over char codes into
 * typed arrays (no RegExp, no object or string per word), with the flags later passes test.
 */
import { CALENDAR_WORDS, HYPHEN_PARTICLES } from '../lexicon';
import type { Span } from '../types';
import { APOSTROPHE, DOT, HYPHEN, LETTER, LOWERISH, LU, RIGHT_QUOTE, UNICODE_HYPHEN, UNIT_CLASS, UPPERISH, WIDE, WORD_PART, charClass, unitClass } from './char-class';
// One word is what this RegExp matches (the tokenizer below is a faster hand-written equivalent,
// kept in step with it): a dotted acronym ("U.S."), or letters with inner apostrophes/hyphens
// ("O'Neill", "Hizb-ut-Tahrir", "IS's"), optionally a web domain ("Uznews.net"). Digits may follow
// a letter ("G40"). Numbers are not tokens: they sit in the gaps and so break chunks.
//   /(?:\p{Lu}\.){2,}|[\p{L}][\p{L}\p{M}\p{N}]*(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*(?:\.(?:com|net|org|info|kz|ru|uz|kg|tj|io))?/gu
const DOMAINS = ['com', 'net', 'org', 'info', 'kz', 'ru', 'uz', 'kg', 'tj', 'io'];
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.'’-]+$/u;
const NOT_SPACE = /\S/u;
// Characters after which a word counts as sentence-initial even inside a sentence span.
const OPENERS = new Set(['“', '"', '‘', '«', '•', ':', '—', '–', '-', '(', '[', '*', '·', '|']);
const OPENER_CODES = new Set([...OPENERS].map((ch) => ch.charCodeAt(0)));

// Token flag bits.
export const CAP = 1;
export const ACRONYM = 2;
export const POSSESSIVE = 4;
/** First word of a sentence, or after an opening quote, bullet or colon. */
export const INITIAL = 8;
/** On a heading or title-case line: every word is tested like a sentence start. */
export const HEADING = 16;
/** Skipped as part of a handle, hashtag or URL, or inside a taken span. */
export const SKIP = 32;
/** A cut hyphen compound with a lowercase remainder ("Taraz-based"): see `suffix`. */
export const SUFFIX = 64;
/** A month, weekday or holiday (and no acronym). */
export const CALENDAR = 128;
/** Plain ASCII text (letters, digits, "'"): its lowercase is a per-character map, same length. */
export const PLAIN = 256;

/**
 * The words of a text, structure-of-arrays: offsets and flags in typed arrays, and the token text
 * and its lowercase made on first use (the text of a token is always `text.slice(start, end)`,
 * possessive "'s" and cut hyphen prefixes/suffixes excluded).
 */
export class Tokens {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  // Preallocated: filling an empty array at scattered indices turns it into a slow sparse one.
  private readonly words: Array<string | undefined>;
  private readonly lowers: Array<string | undefined>;
  /** Lowercase remainder of a cut hyphen compound ("based" in "Taraz-based"), by token index. */
  private readonly suffixes = new Map<number, string>();

  constructor(readonly text: string) {
    // Prose has about one token per six characters, so a quarter of the length rarely grows.
    const capacity = (text.length >> 2) + 16;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
    this.words = new Array<string | undefined>(capacity);
    this.lowers = new Array<string | undefined>(capacity);
  }

  push(start: number, end: number, flags: number): number {
    const i = this.length;
    if (i === this.start.length) {
      const start = new Int32Array(i * 2);
      const end = new Int32Array(i * 2);
      const flags = new Uint16Array(i * 2);
      start.set(this.start);
      end.set(this.end);
      flags.set(this.flags);
      this.start = start;
      this.end = end;
      this.flags = flags;
    }
    this.start[i] = start;
    this.end[i] = end;
    this.flags[i] = flags;
    this.length = i + 1;
    return i;
  }

  has(i: number, flag: number): boolean {
    return (this.flags[i]! & flag) !== 0;
  }

  set(i: number, flag: number): void {
    this.flags[i] = this.flags[i]! | flag;
  }

  cap(i: number): boolean {
    return (this.flags[i]! & CAP) !== 0;
  }

  word(i: number): string {
    let w = this.words[i];
    if (w === undefined) w = this.words[i] = this.text.slice(this.start[i], this.end[i]);
    return w;
  }

  lower(i: number): string {
    let l = this.lowers[i];
    if (l === undefined) l = this.lowers[i] = this.word(i).toLowerCase();
    return l;
  }

  suffix(i: number): string {
    return this.has(i, SUFFIX) ? this.suffixes.get(i)! : '';
  }

  setSuffix(i: number, suffix: string): void {
    this.suffixes.set(i, suffix);
    this.set(i, SUFFIX);
  }

  /** True when the text between token `a` and token `b` is exactly `gap`. */
  gapIs(a: number, b: number, gap: string): boolean {
    const from = this.end[a]!;
    return this.start[b]! - from === gap.length && this.text.startsWith(gap, from);
  }
}

/** Splits `text` into word tokens: the matches of the RegExp quoted at the top, post-processed. */
export function tokenize(text: string): Tokens {
  const tokens = new Tokens(text);
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    // Fast path: ASCII outside words (spaces, punctuation, digits).
    if (c0 < 0x80 && (UNIT_CLASS[c0]! & LETTER) === 0) {
      i++;
      continue;
    }
    const k = charClass(text, i);
    if ((k & LETTER) === 0) {
      i += k & WIDE ? 2 : 1;
      continue;
    }
    // A dotted acronym, "(?:\p{Lu}\.){2,}", is tried first (greedy: as many pairs as there are).
    if (k & LU) {
      let j = i;
      let pairs = 0;
      for (;;) {
        const kj = charClass(text, j);
        if ((kj & LU) === 0) break;
        const w = kj & WIDE ? 2 : 1;
        if (text.charCodeAt(j + w) !== DOT) break;
        j += w + 1;
        pairs++;
      }
      if (pairs >= 2) {
        addToken(tokens, i, j, false, false);
        i = j;
        continue;
      }
    }
    // Otherwise a letter, then letters/marks/digits, then more of them after each inner
    // apostrophe or hyphen, then maybe a web domain.
    let plain = c0 < 0x80;
    let j = i + (k & WIDE ? 2 : 1);
    let hyphen = false;
    for (;;) {
      while (j < n) {
        const c = text.charCodeAt(j);
        if (c < 0x80) {
          if ((UNIT_CLASS[c]! & WORD_PART) === 0) break;
          j++;
          continue;
        }
        const kj = charClass(text, j);
        if ((kj & WORD_PART) === 0) break;
        plain = false;
        j += kj & WIDE ? 2 : 1;
      }
      const c = text.charCodeAt(j);
      if ((c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN || c === UNICODE_HYPHEN) && j + 1 < n && (charClass(text, j + 1) & WORD_PART) !== 0) {
        if (c === HYPHEN || c === UNICODE_HYPHEN) hyphen = true;
        if (c !== APOSTROPHE) plain = false;
        j++;
        continue;
      }
      break;
    }
    if (text.charCodeAt(j) === DOT) {
      for (const d of DOMAINS) {
        if (text.startsWith(d, j + 1)) {
          j += 1 + d.length;
          break;
        }
      }
    }
    addToken(tokens, i, j, hyphen, plain);
    i = j;
  }
  return tokens;
}

/**
 * Adds the token for the match [s, e): drops a possessive, cuts hyphen compounds, sets flags.
 * `plain`: the match is ASCII letters, digits and apostrophes only.
 */
function addToken(tokens: Tokens, s: number, e: number, hyphen: boolean, plain: boolean): void {
  const text = tokens.text;
  let start = s;
  let end = e;
  let possessive = false;
  let suffix = '';
  const last = text.charCodeAt(e - 1);
  if (e - s > 2 && (last === 0x73 || last === 0x53) && (text.charCodeAt(e - 2) === APOSTROPHE || text.charCodeAt(e - 2) === RIGHT_QUOTE)) {
    end = e - 2; // "IS's", "Mugabe’s"
    possessive = true;
  } else if (last === APOSTROPHE || last === RIGHT_QUOTE) {
    end = e - 1;
  }
  let word: string | undefined;
  if (hyphen) {
    // Hyphen compounds are rare: the string-based cut is clear and fast enough.
    const cut = cutHyphens(text.slice(start, end));
    if (cut.word === '') return;
    start += cut.offset;
    end = start + cut.word.length;
    word = cut.word;
    suffix = cut.suffix;
    if (suffix !== '') possessive = false;
  }
  // Case tests fold the first code unit, as `first !== first.toLowerCase()` does.
  const k = unitClass(text.charCodeAt(start));
  const cap = (k & UPPERISH) !== 0 || ((k & LOWERISH) !== 0 && word !== undefined && isParticleName(word));
  let flags = possessive ? POSSESSIVE : 0;
  if (plain) flags |= PLAIN;
  const prev = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  if (prev === 0x40 || prev === 0x23 || (prev === DOT && start > 1 && NOT_SPACE.test(text[start - 2]!))) flags |= SKIP; // "@", "#", "."
  const i = tokens.push(start, end, cap ? flags | CAP : flags);
  if (suffix !== '') tokens.setSuffix(i, suffix);
  if (cap) {
    // Capitalised words are looked at by every later pass: flag them now.
    const lower = tokens.lower(i);
    // A month in capitals ("JAN. 13" in a dateline) is still a month, not an acronym.
    if (CALENDAR_WORDS.has(lower)) tokens.set(i, CALENDAR);
    else if (isAcronym(tokens.word(i))) tokens.set(i, ACRONYM);
  }
}

// "Kazakhstan-born" -> "Kazakhstan" + suffix "born"; "post-Mugabe" -> "Mugabe"; "al-Qaeda-linked"
// -> "al-Qaeda"; "Hizb-ut-Tahrir" stays whole (its lowercase part is a name particle).
function cutHyphens(word: string): { word: string; offset: number; suffix: string } {
  const parts = word.split(/[-\u2010]/u);
  let offset = 0;
  let i = 0;
  // Drop lowercase prefixes that are not particles ("post-", "anti-", "pro-", "mid-").
  while (i < parts.length - 1 && LOWER.test(parts[i]![0]!) && !HYPHEN_PARTICLES.has(parts[i]!)) {
    offset += parts[i]!.length + 1;
    i++;
  }
  if (i > 0 && !UPPER.test(parts[i]![0]!) && !HYPHEN_PARTICLES.has(parts[i]!)) {
    return { word: '', offset: 0, suffix: '' }; // all lowercase: "so-called"
  }
  let j = i;
  let end = offset;
  for (; j < parts.length; j++) {
    const p = parts[j]!;
    const isLower = LOWER.test(p[0]!);
    if (isLower && j > i && !HYPHEN_PARTICLES.has(p)) break;
    if (isLower && j > i && j === parts.length - 1) break; // trailing particle alone: not a name
    end += (j > i ? 1 : 0) + p.length;
  }
  const suffix = j < parts.length ? parts.slice(j).join('-').toLowerCase() : '';
  return { word: word.slice(offset, end), offset, suffix };
}

function isParticleName(word: string): boolean {
  const h = word.search(/[-\u2010]/u);
  return h > 0 && HYPHEN_PARTICLES.has(word.slice(0, h)) && UPPER.test(word[h + 1] ?? '');
}

function isAcronym(word: string): boolean {
  if (word.length < 2) return false;
  // Fast exit for the common "Minister": a lowercase second letter is in the core (or leaves a
  // one-letter core), so the RegExp tests below would fail.
  const second = word.charCodeAt(1);
  if (second >= 0x61 && second <= 0x7a) return false;
  const core = /[\p{Lu}]s$/u.test(word) ? word.slice(0, -1) : word; // "IEDs", "NGOs"
  if (!ALL_CAPS.test(core)) return false;
  let letters = 0;
  for (const ch of core) if (UPPER.test(ch)) letters++;
  return letters >= 2;
}

/** Flags the first word of each sentence, and capitalised words after a line start or an opener, as INITIAL. */
export function markInitials(text: string, tokens: Tokens, sentences: Span[]): void {
  const { start } = tokens;
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && start[k]! < s.start) k++;
    if (k < tokens.length && start[k]! < s.end) tokens.set(k, INITIAL);
  }
  for (let t = 0; t < tokens.length; t++) {
    if ((tokens.flags[t]! & (INITIAL | CAP)) !== CAP) continue; // only capitalised words need the flag
    let i = start[t]! - 1;
    let c = text.charCodeAt(i);
    while (i >= 0 && (c === 0x20 || c === 0x09 || c === 0xa0)) c = text.charCodeAt(--i);
    if (i < 0 || c === 0x0a || OPENER_CODES.has(c)) tokens.set(t, INITIAL);
  }
}

// A heading is a line without a closing stop that is short or mostly capitalised; a closed line
// full of names ("Radio Free Europe/Radio Liberty reported July 12.") is a sentence ("Recruitment
// and orders via internet", "Sanctions on Sudan Will Be Lifted", "Comment Policy").
export function markHeadings(text: string, tokens: Tokens): void {
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length && k < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    let caps = 0;
    while (k < tokens.length && tokens.start[k]! < lineEnd) {
      if (tokens.cap(k)) caps++;
      k++;
    }
    const n = k - first;
    // Most lines are long paragraphs: test for the closing stop only on short or title-case ones.
    if (n > 0 && (n <= 12 || (n >= 3 && caps / n >= 0.7))) {
      const line = text.slice(lineStart, lineEnd).trimEnd();
      const closed = /[.!?]["'”’)\]]*$/u.test(line);
      if (!closed) {
        for (let i = first; i < k; i++) tokens.set(i, HEADING);
      }
    }
    lineStart = lineEnd + 1;
  }
}

// Taken tokens are marked skipped, which breaks chunks around them.
export function markTaken(tokens: Tokens, taken: Span[]): void {
  if (taken.length === 0) return;
  let j = 0;
  for (let t = 0; t < tokens.length; t++) {
    const s = tokens.start[t]!;
    const e = tokens.end[t]!;
    while (j < taken.length && taken[j]!.end <= s) j++;
    // Taken spans are sorted by start; look ahead over the few that may overlap this token.
    for (let q = j; q < taken.length && taken[q]!.start < e; q++) {
      if (taken[q]!.end > s) {
        tokens.set(t, SKIP);
        break;
      }
    }
  }
}
