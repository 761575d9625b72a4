/**
 * The incident-data layouts analysts export (Global Terrorism Database, ACLED), told apart by
 * their header, and the column mapping from a file's columns to the fields an incident needs.
 * The mapping is shown to the user before import and can be overridden. Pure.
 */

/** A known incident-data layout, or `unknown` (columns guessed from their names). */
export type CsvLayout = 'gtd' | 'acled' | 'unknown';

/** The fields an imported incident row can fill. */
export const INCIDENT_FIELDS = [
  'id',
  'date',
  'year',
  'month',
  'day',
  'country',
  'region',
  'city',
  'perpetrator',
  'otherActor',
  'type',
  'killed',
  'wounded',
  'summary',
  'citation',
] as const;

/** One field an imported incident row can fill. */
export type IncidentField = (typeof INCIDENT_FIELDS)[number];

/** Which column (by its header text) fills each field; fields left out stay empty. */
export type ColumnMapping = Partial<Record<IncidentField, string>>;

/** What the header says about a file: its layout, the proposed mapping, and required fields it lacks. */
export interface LayoutDetection {
  layout: CsvLayout;
  /** The dataset's name, used as the outlet of its claims. */
  dataset: string;
  header: string[];
  mapping: ColumnMapping;
  /** Required fields no column fills (`id`, and `date` or `year`). */
  missing: IncidentField[];
}

/** The outlet name of each layout's dataset. */
export const DATASET_NAMES: Readonly<Record<CsvLayout, string>> = {
  gtd: 'Global Terrorism Database',
  acled: 'ACLED',
  unknown: 'Imported incident data',
};

const GTD_MAPPING: ColumnMapping = {
  id: 'eventid',
  year: 'iyear',
  month: 'imonth',
  day: 'iday',
  country: 'country_txt',
  region: 'provstate',
  city: 'city',
  perpetrator: 'gname',
  type: 'attacktype1_txt',
  killed: 'nkill',
  wounded: 'nwound',
  summary: 'summary',
  citation: 'scite1',
};

const ACLED_MAPPING: ColumnMapping = {
  id: 'event_id_cnty',
  date: 'event_date',
  type: 'event_type',
  perpetrator: 'actor1',
  otherActor: 'actor2',
  country: 'country',
  region: 'admin1',
  city: 'location',
  killed: 'fatalities',
  summary: 'notes',
  citation: 'source',
};

// Columns whose presence identifies a layout; a file needs all of them to be taken for it.
const SIGNATURES: ReadonlyArray<[CsvLayout, readonly string[], ColumnMapping]> = [
  ['gtd', ['eventid', 'iyear', 'imonth', 'iday', 'gname'], GTD_MAPPING],
  ['acled', ['event_id_cnty', 'event_date', 'actor1', 'fatalities'], ACLED_MAPPING],
];

// For other files: header names (folded) that usually hold each field, most specific first.
const SYNONYMS: ReadonlyArray<[IncidentField, readonly string[]]> = [
  ['id', ['eventid', 'event_id', 'event_id_cnty', 'id', 'incident_id', 'incidentid']],
  ['date', ['event_date', 'date', 'incident_date']],
  ['year', ['iyear', 'year']],
  ['month', ['imonth', 'month']],
  ['day', ['iday', 'day']],
  ['country', ['country_txt', 'country']],
  ['region', ['provstate', 'admin1', 'region', 'province', 'state', 'oblast']],
  ['city', ['city', 'location', 'place', 'town']],
  ['perpetrator', ['gname', 'actor1', 'perpetrator', 'group', 'perpetrator_group']],
  ['otherActor', ['actor2', 'target', 'target1']],
  ['type', ['attacktype1_txt', 'event_type', 'type', 'attack_type']],
  ['killed', ['nkill', 'fatalities', 'killed', 'deaths', 'dead']],
  ['wounded', ['nwound', 'wounded', 'injured', 'injuries']],
  ['summary', ['summary', 'notes', 'description']],
  ['citation', ['scite1', 'source', 'citation']],
];

const fold = (h: string): string => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Required fields the mapping leaves empty. */
export function missingFields(mapping: ColumnMapping, header: readonly string[]): IncidentField[] {
  const has = (f: IncidentField): boolean => {
    const col = mapping[f];
    return col !== undefined && header.includes(col);
  };
  const missing: IncidentField[] = [];
  if (!has('id')) missing.push('id');
  if (!has('date') && !has('year')) missing.push('date');
  return missing;
}

/** Detects the layout from the header and proposes a column mapping (header names as written in the file). */
export function detectLayout(header: readonly string[]): LayoutDetection {
  const byFolded = new Map<string, string>();
  for (const h of header) if (!byFolded.has(fold(h))) byFolded.set(fold(h), h);
  const resolve = (mapping: ColumnMapping): ColumnMapping => {
    const out: ColumnMapping = {};
    for (const [field, col] of Object.entries(mapping) as Array<[IncidentField, string]>) {
      const actual = byFolded.get(fold(col));
      if (actual !== undefined) out[field] = actual;
    }
    return out;
  };
  for (const [layout, required, mapping] of SIGNATURES) {
    if (required.every((c) => byFolded.has(c))) {
      const resolved = resolve(mapping);
      return { layout, dataset: DATASET_NAMES[layout], header: [...header], mapping: resolved, missing: missingFields(resolved, header) };
    }
  }
  const guessed: ColumnMapping = {};
  const used = new Set<string>();
  for (const [field, names] of SYNONYMS) {
    const col = names.map((n) => byFolded.get(n)).find((c) => c !== undefined && !used.has(c));
    if (col !== undefined) {
      guessed[field] = col;
      used.add(col);
    }
  }
  return { layout: 'unknown', dataset: DATASET_NAMES.unknown, header: [...header], mapping: guessed, missing: missingFields(guessed, header) };
}
