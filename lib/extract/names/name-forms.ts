/**
 * The forms of a spotted name the judge corrects before deciding on it: names joined (a possessive
 * before its head word, an institution's comma-listed complement), cut (a title, a party label, a
 * run carried across a stop) or extended (a sentence-start word the body writes with the name), and
 * the forms that are no actor at all (a product, a title of a work, a compound's prefix, a word in
 * capitals for emphasis). Pure functions of the text and the mention; judge.ts calls them.
 */
import { COMMON_WORDS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PLACE_NAMES, PRODUCT_NAMES } from '../lexicon';
import type { ActorMention } from '../types';
import type { ActorType } from '../vocabulary';
import { isSentenceStart } from './text-around';

/** A mention the possessive pass merged into the next one: skipped by the judge. */
export const DROPPED = 'dropped' as ActorType;

/**
 * "Sam’s Club", "Fisherman’s Terminal": a one-word name in the possessive before a head word that
 * closes it is one name (the spotter never proposes a bare head word); "Mother’s Day" (a holiday)
 * is none.
 */
export function joinPossessives(text: string, unknown: readonly ActorMention[]): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < unknown.length; i++) {
    const m = unknown[i]!;
    const q = text.charCodeAt(m.end);
    if ((q !== 0x2019 && q !== 0x27) || text.charCodeAt(m.end + 1) !== 0x73 || text.charCodeAt(m.end + 2) !== 0x20) continue;
    const w0 = m.end + 3;
    const c = text.charCodeAt(w0);
    if (c < 0x41 || c > 0x5a) continue;
    let w1 = w0 + 1;
    while (w1 < text.length && w1 - w0 < 16 && /\p{Ll}/u.test(text[w1]!)) w1++;
    if (/[\p{L}\d]/u.test(text[w1] ?? '')) continue;
    const head = text.slice(w0, w1).toLowerCase();
    const org = ORG_HEADS.has(head);
    const holiday = head === 'day' || head === 'eve';
    if (!org && !holiday && !PLACE_HEADS.has(head)) continue;
    // "New York’s Times Square", "California’s Museum of Neon Art": a place's own name follows.
    if (m.text.includes(' ') || PLACE_NAMES.has(m.text.toLowerCase()) || /^ (?:\p{Lu}|of |for |on )/u.test(text.slice(w1, w1 + 5))) continue;
    out ??= unknown.slice();
    out[i] = holiday
      ? { ...m, type: DROPPED }
      : { ...m, end: w1, text: text.slice(m.start, w1), type: org ? 'organization' : 'place', confidence: 0.85, reason: `${org ? 'an organisation' : 'a place'}: '${text.slice(w0, w1)}' heads the name` };
    // The head word may have been proposed on its own too.
    if (i + 1 < unknown.length && unknown[i + 1]!.start === w0) out[++i] = { ...unknown[i]!, type: DROPPED };
  }
  return out ?? unknown;
}

// Party members after a state's name ("a Virginia Democrat", "an Oklahoma Republican"): the place is the name.
const PARTY_MEMBER = / (?:Democrats?|Republicans?|Conservatives?|Liberals?|Tory|Tories|Socialists?|Greens?)$/u;

/** "a Virginia Democrat" → Virginia: the party label after a state's name is cut off. */
export function withoutPartyMember(m: ActorMention): ActorMention {
  if (!m.text.includes(' ')) return m;
  const x = PARTY_MEMBER.exec(m.text);
  if (!x || !PLACE_NAMES.has(m.text.slice(0, x.index).toLowerCase())) return m;
  return { ...m, end: m.start + x.index, text: m.text.slice(0, x.index), type: 'place', confidence: 0.9, reason: 'a place: a country or city' };
}

/**
 * A word of the sentence start that the spotter left out of a name the body writes whole
 * ("Whole Foods is" beside "bought Whole Foods"), or a surname's particle ("De Miranda").
 */
export function extendLeft(text: string, m: ActorMention, bodyNames: ReadonlySet<string>, particleSurnames: ReadonlySet<string>): ActorMention {
  if (text.charCodeAt(m.start - 1) !== 0x20) return m;
  let i = m.start - 2;
  while (i >= 0 && i > m.start - 16 && /\p{L}/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, m.start - 1);
  if (word.length === 0 || i >= 0 && /[\p{L}\d]/u.test(text[i]!)) return m;
  const whole = `${word} ${m.text}`;
  if (!bodyNames.has(whole) && !(particleSurnames.size > 0 && particleSurnames.has(whole.toLowerCase()))) return m;
  return { ...m, start: i + 1, text: text.slice(i + 1, m.end) };
}

// "One S. The console": a run the spotter carried across a stop after a one-letter word ends there.
const NEXT_SENTENCE = /^(.*\S)\. (?:The|A|An|And|But|It|In|On|This|That|These|He|She|We|They|I|You|So|Yet|Then)$/u;

