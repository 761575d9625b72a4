import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bundleFileName, checkUndoRecord, createFactbaseService } from '../../lib/background/factbase-service';
import { loadBundledDefault } from '../../lib/factbase/bundle';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { countRecords } from '../../lib/factbase/queries';
import type { Bundle } from '../../lib/factbase/schema';
import { actorsRevision } from '../../lib/factbase/revision';
import { previewIncidentCsv } from '../../lib/import/csv-incidents';
import { MAX_IMPORT_ROWS, parseEnvelope, type MessageType, type Request } from '../../lib/messaging/protocol';
import { claimRecord } from '../support/records';

const claim = claimRecord;

const BUNDLE: Bundle = {
  format: 'dossier-factbase',
  version: 1,
  actors: [
    { id: 'isil', type: 'organization', name: 'Islamic State', aliases: ['IS', 'Daesh'], description: 'Jihadist group.', origin: 'bundled' },
    { id: 'isis-dup', type: 'organization', name: 'ISIS', aliases: [], description: '', origin: 'user' },
    { id: 'aktobe', type: 'place', name: 'Aktobe', aliases: ['Aqtobe'], description: 'City.', origin: 'bundled' },
    { id: 'astana', type: 'place', name: 'Astana', aliases: ['Nur-Sultan'], description: 'Capital.', origin: 'bundled' },
  ],
  sources: [{ id: 's1', url: 'https://example.org/a', title: 'A', outlet: 'Ex', publishedAt: '2016-06-06', origin: 'bundled' }],
  incidents: [
    { id: 'i1', title: 'Aktobe attacks', date: '2016-06-05', place: 'aktobe', actors: [{ actorId: 'isil', role: 'perpetrator' }], type: 'attack', summary: '', sourceIds: ['s1'], origin: 'bundled' },
  ],
  claims: [
    claim('c1', { incidentId: 'i1', place: 'aktobe' }),
    claim('c2', { predicate: 'fighters-abroad', subject: 'isis-dup', asOf: '2015', value: 300, low: 301, high: null, qualifier: 'more-than' }),
  ],
};

let dbs: FactbaseDB[] = [];
let n = 0;
const fresh = async (bundle: Bundle | null = BUNDLE): Promise<FactbaseDB> => {
  const db = await openFactbase(`test-fbs-${++n}`);
  dbs.push(db);
  if (bundle) await loadBundledDefault(db, bundle);
  return db;
};
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

/** The request as the background receives it: through JSON (a message) and the protocol's schema. */
function received<K extends MessageType>(type: K, data: Request<K>): Request<K> {
  const env = parseEnvelope(JSON.parse(JSON.stringify({ dossier: type, data })));
  if (!env) throw new Error(`${type} refused at the boundary`);
  return env.data as Request<K>;
}

describe('fact-base service: browsing', () => {
  it('lists actors by name prefix and pages through them with a cursor', async () => {
    const s = createFactbaseService({ db: await fresh() });
    const found = await s.listActors(received('listActors', { search: 'nur' }));
    expect(found.items.map((a) => [a.id, a.matched])).toEqual([['astana', 'Nur-Sultan']]);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await s.listActors(received('listActors', { limit: 2, cursor }));
      expect(page.items.length).toBeLessThanOrEqual(2);
      ids.push(...page.items.map((a) => a.id));
      cursor = page.next;
    } while (cursor);
    expect(ids.sort()).toEqual(['aktobe', 'astana', 'isil', 'isis-dup']);
  });

  it('gives the actor page with claims grouped by claim key', async () => {
    const s = createFactbaseService({ db: await fresh() });
    const p = await s.actorProfile(received('actorProfile', { actorId: 'aktobe' }));
    expect(p?.incidents.map((i) => i.id)).toEqual(['i1']);
    expect(p?.claimGroups.flatMap((g) => g.series.map((x) => x.claimId))).toContain('c1');
    expect(await s.actorProfile(received('actorProfile', { actorId: 'nobody' }))).toBeNull();
  });
});

