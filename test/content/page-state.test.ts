import { describe, expect, it } from 'vitest';
import { conflictedClaims, withAddedActor } from '../../lib/content/page-state';
import type { PageAnalysis } from '../../lib/messaging/views';

type Mention = PageAnalysis['actors'][number];

function analysis(actors: Partial<Mention>[], conflicts: { claim: string; kind: 'conflict' | 'update' | 'scope' }[] = []): PageAnalysis {
  return {
    actors: actors.map((a, i) => ({ text: `name${i}`, start: i * 10, end: i * 10 + 5, type: 'person', actorId: null, canonical: null, ...a })),
    figures: [],
    claims: [],
    conflicts,
    source: { title: 't', outlet: null, publishedAt: null },
  } as unknown as PageAnalysis;
}

describe('withAddedActor', () => {
  it('turns every unknown mention of the name, and short forms standing for it, into the new actor', () => {
    const before = analysis([{ text: 'Zorvex Group' }, { text: 'Dana' }, { text: 'Zorvex', refersTo: 'Zorvex Group' }, { text: 'Zorvex Group', actorId: 'known' }]);
    const { analysis: after, indexes } = withAddedActor(before, 'Zorvex Group', 'user-zorvex', 'organization');
    expect(indexes).toEqual([0, 2]);
    expect(after.actors.map((a) => a.actorId)).toEqual(['user-zorvex', null, 'user-zorvex', 'known']);
    expect(after.actors[0]).toMatchObject({ canonical: 'Zorvex Group', type: 'organization' });
    // The analysis it was given is left as it was.
    expect(before.actors[0]!.actorId).toBeNull();
  });
});

describe('conflictedClaims', () => {
  it('counts claims in conflict once each, and not updates or scope differences', () => {
    const a = analysis([], [
      { claim: 'c1', kind: 'conflict' },
      { claim: 'c1', kind: 'conflict' },
      { claim: 'c2', kind: 'conflict' },
      { claim: 'c3', kind: 'update' },
      { claim: 'c4', kind: 'scope' },
    ]);
    expect(conflictedClaims(a)).toBe(2);
  });
});
