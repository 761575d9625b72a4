import { describe, expect, it } from 'vitest';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { toStoredClaim } from '../../lib/factbase/records';
import type { Source } from '../../lib/factbase/schema';
import { claimRecord } from '../support/records';

const src: Source = { id: 'p1', url: null, title: 'T', outlet: null, publishedAt: null, origin: 'read' };

describe('MemoryFactbase', () => {
  it('replaces what an earlier read of a page left when the page is read again', () => {
    const fb = MemoryFactbase.fromBundle(null);
    const c = (id: string, v: number) => toStoredClaim(claimRecord(id, { sourceId: 'p1', value: v, low: v, high: v, place: 'aktobe' }));
    fb.addPage(src, [c('a', 6)]);
    fb.addPage(src, [c('b', 8)]);
    expect(fb.claimsByKey(c('b', 8).key).map((x) => x.id)).toEqual(['b']);
  });

  it('rebuilds its matcher when an actor is added', () => {
    const fb = MemoryFactbase.fromBundle(null);
    expect(fb.matcher.match('Osh Bazaar burned.')).toEqual([]);
    fb.addActor({ id: 'osh', type: 'place', name: 'Osh Bazaar', aliases: [], description: '', origin: 'user' });
    expect(fb.matcher.match('Osh Bazaar burned.').map((m) => m.actorId)).toEqual(['osh']);
    expect(fb.actorIdForName('OSH BAZAAR')).toBe('osh');
  });
});
