import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, buildBackup, parseBackup } from '../../lib/export/backup';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { toStoredActor, toStoredClaim, toStoredIncident } from '../../lib/factbase/records';
import { findActorsByAlias, claimsBySource } from '../../lib/factbase/queries';
import { actorsRevision } from '../../lib/factbase/revision';
import type { Actor, Claim, Incident, Note, Source } from '../../lib/factbase/schema';
import { exportBackupData, importBackup } from '../../lib/factbase/backup-data';
import { allTags, deleteNote, listNotes, lookupsForNotes, NoteError, restoreNote, saveNote } from '../../lib/factbase/notes';

let n = 0;
const opened: FactbaseDB[] = [];
const fresh = async () => {
  const db = await openFactbase(`test-notes-${++n}`);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const note = (id: string, over: Partial<Note> = {}): Note => ({
  id,
  url: 'https://central.asia-news.com/en_GB/articles/1',
  title: 'Kazakhstan says 300 citizens fought abroad',
  outlet: 'Caravanserai',
  publishedAt: '2016-07-05',
  quote: 'more than 300 citizens had left the country',
  selectors: [
    { type: 'TextQuoteSelector', exact: 'more than 300 citizens had left the country', prefix: 'Officials said ', suffix: ' to fight' },
    { type: 'TextPositionSelector', start: 15, end: 58 },
  ],
  text: 'Compare with the 2015 estimate — сравнить, قارن.',
  tags: ['foreign fighters'],
  actorIds: ['user-knb'],
  claimIds: ['c-user'],
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...over,
});

const userActor: Actor = { id: 'user-knb', type: 'organization', name: 'National Security Committee', aliases: ['KNB', 'КНБ'], description: 'Kazakhstan’s security service', origin: 'user', updatedAt: '2026-11-01T00:00:00.000Z' };
const bundledActor: Actor = { id: 'isil', type: 'organization', name: 'Islamic State', aliases: ['Daesh'], description: 'd', origin: 'bundled' };
const source: Source = { id: 's-user', url: 'https://example.org/a', title: 'A', outlet: 'Ex', publishedAt: '2016-07', origin: 'read', readAt: '2026-11-20T00:00:00.000Z' };
const incident: Incident = { id: 'i-user', title: 'Raid', date: '2016-06-05', place: 'aktobe', actors: [{ actorId: 'user-knb', role: 'authority' }], type: 'raid', summary: 's', sourceIds: ['s-user'], origin: 'user' };
const claim: Claim = {
  id: 'c-user', predicate: 'detained', counted: 'people', subject: null, incidentId: 'i-user', place: null, value: 12, low: 12, high: 12,
  qualifier: 'exact', unit: 'count', asOf: null, claimant: null, outlet: 'Ex', sourceId: 's-user', figureText: '12 people',
  quote: 'Police detained 12 people.', status: 'active', origin: 'read',
};

async function seed(db: FactbaseDB) {
  const tx = db.transaction(['actors', 'sources', 'incidents', 'claims'], 'readwrite');
  await tx.objectStore('actors').put(toStoredActor(userActor));
  await tx.objectStore('actors').put(toStoredActor(bundledActor));
  await tx.objectStore('sources').put(source);
  await tx.objectStore('incidents').put(toStoredIncident(incident));
  await tx.objectStore('claims').put(toStoredClaim(claim, incident));
  await tx.done;
  await saveNote(db, note('n1'), new Date('2026-11-21T10:00:00.000Z'));
  await saveNote(db, note('n2', { tags: ['KNB', 'foreign fighters'], url: 'https://www.rferl.org/a/2', title: 'Another', createdAt: '2026-11-22T10:00:00.000Z' }), new Date('2026-11-22T10:00:00.000Z'));
}

const NOW = new Date('2026-11-23T00:00:00.000Z');
const backupJson = async (db: FactbaseDB) => JSON.stringify(buildBackup(await exportBackupData(db), NOW));
const snapshot = async (db: FactbaseDB) => {
  const tx = db.transaction(['notes', 'actors', 'sources', 'incidents', 'claims', 'meta']);
  const all = await Promise.all(['notes', 'actors', 'sources', 'incidents', 'claims', 'meta'].map((s) => tx.objectStore(s as 'notes').getAll()));
  await tx.done;
  return JSON.stringify(all);
};

describe('saveNote, deleteNote, restoreNote', () => {
  it('inserts, then updates keeping createdAt and moving updatedAt', async () => {
    const db = await fresh();
    await saveNote(db, note('n1'), new Date('2026-11-21T10:00:00.000Z'));
    const updated = await saveNote(db, note('n1', { text: 'edited', createdAt: '2030-01-01T00:00:00.000Z' }), new Date('2026-11-25T08:00:00.000Z'));
    expect(updated).toMatchObject({ text: 'edited', createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-25T08:00:00.000Z' });
    expect(await db.get('notes', 'n1')).toEqual(updated);
  });

  it('refuses a note that does not fit the schema, naming the field', async () => {
    const db = await fresh();
    await expect(saveNote(db, { ...note('n1'), tags: [1 as unknown as string] })).rejects.toThrow(NoteError);
    await expect(saveNote(db, { ...note('n1'), tags: [1 as unknown as string] })).rejects.toThrow(/tags\.0/);
    expect(await db.count('notes')).toBe(0);
  });

  it('loses none of 50 notes saved at once', async () => {
    const db = await fresh();
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveNote(db, note(`n${i}`))));
    expect(await db.count('notes')).toBe(50);
  });

  it('keeps the last of 50 concurrent edits of one note, whole', async () => {
    const db = await fresh();
    await Promise.all(Array.from({ length: 50 }, (_, i) => saveNote(db, note('same', { text: `edit ${i}` }))));
    expect(await db.count('notes')).toBe(1);
    expect((await db.get('notes', 'same'))!.text).toBe('edit 49');
  });

  it('returns the deleted note for undo, and restores it exactly', async () => {
    const db = await fresh();
    const saved = await saveNote(db, note('n1'));
    const deleted = await deleteNote(db, 'n1');
    expect(deleted).toEqual(saved);
    expect(await db.get('notes', 'n1')).toBeUndefined();
    await restoreNote(db, deleted!);
    expect(await db.get('notes', 'n1')).toEqual(saved);
    expect(await deleteNote(db, 'missing')).toBeUndefined();
  });
});

describe('listNotes and allTags', () => {
  it.each([
    ['text in the note, accents and case ignored', { text: 'COMPARE estimate' }, ['n2', 'n1']],
    ['text in another script', { text: 'сравнить' }, ['n2', 'n1']],
    ['text found nowhere', { text: 'nowhere' }, []],
    ['an actor', { actorId: 'user-knb' }, ['n2', 'n1']],
    ['a tag, case ignored', { tag: 'knb' }, ['n2']],
    ['a site, www ignored', { host: 'rferl.org' }, ['n2']],
    ['a site given as a URL', { host: 'https://central.asia-news.com/' }, ['n1']],
    ['a date range', { from: '2026-11-22', to: '2026-11-22' }, ['n2']],
    ['oldest first', { order: 'asc' }, ['n1', 'n2']],
    ['by title', { sort: 'title' }, ['n2', 'n1']],
    ['by update', { sort: 'updated' }, ['n2', 'n1']],
  ] as const)('filters and sorts by %s', async (_name, filter, ids) => {
    const db = await fresh();
    await seed(db);
    expect((await listNotes(db, filter)).map((x) => x.id)).toEqual(ids);
  });

  it('counts tags across notes, most used first', async () => {
    const db = await fresh();
    await seed(db);
    expect(await allTags(db)).toEqual([{ tag: 'foreign fighters', count: 2 }, { tag: 'KNB', count: 1 }]);
  });

  it('looks up the names of linked actors and figures', async () => {
    const db = await fresh();
    await seed(db);
    const lookups = await lookupsForNotes(db, await listNotes(db));
    expect(lookups.actors.get('user-knb')?.name).toBe('National Security Committee');
    expect(lookups.claims.get('c-user')?.figureText).toBe('12 people');
  });
});

describe('backup export and import', () => {
  it('exports notes and user records only, without index fields', async () => {
    const db = await fresh();
    await seed(db);
    const data = await exportBackupData(db);
    expect(data.actors.map((a) => a.id)).toEqual(['user-knb']);
    expect(data.actors[0]).not.toHaveProperty('aliasKeys');
    expect(data.incidents[0]).not.toHaveProperty('actorIds');
    expect(data.claims[0]).not.toHaveProperty('key');
    expect(data.notes.map((x) => x.id)).toEqual(['n1', 'n2']);
  });

  it('gives the same JSON after export → import into a fresh database → export', async () => {
    const a = await fresh();
    await seed(a);
    const first = await backupJson(a);
    const b = await fresh();
    const report = await importBackup(b, parseBackup(first));
    expect(report).toMatchObject({ added: 6, updated: 0, unchanged: 0, skipped: 0 });
    expect(await backupJson(b)).toBe(first);
    // Imported records are indexed as if written by the app.
    expect((await findActorsByAlias(b, 'кнб')).map((x) => x.id)).toEqual(['user-knb']);
    expect((await claimsBySource(b, 's-user'))[0]!.key).toBe((await claimsBySource(a, 's-user'))[0]!.key);
    expect(await actorsRevision(b)).toBe(1);
  });

  it('keeps one copy when the same backup is imported twice', async () => {
    const a = await fresh();
    await seed(a);
    const backup = parseBackup(await backupJson(a));
    const b = await fresh();
    await importBackup(b, backup);
    const before = await snapshot(b);
    expect(await importBackup(b, backup)).toMatchObject({ added: 0, updated: 0, unchanged: 6 });
    expect(await snapshot(b)).toBe(before);
  });

  it('merges notes by id: the newer updatedAt wins either way', async () => {
    const db = await fresh();
    await saveNote(db, note('older-here', { text: 'local' }), new Date('2026-01-01T00:00:00.000Z'));
    await saveNote(db, note('newer-here', { text: 'local' }), new Date('2027-01-01T00:00:00.000Z'));
    const backup = parseBackup(
      buildBackup(
        {
          notes: [
            note('older-here', { text: 'from file', updatedAt: '2026-06-01T00:00:00.000Z' }),
            note('newer-here', { text: 'from file', updatedAt: '2026-06-01T00:00:00.000Z' }),
            note('dup', { text: 'old copy', updatedAt: '2026-01-01T00:00:00.000Z' }),
            note('dup', { text: 'new copy', updatedAt: '2026-02-01T00:00:00.000Z' }),
          ],
          actors: [],
          sources: [],
          incidents: [],
          claims: [],
        },
        NOW,
      ),
    );
    const report = await importBackup(db, backup);
    expect(report.byKind.notes).toEqual({ added: 1, updated: 1, unchanged: 1, skipped: 0 });
    expect((await db.get('notes', 'older-here'))!.text).toBe('from file');
    expect((await db.get('notes', 'newer-here'))!.text).toBe('local');
    expect((await db.get('notes', 'dup'))!.text).toBe('new copy');
  });

  it('skips bundled records in a file and replaces a bundled record by the user’s edit of it', async () => {
    const db = await fresh();
    await seed(db);
    const edited: Actor = { ...bundledActor, description: 'edited by me', origin: 'user' };
    const report = await importBackup(db, { ...parseBackup(await backupJson(db)), actors: [edited, { ...bundledActor, id: 'other', origin: 'bundled' }] });
    expect(report.byKind.actors).toEqual({ added: 0, updated: 1, unchanged: 0, skipped: 1 });
    expect((await db.get('actors', 'isil'))!.description).toBe('edited by me');
    expect(await db.get('actors', 'other')).toBeUndefined();
  });

  it.each([
    ['a wrong version', (j: string) => j.replace('"version":1', '"version":2'), /version/],
    ['a wrong type deep inside', (j: string) => j.replace('"start":15', '"start":"15"'), /notes\.0\.selectors\.1\.start/],
    ['truncated JSON', (j: string) => j.slice(0, j.length - 40), /not valid JSON/],
  ])('refuses a backup with %s and leaves the store unchanged', async (_name, spoil, message) => {
    const a = await fresh();
    await seed(a);
    const json = (await backupJson(a)).replace('"text":"Compare', '"text":"Changed');
    const b = await fresh();
    await seed(b);
    const before = await snapshot(b);
    let error: unknown;
    try {
      await importBackup(b, parseBackup(spoil(json)));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    expect(await snapshot(b)).toBe(before);
  });

  it('changes nothing when a write fails midway (all or nothing)', async () => {
    const a = await fresh();
    await seed(a);
    const backup = parseBackup((await backupJson(a)).replace('"text":"Compare', '"text":"Changed'));
    const b = await fresh();
    const before = await snapshot(b);
    // A claim whose key IndexedDB cannot store makes the last put fail, after every other record was written.
    const poisoned = { ...backup, claims: [...backup.claims, { ...backup.claims[0]!, id: 'c-bad', value: 1, quote: 'x' }] };
    (poisoned.claims[1] as { id: unknown }).id = { not: 'a key' };
    await expect(importBackup(b, poisoned)).rejects.toThrow();
    expect(await snapshot(b)).toBe(before);
  });
});
