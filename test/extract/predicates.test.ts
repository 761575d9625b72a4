import { describe, expect, it } from 'vitest';
import { PREDICATES } from '../../lib/extract/predicate-cues';
import { findPredicate } from '../../lib/extract/predicates';

/** Finds the predicate of the figure `fig` (first occurrence) inside `sentence`. */
function predicateOf(sentence: string, fig: string, counted: string | null = null, unit = 'count') {
  const start = sentence.indexOf(fig);
  return findPredicate({
    text: sentence,
    sentence: { start: 0, end: sentence.length },
    start,
    end: start + fig.length,
    counted,
    unit,
  })?.predicate ?? null;
}

describe('findPredicate', () => {
  it.each([
    ['gunmen attacked a base, killing seven Kazakhstanis.', 'seven Kazakhstanis', 'Kazakhstanis', 'killed'],
    ['they killed a terrorist and arrested 18 others.', '18 others', 'others', 'arrested'],
    ['Authorities made nine arrests.', 'nine arrests', 'arrests', 'arrested'],
    ['On July 14, 18 terrorists were shot dead in Aktobe.', '18 terrorists', 'terrorists', 'killed'],
    ['the KNB detained another five suspected followers.', 'five suspected followers', 'suspected followers', 'detained'],
    ['A court sentenced 12 extremists last week.', '12 extremists', 'extremists', 'sentenced'],
    ['Authorities have blocked 23,000 pieces of material.', '23,000 pieces of material', 'pieces of material', 'blocked-materials'],
    ['two grenades were seized from the residence.', 'two grenades', 'grenades', 'seized'],
    ['300 citizens are now members of ISIS.', '300 citizens', 'citizens', 'fighters-abroad'],
    ['300 citizens are now members of the ruling party.', '300 citizens', 'citizens', 'members'],
    ['90 potential jihadists are under surveillance.', '90 potential jihadists', 'potential jihadists', 'surveillance'],
    ['five of the inhabitants went to Syria.', 'five of the inhabitants', 'inhabitants', 'departed'],
    ['the departure of several hundred citizens to Syria', 'several hundred citizens', 'citizens', 'departed'],
    ['the bombing killed more than 50 people', 'more than 50 people', 'people', 'killed'],
    ['at least 12 people were injured in the blast', 'at least 12 people', 'people', 'wounded'],
    ['Police rounded up 40 suspects.', '40 suspects', 'suspects', 'arrested'],
    ['six militants lost their lives.', 'six militants', 'militants', 'killed'],
    ['the bombing caused 14 fatalities', '14 fatalities', 'fatalities', 'killed'],
    ['Troops captured 30 fighters.', '30 fighters', 'fighters', 'arrested'],
    ['Russia extradited three men to Uzbekistan.', 'three men', 'men', 'extradited'],
    ['thousands of refugees fled the violence', 'thousands of refugees', 'refugees', 'refugees'],
    ['they signed two agreements', 'two agreements', 'agreements', 'agreements'],
    ['refused a minimum stake of 10% in the field', '10%', null, 'stake'],
  ])('reads "%s" as %s', (sentence, fig, counted, predicate) => {
    expect(predicateOf(sentence, fig, counted)).toBe(predicate);
  });

  it('does not read a verb after the figure as passive when it takes an object ("18 militants killed the guards")', () => {
    expect(predicateOf('The 18 militants killed the guards.', '18 militants', 'militants')).toBeNull();
  });

  it('reads a duration followed by "in prison" as a sentence', () => {
    expect(predicateOf('He got six years in prison.', 'six years', null, 'years')).toBe('sentenced');
  });

  it('does not read "went to prison" as a departure', () => {
    expect(predicateOf('Five men went to prison.', 'Five men', 'men')).toBeNull();
  });

  it('does not let a cue across a comma govern the figure', () => {
    expect(predicateOf('they attacked two gun stores and a base in Aktobe, killing seven.', 'two gun stores', 'gun stores')).toBeNull();
  });

  it('gives a fraction with no verb after it the predicate "share"', () => {
    const s = 'many are fighting in Syria, and half of them are women.';
    const start = s.indexOf('half of them');
    expect(
      findPredicate({ text: s, sentence: { start: 0, end: s.length }, start, end: start + 12, counted: null, unit: 'percent', fraction: true })?.predicate,
    ).toBe('share');
  });

  it('returns null when nothing fits', () => {
    expect(predicateOf('The four state owned firms lack strength.', 'four state owned firms', 'state owned firms')).toBeNull();
  });

  it('exports a vocabulary that includes every predicate the brief names', () => {
    for (const p of ['killed', 'arrested', 'fighters-abroad', 'blocked-materials', 'criminal-records', 'other']) {
      expect(PREDICATES).toContain(p);
    }
  });
});
