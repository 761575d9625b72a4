/**
 * What the page's `<dossier-ui>` host says about the pass (PRODUCT.md's DOM contract, read by
 * tests, the bench and support): `data-state` analysing | done | error, the counts of what the
 * reader sees marked, and the pass's timings. Saved highlights are not counted as actors or figures.
 */
import { markedMentions, type PassTimings } from '../marks/annotate.dom';
import { MARK_TAG } from '../marks/wrap.dom';
import type { PageAnalysis } from '../messaging/views';
import { conflictedClaims } from './page-state';

/** Clears what an earlier pass left on the host and marks this one as started. */
export function showAnalysing(host: HTMLElement): void {
  for (const name of host.getAttributeNames()) if (name.startsWith('data-')) host.removeAttribute(name);
  host.setAttribute('data-state', 'analysing');
}

/** Writes the counts of the marks now in the page (after the pass, and after text added later). */
export function showCounts(host: HTMLElement, analysis: PageAnalysis | null): void {
  const marks = Array.from(host.ownerDocument.querySelectorAll(`${MARK_TAG}[data-index]`));
  host.setAttribute('data-actors', String(analysis ? markedMentions(marks, ['actor', 'unknown']) : 0));
  host.setAttribute('data-figures', String(analysis ? markedMentions(marks, ['figure']) : 0));
  if (analysis) host.setAttribute('data-conflicts', String(conflictedClaims(analysis)));
}

/** Marks the pass done, with how long it took and its longest main-thread step (for the bench and support). */
export function showDone(host: HTMLElement, analysis: PageAnalysis | null, timings: PassTimings, elapsedMs: number): void {
  showCounts(host, analysis);
  host.setAttribute('data-elapsed-ms', String(Math.round(elapsedMs)));
  host.setAttribute('data-longest-step-ms', String(Math.round(timings.longestStep)));
  host.setAttribute('data-timings', JSON.stringify(Object.fromEntries(Object.entries(timings).map(([k, v]) => [k, Math.round(v)]))));
  host.setAttribute('data-state', 'done');
}

/** Marks the pass failed: a broken page or a stopped background must never break the page, so it is reported here and nowhere else. */
export function showError(host: HTMLElement, err: unknown): void {
  host.setAttribute('data-state', 'error');
  host.setAttribute('data-error', err instanceof Error ? err.message : String(err));
}

/** Notes the steps after a finished pass that failed ("name: message"), leaving `data-state` done. */
export function showWarnings(host: HTMLElement, failed: readonly string[]): void {
  if (failed.length > 0) host.setAttribute('data-warnings', failed.join('; '));
}
