/**
 * Character classes for the name tokenizer: one table lookup per UTF-16 code unit instead of a
 * Unicode RegExp test per character (the tokenizer runs over every character of every page).
 */
// Char codes the tokenizer tests.
export const APOSTROPHE = 0x27;
export const RIGHT_QUOTE = 0x2019; // ’
export const HYPHEN = 0x2d;
export const UNICODE_HYPHEN = 0x2010;
export const DOT = 0x2e;

// Class bits of a character. UPPERISH/LOWERISH are the original case tests by folding
// (`ch !== ch.toLowerCase()` / `ch !== ch.toUpperCase()`), which are not quite \p{Lu}/\p{Ll}
// (titlecase "ǅ" folds both ways): both are kept so results match the RegExp version exactly.
export const LETTER = 1; // \p{L}
export const MARK = 2; // \p{M}
export const NUMBER = 4; // \p{N}
export const LU = 8; // \p{Lu}
export const UPPERISH = 16;
export const LOWERISH = 32;
export const WIDE = 64; // a surrogate pair: the character takes two code units
const KNOWN = 128; // table slot filled
export const WORD_PART = LETTER | MARK | NUMBER;

// Class of each UTF-16 code unit, filled lazily (0 = not computed yet), as normalize.ts does.
export const UNIT_CLASS = new Uint8Array(65536);
// Classes of astral characters (rare: maths letters, historic scripts), by code point.
const ASTRAL_CLASS = new Map<number, number>();

function classify(ch: string, caseFold: boolean): number {
  let k = 0;
  if (/\p{L}/u.test(ch)) k |= LETTER;
  if (/\p{M}/u.test(ch)) k |= MARK;
  if (/\p{N}/u.test(ch)) k |= NUMBER;
  if (/\p{Lu}/u.test(ch)) k |= LU;
  if (caseFold && ch !== ch.toLowerCase()) k |= UPPERISH;
  if (caseFold && ch !== ch.toUpperCase()) k |= LOWERISH;
  return k;
}

/** Class of one code unit on its own (a lone surrogate half is no letter, and folds to itself). */
export function unitClass(c: number): number {
  let k = UNIT_CLASS[c]!;
  if (k === 0) k = UNIT_CLASS[c] = classify(String.fromCharCode(c), true) | KNOWN;
  return k;
}

// ASCII is filled up front, so the tokenizer's fast path reads the table without a check.
for (let c = 0; c < 0x80; c++) unitClass(c);

/** Class of the character at `i` (a whole surrogate pair, flagged WIDE, when one starts there). */
export function charClass(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return unitClass(c);
  const d = text.charCodeAt(i + 1);
  if (!(d >= 0xdc00 && d <= 0xdfff)) return unitClass(c);
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) {
    // Case bits stay off: the case tests fold the first code unit only, and a surrogate half
    // folds to itself.
    k = classify(String.fromCodePoint(cp), false) | WIDE;
    ASTRAL_CLASS.set(cp, k);
  }
  return k;
}

/** ASCII lowercase of a char code (other codes unchanged). */
export function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
