import { afterEach, describe, expect, it } from 'vitest';
import bundled from '../../data/factbase.json';
import { loadBundledDefault, parseBundle } from '../../lib/factbase/bundle';
import { COUNTED_STORES, COUNTS_KEY, readCounts, writeTransaction, type FactbaseCounts } from '../../lib/factbase/counts';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { deleteActor, mergeActors, saveIncident, undoEdit } from '../../lib/factbase/edit';
import { deleteNote, restoreNote, saveNote } from '../../lib/factbase/notes';
import { addUserActor } from '../../lib/factbase/writes';
import type { Note } from '../../lib/factbase/schema';

let db: FactbaseDB | undefined;
let n = 0;
afterEach(() => db?.close());

async function fresh(): Promise<FactbaseDB> {
  db = await openFactbase(`test-counts-${++n}`);
  return db;
}

/** What IndexedDB's own walk over every store says. */
async function counted(d: FactbaseDB): Promise<FactbaseCounts> {
  const values = await Promise.all(COUNTED_STORES.map((s) => d.count(s)));
  return Object.fromEntries(COUNTED_STORES.map((s, i) => [s, values[i]])) as FactbaseCounts;
}

const note = (id: string): Note => ({
  id,
  url: 'https://example.org/a',
  title: 'A',
  quote: 'seven people were killed',
  selectors: [{ type: 'TextQuoteSelector', exact: 'seven people were killed', prefix: '', suffix: '' }],
  text: '',
  tags: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  actorIds: [],
  claimIds: [],
});

describe('the record counts', () => {
  it('counts a database from before counts once, then answers from meta', async () => {
    const d = await fresh();
    await loadBundledDefault(d, parseBundle(bundled));
    expect(await d.get('meta', COUNTS_KEY)).toBeUndefined();
    const first = await readCounts(d);
    expect(first).toEqual(await counted(d));
    expect(first.claims).toBeGreaterThan(0);
    expect((await d.get('meta', COUNTS_KEY))?.value).toEqual(first);
  });

  it('follows every kind of write: adds, overwrites, deletes, merges, undo, clear', async () => {
    const d = await fresh();
    await loadBundledDefault(d, parseBundle(bundled));
    await readCounts(d);
    const before = await readCounts(d);
    const actor = await addUserActor(d, { name: 'Zzyzx Front', type: 'organization', description: '' });
    await addUserActor(d, { name: 'Qwerty Brigade', type: 'organization', description: '' });
    expect(await readCounts(d)).toEqual({ ...before, actors: before.actors + 2 });
    await saveNote(d, note('n1'));
    await saveNote(d, note('n1')); // an overwrite is not a new record
    await saveNote(d, note('n2'));
    const inc = await saveIncident(d, { title: 'Test incident', date: '2016-06-05', place: null, actors: [], type: 'attack', summary: '', sourceIds: [] });
    expect(await readCounts(d)).toEqual(await counted(d));
    await deleteNote(d, 'n1');
    await deleteNote(d, 'n-none'); // deleting nothing changes nothing
    await restoreNote(d, note('n3'));
    const merged = await mergeActors(d, actor.id, (await d.getAll('actors')).find((a) => a.name === 'Qwerty Brigade')!.id);
    expect(await readCounts(d)).toEqual(await counted(d));
    await undoEdit(d, merged.undo);
    await undoEdit(d, inc.undo);
    await deleteActor(d, actor.id);
    expect(await readCounts(d)).toEqual(await counted(d));
    const tx = writeTransaction(d, ['claims']);
    await tx.objectStore('claims').clear();
    await tx.done;
    const after = await readCounts(d);
    expect(after.claims).toBe(0);
    expect(after).toEqual(await counted(d));
  });

  it('leaves the counts as they were when a write transaction aborts', async () => {
    const d = await fresh();
    const start = await readCounts(d);
    const tx = writeTransaction(d, ['notes']);
    await tx.objectStore('notes').put(note('n1'));
    tx.abort();
    await tx.done.catch(() => undefined);
    expect(await readCounts(d)).toEqual(start);
    expect(await counted(d)).toEqual(start);
  });
});