/** A run carried across a stop ("One S. The") cut at the stop. */
export function withoutNextSentence(m: ActorMention): ActorMention {
  if (!m.text.includes('. ')) return m;
  const x = NEXT_SENTENCE.exec(m.text);
  if (!x) return m;
  return { ...m, end: m.start + x[1]!.length, text: x[1]! };
}

/**
 * "Non-invasive", "Blu-ray": a short capitalised prefix of a compound is no name; "Iran-backed",
 * "Seattle-based" keep theirs (a participle or "based" after the hyphen).
 */
export function prefixOfCompound(text: string, m: ActorMention): boolean {
  if (m.text.length > 4 || m.text.includes(' ') || text.charCodeAt(m.end) !== 0x2d) return false;
  const rest = /^-(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 16));
  return rest !== null && !/(?:ed|based|born|run|made|led|style|era)$/u.test(rest[1]!) && !PLACE_NAMES.has(m.text.toLowerCase());
}

/**
 * A product of the lexicon that starts where the name starts, longer than the name the spotter
 * kept ("Gears" of "Gears of War 4", "Air Force" of "Air Force One").
 */
export function productAt(text: string, start: number): boolean {
  const sp = text.indexOf(' ', start);
  if (sp < 0 || sp - start > 24) return false;
  const longer = PRODUCTS_BY_FIRST_WORD.get(text.slice(start, sp).toLowerCase());
  if (!longer) return false;
  for (const p of longer) {
    const end = start + p.length;
    if (text.slice(start, end).toLowerCase() === p && !/[\p{L}\d]/u.test(text[end] ?? '')) return true;
  }
  return false;
}

// Products of several words by their first word, built once.
const PRODUCTS_BY_FIRST_WORD = (() => {
  const m = new Map<string, string[]>();
  for (const p of PRODUCT_NAMES) {
    const sp = p.indexOf(' ');
    if (sp < 0) continue;
    const k = p.slice(0, sp);
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  }
  return m;
})();

/**
 * A title of a work, read from its form inside a sentence: a capitalised article opening it
 * ("A New Hope"), or "The" before two or more words with no head word ("The Empire Strikes Back";
 * "The Washington Post" and "The Hague" keep theirs).
 */
export function titleOfWork(text: string, m: ActorMention): boolean {
  const c = m.text.charCodeAt(0);
  if ((c !== 0x41 && c !== 0x54) || isSentenceStart(text, m.start)) return false;
  if (/^An? \p{Lu}/u.test(m.text)) return true;
  if (!m.text.startsWith('The ')) return false;
  const words = m.text.split(' ');
  if (words.length < 4) return false;
  for (let i = 1; i < words.length; i++) {
    const l = words[i]!.toLowerCase();
    if (ORG_HEADS.has(l) || PLACE_HEADS.has(l)) return false;
  }
  return !PLACE_NAMES.has(m.text.slice(4).toLowerCase());
}

/** An ordinary word in capitals ("never AFTER they make a purchase") is emphasis, not a name. */
export function isShoutedWord(name: string): boolean {
  return name.length >= 4 && !name.includes(' ') && COMMON_WORDS.has(name.toLowerCase()) && /^\p{Lu}+$/u.test(name);
}

/** "de Miranda" after "Luis de Miranda": the particle's surname is the short form of the full name. */
export function particleShortForm(name: string, fullNames: ReadonlyMap<string, string>): string | undefined {
  const sp = name.indexOf(' ');
  if (sp < 0 || name.indexOf(' ', sp + 1) > 0 || !NAME_PARTICLES.has(name.slice(0, sp).toLowerCase())) return undefined;
  return fullNames.get(name.slice(sp + 1));
}

// ", " or ", and " / " and " between the items of an institution's complement.
const COMPLEMENT_GAP = /^(?:,|,? and|,? &)\s$/u;

/**
 * An institution's complement listed with commas is one name: "American Academy of Allergy,
 * Asthma and Immunology", "Ministry of Culture, Sports and Tourism". The spotter stops at the
 * comma; here a name with an organisation head and "of"/"for" takes the one-word names that follow
 * it, joined by commas and ending with "and".
 */
export function joinCommaComplements(text: string, unknown: readonly ActorMention[]): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < unknown.length; i++) {
    const m = unknown[i]!;
    let j = i;
    let ended = false;
    if ((m.text.includes(' of ') || m.text.includes(' for ')) && /\s(?:of|for)\s\S+$/u.test(m.text) && hasOrgHead(m.text)) {
      while (j + 1 < unknown.length && !ended) {
        const next = unknown[j + 1]!;
        const gap = text.slice(unknown[j]!.end, next.start);
        if (next.text.includes(' ') || gap.length > 6 || !COMPLEMENT_GAP.test(gap)) break;
        ended = gap.includes('and') || gap.includes('&');
        j++;
      }
    }
    // The listed words may be head words the spotter never proposes alone ("Ministry of Trade,
    // Industry and Energy"): read them from the text.
    let end = j > i && ended ? unknown[j]!.end : -1;
    if (end < 0 && j === i && /\s(?:of|for)\s\S+$/u.test(m.text) && hasOrgHead(m.text)) end = headWordListEnd(text, m.end, unknown[i + 1]?.start ?? text.length);
    if (end > 0) {
      out ??= unknown.slice(0, i);
      out.push({ ...m, end, text: text.slice(m.start, end), type: 'organization', confidence: Math.max(m.confidence, 0.85), reason: `an organisation: '${m.text.split(/\s+/u).find((w) => ORG_HEADS.has(w.toLowerCase()))}' heads the name` });
      i = j;
    } else if (out) out.push(m);
  }
  return out ?? unknown;
}

