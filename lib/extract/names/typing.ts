/**
 * Typing of a candidate name from its own words and its neighbours: titles, head words, the
 * lexicon's cue words, datelines; each guess carries a confidence.
 */
import { COMMON_WORDS, DEMONYMS, DIRECTIONS, DOCUMENT_LAST, EVENT_LAST, FIRST_NAMES, GIVEN_NAMES, ORG_AFTER, ORG_BEFORE, ORG_HEADS, OUTLET_HEADS, PERSON_ROLES, PERSON_VERBS, PLACE_AFTER, PLACE_HEADS, PLACE_NAMES, PLACE_OF_BEFORE, PLACE_PREPOSITIONS, SEATS, SOLE_ORGS, STOP_ACRONYMS, TITLES } from '../lexicon';
import type { ActorType } from '../vocabulary';
import { CONNECTORS, hasHead } from './chunks';
import { ACRONYM, CAP, HEADING, INITIAL, Tokens } from './tokens';
// Confidence of a lone capitalised word typed by no cue at all.
export const LONE_CONFIDENCE = 0.4;

/** A typed candidate name: a token range with its type and confidence. */
export interface Piece {
  /** Indices into the tokens, first and last (inclusive). */
  from: number;
  to: number;
  type: ActorType;
  confidence: number;
  /** Typed from a lexicon entry or an acronym: later passes never re-type it. */
  fixed: boolean;
}

// Splitting at titles and heads, then typing

/** Splits a cleaned chunk at demonyms, titles and heads, and pushes each typed piece to `out`. */
export function splitAndType(text: string, tokens: Tokens, from: number, to: number, out: Piece[]): void {
  // A plan, a treaty or an agreement is a document, whatever names it carries; a cup, a final or
  // an awards ceremony is an event.
  if (!tokens.has(to, ACRONYM) && (DOCUMENT_LAST.has(tokens.lower(to)) || (to > from && EVENT_LAST.has(tokens.lower(to))))) return;
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
    // Everyday words are no person ("Energy Technology Development Plan" goes on as one name).
    if (allOrdinary(tokens, i + 1, to)) break;
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
  // A country or city before a given name: "envoy to Ukraine Kurt Volker" is the place, then the person.
  for (let i = from + 1; i < to; i++) {
    if (!FIRST_NAMES.has(tokens.lower(i)) || !tokens.cap(i + 1)) continue;
    if (PLACE_NAMES.has(spanLower(text, tokens, from, i - 1))) {
      pushTyped(text, tokens, from, i - 1, out);
      from = i;
    }
    break;
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
    // "L.A.-based", "D.C.-born": a place.
    const sfx = tokens.suffix(to);
    if (sfx === 'based' || sfx === 'born') return { type: 'place', confidence: 0.8, fixed: false };
    if (PLACE_NAMES.has(lower)) return { type: 'place', confidence: 0.9, fixed: true };
    if (isDateline(text, tokens, from, to) || afterDatelineCity(text, tokens, from, to)) return { type: 'place', confidence: 0.8, fixed: true };
    // Shouted text: an all-caps run of ordinary words is not a name.
    const acronymAround = (from > 0 && tokens.has(from - 1, ACRONYM)) || (to + 1 < tokens.length && tokens.has(to + 1, ACRONYM));
    if (COMMON_WORDS.has(firstLower) && acronymAround) return null;
    return { type: 'organization', confidence: 0.7, fixed: true };
  }
  // "the White House said": the building is the institution it houses, whatever its head word says.
  if (n >= 2 && SEATS.has(lower)) return { type: 'organization', confidence: 0.9, fixed: true };
  if (PLACE_NAMES.has(lower) || (isAllCaps(tokens, from, to) && isDateline(text, tokens, from, to))) {
    return { type: 'place', confidence: 0.95, fixed: true };
  }
  // "BUFFALO, N.Y. —": the state or country after a dateline's city.
  if (n <= 2 && afterDatelineCity(text, tokens, from, to)) return { type: 'place', confidence: 0.85, fixed: true };
  // "PG&E", "AT&T", "Procter & Gamble": an ampersand joins the names of a firm.
  if (n >= 2 && lower.includes('&')) return { type: 'organization', confidence: 0.8, fixed: false };
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
    // "House of Representatives", "House of Commons": a chamber, not a building.
    else if (l === 'house' && i < to && tokens.lower(i + 1) === 'of') { headType = 'organization'; headAt = i; }
    else if (PLACE_HEADS.has(l)) { headType = 'place'; headAt = i; }
    if (l === 'of' || l === 'for') break; // head before a complement
  }
  if (n === 1) {
    // A bare head word is an ordinary noun, except a few institutions ("Congress"), and a
    // newspaper's head that is no everyday word ("Tribune", "Herald") written mid-sentence.
    if (headType !== null || COMMON_WORDS.has(firstLower)) {
      if (SOLE_ORGS.has(firstLower) && !tokens.has(from, INITIAL | HEADING)) return { type: 'organization', confidence: 0.6, fixed: true };
      if (headType === 'organization' && OUTLET_HEADS.has(firstLower) && !tokens.has(from, INITIAL | HEADING)) return { type: 'organization', confidence: 0.6, fixed: false };
      return null;
    }
  } else if (allOrdinary(tokens, from, to) && headType === null) {
    return null; // "Our Foreign Staff", "Prime Minister"
  }
  if (headType !== null && headAt >= 0) return { type: headType, confidence: 0.85, fixed: false };
  // "San Diego Union-Tribune", "Anglo-American Mining": a head word closing a hyphenated last word.
  const lastLower = tokens.lower(to);
  const hy = lastLower.lastIndexOf('-');
  if (n >= 2 && hy > 0 && ORG_HEADS.has(lastLower.slice(hy + 1))) return { type: 'organization', confidence: 0.8, fixed: false };

  // Context cues around the chunk.
  const lastSuffix = tokens.suffix(to);
  if (lastSuffix === 'based' || lastSuffix === 'born') return { type: 'place', confidence: 0.8, fixed: false };
  if (ORG_BEFORE.has(prevInfo.word)) return { type: 'organization', confidence: 0.7, fixed: false };
  if (PERSON_ROLES.has(prevInfo.word) && !prevInfo.the) return { type: 'person', confidence: 0.8, fixed: false };
  if (prevInfo.word === 'by' && n >= 2 && n <= 3 && !prevInfo.the) return { type: 'person', confidence: 0.7, fixed: false };
  if (PLACE_AFTER.has(nextWord)) return { type: 'place', confidence: 0.8, fixed: false };
  // "the Obama administration", "the Carter administration": a president's government, named after him.
  if (nextWord === 'administration' && n <= 2) return { type: 'person', confidence: 0.8, fixed: false };
  if (ORG_AFTER.has(nextWord)) return { type: 'organization', confidence: 0.75, fixed: false };
  if (prevInfo.placeOf) return { type: 'place', confidence: 0.8, fixed: false };
  if (n >= 2 && GIVEN_NAMES.has(firstLower)) return { type: 'person', confidence: 0.8, fixed: false };
  if (n >= 2 && FIRST_NAMES.has(firstLower)) return { type: 'person', confidence: 0.7, fixed: false };
  // "X said" of one word: companies say things as often as people named by a surname alone do
  // ("Toyota says", "Nomura said"), so it weighs little against the name's other occurrences.
  if (PERSON_VERBS.has(nextWord) && !prevInfo.the && n <= 4) return { type: 'person', confidence: n === 1 ? 0.5 : 0.75, fixed: false };
  if (PLACE_PREPOSITIONS.has(prevInfo.word) && n <= 3) return { type: 'place', confidence: 0.65, fixed: false };
  if (GIVEN_NAMES.has(firstLower)) return { type: 'person', confidence: 0.6, fixed: false };
  // A country or city inside an unknown name: a local company or branch ("Schiever Tajikistan").
  for (let i = from; i <= to; i++) {
    if (n >= 2 && PLACE_NAMES.has(tokens.lower(i))) return { type: 'organization', confidence: 0.5, fixed: false };
  }
  if (/\.(?:com|net|org|info|kz|ru|uz|kg|tj|io)$/u.test(lower)) return { type: 'organization', confidence: 0.7, fixed: false };
  // No person's name opens with "The" ("The Hill", "The Atlantic").
  if (n >= 2 && firstLower === 'the') return { type: 'organization', confidence: 0.5, fixed: false };
  if (n >= 2 && n <= 4) return { type: 'person', confidence: 0.6, fixed: false };
  if (n >= 5) return { type: 'organization', confidence: 0.4, fixed: false };
  // A lone unknown name without cues: organisations are the commonest such names in news text.
  return { type: 'organization', confidence: LONE_CONFIDENCE, fixed: false };
}

