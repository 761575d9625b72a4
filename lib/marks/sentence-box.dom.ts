/**
 * The box of the sentence a mark sits in, on screen: the card placement keeps clear of it.
 */
import type { Box } from './place-card';

const BLOCK = 'p, li, blockquote, td, th, dd, dt, h1, h2, h3, h4, h5, h6, figcaption, pre';
// A sentence ends at . ! ? (and a closing quote or bracket), then space.
const END = /[.!?]["”’)\]]*(?=\s|$)/g;

/** The union of the mark's own boxes. */
export function markBox(mark: Element): Box {
  const r = mark.getBoundingClientRect();
  return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
}

/** The box around the sentence containing `mark` (the mark's own box when it cannot be found). */
export function sentenceBox(mark: Element): Box {
  const own = markBox(mark);
  const block = mark.closest(BLOCK) ?? mark.parentElement;
  const doc = mark.ownerDocument;
  if (!block || !doc) return own;
  const nodes: Text[] = [];
  const starts: number[] = [];
  let text = '';
  let markStart = -1;
  const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (markStart < 0 && mark.contains(n)) markStart = text.length;
    nodes.push(n);
    starts.push(text.length);
    text += n.data;
  }
  if (markStart < 0 || nodes.length === 0) return own;
  const markEnd = markStart + (mark.textContent?.length ?? 0);
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END)) {
    const at = m.index + m[0].length;
    if (at <= markStart) from = at;
    else if (at >= markEnd) {
      to = at;
      break;
    }
  }
  const locate = (offset: number): [Text, number] => {
    let i = starts.length - 1;
    while (i > 0 && starts[i]! > offset) i--;
    return [nodes[i]!, Math.min(offset - starts[i]!, nodes[i]!.data.length)];
  };
  const range = doc.createRange();
  range.setStart(...locate(from));
  range.setEnd(...locate(to));
  const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return own;
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}
