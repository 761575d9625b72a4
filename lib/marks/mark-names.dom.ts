/**
 * The accessible names of actor marks, completed with what the fact base knows once it has been
 * asked: "Aktobe, place, 3 incidents".
 */
import { MARK_TAG } from './wrap.dom';

const COUNT = /, \d+ incidents?$/;

/** Adds each linked actor's incident count to its marks' accessible names (counts by actor id). */
export function nameActorMarks(doc: Document, counts: Readonly<Record<string, number>>): void {
  for (const m of doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-actor-id]`)) {
    const n = counts[m.getAttribute('data-actor-id')!];
    if (n === undefined) continue;
    const base = (m.getAttribute('aria-label') ?? m.textContent ?? '').replace(COUNT, '');
    m.setAttribute('aria-label', n > 0 ? `${base}, ${n} incident${n === 1 ? '' : 's'}` : base);
  }
}

/** The ids of the linked actors marked in `doc`. */
export function markedActorIds(doc: Document): string[] {
  return [...new Set([...doc.querySelectorAll(`${MARK_TAG}[data-actor-id]`)].map((m) => m.getAttribute('data-actor-id')!))];
}
