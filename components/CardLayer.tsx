import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ActorType } from '../lib/factbase/schema';
import type { ActorCard, FigureCard, PageAnalysis } from '../lib/messaging/views';
import { ActorCardView } from './ActorCardView';
import { FigureCardView } from './FigureCardView';

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

/** The hover and focus cards for the page's marks, positioned within the viewport. */
export function CardLayer({ analysis, doc, loadActor, loadFigure, addActor }: CardLayerProps): JSX.Element | null {
  const [open, setOpen] = useState<Open | null>(null);
  const [actorCard, setActorCard] = useState<ActorCard | null>(null);
  const [figureCard, setFigureCard] = useState<FigureCard | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number }>({ top: 0, left: 0 });
  const closeTimer = useRef<number | undefined>(undefined);
  const cardRef = useRef<HTMLDivElement>(null);

  const show = useCallback((mark: HTMLElement, pinned: boolean) => {
    window.clearTimeout(closeTimer.current);
    const kind = mark.getAttribute('data-kind') ?? '';
    const index = Number(mark.getAttribute('data-index'));
    setOpen((prev) => (prev && prev.mark === mark ? { ...prev, pinned: prev.pinned || pinned } : { mark, kind, index, pinned }));
  }, []);

  const close = useCallback((returnFocus: boolean) => {
    setOpen((prev) => {
      if (prev && returnFocus) prev.mark.focus();
      return null;
    });
  }, []);

  useEffect(() => {
    const over = (e: Event): void => {
      const mark = markOf(e.target);
      if (mark) show(mark, false);
    };
    const out = (e: MouseEvent): void => {
      if (!markOf(e.target)) return;
      window.clearTimeout(closeTimer.current);
      closeTimer.current = window.setTimeout(() => setOpen((prev) => (prev && !prev.pinned ? null : prev)), 300);
    };
    const focus = (e: FocusEvent): void => {
      const mark = markOf(e.target);
      if (mark) show(mark, false);
    };
    const key = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') close(true);
      const mark = markOf(e.target);
      if (mark && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        show(mark, true);
        window.setTimeout(() => cardRef.current?.focus(), 0);
      }
    };
    doc.addEventListener('mouseover', over);
    doc.addEventListener('mouseout', out);
    doc.addEventListener('focusin', focus);
    doc.addEventListener('keydown', key);
    return () => {
      doc.removeEventListener('mouseover', over);
      doc.removeEventListener('mouseout', out);
      doc.removeEventListener('focusin', focus);
      doc.removeEventListener('keydown', key);
    };
  }, [doc, show, close]);

  useEffect(() => {
    setActorCard(null);
    setFigureCard(null);
    setAdded(null);
    if (!open || !analysis) return;
    let live = true;
    if (open.kind === 'actor') {
      const id = open.mark.getAttribute('data-actor-id');
      if (id) void loadActor(id).then((c) => live && setActorCard(c), () => undefined);
    } else if (open.kind === 'figure') {
      void loadFigure(open.index).then((c) => live && setFigureCard(c), () => undefined);
    }
    return () => {
      live = false;
    };
  }, [open, analysis, loadActor, loadFigure]);

  useLayoutEffect(() => {
    if (!open) return;
    const r = open.mark.getBoundingClientRect();
    const h = cardRef.current?.offsetHeight ?? 200;
    const vw = doc.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const left = Math.max(8, Math.min(r.left, vw - CARD_WIDTH - 8));
    const below = r.bottom + 6;
    const top = below + h > vh - 8 && r.top - h - 6 > 8 ? r.top - h - 6 : Math.max(8, Math.min(below, vh - h - 8));
    setPos({ top, left });
  }, [open, actorCard, figureCard]);

  if (!open || !analysis) return null;
  let body: JSX.Element | null = null;
  let label = '';
  if (open.kind === 'actor' || open.kind === 'unknown') {
    const mention = analysis.actors[open.index];
    if (!mention) return null;
    label = mention.canonical ?? mention.text;
    body =
      open.kind === 'actor' ? (
        <ActorCardView card={actorCard} text={mention.text} />
      ) : (
        <UnknownActor name={mention.text} type={mention.type} added={added} onAdd={(type) => addActor(mention.text, type).then(() => setAdded(type))} />
      );
  } else if (open.kind === 'figure') {
    const figure = analysis.figures[open.index];
    if (!figure) return null;
    label = figure.text;
    const claimIds = new Set(analysis.claims.filter((c) => c.figure === open.index).map((c) => c.id));
    body = <FigureCardView figure={figure} conflicts={analysis.conflicts.filter((c) => claimIds.has(c.claim))} card={figureCard} />;
  }
  return (
    <div
      ref={cardRef}
      class="card"
      role="dialog"
      aria-label={`Dossier: ${label}`}
      tabIndex={-1}
      style={{ top: `${pos.top}px`, left: `${pos.left}px`, width: `${CARD_WIDTH}px` }}
      onMouseEnter={() => window.clearTimeout(closeTimer.current)}
      onMouseLeave={() => !open.pinned && close(false)}
      onKeyDown={(e) => e.key === 'Escape' && close(true)}
    >
      <button type="button" class="close" aria-label="Close card" onClick={() => close(true)}>×</button>
      {body}
    </div>
  );
}

interface UnknownActorProps {
  name: string;
  type: ActorType;
  added: string | null;
  onAdd: (type: ActorType) => Promise<void>;
}

function UnknownActor({ name, type, added, onAdd }: UnknownActorProps): JSX.Element {
  const [choice, setChoice] = useState<ActorType>(type);
  return (
    <div>
      <div class="kind">not in the fact base · looks like a {type}</div>
      <h2>{name}</h2>
      {added ? (
        <p role="status">Added to the fact base as a {added}.</p>
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
              <option value="person">person</option>
              <option value="organization">organisation</option>
              <option value="place">place</option>
            </select>
          </label>
          <button type="submit">Add to fact base</button>
        </form>
      )}
    </div>
  );
}
