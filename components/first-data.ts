/**
 * When a view's first data reached the screen, for measuring (`npm run bench`) and for holding
 * back the work that can wait: the elements that hold data carry `elementtiming={FIRST_DATA}`, and
 * the browser's Element Timing API says when each was first painted. Unlike a time taken in an
 * effect (run after the frame is committed, before it is on screen) this is the paint itself.
 * Chromium only; elsewhere the next frame stands in for it and no time is reported.
 */

/** The `elementtiming` name of every element that shows a view's data (counts, the page's dossier). */
export const FIRST_DATA = 'dossier-first-data';

// The longest the follow-up work waits for the first data to be painted: a view whose first frame
// holds no data (a loading line, an error) must still load the rest.
const SHOWN_WAIT_MS = 500;

interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

// Set by `observeFirstData`: resolves when the first data element is painted.
let shown: Promise<void> | null = null;
let markShown: () => void = () => undefined;
// Where Element Timing is missing: the first frames drawn after the first call of `firstDataShown`.
let framesDrawn: (() => Promise<void>) | null = null;

/**
 * Calls `painted` once, with the time (ms since the page's start) the first data element was
 * painted, and from then on `firstDataShown()` is resolved. Where Element Timing is missing,
 * `firstDataShown()` resolves once the frame after the first render has been drawn instead.
 */
export function observeFirstData(painted: (ms: number) => void): void {
  if (!PerformanceObserver.supportedEntryTypes?.includes('element')) {
    let drawn: Promise<void> | null = null;
    // Called from an effect, which runs once the first render is committed: the second frame's
    // start is after the first one was drawn.
    framesDrawn = () => (drawn ??= new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
    return;
  }
  shown = new Promise<void>((resolve) => {
    markShown = resolve;
    setTimeout(resolve, SHOWN_WAIT_MS);
  });
  const observer = new PerformanceObserver((list) => {
    const first = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === FIRST_DATA);
    if (!first) return;
    observer.disconnect();
    painted(first.renderTime || first.startTime);
    markShown();
  });
  observer.observe({ type: 'element', buffered: true });
}

/**
 * Resolves once the view's first data is on screen (or after half a second at most; at once where
 * `observeFirstData` was never called, as in unit tests): what the first frame does not show, the
 * whole dossier and the long lists, starts then, so it does not compete with drawing the first frame.
 */
export function firstDataShown(): Promise<void> {
  return shown ?? framesDrawn?.() ?? Promise.resolve();
}

/** The steps of a view's start that `npm run bench` reports, in order, each as a `performance.mark`. */
export type StartStep = 'script' | 'page' | 'counts' | 'render' | 'rendered';

/** Marks `step` of the view's start (`dossier:<step>`, first time only): the bench reads the marks to say where the time went. */
export function markStep(step: StartStep): void {
  const name = `dossier:${step}`;
  if (performance.getEntriesByName(name, 'mark').length === 0) performance.mark(name);
}
