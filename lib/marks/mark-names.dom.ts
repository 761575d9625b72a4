/**
 * The accessible names of actor marks, completed with what the fact base knows once it has been
 * asked: "Aktobe, place, 3 incidents".
 */
import { MARK_TAG, markStyle } from './wrap.dom';

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

/**
 * Turns the unknown-name marks of the given mentions (indexes into the page's actors) into marks
 * of the fact-base actor just added, all at once: kind, actor id and look change, the text does not.
 */
export function linkUnknownMarks(doc: Document, indexes: readonly number[], actorId: string): number {
  const wanted = new Set(indexes.map(String));
  let n = 0;
  for (const m of doc.querySelectorAll<HTMLElement>(`${MARK_TAG}[data-kind="unknown"]`)) {
    if (!wanted.has(m.getAttribute('data-index') ?? '')) continue;
    m.setAttribute('data-kind', 'actor');
    m.setAttribute('data-actor-id', actorId);
    m.setAttribute('style', markStyle('actor'));
    n++;
  }
  return n;
}
