import { describe, expect, it } from 'vitest';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { toStoredClaim } from '../../lib/factbase/records';
import type { Source } from '../../lib/factbase/schema';
import { claimRecord } from '../support/records';

const src: Source = { id: 'p1', url: null, title: 'T', outlet: null, publishedAt: null, origin: 'read' };

describe('MemoryFactbase', () => {
  it('keeps the claims of an earlier version of a page as superseded when the page changed', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const c = (id: string, v: number) => toStoredClaim(claimRecord(id, { sourceId: 'p1', value: v, low: v, high: v, place: 'aktobe', origin: 'read' }));
    expect(await fb.recordPage({ ...src, textHash: 'v1' }, [c('a', 6)], [], 0)).toBe('added');
    expect(await fb.recordPage({ ...src, textHash: 'v2' }, [c('b', 8)], [], 0)).toBe('replaced');
    const byId = new Map((await fb.claimsByKey(c('b', 8).key)).map((x) => [x.id, x.status]));
    expect(byId).toEqual(new Map([['a', 'superseded'], ['b', 'active']]));
  });

  it('changes nothing when a page is read again with the same text', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const c = (id: string) => toStoredClaim(claimRecord(id, { sourceId: 'p1', place: 'aktobe', origin: 'read' }));
    await fb.recordPage({ ...src, textHash: 'v1' }, [c('a')], [], 0);
    expect(await fb.recordPage({ ...src, textHash: 'v1' }, [c('b')], [], 0)).toBe('unchanged');
    expect((await fb.claimsBySource('p1')).map((x) => x.id)).toEqual(['a']);
  });

  it('rebuilds its matcher when an actor is added', () => {
    const fb = MemoryFactbase.fromBundle(null);
    expect(fb.matcher.match('Osh Bazaar burned.')).toEqual([]);
    fb.addActor({ id: 'osh', type: 'place', name: 'Osh Bazaar', aliases: [], description: '', origin: 'user' });
    expect(fb.matcher.match('Osh Bazaar burned.').map((m) => m.actorId)).toEqual(['osh']);
    expect(fb.actorIdForName('OSH BAZAAR')).toBe('osh');
  });
});
