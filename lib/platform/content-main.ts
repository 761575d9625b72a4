/**
 * The content script's wiring: decide whether this page is annotated, mount the one
 * `<dossier-ui>` host (shadow root) at the end of <body>, run the annotation pass, draw saved
 * highlights, save new ones, follow content the page adds later, and take everything away again
 * when the site is switched off.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { rangeToOffsets } from '../anchor/anchor.dom';
import { snapToWords } from '../anchor/snap-words';
import { appendAnalysis } from '../engine/merge';
import type { ActorType, Note } from '../factbase/schema';
import { annotateAdded, annotateDocument, markProcessed, markedMentions, type AnnotateDeps } from '../marks/annotate.dom';
import { linkUnknownMarks, markedActorIds, nameActorMarks } from '../marks/mark-names.dom';
import { startRoving, type RovingMarks } from '../marks/roving.dom';
import { articleMap, drawSavedNotes } from '../marks/saved.dom';
import { MARK_TAG, unwrapMarks } from '../marks/wrap.dom';
import type { ActorCard, FigureCard, PageAnalysis } from '../messaging/views';
import { randomId } from '../notes/ids';
import { makeNote } from '../notes/make-note';
import { runFollowUps } from './follow-ups';
import { sendMessage } from './messages';
import { annotatesUrl } from './sites';
import { handleTabMessages } from './tab-messages';

/** What the page UI is given to draw with. */
export interface UiApi {
  analysis: PageAnalysis | null;
  loadActor: (actorId: string) => Promise<ActorCard | null>;
  loadFigure: (figureIndex: number) => Promise<FigureCard | null>;
  addActor: (name: string, type: ActorType) => Promise<void>;
  readSelection: () => { top: number; left: number; text: string } | null;
  captureSelection: () => boolean;
  save: (noteText: string, tags: string[]) => Promise<void>;
  loadTags: () => Promise<{ tag: string; count: number }[]>;
  openRequest: number;
}

/** Draws (or clears, with null) the page UI into its shadow-root container. */
export type RenderUi = (container: HTMLElement, api: UiApi | null) => void;

// Text the page adds later is looked at once it has been quiet this long.
const ADDED_TEXT_DEBOUNCE_MS = 800;

