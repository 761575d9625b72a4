/**
 * The word-level evidence the judge (judge.ts) asks of a name: its shape ("Group D", "RAV4", a
 * plural after "the"), whether the page writes its words in lowercase, a headline-case run cut
 * to what the body confirms, a possessive before it. Pure tests over the text, no state.
 */
import { type LineIndex, isTitleCased, titleCase } from './line-index';
import type { Vote } from './votes';
import { COMMON_WORDS, FUNCTION_WORDS, ORG_HEADS, PLACE_HEADS } from '../lexicon';
import type { ActorMention } from '../types';

/** The reason given to a word found only in a heading. */
export const HEADING_ONLY = 'perhaps a name: a word only in a heading';

/** A club's or a company's label around an organisation's name: "FC Porto", "McClatchy Co". */
export const ORG_LABEL = /^(?:FC|AFC|AC|CF|SC|FK|SK) (\p{Lu}[\p{L}-]+)$|^(\p{Lu}[\p{L}-]+) (?:Co|Corp|Inc|Ltd|LLC|plc|PLC|Group|Holdings)\.?$/u;

/** Whether the character at `i` is an ASCII digit. */
export const isDigitAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Whether a possessive 's starts at `i`. */
export const isPossessiveAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return (c === 0x27 || c === 0x2019) && text.charCodeAt(i + 1) === 0x73;
};

/** "Group D", "Schedule IV", "World War II": everyday words closed by a letter or a Roman numeral. */
export function lettered(name: string): boolean {
  const sp = name.lastIndexOf(' ');
  if (sp < 0 || !/^(?:\p{Lu}|[IVX]{1,4})$/u.test(name.slice(sp + 1))) return false;
  for (const w of name.slice(0, sp).split(' ')) {
    const l = w.toLowerCase();
    if (!COMMON_WORDS.has(l) && !ORG_HEADS.has(l) && !PLACE_HEADS.has(l)) return false;
  }
  return true;
}

/**
 * One all-caps word on a line written all in capitals, of two words or more, whose lowercase form
 * is an everyday word (the lexicon's, or written in lowercase on this page): "WINS" of "FRANCE
 * WINS". Abbreviations ("NATO", "FBI") are no everyday words and stay.
 */
export function shoutedHeadingWord(text: string, m: ActorMention): boolean {
  if (m.text.length < 3 || !/^\p{Lu}+$/u.test(m.text)) return false;
  const a = text.lastIndexOf('\n', m.start - 1) + 1;
  let b = text.indexOf('\n', m.end);
  if (b < 0) b = text.length;
  if (b - a > 200 || b - a === m.text.length) return false;
  const line = text.slice(a, b);
  if (/\p{Ll}/u.test(line) || !/\p{L}\s+\p{L}/u.test(line)) return false;
  const l = m.text.toLowerCase();
  for (const w of l.endsWith('es') ? [l, l.slice(0, -1), l.slice(0, -2)] : l.endsWith('s') ? [l, l.slice(0, -1)] : [l]) {
    if (COMMON_WORDS.has(w) || hasLowercaseWord(text, w)) return true;
  }
  return false;
}

// A Latin letter, or any character beyond ASCII (a word of another script goes on).
const isLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 0x7f;

// Whether `w` occurs in `text` as a whole lowercase word.
function hasLowercaseWord(text: string, w: string): boolean {
  for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
    if (!isLetterCode(text.charCodeAt(i - 1)) && !isLetterCode(text.charCodeAt(i + w.length))) return true;
  }
  return false;
}

/**
 * A headline-case run (a heading line, or shouted text) is kept only as far as the body confirms
 * it: the whole run when the body names it, else the longest runs of its words the body names.
 */
