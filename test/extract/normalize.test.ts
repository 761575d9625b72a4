/**
 * A short text folds as it does inside a long one (short ones are folded one code unit at a time),
 * and `foldWord` folds a word of a text as `foldText` folds the whole text (the matcher folds
 * words one at a time, only when it looks them up).
 */
import { describe, expect, it } from 'vitest';
import { aliasKey, escapeRegExp, foldText, foldWord } from '../../lib/extract/normalize';

const WORDS = [
  'Kazakhstan',
  'Назарбаева',
  'Актюбинской',
  'Ёлкин',
  'ДКНБ',
  'Қазақстан',
  'әкімдігі',
  'Zürich',
  'São',
  'Ağrı',
  'Национальной',
  'Достопримечательностями', // 23 letters
  'Человеконенавистничеством', // longer than the short-word path
  'İstanbul',
];

describe('foldText', () => {
  it.each(WORDS)('folds "%s" alone as it folds it inside a long text', (word) => {
    const long = `${word} — «Назарбаев» the Interior Ministry’s “statement”`;
    expect(long.length).toBeGreaterThan(24);
    expect(foldText(word)).toBe(foldText(long).slice(0, word.length));
    expect(foldText(long)).toHaveLength(long.length);
  });

  it('folds the marks of a short alias as a long text does', () => {
    expect(aliasKey('“Нур Отан”')).toBe('нур отан');
    expect(foldText('a–b’c«d»')).toBe(`a b'c"d"`);
  });
});

describe('foldWord', () => {
  it.each(WORDS)('folds "%s" as foldText does', (word) => {
    const text = `«${word}» и ${word}.`;
    const start = 1;
    expect(foldWord(text, start, start + word.length)).toBe(foldText(text).slice(start, start + word.length));
  });
});

describe('escapeRegExp', () => {
  it('makes a word list match its words literally', () => {
    const re = new RegExp(`^(?:${['U.S.', 'S&P 500', 'a+b', '(AP)'].map(escapeRegExp).join('|')})$`);
    expect(['U.S.', 'S&P 500', 'a+b', '(AP)'].every((w) => re.test(w))).toBe(true);
    expect(re.test('UaSa')).toBe(false);
    expect(re.test('aab')).toBe(false);
  });
});
