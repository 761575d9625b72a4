/**
 * Reading numbers as news text writes them: digits with thousands separators and decimals
 * ("23,000", "13.5"), the decimal comma before a percent sign ("23, 5%"), number words
 * ("twenty-three thousand", "one hundred and five", "a dozen") and scales ("13.5 billion",
 * "91.6m", "2.3bn", "5 mln"). Ordinals are not numbers here: "first" is not a word we read, and
 * the figure extractor drops "4th"/"21st".
 *
 * Everything is driven by regular expressions compiled once at module load and applied sticky at a
 * known position, so reading one number costs time proportional to its length.
 */

/** A number read from the text: where it stands and what it is worth, scale included. */
export interface NumberToken {
  start: number;
  /** Exclusive; covers the scale word or suffix when there is one ("13.5 billion"). */
  end: number;
  /** The value with the scale applied: "13.5 billion" -> 13500000000. */
  value: number;
  /** Digits written after the decimal point ("13.5" -> 1); 0 for number words. */
  decimals: number;
  /** The scale multiplier written after the number ("billion" -> 1e9), or 1. */
  scale: number;
  /** Whether it was written in digits or in words. */
  kind: 'digits' | 'words';
}

/** Values of the single number words we read (cardinals only; ordinals are never figures). */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40],
  ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words and abbreviations and their multipliers ("bn" and "b" are both billions). */
export const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
  ['k', 1e3], ['m', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['bn', 1e9], ['bln', 1e9],
  ['tn', 1e12], ['trn', 1e12],
]);

const GROUP_SCALES = new Set(['thousand', 'million', 'billion', 'trillion']);

/**
 * Regular-expression source matching one number word or scale word, longest alternatives first so
 * "seventeen" is never read as "seven". Meant to be wrapped in `\b...\b` with the `i` flag.
 */
export const NUMBER_WORD_SOURCE = [...NUMBER_WORD_VALUES.keys(), 'hundred', 'thousand', 'million', 'billion', 'trillion', 'dozen']
  .sort((a, b) => b.length - a.length)
  .join('|');

// A run of number words joined by spaces, hyphens or "and" ("one hundred and five"); the parser
// below decides how much of the run is one well-formed number.
const WORD_RUN = new RegExp(`(?:${NUMBER_WORD_SOURCE})(?:(?:[ \\t]+and[ \\t]+|[ \\t]+|-)(?:${NUMBER_WORD_SOURCE})\\b)*`, 'iy');
const WORD_IN_RUN = /[a-z]+/gi;
// Thousands groups must be exactly three digits, so "1,5" is not read as 15.
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/y;
// The decimal comma ("23, 5%", "23,5%") is only trusted right before a percent sign: elsewhere
// "5, 10" is a list.
const DECIMAL_COMMA = /,[ ]?(\d{1,2})(?=[ ]?(?:%|per ?cent\b))/y;
// Unicode vulgar fractions and their values.
const VULGAR_FRACTIONS = new Map([['¼', 0.25], ['½', 0.5], ['¾', 0.75], ['⅓', 0.33], ['⅔', 0.67], ['⅛', 0.125], ['⅜', 0.375], ['⅝', 0.625], ['⅞', 0.875]]);
const VULGAR_AFTER = /[ \u00a0]?([¼½¾⅓⅔⅛⅜⅝⅞])(?![\p{L}\p{N}])/uy;
// A scale written as a word after a space, or as an abbreviation glued to the digits ("91.6m").
const SCALE_AFTER_SPACE = /[ \t]+(thousand|million|billion|trillion|mln|mn|bln|bn|trn|tn)\b/iy;
const SCALE_GLUED = /(bn|bln|mln|mn|trn|tn|m|k|b)(?![\p{L}\p{N}])/iuy;

/**
 * Reads the number that starts exactly at `pos` (digits or number words), with its scale.
 * Returns null when none starts there. Does not judge context (dates, ordinals): callers do.
 */
export function readNumberAt(text: string, pos: number): NumberToken | null {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) return readDigitsAt(text, pos);
  return readWordsAt(text, pos);
}

