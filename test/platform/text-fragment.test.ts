import { describe, expect, it } from 'vitest';
import { fragmentText, textFragmentUrl } from '../../lib/platform/text-fragment';

describe('textFragmentUrl', () => {
  it.each([
    ['https://a.example/story', 'More than 300 citizens', 'https://a.example/story#:~:text=More%20than%20300%20citizens'],
    ['https://a.example/story#top', 'Astana', 'https://a.example/story#:~:text=Astana'],
    ['https://a.example/s?q=1', 'Nur-Sultan, 2019 & after', 'https://a.example/s?q=1#:~:text=Nur%2DSultan%2C%202019%20%26%20after'],
    ['https://a.example/ru', 'Комитет национальной безопасности', `https://a.example/ru#:~:text=${encodeURIComponent('Комитет национальной безопасности')}`],
  ])('links %s at the quote %j', (url, quote, expected) => {
    expect(textFragmentUrl(url, quote)).toBe(expected);
  });

  it('leaves the URL as it is when the quote is empty', () => {
    expect(textFragmentUrl('https://a.example/x#y', '  ')).toBe('https://a.example/x#y');
  });
});

describe('fragmentText', () => {
  it('collapses whitespace and keeps short quotes whole', () => {
    expect(fragmentText('  one\n two\tthree ')).toBe('one two three');
  });

  it('cuts a long quote at a word boundary within the first 80 characters', () => {
    const quote = 'The National Security Committee said on Tuesday that more than 300 citizens had travelled abroad to fight.';
    const cut = fragmentText(quote);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(quote.startsWith(cut)).toBe(true);
    expect(quote[cut.length]).toBe(' ');
  });

  it('cuts a long word-less quote at 80 characters', () => {
    expect(fragmentText('x'.repeat(200))).toBe('x'.repeat(80));
  });
});
