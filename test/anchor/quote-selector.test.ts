import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  describeRange,
  figureChanged,
  figureEdit,
  findApproximate,
  numbersIn,
  trimSpan,
} from '../../lib/anchor/quote-selector';

const ARTICLE = [
  'ASTANA, July 5. Kazakhstan’s security service said on Tuesday that it had detained 12 suspects.',
  'Officials said more than 300 citizens had left the country to fight in Syria and Iraq since 2013.',
  'Analyst Dosym Satpayev said the real number was likely higher, perhaps around 400 people.',
  'The committee added that 7 people were killed in the Aktobe attack in June.',
].join('\n\n');

const QUOTE = 'more than 300 citizens had left the country';

function save(text: string, quote: string, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  const { quote: q, position } = describeRange(text, start, start + quote.length);
  return { selectors: [q, position], start };
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), prev[j]! + 1, cur[j - 1]! + 1);
    prev = cur;
  }
  return prev[b.length]!;
}

describe('describeRange', () => {
  it('keeps 32 characters of context each side and the position', () => {
    const start = ARTICLE.indexOf(QUOTE);
    const { quote, position } = describeRange(ARTICLE, start, start + QUOTE.length);
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: QUOTE,
      prefix: ARTICLE.slice(start - 32, start),
      suffix: ARTICLE.slice(start + QUOTE.length, start + QUOTE.length + 32),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length });
  });

  it('shortens the context at the edges of the text', () => {
    const { quote } = describeRange('Hello world', 0, 5);
    expect(quote.prefix).toBe('');
    expect(quote.suffix).toBe(' world');
  });

  it.each([
    ['trailing space of a double-click', ' word ', 0, 6, { start: 1, end: 5 }],
    ['block break at the end', 'a\n\nb', 0, 3, { start: 0, end: 1 }],
    ['only white space', '   ', 0, 3, { start: 3, end: 3 }],
  ])('trims white space: %s', (_name, text, start, end, expected) => {
    expect(trimSpan(text, start, end)).toEqual(expected);
  });
});

describe('anchorQuote', () => {
  it('finds the quote at its saved position', () => {
    const { selectors, start } = save(ARTICLE, QUOTE);
    expect(anchorQuote(ARTICLE, selectors)).toEqual({ start, end: start + QUOTE.length, score: 1, exact: true });
  });

  it('finds the quote after text was inserted before it (position shifted)', () => {
    const { selectors } = save(ARTICLE, QUOTE);
    const changed = `UPDATE: This story has been updated with comments from officials.\n\n${ARTICLE}`;
    const found = anchorQuote(changed, selectors);
    expect(found).toMatchObject({ exact: true });
    expect(changed.slice(found!.start, found!.end)).toBe(QUOTE);
  });

  it.each([
    ['a word changed inside the quote', 'more than 300 citizens had left the country', 'more than 300 nationals had left the country'],
    ['a figure edited by the outlet', 'more than 300 citizens had left the country', 'more than 350 citizens had left the country'],
    ['words added', 'more than 300 citizens had left the country', 'more than 300 of its citizens had left the country'],
  ])('finds an approximate match when %s', (_name, quote, replacement) => {
    const { selectors } = save(ARTICLE, quote);
    const changed = ARTICLE.replace(quote, replacement);
    const found = anchorQuote(changed, selectors);
    expect(found).not.toBeNull();
    expect(found!.exact).toBe(false);
    expect(changed.slice(found!.start, found!.end)).toBe(replacement);
    expect(found!.score).toBeGreaterThan(0.8);
  });

  it('returns null when the quote’s paragraph was deleted', () => {
    const { selectors } = save(ARTICLE, QUOTE);
    const changed = ARTICLE.split('\n\n').filter((p) => !p.includes(QUOTE)).join('\n\n');
    expect(anchorQuote(changed, selectors)).toBeNull();
  });

  it.each([0, 1])('tells two occurrences apart by their context (occurrence %i), even when the position moved', (occurrence) => {
    const text = [
      'In Almaty, police said 12 people were detained after the raid on the mosque.',
      'Weeks later in Shymkent, police said 12 people were detained after the raid on a flat.',
    ].join('\n\n');
    const quote = 'police said 12 people were detained';
    const { selectors } = save(text, quote, occurrence);
    const changed = `Breaking news from the region, updated several times today.\n\n${text}`;
    const found = anchorQuote(changed, selectors)!;
    const expectedStart = occurrence === 0 ? changed.indexOf(quote) : changed.lastIndexOf(quote);
    expect(found.start).toBe(expectedStart);
  });

  it('prefers the edited text at the saved place over a lone repeat of a short quote elsewhere', () => {
    const text = 'Officials said 7 people were killed in Aktobe on Sunday.\n\nUnrelated: 7 people were hurt in a crash.';
    const { selectors } = save(text, '7 people were killed');
    const changed = text.replace('7 people were killed', '9 people were killed');
    const found = anchorQuote(changed, selectors)!;
    expect(changed.slice(found.start, found.end)).toBe('9 people were killed');
  });

  it('finds a long quote moved into a new paragraph, context and all changed', () => {
    const { selectors } = save(ARTICLE, QUOTE);
    const changed = `Intro text that is entirely new. Reports: ${QUOTE}. More new words follow here.`;
    expect(anchorQuote(changed, selectors)).toMatchObject({ start: changed.indexOf(QUOTE), exact: true });
  });

  it('returns null for a short quote found only in foreign context', () => {
    const text = 'Officials said 7 people were killed in Aktobe on Sunday.';
    const { selectors } = save(text, '7 people');
    expect(anchorQuote('A different story: 7 people signed the letter yesterday.', selectors)).toBeNull();
  });

  it.each([
    ['no quote selector', [{ type: 'TextPositionSelector' as const, start: 0, end: 4 }]],
    ['an empty quote', [{ type: 'TextQuoteSelector' as const, exact: '' }]],
  ])('returns null with %s', (_name, selectors) => {
    expect(anchorQuote(ARTICLE, selectors)).toBeNull();
  });

  it('stays fast on a 100k-word text (timing printed, not asserted)', () => {
    const words = ['the', 'police', 'said', 'that', 'more', 'than', '300', 'citizens', 'had', 'left', 'Kazakhstan', 'to', 'fight', 'in', 'Syria', 'officials', 'reported', 'militants', 'Астана', 'заявили'];
    let seed = 7;
    const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) | 0) >>> 0) / 2 ** 32;
    const text = Array.from({ length: 100_000 }, () => words[Math.floor(next() * words.length)]!).join(' ');
    const mid = Math.floor(text.length / 2);
    const { quote, position } = describeRange(text, mid, mid + 120);
    const edited = `${text.slice(0, 1000)}INSERTED ${text.slice(1000, mid + 40)}XYZ${text.slice(mid + 43)}`;
    const gone = text.slice(0, mid - 10) + text.slice(mid + 200);
    const timings: Record<string, number> = {};
    for (const [name, t] of [['exact', text], ['shifted+edited', edited], ['deleted', gone]] as const) {
      anchorQuote(t, [quote, position]); // warm up
      const t0 = performance.now();
      const found = anchorQuote(t, [quote, position]);
      timings[name] = Math.round((performance.now() - t0) * 10) / 10;
      if (name === 'deleted') expect(found).toBeNull();
      else expect(found).not.toBeNull();
    }
    console.log(`anchorQuote on ${text.length} chars (100k words), ms:`, timings);
  });
});

