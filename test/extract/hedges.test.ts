import { describe, expect, it } from 'vitest';
import { fractionPercent, hedgeBefore, intervalFor, roundingUnit, vagueQuantity } from '../../lib/extract/hedges';

describe('intervalFor', () => {
  it('keeps an exact small count exact', () => {
    expect(intervalFor('exact', 18)).toEqual({ low: 18, high: 18 });
  });
  it('widens an exact round number by half its rounding unit', () => {
    expect(intervalFor('exact', 23000, { roundingUnit: 1000 })).toEqual({ low: 22500, high: 23500 });
  });
  it('treats "more than 300" as 301 or more', () => {
    expect(intervalFor('more-than', 300)).toEqual({ low: 301, high: null });
  });
  it('treats "more than 13.5" (not an integer) as 13.5 or more', () => {
    expect(intervalFor('more-than', 13.5)).toEqual({ low: 13.5, high: null });
  });
  it('does not add one to a continuous quantity such as a percentage', () => {
    expect(intervalFor('more-than', 10, { discrete: false })).toEqual({ low: 10, high: null });
  });
  it.each([
    ['about', 250, 225, 275],
    ['about', 1100, 990, 1210],
    ['at-least', 5, 5, null],
    ['up-to', 40, 0, 40],
    ['less-than', 100, 0, 99],
    ['nearly', 300, 270, 300],
  ] as const)('reads %s %d as [%s, %s]', (q, n, low, high) => {
    expect(intervalFor(q, n)).toEqual({ low, high });
  });
  it('reads a range as its two ends', () => {
    expect(intervalFor('range', 5, { high: 10 })).toEqual({ low: 5, high: 10 });
  });
});

describe('roundingUnit', () => {
  it.each([
    [23000, 0, 1, 1000],
    [20000, 0, 1, 10000],
    [1500, 0, 1, 0],
    [300, 0, 1, 0],
    [13.5e9, 1, 1e9, 1e8],
    [91.6e6, 1, 1e6, 1e5],
  ])('gives %d (decimals %d, scale %d) a rounding unit of %d', (v, d, s, u) => {
    expect(roundingUnit(v, d, s)).toBe(u);
  });
});

describe('hedgeBefore', () => {
  const at = (t: string) => {
    const h = hedgeBefore(t, 0, t.length);
    return h && { qualifier: h.qualifier, phrase: t.slice(h.start) };
  };
  it.each([
    ['killing more than ', 'more-than', 'more than '],
    ['said that around ', 'about', 'around '],
    ['an estimated ', 'about', 'an estimated '],
    ['just under ', 'less-than', 'just under '],
    ['at least ', 'at-least', 'at least '],
    ['as many as ', 'up-to', 'as many as '],
    ['no fewer than ', 'at-least', 'no fewer than '],
    ['fewer than ', 'less-than', 'fewer than '],
    ['almost ', 'nearly', 'almost '],
    ['close to ', 'nearly', 'close to '],
    ['in excess of ', 'more-than', 'in excess of '],
    ['roughly ', 'about', 'roughly '],
  ] as const)('finds the hedge in "%s"', (t, qualifier, phrase) => {
    expect(at(t)).toEqual({ qualifier, phrase });
  });
  it('finds no hedge inside a longer word ("handsome")', () => {
    expect(at('handsome ')).toBeNull();
  });
});

describe('vagueQuantity', () => {
  it.each([
    ['several', 1, 3, 3, 9],
    ['a few', 1, 2, 2, 5],
    ['a handful', 1, 2, 2, 6],
    ['several', 100, 300, 200, 900],
    ['hundreds', 1, 200, 200, 999],
    ['thousands', 1, 2000, 2000, 9999],
    ['dozens', 1, 24, 24, null],
    ['tens of thousands', 1, 20000, 20000, 99999],
  ] as const)('reads "%s" (scale %d) as value %d in [%d, %s]', (w, s, value, low, high) => {
    expect(vagueQuantity(w, s)).toEqual({ value, low, high });
  });
});

describe('fractionPercent', () => {
  it('reads half as 50, a third as 33.3, two-thirds as 66.7', () => {
    expect(fractionPercent(1, 'half')).toBe(50);
    expect(fractionPercent(1, 'third')).toBe(33.3);
    expect(fractionPercent(2, 'third')).toBe(66.7);
    expect(fractionPercent(3, 'quarter')).toBe(75);
  });
});
