import { describe, expect, it } from 'vitest';
import { rankIncidents } from '../../lib/background/related';
import type { Incident } from '../../lib/factbase/schema';

const incident = (id: string, date: string | null, place: string | null, actors: [string, Incident['actors'][number]['role']][]): Incident => ({
  id, title: id, date, place, actors: actors.map(([actorId, role]) => ({ actorId, role })), type: 'attack', summary: '', sourceIds: [], origin: 'bundled',
});

describe('rankIncidents', () => {
  it('ranks by shared actors and place, then by closeness in time, once each', () => {
    const a = incident('a', '2016-06-05', 'aktobe', [['isil', 'perpetrator']]);
    const b = incident('b', '2011-07-14', 'aktobe', [['knb', 'authority']]);
    const c = incident('c', '2016-03-01', 'almaty', []);
    const ranked = rankIncidents([c, a, b, a], ['isil', 'aktobe'], '2016-07-20');
    expect(ranked.map((r) => r.incident.id)).toEqual(['a', 'c', 'b']);
  });
});
