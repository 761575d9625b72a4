import { describe, expect, it } from 'vitest';
import { actorEntries } from '../../lib/engine/actor-entries';
import type { ActorMention } from '../../lib/extract/types';

const m = (text: string, over: Partial<ActorMention> = {}): ActorMention => ({ text, start: 0, end: text.length, type: 'person', actorId: null, canonical: null, confidence: 0.8, ...over });

describe('actorEntries', () => {
  it('counts a short form with the full name it stands for, and a case form with its nominative', () => {
    const entries = actorEntries([
      m('Ilhan Omar'),
      m('Omar', { refersTo: 'Ilhan Omar' }),
      m('Назарбаева', { canonical: 'Назарбаев', actorId: 'nazarbayev' }),
      m('Назарбаев', { actorId: 'nazarbayev' }),
      m('Omar', { refersTo: 'Ilhan Omar' }),
    ]);
    expect(entries).toEqual([
      { name: 'Ilhan Omar', type: 'person', linked: false, count: 3, first: 0 },
      { name: 'Назарбаев', type: 'person', linked: true, count: 2, first: 2 },
    ]);
  });

  it('keeps two actors of one name and different types apart ("Washington" the place and the person)', () => {
    const entries = actorEntries([m('Washington', { type: 'place' }), m('Washington')]);
    expect(entries.map((e) => `${e.type}:${e.count}`)).toEqual(['place:1', 'person:1']);
  });

  it('links the whole entry when any of its mentions is linked to the fact base', () => {
    const [e] = actorEntries([m('KNB', { type: 'organization' }), m('KNB', { type: 'organization', actorId: 'knb' })]);
    expect(e).toMatchObject({ linked: true, count: 2 });
  });
});
