import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIncomingDoc, docIdFor, nextDoc, parseDocId, recordHash, type SyncDoc } from '../../lib/sync/docs';
import { describeConflict, settleVersions } from '../../lib/sync/merge';
import type { Actor } from '../../lib/factbase/schema';
import { claimRecord } from '../support/records';

const actor = (description: string): Actor => ({ id: 'knb', type: 'organization', name: 'KNB', aliases: [], description, origin: 'user' });
const version = (by: string, at: string, description: string, rev: string): SyncDoc => ({ ...nextDoc('actor', 'knb', actor(description), by, at), _rev: rev });

describe('settleVersions', () => {
  it('keeps the later edit and puts the other in history, with a note naming both editors', () => {
    const a = version('alice', '2026-12-01T10:00:00.000Z', 'A', '2-a');
    const b = version('bob', '2026-12-01T10:05:00.000Z', 'B', '2-b');
    const s = settleVersions([a, b]);
    expect((s.record as Actor).description).toBe('B');
    expect(s.by).toBe('bob');
    expect(s.history?.map((h) => [h.by, (h.record as { description: string }).description])).toEqual([['alice', 'A']]);
    expect(s.conflict).toEqual({ editors: ['alice', 'bob'], kept: 'bob', at: '2026-12-01T10:05:00.000Z' });
    expect(describeConflict(s.conflict!)).toBe("Edited by alice and bob: kept bob's; alice's kept in history.");
  });

  it('breaks a tie of times by member name', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const s = settleVersions([version('zoe', at, 'Z', '2-a'), version('adam', at, 'A', '2-b')]);
    expect(s.by).toBe('zoe');
  });

  it('comes to the same content whatever order the versions arrive in', () => {
    const pool = [
      version('alice', '2026-12-01T10:00:00.000Z', 'A', '2-a'),
      version('bob', '2026-12-01T10:05:00.000Z', 'B', '2-b'),
      version('carol', '2026-12-01T10:05:00.000Z', 'C', '2-c'),
      { ...nextDoc('actor', 'knb', null, 'dan', '2026-12-01T09:00:00.000Z'), _rev: '2-d' },
    ];
    const strip = (d: SyncDoc) => ({ ...d, _rev: undefined });
    const expected = strip(settleVersions(pool));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 4, maxLength: 4 }), (order) => {
        expect(strip(settleVersions(order))).toEqual(expected);
      }),
    );
    expect(expected.by).toBe('carol');
    expect(expected.history?.map((h) => h.by)).toEqual(['dan', 'alice', 'bob']);
  });

  it('unites the readers of one claim and notes no conflict when the records agree', () => {
    const c = { ...claimRecord('s#0'), origin: 'read' as const };
    const s = settleVersions([nextDoc('claim', 's#0', c, 'bob', '2026-12-01T10:00:00.000Z'), nextDoc('claim', 's#0', c, 'alice', '2026-12-01T11:00:00.000Z')]);
    expect(s.readers).toEqual(['alice', 'bob']);
    expect(s.conflict).toBeUndefined();
    expect(s.history).toBeUndefined();
  });

  it('describes a member who edited twice at once', () => {
    expect(describeConflict({ editors: ['bob'], kept: 'bob' })).toMatch(/Edited twice by bob/);
    expect(describeConflict({ editors: ['a', 'b', 'c'], kept: 'c' })).toBe("Edited by a, b and c: kept c's; a's and b's kept in history.");
  });
});

describe('checkIncomingDoc', () => {
  const good = nextDoc('actor', 'knb', actor('ok'), 'alice', '2026-12-01T10:00:00.000Z');

  it('accepts a well-formed record of its kind', () => {
    expect(checkIncomingDoc({ ...good, _rev: '1-x' })).toMatchObject({ ok: true });
  });

  it('ignores design documents', () => {
    expect(checkIncomingDoc({ _id: '_design/validate', views: {} })).toEqual({ ok: false, ignored: true });
  });

  it.each([
    ['a number', 42, /JSON object/],
    ['an unknown kind', { ...good, kind: 'weapon' }, /kind/],
    ['a record of the wrong shape', { ...good, record: { ...actor('x'), type: 'villain' } }, /record: type/],
    ['a record under another id', { ...good, _id: 'actor:other' }, /does not match/],
    ['an id of another kind', { ...good, _id: 'claim:knb' }, /is not "actor:<record id>"/],
    ['a tombstone with a record', { ...good, deleted: true }, /tombstone/],
    ['a bundled record', { ...good, record: { ...actor('x'), origin: 'bundled' } }, /bundled/],
    ['no author', { ...good, by: '' }, /by/],
    ['a bad time', { ...good, at: 'yesterday' }, /at/],
    ['a huge document', { ...good, record: { ...actor('x'), description: 'x'.repeat(300_000) } }, /too big/],
    ['a prototype-polluting record', JSON.parse(`{"_id":"actor:knb","kind":"actor","by":"e","at":"2026-12-01T10:00:00.000Z","record":{"__proto__":{"admin":true}}}`), /record/],
  ])('refuses %s', (_label, raw, reason) => {
    const v = checkIncomingDoc(raw);
    expect(v.ok).toBe(false);
    expect(v.ok === false && !v.ignored ? v.reason : '').toMatch(reason);
  });
});

describe('document ids and hashes', () => {
  it('round-trips a record id with colons and hashes', () => {
    expect(parseDocId(docIdFor('claim', 'src-1#0:x'))).toEqual({ kind: 'claim', id: 'src-1#0:x' });
    expect(parseDocId('junk')).toBeNull();
  });

  it('hashes records alike whatever their key order, and apart when a value differs', () => {
    expect(recordHash({ a: 1, b: [1, 2] })).toBe(recordHash({ b: [1, 2], a: 1 }));
    expect(recordHash({ a: 1 })).not.toBe(recordHash({ a: 2 }));
    expect(recordHash(null)).toBeNull();
  });
});
