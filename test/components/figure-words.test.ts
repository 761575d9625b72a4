import { describe, expect, it } from 'vitest';
import { intervalWords, sayValue } from '../../components/figure-words';

describe('intervalWords', () => {
  it.each([
    ['a rounded sum as people say it', { low: 13_450_000_000, high: 13_550_000_000, value: 13_500_000_000, unit: 'currency:KZT', qualifier: 'about' as const }, 'about 13.5 billion tenge'],
    ['an open-ended count', { low: 301, high: null, value: 300, unit: 'count', qualifier: 'more-than' as const }, '301 or more'],
    ['an exact count', { low: 7, high: 7, value: 7, unit: 'count', qualifier: 'exact' as const }, 'exactly 7'],
    ['a range', { low: 200, high: 900, value: 300, unit: 'count', qualifier: 'range' as const }, 'between 200 and 900'],
    ['a ceiling', { low: null, high: 90, unit: 'percent' }, 'up to 90%'],
  ])('says %s', (_name, c, words) => {
    expect(intervalWords(c)).toBe(words);
  });
});

describe('sayValue', () => {
  it.each([
    [91_600_000, 'currency:USD', '$91.6 million'],
    [1500, 'count', '1,500'],
    [6, 'years', '6 years'],
  ])('writes %d %s as %s', (n, unit, words) => {
    expect(sayValue(n, unit)).toBe(words);
  });
});
