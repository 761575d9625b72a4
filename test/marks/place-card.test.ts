import { describe, expect, it } from 'vitest';
import { CARD_MAX_HEIGHT, placeCard, type Box } from '../../lib/marks/place-card';

const box = (top: number, left: number, bottom: number, right: number): Box => ({ top, left, bottom, right });
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('placeCard', () => {
  const vw = 1280;
  const vh = 900;
  const width = 340;

  it.each([
    ['a sentence high on the screen', box(100, 300, 120, 420), box(100, 120, 150, 1000), 300, 'below'],
    ['a sentence low on the screen', box(760, 300, 780, 420), box(730, 120, 790, 1000), 300, 'above'],
    ['a tall card and a sentence in the middle of a narrow column', box(430, 200, 450, 300), box(300, 120, 600, 500), 360, 'right'],
  ] as const)('puts the card clear of %s', (_name, mark, sentence, height, side) => {
    const p = placeCard(mark, sentence, width, height, vw, vh);
    expect(p.side).toBe(side);
    const card = box(p.top, p.left, p.top + Math.min(height, p.maxHeight), p.left + width);
    expect(overlaps(card, sentence)).toBe(false);
    expect(overlaps(card, mark)).toBe(false);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(vh);
  });

  it('never draws a card taller than 360 px', () => {
    const p = placeCard(box(100, 300, 120, 420), box(100, 120, 150, 1000), width, 900, vw, vh);
    expect(p.maxHeight).toBeLessThanOrEqual(CARD_MAX_HEIGHT);
  });

  it('shortens the card to the room left when no side has room for all of it, still clear of the sentence', () => {
    // A sentence filling most of a small window, across its whole width.
    const sentence = box(150, 10, 450, 790);
    const p = placeCard(box(300, 100, 320, 200), sentence, width, 360, 800, 600);
    const card = box(p.top, p.left, p.top + p.maxHeight, p.left + width);
    expect(p.maxHeight).toBeLessThan(360);
    expect(overlaps(card, sentence)).toBe(false);
  });
});