export function confirmedPieces(text: string, m: ActorMention, bodyNames: ReadonlySet<string>, lines: LineIndex): ActorMention[] {
  if (bodyNames.has(m.text)) return [m];
  const words: Array<{ w: string; s: number; e: number }> = [];
  for (const x of m.text.matchAll(/[^\s]+/gu)) words.push({ w: x[0], s: m.start + x.index, e: m.start + x.index + x[0].length });
  const out: ActorMention[] = [];
  let i = 0;
  while (i < words.length) {
    let found = -1;
    for (let j = words.length - 1; j >= i; j--) {
      const s = words[i]!.s;
      const e = words[j]!.e;
      const cand = text.slice(s, e).replace(/[:,;]$/u, '');
      if ((bodyNames.has(cand) || (!isTitleCased(cand) && bodyNames.has(titleCase(cand)))) && !FUNCTION_WORDS.has(cand.toLowerCase())) {
        out.push({ ...m, start: s, end: s + cand.length, text: cand, confidence: Math.max(m.confidence, 0.7), reason: 'named in the article body' });
        found = j;
        break;
      }
    }
    i = found >= 0 ? found + 1 : i + 1;
  }
  if (out.length > 0) return out;
  // Nothing in the body: shouted labels ("EXCLUSIVE") go; a heading's run keeps the spotter's
  // judgement, less sure when it is long.
  if (lines.isShouted(text, m)) return /^\p{Lu}{2,5}$/u.test(m.text) ? [m] : [];
  if (words.length > 3 && m.confidence < 0.8) return [{ ...m, confidence: Math.min(m.confidence, 0.3), reason: 'perhaps a name: a long run only in a heading' }];
  // One capitalised word of a heading, with no cue and never in the body ("Tips", "Ultimate",
  // "What's a Superbug?"): a headline capitalises every word, so it is only a maybe.
  if (words.length === 1 && m.confidence < 0.7) return [{ ...m, confidence: Math.min(m.confidence, 0.3), reason: HEADING_ONLY }];
  return [m];
}

/**
 * Whether some word of `name` is a letter-led word with two letters or more and a digit
 * ("RAV4", "A330neo", "US10YT"); char codes, no RegExp per name.
 */
export function mixesLettersAndDigits(name: string): boolean {
  let letters = 0;
  let digit = false;
  let leadsWithLetter = false;
  for (let i = 0; i <= name.length; i++) {
    const c = i < name.length ? name.charCodeAt(i) : 32;
    if (c === 32) {
      if (leadsWithLetter && digit && letters >= 2) return true;
      letters = 0;
      digit = false;
      leadsWithLetter = false;
      continue;
    }
    const isDigit = c >= 48 && c <= 57;
    const isLetter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (letters === 0 && !digit && isLetter) leadsWithLetter = true;
    if (isDigit) digit = true;
    else if (isLetter) letters++;
  }
  return false;
}

/**
 * "the Lakers", "the Blue Jackets": lowercase "the" right before a name whose last word is a
 * plural ("-s", not "-ss", "-is", "-us", "-as", "-os" or a possessive).
 */
export function pluralAfterThe(text: string, m: ActorMention): boolean {
  const n = m.text.length;
  if (n < 4 || m.text.charCodeAt(n - 1) !== 0x73 || m.text.charCodeAt(n - 2) === 0x73) return false;
  // "-is", "-us", "-as", "-os" end singular names ("Artemis", "Nexus", "Atlas", "Kronos").
  const q = m.text.charCodeAt(n - 2);
  if (q === 0x27 || q === 0x2019 || q === 0x69 || q === 0x75 || q === 0x61 || q === 0x6f) return false;
  return m.start >= 4 && (text.startsWith('the ', m.start - 4) || text.startsWith('The ', m.start - 4)) && !isLetterCode(text.charCodeAt(m.start - 5));
}


/**
 * The first word of `name` (of two or more) that the page also writes in lowercase as a whole
 * word, or '' (each word asked once per page: `seen` keeps the answers).
 */
export function everydayWordIn(text: string, name: string, seen: Map<string, boolean>): string {
  if (name.indexOf(' ') < 0) return '';
  for (const w of name.split(' ')) {
    const l = w.toLowerCase();
    if (l.length < 3 || l === w) continue;
    let yes = seen.get(l);
    if (yes === undefined) seen.set(l, (yes = hasLowercaseWord(text, l)));
    if (yes) return w;
  }
  return '';
}

/** Whether a vote says organisation with weight enough to be sure. */
export const isSureOrg = (v: Vote | undefined): boolean => v !== undefined && v.type === 'organization' && v.weight >= 0.7;

/** Where the owner of a possessive right before `start` ends ("SpaceX's |", "Works' |"), or -1. */
export function possessiveOwnerEnd(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 0x20) return -1;
  const a = text.charCodeAt(start - 2);
  const b = text.charCodeAt(start - 3);
  if (a === 0x73 && (b === 0x27 || b === 0x2019)) return start - 3;
  if ((a === 0x27 || a === 0x2019) && b === 0x73) return start - 2;
  return -1;
}
