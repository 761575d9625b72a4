/**
 * The article's text as the engine sees it, built from the live page's text nodes, with the map
 * from text offsets back to nodes. The builder is the one the command line uses too
 * (`lib/extract/article-text.dom.ts`), so both see the same text for the same markup.
 */
import { buildArticleText, nodeAt, nodePieces, textOffsetInNode, type TextMap } from '../extract/article-text.dom';

export { nodeAt, nodePieces, textOffsetInNode, type TextMap };

/** Collects the text under `root`, skipping subtrees for which `exclude` is true. */
export function collectText(root: Element, exclude: (el: Element) => boolean, keep?: (node: Text) => boolean): TextMap {
  return buildArticleText(root, { exclude, keep });
}
