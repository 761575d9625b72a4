/**
 * Text normalisation for matching names. `foldText` is length-preserving (one UTF-16 unit in,
 * one out), so an offset in the folded copy is the same offset in the page text.
 */

const cache = new Map<number, string>();

function foldUnit(code: number): string {
  let out = cache.get(code);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(code);
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
  cache.set(code, out);
  return out;
}

/** Lowercases, strips diacritics, turns hyphens/dashes/slashes into spaces and curly quotes into straight ones, keeping the length. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII fast path: most news text.
    if (c >= 0x61 && c <= 0x7a) out += text[i];
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
    else out += foldUnit(c);
  }
  return out;
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

/** A key that folds romanisation variants (kh/h, q/k, iy/y/ii, zh/j, doubled letters ...): Satpayev and Satpaev share one. */
export function skeletonKey(alias: string): string {
  let s = aliasKey(alias).replace(/'/g, '');
  for (const [re, to] of SKELETON_RULES) s = s.replace(re, to);
  return s;
}