// ", Industry and Energy": one to three capitalised words after a comma, closed by "and".
const HEAD_WORD_LIST = /^(?:, \p{Lu}\p{Ll}+){1,3},? (?:and|&) \p{Lu}\p{Ll}+(?![\p{L}\d])/u;

// Where a comma-listed complement of head or everyday words ends, or -1; it must end before `next`
// (the next spotted name), so no name is swallowed.
function headWordListEnd(text: string, at: number, next: number): number {
  if (text.charCodeAt(at) !== 0x2c) return -1;
  const x = HEAD_WORD_LIST.exec(text.slice(at, at + 80));
  if (!x || at + x[0].length > next) return -1;
  for (const w of x[0].match(/\p{Lu}\p{Ll}+/gu)!) {
    const l = w.toLowerCase();
    if (PLACE_NAMES.has(l) || !(ORG_HEADS.has(l) || COMMON_WORDS.has(l))) return -1;
  }
  return at + x[0].length;
}

/**
 * "Gannett and GateHouse Media", "McClatchy and Tribune": two names the spotter joined across
 * "and" (an organisation's head on the right) are two when the page names the left one alone. An
 * institution's own complement ("Bank for Reconstruction and Development") is never split.
 */
export function splitJoinedPairs(unknown: readonly ActorMention[], alone: ReadonlySet<string>): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < unknown.length; i++) {
    const m = unknown[i]!;
    const k = m.text.indexOf(' and ');
    const left = k > 0 ? m.text.slice(0, k) : '';
    if (k < 0 || m.type !== 'organization' || left.includes(' of ') || left.includes(' for ') || !alone.has(left) || m.text.indexOf(' and ', k + 1) > 0) {
      if (out) out.push(m);
      continue;
    }
    out ??= unknown.slice(0, i);
    const r = m.start + k + 5;
    out.push({ ...m, end: m.start + k, text: left, confidence: Math.min(m.confidence, 0.6), reason: undefined });
    out.push({ ...m, start: r, text: m.text.slice(k + 5) });
  }
  return out ?? unknown;
}

/**
 * A product, a game or a franchise of the lexicon, or a name opening with one ("Xbox One X",
 * "PlayStation VR", "Star Wars Saga") that no organisation's head word closes.
 */
export function knownProduct(name: string): boolean {
  const l = name.toLowerCase();
  if (PRODUCT_NAMES.has(l)) return true;
  const a = l.indexOf(' ');
  if (a < 0) return false;
  // "Raspberry Pi Foundation": an organisation's head word closes the name.
  if (hasOrgHeadLast(l)) return false;
  const b = l.indexOf(' ', a + 1);
  return PRODUCT_NAMES.has(l.slice(0, a)) || (b > 0 && PRODUCT_NAMES.has(l.slice(0, b)));
}

/** Whether an organisation's head word ("Foundation", "Bank") closes the name. */
export function hasOrgHeadLast(name: string): boolean {
  return ORG_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

function hasOrgHead(name: string): boolean {
  for (const w of name.split(/\s+/u)) {
    if (w === 'of' || w === 'for') return false;
    if (ORG_HEADS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** The numbers written right after a name of several words, and whether one stood as a subject. */
export interface Numbered {
  versions: Set<string>;
  asSubject: boolean;
}

// "Raspberry Pi 3 is", "Galaxy Note 7 was": a numbered name doing what a sentence's subject does.
const NUMBER_THEN_VERB = /^ (\d{1,2})(?: (is|was|has|had|will|would|can|costs?|comes?|features?|runs?|ships?))?\b(?![.,]\d|[-–%/:])/u;

/**
 * A score ("Manchester City 2, Arsenal 1"; "Fulham 2 – 1") or a year is no version: only one or
 * two digits count, never followed by a dash, a colon or a decimal part.
 */
export function noteNumbered(numbered: Map<string, Numbered>, text: string, m: ActorMention): void {
  const x = NUMBER_THEN_VERB.exec(text.slice(m.end, m.end + 16));
  if (!x || /^ \d{1,2}\s*[-–—]\s*\d/u.test(text.slice(m.end, m.end + 10))) return;
  let n = numbered.get(m.text);
  if (!n) numbered.set(m.text, (n = { versions: new Set(), asSubject: false }));
  n.versions.add(x[1]!);
  if (x[2]) n.asSubject = true;
}