describe('fact-base service: edits and undo', () => {
  it('adds an alias, bumps the actors revision, and undoes it from an undo record that crossed a message', async () => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const rev = await actorsRevision(db);
    const r = await s.editFactbase(received('editFactbase', { op: 'addAlias', id: 'aktobe', alias: 'Актобе' }));
    expect(r.id).toBe('aktobe');
    expect((await db.get('actors', 'aktobe'))?.aliases).toEqual(['Aqtobe', 'Актобе']);
    expect(await actorsRevision(db)).toBeGreaterThan(rev);
    await s.undoEdit(received('undoEdit', { undo: r.undo }));
    expect((await db.get('actors', 'aktobe'))?.aliases).toEqual(['Aqtobe']);
  });

  it('merges two actors and undoes the merge exactly', async () => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const before = { actors: await db.getAll('actors'), claims: await db.getAll('claims') };
    const r = await s.editFactbase(received('editFactbase', { op: 'mergeActors', keepId: 'isil', dropId: 'isis-dup' }));
    expect(await db.get('actors', 'isis-dup')).toBeUndefined();
    expect(await db.get('claims', 'c2')).toMatchObject({ subject: 'isil' });
    await s.undoEdit(received('undoEdit', { undo: r.undo }));
    expect({ actors: await db.getAll('actors'), claims: await db.getAll('claims') }).toEqual(before);
  });

  it.each([
    ['saveIncident', { op: 'saveIncident', incident: { title: 'Raid in Astana', date: '2019-03', place: 'astana', actors: [], type: 'raid', summary: 'A raid.', sourceIds: [] } }],
    ['setClaimStatus', { op: 'setClaimStatus', id: 'c1', status: 'retracted' }],
    ['linkClaims', { op: 'linkClaims', incidentId: 'i1', claimIds: ['c2'] }],
    ['setActorType', { op: 'setActorType', id: 'isis-dup', type: 'person' }],
    ['renameActor', { op: 'renameActor', id: 'astana', name: 'Astana City' }],
  ] as const)('makes the %s edit and its undo puts everything back', async (_name, req) => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const snapshot = async (): Promise<unknown> => ({ a: await db.getAll('actors'), i: await db.getAll('incidents'), c: await db.getAll('claims') });
    const before = await snapshot();
    const r = await s.editFactbase(received('editFactbase', req as Request<'editFactbase'>));
    expect(await snapshot()).not.toEqual(before);
    await s.undoEdit(received('undoEdit', { undo: r.undo }));
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an edit of an unknown actor with a message', async () => {
    const s = createFactbaseService({ db: await fresh() });
    await expect(s.editFactbase(received('editFactbase', { op: 'deleteActor', id: 'nobody' }))).rejects.toThrow(/No actor with id "nobody"/);
  });

  it('refuses an undo record whose "before" is not a valid record, and changes nothing', async () => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const r = await s.editFactbase(received('editFactbase', { op: 'addAlias', id: 'aktobe', alias: 'Aktyubinsk' }));
    const bad = { ...r.undo, records: r.undo.records.map((x) => (x.store === 'actors' ? { ...x, before: { id: 'aktobe', name: 42 } } : x)) };
    await expect(s.undoEdit(received('undoEdit', { undo: bad }))).rejects.toThrow(/not valid/);
    expect((await db.get('actors', 'aktobe'))?.aliases).toContain('Aktyubinsk');
  });

  it('rebuilds index fields of an undo record from the record itself', () => {
    const undo = checkUndoRecord({
      label: 'x',
      at: '2026-01-01T00:00:00.000Z',
      records: [{ store: 'actors', id: 'a', before: { id: 'a', type: 'place', name: 'Almaty', aliases: ['Alma-Ata'], description: '', origin: 'user', aliasKeys: ['bogus'] }, after: null }],
    });
    expect((undo.records[0]!.before as { aliasKeys: string[] }).aliasKeys).toEqual(['almaty', 'alma ata']);
  });
});

