/**
 * Wrapping found mentions in `<dossier-mark>` elements, in time slices so the page's main thread
 * is never held for long, and removing them again so the page is exactly as before.
 */
import { nodePieces, type TextMap } from './text-map.dom';

/** A span of the text map's text to mark, with the attributes its mark carries. */
export interface MarkSpec {
  start: number;
  end: number;
  attrs: Record<string, string>;
}

/** The tag of every mark Dossier puts in a page. */
export const MARK_TAG = 'dossier-mark';

// Inline, !important: a page's `* { ... !important }` cannot hide the marks, and no stylesheet is
// added to the page.
const MARK_STYLE: Record<string, string> = {
  actor: 'text-decoration: underline 1.5px dotted #2f6fb3 !important; text-underline-offset: 2px !important; cursor: help !important;',
  unknown: 'text-decoration: underline 1px dashed #8a8f98 !important; text-underline-offset: 2px !important; cursor: help !important;',
  figure: 'text-decoration: underline 1.5px solid #b7791f !important; text-underline-offset: 2px !important; cursor: help !important;',
  conflict: 'text-decoration: underline 2px wavy #c53030 !important; text-underline-offset: 2px !important; cursor: help !important;',
  saved: 'background-color: rgba(255, 230, 120, 0.55) !important; border-radius: 2px !important;',
};

const BASE_STYLE = 'display: inline !important; all: revert; ';

/** The inline style of a mark of `kind` (actor, unknown, figure, conflict, saved). */
export function markStyle(kind: string): string {
  return BASE_STYLE + (MARK_STYLE[kind] ?? '');
}

/** Budget of one slice of work on the main thread, in ms. */
const SLICE_MS = 8;

/** Yields to the page between slices. */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Wraps every spec (sorted by start, non-overlapping) in a mark. A span crossing node boundaries
 * is wrapped piece by piece. Returns the marks made, in text order, and the longest slice of
 * work between yields (ms). Works in slices of a few ms.
 */
export async function wrapMarks(
  map: TextMap,
  specs: readonly MarkSpec[],
  signal?: AbortSignal,
): Promise<{ marks: HTMLElement[]; longestSlice: number }> {
  const doc = map.nodes[0]?.ownerDocument;
  if (!doc) return { marks: [], longestSlice: 0 };
  // Pieces per node, so each node is split right to left and earlier offsets stay valid.
  const perNode = new Map<number, { from: number; to: number; spec: MarkSpec; order: number }[]>();
  let order = 0;
  for (const spec of specs) {
    for (const piece of nodePieces(map, spec.start, spec.end)) {
      const list = perNode.get(piece.node) ?? [];
      list.push({ from: piece.from, to: piece.to, spec, order: order++ });
      perNode.set(piece.node, list);
    }
  }
  const made: { el: HTMLElement; order: number }[] = [];
  let sliceStart = performance.now();
  let longestSlice = 0;
  for (const [i, pieces] of perNode) {
    if (signal?.aborted) break;
    const node = map.nodes[i]!;
    if (!node.parentNode) continue; // the page removed it meanwhile
    pieces.sort((a, b) => b.from - a.from);
    for (const p of pieces) {
      if (p.to > node.data.length || p.from >= p.to) continue;
      node.splitText(p.to);
      const middle = node.splitText(p.from);
      const mark = doc.createElement(MARK_TAG);
      for (const [k, v] of Object.entries(p.spec.attrs)) mark.setAttribute(k, v);
      const kind = p.spec.attrs['data-conflict'] === 'true' ? 'conflict' : (p.spec.attrs['data-kind'] ?? 'actor');
      mark.setAttribute('style', markStyle(kind));
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      made.push({ el: mark, order: p.order });
    }
    const spent = performance.now() - sliceStart;
    if (spent > SLICE_MS) {
      longestSlice = Math.max(longestSlice, spent);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  longestSlice = Math.max(longestSlice, performance.now() - sliceStart);
  return { marks: made.sort((a, b) => a.order - b.order).map((m) => m.el), longestSlice };
}

/** Removes marks (all of Dossier's in `root` when none are given), restoring the text nodes. */
export function unwrapMarks(root: ParentNode, marks?: Iterable<Element>): void {
  const list = marks ? Array.from(marks) : Array.from(root.querySelectorAll(MARK_TAG));
  const parents = new Set<Node>();
  for (const mark of list) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  // Join the split text nodes back together, as the page had them.
  for (const p of parents) p.normalize();
}