function readDigitsAt(text: string, pos: number): NumberToken | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) return null;
  let raw = m[0].replace(/,/g, '');
  let end = pos + m[0].length;
  let decimals = 0;
  const dot = raw.indexOf('.');
  if (dot >= 0) decimals = raw.length - dot - 1;
  else if (!m[0].includes(',')) {
    DECIMAL_COMMA.lastIndex = end;
    const dc = DECIMAL_COMMA.exec(text);
    if (dc) {
      raw = `${raw}.${dc[1]!}`;
      decimals = dc[1]!.length;
      end += dc[0].length;
    }
  }
  // A vulgar fraction after a whole number, glued or after a space: "6 ½ minutes" is 6.5.
  if (dot < 0 && !m[0].includes(',')) {
    VULGAR_AFTER.lastIndex = end;
    const v = VULGAR_AFTER.exec(text);
    if (v) {
      const f = VULGAR_FRACTIONS.get(v[1]!)!;
      raw = String(Number(raw) + f);
      decimals = f === 0.5 ? 1 : 2;
      end += v[0].length;
    }
  }
  let scale = 1;
  SCALE_GLUED.lastIndex = end;
  let s = SCALE_GLUED.exec(text);
  if (!s) {
    SCALE_AFTER_SPACE.lastIndex = end;
    s = SCALE_AFTER_SPACE.exec(text);
  }
  if (s) {
    scale = SCALE_VALUES.get(s[1]!.toLowerCase()) ?? 1;
    end += s[0].length;
  }
  return { start: pos, end, value: applyScale(raw, scale), decimals, scale, kind: 'digits' };
}

/** Multiplies a decimal string by a power-of-ten scale without binary rounding noise (91.6 * 1e6). */
function applyScale(raw: string, scale: number): number {
  if (scale === 1) return Number(raw);
  return Number(`${raw}e${Math.round(Math.log10(scale))}`);
}

function readWordsAt(text: string, pos: number): NumberToken | null {
  WORD_RUN.lastIndex = pos;
  const m = WORD_RUN.exec(text);
  if (!m) return null;
  // The run must end at a word boundary ("ten" in "tenant" is no number).
  const after = text.charCodeAt(pos + m[0].length);
  if (isWordChar(after)) return null;
  const parsed = parseWordRun(m[0]);
  if (!parsed) return null;
  return { start: pos, end: pos + parsed.length, value: parsed.value, decimals: 0, scale: 1, kind: 'words' };
}

function isWordChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
}

/**
 * Parses the longest well-formed prefix of a run of number words. Returns the value and the
 * length (in characters of `run`) it used, or null when even the first word is not a number.
 * Well-formed means the usual English grammar: "twenty-three", "one hundred and five",
 * "twenty-three thousand five hundred", "two dozen"; "two three" stops after "two".
 */
export function parseWordRun(run: string): { value: number; length: number } | null {
  let total = 0;
  let group = 0;
  // What the current group has seen, to refuse "two three" or "twenty thirty".
  let state: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' = 'none';
  let lastScale = Infinity;
  let usedEnd = 0;
  let pendingAnd = false;
  let value = 0;
  let any = false;
  WORD_IN_RUN.lastIndex = 0;
  for (let m = WORD_IN_RUN.exec(run); m; m = WORD_IN_RUN.exec(run)) {
    const w = m[0].toLowerCase();
    if (w === 'and') {
      // "and" only joins "hundred and five" / "thousand and five".
      if (!(state === 'hundred' || (state === 'none' && total > 0))) break;
      pendingAnd = true;
      continue;
    }
    const n = NUMBER_WORD_VALUES.get(w);
    let ok = false;
    if (n !== undefined) {
      const cls = n < 10 ? 'unit' : n < 20 ? 'teen' : 'tens';
      if (state === 'none' || state === 'hundred' || (state === 'tens' && cls === 'unit' && !pendingAnd)) {
        group += n;
        state = cls;
        ok = true;
      }
    } else if (w === 'hundred') {
      if (!pendingAnd && (state === 'none' || state === 'unit' || state === 'teen')) {
        group = (group || 1) * 100;
        state = 'hundred';
        ok = true;
      }
    } else if (w === 'dozen') {
      if (!pendingAnd && (state === 'none' || state === 'unit' || state === 'teen')) {
        group = (group || 1) * 12;
        state = 'tens';
        ok = true;
      }
    } else if (GROUP_SCALES.has(w)) {
      const scale = SCALE_VALUES.get(w)!;
      if (!pendingAnd && scale < lastScale) {
        total += (group || 1) * scale;
        group = 0;
        state = 'none';
        lastScale = scale;
        ok = true;
      }
    }
    if (!ok) break;
    pendingAnd = false;
    any = true;
    usedEnd = m.index + m[0].length;
    value = total + group;
  }
  return any ? { value, length: usedEnd } : null;
}

/**
 * Parses a string that is one number and nothing else ("23,000", "twenty-three thousand",
 * "13.5 billion", "91.6m", "23, 5%" with its percent sign allowed after). Returns null otherwise.
 * Handy for tests and for callers holding an isolated token.
 */
export function parseNumber(s: string): number | null {
  const t = s.trim();
  const tok = readNumberAt(t, 0);
  if (!tok) return null;
  const rest = t.slice(tok.end).trim();
  if (rest !== '' && rest !== '%') return null;
  return tok.value;
}
