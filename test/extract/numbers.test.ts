import { describe, expect, it } from 'vitest';
import { parseNumber, parseWordRun, readNumberAt } from '../../lib/extract/numbers';

describe('parseNumber', () => {
  it.each([
    ['23,000', 23000],
    ['1,500', 1500],
    ['13.5', 13.5],
    ['1500', 1500],
    ['23, 5%', 23.5],
    ['23,5%', 23.5],
    ['13.5 billion', 13.5e9],
    ['91.6m', 91.6e6],
    ['2.3bn', 2.3e9],
    ['5 mln', 5e6],
    ['12 thousand', 12000],
  ])('reads the digits "%s" as %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each([
    ['seven', 7],
    ['ten', 10],
    ['twenty-three', 23],
    ['twenty three', 23],
    ['twenty-three thousand', 23000],
    ['one hundred and five', 105],
    ['two thousand five hundred', 2500],
    ['dozen', 12],
    ['two dozen', 24],
    ['thousand', 1000],
    ['three million', 3e6],
  ])('reads the number words "%s" as %d', (s, v) => {
    expect(parseNumber(s)).toBe(v);
  });

  it.each(['first', 'third', 'tenth', 'hello', '', 'seventh'])('does not read the ordinal or word "%s" as a number', (s) => {
    expect(parseNumber(s)).toBeNull();
  });

  it('does not read a decimal comma unless a percent sign follows', () => {
    expect(readNumberAt('23, 5 people', 0)?.value).toBe(23);
    expect(readNumberAt('5, 10 and 15', 0)?.end).toBe(1);
  });
});

describe('readNumberAt', () => {
  it('covers the scale word in the token', () => {
    const t = 'spent 13.5 billion KZT';
    expect(readNumberAt(t, 6)).toMatchObject({ start: 6, end: 18, value: 13.5e9, decimals: 1, scale: 1e9 });
  });
  it('reads a glued scale abbreviation without binary rounding noise', () => {
    expect(readNumberAt('$91.6m', 1)?.value).toBe(91600000);
  });
  it('refuses a number word that is only the start of a longer word', () => {
    expect(readNumberAt('tenant', 0)).toBeNull();
  });
});

describe('parseWordRun', () => {
  it('stops before a word that does not continue the number ("two three")', () => {
    expect(parseWordRun('two three')).toEqual({ value: 2, length: 3 });
  });
  it('does not join two numbers with "and" unless a hundred or thousand precedes', () => {
    expect(parseWordRun('two and five')).toEqual({ value: 2, length: 3 });
    expect(parseWordRun('one hundred and five')).toEqual({ value: 105, length: 20 });
  });
  it.each([
    ['6 ½ minutes', 6.5, 3],
    ['6½ minutes', 6.5, 2],
    ['2¼ miles', 2.25, 2],
    ['1.5 ½', 1.5, 3],
  ])('reads a vulgar fraction after a whole number: %s', (text, value, end) => {
    expect(readNumberAt(text, 0)).toMatchObject({ value, end });
  });
});
