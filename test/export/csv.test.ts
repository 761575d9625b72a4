import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, notesToCsv, UTF8_BOM } from '../../lib/export/csv';
import type { Note } from '../../lib/factbase/schema';

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  url: 'https://central.asia-news.com/en_GB/articles/1',
  title: 'Kazakhstan says 300 citizens fought abroad',
  outlet: 'Caravanserai',
  publishedAt: '2016-07-05',
  quote: 'more than 300 citizens had left the country',
  selectors: [],
  text: '',
  tags: ['foreign fighters', 'knb'],
  actorIds: ['knb'],
  claimIds: ['c1'],
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...over,
});

/** A strict RFC 4180 reader, as a spreadsheet reads the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted cell`);
        cell += text[i++];
      }
    }
    row.push(cell);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} after a cell`);
  }
  if (row.length) throw new Error('last row not ended by CRLF');
  return rows;
}

const HOSTILE = [
  ['a script tag', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ['double quotes', 'He said "no"', 'He said "no"'],
  ['commas', 'one, two, three', 'one, two, three'],
  ['newlines', 'line one\nline two\r\nline three', 'line one\nline two\r\nline three'],
  ['a formula', '=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ['a plus formula', '+1+cmd|" /C calc"!A0', `'+1+cmd|" /C calc"!A0`],
  ['a minus formula', '-2+3', `'-2+3`],
  ['an at formula', '@SUM(1,2)', `'@SUM(1,2)`],
  ['a tab start', '\t=1', `'\t=1`],
  ['Arabic and Hebrew', 'قال المسؤولون — אמרו הפקידים', 'قال المسؤولون — אמרו הפקידים'],
  ['Cyrillic', 'Более 300 граждан Казахстана', 'Более 300 граждан Казахстана'],
] as const;

describe('notesToCsv', () => {
  it('starts with a UTF-8 BOM and a header, one CRLF-ended row per note', () => {
    const csv = notesToCsv([note(), note({ id: 'n2' })], { actors: new Map([['knb', { name: 'KNB' }]]), claims: new Map([['c1', { figureText: 'more than 300 citizens' }]]) });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual([
      'Kazakhstan says 300 citizens fought abroad', 'Caravanserai', '2016-07-05', 'https://central.asia-news.com/en_GB/articles/1',
      'more than 300 citizens had left the country', '', 'foreign fighters; knb', 'KNB', 'more than 300 citizens',
      '2026-11-21T10:00:00.000Z', '2026-11-21T10:00:00.000Z', 'n1',
    ]);
  });

  it.each(HOSTILE)('reads back a quote, note and title with %s as one cell each (formulas defused)', (_name, text, expected) => {
    const rows = parseCsv(notesToCsv([note({ quote: text, text, title: text })]).slice(1));
    expect(rows).toHaveLength(2);
    const cols = rows[1]!;
    expect(cols).toHaveLength(CSV_COLUMNS.length);
    expect([cols[0], cols[4], cols[5]]).toEqual([expected, expected, expected]);
  });

  it('writes only a header for no notes', () => {
    expect(notesToCsv([])).toBe(`${UTF8_BOM}${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('csvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=1+1', "'=1+1"],
    ['=1,2', `"'=1,2"`],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});
