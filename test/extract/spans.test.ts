import { describe, expect, it } from 'vitest';
import { firstIndex, mergeByStart } from '../../lib/extract/spans';

describe('firstIndex', () => {
  it.each([
    [[1, 3, 5, 7], 0, 0],
    [[1, 3, 5, 7], 4, 2],
    [[1, 3, 5, 7], 7, 4],
    [[], 1, 0],
  ])('finds in %j the first item above %i at %i', (items, x, at) => {
    expect(firstIndex(items, (v) => v > x)).toBe(at);
  });
});

describe('mergeByStart', () => {
  const s = (start: number, tag: string) => ({ start, tag });
  it('merges two ordered lists as a stable sort of their concatenation would', () => {
    const a = [s(1, 'a'), s(4, 'a'), s(4, 'a2'), s(9, 'a')];
    const b = [s(0, 'b'), s(4, 'b'), s(10, 'b')];
    expect(mergeByStart(a, b)).toEqual([...a, ...b].sort((x, y) => x.start - y.start));
    expect(mergeByStart(a, b).map((x) => x.tag)).toEqual(['b', 'a', 'a', 'a2', 'b', 'a', 'b']);
  });
  it('sorts lists that are not in order', () => {
    expect(mergeByStart([s(5, 'a'), s(1, 'a')], [s(3, 'b')]).map((x) => x.start)).toEqual([1, 3, 5]);
    expect(mergeByStart([], [])).toEqual([]);
  });
});
