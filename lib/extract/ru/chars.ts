/**
 * Character tests for the Russian rules' scanners, on UTF-16 code units. They answer what the
 * rules' RegExps answered (`[а-яё]` with the `i` flag, `\p{L}`; `\s` is normalize.ts's
 * `isSpaceCode`), one code unit at a time, so a scanner walks a paragraph once instead of trying a
 * Unicode RegExp at every position.
 */

/** True for a letter of the basic Russian alphabet, either case (`/[а-яё]/i`). */
export function isRuLetter(c: number): boolean {
  return (c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451;
}

/** The lowercase of a basic Russian letter's code unit (other code units unchanged). */
export function ruLower(c: number): number {
  return c >= 0x410 && c <= 0x42f ? c + 0x20 : c === 0x401 ? 0x451 : c;
}

// `\p{L}` for each BMP code unit, filled lazily: 1 letter, 2 not, 0 not asked yet.
const LETTER = new Uint8Array(65536);
const P_LETTER = /\p{L}/u;

function isLetterUnit(c: number): boolean {
  let v = LETTER[c]!;
  if (v === 0) v = LETTER[c] = P_LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return v === 1;
}

/** True when the code point starting at `i` is a letter (`\p{L}`); false past either end. */
export function isLetterAt(s: string, i: number): boolean {
  if (i < 0 || i >= s.length) return false;
  const c = s.charCodeAt(i);
  // Latin and Russian letters, and ASCII, answered without the table.
  if (c < 0x80) return ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  if (isRuLetter(c)) return true;
  if (c < 0xd800 || c > 0xdfff) return isLetterUnit(c);
  const cp = s.codePointAt(i)!;
  return cp > 0xffff && P_LETTER.test(String.fromCodePoint(cp));
}

/** True when the code point ending just before `i` is a letter (what `(?<!\p{L})` looks at). */
export function isLetterBefore(s: string, i: number): boolean {
  if (i <= 0) return false;
  const c = s.charCodeAt(i - 1);
  if (c < 0xdc00 || c > 0xdfff) return c >= 0xd800 && c <= 0xdbff ? false : isLetterUnit(c);
  // A low surrogate: the letter, if any, is the pair that ends here.
  return i >= 2 && isLetterAt(s, i - 2);
}

