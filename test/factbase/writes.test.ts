import { describe, expect, it } from 'vitest';
import { openFactbase } from '../../lib/factbase/db';
import { toStoredClaim } from '../../lib/factbase/records';
import type { Source } from '../../lib/factbase/schema';
import { addUserActor, recordPageRead } from '../../lib/factbase/writes';
import { findActorsByAlias } from '../../lib/factbase/queries';
import { claimRecord } from '../support/records';

const source = (hash: string): Source => ({ id: 'p1', url: 'https://www.rferl.org/a/1.html', title: 'T', outlet: 'RFE/RL', publishedAt: '2023-04-11', origin: 'read', textHash: hash });
const claim = (id: string, value: number) => toStoredClaim(claimRecord(id, { sourceId: 'p1', origin: 'read', value, low: value, high: value }));

let n = 0;

describe('recordPageRead', () => {
  it('does not count a page read again with the same text twice', async () => {
    const db = await openFactbase(`writes-${++n}`);
    expect(await recordPageRead(db, source('h1'), [claim('a#0', 6)])).toBe('added');
    expect(await recordPageRead(db, source('h1'), [claim('a#0', 6)])).toBe('unchanged');
    expect(await db.count('claims')).toBe(1);
    db.close();
  });

  it('keeps the earlier version’s claims beside a changed page’s, as superseded', async () => {
    const db = await openFactbase(`writes-${++n}`);
    await recordPageRead(db, source('h1'), [claim('v1#0', 6)]);
    expect(await recordPageRead(db, source('h2'), [claim('v2#0', 8)])).toBe('replaced');
    expect((await db.get('claims', 'v1#0'))?.status).toBe('superseded');
    expect((await db.get('claims', 'v2#0'))?.status).toBe('active');
    expect((await db.get('sources', 'p1'))?.textHash).toBe('h2');
    db.close();
  });
});

describe('addUserActor', () => {
  it('adds an actor findable by its name, and returns the existing one for a name already known', async () => {
    const db = await openFactbase(`writes-${++n}`);
    const a = await addUserActor(db, { name: 'Osh Bazaar', type: 'place', description: '' });
    expect(a.id).toBe('user-osh-bazaar');
    expect((await findActorsByAlias(db, 'osh bazaar')).map((x) => x.id)).toEqual(['user-osh-bazaar']);
    const again = await addUserActor(db, { name: 'OSH BAZAAR', type: 'organization', description: '' });
    expect(again.id).toBe('user-osh-bazaar');
    expect(await db.count('actors')).toBe(1);
    expect((await db.get('meta', 'actorsRevision'))?.value).toBe(1);
    db.close();
  });
});
