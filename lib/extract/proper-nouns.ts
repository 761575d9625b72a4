/**
 * Unknown-actor spotter: finds the proper names (people, organisations, places) that the
 * dictionary matcher did not claim, and types them from context, as unlinked suggestions.
 *
 * No NLP library (speed budget, see shared/NLP.md): one linear tokenising scan, then chunking of
 * consecutive capitalised tokens, then filters and typing by cue words from lib/extract/lexicon.ts.
 */
import type { ActorType } from '../factbase/schema';
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

// One word: a dotted acronym ("U.S."), or letters with inner apostrophes/hyphens ("O'Neill",
// "Hizb-ut-Tahrir", "IS's"), optionally a web domain ("Uznews.net"). Digits may follow a letter
// ("G40"). Numbers are not tokens: they sit in the gaps and so break chunks.
const WORD =
  /(?:\p{Lu}\.){2,}|[\p{L}][\p{L}\p{M}\p{N}]*(?:['’\u2010-][\p{L}\p{M}\p{N}]+)*(?:\.(?:com|net|org|info|kz|ru|uz|kg|tj|io))?/gu;
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ALL_CAPS = /^[\p{Lu}\p{N}.'’-]+$/u;
// Connectors allowed inside organisation and place names ("Ministry of Internal Affairs").
const CONNECTORS = new Set(['of', 'for', 'and', 'the', '&']);
// Abbreviated titles and initials that keep a name going across ". " ("Mr. Clinton", "Donald J.").
const DOT_JOINERS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'st', 'jr', 'sr', 'capt', 'sgt', 'maj']);
// Characters after which a word counts as sentence-initial even inside a sentence span.
const OPENERS = new Set(['“', '"', '‘', '«', '•', ':', '—', '–', '-', '(', '[', '*', '·', '|']);

// Confidence of a lone capitalised word typed by no cue at all.
const LONE_CONFIDENCE = 0.4;

interface Token {
  start: number;
  end: number;
  /** Token text (possessive "'s" removed). */
  text: string;
  lower: string;
  cap: boolean;
  acronym: boolean;
  possessive: boolean;
  /** Lowercase remainder of a cut hyphen compound ("based" in "Taraz-based"), or ''. */
  suffix: string;
  /** First word of a sentence, or after an opening quote, bullet or colon. */
  initial: boolean;
  /** On a heading or title-case line: every word is tested like a sentence start. */
  heading: boolean;
  /** Skipped as part of a handle, hashtag or URL. */
  skip: boolean;
}

interface Piece {
  /** Indices into the token array, first and last (inclusive). */
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
  const lowerSeen = new Set<string>();
  const tokens = tokenize(text, lowerSeen);
  markInitials(text, tokens, sentences);
  markHeadings(text, tokens);
  markTaken(tokens, taken);

  const pieces: Piece[] = [];
  for (const [from, to] of chunks(text, tokens)) {
    for (const [a, b] of cleanChunk(tokens, from, to, lowerSeen)) splitAndType(text, tokens, a, b, pieces);
  }
  retypeSurnames(tokens, pieces);
  coordinate(text, tokens, pieces);
  dropLoneInitials(text, tokens, pieces);

  const out: ActorMention[] = [];
  for (const p of pieces) {
    const start = tokens[p.from]!.start;
    const end = tokens[p.to]!.end;
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

// ---------------------------------------------------------------------------------------------
// Tokens

function tokenize(text: string, lowerSeen: Set<string>): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    let start = m.index;
    let possessive = false;
    let suffix = '';
    const z = word.length;
    const lastCh = word[z - 1]!;
    if (z > 2 && (lastCh === 's' || lastCh === 'S') && (word[z - 2] === "'" || word[z - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (lastCh === "'" || lastCh === '’') {
      word = word.slice(0, -1);
    }
    if (word.indexOf('-') >= 0 || word.indexOf('\u2010') >= 0) {
      const cut = cutHyphens(word);
      start += cut.offset;
      word = cut.word;
      suffix = cut.suffix;
      if (suffix !== '') possessive = false;
    }
    if (word === '') continue;
    const lower = word.toLowerCase();
    // Case tests by folding, cheaper than a Unicode RegExp per token on the hot path.
    const first = word[0]!;
    const isUpper = first !== first.toLowerCase();
    const cap = isUpper || (first !== first.toUpperCase() && isParticleName(word));
    if (!cap) {
      lowerSeen.add(lower);
      if (lower.length > 5) lowerSeen.add(stem(lower));
    }
    const prev = start > 0 ? text[start - 1]! : ' ';
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower,
      cap,
      acronym: cap && isAcronym(word),
      possessive,
      suffix,
      initial: false,
      heading: false,
      skip: prev === '@' || prev === '#' || (prev === '.' && start > 1 && /\S/u.test(text[start - 2]!)),
    });
  }
  return tokens;
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
  const core = /[\p{Lu}]s$/u.test(word) ? word.slice(0, -1) : word; // "IEDs", "NGOs"
  if (!ALL_CAPS.test(core)) return false;
  let letters = 0;
  for (const ch of core) if (UPPER.test(ch)) letters++;
  return letters >= 2;
}

// Crude suffix stripping so "Recruitment" at a sentence start matches "recruited" elsewhere.
function stem(w: string): string {
  for (const s of ['ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'ly']) {
    if (w.length > s.length + 3 && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}

function markInitials(text: string, tokens: Token[], sentences: Span[]): void {
  let k = 0;
  for (const s of sentences) {
    while (k < tokens.length && tokens[k]!.start < s.start) k++;
    if (k < tokens.length && tokens[k]!.start < s.end) tokens[k]!.initial = true;
  }
  for (const t of tokens) {
    if (t.initial || !t.cap) continue; // only capitalised words need the flag
    let i = t.start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0')) i--;
    if (i < 0 || text[i] === '\n' || OPENERS.has(text[i]!)) t.initial = true;
  }
}

// A heading is a line without a closing stop that is short or mostly capitalised; a closed line
// full of names ("Radio Free Europe/Radio Liberty reported July 12.") is a sentence ("Recruitment
// and orders via internet", "Sanctions on Sudan Will Be Lifted", "Comment Policy").
function markHeadings(text: string, tokens: Token[]): void {
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length && k < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = k;
    let caps = 0;
    while (k < tokens.length && tokens[k]!.start < lineEnd) {
      if (tokens[k]!.cap) caps++;
      k++;
    }
    const n = k - first;
    if (n > 0) {
      const line = text.slice(lineStart, lineEnd).trimEnd();
      const closed = /[.!?]["'”’)\]]*$/u.test(line);
      const titleCase = n >= 3 && caps / n >= 0.7;
      if (!closed && (n <= 12 || titleCase)) {
        for (let i = first; i < k; i++) tokens[i]!.heading = true;
      }
    }
    lineStart = lineEnd + 1;
  }
}

// Taken tokens are marked skipped, which breaks chunks around them.
function markTaken(tokens: Token[], taken: Span[]): void {
  if (taken.length === 0) return;
  let j = 0;
  for (const t of tokens) {
    while (j < taken.length && taken[j]!.end <= t.start) j++;
    // Taken spans are sorted by start; look ahead over the few that may overlap this token.
    for (let q = j; q < taken.length && taken[q]!.start < t.end; q++) {
      if (taken[q]!.end > t.start) {
        t.skip = true;
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Chunks

/** Runs of capitalised tokens (with particles and connectors inside), as [from, to] inclusive. */
function chunks(text: string, tokens: Token[]): Array<[number, number]> {
  const raw: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || t.skip || isCalendar(t)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const cur = tokens[j]!;
      if (cur.possessive || cur.suffix !== '') break;
      const next = tokens[j + 1];
      if (next === undefined || next.skip) break;
      const gap = text.slice(cur.end, next.start);
      if (next.cap && !isCalendar(next) && joins(gap, cur)) {
        j++;
        continue;
      }
      // A name particle between two capitalised words: "Osama bin Laden", "Charles de Gaulle".
      const after = tokens[j + 2];
      if (
        !next.cap && NAME_PARTICLES.has(next.text) && gap === ' ' && after !== undefined &&
        after.cap && !after.skip && text.slice(next.end, after.start) === ' ' && !cur.acronym
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

function joins(gap: string, cur: Token): boolean {
  if (gap === ' ' || gap === '\u00a0' || gap === '/' || gap === ' & ') return true;
  if ((gap === '. ' || gap === '.\u00a0') && (DOT_JOINERS.has(cur.lower) || cur.text.length === 1)) return true;
  return false;
}

function isCalendar(t: Token): boolean {
  return CALENDAR_WORDS.has(t.lower) && !t.acronym;
}

// Joins raw runs across "of/for/and/the/on" when the name is an organisation or place with a
// complement ("Committee for Religious Affairs", "Bank for Reconstruction and Development",
// "World Travel and Tourism Council"), but never plain lists ("Taraz and Karaganda").
function mergeConnected(text: string, tokens: Token[], raw: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  while (k < raw.length) {
    const from = raw[k]![0];
    let to = raw[k]![1];
    let inComplement = false;
    while (k + 1 < raw.length) {
      const [nFrom, nTo] = raw[k + 1]!;
      const conn: string[] = [];
      let ok = !tokens[to]!.possessive && tokens[to]!.suffix === '';
      for (let q = to + 1; q < nFrom && ok; q++) {
        const c = tokens[q]!;
        if (!CONNECTORS.has(c.lower) || c.cap) ok = false;
        else conn.push(c.lower);
      }
      if (!ok || conn.length === 0 || conn.length > 2) break;
      // Gaps must be single spaces: a comma or a stop ends the name.
      for (let q = to; q < nFrom && ok; q++) if (text.slice(tokens[q]!.end, tokens[q + 1]!.start) !== ' ') ok = false;
      if (!ok) break;
      const c0 = conn[0]!;
      const headLeft = hasHead(tokens, from, to, true);
      let merge = false;
      if ((c0 === 'of' || c0 === 'for') && (conn.length === 1 || conn[1] === 'the')) {
        merge = headLeft && !TITLES.has(tokens[to]!.lower);
        if (merge) inComplement = true;
      } else if (c0 === 'and' || c0 === '&') {
        if (inComplement) merge = true;
        else if (conn.length === 1 && hasHead(tokens, nFrom, nTo, false) && !headLeft) {
          const leftText = text.slice(tokens[from]!.start, tokens[to]!.end).toLowerCase();
          merge = !PLACE_NAMES.has(leftText) && !GIVEN_NAMES.has(tokens[from]!.lower) && !tokens[from]!.acronym;
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

function hasHead(tokens: Token[], from: number, to: number, placeToo: boolean): boolean {
  for (let i = from; i <= to; i++) {
    const l = tokens[i]!.lower;
    if (ORG_HEADS.has(l) || (placeToo && PLACE_HEADS.has(l))) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Filters: sentence-initial common words, heading words, calendar words, demonyms

/** True when a capitalised token is just an ordinary word written with a capital. */
function isOrdinary(t: Token, lowerSeen: Set<string>): boolean {
  if (t.acronym) return false;
  const l = t.lower;
  if (PLACE_NAMES.has(l) || GIVEN_NAMES.has(l)) return false;
  if (COMMON_WORDS.has(l) || lowerSeen.has(l) || CALENDAR_WORDS.has(l)) return true;
  if (ORG_HEADS.has(l) || PLACE_HEADS.has(l) || TITLES.has(l)) return true;
  if (l.length > 5 && lowerSeen.has(stem(l))) return true;
  if (l.endsWith('s') && (COMMON_WORDS.has(l.slice(0, -1)) || COMMON_WORDS.has(l.slice(0, -2)))) return true;
  return l.length >= 5 && /(?:ing|ed|ly|tions?|sions?|ments?|ness|ity|ism|ists?|ous|ive|ful|less|able|ible|ance|ence|ical|ally)$/u.test(l);
}

/** Cleans one chunk into sub-chunks: drops leading/heading ordinary words and demonyms. */
function cleanChunk(tokens: Token[], from: number, to: number, lowerSeen: Set<string>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const atStart = i === a;
    let drop = false;
    if (t.acronym) {
      drop = STOP_ACRONYMS.has(t.lower) || STOP_ACRONYMS.has(t.lower.replace(/s$/u, ''));
    } else if (t.heading || (atStart && t.initial)) {
      // A given name right before keeps a common-word surname ("Gordon Brown resigns").
      const prev = i > a ? tokens[i - 1]! : undefined;
      drop = isOrdinary(t, lowerSeen) && !(prev !== undefined && prev.cap && GIVEN_NAMES.has(prev.lower));
      if (drop && !atStart && (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower))) drop = false;
      // "National Security Committee" opening a sentence: only a function word ("The", "In")
      // is cut from a name that goes on to an organisation or place head.
      if (drop && !FUNCTION_WORDS.has(t.lower) && i < to && hasHead(tokens, i + 1, to, true)) drop = false;
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
function pushTrimmedRange(tokens: Token[], a: number, b: number, out: Array<[number, number]>): void {
  let x = a;
  let y = b;
  while (x <= y && !tokens[x]!.cap) x++;
  while (y >= x && !tokens[y]!.cap) y--;
  if (x <= y) out.push([x, y]);
}

// ---------------------------------------------------------------------------------------------
// Splitting at titles and heads, then typing

function splitAndType(text: string, tokens: Token[], from: number, to: number, out: Piece[]): void {
  // Leading demonyms: "Kazakh authorities" (already gone: lowercase), "Afghan Taleban" -> "Taleban",
  // unless the rest is an organisation ("Kazakh National Security Committee").
  if (isDemonym(tokens[from]!)) {
    // Of two stacked group words only the last belongs to a name ("Islamist Muslim Brotherhood").
    while (from < to && isDemonym(tokens[from + 1]!) && hasHead(tokens, from + 1, to, false)) from++;
    if (!hasHead(tokens, from, to, false)) {
      let x = from;
      while (x <= to && (isDemonym(tokens[x]!) || !tokens[x]!.cap)) x++;
      if (x > to) return;
      from = x;
    }
  }
  // Titles: "Finance Minister Bolat Zhamishev" -> [Finance] + person "Bolat Zhamishev".
  for (let i = from; i <= to; i++) {
    if (!TITLES.has(tokens[i]!.lower) || tokens[i]!.acronym) continue;
    let j = i;
    while (j + 1 <= to && (TITLES.has(tokens[j + 1]!.lower) || tokens[j + 1]!.lower === 'of')) j++;
    while (j > i && tokens[j]!.lower === 'of') j--;
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
      while (x <= to && !tokens[x]!.cap) x++;
      if (x <= to) {
        const fixedPlace = PLACE_NAMES.has(spanLower(text, tokens, x, to));
        out.push({ from: x, to, type: fixedPlace ? 'place' : 'person', confidence: 0.85, fixed: fixedPlace });
      }
    }
    return;
  }
  // An organisation head followed by two or more plain capitalised words is a name then a person:
  // "head of Risk Assessment Group Dosym Satpayev".
  for (let i = from + 1; i <= to - 2; i++) {
    if (!ORG_HEADS.has(tokens[i]!.lower)) continue;
    if (!tokens[i + 1]!.cap || hasHead(tokens, i + 1, to, true)) break;
    if (CONNECTORS.has(tokens[i + 1]!.lower)) break;
    pushTyped(text, tokens, from, i, out);
    pushTyped(text, tokens, i + 1, to, out);
    return;
  }
  pushTyped(text, tokens, from, to, out);
}

// "Kazakh", "Tunisians", and hyphenated pairs of them ("American-Sudanese").
function isDemonym(t: Token): boolean {
  if (DEMONYMS.has(t.lower)) return true;
  if (t.lower.indexOf('-') < 0) return false;
  for (const part of t.lower.split('-')) if (!DEMONYMS.has(part)) return false;
  return true;
}

function keepsBeforeTitle(text: string, tokens: Token[], from: number, to: number): boolean {
  if (from === to && tokens[from]!.acronym) return true;
  const l = spanLower(text, tokens, from, to);
  if (PLACE_NAMES.has(l) || hasHead(tokens, from, to, true)) return true;
  return DIRECTIONS.has(tokens[from]!.lower) && from < to && PLACE_NAMES.has(spanLower(text, tokens, from + 1, to));
}

function spanLower(text: string, tokens: Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to]!.end).replace(/’/gu, "'").replace(/\s+/gu, ' ').toLowerCase();
}

function pushTyped(text: string, tokens: Token[], from: number, to: number, out: Piece[]): void {
  // Trailing ordinary words after a head are not part of the name ("... Security Center Powered").
  let lastHead = -1;
  for (let i = from; i <= to; i++) if (ORG_HEADS.has(tokens[i]!.lower) || PLACE_HEADS.has(tokens[i]!.lower)) lastHead = i;
  let complement = false;
  for (let i = lastHead + 1; i <= to && lastHead >= from; i++) if (!tokens[i]!.cap) complement = true;
  if (lastHead >= from && lastHead < to && !complement) {
    let y = to;
    while (y > lastHead && (COMMON_WORDS.has(tokens[y]!.lower) || /(?:ed|ing)$/u.test(tokens[y]!.lower))) y--;
    to = y;
  }
  // Leading ordinary words before a given name: "Defence Sergei Shoigu" after "Minister of".
  for (let i = from + 1; i <= to; i++) {
    if (!GIVEN_NAMES.has(tokens[i]!.lower)) continue;
    let allCommon = true;
    for (let q = from; q < i; q++) if (!COMMON_WORDS.has(tokens[q]!.lower) && !DEMONYMS.has(tokens[q]!.lower)) allCommon = false;
    if (allCommon) from = i;
    break;
  }
  const typed = typeChunk(text, tokens, from, to);
  if (typed !== null) out.push({ from, to, ...typed });
}

function typeChunk(
  text: string,
  tokens: Token[],
  from: number,
  to: number,
): { type: ActorType; confidence: number; fixed: boolean } | null {
  const first = tokens[from]!;
  const last = tokens[to]!;
  const n = countCaps(tokens, from, to);
  const lower = spanLower(text, tokens, from, to);
  const next = tokens[to + 1];
  const nextWord = next !== undefined && !next.cap && text.slice(last.end, next.start) === ' ' ? next.lower : '';
  const prevInfo = previousWords(text, tokens, from);

  // Acronyms: country codes are places, "US $" is a currency, the rest organisations.
  if (n === 1 && first.acronym) {
    if (/^\s*\$/u.test(text.slice(last.end, last.end + 3))) return null;
    if (PLACE_NAMES.has(lower)) return { type: 'place', confidence: 0.9, fixed: true };
    if (isDateline(text, tokens, from, to)) return { type: 'place', confidence: 0.8, fixed: true };
    // Shouted text: an all-caps run of ordinary words is not a name.
    if (COMMON_WORDS.has(first.lower) && (tokens[from - 1]?.acronym === true || tokens[to + 1]?.acronym === true)) return null;
    return { type: 'organization', confidence: 0.7, fixed: true };
  }
  if (PLACE_NAMES.has(lower) || (isAllCaps(tokens, from, to) && isDateline(text, tokens, from, to))) {
    return { type: 'place', confidence: 0.95, fixed: true };
  }
  if (n >= 2 && DIRECTIONS.has(first.lower) && PLACE_NAMES.has(spanLower(text, tokens, from + 1, to))) {
    return { type: 'place', confidence: 0.9, fixed: true };
  }
  if (n === 1 && DIRECTIONS.has(first.lower)) return null;
  if (n === 1 && isDemonym(first)) return null;

  // Head words: the last one decides ("State House" is a place, "United States Embassies" an org).
  let headType: ActorType | null = null;
  let headAt = -1;
  for (let i = from; i <= to; i++) {
    const l = tokens[i]!.lower;
    if (ORG_HEADS.has(l)) { headType = 'organization'; headAt = i; }
    else if (PLACE_HEADS.has(l)) { headType = 'place'; headAt = i; }
    if (tokens[i]!.lower === 'of' || tokens[i]!.lower === 'for') break; // head before a complement
  }
  if (n === 1) {
    // A bare head word is an ordinary noun, except a few institutions ("Congress").
    if (headType !== null || COMMON_WORDS.has(first.lower)) {
      if (SOLE_ORGS.has(first.lower) && !first.initial && !first.heading) return { type: 'organization', confidence: 0.6, fixed: true };
      return null;
    }
  } else if (allOrdinary(tokens, from, to) && headType === null) {
    return null; // "Our Foreign Staff", "Prime Minister"
  }
  if (headType !== null && headAt >= 0) return { type: headType, confidence: 0.85, fixed: false };

  // Context cues around the chunk.
  if (last.suffix === 'based' || last.suffix === 'born') return { type: 'place', confidence: 0.8, fixed: false };
  if (ORG_BEFORE.has(prevInfo.word)) return { type: 'organization', confidence: 0.7, fixed: false };
  if (PERSON_ROLES.has(prevInfo.word) && !prevInfo.the) return { type: 'person', confidence: 0.8, fixed: false };
  if (prevInfo.word === 'by' && n >= 2 && n <= 3 && !prevInfo.the) return { type: 'person', confidence: 0.7, fixed: false };
  if (PLACE_AFTER.has(nextWord)) return { type: 'place', confidence: 0.8, fixed: false };
  if (ORG_AFTER.has(nextWord)) return { type: 'organization', confidence: 0.75, fixed: false };
  if (prevInfo.placeOf) return { type: 'place', confidence: 0.8, fixed: false };
  if (GIVEN_NAMES.has(first.lower) && n >= 2) return { type: 'person', confidence: 0.8, fixed: false };
  if (PERSON_VERBS.has(nextWord) && !prevInfo.the && n <= 4) return { type: 'person', confidence: 0.75, fixed: false };
  if (PLACE_PREPOSITIONS.has(prevInfo.word) && n <= 3) return { type: 'place', confidence: 0.65, fixed: false };
  if (GIVEN_NAMES.has(first.lower)) return { type: 'person', confidence: 0.6, fixed: false };
  // A country or city inside an unknown name: a local company or branch ("Schiever Tajikistan").
  for (let i = from; i <= to; i++) {
    if (n >= 2 && PLACE_NAMES.has(tokens[i]!.lower)) return { type: 'organization', confidence: 0.5, fixed: false };
  }
  if (/\.(?:com|net|org|info|kz|ru|uz|kg|tj|io)$/u.test(lower)) return { type: 'organization', confidence: 0.7, fixed: false };
  if (n >= 2 && n <= 4) return { type: 'person', confidence: 0.6, fixed: false };
  if (n >= 5) return { type: 'organization', confidence: 0.4, fixed: false };
  // A lone unknown name without cues: organisations are the commonest such names in news text.
  return { type: 'organization', confidence: LONE_CONFIDENCE, fixed: false };
}

function countCaps(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) if (tokens[i]!.cap) n++;
  return n;
}

function isAllCaps(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i]!.cap && !tokens[i]!.acronym) return false;
  return true;
}

function allOrdinary(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (!t.cap) continue;
    const l = t.lower;
    if (!(COMMON_WORDS.has(l) || DEMONYMS.has(l) || TITLES.has(l) || DIRECTIONS.has(l))) return false;
  }
  return true;
}

// "ALMATY -- The recent ...": an all-caps word at a line start followed by a dash.
function isDateline(text: string, tokens: Token[], from: number, to: number): boolean {
  const before = text.lastIndexOf('\n', tokens[from]!.start - 1);
  if (text.slice(before + 1, tokens[from]!.start).trim() !== '') return false;
  return /^,?\s*(?:--|—|–|-|\(\w+\)\s*(?:--|—|–|-))/u.test(text.slice(tokens[to]!.end, tokens[to]!.end + 12));
}

/** The lowercase word before a chunk (skipping "the"), and whether it is "<place noun> of". */
function previousWords(text: string, tokens: Token[], from: number): { word: string; the: boolean; placeOf: boolean } {
  let i = from - 1;
  let the = false;
  if (i >= 0 && tokens[i]!.lower === 'the' && gapOk(text, tokens, i)) {
    the = true;
    i--;
  }
  if (i < 0 || !gapOk(text, tokens, i)) return { word: '', the, placeOf: false };
  const prev = tokens[i]!;
  const word = !prev.cap || (prev.acronym && STOP_ACRONYMS.has(prev.lower.replace(/s$/u, ''))) ? prev.lower : '';
  const placeOf = word === 'of' && i > 0 && gapOk(text, tokens, i - 1) && PLACE_OF_BEFORE.has(tokens[i - 1]!.lower);
  return { word, the, placeOf };
}

// Between token a and the next: only spaces, or a comma and spaces ("the priest, Fidelis").
const GAP_OK = /^[ \u00a0]*,?[ \u00a0]+$/u;
function gapOk(text: string, tokens: Token[], a: number): boolean {
  return GAP_OK.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start));
}

// ---------------------------------------------------------------------------------------------
// Document-level passes

// A later (or earlier) bare surname of a person takes the person type: "Satpayev", "Mr Mugabe".
function retypeSurnames(tokens: Token[], pieces: Piece[]): void {
  const surnames = new Set<string>();
  for (const p of pieces) {
    if (p.type !== 'person' || p.confidence < 0.6) continue;
    const l = tokens[p.to]!.lower;
    surnames.add(l);
    const h = l.search(/[-\u2010]/u);
    if (h > 0 && HYPHEN_PARTICLES.has(l.slice(0, h))) surnames.add(l.slice(h + 1));
  }
  for (const p of pieces) {
    if (p.fixed || p.type === 'person' || p.confidence >= 0.85) continue;
    if (surnames.has(tokens[p.to]!.lower) && countCaps(tokens, p.from, p.to) <= 2) {
      p.type = 'person';
      p.confidence = 0.75;
    }
  }
}

// A single unknown word opening a sentence with no cue at all ("Repeal life imprisonment") is
// more often an ordinary word than a name, unless the same word is capitalised mid-sentence too.
function dropLoneInitials(text: string, tokens: Token[], pieces: Piece[]): void {
  const midSentence = new Set<string>();
  for (const p of pieces) {
    const t = tokens[p.from]!;
    if (!t.initial && !t.heading) midSentence.add(t.text);
  }
  let w = 0;
  for (const p of pieces) {
    const t = tokens[p.from]!;
    const lone = p.from === p.to && t.initial && !p.fixed && p.confidence <= LONE_CONFIDENCE;
    if (!lone || midSentence.has(t.text)) pieces[w++] = p;
  }
  pieces.length = w;
  void text;
}

// Lists share a type: "in Taraz and Karaganda", "Chechnya, Dagestan and Kabardino-Balkaria".
function coordinate(text: string, tokens: Token[], pieces: Piece[]): void {
  // A bare comma may be an apposition ("said Lotfi Azzouz, Tunisia country director"): it links
  // list members only when an "and"/"or" closes the same list.
  const AND_GAP = /^,?\s+(?:and|or)\s+$/u;
  const COMMA_GAP = /^,\s*$/u;
  const gap = (a: Piece | undefined, b: Piece | undefined): string =>
    a === undefined || b === undefined ? '' : text.slice(tokens[a.to]!.end, tokens[b.from]!.start);
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
