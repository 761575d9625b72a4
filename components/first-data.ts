/**
 * When a view's first data reached the screen, for measuring (`npm run bench`): the elements
 * that hold data carry `elementtiming={FIRST_DATA}`, and the browser's Element Timing API says
 * when each was first painted. Unlike a time taken in an effect (run after the paint, or before it
 * when Preact's frame wait times out) this is the paint itself. Chromium only; elsewhere nothing
 * is reported.
 */

/** The `elementtiming` name of every element that shows a view's data (counts, the page's dossier). */
export const FIRST_DATA = 'dossier-first-data';

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

/** Calls `painted` once, with the time (ms since the page's start) the first data element was painted. */
export function observeFirstData(painted: (ms: number) => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) return;
  const observer = new PerformanceObserver((list) => {
    const first = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === FIRST_DATA);
    if (!first) return;
    observer.disconnect();
    painted(first.renderTime || first.startTime);
  });
  observer.observe({ type: 'element', buffered: true });
}
