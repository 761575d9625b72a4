/**
 * The article's text as the engine sees it, built from the live page's text nodes, with the map
 * from text offsets back to nodes. White space inside a node becomes a plain space one for one
 * (offsets stay exact); block boundaries become "\n\n", which belong to no node.
 */

/** The article text and where each text node's content starts in it. */
export interface TextMap {
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: number[];
}

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);

const WS = /[\t\n\r\f\v\u00a0]/g;

/** Collects the text under `root`, skipping subtrees for which `exclude` is true. */
export function collectText(root: Element, exclude: (el: Element) => boolean): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let pendingBreak = false;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        if (exclude(node as Element)) return 2; // FILTER_REJECT: skip the subtree
        if (BLOCK.has((node as Element).tagName)) pendingBreak = true;
        return 3; // FILTER_SKIP: walk its children, do not return it
      }
      return 1;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    const data = t.data;
    if (data.length === 0) continue;
    if (pendingBreak && length > 0 && /\S/.test(data)) {
      parts.push('\n\n');
      length += 2;
      pendingBreak = false;
    }
    if (pendingBreak && !/\S/.test(data)) continue; // indentation between blocks
    pendingBreak = false;
    nodes.push(t);
    starts.push(length);
    parts.push(data.replace(WS, ' '));
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** Index of the node holding text offset `pos` (binary search), or -1. */
export function nodeAt(map: TextMap, pos: number): number {
  let lo = 0;
  let hi = map.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = map.starts[mid]!;
    if (pos < s) hi = mid - 1;
    else if (pos >= s + map.nodes[mid]!.data.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** A map of only the nodes `keep` accepts, with a block break where skipped text stood between them. */
export function subMap(map: TextMap, keep: (node: Text) => boolean): TextMap {
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let lastEnd = -1;
  map.nodes.forEach((node, i) => {
    if (!keep(node)) return;
    const start = map.starts[i]!;
    if (length > 0 && start !== lastEnd) {
      parts.push('\n\n');
      length += 2;
    }
    nodes.push(node);
    starts.push(length);
    const piece = map.text.slice(start, start + node.data.length);
    parts.push(piece);
    length += piece.length;
    lastEnd = start + node.data.length;
  });
  return { text: parts.join(''), nodes, starts };
}
