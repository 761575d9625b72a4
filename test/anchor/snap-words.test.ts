import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../lib/anchor/snap-words';

const text = 'Kazakhstan: More than 300 citizens are now members of ISIS.';
const pick = (from: string, to: string): [number, number] => [text.indexOf(from), text.indexOf(to) + to.length];

describe('snapToWords', () => {
  it.each([
    ['cut at both ends', pick('ore', 'citiz'), 'More than 300 citizens'],
    ['already whole words', pick('More', 'citizens'), 'More than 300 citizens'],
    ['ending on a space', pick('than', '300 '), 'than 300 '],
    ['inside one word', pick('akh', 'akh'), 'Kazakhstan'],
  ])('widens a selection %s to whole words', (_name, [start, end], quote) => {
    const s = snapToWords(text, start, end);
    expect(text.slice(s.start, s.end)).toBe(quote);
  });
});