/** Number of capitalised tokens in from..to. */
export function countCaps(tokens: Tokens, from: number, to: number): number {
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

// "ALMATY -- The recent ...": an all-caps word at a line start followed by a dash, perhaps after
// its state or country ("BUFFALO, N.Y. —", "PARIS, France (AP) —").
function isDateline(text: string, tokens: Tokens, from: number, to: number): boolean {
  const start = tokens.start[from]!;
  const before = text.lastIndexOf('\n', start - 1);
  if (text.slice(before + 1, start).trim() !== '') return false;
  const end = tokens.end[to]!;
  return /^(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?,?\s*(?:--|—|–|-|\(\w+\)\s*(?:--|—|–|-))/u.test(text.slice(end, end + 28));
}

// "BUFFALO, N.Y. —", "PARIS, France (AP) —": the words after a capitalised dateline city and its
// comma, up to the dash.
function afterDatelineCity(text: string, tokens: Tokens, from: number, to: number): boolean {
  const start = tokens.start[from]!;
  if (from === 0 || text.charCodeAt(start - 1) !== 0x20 || text.charCodeAt(start - 2) !== 0x2c) return false;
  const city = from - 1;
  if (!tokens.has(city, ACRONYM) || tokens.lower(city).length < 3) return false;
  const lineStart = text.lastIndexOf('\n', tokens.start[city]! - 1) + 1;
  if (!/^[\p{Lu} .'-]*$/u.test(text.slice(lineStart, tokens.start[city]))) return false;
  const end = tokens.end[to]!;
  return /^\.?\s*(?:--|—|–|\(\w+\)\s*(?:--|—|–|-))/u.test(text.slice(end, end + 12));
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