describe('fact-base service: bundles', () => {
  it('exports the fact base as a bundle file that imports into an empty fact base', async () => {
    const s = createFactbaseService({ db: await fresh(), now: () => new Date(2026, 10, 21) });
    const file = await s.exportBundle(received('exportBundle', {}));
    expect(file.fileName).toBe('dossier-factbase-2026-11-21.json');
    expect(file.count).toBe(4 + 1 + 1 + 2);
    const empty = await fresh(null);
    const t = createFactbaseService({ db: empty });
    const report = await t.importBundle(received('importBundle', { content: file.content }));
    expect(report.actors.added).toBe(4);
    expect(await countRecords(empty)).toMatchObject({ actors: 4, incidents: 1, claims: 2, sources: 1 });
  });

  it('exports one actor with what hangs on it', async () => {
    const s = createFactbaseService({ db: await fresh(), now: () => new Date(2026, 0, 2) });
    const file = await s.exportBundle(received('exportBundle', { actorId: 'aktobe' }));
    expect(file.fileName).toBe('dossier-actor-aktobe-2026-01-02.json');
    const bundle = JSON.parse(file.content) as Bundle;
    expect(bundle.incidents.map((i) => i.id)).toEqual(['i1']);
    expect(bundle.actors.map((a) => a.id).sort()).toEqual(['aktobe', 'isil']);
  });

  it.each([
    ['not JSON', 'hello, world', /not JSON/],
    ['another format', JSON.stringify({ format: 'something-else', version: 1 }), /bundle/i],
    ['a claim citing a missing source', JSON.stringify({ ...BUNDLE, sources: [], claims: [claim('zz', { sourceId: 'nowhere' })], actors: [], incidents: [] }), /nowhere/],
  ])('refuses %s with a clear message and changes nothing', async (_what, content, msg) => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const before = await countRecords(db);
    await expect(s.importBundle(received('importBundle', { content }))).rejects.toThrow(msg);
    expect(await countRecords(db)).toEqual(before);
  });

  it('names bundle files after the day and actor', () => {
    expect(bundleFileName(new Date(2025, 1, 3), 'user-a b/c')).toBe('dossier-actor-user-a-b-c-2025-02-03.json');
  });
});

describe('fact-base service: CSV incidents', () => {
  const csv = readFileSync(join(__dirname, '../fixtures/csv/gtd-sample.csv'), 'utf8');

  it('commits previewed GTD rows sent as a message, and a second import updates instead of duplicating', async () => {
    const db = await fresh();
    const s = createFactbaseService({ db });
    const preview = await previewIncidentCsv(csv, { fileName: 'gtd-sample.csv' });
    expect(preview.layout).toBe('gtd');
    const req = {
      layout: preview.layout,
      fileName: preview.fileName,
      header: preview.header,
      mapping: preview.mapping as Request<'importIncidents'>['mapping'],
      rows: preview.rows,
      errorCount: preview.errorCount,
      rowCount: preview.rowCount,
      skipBadRows: preview.errorCount > 0,
    };
    const before = await countRecords(db);
    const report = await s.importIncidents(received('importIncidents', req));
    expect(report.incidents.added).toBe(preview.rows.length);
    expect((await countRecords(db)).incidents).toBe(before.incidents + preview.rows.length);
    const again = await s.importIncidents(received('importIncidents', req));
    expect(again.incidents).toMatchObject({ added: 0, updated: preview.rows.length });
  });

  it('refuses a commit with refused rows the user did not confirm skipping', async () => {
    const s = createFactbaseService({ db: await fresh() });
    const preview = await previewIncidentCsv(csv);
    const req = { layout: preview.layout, fileName: null, header: preview.header, mapping: preview.mapping as Request<'importIncidents'>['mapping'], rows: preview.rows, errorCount: 3, rowCount: preview.rowCount + 3, skipBadRows: false };
    await expect(s.importIncidents(received('importIncidents', req))).rejects.toThrow(/confirm importing only/);
  });

  it.each([
    ['too many rows', (r: Record<string, unknown>) => ({ ...r, rows: Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => (r.rows as unknown[])[0]) })],
    ['an impossible date', (r: Record<string, unknown>) => ({ ...r, rows: [{ ...(r.rows as object[])[0], date: '2016-13-01' }] })],
    ['a negative count', (r: Record<string, unknown>) => ({ ...r, rows: [{ ...(r.rows as object[])[0], killed: -1 }] })],
    ['an unknown field in the mapping', (r: Record<string, unknown>) => ({ ...r, mapping: { nonsense: 'x' } })],
  ])('refuses a message with %s at the boundary', async (_what, change) => {
    const preview = await previewIncidentCsv(csv);
    const ok = { layout: preview.layout, fileName: null, header: preview.header, mapping: preview.mapping, rows: preview.rows, errorCount: 0, rowCount: preview.rowCount, skipBadRows: false };
    expect(parseEnvelope({ dossier: 'importIncidents', data: ok })).not.toBeNull();
    expect(parseEnvelope({ dossier: 'importIncidents', data: change(ok) })).toBeNull();
  });
});
