import { describe, expect, it } from 'vitest';
import type { Note } from '../../lib/factbase/schema';
import { escapeMarkdown, notesToMarkdown, safeLinkUrl } from '../../lib/export/markdown';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  url: 'https://central.asia-news.com/en_GB/articles/1',
  title: 'Kazakhstan says 300 citizens fought abroad',
  outlet: 'Caravanserai',
  publishedAt: '2016-07-05',
  quote: 'more than 300 citizens had left the country',
  selectors: [{ type: 'TextPositionSelector', start: 10, end: 53 }],
  text: 'Compare with the 2015 estimate.',
  tags: ['foreign fighters'],
  actorIds: ['knb'],
  claimIds: ['c1'],
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...over,
});

const HOSTILE = [
  ['a heading', 'line one\n# Heading\nline three'],
  ['a script tag', '<script>alert(1)</script>'],
  ['a link', '[click](javascript:alert(1))'],
  ['a list and a rule', '- item\n---\n1. first'],
  ['an HTML entity', 'a &lt;b&gt; c'],
  ['a formula', '=HYPERLINK("http://evil","x")'],
  ['double quotes and commas', 'He said "no", then left, twice'],
  ['right-to-left scripts', 'قال المسؤولون إن 300 مواطن — אמרו הפקידים'],
  ['Cyrillic', 'Более 300 граждан Казахстана'],
] as const;

/** Lines a Markdown reader would take as structure beyond the document's own (its heading, one article heading, one rule). */
function strayStructure(md: string): string[] {
  const lines = md.split('\n');
  expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(2);
  expect(lines.filter((l) => /^(-{3,}|={3,})\s*$/.test(l))).toEqual(['---']);
  return lines.filter((l) => /^(<|[-+*] |\d+[.)] |\||=)/.test(l) || /^>\s*(#|<|[-+*] |\d+[.)] )/.test(l));
}

describe('notesToMarkdown', () => {
  it('groups notes by article with title link, outlet, date, quote, note, tags, actors and figures', () => {
    const md = notesToMarkdown([note(), note({ id: 'n2', quote: 'second quote', selectors: [{ type: 'TextPositionSelector', start: 100, end: 112 }] })], {
      actors: new Map([['knb', { name: 'National Security Committee' }]]),
      claims: new Map([['c1', { figureText: 'more than 300 citizens' }]]),
      exportedAt: new Date('2026-11-21T12:00:00Z'),
    });
    expect(md).toBe(
      [
        '# Dossier notes',
        '',
        '*Exported 2026-11-21 · 2 notes from 1 article*',
        '',
        '## [Kazakhstan says 300 citizens fought abroad](<https://central.asia-news.com/en_GB/articles/1>)',
        '',
        'Caravanserai · 2016-07-05 · <https://central.asia-news.com/en_GB/articles/1>',
        '',
        '> more than 300 citizens had left the country',
        '',
        'Compare with the 2015 estimate.',
        '',
        '**Tags:** foreign fighters\\',
        '**Actors:** National Security Committee\\',
        '**Figures:** more than 300 citizens\\',
        '*Saved 2026-11-21*',
        '',
        '> second quote',
        '',
        'Compare with the 2015 estimate.',
        '',
        '**Tags:** foreign fighters\\',
        '**Actors:** National Security Committee\\',
        '**Figures:** more than 300 citizens\\',
        '*Saved 2026-11-21*',
        '',
        '---',
        '',
      ].join('\n'),
    );
  });

  it.each(HOSTILE)('keeps a quote with %s inside its blockquote, as text', (_name, text) => {
    const md = notesToMarkdown([note({ quote: text, text: '' })]);
    const quoteLines = md.split('\n').filter((l) => l.startsWith('>'));
    expect(quoteLines.length).toBe(text.split('\n').length);
    expect(strayStructure(md)).toEqual([]);
    expect(md).not.toMatch(/(?<!\\)<(?!https?:)/);
  });

  it.each(HOSTILE)('keeps a note, title and tag with %s from becoming structure', (_name, text) => {
    const md = notesToMarkdown([note({ text, title: text, tags: [text], outlet: text })]);
    expect(strayStructure(md)).toEqual([]);
    expect(md).not.toMatch(/(?<!\\)<(?!https?:)/);
  });

  it('links only http(s) pages', () => {
    const md = notesToMarkdown([note({ url: 'javascript:alert(1)' })]);
    expect(md).not.toContain('](');
    expect(md).toContain('javascript:alert(1)');
  });

  it('lists articles by their newest note first', () => {
    const md = notesToMarkdown([
      note({ id: 'a', url: 'https://a.example/1', title: 'Older', createdAt: '2026-01-01T00:00:00.000Z' }),
      note({ id: 'b', url: 'https://b.example/1', title: 'Newer', createdAt: '2026-02-01T00:00:00.000Z' }),
    ]);
    expect(md.indexOf('Newer')).toBeLessThan(md.indexOf('Older'));
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['# not a heading', '\\# not a heading'],
    ['1986. A year', '1986\\. A year'],
    ['<b>bold</b>', '\\<b\\>bold\\</b\\>'],
    ['*stars* and _under_', '\\*stars\\* and \\_under\\_'],
    ['[x](y)', '\\[x\\](y)'],
    ['AT&T &amp; co', 'AT&T \\&amp; co'],
    ['Более 300 граждан', 'Более 300 граждан'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it.each([
    ['https://example.org/a b?q=<x>', 'https://example.org/a%20b?q=%3Cx%3E'],
    ['data:text/html,<script>', null],
    ['not a url', null],
  ])('makes %j a link destination %j', (url, expected) => {
    expect(safeLinkUrl(url)).toBe(expected);
  });
});
