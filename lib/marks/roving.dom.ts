/**
 * The page's marks as one tab stop (a roving tabindex): Tab reaches one mark, the arrow keys or
 * j / k move between marks, Home / End go to the first / last, and "next disagreement" jumps to
 * the next mark another source disagrees with. Every listener goes when `signal` aborts.
 */
import { MARK_TAG } from './wrap.dom';

/** The keyboard controller of a page's marks. */
export interface RovingMarks {
  /** Makes sure exactly one mark is in the tab order (after marks were added or removed). */
  refresh(): void;
  /** Moves focus to the next (1) or previous (-1) mark; null when there is none. */
  move(step: 1 | -1): HTMLElement | null;
  /** Moves focus to the next mark in disagreement with another source, wrapping round; null when none. */
  nextDisagreement(): HTMLElement | null;
}

const SELECTOR = `${MARK_TAG}[data-index]`;
const NEXT = new Set(['ArrowRight', 'ArrowDown', 'j']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp', 'k']);

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest(SELECTOR) as HTMLElement | null) : null;
}

/** One element per mention (a mention split over several text nodes has several pieces), in page order. */
function mentions(doc: Document): HTMLElement[] {
  const seen = new Set<string>();
  const out: HTMLElement[] = [];
  for (const m of doc.querySelectorAll<HTMLElement>(SELECTOR)) {
    const id = `${m.getAttribute('data-kind') === 'figure' ? 'f' : 'a'}${m.getAttribute('data-index')}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(m);
  }
  return out;
}

/** Starts the keyboard controller on `doc`'s marks. */
export function startRoving(doc: Document, signal: AbortSignal): RovingMarks {
  let stop: HTMLElement | null = null;

  const makeStop = (mark: HTMLElement): void => {
    if (stop && stop !== mark) stop.setAttribute('tabindex', '-1');
    for (const other of doc.querySelectorAll<HTMLElement>(`${SELECTOR}[tabindex="0"]`)) if (other !== mark) other.setAttribute('tabindex', '-1');
    mark.setAttribute('tabindex', '0');
    stop = mark;
  };

  const focusMark = (mark: HTMLElement, block: ScrollLogicalPosition): HTMLElement => {
    makeStop(mark);
    mark.focus({ preventScroll: true });
    mark.scrollIntoView({ block, inline: 'nearest' });
    return mark;
  };

  const current = (list: HTMLElement[]): number => {
    const active = markOf(doc.activeElement);
    const at = active ? list.findIndex((m) => m === active || m.getAttribute('data-index') === active.getAttribute('data-index') && m.getAttribute('data-kind') === active.getAttribute('data-kind')) : -1;
    return at >= 0 ? at : stop ? list.indexOf(stop) : -1;
  };

  const roving: RovingMarks = {
    refresh() {
      const list = mentions(doc);
      if (stop && stop.isConnected && list.includes(stop)) makeStop(stop);
      else if (list[0]) makeStop(list[0]);
      else stop = null;
    },
    move(step) {
      const list = mentions(doc);
      if (list.length === 0) return null;
      const at = current(list);
      const next = list[Math.min(Math.max(at + step, 0), list.length - 1)]!;
      return focusMark(next, 'nearest');
    },
    nextDisagreement() {
      const list = mentions(doc);
      const at = current(list);
      for (let k = 1; k <= list.length; k++) {
        const m = list[(at + k + list.length) % list.length]!;
        if (m.hasAttribute('data-disagreement')) return focusMark(m, 'center');
      }
      return null;
    },
  };

  doc.addEventListener(
    'keydown',
    (e) => {
      const mark = markOf(e.target);
      if (!mark || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey) return;
      const list = NEXT.has(e.key) ? 1 : PREVIOUS.has(e.key) ? -1 : 0;
      if (list !== 0) {
        e.preventDefault();
        roving.move(list);
      } else if (e.key === 'Home' || e.key === 'End') {
        const all = mentions(doc);
        const target = e.key === 'Home' ? all[0] : all[all.length - 1];
        if (target) {
          e.preventDefault();
          focusMark(target, 'center');
        }
      }
    },
    { signal },
  );
  // A mark reached by mouse or from the popup becomes the tab stop, so Tab comes back to it.
  doc.addEventListener(
    'focusin',
    (e) => {
      const mark = markOf(e.target);
      if (mark) makeStop(mark);
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    stop = null;
  });
  return roving;
}
