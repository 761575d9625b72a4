/**
 * What the content script leaves out of the article text on the live page: everything the command
 * line leaves out (`isExcludedNode`: the same markup gives the same text), and what the page's CSS
 * hides, which only a rendering browser knows: a copy of the article kept with `display: none`
 * for another layout, a collapsed "read more" teaser, text for screen readers under a class name
 * of the site's own. A reader never sees it, so it is never marked.
 */
import { isExcludedNode } from '../extract/article-root.dom';

/** True for an element whose subtree the content script never reads or marks. */
export function isExcludedInPage(el: Element): boolean {
  return isExcludedNode(el) || isRenderedHidden(el);
}

// `display: none` removes the whole subtree from the rendering (`visibility: hidden` does not:
// a child may be visible again, so it is left to the element-level rules).
function isRenderedHidden(el: Element): boolean {
  const view = el.ownerDocument.defaultView;
  if (!view || typeof view.getComputedStyle !== 'function') return false;
  return view.getComputedStyle(el).display === 'none';
}
