/**
 * One pass over the page at one address, while its site is on: mount the `<dossier-ui>` host,
 * annotate the article, report the counts, draw saved highlights, follow text added later, and
 * wake the page UI when the reader first needs it. Everything it sets up is tied to its signal,
 * and aborting that signal takes everything away again: marks, host, observer, timers, listeners.
 */
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { annotateDocument, markProcessed, type AnnotateDeps, type Annotation, type IndexBase } from '../marks/annotate.dom';
import { markedActorIds, nameActorMarks } from '../marks/mark-names.dom';
import { startRoving, type RovingMarks } from '../marks/roving.dom';
import { unwrapMarks } from '../marks/wrap.dom';
import { sendMessage } from '../platform/messages';
import { followAddedText } from './follow-added-text.dom';
import { runFollowUps } from './follow-ups';
import { showAnalysing, showCounts, showDone, showError, showWarnings } from './host-status.dom';
import { loadPageUi } from './page-ui-loader.dom';
import { INITIAL_PAGE_STATE, type PageState } from './page-state';
import { createStore, type Store } from './store';
import { wakePageUi, type PageUiWaker } from './wake-ui.dom';

/** The `<dossier-ui>` host as the content script's entry point made it (WXT's shadow-root UI). */
export type PageHost = Pick<ShadowRootContentScriptUi<unknown>, 'mount' | 'remove' | 'shadowHost' | 'uiContainer'>;

/** One pass over the page. */
export interface Session {
  readonly doc: Document;
  /** The page's address when the pass started. */
  readonly url: string;
  /** Aborts when the pass ends (site switched off, a new address, the extension gone). */
  readonly signal: AbortSignal;
  /** The `<dossier-ui>` host (its attributes are the DOM contract: host-status.dom.ts). */
  readonly host: HTMLElement;
  /** Where the page UI draws, inside the host's shadow root. */
  readonly container: HTMLElement;
  /** What the content script and the page UI share. */
  readonly state: Store<PageState>;
  /** The article's text nodes already annotated (so text added later is told apart). */
  readonly processed: WeakSet<Text>;
  /** The article body, once the pass found it (null before, or when the page has none). */
  root: Element | null;
  /** How many actors and figures the first part had: saved notes link to those (their offsets match). */
  firstPart: IndexBase;
  /** The marks' keyboard controller, once there are marks. */
  roving: RovingMarks | null;
  /** Mounts the page UI now (a command asked for it), and on the reader's first hover, focus or selection. */
  waker: PageUiWaker;
  /** Resolves when the pass is done, failed or was stopped. */
  done: Promise<void>;
}

const analyzer: AnnotateDeps = { analyze: (req) => sendMessage('analyzePage', req) };

/**
 * Starts a pass over the document; `signal` ends it and takes everything away. The signal is
 * the content script's context's too (`ctx.signal`, lib/content/reader.dom.ts), so a context
 * the browser invalidated leaves nothing behind either.
 */
export function startSession(ui: PageHost, signal: AbortSignal): Session {
  ui.mount();
  const session: Session = {
    doc: document,
    url: location.href,
    signal,
    host: ui.shadowHost,
    container: ui.uiContainer,
    state: createStore(INITIAL_PAGE_STATE),
    processed: new WeakSet(),
    root: null,
    firstPart: { actors: 0, figures: 0 },
    roving: null,
    // Both set right below, once the session they need exists.
    waker: { mount: () => Promise.resolve() },
    done: Promise.resolve(),
  };
  session.waker = wakePageUi(session, loadPageUi);
  signal.addEventListener(
    'abort',
    () => {
      unwrapMarks(document.body);
      ui.remove();
    },
    { once: true },
  );
  showAnalysing(session.host);
  session.done = runPass(session);
  return session;
}

// The marks' accessible names say how many incidents the fact base ties each actor to.
async function nameMarks(doc: Document): Promise<void> {
  const actorIds = markedActorIds(doc).slice(0, 5_000);
  if (actorIds.length > 0) nameActorMarks(doc, await sendMessage('actorIncidentCounts', { actorIds }));
}

async function runPass(s: Session): Promise<void> {
  const started = performance.now();
  let result: Annotation;
  try {
    result = await annotateDocument(s.doc, analyzer, s.signal);
    if (s.signal.aborted) return;
    const analysis = result.analysis;
    s.root = result.root;
    s.firstPart = { actors: analysis?.actors.length ?? 0, figures: analysis?.figures.length ?? 0 };
    s.state.set({ ...s.state.get(), analysis });
    // The marks are one tab stop; the controller goes with this pass's signal.
    s.roving = startRoving(s.doc, s.signal);
    s.roving.refresh();
    void nameMarks(s.doc).catch(() => undefined);
    showDone(s.host, analysis, result.timings, performance.now() - started);
  } catch (err) {
    // A broken page or a stopped background must never break the page: report and stay quiet.
    showError(s.host, err);
    return;
  }
  // The pass is done; what follows must not undo that when one part of it fails (Firefox once
  // failed the badge here, and saved highlights and added text were never looked at).
  const root = s.root;
  const elapsedMs = performance.now() - started;
  const failed = await runFollowUps([
    {
      name: 'report',
      run: async () => {
        await sendMessage('pageAnnotated', { url: s.url, actors: result.actors, figures: result.figures, conflicts: result.conflicts, elapsedMs, articleText: result.analysis !== null });
      },
    },
    ...(root
      ? [
          {
            name: 'saved highlights',
            run: async () => {
              const notes = await sendMessage('notesForPage', { url: s.url });
              // Anchoring needs the page UI's script; a page without notes never loads it for them.
              const report = notes.length > 0 ? await (await loadPageUi()).drawSavedHighlights(s, notes) : { found: [], missing: [], edited: [] };
              if (!s.signal.aborted) await sendMessage('notesAnchored', { url: s.url, ...report });
            },
          },
          {
            name: 'added text',
            run: () => {
              markProcessed(root, s.processed);
              followAddedText(s, {
                ...analyzer,
                onAdded: () => {
                  s.roving?.refresh();
                  void nameMarks(s.doc).catch(() => undefined);
                  showCounts(s.host, s.state.get().analysis);
                },
              });
            },
          },
        ]
      : []),
  ]);
  if (!s.signal.aborted) showWarnings(s.host, failed);
}
