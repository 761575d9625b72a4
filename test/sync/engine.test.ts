import { afterEach, describe, expect, it } from 'vitest';
import { createSyncEngine, type ShareSettings } from '../../lib/sync/engine';
import { loadBundledDefault } from '../../lib/factbase/bundle';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import { deleteActor, updateActorDetails } from '../../lib/factbase/edit';
import type { Bundle, Note } from '../../lib/factbase/schema';
import { recordPageRead } from '../../lib/factbase/writes';
import { toStoredClaim } from '../../lib/factbase/records';
import { claimRecord } from '../support/records';
import { memoryPouch, replicate, type MemoryPouch } from './memory-pouch';

const BUNDLE: Bundle = {
  format: 'dossier-factbase',
  version: 1,
  actors: [
    { id: 'knb', type: 'organization', name: 'KNB', aliases: ['NSC'], description: 'Security committee.', origin: 'bundled' },
    { id: 'aktobe', type: 'place', name: 'Aktobe', aliases: [], description: 'City.', origin: 'bundled' },
  ],
  sources: [],
  incidents: [],
  claims: [],
};

const SHARE_ALL: ShareSettings = { factbase: true, notes: { mode: 'none' } };

interface Member {
  name: string;
  db: FactbaseDB;
  replica: MemoryPouch;
  engine: ReturnType<typeof createSyncEngine>;
}

let opened: FactbaseDB[] = [];
let pouches: MemoryPouch[] = [];
let n = 0;

async function member(name: string, opts: { share?: ShareSettings; clock?: () => Date } = {}): Promise<Member> {
  const db = await openFactbase(`sync-${name}-${++n}`);
  opened.push(db);
  await loadBundledDefault(db, BUNDLE);
  const replica = memoryPouch(name);
  pouches.push(replica);
  const engine = createSyncEngine({ db, replica, me: name, share: opts.share ?? SHARE_ALL, now: opts.clock });
  return { name, db, replica, engine };
}

function server(): MemoryPouch {
  const s = memoryPouch('server');
  pouches.push(s);
  return s;
}

/** A member's step, one replication round with the server, and another step (what live sync does). */
async function round(m: Member, s: MemoryPouch): Promise<void> {
  await m.engine.step();
  await replicate(m.replica, s);
  await m.engine.step();
}

const source = (id: string) => ({ id, url: `https://www.rferl.org/a/${id}.html`, title: `Page ${id}`, outlet: 'RFE/RL', publishedAt: '2023-04-11', origin: 'read' as const, textHash: 'h1' });

async function readPage(m: Member, sourceId: string, claimIds: string[]): Promise<void> {
  await recordPageRead(
    m.db,
    source(sourceId),
    claimIds.map((id) => toStoredClaim(claimRecord(id, { sourceId, origin: 'read' }))),
  );
}

afterEach(async () => {
  for (const db of opened) db.close();
  opened = [];
  await Promise.all(pouches.map((p) => p.destroy()));
  pouches = [];
});

