/** The page's lines, for the judge: which are headings (title case, no closing stop) and which are shouted labels. */
import { COMMON_WORDS, FUNCTION_WORDS } from '../lexicon';
import type { ActorMention } from '../types';
import { isLetter } from './text-around';
// True when `s` is already what `titleCase` would make of it, told by an ASCII scan (most
// headline words are "Capitalised"): no lowercase letter opens a word, no capital follows a letter.
export function isTitleCased(s: string): boolean {
  let prevLetter = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return false;
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if ((upper && prevLetter) || (lower && !prevLetter && (i === 0 || s[i - 1] === ' ' || s[i - 1] === '-'))) return false;
    // An apostrophe does not open a word for `titleCase` ("O'Neill" becomes "O'neill").
    prevLetter = upper || lower || (prevLetter && (c === 39 || c === 0x2019));
  }
  return true;
}

/** The string in title case ("west mercia" → "West Mercia"). */
export const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, a: string, b: string) => a + b.toUpperCase());

// Words with a letter on a line, and how many of them start with a capital or are function words.
function titleCaseCount(line: string): { words: number; caps: number } {
  let words = 0;
  let caps = 0;
  let i = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9 || line.charCodeAt(i) === 0xa0)) i++;
    const s = i;
    while (i < n && line.charCodeAt(i) !== 32 && line.charCodeAt(i) !== 9 && line.charCodeAt(i) !== 0xa0) i++;
    // The word's first letter (skipping quotes and brackets).
    let j = s;
    while (j < i && !isLetter(line.charCodeAt(j), line[j]!)) j++;
    if (j === i) continue;
    words++;
    const c = line.charCodeAt(j);
    const upper = c < 128 ? c >= 65 && c <= 90 : line[j] !== line[j]!.toLowerCase();
    // Function words are written in lowercase inside a title ("of", "the"): no need to fold.
    if (upper || (i - s <= 5 && FUNCTION_WORDS.has(line.slice(s, i)))) caps++;
  }
  return { words, caps };
}

/** Questions about the line a mention sits on. */
export interface LineIndex {
  isHeading(offset: number): boolean;
  isShouted(text: string, m: ActorMention): boolean;
}

// Lines of the text: a heading is a line without a closing stop whose words are mostly capitalised.
export function lineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const cache = new Map<number, boolean>();
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const lineText = (k: number): string => text.slice(starts[k]!, (starts[k + 1] ?? text.length + 1) - 1);
  return {
    isHeading(offset) {
      const k = lineOf(offset);
      let h = cache.get(k);
      if (h === undefined) {
        const from = starts[k]!;
        const to = (starts[k + 1] ?? text.length + 1) - 1;
        // A heading has at most 25 words: a long line is a paragraph, whatever its words.
        if (to - from > 250) {
          cache.set(k, false);
          return false;
        }
        const line = lineText(k).trim();
        const { words, caps } = titleCaseCount(line);
        // Title case tells a headline even when it ends in a question mark or a quote.
        const ratio = words ? caps / words : 0;
        // A short question in title case is a subheading too ("A Change in Guidelines?").
        h = words >= 3 && words <= 25 && ratio >= 0.85 && (!/[.!?]["'”’)\]]*$/u.test(line) || (words >= 5 && ratio >= 0.9) || (ratio >= 0.99 && /\?["'”’)\]]*$/u.test(line)));
        cache.set(k, h);
      }
      return h;
    },
    // All-caps words that make up their whole line ("EXCLUSIVE", "SIGN UP FOR OUR NEWSLETTER"),
    // or an all-caps run of ordinary words anywhere.
    isShouted(_t, m) {
      if (m.text.length < 4 || /[a-z]/.test(m.text) || !/^[^\p{Ll}]+$/u.test(m.text)) return false;
      const line = lineText(lineOf(m.start)).trim();
      if (line === m.text) return true;
      const words = m.text.split(/\s+/u);
      return words.length >= 2 && words.every((w) => COMMON_WORDS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()));
    },
  };
}
