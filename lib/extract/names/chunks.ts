/**
 * Chunking: runs of capitalised tokens joined into candidate names, merged across connectors
 * ("Ministry of Internal Affairs") and cleaned of sentence-initial and heading words.
 */
import { CALENDAR_WORDS, COMMON_WORDS, FUNCTION_WORDS, GIVEN_NAMES, NAME_PARTICLES, NUMBER_WORDS, ORG_HEADS, PLACE_HEADS, PLACE_NAMES, SOLE_ORGS, STOP_ACRONYMS, TITLES } from '../lexicon';
import { DOT } from './char-class';
import { LowercaseIndex, stem } from './lowercase-index';
import { ACRONYM, CALENDAR, CAP, HEADING, INITIAL, PLAIN, POSSESSIVE, SKIP, SUFFIX, Tokens } from './tokens';
// Connectors allowed inside organisation and place names ("Ministry of Internal Affairs").
export const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'the', '&']);
// Abbreviated titles and initials that keep a name going across ". " ("Mr. Clinton", "Donald J.").
const DOT_JOINERS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'st', 'jr', 'sr', 'capt', 'sgt', 'maj']);

// Abbreviations that close the name of a device or feature rather than an actor's.
const PRODUCT_ACRONYMS = new Set(['id', 'os', 'cpu', 'gpu', 'pc', 'lan', 'usb', 'hd', 'ssd', 'dvd', 'cd', 'vpn', 'api', 'sdk', 'ui', 'ux', 'lcd', 'led']);

/** Runs of capitalised tokens (with particles and connectors inside), as [from, to] inclusive. */
export function chunks(text: string, tokens: Tokens): Array<[number, number]> {
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
      if (tokens.has(j, SUFFIX)) break;
      if (tokens.has(j, POSSESSIVE)) {
        if (!possessiveInsideName(tokens, j)) break;
        j++;
        continue;
      }
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
      // Two particles: "Botic van de Zandschulp", "Ursula von der Leyen", "Luis de la Fuente".
      if (
        after + 1 < n && !tokens.cap(next) && !tokens.cap(after) && tokens.cap(after + 1) && !tokens.has(after + 1, SKIP) &&
        !tokens.has(j, ACRONYM) && tokens.gapIs(j, next, ' ') && tokens.gapIs(next, after, ' ') && tokens.gapIs(after, after + 1, ' ') &&
        NAME_PARTICLES.has(tokens.word(next)) && NAME_PARTICLES.has(tokens.word(after))
      ) {
        j += 3;
        continue;
      }
      break;
    }
    raw.push([i, j]);
    i = j + 1;
  }
  return mergeConnected(text, tokens, raw);
}

// A possessive of an ordinary noun inside an institution's name: "Murdoch Children's Research
// Institute", "People's Bank of China", "Women's Health Initiative". Only an ordinary word's
// possessive joins ("Obama's White House" and "Britain's Foreign Office" are two names), and only
// when a head word follows within three capitalised words.
function possessiveInsideName(tokens: Tokens, cur: number): boolean {
  const next = cur + 1;
  if (next >= tokens.length || !tokens.cap(next) || tokens.has(next, SKIP) || tokens.start[next]! - tokens.end[cur]! !== 3) return false;
  const own = tokens.lower(cur);
  // "Stanford University's Center on ...", "Parliament's Joint Committee": a head's possessive
  // ends one institution's name before another's.
  // A title's possessive opens an office's name too ("Governor's Office of Emergency Services",
  // "Prime Minister's Office").
  if (!(COMMON_WORDS.has(own) || TITLES.has(own)) || ORG_HEADS.has(own) || PLACE_HEADS.has(own) || SOLE_ORGS.has(own) || tokens.has(cur, ACRONYM)) return false;
  for (let k = next; k < tokens.length && k <= next + 2 && tokens.cap(k); k++) {
    if (k > next && !tokens.gapIs(k - 1, k, ' ')) break;
    const l = tokens.lower(k);
    if (ORG_HEADS.has(l) || PLACE_HEADS.has(l)) return true;
  }
  return false;
}

/** True when the gap after token `cur` continues a name: a space, "/", " & ", or ". " after "Mr". */
function joins(tokens: Tokens, cur: number): boolean {
  const text = tokens.text;
  const a = tokens.end[cur]!;
  const len = tokens.start[cur + 1]! - a;
  if (len === 1) {
    const c = text.charCodeAt(a);
    if (c === 0x20 || c === 0xa0) return true; // " ", no-break space
    // "AT&T", "PG&E", "S&P": an ampersand between capitals is inside one name.
    if (c === 0x26) return true;
    // "Radio Free Europe/Radio Liberty", "RFE/RL" are one name; "Comcast/Xfinity" two: a slash
    // joins only after a name of several words, or between two abbreviations.
    if (c === 0x2f) return (cur > 0 && tokens.cap(cur - 1) && tokens.gapIs(cur - 1, cur, ' ')) || (tokens.has(cur, ACRONYM) && tokens.has(cur + 1, ACRONYM));
    return false;
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
        // "Museum of Neon Art and the Neon Museum": "and the" opens another name.
        if (conn[1] === 'the') merge = false;
        else if (inComplement) merge = true;
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

/** True when a token in from..to is an organisation head (or, with `placeToo`, a place head). */
export function hasHead(tokens: Tokens, from: number, to: number, placeToo: boolean): boolean {
  for (let i = from; i <= to; i++) {
    const l = tokens.lower(i);
    if (ORG_HEADS.has(l) || (placeToo && PLACE_HEADS.has(l))) return true;
  }
  return false;
}

// Filters: sentence-initial common words, heading words, calendar words, demonyms

/** True when a capitalised token is just an ordinary word written with a capital. */
export function isOrdinary(tokens: Tokens, i: number, lowerSeen: LowercaseIndex): boolean {
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
export function cleanChunk(tokens: Tokens, from: number, to: number, lowerSeen: LowercaseIndex): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let a = from;
  for (let i = from; i <= to; i++) {
    if (!tokens.cap(i)) continue;
    const atStart = i === a;
    let drop = false;
    if (tokens.has(i, ACRONYM)) {
      const l = tokens.lower(i);
      drop = STOP_ACRONYMS.has(l) || STOP_ACRONYMS.has(l.replace(/s$/u, ''));
      // "Face ID", "ARM CPU", "Windows OS": a device or feature ends with it, so the whole run goes.
      if (drop && i === to && i > a && PRODUCT_ACRONYMS.has(l)) {
        a = to + 1;
        continue;
      }
    } else if (tokens.has(i, HEADING) || (atStart && tokens.has(i, INITIAL))) {
      // A given name right before keeps a common-word surname ("Gordon Brown resigns").
      const prevGiven = i > a && tokens.cap(i - 1) && GIVEN_NAMES.has(tokens.lower(i - 1));
      drop = isOrdinary(tokens, i, lowerSeen) && !prevGiven;
      if (drop && !atStart && (ORG_HEADS.has(tokens.lower(i)) || PLACE_HEADS.has(tokens.lower(i)))) drop = false;
      // "National Security Committee" opening a sentence: only a function word ("The", "In")
      // is cut from a name that goes on to an organisation or place head.
      // A count or an ordinal opening the sentence goes too ("One Napa County reporting station").
      if (drop && !FUNCTION_WORDS.has(tokens.lower(i)) && !(atStart && NUMBER_WORDS.has(tokens.lower(i))) && i < to && hasHead(tokens, i + 1, to, true)) drop = false;
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
