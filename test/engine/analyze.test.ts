/**
 * The engine's comparison step on hand-made claims: which other sources' figures are reported as
 * a conflict, an update or a scope difference, how repeats are grouped, and the other side's label.
 */
import { describe, expect, it } from 'vitest';
import { claimantKey, extractText, findConflicts, otherClaimOf, type ConflictPage, type KnownClaim } from '../../lib/engine/analyze';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import type { FigureMention } from '../../lib/extract/types';
import type { StoredClaim } from '../../lib/factbase/db';
import type { Source } from '../../lib/factbase/schema';
import { claimRecord, pageClaim } from '../support/records';

const KEY = 'killed|count|place:aktobe|2016-06';
const PAGE: ConflictPage = { sourceId: 'page', outlet: 'Page Times', title: 'Aktobe', publishedAt: '2016-06-06', url: 'https://example.org/page' };
const figure = (text: string, over: Partial<FigureMention> = {}): FigureMention =>
  ({ start: 0, end: text.length, text, value: 7, low: 7, high: 7, qualifier: 'exact', unit: 'count', counted: 'people', predicate: 'killed', sentence: { start: 0, end: 40 }, ...over }) as FigureMention;
const source = (id: string, outlet: string | null, publishedAt = '2016-06-07'): Source => ({ id, url: `https://example.org/${id}`, title: `Title ${id}`, outlet, publishedAt, origin: 'read' });
const stored = (id: string, over: Partial<StoredClaim> = {}): StoredClaim => ({ ...claimRecord(id, { place: 'aktobe', asOf: '2016-06-05', ...over }), key: KEY });
const known = (claim: StoredClaim, src?: Source): KnownClaim => ({ claim, source: src });
const mine = pageClaim('p1', { key: KEY, place: 'aktobe', asOf: '2016-06-05' });

describe('findConflicts', () => {
  it('reports another source whose figure does not overlap as a conflict, saying both intervals', () => {
    const other = stored('o1', { value: 20, low: 20, high: 20, figureText: '20 people', sourceId: 'o' });
    const [c, ...rest] = findConflicts([mine], [figure('7 people')], PAGE, () => [known(other, source('o', 'Other News'))]);
    expect(rest).toEqual([]);
    expect(c!.kind).toBe('conflict');
    expect(c!.claim).toBe('p1');
    expect(c!.other).toMatchObject({ value: 20, source: 'Other News', claimId: 'o1' });
    expect(c!.reason).toMatch(/^Page Times \(2016-06-06\) says "7 people"; Other News \(2016-06-07\) says "20 people": the figures do not overlap/);
  });

  it.each([
    ['an overlapping figure', stored('o1', { sourceId: 'o' })],
    ['the page\'s own source', stored('o1', { value: 20, low: 20, high: 20, sourceId: 'page' })],
    ['a retracted claim', stored('o1', { value: 20, low: 20, high: 20, sourceId: 'o', status: 'retracted' })],
  ])('reports nothing for %s', (_what, other) => {
    expect(findConflicts([mine], [figure('7 people')], PAGE, () => [known(other, source('o', 'Other News'))])).toEqual([]);
  });

  it('does not compare a claim whose key cannot be compared, an old value or an unclassified figure', () => {
    const asked: string[] = [];
    const others = (key: string) => {
      asked.push(key);
      return [known(stored('o1', { value: 20, low: 20, high: 20, sourceId: 'o' }), source('o', 'Other'))];
    };
    const claims = [pageClaim('a', { key: 'killed|count|place:-|-' }), pageClaim('b', { key: KEY, previous: true }), pageClaim('c', { key: KEY, predicate: 'other' })];
    expect(findConflicts(claims, [figure('7 people')], PAGE, others)).toEqual([]);
    expect(asked).toEqual([]);
  });

  it('groups one claimant\'s figure repeated by three outlets into one disagreement naming each outlet, the earliest report standing for it', () => {
    const say = (id: string) => stored(id, { value: 20, low: 20, high: 20, figureText: '20 people', sourceId: id, claimant: 'the Interior Ministry', quote: `Quote ${id}.` });
    const others = [known(say('b'), source('b', 'Beta', '2016-06-08')), known(say('a'), source('a', 'Alpha', '2016-06-07')), known(say('c'), source('c', 'Gamma', '2016-06-09'))];
    const out = findConflicts([mine], [figure('7 people')], PAGE, () => others);
    expect(out).toHaveLength(1);
    expect(out[0]!.other.outlets).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(out[0]!.other.source).toBe('Alpha');
    expect(out[0]!.reason).toMatch(/\[3 outlets, 1 claimant: the Interior Ministry\]$/);
  });

  it('counts the same statement known from two records once', () => {
    const twice = [
      known(stored('x1', { value: 20, low: 20, high: 20, sourceId: 'o', quote: 'Twenty died.', figureText: '20 people' }), source('o', 'Other')),
      known(stored('x2', { value: 20, low: 20, high: 20, sourceId: 'p', quote: 'Twenty died.', figureText: '20 people', claimant: 'someone else' }), source('p', 'Else')),
    ];
    expect(findConflicts([mine], [figure('7 people')], PAGE, () => twice)).toHaveLength(1);
  });

  it('reports a change stated on the page as an update from the earlier figure', () => {
    const old = pageClaim('old', { key: KEY, figure: 0, value: 1100, low: 1100, high: 1100, previous: true, figureText: '1,100' });
    const now = pageClaim('new', { key: KEY, figure: 1, value: 1500, low: 1500, high: 1500, statedChange: true, changedFrom: 1100, figureText: '1,500' });
    const figures = [figure('1,100', { value: 1100, isPreviousValue: true }), figure('1,500', { value: 1500, changedFromIndex: 0 })];
    const out = findConflicts([old, now], figures, PAGE, () => []);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ kind: 'update', claim: 'new', other: { value: 1100, source: 'Page Times (this page, the earlier figure)', sourceId: 'page' } });
    expect(out[0]!.reason).toMatch(/reports a change to 1,500 people from 1,100: an update, not a conflict/);
  });
});

