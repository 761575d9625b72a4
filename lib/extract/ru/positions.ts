/**
 * Binary searches over spans sorted by position, without a predicate closure per call: the
 * Russian rules ask them at every capitalised word and every figure.
 */
import type { Span } from '../types';

/** The index of the first span ending after `pos` (`spans.length` if none); spans sorted by end too. */
export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The index of the first span starting at or after `pos` (`spans.length` if none). */
export function firstStartingFrom(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start >= pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
