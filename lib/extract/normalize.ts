/**
 * Text normalisation for matching names. `foldText` is length-preserving (one UTF-16 unit in,
 * one out), so an offset in the folded copy is the same offset in the page text.
 */

// Folded code unit for each UTF-16 code unit, filled lazily (0 = not computed yet).
const FOLD = new Uint16Array(65536);

function foldUnit(code: number): number {
  const ch = String.fromCharCode(code);
  let out: string;
  if (code >= 0xd800 && code <= 0xdfff) out = ch; // surrogate halves stay as they are
  else if (/[\u2010-\u2015\u2212\-_/]/.test(ch)) out = ' '; // hyphens, dashes, slash: word joiners
  else if (/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/.test(ch)) out = "'";
  else if (/[\u201c\u201d\u201e\u00ab\u00bb]/.test(ch)) out = '"';
  else if (/\s/.test(ch)) out = ' ';
  else {
    // Strip diacritics but keep letters whose decomposition is not "base + marks" (e.g. Kazakh ә).
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    const lower = (base.length === 1 ? base : ch).toLowerCase();
    out = lower.length === 1 ? lower : ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
    if (out === 'ё') out = 'е';
  }
  return out.charCodeAt(0);
}

for (let c = 0; c < 128; c++) FOLD[c] = foldUnit(c);

/** Lowercases, strips diacritics, turns hyphens/dashes/slashes into spaces and curly quotes into straight ones, keeping the length. */
export function foldText(text: string): string {
  const n = text.length;
  if (n <= SHORT) return foldShort(text, 0, n);
  const out = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = FOLD[c]!;
    if (f === 0 && c !== 0) f = FOLD[c] = foldUnit(c);
    out[i] = f;
  }
  // fromCharCode in chunks: one call per code unit would be far slower, one call for all can overflow the stack.
  let result = '';
  for (let i = 0; i < n; i += 8192) result += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return result;
}

/** The folded code unit of `code` (as `foldText` maps it). */
export function foldCode(code: number): number {
  let f = FOLD[code]!;
  if (f === 0 && code !== 0) f = FOLD[code] = foldUnit(code);
  return f;
}

/**
 * `foldText(text).slice(start, end)` for a word (letters and digits only), without folding the
 * rest of the text: a plain ASCII word folds to its lowercase.
 */
export function foldWord(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return end - start <= SHORT ? foldShort(text, start, end) : foldText(text.slice(start, end));
  return text.slice(start, end).toLowerCase();
}

// A short text (a name, a Cyrillic word at every capital of a Russian page) is folded one code
// unit at a time: the typed array and `apply` of a long text's fold cost more than such a word.
const SHORT = 24;
function foldShort(text: string, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
  return out;
}

// Word characters (letters and digits, any script) for each code unit: 1 word, 2 not, 0 unknown.
const WORD = new Uint8Array(65536);

/** True when the code unit is a letter or digit (of any script). */
export function isWordUnit(code: number): boolean {
  let w = WORD[code]!;
  if (w === 0) w = WORD[code] = /[\p{L}\p{N}]/u.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  return w === 1;
}

/** True for a code unit that `\s` matches. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** The key an alias is indexed under: folded, white space collapsed, trimmed, possessive dropped. */
export function aliasKey(alias: string): string {
  return foldText(alias)
    .replace(/["'()[\].,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// Romanisation variants that readers meet for the same Central Asian and Russian names.
const SKELETON_RULES: ReadonlyArray<[RegExp, string]> = [
  [/kh|x/g, 'h'],
  [/ck|q/g, 'k'],
  [/zh|dzh|dj/g, 'j'],
  [/sch|shch/g, 'sh'],
  [/ts|tz/g, 'c'],
  [/ph/g, 'f'],
  [/w/g, 'v'],
  [/yo|jo/g, 'e'],
  [/iy|ii|yi|ij|y/g, 'i'],
  [/([aeou])i(?=[aeiou])/g, '$1'],
  [/ou|oo/g, 'u'],
  [/([a-z])\1+/g, '$1'],
];

/** A key that folds romanisation variants (kh/h, q/k, iy/y/ii, zh/j, doubled letters ...): Tokayev and Tokaev share one. */
export function skeletonKey(alias: string): string {
  let s = aliasKey(alias).replace(/'/g, '');
  for (const [re, to] of SKELETON_RULES) s = s.replace(re, to);
  return s;
}

/** `text` with the characters a RegExp reads as syntax escaped: a word list becomes an alternation. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
