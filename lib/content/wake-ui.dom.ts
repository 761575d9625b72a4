/**
 * Waking the page UI on first need. Until the reader first hovers, focuses or clicks a mark,
 * selects article text or asks to save a selection, no card code is in the page: these few
 * listeners stand in for it. The first such act loads the UI (lib/content/page-ui-loader.dom.ts) and
 * mounts it; the mark that woke it goes into the shared state, so the first card opens as it
 * would have with the UI there all along (hovered, focused, or pinned with focus in the card).
 * The listeners go once the UI is mounted, or with the pass's signal.
 */
import type { Wake } from './page-state';
import { articleSelection } from './selection.dom';
import type { Session } from './session.dom';

/** Mounts the page UI on demand. */
export interface PageUiWaker {
  /** Loads and mounts the UI now (a command asked for it); resolves once it is mounted. */
  mount(): Promise<void>;
}

const MARK_SELECTOR = 'dossier-mark[data-index]';

function markOf(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest(MARK_SELECTOR) : null;
}

/** Listens for the reader's first need of the page UI in the session's page. */
export function wakePageUi(session: Session, load: () => Promise<{ mount(session: Session): void }>): PageUiWaker {
  const { doc, state } = session;
  const mounted = new AbortController();
  const signal = AbortSignal.any([session.signal, mounted.signal]);
  let mounting: Promise<void> | null = null;

  const mount = (): Promise<void> => {
    mounting ??= load().then(
      (ui) => {
        if (session.signal.aborted || mounted.signal.aborted) return;
        mounted.abort();
        ui.mount(session);
      },
      (err: unknown) => {
        mounting = null;
        throw err;
      },
    );
    return mounting;
  };
  const wake = (next: Wake | null): void => {
    state.set({ ...state.get(), wake: next });
    if (next) void mount().catch(() => undefined);
  };
  // A mark left before the UI arrived opens no card (unless a click or a key pinned it).
  const leave = (mark: Element | null): void => {
    const now = state.get().wake;
    if (mark && now && now.mark === mark && !now.pin) wake(null);
  };

  const opts = { signal, passive: true };
  doc.addEventListener('mouseover', (e) => {
    const mark = markOf(e.target);
    // A mouse moving with its button down is selecting, not pointing: no card.
    if (mark && e.buttons === 0) wake({ mark, pin: false, focusCard: false });
  }, opts);
  doc.addEventListener('mouseout', (e) => leave(markOf(e.target)), opts);
  doc.addEventListener('focusin', (e) => {
    const mark = markOf(e.target);
    if (mark) wake({ mark, pin: false, focusCard: false });
  }, opts);
  doc.addEventListener('focusout', (e) => leave(markOf(e.target)), opts);
  doc.addEventListener('mouseup', (e) => {
    const mark = markOf(e.target);
    // A plain click on a mark pins its card; a drag that ends on one is a selection (below).
    if (mark && e.button === 0 && !articleSelection(doc, session.root)) wake({ mark, pin: true, focusCard: false });
  }, opts);
  doc.addEventListener('keydown', (e) => {
    const mark = markOf(e.target);
    if (!mark || (e.key !== 'Enter' && e.key !== ' ')) return;
    // As the card layer does: the key opens the card, and the page does not scroll or click.
    e.preventDefault();
    wake({ mark, pin: true, focusCard: true });
  }, { signal });
  doc.addEventListener('selectionchange', () => {
    if (articleSelection(doc, session.root)) void mount().catch(() => undefined);
  }, opts);
  return { mount };
}
