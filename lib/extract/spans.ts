/**
 * Searching sorted spans: the engine's passes look things up by position many times per page.
 */

/**
 * The first index at which `isAfter` holds, in items ordered so that it is false and then true
 * (binary search); `items.length` when it never holds.
 */
export function firstIndex<T>(items: readonly T[], isAfter: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isAfter(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
