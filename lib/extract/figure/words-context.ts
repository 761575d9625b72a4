/** Whether a number word ("two", "Ninety") is a figure at all, told by the words around it. */
import { type Span } from '../types';

/**
 * False when the number word text[s, e) is part of a compound or a name rather than a quantity:
 * hyphened to a word before it ("one-two punch"), or capitalised inside a sentence before another
 * capitalised word ("Ninety Mile Beach", "Seven Sisters"). A sentence's first word is read as usual
 * ("Seven of the 25 ...").
 */
export function numberWordIsFigure(text: string, s: number, e: number, sentence: Span): boolean {
  if (s > 1 && text.charCodeAt(s - 1) === 45 && /\p{L}/u.test(text[s - 2]!)) return false;
  const c = text.charCodeAt(s);
  if (c >= 65 && c <= 90 && capitalisedWordBefore(text, s, sentence) && !inTitleCaseLine(text, s)) return false; // "the Big Ten's"
  if (c < 65 || c > 90 || text.charCodeAt(e) !== 32 || !/\p{Lu}/u.test(text[e + 1] ?? '')) return true;
  let j = s - 1;
  while (j >= sentence.start && (text[j] === ' ' || text[j] === '"' || text[j] === '“' || text[j] === '(')) j--;
  return j < sentence.start || /[.!?:\n]/u.test(text[j]!) || inTitleCaseLine(text, s);
}

/** Whether a capitalised word stands right before `s` (one space between), not first in its sentence. */
function capitalisedWordBefore(text: string, s: number, sentence: Span): boolean {
  if (text.charCodeAt(s - 1) !== 32) return false;
  let i = s - 1;
  while (i > sentence.start && s - i < 20 && /\p{L}/u.test(text[i - 1]!)) i--;
  if (i === s - 1 || i <= sentence.start || !/\p{Lu}/u.test(text[i]!)) return false;
  const prev = text[i - 1]!;
  return prev === ' ' && !/[.!?:"“(\n]/u.test(text[i - 2] ?? '\n');
}

/**
 * True when the line around `at` is written in title case, as headlines are ("At Least Six Dead,
 * 28 Injured in Explosion near ..."): of its words longer than three letters, at least two in
 * three are capitalised. Capitals there say nothing about names.
 */
export function inTitleCaseLine(text: string, at: number): boolean {
  const a = text.lastIndexOf('\n', at - 1) + 1;
  let b = text.indexOf('\n', at);
  if (b < 0) b = text.length;
  if (b - a > 240) return false;
  let upper = 0;
  let lower = 0;
  for (const w of text.slice(a, b).matchAll(/\p{L}{4,}/gu)) {
    if (/^\p{Lu}/u.test(w[0])) upper++;
    else lower++;
  }
  return upper >= 2 * lower && upper >= 3;
}
