import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { anchorQuote } from '../../lib/anchor/quote-selector';
import { NoteSchema } from '../../lib/factbase/schema';
import { makeNote, normalizeTags, notePublishedAt, type MakeNoteInput } from '../../lib/notes/make-note';

const TEXT = 'ASTANA. Officials said more than 300 citizens had left to fight for Islamic State in Syria.\n\nNext paragraph.';
const start = TEXT.indexOf('more');
const end = TEXT.indexOf(' in Syria');

const input = (over: Partial<MakeNoteInput> = {}): MakeNoteInput => ({
  page: { url: 'https://central.asia-news.com/a', title: 'Fighters abroad', outlet: 'Caravanserai', publishedAt: '2016-07-05T09:30:00+06:00' },
  text: TEXT,
  start,
  end,
  actors: [
    { start: TEXT.indexOf('Islamic State'), end: TEXT.indexOf('Islamic State') + 13, actorId: 'isil' },
    { start: TEXT.indexOf('Syria'), end: TEXT.indexOf('Syria') + 5, actorId: 'syria' },
    { start: TEXT.indexOf('Officials'), end: TEXT.indexOf('Officials') + 9, actorId: null },
    { start: TEXT.indexOf('Islamic State'), end: TEXT.indexOf('Islamic State') + 13, actorId: 'isil' },
  ],
  claims: [{ start, end: start + 22, id: 'claim-1' }, { start: TEXT.length - 5, end: TEXT.length, id: 'claim-far' }],
  noteText: 'Compare 2015',
  tags: ['#Foreign fighters', 'foreign  fighters', ' ', 'ISIS'],
  now: new Date('2026-11-21T10:00:00.000Z'),
  newId: () => 'id-1',
  ...over,
});

describe('makeNote', () => {
  it('builds a valid note with quote, selectors, linked actors and claims inside the selection, and times', () => {
    const note = makeNote(input());
    expect(v.is(NoteSchema, note)).toBe(true);
    expect(note).toMatchObject({
      id: 'id-1',
      url: 'https://central.asia-news.com/a',
      outlet: 'Caravanserai',
      publishedAt: '2016-07-05',
      quote: 'more than 300 citizens had left to fight for Islamic State',
      text: 'Compare 2015',
      tags: ['Foreign fighters', 'ISIS'],
      actorIds: ['isil'],
      claimIds: ['claim-1'],
      createdAt: '2026-11-21T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
    expect(note.selectors).toEqual([
      { type: 'TextQuoteSelector', exact: note.quote, prefix: TEXT.slice(Math.max(0, start - 32), start), suffix: TEXT.slice(end, end + 32) },
      { type: 'TextPositionSelector', start, end },
    ]);
  });

  it('saves a quote that anchors back to the same place', () => {
    const note = makeNote(input());
    expect(anchorQuote(TEXT, note.selectors)).toMatchObject({ start, end, exact: true });
  });

  it('trims white space at the selection’s ends', () => {
    expect(makeNote(input({ start: start - 1, end: end + 1 })).quote).toBe('more than 300 citizens had left to fight for Islamic State');
  });

  it.each([
    ['empty', 5, 5, /no text/],
    ['only white space', TEXT.indexOf('\n\n'), TEXT.indexOf('\n\n') + 2, /no text/],
    ['too long', 0, 30_000, /too long/],
  ])('refuses a selection that is %s', (_name, s, e, message) => {
    const text = e > TEXT.length ? 'x'.repeat(e) : TEXT;
    expect(() => makeNote(input({ text, start: s, end: e }))).toThrow(message);
  });
});

describe('normalizeTags', () => {
  it.each([
    [['  a   b ', 'A B'], ['a b']],
    [['#tag', '##Tag'], ['tag']],
    [['', '  ', '#'], []],
    [['Более', 'более'], ['Более']],
  ])('normalises %j to %j', (tags, expected) => {
    expect(normalizeTags(tags)).toEqual(expected);
  });
});

describe('notePublishedAt', () => {
  it.each([
    ['2016-07-05T09:30:00Z', '2016-07-05'],
    ['2016-07', '2016-07'],
    ['2016', '2016'],
    ['2016-13-01', '2016'],
    ['July 5, 2016', null],
    [null, null],
  ])('keeps %j as %j', (date, expected) => {
    expect(notePublishedAt(date)).toBe(expected);
  });
});
