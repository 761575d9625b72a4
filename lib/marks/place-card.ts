/**
 * Where a mark's card goes so that it never covers the mark or the sentence it explains: below
 * the sentence, else above it, else beside it; when none has room for the whole card, the side
 * with the most room, with the card made shorter to fit. Pure geometry.
 */

/** A box in viewport coordinates. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Where the card goes, and how tall it may be. */
export interface CardPlace {
  top: number;
  left: number;
  maxHeight: number;
  side: 'below' | 'above' | 'right' | 'left';
}

/** The tallest a card is ever drawn (px). */
export const CARD_MAX_HEIGHT = 360;
const MARGIN = 8;
const GAP = 6;

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(n, Math.max(lo, hi)));

/**
 * Places a card of `width` × `height` (its natural height, at most `CARD_MAX_HEIGHT`) for a mark
 * whose box is `mark` inside the sentence box `sentence`, in a viewport of `vw` × `vh`.
 */
export function placeCard(mark: Box, sentence: Box, width: number, height: number, vw: number, vh: number): CardPlace {
  const h = Math.min(height, CARD_MAX_HEIGHT);
  const s: Box = {
    top: Math.min(sentence.top, mark.top),
    left: Math.min(sentence.left, mark.left),
    bottom: Math.max(sentence.bottom, mark.bottom),
    right: Math.max(sentence.right, mark.right),
  };
  const left = clamp(mark.left, MARGIN, vw - width - MARGIN);
  const sideTop = clamp(mark.top - 20, MARGIN, vh - h - MARGIN);
  const candidates: { place: Omit<CardPlace, 'maxHeight'>; room: number; fits: boolean }[] = [];
  const below = vh - MARGIN - (s.bottom + GAP);
  candidates.push({ place: { top: s.bottom + GAP, left, side: 'below' }, room: below, fits: below >= h });
  const above = s.top - GAP - MARGIN;
  candidates.push({ place: { top: s.top - GAP - Math.min(h, above), left, side: 'above' }, room: above, fits: above >= h });
  const sideRoom = vh - 2 * MARGIN;
  if (vw - MARGIN - (s.right + GAP) >= width) candidates.push({ place: { top: sideTop, left: s.right + GAP, side: 'right' }, room: sideRoom, fits: sideRoom >= h });
  if (s.left - GAP - MARGIN >= width) candidates.push({ place: { top: sideTop, left: s.left - GAP - width, side: 'left' }, room: sideRoom, fits: sideRoom >= h });
  const fit = candidates.find((c) => c.fits);
  if (fit) return { ...fit.place, maxHeight: CARD_MAX_HEIGHT };
  const roomiest = candidates.reduce((a, b) => (b.room > a.room ? b : a));
  const room = Math.max(roomiest.room, 0);
  const top = roomiest.place.side === 'above' ? s.top - GAP - room : roomiest.place.top;
  return { ...roomiest.place, top, maxHeight: Math.min(CARD_MAX_HEIGHT, room) };
}
