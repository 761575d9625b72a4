/**
 * Saved notes as CSV (RFC 4180): one row per note, CRLF line ends, a UTF-8 byte-order mark so
 * spreadsheets read Cyrillic and Arabic, and cells that a spreadsheet would run as a formula
 * defused with a leading apostrophe.
 */
import type { Note } from '../factbase/schema';
import { actorNames, figureTexts, type ExportLookups } from './markdown';

/** The byte-order mark that tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** The columns, in order. */
export const CSV_COLUMNS = ['Title', 'Outlet', 'Published', 'URL', 'Quote', 'Note', 'Tags', 'Actors', 'Figures', 'Created', 'Updated', 'Id'] as const;

// OWASP's list: a cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts defused, quoted (double quotes doubled) when it holds a comma, quote or line break. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The notes as a CSV file's text (BOM, header row, one row per note, CRLF after every row). */
export function notesToCsv(notes: readonly Note[], lookups: ExportLookups = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const n of notes) {
    rows.push([
      n.title,
      n.outlet ?? '',
      n.publishedAt ?? '',
      n.url,
      n.quote,
      n.text,
      n.tags.join('; '),
      actorNames(n, lookups).join('; '),
      figureTexts(n, lookups).join('; '),
      n.createdAt,
      n.updatedAt,
      n.id,
    ]);
  }
  return UTF8_BOM + rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