/** Starts Dossier on this page, unless the site is switched off. */
export async function startContent(ctx: ContentScriptContext, css: string, renderUi: RenderUi): Promise<void> {
  let enabled = await annotatesUrl(location.href);
  let analysis: PageAnalysis | null = null;
  let root: Element | null = null;
  let container: HTMLElement | null = null;
  let openRequest = 0;
  let captured: { start: number; end: number; text: string } | null = null;
  let part = 0;
  let controller = new AbortController();
  const processed = new WeakSet<Text>();
  let observer: MutationObserver | null = null;
  let host: HTMLElement | null = null;
  let ui: Awaited<ReturnType<typeof createShadowRootUi>> | null = null;
  let roving: RovingMarks | null = null;

  const analyze: AnnotateDeps['analyze'] = (req) => sendMessage('analyzePage', req);

  const readSelection = (): { top: number; left: number; text: string } | null => {
    const sel = document.getSelection();
    if (!root || !sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!root.contains(range.commonAncestorContainer) && !range.intersectsNode(root)) return null;
    const text = sel.toString().trim();
    if (!text) return null;
    const rect = range.getBoundingClientRect();
    return { top: rect.bottom, left: rect.left, text };
  };

  const captureSelection = (): boolean => {
    const sel = document.getSelection();
    if (!root || !sel || sel.rangeCount === 0) return false;
    const map = articleMap(root);
    const at = rangeToOffsets(map, sel.getRangeAt(0));
    // Whole words only: a drag that cuts a word saves the whole word.
    captured = at ? { ...snapToWords(map.text, at.start, at.end), text: map.text } : null;
    return captured !== null;
  };

  const save = async (noteText: string, tags: string[]): Promise<void> => {
    if (!captured || !root) throw new Error('the selection is gone; select the text again');
    const a = analysis;
    const note: Note = makeNote({
      page: {
        url: location.href,
        title: a?.source.title ?? document.title,
        outlet: a?.source.outlet ?? null,
        publishedAt: a?.source.publishedAt ?? null,
      },
      text: captured.text,
      start: captured.start,
      end: captured.end,
      // The first part's offsets refer to the same article text as the map (the later parts' do not).
      actors: a?.actors.slice(0, firstPartActors) ?? [],
      claims: a ? a.claims.filter((c) => c.figure < firstPartFigures).map((c) => ({ id: c.id, start: a.figures[c.figure]!.start, end: a.figures[c.figure]!.end })) : [],
      noteText,
      tags,
      now: new Date(),
      newId: randomId,
    });
    await sendMessage('saveNote', { note });
    captured = null;
    await drawSavedNotes(root, [note]);
    markProcessed(root, processed);
  };

  let firstPartActors = 0;
  let firstPartFigures = 0;

  const redraw = (): void => {
    if (!container) return;
    renderUi(container, {
      analysis,
      loadActor: (actorId) => sendMessage('getActorCard', { actorId }),
      loadFigure: (figureIndex) => sendMessage('getFigureCard', { url: location.href, figureIndex }),
      addActor: async (name, type) => {
        const { actorId } = await sendMessage('addActor', { name, type });
        if (!analysis) return;
        // Every mention of that name (a short form standing for it too) becomes the new actor at once.
        const same = (a: PageAnalysis['actors'][number]): boolean => a.actorId === null && (a.text === name || a.refersTo === name);
        const indexes = analysis.actors.flatMap((a, i) => (same(a) ? [i] : []));
        analysis = { ...analysis, actors: analysis.actors.map((a) => (same(a) ? { ...a, actorId, canonical: name, type } : a)) };
        linkUnknownMarks(document, indexes, actorId);
        redraw();
      },
      readSelection,
      captureSelection,
      save,
      loadTags: () => sendMessage('allTags', {}),
      openRequest,
    });
  };

  const followAddedText = (): void => {
    let timer: number | undefined;
    observer = new MutationObserver((records) => {
      // Our own marks and UI are not the page's new content.
      const pageChange = records.some((r) => {
        const t = r.target as Element;
        if (t.nodeType === 1 && (t.localName === MARK_TAG || t.closest?.('dossier-ui'))) return false;
        return Array.from(r.addedNodes).some((n) => n.nodeType === 3 || (n.nodeType === 1 && (n as Element).localName !== MARK_TAG));
      });
      if (!pageChange) return;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void annotateLater(), ADDED_TEXT_DEBOUNCE_MS);
    });
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };

  let busy = false;
  const annotateLater = async (): Promise<void> => {
    if (!root || !analysis || busy || !enabled) return;
    busy = true;
    try {
      const base = { actors: analysis.actors.length, figures: analysis.figures.length };
      const added = await annotateAdded(root, processed, { analyze }, part + 1, base, controller.signal);
      if (added) {
        part++;
        analysis = appendAnalysis(analysis, added.analysis);
        roving?.refresh();
        void nameMarks().catch(() => undefined);
        updateHost();
        redraw();
      }
      markProcessed(root, processed);
    } catch {
      // The page changed under us or the background is gone: try again on the next change.
    } finally {
      busy = false;
    }
  };

  // The marks' accessible names say how many incidents the fact base ties each actor to.
  const nameMarks = async (): Promise<void> => {
    const actorIds = markedActorIds(document).slice(0, 5_000);
    if (actorIds.length > 0) nameActorMarks(document, await sendMessage('actorIncidentCounts', { actorIds }));
  };

  const updateHost = (): void => {
    if (!host || !analysis) return;
    // What the reader sees marked (saved highlights are not counted as actors or figures).
    const marks = Array.from(document.querySelectorAll(`${MARK_TAG}[data-index]`));
    host.setAttribute('data-actors', String(markedMentions(marks, ['actor', 'unknown'])));
    host.setAttribute('data-figures', String(markedMentions(marks, ['figure'])));
    host.setAttribute('data-conflicts', String(new Set(analysis.conflicts.filter((c) => c.kind === 'conflict').map((c) => c.claim)).size));
  };

  const run = async (): Promise<void> => {
    ui = await createShadowRootUi(ctx, {
      name: 'dossier-ui',
      css,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(c) {
        container = c;
        redraw();
        return c;
      },
      onRemove(c) {
        if (c) renderUi(c, null);
        container = null;
      },
    });
    ui.mount();
    host = ui.shadowHost;
    host.setAttribute('data-state', 'analysing');
    const started = performance.now();
    let result: Awaited<ReturnType<typeof annotateDocument>>;
    try {
      result = await annotateDocument(document, { analyze }, controller.signal);
      if (controller.signal.aborted) return;
      analysis = result.analysis;
      root = result.root;
      firstPartActors = analysis?.actors.length ?? 0;
      firstPartFigures = analysis?.figures.length ?? 0;
      // The marks are one tab stop; the controller goes with this pass's signal.
      roving = startRoving(document, controller.signal);
      roving.refresh();
      void nameMarks().catch(() => undefined);
      updateHost();
      if (!analysis) {
        host.setAttribute('data-actors', '0');
        host.setAttribute('data-figures', '0');
      }
      // For benchmarks and support: how long the pass took and its longest main-thread step.
      host.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
      host.setAttribute('data-longest-step-ms', String(Math.round(result.timings.longestStep)));
      host.setAttribute('data-timings', JSON.stringify(Object.fromEntries(Object.entries(result.timings).map(([k, v]) => [k, Math.round(v)]))));
      host.setAttribute('data-state', 'done');
      redraw();
    } catch (err) {
      // A broken page or a stopped background must never break the page: report and stay quiet.
      host.setAttribute('data-state', 'error');
      host.setAttribute('data-error', err instanceof Error ? err.message : String(err));
      return;
    }
    // The pass is done; what follows must not undo that when one part of it fails (Firefox once
    // failed the badge here, and saved highlights and added text were never looked at).
    const at = root;
    const elapsedMs = performance.now() - started;
    const failed = await runFollowUps([
      {
        name: 'report',
        run: async () => {
          await sendMessage('pageAnnotated', { url: location.href, actors: result.actors, figures: result.figures, conflicts: result.conflicts, elapsedMs });
        },
      },
      ...(at
        ? [
            {
              name: 'saved highlights',
              run: async () => {
                const notes = await sendMessage('notesForPage', { url: location.href });
                const saved = await drawSavedNotes(at, notes);
                await sendMessage('notesAnchored', {
                  url: location.href,
                  found: saved.found.map((f) => f.note.id),
                  missing: saved.missing.map((n) => n.id),
                  edited: saved.found.filter((f) => f.edit).map((f) => ({ id: f.note.id, before: f.edit!.before.slice(0, 20), after: f.edit!.after.slice(0, 20) })),
                });
              },
            },
            {
              name: 'added text',
              run: () => {
                markProcessed(at, processed);
                followAddedText();
              },
            },
          ]
        : []),
    ]);
    if (failed.length > 0 && host) host.setAttribute('data-warnings', failed.join('; '));
  };

  const stop = (): void => {
    controller.abort();
    observer?.disconnect();
    observer = null;
    unwrapMarks(document.body);
    ui?.remove();
    ui = null;
    roving = null;
    host = null;
    analysis = null;
    root = null;
  };

  handleTabMessages({
    saveSelection: () => {
      openRequest++;
      redraw();
    },
    revealMark: ({ kind, index, noteId }) => {
      const selector =
        kind === 'saved' && noteId ? `${MARK_TAG}[data-kind="saved"][data-note-ids~="${CSS.escape(noteId)}"]` : `${MARK_TAG}[data-kind="${kind === 'actor' ? 'actor' : 'figure'}"][data-index="${index}"], ${MARK_TAG}[data-kind="unknown"][data-index="${index}"]`;
      const mark = document.querySelector<HTMLElement>(selector);
      if (!mark) return;
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      // A short flash, then the mark's own look again.
      const previous = mark.style.getPropertyValue('outline');
      mark.style.setProperty('outline', '3px solid #c53030', 'important');
      window.setTimeout(() => mark.style.setProperty('outline', previous), 1500);
      mark.focus({ preventScroll: true });
    },
    focusDisagreement: () => {
      roving?.nextDisagreement();
    },
    setEnabled: async ({ enabled: on }) => {
      if (on === enabled) return;
      enabled = on;
      if (!on) stop();
      else {
        controller = new AbortController();
        await run();
      }
    },
  });

  // Single-page navigation: a new address is a new page. Take everything away and read it afresh.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    void (async () => {
      if (ui) stop();
      part = 0;
      enabled = await annotatesUrl(location.href);
      if (!enabled) return;
      controller = new AbortController();
      // Give the page a moment to put its new article in place.
      await new Promise((r) => setTimeout(r, 600));
      await run();
    })();
  });

  if (enabled) await run();
}
