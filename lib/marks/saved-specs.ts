/**
 * Saved highlights as mark specs: the anchored spans of the page's notes cut into the
 * non-overlapping pieces `wrapMarks` draws. Pure: offsets in, specs out.
 */
import type { SavedSpan } from '../anchor/anchor.dom';
import type { MarkSpec } from './wrap.dom';

/**
 * Mark specs (`data-kind="saved"`, `data-note-id`) for anchored highlights, sorted and never
 * overlapping, as `wrapMarks` needs: where highlights overlap, the shared piece gets its own mark
 * naming every note in `data-note-ids` (space-separated) and the first in `data-note-id`.
 */
export function savedMarkSpecs(spans: readonly SavedSpan[]): MarkSpec[] {
  const cuts = new Set<number>();
  for (const s of spans) {
    if (s.start >= s.end) continue;
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const specs: MarkSpec[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    const ids = spans.filter((s) => s.start <= from && s.end >= to && s.start < s.end).map((s) => s.noteId);
    if (ids.length === 0) continue;
    const prev = specs[specs.length - 1];
    const key = ids.join(' ');
    // Neighbouring pieces of the same note(s) stay one mark.
    if (prev && prev.end === from && prev.attrs['data-note-ids'] === key) {
      prev.end = to;
      continue;
    }
    specs.push({ start: from, end: to, attrs: { 'data-kind': 'saved', 'data-note-id': ids[0]!, 'data-note-ids': key } });
  }
  return specs;
}
