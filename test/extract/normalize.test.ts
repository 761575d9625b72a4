/**
 * `foldWord` folds a word of a text as `foldText` folds the whole text (the matcher folds words
 * one at a time, only when it looks them up).
 */
import { describe, expect, it } from 'vitest';
import { foldText, foldWord } from '../../lib/extract/normalize';

describe('foldWord', () => {
  it.each([
    ['Kazakhstan'],
    ['Назарбаева'],
    ['Актюбинской'],
    ['Ёлкин'],
    ['ДКНБ'],
    ['Қазақстан'],
    ['әкімдігі'],
    ['Zürich'],
    ['São'],
    ['Ağrı'],
    ['Национальной'],
    ['Достопримечательностями'], // 23 letters
    ['Человеконенавистничеством'], // longer than the short-word path
    ['İstanbul'],
  ])('folds "%s" as foldText does', (word) => {
    const text = `«${word}» и ${word}.`;
    const start = 1;
    expect(foldWord(text, start, start + word.length)).toBe(foldText(text).slice(start, start + word.length));
  });
});
