/**
 * "Does this capitalised word also occur in lowercase on the page?", answered for all the words a
 * page will ask about in one hashed pass over its lowercase tokens (see `LowercaseIndex`).
 */
import { CALENDAR_WORDS, COMMON_WORDS, GIVEN_NAMES, ORG_HEADS, PLACE_HEADS, PLACE_NAMES, TITLES } from '../lexicon';
import { asciiLower } from './char-class';
import { ACRONYM, CAP, HEADING, INITIAL, PLAIN, Tokens } from './tokens';
// Suffixes `stem` strips, tried in this order.
const STEM_SUFFIXES = ['ments', 'ment', 'ings', 'ing', 'ers', 'er', 'ed', 'es', 's', 'ly'];
// The same, grouped by last letter (keeping the order), so a word tries only the ones it can end in.
const STEM_SUFFIXES_BY_LAST: string[][] = [];
for (let c = 0; c < 128; c++) STEM_SUFFIXES_BY_LAST.push(STEM_SUFFIXES.filter((x) => x.charCodeAt(x.length - 1) === c));

// Crude suffix stripping so "Recruitment" at a sentence start matches "recruited" elsewhere.
export function stem(w: string): string {
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
export class LowercaseIndex {
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
export function ordinaryQueries(tokens: Tokens): string[] {
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
