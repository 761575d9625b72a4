/**
 * The article's text as the engine sees it, built from the live page's text nodes, with the map
 * from text offsets back to nodes. The builder is the one the command line uses too
 * (`lib/extract/article-text.dom.ts`), so both see the same text for the same markup.
 */
import { buildArticleText, buildArticleTextSliced, nodeAt, nodePieces, textOffsetInNode, type TextMap } from '../extract/article-text.dom';

export { nodeAt, nodePieces, textOffsetInNode, type TextMap };

/** Collects the text under `root`, skipping subtrees for which `exclude` is true. */
export function collectText(root: Element, exclude: (el: Element) => boolean, keep?: (node: Text) => boolean): TextMap {
  return buildArticleText(root, { exclude, keep });
}

/** As {@link collectText}, in slices with `pause()` awaited between them (for the live page). */
export function collectTextSliced(root: Element, exclude: (el: Element) => boolean, pause: () => Promise<void>): Promise<TextMap> {
  return buildArticleTextSliced(root, { exclude }, pause);
}

/** Every text node under `root` outside excluded subtrees (no text built: for bookkeeping). */
export function textNodesUnder(root: Element, exclude: (el: Element) => boolean): Text[] {
  const out: Text[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => (n.nodeType === 1 ? (exclude(n as Element) ? 2 /* REJECT */ : 3 /* SKIP */) : 1 /* ACCEPT */),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}
