import { describe, expect, it } from 'vitest';
import { headNoun, readsAsAllDead, relateWithCause, type Comparable } from '../../lib/claims/compare';

const c = (value: number, over: Partial<Comparable> = {}): Comparable => ({
  value, low: value, high: value, qualifier: 'exact', unit: 'count', predicate: 'killed', counted: 'people', role: 'victims',
  sourceId: 's', quote: `q${value}${Math.random()}`, asOf: '2016-06-06', ...over,
});

describe('relateWithCause', () => {
  it('calls two tolls of one event a few days apart, with no stated change, a conflict', () => {
    expect(relateWithCause(c(8, { asOf: '2016-06-10' }), c(7))).toEqual({ relation: 'conflict', cause: 'disjoint' });
  });

  it('calls "more than 300" and "around 250" fighters a conflict, and "several hundred" compatible with either', () => {
    const f = (low: number, high: number | null) => c(low, { low, high, predicate: 'fighters-abroad', role: 'fighters', asOf: '2014-11' });
    expect(relateWithCause(f(301, null), f(225, 275)).relation).toBe('conflict');
    expect(relateWithCause(f(200, 900), f(301, null)).relation).toBe('compatible');
  });

  it('calls a stated change an update: "risen to 18, up from 13", and "a new toll" later', () => {
    expect(relateWithCause(c(18, { changedFrom: 13, asOf: '2016-06-10' }), c(13)).relation).toBe('update');
    expect(relateWithCause(c(225, { statedChange: true, asOf: '2022-01-15' }), c(164, { low: 164, high: null, asOf: '2022-01-10' }))).toEqual({ relation: 'update', cause: 'stated-change' });
    // The earlier report is not an update of the later one.
    expect(relateWithCause(c(164, { asOf: '2022-01-10' }), c(225, { statedChange: true, asOf: '2022-01-15' })).relation).toBe('update');
  });

  it('calls a stock given years later with no stated change a later figure, not a conflict', () => {
    const f = (v: number, asOf: string) => c(v, { predicate: 'fighters-abroad', role: 'fighters', asOf });
    expect(relateWithCause(f(800, '2019-05-30'), f(300, '2014-11-20'))).toEqual({ relation: 'update', cause: 'later-figure' });
    expect(relateWithCause(f(500, '2014-12-20'), f(300, '2014-11-20'))).toEqual({ relation: 'conflict', cause: 'disjoint' });
  });

  it('calls a wider population a difference of scope, and different people unrelated', () => {
    expect(relateWithCause(c(25, { role: 'all-dead' }), c(7)).relation).toBe('scope');
    expect(relateWithCause(c(13, { role: 'attackers' }), c(7)).relation).toBe('unrelated');
    expect(relateWithCause(c(4, { role: 'civilians' }), c(7)).relation).toBe('unrelated');
  });

  it('never compares a part of a whole ("24 of the victims"), nor things of different kinds', () => {
    expect(relateWithCause(c(24, { subset: true }), c(31)).relation).toBe('unrelated');
    const seized = (v: number, counted: string) => c(v, { predicate: 'seized', counted, role: 'people' });
    expect(relateWithCause(seized(23, 'weapons'), seized(11, 'guns')).relation).toBe('unrelated');
    expect(relateWithCause(seized(23, 'guns'), seized(11, 'hunting guns')).relation).toBe('conflict');
  });

  it('compares a sum\'s part only with figures for its own sub-population', () => {
    expect(relateWithCause(c(4, { role: 'civilians', partOf: 'sum' }), c(5, { role: 'civilians' })).relation).toBe('conflict');
    expect(relateWithCause(c(2, { role: 'victims', counted: 'Tunisians', partOf: 'sum' }), c(8)).relation).toBe('unrelated');
  });
});

describe('headNoun', () => {
  it.each([['hunting guns', 'gun'], ['weapons', 'weapon'], ['pieces of material', 'material'], ['batteries', 'battery'], [null, '']])('%s → %s', (noun, head) => {
    expect(headNoun(noun)).toBe(head);
  });

  it("lets another source's same-day stated change cover only what came before it, not the page read after it", () => {
    const earlier = c(28, { statedChange: true, asOf: '2016-03-27' });
    // The page being read repeats an older figure on the same day: the two disagree.
    expect(relateWithCause(c(31, { asOf: '2016-03-27' }), earlier)).toEqual({ relation: 'conflict', cause: 'disjoint' });
    // A day later the older figure still meets the update as history.
    expect(relateWithCause(c(31, { asOf: '2016-03-26' }), { ...earlier, asOf: '2016-03-27' }).relation).toBe('update');
  });

  it('never compares counts of people with counts of places or things a measure of people governs ("from eight countries")', () => {
    expect(relateWithCause(c(8, { counted: 'countries' }), c(31)).relation).toBe('unrelated');
    expect(relateWithCause(c(31), c(19, { counted: 'cities' })).relation).toBe('unrelated');
  });
});

describe('readsAsAllDead', () => {
  const victims = c(7, { counted: 'civilians and servicemen' });
  const attackers = c(18, { counted: 'attackers', role: 'attackers' });

  it('reads "at least 28 people" dead as all the dead when 7 victims and 18 attackers are known', () => {
    expect(readsAsAllDead(c(28, { low: 28, high: null }), [victims, attackers])).toBe(true);
    expect(readsAsAllDead(c(25), [victims, attackers])).toBe(true);
  });

  it('keeps a general toll a count of victims when it falls short of victims and attackers together, or no attacker died', () => {
    expect(readsAsAllDead(c(9), [victims, attackers])).toBe(false);
    expect(readsAsAllDead(c(28, { low: 28, high: null }), [victims])).toBe(false);
  });

  it('never rereads a toll that names whom it counts, or a part', () => {
    expect(readsAsAllDead(c(28, { counted: 'victims' }), [victims, attackers])).toBe(false);
    expect(readsAsAllDead(c(28, { counted: 'civilians', role: 'civilians' }), [victims, attackers])).toBe(false);
    expect(readsAsAllDead(c(28, { partOf: 'x' }), [victims, attackers])).toBe(false);
  });
});
