import { describe, expect, it } from 'vitest';
import { dateRange, datesMeet, linkIncidents, type IncidentCandidate } from '../../lib/claims/incident-link';
import { pageClaim } from '../support/records';

const family = (p: string): string[] => (p === 'aktobe' ? ['aktobe', 'aktobe-province'] : [p]);
const name = (p: string): string => p.replace(/^name:/, '');
const known: IncidentCandidate[] = [
  { id: 'inc-aktobe', title: 'Aktobe attacks', date: '2016-06-05', place: 'aktobe-province' },
  { id: 'inc-almaty', title: 'Almaty shooting', date: '2016-07-18', place: 'almaty' },
];

describe('datesMeet', () => {
  it.each([
    ['2016-06-05', 'text', '2016-06-05', 'text', true],
    ['2016-06-06', 'text', '2016-06-05', 'text', true],
    ['2016-06-09', 'text', '2016-06-05', 'text', false],
    ['2016-06', 'text', '2016-06-05', 'text', true],
    ['2016-06-12', 'publication', '2016-06-05', 'text', true],
    ['2016-06-20', 'publication', '2016-06-05', 'text', false],
    ['2016', 'text', '2016-07-18', 'text', true],
  ] as const)('%s (%s) and %s (%s): %s', (a, ab, b, bb, expected) => {
    expect(datesMeet(a, ab, b, bb)).toBe(expected);
  });

  it('gives a publication date the ten days before it', () => {
    const [from, to] = dateRange('2016-06-10', 'publication');
    expect((to - from) / 86_400_000).toBe(10);
  });
});

describe('linkIncidents', () => {
  it('links a toll to the known incident at its place (through the place it lies in) and date', () => {
    const claims = [pageClaim('a', { place: 'aktobe', eventDate: '2016-06-05', dateBasis: 'text' })];
    expect(linkIncidents(claims, known, family, name)).toEqual([]);
    expect(claims[0]!.incident).toBe('inc-aktobe');
    expect(claims[0]!.incidentId).toBe('inc-aktobe');
  });

  it('makes one new incident for the page\'s claims about an unknown event, and the next page links to it', () => {
    const claims = [
      pageClaim('a', { place: 'name:taraz', eventDate: '2011-11-12', dateBasis: 'text', quote: 'A gunman killed four people in an attack in Taraz.' }),
      pageClaim('b', { place: 'name:taraz', eventDate: '2011-11-12', dateBasis: 'text' }),
    ];
    const created = linkIncidents(claims, known, family, name);
    expect(created).toEqual([{ id: 'inc-read-taraz-2011-11-12', title: 'Attack in taraz, 2011-11-12', date: '2011-11-12', place: 'name:taraz', dateBasis: 'text' }]);
    expect(claims.map((c) => c.incident)).toEqual(['inc-read-taraz-2011-11-12', 'inc-read-taraz-2011-11-12']);
    const later = [pageClaim('c', { place: 'name:taraz', eventDate: '2011-11-14', dateBasis: 'publication' })];
    expect(linkIncidents(later, [...known, ...created], family, name)).toEqual([]);
    expect(later[0]!.incident).toBe('inc-read-taraz-2011-11-12');
  });

  it('links a venue\'s toll to the incident of a city the page names, and a placeless one by date when only one fits', () => {
    const venue = [pageClaim('a', { place: 'name:crocus city hall', eventDate: '2016-07-18', dateBasis: 'text' })];
    linkIncidents(venue, known, family, name, new Set(['almaty']));
    expect(venue[0]!.incident).toBe('inc-almaty');
    const placeless = [pageClaim('b', { place: null, eventDate: '2016-07-19', dateBasis: 'text' })];
    linkIncidents(placeless, known, family, name);
    expect(placeless[0]!.incident).toBe('inc-almaty');
  });

  it('links no undated claim, and no stock figure', () => {
    const claims = [pageClaim('a', { place: 'aktobe', eventDate: null }), pageClaim('b', { predicate: 'fighters-abroad', place: 'aktobe', eventDate: '2016-06-05' })];
    expect(linkIncidents(claims, known, family, name)).toEqual([]);
    expect(claims.map((c) => c.incident)).toEqual([null, null]);
  });

  it('never gives a toll to a trial or an arrest at the same place and time', () => {
    const court: IncidentCandidate[] = [{ id: 'inc-court', title: 'Court sentences 12', date: '2016-07', place: 'aktobe', type: 'sentencing' }];
    const toll = [pageClaim('a', { place: 'aktobe', eventDate: '2016-07-20', dateBasis: 'publication' })];
    linkIncidents(toll, court, family, name);
    expect(toll[0]!.incident).not.toBe('inc-court');
    const detained = [pageClaim('b', { predicate: 'detained', place: 'aktobe', eventDate: '2016-07-20', dateBasis: 'publication' })];
    linkIncidents(detained, court, family, name);
    expect(detained[0]!.incident).toBe('inc-court');
  });
});
