/**
 * When a tab's kept dossier stops being the page's: a tab that moves on to another page (a link,
 * the address bar, a site Dossier does not read) must not go on showing the last article's
 * dossier in the popup and the side panel, nor its conflict count on the toolbar badge.
 */
import type { TabDossier } from '../messaging/views';

/** The address without its fragment: "#comments" is the same page, read once. */
function documentOf(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/**
 * Whether a tab that started loading `url` keeps its dossier: only when it is the same document
 * (a jump to an anchor, a page updating its address in place). An address the browser does not
 * tell (a site Dossier has no access to) is another page; a reload of the same page keeps the
 * dossier until the new reading replaces it.
 */
export function keepsDossier(kept: Pick<TabDossier, 'url'> | null, url: string | undefined): boolean {
  return kept !== null && url !== undefined && documentOf(kept.url) === documentOf(url);
}
