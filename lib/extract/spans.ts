/**
 * Searching and merging sorted spans: the engine's passes look things up by position many times per page.
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

/**
 * Two lists of spans as one, in order of start: what `[...a, ...b].sort(by start)` gives (on equal
 * starts `a`'s first), in one linear pass when both are already in order, as the engine's lists
 * are; sorted the long way otherwise.
 */
export function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  if (!inOrder(a) || !inOrder(b)) return [...a, ...b].sort((x, y) => x.start - y.start);
  const out = new Array<T>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!;
  while (i < a.length) out[k++] = a[i++]!;
  while (j < b.length) out[k++] = b[j++]!;
  return out;
}

function inOrder(spans: readonly { start: number }[]): boolean {
  for (let i = 1; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.start) return false;
  return true;
}
