/**
 * Unknown-actor spotter: finds the proper names (people, organisations, places) that the
 * dictionary matcher did not claim, and types them from context, as unlinked suggestions.
 *
 * No NLP library (speed budget, see shared/NLP.md): one linear tokenising scan, then chunking of
 * consecutive capitalised tokens, then filters and typing by cue words from lib/extract/lexicon.ts.
 *
 * Speed: this runs on every page, and most of a page is lowercase running text that only matters
 * as "words seen in lowercase". So the tokenizer is a hand-written scan over char codes (no RegExp,
 * no object or string per word), tokens live in typed arrays, and a token's text and lowercase are
 * sliced only when a later pass asks for them (capitalised words, and the few lowercase neighbours
 * of a name). The lowercase vocabulary is never built as a Set of strings: the handful of words it
 * is asked about are looked up in one hashed pass over the lowercase tokens (`LowercaseIndex`).
 */
import type { ActorType } from './vocabulary';
import {
  CALENDAR_WORDS,
  COMMON_WORDS,
  DEMONYMS,
  DIRECTIONS,
  FUNCTION_WORDS,
  GIVEN_NAMES,
  HYPHEN_PARTICLES,
  NAME_PARTICLES,
  ORG_AFTER,
  ORG_BEFORE,
  ORG_HEADS,
  PERSON_ROLES,
  PERSON_VERBS,
  PLACE_AFTER,
  PLACE_HEADS,
  PLACE_NAMES,
  PLACE_OF_BEFORE,
  PLACE_PREPOSITIONS,
  SOLE_ORGS,
  STOP_ACRONYMS,
  TITLES,
} from './lexicon';
import type { ActorMention, Span } from './types';

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
// Connectors allowed inside organisation and place names ("Ministry of Internal Affairs").
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', '&']);
// Abbreviated titles and initials that keep a name going across ". " ("Mr. Clinton", "Donald J.").
const DOT_JOINERS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'st', 'jr', 'sr', 'capt', 'sgt', 'maj']);
// Characters after which a word counts as sentence-initial even inside a sentence span.
const OPENERS = new Set(['“', '"', '‘', '«', '•', ':', '—', '–', '-', '(', '[', '*', '·', '|']);
const OPENER_CODES = new Set([...OPENERS].map((ch) => ch.charCodeAt(0)));
// Suffixes `stem` strips, tried in this order.
const STEM_SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'ly'];
// The same, grouped by last letter (keeping the order), so a word tries only the ones it can end in.
const STEM_SUFFIXES_BY_LAST: string[][] = [];
for (let c = 0; c < 128; c++) STEM_SUFFIXES_BY_LAST.push(STEM_SUFFIXES.filter((x) => x.charCodeAt(x.length - 1) === c));

// Confidence of a lone capitalised word typed by no cue at all.
const LONE_CONFIDENCE = 0.4;

// Char codes the tokenizer tests.
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019; // ’
const HYPHEN = 0x2d;
const UNICODE_HYPHEN = 0x2010;
const DOT = 0x2e;

// ---------------------------------------------------------------------------------------------
// Character classes

// Class bits of a character. UPPERISH/LOWERISH are the original case tests by folding
// (`ch !== ch.toLowerCase()` / `ch !== ch.toUpperCase()`), which are not quite \p{Lu}/\p{Ll}
// (titlecase "ǅ" folds both ways): both are kept so results match the RegExp version exactly.
const LETTER = 1; // \p{L}
const MARK = 2; // \p{M}
const NUMBER = 4; // \p{N}
const LU = 8; // \p{Lu}
const UPPERISH = 16;
const LOWERISH = 32;
const WIDE = 64; // a surrogate pair: the character takes two code units
const KNOWN = 128; // table slot filled
const WORD_PART = LETTER | MARK | NUMBER;

// Class of each UTF-16 code unit, filled lazily (0 = not computed yet), as normalize.ts does.
const UNIT_CLASS = new Uint8Array(65536);
// Classes of astral characters (rare: maths letters, historic scripts), by code point.
const ASTRAL_CLASS = new Map<number, number>();

function classify(ch: string, caseFold: boolean): number {
  let k = 0;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/\p{N}/u.test(ch)) k |= NUMBER;
  if (/\p{Lu}/u.test(ch)) k |= LU;
  if (caseFold && ch !== ch.toLowerCase()) k |= UPPERISH;
  if (caseFold && ch !== ch.toUpperCase()) k |= LOWERISH;
  return k;
}

/** Class of one code unit on its own (a lone surrogate half is no letter, and folds to itself). */
function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) k = UNIT_CLASS[c] = classify(String.fromCharCode(c), true) | KNOWN;
  return k;
}

// ASCII is filled up front, so the tokenizer's fast path reads the table without a check.
for (let c = 0; c < 0x80; c++) unitClass(c);