describe('team sync between two members and a server', () => {
  it('brings a claim read by one member into the other’s fact base, with its source', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await readPage(a, 'src-1', ['src-1#0']);
    await round(a, s);
    await round(b, s);
    expect((await b.db.get('claims', 'src-1#0'))?.figureText).toBe('7 people');
    expect((await b.db.get('sources', 'src-1'))?.outlet).toBe('RFE/RL');
    // Its claim key is rebuilt locally, so conflicts with it are found by the usual index.
    expect((await b.db.get('claims', 'src-1#0'))?.key).toBe((await a.db.get('claims', 'src-1#0'))?.key);
  });

  it('keeps one claim read by two members as one claim with two readers', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await readPage(a, 'src-1', ['src-1#0']);
    await readPage(b, 'src-1', ['src-1#0']);
    // Both wrote the claim before either saw the other's: the server holds two versions until one settles them.
    await round(a, s);
    await round(b, s);
    await replicate(b.replica, s);
    await round(a, s);
    const docs = (await s.allDocs({ include_docs: true })).rows.filter((r) => r.id.startsWith('claim:'));
    expect(docs.map((d) => d.id)).toEqual(['claim:src-1#0']);
    expect(docs[0]!.doc!.readers).toEqual(['alice', 'bob']);
    expect(await b.db.count('claims')).toBe(1);
  });

  it('adds a reader when a member reads a page the team already has', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await readPage(a, 'src-1', ['src-1#0']);
    await round(a, s);
    await round(b, s);
    expect(await b.engine.pageRead('src-1')).toBe(2);
    await replicate(b.replica, s);
    const doc = await s.get('claim:src-1#0');
    expect(doc.readers).toEqual(['alice', 'bob']);
  });

  it('shares a member’s edit of a bundled actor and leaves untouched bundled actors unsent', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await updateActorDetails(b.db, 'knb', { description: 'National Security Committee of Kazakhstan.' });
    await round(b, s);
    await round(a, s);
    expect((await a.db.get('actors', 'knb'))?.description).toBe('National Security Committee of Kazakhstan.');
    const ids = (await s.allDocs()).rows.map((r) => r.id);
    expect(ids).toEqual(['actor:knb']);
  });

  it('settles concurrent edits of one actor the same way for both, keeping the loser in history', async () => {
    const s = server();
    let t = Date.parse('2026-12-01T10:00:00Z');
    const clock = (): Date => new Date(t);
    const a = await member('alice', { clock });
    const b = await member('bob', { clock });
    await updateActorDetails(a.db, 'knb', { description: 'Alice’s text.' });
    await round(a, s);
    t += 60_000;
    await updateActorDetails(b.db, 'knb', { description: 'Bob’s text.' });
    // Bob edited without having seen Alice's version: both meet on the server.
    await b.engine.step();
    await replicate(b.replica, s);
    await b.engine.step();
    await round(a, s);
    await round(b, s);
    await round(a, s);
    const da = (await a.db.get('actors', 'knb'))!.description;
    const db = (await b.db.get('actors', 'knb'))!.description;
    expect(da).toBe(db);
    const doc = await s.get('actor:knb', { conflicts: true });
    expect(doc._conflicts ?? []).toEqual([]);
    const history = (doc.history as { by: string; record: { description: string } }[]) ?? [];
    const kept = da === 'Bob’s text.' ? 'bob' : 'alice';
    const lost = kept === 'bob' ? 'Alice’s text.' : 'Bob’s text.';
    expect(history.map((h) => h.record.description)).toContain(lost);
    const told = await a.engine.recordHistory('actor', 'knb');
    expect(told?.conflict).toBe(`Edited by alice and bob: kept ${kept}'s; ${kept === 'bob' ? 'alice' : 'bob'}'s kept in history.`);
    expect(told?.history.flatMap((h) => h.differences)).toContain(`description: ${lost}`);
    const journal = [...(await a.engine.journal()).conflicts, ...(await b.engine.journal()).conflicts];
    expect(journal.map((c) => c.text)).toContain(`Actor "KNB": Edited by alice and bob: kept ${kept}'s; ${kept === 'bob' ? 'alice' : 'bob'}'s kept in history.`);
  });

  it('never writes over a teammate’s version that arrives between its pull and its push', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await updateActorDetails(b.db, 'knb', { description: 'Bob’s text.' });
    // Edits are stamped with the clock: make alice's surely the later one.
    await new Promise((r) => setTimeout(r, 5));
    await updateActorDetails(a.db, 'knb', { description: 'Alice’s later text.' });
    await round(a, s);
    // Bob's replica receives alice's version just after his engine read the changes feed.
    let armed = true;
    const racing = {
      get: b.replica.get.bind(b.replica),
      put: b.replica.put.bind(b.replica),
      bulkDocs: b.replica.bulkDocs.bind(b.replica),
      async changes(o: Parameters<typeof b.replica.changes>[0]) {
        const page = await b.replica.changes(o);
        if (armed) {
          armed = false;
          await s.replicate.to(b.replica);
        }
        return page;
      },
    };
    const engine = createSyncEngine({ db: b.db, replica: racing, me: 'bob', share: SHARE_ALL });
    await engine.step();
    await engine.step();
    const doc = await b.replica.get('actor:knb');
    expect((doc.record as { description: string }).description).toBe('Alice’s later text.');
    expect((doc.history as { by: string; record: { description: string } }[]).map((h) => [h.by, h.record.description])).toEqual([['bob', 'Bob’s text.']]);
    expect((await b.db.get('actors', 'knb'))?.description).toBe('Alice’s later text.');
  });

  it('sends a deletion as a tombstone, and the other member deletes the record', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await deleteActor(a.db, 'aktobe');
    await round(a, s);
    await round(b, s);
    expect(await b.db.get('actors', 'aktobe')).toBeUndefined();
    const doc = await s.get('actor:aktobe');
    expect(doc.deleted).toBe(true);
    expect(doc.record).toBeNull();
  });

  it('refuses malformed and hostile documents one by one and applies the good ones', async () => {
    const s = server();
    const b = await member('bob');
    const good = { _id: 'actor:user-x', kind: 'actor', by: 'eve', at: '2026-12-01T10:00:00.000Z', record: { id: 'user-x', type: 'person', name: '<img src=x onerror=alert(1)>', aliases: [], description: '', origin: 'user' } };
    await s.bulkDocs([
      { _id: 'actor:evil', kind: 'actor', by: 'eve', at: '2026-12-01T10:00:00.000Z', record: { id: 'evil', type: 'villain', name: 'Evil', aliases: [], description: '', origin: 'user' } },
      { _id: 'claim:other-id', kind: 'claim', by: 'eve', at: '2026-12-01T10:00:00.000Z', record: { ...claimRecord('c9'), origin: 'read' } },
      { _id: 'note:huge', kind: 'note', by: 'eve', at: '2026-12-01T10:00:00.000Z', record: { id: 'huge', text: 'x'.repeat(300_000) } },
      { _id: 'junk', hello: 'world' },
      good,
    ]);
    await round(b, s);
    const refused = (await b.engine.journal()).refused.map((r) => r.id).sort();
    expect(refused).toEqual(['actor:evil', 'claim:other-id', 'junk', 'note:huge']);
    expect(await b.db.get('actors', 'evil')).toBeUndefined();
    expect(await b.db.get('claims', 'c9')).toBeUndefined();
    // Hostile text is only text: stored as written, for the UI to render as text.
    expect((await b.db.get('actors', 'user-x'))?.name).toBe('<img src=x onerror=alert(1)>');
    expect(await b.db.count('actors')).toBe(3);
  });

  it('queues changes made while the server is unreachable and sends them when it is back', async () => {
    const s = server();
    const a = await member('alice');
    const b = await member('bob');
    await readPage(a, 'src-1', ['src-1#0', 'src-1#1']);
    // No replication: the server is away. The changes wait in the replica.
    await a.engine.step();
    await a.engine.step();
    expect((await s.allDocs()).rows).toEqual([]);
    await replicate(a.replica, s);
    await round(b, s);
    expect(await b.db.count('claims')).toBe(2);
  });

  it('loses nothing when the engine restarts between its pull and its push', async () => {
    const s = server();
    const a = await member('alice');
    await readPage(a, 'src-1', ['src-1#0']);
    await a.engine.step();
    // A new engine on the same fact base and replica (a restarted service worker) finds its state.
    const again = createSyncEngine({ db: a.db, replica: a.replica, me: 'alice', share: SHARE_ALL });
    await readPage(a, 'src-2', ['src-2#0']);
    const report = await again.step();
    expect(report.pushed).toBe(2);
    await replicate(a.replica, s);
    expect((await s.allDocs()).rows.map((r) => r.id).sort()).toEqual(['claim:src-1#0', 'claim:src-2#0', 'source:src-1', 'source:src-2']);
  });

  it('shares notes only when asked, and by tag', async () => {
    const s = server();
    const note = (id: string, tags: string[]): Note => ({
      id, url: 'https://www.rferl.org/a/1.html', title: 'T', quote: 'q', selectors: [], text: 'my note', tags,
      actorIds: [], claimIds: [], createdAt: '2026-12-01T10:00:00.000Z', updatedAt: '2026-12-01T10:00:00.000Z',
    });
    const off = await member('alice');
    const tagged = await member('bob', { share: { factbase: true, notes: { mode: 'tag', tag: 'team' } } });
    for (const m of [off, tagged]) {
      await m.db.put('notes', note(`${m.name}-private`, ['mine']));
      await m.db.put('notes', note(`${m.name}-shared`, ['team']));
      await round(m, s);
    }
    const ids = (await s.allDocs()).rows.map((r) => r.id);
    expect(ids).toEqual(['note:bob-shared']);
  });
});
