/**
 * The reader's selection in the article: where it ends on screen and its text, when it lies in
 * the article body (only that can be saved as a highlight). Small, so the content script can tell
 * the first selection without the page UI; saving it is lib/content/save-highlight.dom.ts.
 */

/** Where the selection ends on screen, and its text. */
export interface ArticleSelection {
  top: number;
  left: number;
  text: string;
}

/** The current selection if it lies in (or crosses) `root` and has text; else null. */
export function articleSelection(doc: Document, root: Element | null): ArticleSelection | null {
  const sel = doc.getSelection();
  if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null;
  const text = sel.toString().trim();
  if (!text) return null;
  const rect = range.getBoundingClientRect();
  return { top: rect.bottom, left: rect.left, text };
}
