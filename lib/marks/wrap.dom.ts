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

/** One spec's piece inside one text node (offsets in the node's data), with the pieces inside it. */
interface Piece {
  from: number;
  to: number;
  spec: MarkSpec;
  order: number;
  inner: Piece[];
}

/**
 * Wraps every spec (sorted by start, an enclosing spec before those inside it; none crossing
 * another's edge) in a mark; a spec inside another gets its mark inside the other's. A span
 * crossing node boundaries is wrapped piece by piece. Returns the marks made, in the specs' order
 * (a mention's pieces together), and the longest slice of work between yields (ms). Works in slices of a few ms.
 */
export async function wrapMarks(
  map: TextMap,
  specs: readonly MarkSpec[],
  signal?: AbortSignal,
): Promise<{ marks: HTMLElement[]; longestSlice: number }> {
  const doc = map.nodes[0]?.ownerDocument;
  if (!doc) return { marks: [], longestSlice: 0 };
  // Pieces per node, so each node is split right to left and earlier offsets stay valid.
  const perNode = new Map<number, Piece[]>();
  let order = 0;
  for (const spec of specs) {
    for (const piece of nodePieces(map, spec.start, spec.end)) {
      const list = perNode.get(piece.node) ?? [];
      list.push({ from: piece.from, to: piece.to, spec, order: order++, inner: [] });
      perNode.set(piece.node, list);
    }
  }
  const made: { el: HTMLElement; order: number }[] = [];
  // Wraps the pieces (offsets in `node`'s data) right to left, then those inside each in its mark.
  const wrapIn = (node: Text, pieces: Piece[]): void => {
    for (let k = pieces.length - 1; k >= 0; k--) {
      const p = pieces[k]!;
      if (p.to > node.data.length || p.from >= p.to) continue;
      node.splitText(p.to);
      const middle = node.splitText(p.from);
      const mark = doc.createElement(MARK_TAG);
      for (const [key, v] of Object.entries(p.spec.attrs)) mark.setAttribute(key, v);
      const kind = p.spec.attrs['data-conflict'] === 'true' ? 'conflict' : (p.spec.attrs['data-kind'] ?? 'actor');
      mark.setAttribute('style', markStyle(kind));
      middle.parentNode!.insertBefore(mark, middle);
      mark.appendChild(middle);
      made.push({ el: mark, order: p.order });
      if (p.inner.length > 0) wrapIn(middle, p.inner.map((q) => ({ ...q, from: q.from - p.from, to: q.to - p.from })));
    }
  };
  let sliceStart = performance.now();
  let longestSlice = 0;
  for (const [i, pieces] of perNode) {
    if (signal?.aborted) break;
    const node = map.nodes[i]!;
    if (!node.parentNode) continue; // the page removed it meanwhile
    wrapIn(node, nest(pieces));
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

// A node's pieces as a forest, left to right: each piece holds those inside it. A piece that
// crosses an enclosing one's edge (specs never do) is left out rather than break the page.
function nest(pieces: Piece[]): Piece[] {
  pieces.sort((a, b) => a.from - b.from || b.to - a.to || a.order - b.order);
  const top: Piece[] = [];
  const open: Piece[] = [];
  for (const p of pieces) {
    while (open.length > 0 && open[open.length - 1]!.to <= p.from) open.pop();
    const outer = open[open.length - 1];
    if (outer && p.to > outer.to) continue;
    (outer ? outer.inner : top).push(p);
    open.push(p);
  }
  return top;
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
