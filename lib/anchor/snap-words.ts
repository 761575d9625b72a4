/**
 * A selection made by dragging often starts or ends inside a word ("ore than 300 citize"): the
 * saved quote is widened to whole words. Pure.
 */

const WORD = /[\p{L}\p{N}\p{M}'’-]/u;

/** `[start, end)` of `text` widened so that it neither starts nor ends inside a word. */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  // Only a cut word is widened: a selection that starts right at a word's first letter stays put.
  if (s > 0 && s < e && WORD.test(text[s]!) && WORD.test(text[s - 1]!)) while (s > 0 && WORD.test(text[s - 1]!)) s--;
  if (e < text.length && e > s && WORD.test(text[e - 1]!) && WORD.test(text[e]!)) while (e < text.length && WORD.test(text[e]!)) e++;
  return { start: s, end: e };
}
