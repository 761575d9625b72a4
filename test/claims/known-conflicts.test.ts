import { describe, expect, it } from 'vitest';
import { disagreementsAmong } from '../../lib/claims/known-conflicts';
import type { StoredClaim } from '../../lib/factbase/db';
import type { Source } from '../../lib/factbase/schema';

const claim = (id: string, sourceId: string, low: number | null, high: number | null, extra: Partial<StoredClaim> = {}): StoredClaim => ({
  id, predicate: 'fighters-abroad', counted: 'citizens', subject: 'kazakhstan', incidentId: null, place: null, value: low ?? 0, low, high,
  qualifier: 'exact', unit: 'count', asOf: null, claimant: null, outlet: null, sourceId, figureText: `${low}`, quote: `q-${id}`,
  status: 'active', origin: 'read', key: 'fighters-abroad|count|subject:kazakhstan', ...extra,
});
const src = (id: string, publishedAt: string): Source => ({ id, url: null, title: id, outlet: id, publishedAt, origin: 'read' });
const sources = new Map([['s1', src('s1', '2014-10')], ['s2', src('s2', '2014-11')], ['s3', src('s3', '2016-07')]]);

describe('disagreementsAmong', () => {
  it('pairs claims of different sources whose intervals do not overlap, older source first', () => {
    const out = disagreementsAmong([claim('b', 's2', 301, null), claim('a', 's1', 225, 275), claim('c', 's3', 200, 900)], sources);
    expect(out.map((d) => [d.kind, d.a.claim.id, d.b.claim.id])).toEqual([['conflict', 'a', 'b']]);
  });

  it('ignores retracted claims and claims of the same source', () => {
    const out = disagreementsAmong([claim('a', 's1', 225, 275), claim('b', 's1', 301, null), claim('c', 's2', 900, 900, { status: 'retracted' })], sources);
    expect(out).toEqual([]);
  });

  it('reports a stated change as an update', () => {
    const out = disagreementsAmong([claim('a', 's1', 1100, 1100), claim('b', 's2', 1500, 1500, { changedFrom: 1100 })], sources);
    expect(out.map((d) => d.kind)).toEqual(['update']);
  });
});

describe('claim keys for places named at different levels', () => {
  it.each([
    ['aktobe-province', 'aktobe'],
    ['name:aktobe province', 'name:aktobe'],
    ['name:balkhash city', 'name:balkhash'],
    ['west-kazakhstan-province', 'west-kazakhstan'],
    ['almaty', 'almaty'],
  ])('keys %s as %s', async (place, key) => {
    const { placeKey } = await import('../../lib/claims/claim-key');
    expect(placeKey(place)).toBe(key);
  });
});
