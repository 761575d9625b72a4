import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Wake } from '../lib/content/page-state';
import type { ActorType } from '../lib/factbase/schema';
import type { ActorCard, FigureCard, PageAnalysis } from '../lib/messaging/views';
import { ActorCardView } from './ActorCardView';
import { FigureCardView } from './FigureCardView';
import { CARD_MAX_HEIGHT, placeCard } from '../lib/marks/place-card';
import { markBox, sentenceBox } from '../lib/marks/sentence-box.dom';
import { typeWord, aTypeWord } from './actor-type-words';

/** Props of `CardLayer`. */
export interface CardLayerProps {
  /** The page's analysis (null until it arrives). */
  analysis: PageAnalysis | null;
  /** The document whose marks open cards. */
  doc: Document;
  /** Loads a known actor's card. */
  loadActor: (actorId: string) => Promise<ActorCard | null>;
  /** Loads other sources' claims for a figure. */
  loadFigure: (figureIndex: number) => Promise<FigureCard | null>;
  /** Adds an unknown actor to the fact base. */
  addActor: (name: string, type: ActorType) => Promise<void>;
  /** The mark the reader hovered, focused or pressed while these cards were loading: its card opens first. */
  wake?: Wake | null;
}

interface Open {
  mark: HTMLElement;
  kind: string;
  index: number;
  pinned: boolean;
}

const CARD_WIDTH = 340;

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? (target.closest('dossier-mark[data-index]') as HTMLElement | null) : null;
}

/**
 * The hover and focus cards for the page's marks. A card sits clear of its mark and the mark's
 * sentence, is at most 360 px tall, and never opens while the reader drags out a selection.
 */
