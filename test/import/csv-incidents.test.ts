import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzePage } from '../../lib/engine/analyze-page';
import { loadBundledDefault, parseBundle } from '../../lib/factbase/bundle';
import { exportBundle } from '../../lib/factbase/bundle-io';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { setClaimStatus } from '../../lib/factbase/edit';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { actorsRevision } from '../../lib/factbase/revision';
import { commitIncidentImport } from '../../lib/factbase/incident-import';
import {
  CsvImportError,
  detectCsvLayout,
  previewIncidentCsv,
  readCsvHeader,
} from '../../lib/import/csv-incidents';
import { detectLayout } from '../../lib/import/csv-layouts';
import { parseCount, parseEventDate, partialDate } from '../../lib/import/incident-rows';

const GTD = readFileSync('test/fixtures/csv/gtd-sample.csv', 'utf8');
const ACLED = readFileSync('test/fixtures/csv/acled-sample.csv', 'utf8');
const DEFAULT_BUNDLE = parseBundle(JSON.parse(readFileSync('data/factbase.json', 'utf8')));

let db: FactbaseDB | undefined;
let n = 0;
const fresh = async (withDefault = true): Promise<FactbaseDB> => {
  db = await openFactbase(`test-csv-${++n}`);
  if (withDefault) await loadBundledDefault(db, DEFAULT_BUNDLE);
  return db;
};
afterEach(() => db?.close());

describe('detectLayout', () => {
  it.each([
    ['GTD', GTD.split('\n')[0]!, 'gtd', { id: 'eventid', year: 'iyear', killed: 'nkill', wounded: 'nwound', city: 'city', perpetrator: 'gname' }],
    ['ACLED (with its extra columns)', ACLED.split('\n')[0]!, 'acled', { id: 'event_id_cnty', date: 'event_date', killed: 'fatalities', city: 'location', perpetrator: 'actor1' }],
    ['a GTD header in other case and order', 'NKILL,GName,EventID,IYear,IMonth,IDay,City', 'gtd', { id: 'EventID', killed: 'NKILL', perpetrator: 'GName' }],
    ['an unknown layout, by column names', 'ID,Date,Town,Deaths,Group,Description', 'unknown', { id: 'ID', date: 'Date', city: 'Town', killed: 'Deaths', perpetrator: 'Group', summary: 'Description' }],
  ])('detects %s', (_name, header, layout, mapping) => {
    const d = detectLayout(header.split(','));
    expect(d.layout).toBe(layout);
    expect(d.mapping).toMatchObject(mapping);
    expect(d.missing).toEqual([]);
  });

  it('reports required fields no column fills', () => {
    expect(detectLayout(['Town', 'Deaths']).missing).toEqual(['id', 'date']);
  });

  it('reads the header from a string or a Blob', async () => {
    expect((await detectCsvLayout(GTD)).layout).toBe('gtd');
    expect((await detectCsvLayout(new Blob([ACLED]))).layout).toBe('acled');
    expect(await readCsvHeader('a, b ,c\n1,2,3')).toEqual(['a', 'b', 'c']);
    await expect(readCsvHeader('')).rejects.toThrow(CsvImportError);
  });
});

describe('row values', () => {
  it.each([
    ['2022-01-05', '2022-01-05'],
    ['05 January 2022', '2022-01-05'],
    ['5 january 2022', '2022-01-05'],
    ['05-Jan-2022', '2022-01-05'],
    ['2022-01', '2022-01'],
    ['2022', '2022'],
  ])('reads the event date "%s" as %s', (text, date) => {
    expect(parseEventDate(text)).toBe(date);
  });

  it.each([['31 February 2022'], ['2022-13-01'], ['01/05/2022'], ['yesterday'], ['']])('refuses the event date "%s"', (text) => {
    expect(parseEventDate(text)).toHaveProperty('error');
  });

  it.each([
    ['2016', '6', '5', '2016-06-05'],
    ['2012', '0', '0', '2012'],
    ['2012', '11', '0', '2012-11'],
    ['2016', '2', '29', '2016-02-29'],
  ])('reads GTD year %s month %s day %s (0 = unknown) as %s', (y, m, d, date) => {
    expect(partialDate(y, m, d)).toBe(date);
  });

  it.each([
    ['2015', '2', '30'],
    ['2012', '0', '5'],
    ['2012', '13', '1'],
    ['', '1', '1'],
  ])('refuses GTD year %s month %s day %s', (y, m, d) => {
    expect(partialDate(y, m, d)).toHaveProperty('error');
  });

  it.each([
    ['', null],
    ['Unknown', null],
    ['7', 7],
    ['7.0', 7],
    ['1,234', 1234],
  ])('reads the count "%s" as %s', (text, value) => {
    expect(parseCount(text, 'deaths')).toBe(value);
  });

  it.each([['several'], ['-3'], ['2.5'], ['about 10']])('refuses the count "%s"', (text) => {
    expect(parseCount(text, 'deaths')).toHaveProperty('error');
  });
});

