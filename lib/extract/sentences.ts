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

function isAbbreviationBefore(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return /\p{Lu}/u.test(text[i]!); // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end });
}

// Letters (any script) by code unit, learnt on first sight: 1 letter, 2 not, 0 not yet known.
// A stop is preceded by a word, walked back one code unit at a time: a RegExp per unit cost more
// than the whole split on Cyrillic text.
const LETTER = new Uint8Array(65536);

/** Whether a UTF-16 code unit is a letter or "." (a lone surrogate is neither, as for `/\p{L}/u`). */
function isLetterOrDot(code: number): boolean {
  if (code === 0x2e) return true;
  let k = LETTER[code]!;
  if (k === 0) k = LETTER[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return k === 1;
}