/** Class of the character at `i` (a whole surrogate pair, flagged WIDE, when one starts there). */
function charClass(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return unitClass(c);
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) {
    // Case bits stay off: the case tests fold the first code unit only, and a surrogate half
    // folds to itself.
    k = classify(String.fromCodePoint(cp), false) | WIDE;
    ASTRAL_CLASS.set(cp, k);
  }
  return k;
}

/** ASCII lowercase of a char code (other codes unchanged). */
function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

// ---------------------------------------------------------------------------------------------
// Tokens

// Token flag bits.
const CAP = 1;
const ACRONYM = 2;
const POSSESSIVE = 4;
/** First word of a sentence, or after an opening quote, bullet or colon. */
const INITIAL = 8;
/** On a heading or title-case line: every word is tested like a sentence start. */
const HEADING = 16;
/** Skipped as part of a handle, hashtag or URL, or inside a taken span. */
const SKIP = 32;
/** A cut hyphen compound with a lowercase remainder ("Taraz-based"): see `suffix`. */
const SUFFIX = 64;
/** A month, weekday or holiday (and no acronym). */
const CALENDAR = 128;
/** Plain ASCII text (letters, digits, "'"): its lowercase is a per-character map, same length. */
const PLAIN = 256;

/**
 * The words of a text, structure-of-arrays: offsets and flags in typed arrays, and the token text
 * and its lowercase made on first use (the text of a token is always `text.slice(start, end)`,
 * possessive "'s" and cut hyphen prefixes/suffixes excluded).
 */
class Tokens {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint16Array;
  private readonly words: Array<string | undefined> = [];
  private readonly lowers: Array<string | undefined> = [];
  /** Lowercase remainder of a cut hyphen compound ("based" in "Taraz-based"), by token index. */
  private readonly suffixes = new Map<number, string>();