describe('findApproximate', () => {
  it('agrees with the textbook edit distance (property)', () => {
    const letters = fc.constantFrom('a', 'b', 'c', 'd', 'é', 'Ж');
    fc.assert(
      fc.property(fc.string({ unit: letters, maxLength: 200 }), fc.string({ unit: letters, minLength: 1, maxLength: 100 }), fc.nat(30), (text, pattern, k) => {
        for (const m of findApproximate(text, pattern, k)) {
          expect(m.errors).toBeLessThanOrEqual(k);
          expect(levenshtein(text.slice(m.start, m.end), pattern)).toBe(m.errors);
        }
        // The best match found is the best there is (empty matches aside).
        let best = Infinity;
        for (let i = 0; i <= text.length; i++) for (let j = i + 1; j <= Math.min(text.length, i + pattern.length + k); j++) best = Math.min(best, levenshtein(text.slice(i, j), pattern));
        const found = findApproximate(text, pattern, k);
        expect(found.length ? Math.min(...found.map((m) => m.errors)) : null).toBe(best <= k ? best : null);
      }),
      { numRuns: 300 },
    );
  });

  it('finds a quote longer than one 32-character block with edits in several blocks', () => {
    const pattern = 'The committee added that seven people were killed in the Aktobe attack in June and many hurt.';
    const text = `xxxx The comittee added that 7 people were killed in the Aqtobe attack in June and many hurt. yyyy`;
    const [m] = findApproximate(text, pattern, 20);
    expect(text.slice(m!.start, m!.end)).toBe('The comittee added that 7 people were killed in the Aqtobe attack in June and many hurt.');
  });
});

describe('figureChanged', () => {
  it.each([
    ['the same figures', 'killed 7 people, 12 hurt', 'killed 7 people, 12 hurt', false],
    ['a figure written as a word now', 'killed 7 people', 'killed seven people', false],
    ['the same figure with a thousands separator', 'about 1500 fighters', 'about 1,500 fighters', false],
    ['no figures at all', 'police said', 'the police said', false],
    ['a figure edited', 'killed 7 people', 'killed 9 people', true],
    ['a figure added', 'killed people', 'killed 9 people', true],
    ['a figure removed', 'killed 7 people', 'killed people', true],
    ['a scale changed', 'spent 2.3bn tenge', 'spent 2.3 million tenge', true],
  ])('is %s → %s', (_name, saved, now, changed) => {
    expect(figureChanged(saved, now)).toBe(changed);
  });

  it('names the figures before and after the edit', () => {
    expect(figureEdit('In 2016, 7 people were killed and 12 hurt', 'In 2016, 9 people were killed and 12 hurt')).toEqual({ before: ['7'], after: ['9'] });
  });

  it('reads numbers as words and digits but not inside words', () => {
    expect(numbersIn('tenant A7 and 23,000 or twenty-three').map((n) => n.value)).toEqual([23000, 23]);
  });
});
