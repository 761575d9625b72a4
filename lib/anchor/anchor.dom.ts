/**
 * The DOM side of saved highlights: a selection `Range` to offsets in the article's text map, and
 * anchored offsets back to a `Range` (to scroll to a highlight).
 */
import { nodeAt, textOffsetInNode, type TextMap } from '../extract/article-text.dom';
import { trimSpan } from './quote-selector';

/** A saved highlight found in the page: its note and where its quote stands in the text map. */
export interface SavedSpan {
  noteId: string;
  start: number;
  end: number;
}

// Where a boundary point stands relative to a text node of the map: before it, inside it, after it.
function comparePointToNode(container: Node, offset: number, node: Text): -1 | 0 | 1 {
  if (container === node) return 0;
  if (container.nodeType === 1 || container.nodeType === 9 || container.nodeType === 11) {
    const child = container.childNodes[offset];
    if (child) {
      // The point is just before `child`.
      if (child === node || child.contains(node)) return -1;
      return child.compareDocumentPosition(node) & 4 /* FOLLOWING */ ? -1 : 1;
    }
    // The point is at the end of `container`.
    if (container.contains(node)) return 1;
    return container.compareDocumentPosition(node) & 4 ? -1 : 1;
  }
  // A text (or comment) node outside the map: the point is where that node is.
  return container.compareDocumentPosition(node) & 4 ? -1 : 1;
}

// Text offset of a boundary point: inside a mapped node exactly; else the start of the first mapped
// node after it (side "start") or the end of the last one before it (side "end"); null when none.
function pointToOffset(map: TextMap, container: Node, offset: number, side: 'start' | 'end'): number | null {
  const { nodes, starts, ends } = map;
  let lo = 0;
  let hi = nodes.length - 1;
  let firstAfter = nodes.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cmp = comparePointToNode(container, offset, nodes[mid]!);
    if (cmp === 0) return textOffsetInNode(map, mid, offset);
    if (cmp < 0) {
      firstAfter = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (side === 'start') return firstAfter < nodes.length ? starts[firstAfter]! : null;
  const before = firstAfter - 1;
  return before >= 0 ? ends[before]! : null;
}

/**
 * The offsets in `map.text` of a selection, clamped to the article text the map covers and trimmed
 * of white space at both ends; null when the selection holds none of the article's text.
 */
export function rangeToOffsets(map: TextMap, range: Range): { start: number; end: number } | null {
  if (map.nodes.length === 0 || range.collapsed) return null;
  const start = pointToOffset(map, range.startContainer, range.startOffset, 'start');
  const end = pointToOffset(map, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || start >= end) return null;
  const span = trimSpan(map.text, start, end);
  return span.start < span.end ? span : null;
}

/** A DOM `Range` over `[start, end)` of the map's text (for scrolling to a highlight), or null. */
export function offsetsToRange(map: TextMap, start: number, end: number): Range | null {
  if (start >= end) return null;
  // Block breaks belong to no node: move inward to the nearest mapped characters.
  let s = start;
  while (s < end && nodeAt(map, s) === -1) s++;
  let e = end;
  while (e > s && nodeAt(map, e - 1) === -1) e--;
  if (s >= e) return null;
  const a = nodeAt(map, s);
  const b = nodeAt(map, e - 1);
  const startNode = map.nodes[a]!;
  const endNode = map.nodes[b]!;
  if (!startNode.isConnected || !endNode.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, map.srcOffset[s]!);
  range.setEnd(endNode, map.srcOffset[e - 1]! + 1);
  return range;
}