  constructor(readonly text: string) {
    // Prose has about one token per six characters, so a quarter of the length rarely grows.
    const capacity = (text.length >> 2) + 16;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint16Array(capacity);
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

interface Piece {
  /** Indices into the tokens, first and last (inclusive). */
  from: number;
  to: number;
  type: ActorType;
  confidence: number;
  /** Typed from a lexicon entry or an acronym: later passes never re-type it. */
  fixed: boolean;
}

/**
 * Finds the proper names in `text` that no earlier extractor claimed.
 *
 * @param text the page's main text
 * @param sentences its sentence spans (from `splitSentences`), used to spot sentence-initial words
 * @param taken spans already claimed (dictionary matches, figures), sorted by start; no mention
 *   returned overlaps one: a chunk containing a taken span is cut around it
 * @returns unlinked mentions (`actorId` and `canonical` null), typed person / organization /
 *   place, with a confidence in (0, 1) that is lower when the type guess is weak; sorted by start
 */
export function findUnknownActors(text: string, sentences: Span[], taken: Span[]): ActorMention[] {
  const tokens = tokenize(text);
  markInitials(text, tokens, sentences);
  markHeadings(text, tokens);
  markTaken(tokens, taken);
  // Which sentence-start and heading words also occur in lowercase (see `isOrdinary`).
  const lowerSeen = new LowercaseIndex(tokens);
  lowerSeen.prepare(ordinaryQueries(tokens));

  const pieces: Piece[] = [];
  for (const [from, to] of chunks(text, tokens)) {
    for (const [a, b] of cleanChunk(tokens, from, to, lowerSeen)) splitAndType(text, tokens, a, b, pieces);
  }
  retypeSurnames(tokens, pieces);
  coordinate(text, tokens, pieces);
  dropLoneInitials(text, tokens, pieces);

  const out: ActorMention[] = [];
  for (const p of pieces) {
    const start = tokens.start[p.from]!;
    const end = tokens.end[p.to]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: p.type,
      actorId: null,
      canonical: null,
      confidence: Math.min(0.95, Math.max(0.05, p.confidence)),
    });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** Splits `text` into word tokens: the matches of the RegExp quoted at the top, post-processed. */
function tokenize(text: string): Tokens {
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

// Crude suffix stripping so "Recruitment" at a sentence start matches "recruited" elsewhere.
function stem(w: string): string {
  for (const s of STEM_SUFFIXES) {
    if (w.length > s.length + 3 && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}

/** `stem` for the ASCII word text[start, end) read in lowercase: how many characters it cuts. */
function asciiStemCut(text: string, start: number, end: number): number {
  const z = end - start;
  const last = asciiLower(text.charCodeAt(end - 1));
  for (const s of STEM_SUFFIXES_BY_LAST[last]!) {
    const m = s.length;
    if (z <= m + 3) continue;
    let q = 0;
    while (q < m - 1 && asciiLower(text.charCodeAt(end - m + q)) === s.charCodeAt(q)) q++;
    if (q === m - 1) return m;
  }
  return 0;
}

/** Bucket of a lowercase word in `LowercaseIndex`, from its length and first and last letters. */
function bucketKey(length: number, first: number, last: number): number {
  return ((length & 31) << 10) | ((first & 31) << 5) | (last & 31);
}

/**
 * Answers "does this word occur in lowercase in the text?" as a Set of every lowercase word (and
 * of its `stem` from 6 letters) would, without building one: the questions a page will ask are
 * known before chunking (the capitalised words at sentence starts and in headings), so they are
 * bucketed by length and first and last letter, and one pass over the lowercase tokens compares
 * a token (or its stem) only with the questions in its bucket, reading char codes in place.
 * A question not prepared is answered by its own pass.
 */
class LowercaseIndex {
  private readonly answers = new Map<string, boolean>();

  constructor(private readonly tokens: Tokens) {}

  has(word: string): boolean {
    let a = this.answers.get(word);
    if (a === undefined) {
      this.prepare([word]);
      a = this.answers.get(word)!;
    }
    return a;
  }

  /** Answers all of `words` in one pass over the tokens. */
  prepare(words: Iterable<string>): void {
    const asked = new Set<string>();
    for (const w of words) if (!this.answers.has(w)) asked.add(w);
    if (asked.size === 0) return;
    const found = new Set<string>();
    // Buckets of the ASCII questions (non-ASCII ones can only be equal to the lowercase of a
    // non-plain token, which is checked as a string below).
    const bucketOf = new Uint16Array(1 << 15); // bucket number + 1
    const buckets: string[][] = [];
    for (const w of asked) {
      if (w === '' || !/^[\0-\x7f]*$/u.test(w)) continue;
      const key = bucketKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1));
      const b = bucketOf[key]!;
      if (b === 0) {
        buckets.push([w]);
        bucketOf[key] = buckets.length;
      } else {
        buckets[b - 1]!.push(w);
      }
    }
    const { text, start, end, flags } = this.tokens;
    // Records the questions equal to text[from, from + len) read in lowercase.
    const look = (from: number, len: number): void => {
      const b = bucketOf[bucketKey(len, asciiLower(text.charCodeAt(from)), asciiLower(text.charCodeAt(from + len - 1)))]!;
      if (b === 0) return;
      for (const w of buckets[b - 1]!) {
        if (w.length !== len) continue;
        let q = 0;
        while (q < len && asciiLower(text.charCodeAt(from + q)) === w.charCodeAt(q)) q++;
        if (q === len) found.add(w);
      }
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const f = flags[i]!;
      if (f & CAP) continue;
      if (f & PLAIN) {
        const a = start[i]!;
        const z = end[i]! - a;
        look(a, z);
        if (z > 5) {
          const cut = asciiStemCut(text, a, a + z);
          if (cut > 0) look(a, z - cut);
        }
      } else {
        // Rare: toLowerCase may change the length of non-ASCII text; compare strings.
        const lower = this.tokens.lower(i);
        if (asked.has(lower)) found.add(lower);
        if (lower.length > 5) {
          const st = stem(lower);
          if (asked.has(st)) found.add(st);
        }
      }
    }
    for (const w of asked) this.answers.set(w, found.has(w));
  }
}

/**
 * The words `isOrdinary` will look up in the lowercase vocabulary: those of capitalised words at
 * sentence starts and in headings (see `cleanChunk`) that its earlier tests do not settle. (Any
 * other word it asks about is still answered right, by a pass of its own.)
 */
function ordinaryQueries(tokens: Tokens): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = tokens.flags[i]!;
    if ((f & CAP) === 0 || (f & ACRONYM) !== 0 || (f & (HEADING | INITIAL)) === 0) continue;
    const l = tokens.lower(i);
    if (PLACE_NAMES.has(l) || GIVEN_NAMES.has(l) || COMMON_WORDS.has(l)) continue;
    out.push(l);
    if (l.length > 5 && !CALENDAR_WORDS.has(l) && !ORG_HEADS.has(l) && !PLACE_HEADS.has(l) && !TITLES.has(l)) out.push(stem(l));
  }
  return out;
}

function markInitials(text: string, tokens: Tokens, sentences: Span[]): void {
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
function markHeadings(text: string, tokens: Tokens): void {
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
function markTaken(tokens: Tokens, taken: Span[]): void {
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

// ---------------------------------------------------------------------------------------------
// Chunks

/** Runs of capitalised tokens (with particles and connectors inside), as [from, to] inclusive. */
function chunks(text: string, tokens: Tokens): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    // Calendar words are flagged on capitalised tokens only, which is all this tests.
    if ((tokens.flags[i]! & (CAP | SKIP | CALENDAR)) !== CAP) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      if (tokens.has(j, POSSESSIVE | SUFFIX)) break;
      const next = j + 1;
      if (next >= n || tokens.has(next, SKIP)) break;
      if ((tokens.flags[next]! & (CAP | CALENDAR)) === CAP && joins(tokens, j)) {
        j++;
        continue;
      }
      // A name particle between two capitalised words: "Osama bin Laden", "Charles de Gaulle".
      const after = j + 2;
      if (
        !tokens.cap(next) && tokens.gapIs(j, next, ' ') && after < n && tokens.cap(after) &&
        !tokens.has(after, SKIP) && tokens.gapIs(next, after, ' ') && !tokens.has(j, ACRONYM) &&
        NAME_PARTICLES.has(tokens.word(next))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    raw.push([i, j]);
    i = j + 1;
  }
  return mergeConnected(text, tokens, raw);
}

/** True when the gap after token `cur` continues a name: a space, "/", " & ", or ". " after "Mr". */
function joins(tokens: Tokens, cur: number): boolean {
  const text = tokens.text;
  const a = tokens.end[cur]!;
  const len = tokens.start[cur + 1]! - a;
  if (len === 1) {
    const c = text.charCodeAt(a);
    return c === 0x20 || c === 0xa0 || c === 0x2f; // " ", no-break space, "/"
  }
  if (len === 3) return text.startsWith(' & ', a);
  if (len === 2 && text.charCodeAt(a) === DOT) {
    const c = text.charCodeAt(a + 1);
    if (c === 0x20 || c === 0xa0) return DOT_JOINERS.has(tokens.lower(cur)) || tokens.end[cur]! - tokens.start[cur]! === 1;
  }
  return false;
}

// Joins raw runs across "of/for/and/the/on" when the name is an organisation or place with a
// complement ("Committee for Religious Affairs", "Bank for Reconstruction and Development",
// "World Travel and Tourism Council"), but never plain lists ("Taraz and Karaganda").
function mergeConnected(text: string, tokens: Tokens, raw: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  while (k < raw.length) {
    const from = raw[k]![0];
    let to = raw[k]![1];
    let inComplement = false;
    while (k + 1 < raw.length) {
      const [nFrom, nTo] = raw[k + 1]!;
      const conn: string[] = [];
      let ok = !tokens.has(to, POSSESSIVE | SUFFIX);
      for (let q = to + 1; q < nFrom && ok; q++) {
        if (tokens.cap(q) || !isConnector(tokens, q)) ok = false;
        else conn.push(tokens.lower(q));
      }
      if (!ok || conn.length === 0 || conn.length > 2) break;
      // Gaps must be single spaces: a comma or a stop ends the name.
      for (let q = to; q < nFrom && ok; q++) if (!tokens.gapIs(q, q + 1, ' ')) ok = false;
      if (!ok) break;
      const c0 = conn[0]!;
      const headLeft = hasHead(tokens, from, to, true);
      let merge = false;
      if ((c0 === 'of' || c0 === 'for' || c0 === 'on') && (conn.length === 1 || conn[1] === 'the')) {
        // "Committee on Intelligence", never "the Ministry on Monday".
        merge = headLeft && !TITLES.has(tokens.lower(to)) && !(c0 === 'on' && tokens.has(nFrom, CALENDAR));
        if (merge) inComplement = true;
      } else if (c0 === 'and' || c0 === '&') {
        if (inComplement) merge = true;
        else if (conn.length === 1 && hasHead(tokens, nFrom, nTo, false) && !headLeft) {
          const leftText = text.slice(tokens.start[from], tokens.end[to]).toLowerCase();
          merge = !PLACE_NAMES.has(leftText) && !GIVEN_NAMES.has(tokens.lower(from)) && !tokens.has(from, ACRONYM);
        }
      }
      if (!merge) break;
      to = nTo;
      k++;
    }
    out.push([from, to]);
    k++;
  }
  return out;
}

function isConnector(tokens: Tokens, i: number): boolean {
  // Connectors are 2-3 letters long: a plain ASCII word of another length is none, and need not
  // be lowercased to tell (most words after a name are such).
  const len = tokens.end[i]! - tokens.start[i]!;
  if (tokens.has(i, PLAIN) && (len < 2 || len > 3)) return false;
  return CONNECTORS.has(tokens.lower(i));
}

function hasHead(tokens: Tokens, from: number, to: number, placeToo: boolean): boolean {
  for (let i = from; i <= to; i++) {
    const l = tokens.lower(i);
    if (ORG_HEADS.has(l) || (placeToo && PLACE_HEADS.has(l))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Filters: sentence-initial common words, heading words, calendar words, demonyms

/** True when a capitalised token is just an ordinary word written with a capital. */
function isOrdinary(tokens: Tokens, i: number, lowerSeen: LowercaseIndex): boolean {
  if (tokens.has(i, ACRONYM)) return false;
  const l = tokens.lower(i);
  if (PLACE_NAMES.has(l) || GIVEN_NAMES.has(l)) return false;
  if (COMMON_WORDS.has(l) || lowerSeen.has(l) || CALENDAR_WORDS.has(l)) return true;
  if (ORG_HEADS.has(l) || PLACE_HEADS.has(l) || TITLES.has(l)) return true;
  if (l.length > 5 && lowerSeen.has(stem(l))) return true;
  if (l.endsWith('s') && (COMMON_WORDS.has(l.slice(0, -1)) || COMMON_WORDS.has(l.slice(0, -2)))) return true;
  return l.length >= 5 && /(?:ing|ed|ly|tions?|sions?|ments?|ness|ity|ism|ists?|ous|ive|ful|less|able|ible|ance|ence|ical|ally)$/u.test(l);
}

/** Cleans one chunk into sub-chunks: drops leading/heading ordinary words and demonyms. */
function cleanChunk(tokens: Tokens, from: number, to: number, lowerSeen: LowercaseIndex): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (!tokens.cap(i)) continue;
    const atStart = i === a;
    let drop = false;
    if (tokens.has(i, ACRONYM)) {
      const l = tokens.lower(i);
      drop = STOP_ACRONYMS.has(l) || STOP_ACRONYMS.has(l.replace(/s$/u, ''));
    } else if (tokens.has(i, HEADING) || (atStart && tokens.has(i, INITIAL))) {
      // A given name right before keeps a common-word surname ("Gordon Brown resigns").
      const prevGiven = i > a && tokens.cap(i - 1) && GIVEN_NAMES.has(tokens.lower(i - 1));
      drop = isOrdinary(tokens, i, lowerSeen) && !prevGiven;
      if (drop && !atStart && (ORG_HEADS.has(tokens.lower(i)) || PLACE_HEADS.has(tokens.lower(i)))) drop = false;
      // "National Security Committee" opening a sentence: only a function word ("The", "In")
      // is cut from a name that goes on to an organisation or place head.
      if (drop && !FUNCTION_WORDS.has(tokens.lower(i)) && i < to && hasHead(tokens, i + 1, to, true)) drop = false;
    }
    if (drop) {
      pushTrimmedRange(tokens, a, i - 1, out);
      a = i + 1;
    }
  }
  pushTrimmedRange(tokens, a, to, out);
  return out;
}

// Trims connectors and particles at both edges of [a, b] and keeps what is left.
function pushTrimmedRange(tokens: Tokens, a: number, b: number, out: Array<[number, number]>): void {
  let x = a;
  let y = b;
  while (x <= y && !tokens.cap(x)) x++;
  while (y >= x && !tokens.cap(y)) y--;
  if (x <= y) out.push([x, y]);
}

// ---------------------------------------------------------------------------------------------
// Splitting at titles and heads, then typing

function splitAndType(text: string, tokens: Tokens, from: number, to: number, out: Piece[]): void {
  // Leading demonyms: "Kazakh authorities" (already gone: lowercase), "Afghan Taleban" -> "Taleban",
  // unless the rest is an organisation ("Kazakh National Security Committee").
  if (isDemonym(tokens, from)) {
    // Of two stacked group words only the last belongs to a name ("Islamist Muslim Brotherhood").
    while (from < to && isDemonym(tokens, from + 1) && hasHead(tokens, from + 1, to, false)) from++;
    if (!hasHead(tokens, from, to, false)) {
      let x = from;
      while (x <= to && (isDemonym(tokens, x) || !tokens.cap(x))) x++;
      if (x > to) return;
      from = x;
    }
  }
  // Titles: "Finance Minister Bolat Zhamishev" -> [Finance] + person "Bolat Zhamishev".
  for (let i = from; i <= to; i++) {
    if (!TITLES.has(tokens.lower(i)) || tokens.has(i, ACRONYM)) continue;
    let j = i;
    while (j + 1 <= to && (TITLES.has(tokens.lower(j + 1)) || tokens.lower(j + 1) === 'of')) j++;
    while (j > i && tokens.lower(j) === 'of') j--;
    if (j < to && hasHead(tokens, j + 1, to, false)) {
      // "General Assembly", "Justice Department": the title word is part of an organisation.
      if (i === from) break;
      continue;
    }
    // Left of a title only a place, an acronym or a headed name survives ("Zimbabwe President",
    // "KNB Chief"); portfolio words do not ("Finance Minister", "Interior Minister").
    if (i > from && keepsBeforeTitle(text, tokens, from, i - 1)) splitAndType(text, tokens, from, i - 1, out);
    if (j < to) {
      let x = j + 1;
      while (x <= to && !tokens.cap(x)) x++;
      if (x <= to) {
        const fixedPlace = PLACE_NAMES.has(spanLower(text, tokens, x, to));
        out.push({ from: x, to, type: fixedPlace ? 'place' : 'person', confidence: 0.85, fixed: fixedPlace });
      }
    }
    return;
  }
  // An organisation head followed by two or more plain capitalised words is a name then a person:
  // "head of Example Research Group John Smith".
  for (let i = from + 1; i <= to - 2; i++) {
    if (!ORG_HEADS.has(tokens.lower(i))) continue;
    if (!tokens.cap(i + 1) || hasHead(tokens, i + 1, to, true)) break;
    if (CONNECTORS.has(tokens.lower(i + 1))) break;
    pushTyped(text, tokens, from, i, out);
    pushTyped(text, tokens, i + 1, to, out);
    return;
  }
  pushTyped(text, tokens, from, to, out);
}

// "Kazakh", "Tunisians", and hyphenated pairs of them ("American-Sudanese").
function isDemonym(tokens: Tokens, i: number): boolean {
  const l = tokens.lower(i);
  if (DEMONYMS.has(l)) return true;
  if (l.indexOf('-') < 0) return false;
  for (const part of l.split('-')) if (!DEMONYMS.has(part)) return false;
  return true;
}

function keepsBeforeTitle(text: string, tokens: Tokens, from: number, to: number): boolean {
  if (from === to && tokens.has(from, ACRONYM)) return true;
  const l = spanLower(text, tokens, from, to);
  if (PLACE_NAMES.has(l) || hasHead(tokens, from, to, true)) return true;
  return DIRECTIONS.has(tokens.lower(from)) && from < to && PLACE_NAMES.has(spanLower(text, tokens, from + 1, to));
}

/** The text of tokens from..to in lowercase, white space collapsed, curly apostrophes straight. */
function spanLower(text: string, tokens: Tokens, from: number, to: number): string {
  if (from === to) {
    // One token has no white space inside: its cached lowercase will do.
    const l = tokens.lower(from);
    return l.indexOf('’') < 0 ? l : l.replace(/’/gu, "'");
  }
  const a = tokens.start[from]!;
  const b = tokens.end[to]!;
  // Plain ASCII with single spaces (the usual name) needs no replacing.
  let plain = true;
  for (let p = a; p < b && plain; p++) {
    const c = text.charCodeAt(p);
    if (c > 0x7f || (c >= 0x09 && c <= 0x0d) || (c === 0x20 && text.charCodeAt(p + 1) === 0x20)) plain = false;
  }
  const raw = text.slice(a, b);
  return plain ? raw.toLowerCase() : raw.replace(/’/gu, "'").replace(/\s+/gu, ' ').toLowerCase();
}

function pushTyped(text: string, tokens: Tokens, from: number, to: number, out: Piece[]): void {
  // Trailing ordinary words after a head are not part of the name ("... Security Center Powered").
  let lastHead = -1;
  for (let i = from; i <= to; i++) if (ORG_HEADS.has(tokens.lower(i)) || PLACE_HEADS.has(tokens.lower(i))) lastHead = i;
  let complement = false;
  for (let i = lastHead + 1; i <= to && lastHead >= from; i++) if (!tokens.cap(i)) complement = true;
  if (lastHead >= from && lastHead < to && !complement) {
    let y = to;
    while (y > lastHead && (COMMON_WORDS.has(tokens.lower(y)) || /(?:ed|ing)$/u.test(tokens.lower(y)))) y--;
    to = y;
  }
  // Leading ordinary words before a given name: "Defence Sergei Shoigu" after "Minister of".
  for (let i = from + 1; i <= to; i++) {
    if (!GIVEN_NAMES.has(tokens.lower(i))) continue;
    let allCommon = true;
    for (let q = from; q < i; q++) if (!COMMON_WORDS.has(tokens.lower(q)) && !DEMONYMS.has(tokens.lower(q))) allCommon = false;
    if (allCommon) from = i;
    break;
  }
  const typed = typeChunk(text, tokens, from, to);
  if (typed !== null) out.push({ from, to, ...typed });
}

function typeChunk(
  text: string,
  tokens: Tokens,
  from: number,
  to: number,
): { type: ActorType; confidence: number; fixed: boolean } | null {
  const firstLower = tokens.lower(from);
  const firstAcronym = tokens.has(from, ACRONYM);
  const lastEnd = tokens.end[to]!;
  const n = countCaps(tokens, from, to);
  const lower = spanLower(text, tokens, from, to);
  const next = to + 1;
  const nextWord = next < tokens.length && !tokens.cap(next) && tokens.gapIs(to, next, ' ') ? tokens.lower(next) : '';
  const prevInfo = previousWords(text, tokens, from);

  // Acronyms: country codes are places, "US $" is a currency, the rest organisations.
  if (n === 1 && firstAcronym) {
    if (/^\s*\$/u.test(text.slice(lastEnd, lastEnd + 3))) return null;
    if (PLACE_NAMES.has(lower)) return { type: 'place', confidence: 0.9, fixed: true };
    if (isDateline(text, tokens, from, to)) return { type: 'place', confidence: 0.8, fixed: true };
    // Shouted text: an all-caps run of ordinary words is not a name.
    const acronymAround = (from > 0 && tokens.has(from - 1, ACRONYM)) || (to + 1 < tokens.length && tokens.has(to + 1, ACRONYM));
    if (COMMON_WORDS.has(firstLower) && acronymAround) return null;
    return { type: 'organization', confidence: 0.7, fixed: true };
  }
  if (PLACE_NAMES.has(lower) || (isAllCaps(tokens, from, to) && isDateline(text, tokens, from, to))) {
    return { type: 'place', confidence: 0.95, fixed: true };
  }
  if (n >= 2 && DIRECTIONS.has(firstLower) && PLACE_NAMES.has(spanLower(text, tokens, from + 1, to))) {
    return { type: 'place', confidence: 0.9, fixed: true };
  }
  if (n === 1 && DIRECTIONS.has(firstLower)) return null;
  if (n === 1 && isDemonym(tokens, from)) return null;

  // Head words: the last one decides ("State House" is a place, "United States Embassies" an org).
  let headType: ActorType | null = null;
  let headAt = -1;
  for (let i = from; i <= to; i++) {
    const l = tokens.lower(i);
    if (ORG_HEADS.has(l)) { headType = 'organization'; headAt = i; }
    else if (PLACE_HEADS.has(l)) { headType = 'place'; headAt = i; }
    if (l === 'of' || l === 'for') break; // head before a complement
  }
  if (n === 1) {
    // A bare head word is an ordinary noun, except a few institutions ("Congress").
    if (headType !== null || COMMON_WORDS.has(firstLower)) {
      if (SOLE_ORGS.has(firstLower) && !tokens.has(from, INITIAL | HEADING)) return { type: 'organization', confidence: 0.6, fixed: true };
      return null;
    }
  } else if (allOrdinary(tokens, from, to) && headType === null) {
    return null; // "Our Foreign Staff", "Prime Minister"
  }
  if (headType !== null && headAt >= 0) return { type: headType, confidence: 0.85, fixed: false };

  // Context cues around the chunk.
  const lastSuffix = tokens.suffix(to);
  if (lastSuffix === 'based' || lastSuffix === 'born') return { type: 'place', confidence: 0.8, fixed: false };
  if (ORG_BEFORE.has(prevInfo.word)) return { type: 'organization', confidence: 0.7, fixed: false };
  if (PERSON_ROLES.has(prevInfo.word) && !prevInfo.the) return { type: 'person', confidence: 0.8, fixed: false };
  if (prevInfo.word === 'by' && n >= 2 && n <= 3 && !prevInfo.the) return { type: 'person', confidence: 0.7, fixed: false };
  if (PLACE_AFTER.has(nextWord)) return { type: 'place', confidence: 0.8, fixed: false };
  if (ORG_AFTER.has(nextWord)) return { type: 'organization', confidence: 0.75, fixed: false };
  if (prevInfo.placeOf) return { type: 'place', confidence: 0.8, fixed: false };
  if (GIVEN_NAMES.has(firstLower) && n >= 2) return { type: 'person', confidence: 0.8, fixed: false };
  if (PERSON_VERBS.has(nextWord) && !prevInfo.the && n <= 4) return { type: 'person', confidence: 0.75, fixed: false };
  if (PLACE_PREPOSITIONS.has(prevInfo.word) && n <= 3) return { type: 'place', confidence: 0.65, fixed: false };
  if (GIVEN_NAMES.has(firstLower)) return { type: 'person', confidence: 0.6, fixed: false };
  // A country or city inside an unknown name: a local company or branch ("Schiever Tajikistan").
  for (let i = from; i <= to; i++) {
    if (n >= 2 && PLACE_NAMES.has(tokens.lower(i))) return { type: 'organization', confidence: 0.5, fixed: false };
  }
  if (/\.(?:com|net|org|info|kz|ru|uz|kg|tj|io)$/u.test(lower)) return { type: 'organization', confidence: 0.7, fixed: false };
  if (n >= 2 && n <= 4) return { type: 'person', confidence: 0.6, fixed: false };
  if (n >= 5) return { type: 'organization', confidence: 0.4, fixed: false };
  // A lone unknown name without cues: organisations are the commonest such names in news text.
  return { type: 'organization', confidence: LONE_CONFIDENCE, fixed: false };
}

function countCaps(tokens: Tokens, from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (tokens.cap(i)) n++;
  return n;
}

function isAllCaps(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if ((tokens.flags[i]! & (CAP | ACRONYM)) === CAP) return false;
  return true;
}

function allOrdinary(tokens: Tokens, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    if (!tokens.cap(i)) continue;
    const l = tokens.lower(i);
    if (!(COMMON_WORDS.has(l) || DEMONYMS.has(l) || TITLES.has(l) || DIRECTIONS.has(l))) return false;
  }
  return true;
}

// "ALMATY -- The recent ...": an all-caps word at a line start followed by a dash.
function isDateline(text: string, tokens: Tokens, from: number, to: number): boolean {
  const start = tokens.start[from]!;
  const before = text.lastIndexOf('\n', start - 1);
  if (text.slice(before + 1, start).trim() !== '') return false;
  const end = tokens.end[to]!;
  return /^,?\s*(?:--|—|–|-|\(\w+\)\s*(?:--|—|–|-))/u.test(text.slice(end, end + 12));
}

/** The lowercase word before a chunk (skipping "the"), and whether it is "<place noun> of". */
function previousWords(text: string, tokens: Tokens, from: number): { word: string; the: boolean; placeOf: boolean } {
  let i = from - 1;
  let the = false;
  if (i >= 0 && tokens.lower(i) === 'the' && gapOk(text, tokens, i)) {
    the = true;
    i--;
  }
  if (i < 0 || !gapOk(text, tokens, i)) return { word: '', the, placeOf: false };
  const prevLower = tokens.lower(i);
  const stopAcronym = tokens.has(i, ACRONYM) && STOP_ACRONYMS.has(prevLower.replace(/s$/u, ''));
  const word = !tokens.cap(i) || stopAcronym ? prevLower : '';
  const placeOf = word === 'of' && i > 0 && gapOk(text, tokens, i - 1) && PLACE_OF_BEFORE.has(tokens.lower(i - 1));
  return { word, the, placeOf };
}

/** Between token a and the next: only spaces, or a comma and spaces ("the priest, Fidelis"). */
function gapOk(text: string, tokens: Tokens, a: number): boolean {
  // Char-code form of /^[ \u00a0]*,?[ \u00a0]+$/u: no slicing on this per-chunk path.
  const from = tokens.end[a]!;
  const e = tokens.start[a + 1]!;
  let p = from;
  while (p < e && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0xa0)) p++;
  if (p === e) return p > from; // spaces only: at least one
  if (text.charCodeAt(p) !== 0x2c) return false; // ","
  const afterComma = ++p;
  while (p < e && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0xa0)) p++;
  return p === e && p > afterComma; // at least one space after the comma
}

// ---------------------------------------------------------------------------------------------
// Document-level passes

// A later (or earlier) bare surname of a person takes the person type: "Smith", "Mr Mugabe".
function retypeSurnames(tokens: Tokens, pieces: Piece[]): void {
  const surnames = new Set<string>();
  for (const p of pieces) {
    if (p.type !== 'person' || p.confidence < 0.6) continue;
    const l = tokens.lower(p.to);
    surnames.add(l);
    const h = l.search(/[-\u2010]/u);
    if (h > 0 && HYPHEN_PARTICLES.has(l.slice(0, h))) surnames.add(l.slice(h + 1));
  }
  for (const p of pieces) {
    if (p.fixed || p.type === 'person' || p.confidence >= 0.85) continue;
    if (surnames.has(tokens.lower(p.to)) && countCaps(tokens, p.from, p.to) <= 2) {
      p.type = 'person';
      p.confidence = 0.75;
    }
  }
}

// A single unknown word opening a sentence with no cue at all ("Repeal life imprisonment") is
// more often an ordinary word than a name, unless the same word is capitalised mid-sentence too.
function dropLoneInitials(text: string, tokens: Tokens, pieces: Piece[]): void {
  const midSentence = new Set<string>();
  for (const p of pieces) {
    if (!tokens.has(p.from, INITIAL | HEADING)) midSentence.add(tokens.word(p.from));
  }
  let w = 0;
  for (const p of pieces) {
    const lone = p.from === p.to && tokens.has(p.from, INITIAL) && !p.fixed && p.confidence <= LONE_CONFIDENCE;
    if (!lone || midSentence.has(tokens.word(p.from))) pieces[w++] = p;
  }
  pieces.length = w;
  void text;
}

// Lists share a type: "in Taraz and Karaganda", "Chechnya, Dagestan and Kabardino-Balkaria".
function coordinate(text: string, tokens: Tokens, pieces: Piece[]): void {
  // A bare comma may be an apposition ("said Lotfi Azzouz, Tunisia country director"): it links
  // list members only when an "and"/"or" closes the same list.
  const AND_GAP = /^,?\s+(?:and|or)\s+$/u;
  const COMMA_GAP = /^,\s*$/u;
  const gap = (a: Piece | undefined, b: Piece | undefined): string =>
    a === undefined || b === undefined ? '' : text.slice(tokens.end[a.to], tokens.start[b.from]);
  // Pieces a and b = a + 1 (indices into pieces).
  const linked = (a: number, b: number): boolean => {
    const g = gap(pieces[a], pieces[b]);
    if (AND_GAP.test(g)) return true;
    if (!COMMA_GAP.test(g)) return false;
    // Walk on along the list (both directions) looking for the closing "and"/"or".
    for (let k = b; k + 1 < pieces.length; k++) {
      const h = gap(pieces[k], pieces[k + 1]);
      if (AND_GAP.test(h)) return true;
      if (!COMMA_GAP.test(h)) break;
    }
    return false;
  };
  for (let pass = 0; pass < 2; pass++) {
    const order = pass === 0 ? pieces.map((_, i) => i) : pieces.map((_, i) => pieces.length - 1 - i);
    for (const i of order) {
      const p = pieces[i]!;
      if (p.fixed || p.confidence >= 0.7) continue;
      const nb = pass === 0 ? pieces[i - 1] : pieces[i + 1];
      if (nb === undefined || nb.confidence < 0.7) continue;
      const ok = pass === 0 ? linked(i - 1, i) : linked(i, i + 1);
      if (ok) {
        p.type = nb.type;
        p.confidence = 0.7;
      }
    }
  }
}