describe('previewIncidentCsv', () => {
  it.each([
    [
      'GTD',
      GTD,
      'gtd',
      8,
      [
        [10, null, /no event id/],
        [11, '201405010001', /"several" is not a number/],
        [12, '201502300001', /not a real date/],
        [13, '201603010001', /more column/],
        [14, '201701010001', /unbalanced quotes/],
      ],
    ],
    [
      'ACLED',
      ACLED,
      'acled',
      6,
      [
        [8, null, /no event id/],
        [9, 'KAZ4077', /"about 10" is not a number/],
        [10, 'KAZ4090', /not a real date/],
        [11, 'KAZ4101', /more column/],
        [12, 'KAZ4110', /unbalanced quotes/],
      ],
    ],
  ] as const)('keeps the good %s rows and reports each bad row with its number and reason', async (_name, text, layout, good, errors) => {
    const p = await previewIncidentCsv(text);
    expect(p.layout).toBe(layout);
    expect(p.rows).toHaveLength(good);
    expect(p.rowCount).toBe(good + errors.length);
    expect(p.errorCount).toBe(errors.length);
    expect(p.errors.map((e) => [e.row, e.id])).toEqual(errors.map(([row, id]) => [row, id]));
    p.errors.forEach((e, i) => expect(e.reason).toMatch(errors[i]![2]));
  });

  it('keeps quoted commas and newlines, empty counts and unknown months', async () => {
    const p = await previewIncidentCsv(GTD);
    const taraz = p.rows.find((r) => r.id === '201111120002')!;
    expect(taraz.summary).toContain('officers in Taraz city, Zhambyl province, Kazakhstan.\nSeven people');
    expect(taraz.citation).toBe('"Gunman Kills Seven in Southern Kazakhstan," Reuters, November 12, 2011.');
    expect(p.rows.find((r) => r.id === '201211000001')).toMatchObject({ date: '2012-11', killed: null, wounded: 0 });
    expect(p.rows.find((r) => r.id === '201200000001')).toMatchObject({ date: '2012', city: 'Boralday' });
    expect(p.rows.find((r) => r.id === '201607180001')?.perpetrator).toBeNull();
  });

  it.each([[64], [200], [1000], [1 << 20]])('gives the same result and rising progress up to 1 with chunks of %i characters', async (chunkSize) => {
    const whole = await previewIncidentCsv(ACLED);
    const progress: number[] = [];
    const p = await previewIncidentCsv(ACLED, { chunkSize, onProgress: (f) => progress.push(f) });
    expect(p).toEqual(whole);
    expect(progress.at(-1)).toBe(1);
    expect(progress.every((f, i) => f >= 0 && f <= 1 && (i === 0 || f >= progress[i - 1]!))).toBe(true);
    if (chunkSize < 1000) expect(progress.length).toBeGreaterThan(2);
  });

  it.each([
    ['a byte-order mark', `\ufeff${GTD}`],
    ['Windows line endings', GTD.replace(/\n/g, '\r\n')],
  ])('reads a file with %s', async (_name, text) => {
    const p = await previewIncidentCsv(text, { chunkSize: 128 });
    expect(p.layout).toBe('gtd');
    expect(p.rows.map((r) => r.id)).toEqual((await previewIncidentCsv(GTD)).rows.map((r) => r.id));
    expect(p.errorCount).toBe(5);
  });

  it('reads a Blob', async () => {
    const p = await previewIncidentCsv(new Blob([GTD], { type: 'text/csv' }), { fileName: 'gtd.csv', chunkSize: 256 });
    expect(p.rows).toHaveLength(8);
    expect(p.fileName).toBe('gtd.csv');
  });

  it('stops when aborted between chunks, and rejects with the reason', async () => {
    const ctrl = new AbortController();
    let calls = 0;
    const run = previewIncidentCsv(GTD, {
      chunkSize: 64,
      signal: ctrl.signal,
      onProgress: () => {
        if (++calls === 2) ctrl.abort(new Error('user cancelled'));
      },
    });
    await expect(run).rejects.toThrow('user cancelled');
    expect(calls).toBe(2);
  });

  it('rejects at once with an already aborted signal', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(previewIncidentCsv(GTD, { signal: ctrl.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('uses the user mapping over the detected one', async () => {
    const csv = 'Ref,When,Town,Dead,Who,Text\nR1,2016-06-05,Aktobe,7,Unknown,\nR2,2016-07-18,Almaty,10,,Shooting in Almaty.\n';
    const detected = await detectCsvLayout(csv);
    expect(detected.layout).toBe('unknown');
    expect(detected.missing).toEqual(['id', 'date']);
    await expect(previewIncidentCsv(csv)).rejects.toThrow(/No column is mapped to id and date/);
    const p = await previewIncidentCsv(csv, {
      mapping: { ...detected.mapping, id: 'Ref', date: 'When', city: 'Town', killed: 'Dead', perpetrator: 'Who', summary: 'Text' },
    });
    expect(p.errors).toEqual([]);
    expect(p.rows.map((r) => [r.id, r.date, r.city, r.killed, r.perpetrator])).toEqual([
      ['R1', '2016-06-05', 'Aktobe', 7, null],
      ['R2', '2016-07-18', 'Almaty', 10, null],
    ]);
  });

  it('refuses a mapping that names a column the file lacks', async () => {
    await expect(previewIncidentCsv(GTD, { mapping: { id: 'eventid', year: 'iyear', killed: 'deaths' } })).rejects.toThrow(/killed → "deaths"/);
  });
});

describe('commitIncidentImport', () => {
  it('refuses to import while rows were refused, unless the user confirms keeping the good ones', async () => {
    const d = await fresh();
    const p = await previewIncidentCsv(GTD, { fileName: 'gtd.csv' });
    await expect(commitIncidentImport(d, p)).rejects.toThrow(/5 row\(s\) were refused/);
    expect(await d.count('incidents')).toBe(DEFAULT_BUNDLE.incidents.length);
  });

  it('turns GTD rows into incidents, killed and wounded claims, one dataset source and actors found or created', async () => {
    const d = await fresh();
    const rev = await actorsRevision(d);
    const p = await previewIncidentCsv(GTD, { fileName: 'gtd.csv' });
    const progress: number[] = [];
    const report = await commitIncidentImport(d, p, { skipBadRows: true, onProgress: (f) => progress.push(f) });
    expect(progress.at(-1)).toBe(1);
    expect(report.incidents).toEqual({ added: 8, updated: 0, kept: 0 });
    // 7 killed figures (one row has none) + 8 wounded figures.
    expect(report.claims).toEqual({ added: 15, updated: 0, kept: 0 });

    const source = await d.get('sources', report.sourceId);
    expect(source).toMatchObject({ outlet: 'Global Terrorism Database', origin: 'import', url: null });
    expect((await d.getAllFromIndex('claims', 'by-source', report.sourceId)).length).toBe(15);

    const aktobe = await d.get('incidents', 'gtd-201606050001');
    expect(aktobe).toMatchObject({ date: '2016-06-05', place: 'aktobe', type: 'Armed Assault', sourceIds: [report.sourceId], origin: 'import' });
    const killed = await d.get('claims', 'gtd-201606050001#killed');
    expect(killed).toMatchObject({
      predicate: 'killed',
      unit: 'count',
      value: 7,
      low: 7,
      high: 7,
      qualifier: 'exact',
      counted: null,
      place: 'aktobe',
      asOf: '2016-06-05',
      incidentId: 'gtd-201606050001',
      outlet: 'Global Terrorism Database',
      status: 'active',
      origin: 'import',
      // An imported toll is keyed by its incident: news pages about the same event link to it.
      key: 'killed|count|incident:gtd-201606050001',
    });
    expect(killed?.quote).toMatch(/^06\/05\/2016: Assailants attacked/);
    expect(await d.get('claims', 'gtd-201606050001#wounded')).toMatchObject({ predicate: 'wounded', value: 37, key: 'wounded|count|incident:gtd-201606050001' });
    expect(await d.get('claims', 'gtd-201211000001#killed')).toBeUndefined();

    // "ISIL" in the GTD group name finds the bundled Islamic State; unknown names become import actors.
    expect((await d.get('incidents', 'gtd-201807290002'))?.actors).toEqual([{ actorId: 'islamic-state', role: 'perpetrator' }]);
    const jund = (await d.get('incidents', 'gtd-201110310001'))!.actors[0]!.actorId;
    expect((await d.get('incidents', 'gtd-201111120002'))!.actors[0]!.actorId).toBe(jund);
    expect(await d.get('actors', jund)).toMatchObject({ name: 'Jund al-Khilafah', type: 'organization', origin: 'import' });
    const boralday = (await d.get('incidents', 'gtd-201200000001'))!.place!;
    expect(await d.get('actors', boralday)).toMatchObject({ name: 'Boralday', type: 'place', origin: 'import' });
    expect((await d.get('incidents', 'gtd-201607180001'))?.actors).toEqual([]);
    expect(report.createdActorIds).toContain(boralday);
    expect(await actorsRevision(d)).toBe(rev + 1);
  });

  it.each([
    ['Almaty', 'At least 225 people were killed in Almaty during the unrest of January 2022, prosecutors said.', ACLED, 'acled-KAZ4021#killed'],
    ['Aktobe', 'Seven people were killed in Aktobe on 5 June 2016, officials said.', GTD, 'gtd-201606050001#killed'],
  ])('links a news page\'s %s death toll to the imported incident, so both share one claim key', async (_place, page, csv, claimId) => {
    const d = await fresh();
    await commitIncidentImport(d, await previewIncidentCsv(csv), { skipBadRows: true });
    const stored = (await d.get('claims', claimId))!;
    const fb = MemoryFactbase.fromBundle(await exportBundle(d));
    const read = await analyzePage({ label: 'page', url: null, title: null, publishedAt: '2022-02-01', siteName: null, text: page }, fb, { remember: false });
    const pageClaim = read.claims.find((c) => c.predicate === 'killed')!;
    expect(pageClaim.incident).toBe(stored.incidentId);
    expect(stored.key).toBe(pageClaim.key);
    // The page lists the imported incident among its incidents, with the imported toll beside its own.
    expect(read.incidents.map((i) => i.id)).toContain(stored.incidentId);
  });

  it('imports ACLED rows with actor1 as perpetrator and actor2 as the other party, and reuses one actor per name', async () => {
    const d = await fresh();
    const report = await commitIncidentImport(d, await previewIncidentCsv(ACLED, { fileName: 'acled.csv' }), { skipBadRows: true });
    expect(report.incidents.added).toBe(6);
    expect(report.claims.added).toBe(5);
    const inc = (await d.get('incidents', 'acled-KAZ4035'))!;
    expect(inc).toMatchObject({ date: '2022-01-06', place: 'almaty', title: 'Battles in Almaty' });
    expect(inc.actors.map((a) => a.role)).toEqual(['perpetrator', 'other']);
    expect((await d.get('sources', report.sourceId))?.outlet).toBe('ACLED');
    expect(await d.get('claims', 'acled-KAZ4052#killed')).toMatchObject({ place: 'taraz', value: 3, asOf: '2022-01-07', claimant: 'Tengrinews' });
    const names = (await d.getAll('actors')).filter((a) => a.origin === 'import').map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(['Zhanaozen', 'Batken', 'Khorog', 'Rioters (Kazakhstan)']));
  });

  it('writes a generated sentence as the quote when the row has no summary', async () => {
    const d = await fresh();
    const csv = 'Ref,When,Town,Dead\nR1,2016-06-05,Aktobe,7\n';
    const p = await previewIncidentCsv(csv, { mapping: { id: 'Ref', date: 'When', city: 'Town', killed: 'Dead' } });
    const report = await commitIncidentImport(d, p, { outlet: 'My spreadsheet' });
    const [claim] = await d.getAllFromIndex('claims', 'by-source', report.sourceId);
    expect(claim?.quote).toBe('My spreadsheet records 7 killed in Aktobe on 2016-06-05.');
    expect(claim?.outlet).toBe('My spreadsheet');
  });

  it('updates instead of duplicating on a second import, and keeps records the user edited', async () => {
    const d = await fresh();
    const p = await previewIncidentCsv(GTD, { fileName: 'gtd.csv' });
    await commitIncidentImport(d, p, { skipBadRows: true });
    const counts = [await d.count('actors'), await d.count('incidents'), await d.count('claims'), await d.count('sources')];
    await setClaimStatus(d, 'gtd-201606050001#killed', 'retracted');
    const again = await commitIncidentImport(d, p, { skipBadRows: true });
    expect(again.incidents).toEqual({ added: 0, updated: 8, kept: 0 });
    expect(again.claims).toEqual({ added: 0, updated: 14, kept: 1 });
    expect(again.actors.created).toBe(0);
    expect([await d.count('actors'), await d.count('incidents'), await d.count('claims'), await d.count('sources')]).toEqual(counts);
    expect((await d.get('claims', 'gtd-201606050001#killed'))?.status).toBe('retracted');
  });

  it('writes nothing when aborted', async () => {
    const d = await fresh();
    const before = [await d.count('actors'), await d.count('incidents'), await d.count('claims'), await d.count('sources')];
    const ctrl = new AbortController();
    const p = await previewIncidentCsv(GTD);
    const run = commitIncidentImport(d, p, { skipBadRows: true, signal: ctrl.signal, onProgress: () => undefined });
    ctrl.abort(new Error('stop'));
    await expect(run).rejects.toThrow('stop');
    expect([await d.count('actors'), await d.count('incidents'), await d.count('claims'), await d.count('sources')]).toEqual(before);
  });
});