export function CardLayer({ analysis, doc, loadActor, loadFigure, addActor, wake = null }: CardLayerProps): JSX.Element | null {
  const [open, setOpen] = useState<Open | null>(null);
  const [actorCard, setActorCard] = useState<ActorCard | null>(null);
  const [figureCard, setFigureCard] = useState<FigureCard | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number; maxHeight: number }>({ top: 0, left: 0, maxHeight: CARD_MAX_HEIGHT });
  const [tick, setTick] = useState(0);
  const closeTimer = useRef<number | undefined>(undefined);
  const cardRef = useRef<HTMLDivElement>(null);
  const openRef = useRef<Open | null>(null);
  openRef.current = open;
  // While the button is down the reader may be selecting: no card opens then.
  const pressed = useRef(false);
  // Focus given back to a mark on Escape must not open its card again.
  const returning = useRef(false);

  const show = useCallback((mark: HTMLElement, pinned: boolean) => {
    window.clearTimeout(closeTimer.current);
    const kind = mark.getAttribute('data-kind') ?? '';
    const index = Number(mark.getAttribute('data-index'));
    setOpen((prev) => (prev && prev.mark === mark ? { ...prev, pinned: prev.pinned || pinned } : { mark, kind, index, pinned }));
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    const prev = openRef.current;
    setOpen(null);
    if (prev && returnFocus) {
      returning.current = true;
      try {
        prev.mark.focus({ preventScroll: true });
      } finally {
        returning.current = false;
      }
    }
  }, []);

  useEffect(() => {
    const selecting = (): boolean => {
      const sel = doc.getSelection();
      return !!sel && !sel.isCollapsed && sel.toString().trim() !== '';
    };
    const over = (e: MouseEvent): void => {
      const mark = markOf(e.target);
      if (mark && e.buttons === 0 && !pressed.current) show(mark, false);
    };
    const out = (e: MouseEvent): void => {
      if (!markOf(e.target)) return;
      window.clearTimeout(closeTimer.current);
      closeTimer.current = window.setTimeout(() => setOpen((prev) => (prev && !prev.pinned ? null : prev)), 300);
    };
    const focus = (e: FocusEvent): void => {
      const mark = markOf(e.target);
      if (mark && !pressed.current && !returning.current) show(mark, false);
    };
    const down = (e: MouseEvent): void => {
      if (e.button !== 0) return;
      pressed.current = true;
      // A press outside the card (presses inside stop at the card) starts a click or a selection: the card steps aside.
      setOpen(null);
    };
    const up = (e: MouseEvent): void => {
      pressed.current = false;
      // A plain click on a mark (no text selected) pins its card.
      const mark = markOf(e.target);
      if (mark && e.button === 0 && !selecting()) show(mark, true);
    };
    const selectionChange = (): void => {
      if (selecting()) setOpen((prev) => (prev && !prev.pinned ? null : prev));
    };
    const key = (e: KeyboardEvent): void => {
      if (e.key === 'Escape' && openRef.current) close(true);
      const mark = markOf(e.target);
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        show(mark, true);
        window.setTimeout(() => cardRef.current?.focus(), 0);
      }
    };
    const controller = new AbortController();
    const opts = { signal: controller.signal };
    doc.addEventListener('mouseover', over, opts);
    doc.addEventListener('mouseout', out, opts);
    doc.addEventListener('focusin', focus, opts);
    doc.addEventListener('mousedown', down, opts);
    doc.addEventListener('mouseup', up, opts);
    doc.addEventListener('selectionchange', selectionChange, opts);
    doc.addEventListener('keydown', key, opts);
    // The card follows its mark when the page scrolls or resizes, so it never slides over the sentence.
    let frame = 0;
    const follow = (): void => {
      if (!openRef.current || frame) return;
      frame = window.requestAnimationFrame(() => {
        frame = 0;
        setTick((t) => t + 1);
      });
    };
    window.addEventListener('scroll', follow, { signal: controller.signal, capture: true, passive: true });
    window.addEventListener('resize', follow, { signal: controller.signal, passive: true });
    return () => {
      controller.abort();
      window.cancelAnimationFrame(frame);
    };
  }, [doc, show, close]);

  useEffect(() => {
    const mark = wake?.mark;
    if (!wake || !(mark instanceof HTMLElement) || !mark.isConnected) return;
    show(mark, wake.pin);
    if (wake.focusCard) window.setTimeout(() => cardRef.current?.focus(), 0);
  }, [wake, show]);

  useEffect(() => {
    setActorCard(null);
    setFigureCard(null);
    setAdded(null);
    if (!open || !analysis) return;
    let live = true;
    // A name just added to the fact base has had its mark turned into an actor's: show that card.
    if (open.kind === 'actor' || open.mark.getAttribute('data-kind') === 'actor') {
      const id = open.mark.getAttribute('data-actor-id');
      if (id) void loadActor(id).then((c) => live && setActorCard(c), () => undefined);
    } else if (open.kind === 'figure') {
      void loadFigure(open.index).then((c) => live && setFigureCard(c), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [open?.mark, analysis, loadActor, loadFigure]);

  useLayoutEffect(() => {
    const card = cardRef.current;
    if (!open || !card) return;
    // Measured at full height, then placed (and shortened, when the page leaves no room).
    card.style.maxHeight = `${CARD_MAX_HEIGHT}px`;
    const vw = doc.documentElement.clientWidth || window.innerWidth;
    const place = placeCard(markBox(open.mark), sentenceBox(open.mark), CARD_WIDTH, card.offsetHeight, vw, window.innerHeight);
    card.style.maxHeight = `${place.maxHeight}px`;
    setPos({ top: place.top, left: place.left, maxHeight: place.maxHeight });
  }, [open, actorCard, figureCard, added, tick]);

  if (!open || !analysis) return null;
  let body: JSX.Element | null = null;
  let label = '';
  if (open.kind === 'actor' || open.kind === 'unknown') {
    const mention = analysis.actors[open.index];
    if (!mention) return null;
    const name = mention.refersTo ?? mention.text;
    label = mention.canonical ?? name;
    body =
      open.kind === 'actor' || mention.actorId !== null ? (
        <ActorCardView card={actorCard} text={mention.text} />
      ) : (
        <UnknownActor name={name} type={mention.type} reason={mention.reason} added={added} onAdd={(type) => addActor(name, type).then(() => setAdded(type))} />
      );
  } else if (open.kind === 'figure') {
    const figure = analysis.figures[open.index];
    if (!figure) return null;
    label = figure.text;
    const claimIds = new Set(analysis.claims.filter((c) => c.figure === open.index).map((c) => c.id));
    body = <FigureCardView figure={figure} conflicts={analysis.conflicts.filter((c) => claimIds.has(c.claim))} card={figureCard} pageDate={analysis.source.publishedAt} />;
  }
  return (
    <div
      ref={cardRef}
      class="card"
      role="dialog"
      aria-label={`Dossier: ${label}`}
      tabIndex={-1}
      style={{ top: `${pos.top}px`, left: `${pos.left}px`, width: `${CARD_WIDTH}px`, maxHeight: `${pos.maxHeight}px` }}
      onMouseEnter={() => window.clearTimeout(closeTimer.current)}
      onMouseLeave={() => !open.pinned && close(false)}
      onMouseDown={(e) => {
        e.stopPropagation();
        // A reader who clicks inside a hover card is using it (adding the name, opening "more"):
        // it stays open, even when its new content is smaller and leaves the pointer outside.
        setOpen((prev) => (prev && !prev.pinned ? { ...prev, pinned: true } : prev));
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close(true);
        }
      }}
    >
      <button type="button" class="close" aria-label="Close card" onClick={() => close(true)}>×</button>
      {body}
    </div>
  );
}

interface UnknownActorProps {
  name: string;
  type: ActorType;
  /** Why the name has its type ("probably a person: 'President' before the name"). */
  reason?: string;
  added: string | null;
  onAdd: (type: ActorType) => Promise<void>;
}

function UnknownActor({ name, type, reason, added, onAdd }: UnknownActorProps): JSX.Element {
  const [choice, setChoice] = useState<ActorType>(type);
  return (
    <div>
      <div class="kind">not in the fact base · looks like {aTypeWord(type)}</div>
      <h2>{name}</h2>
      {reason ? <p class="small muted" data-testid="type-reason">{reason}</p> : null}
      {added ? (
        <p role="status">Added to the fact base as {aTypeWord(added as ActorType)}.</p>
      ) : (
        <form
          class="row"
          onSubmit={(e) => {
            e.preventDefault();
            void onAdd(choice);
          }}
        >
          <label>
            Type{' '}
            <select value={choice} onChange={(e) => setChoice((e.target as HTMLSelectElement).value as ActorType)}>
              {(['person', 'organization', 'place'] as const).map((t) => (
                <option key={t} value={t}>{typeWord(t)}</option>
              ))}
            </select>
          </label>
          <button type="submit">Add to fact base</button>
        </form>
      )}
    </div>
  );
}