describe('otherClaimOf', () => {
  it.each([
    ['the source\'s outlet', source('s', 'Outlet'), 'Outlet'],
    ['the source\'s title when it names no outlet', source('s', null), 'Title s'],
    ['the claim\'s outlet without a source', null, 'Ex'],
  ])('labels the other side with %s', (_what, src, label) => {
    expect(otherClaimOf(stored('o1'), src).source).toBe(label);
  });

  it('carries the source\'s address and date, and the claim\'s own fields', () => {
    const v = otherClaimOf(stored('o1', { value: 9, low: 8, high: 10, qualifier: 'about', claimant: 'police' }), source('s', 'Outlet', '2016-06-10'));
    expect(v).toMatchObject({ value: 9, low: 8, high: 10, qualifier: 'about', claimant: 'police', url: 'https://example.org/s', publishedAt: '2016-06-10', claimId: 'o1' });
  });
});

describe('claimantKey', () => {
  it.each([
    ['the Interior Ministry', 'interior ministry'],
    ['Interior  Ministry', 'interior ministry'],
    ["Kazakhstan's", 'kazakhstan'],
    [null, null],
  ])('folds %j to %j', (name, key) => {
    expect(claimantKey(name)).toBe(key);
  });
});

describe('extractText', () => {
  const deps = { matcher: buildAliasMatcher([]), actorIdForName: () => null };
  it('gives no marks for a script the engine does not read', () => {
    const e = extractText('在阿克托别，七人死亡。警方说有十人被捕。', { sourceId: 's', title: null, publishedAt: null }, deps);
    expect([e.actors, e.figures, e.claims, e.maybe]).toEqual([[], [], [], []]);
  });

  it('finds a figure and its claim in an English sentence', () => {
    const e = extractText('Police said seven people were killed in Aktobe on 5 June 2016.', { sourceId: 's', title: null, publishedAt: '2016-06-06' }, deps);
    expect(e.figures.map((f) => f.value)).toContain(7);
    expect(e.claims.some((c) => c.predicate === 'killed' && c.value === 7)).toBe(true);
  });
});
