import { describe, expect, it } from 'vitest';
import { firstIndex } from '../../lib/extract/spans';

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
