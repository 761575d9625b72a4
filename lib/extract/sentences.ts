/**
 * Sentence boundaries for news text. A sentence ends at a line break, or at `.`, `!` or `?`
 * (with any closing quotes or brackets) followed by white space and something that can start a
 * sentence, unless the word before the stop is a known abbreviation or a single initial.
 */
import type { Span } from './types';

// Abbreviations that end with a dot but rarely end a sentence in news text.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep',
  'st', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'mt', 'ft', 'fig',
]);

const STOP = /[.!?]+["'”’)\]]*(?=\s)|\n+/g;

/** Splits `text` into sentence spans (trimmed of surrounding white space), in order. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  STOP.lastIndex = 0;
  for (let m = STOP.exec(text); m !== null; m = STOP.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n') {
      if (m[0][0] === '.' && isAbbreviationBefore(text, m.index)) continue;
      // The next non-space character must be able to start a sentence.
      let j = end;
      while (j < text.length && text[j] !== '\n' && /\s/.test(text[j]!)) j++;
      const next = text[j];
      if (next !== undefined && next !== '\n' && !/[\p{Lu}\p{N}"'“‘([«—–-]/u.test(next)) continue;
    }
    pushTrimmed(text, start, m[0][0] === '\n' ? m.index : end, spans);
    start = end;
  }
  pushTrimmed(text, start, text.length, spans);
  return spans;
}

// The longest entry of ABBREVIATIONS: a longer word before the dot is none of them.
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

// `/[\p{L}.]/u` for each code unit, filled lazily (1 yes, 2 no, 0 not asked yet): one RegExp test
// per letter walked back over cost more than the rest of the split on a Russian page.
const LETTER_OR_DOT = new Uint8Array(65536);

function isLetterOrDot(code: number): boolean {
  let v = LETTER_OR_DOT[code]!;
  if (v === 0) v = LETTER_OR_DOT[code] = /[\p{L}.]/u.test(String.fromCharCode(code)) ? 1 : 2;
  return v === 1;
}

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isLetterOrDot(text.charCodeAt(i - 1))) {
    i--;
    if (dot - i > LONGEST_ABBREVIATION) return false;
  }
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return /\p{Lu}/u.test(text[i]!); // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}
