/**
 * One CSV record → one validated incident row (or the reason it is refused). Pure: dates at the
 * precision the data gives (GTD writes 0 for an unknown month or day), counts that may be empty
 * (unknown) but never non-numbers, and impossible dates refused rather than guessed.
 */
import type { ColumnMapping, IncidentField } from './csv-layouts';

/** An incident row that passed validation, in the dataset's own words (no fact-base ids yet). */
export interface IncidentRow {
  /** Record number in the file, counting the header as row 1 (as spreadsheets number rows). */
  row: number;
  id: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  country: string | null;
  region: string | null;
  city: string | null;
  perpetrator: string | null;
  otherActor: string | null;
  type: string;
  /** Deaths, or null when the dataset does not know. */
  killed: number | null;
  wounded: number | null;
  summary: string;
  citation: string | null;
}

/** Why a row was refused. */
export interface RowError {
  /** Record number in the file, counting the header as row 1. */
  row: number;
  /** The row's event id, when it has one. */
  id: string | null;
  reason: string;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

// Names GTD and ACLED use for "not known": treated as empty.
const UNKNOWN = new Set(['', 'unknown', 'n/a', 'na', 'null', 'none', '-']);

const pad = (n: number): string => String(n).padStart(2, '0');

function isRealDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A partial date from year, month and day, where 0 or empty means unknown (the GTD convention); a string reason when impossible. */
export function partialDate(year: string, month: string, day: string): string | { error: string } {
  const y = Number(year.trim());
  const m = month.trim() === '' ? 0 : Number(month.trim());
  const d = day.trim() === '' ? 0 : Number(day.trim());
  if (!Number.isInteger(y) || y < 1800 || y > 2200) return { error: `year "${year}" is not a year` };
  if (!Number.isInteger(m) || m < 0 || m > 12) return { error: `month "${month}" is not 0-12` };
  if (!Number.isInteger(d) || d < 0 || d > 31) return { error: `day "${day}" is not 0-31` };
  if (m === 0) return d === 0 ? String(y) : { error: `day ${d} given without a month` };
  if (d === 0) return `${y}-${pad(m)}`;
  if (!isRealDay(y, m, d)) return { error: `${y}-${pad(m)}-${pad(d)} is not a real date` };
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses an event date as ACLED writes it ("2022-01-05", "05 January 2022", "5-Jan-2022"), or a reason. */
export function parseEventDate(text: string): string | { error: string } {
  const s = text.trim();
  let m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(s);
  if (m) return partialDate(m[1]!, m[2] ?? '0', m[3] ?? '0');
  m = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(s);
  if (m) {
    const word = m[2]!.toLowerCase();
    const month = MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    if (month < 0) return { error: `"${m[2]}" is not a month` };
    return partialDate(m[3]!, String(month + 1), m[1]!);
  }
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  // Slashed dates are ambiguous (US month first vs. day first): refuse rather than guess.
  if (m) return { error: `"${s}" is ambiguous (day/month order); use YYYY-MM-DD` };
  return { error: s ? `"${s}" is not a date` : 'no date' };
}

/** Parses a count: empty or "unknown" is null; a non-negative whole number (GTD sometimes writes "7.0") is kept; anything else is a reason. */
export function parseCount(text: string | undefined, what: string): number | null | { error: string } {
  const s = (text ?? '').trim();
  if (UNKNOWN.has(s.toLowerCase())) return null;
  if (!/^\d+(\.0+)?$/.test(s.replace(/[\s,](?=\d{3}\b)/g, ''))) return { error: `${what} "${s}" is not a number` };
  return Number(s.replace(/[\s,](?=\d{3}\b)/g, ''));
}

const text = (v: string | undefined): string | null => {
  const s = (v ?? '').trim();
  return UNKNOWN.has(s.toLowerCase()) ? null : s;
};

/**
 * Validates one CSV record (column → cell) under a mapping. `extra` holds cells beyond the header
 * (a row with too many columns is refused: its columns may be shifted).
 */
export function toIncidentRow(
  record: Readonly<Record<string, string | undefined>>,
  mapping: ColumnMapping,
  row: number,
  extra: readonly string[] = [],
): IncidentRow | RowError {
  const cell = (f: IncidentField): string | undefined => {
    const col = mapping[f];
    return col === undefined ? undefined : record[col];
  };
  const id = (cell('id') ?? '').trim();
  const fail = (reason: string): RowError => ({ row, id: id || null, reason });
  if (extra.length > 0) return fail(`${extra.length} more column${extra.length > 1 ? 's' : ''} than the header`);
  const missingCols = Object.values(mapping).filter((c) => record[c] === undefined);
  if (missingCols.length > 0) return fail(`too few columns (no ${missingCols.slice(0, 3).join(', ')})`);
  if (!id) return fail('no event id');
  if (id.length > 150) return fail('event id longer than 150 characters');

  let date: string | { error: string };
  const dateCell = cell('date');
  if (dateCell !== undefined && dateCell.trim() !== '') date = parseEventDate(dateCell);
  else if (cell('year') !== undefined) date = partialDate(cell('year') ?? '', cell('month') ?? '', cell('day') ?? '');
  else date = { error: 'no date' };
  if (typeof date !== 'string') return fail(date.error);

  const killed = parseCount(cell('killed'), 'deaths');
  if (killed !== null && typeof killed === 'object') return fail(killed.error);
  const wounded = parseCount(cell('wounded'), 'wounded');
  if (wounded !== null && typeof wounded === 'object') return fail(wounded.error);

  const perpetrator = text(cell('perpetrator'));
  const otherActor = text(cell('otherActor'));
  const city = text(cell('city'));
  const region = text(cell('region'));
  const country = text(cell('country'));
  for (const [name, value] of [['perpetrator', perpetrator], ['actor', otherActor], ['place', city], ['region', region], ['country', country]] as const) {
    if (value && value.length > 300) return fail(`${name} name longer than 300 characters`);
  }
  return {
    row,
    id,
    date,
    country,
    region,
    city,
    perpetrator,
    otherActor,
    type: (text(cell('type')) ?? 'incident').slice(0, 100),
    killed,
    wounded,
    summary: (cell('summary') ?? '').trim(),
    citation: text(cell('citation')),
  };
}
