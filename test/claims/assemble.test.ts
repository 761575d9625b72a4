import { describe, expect, it } from 'vitest';
import { assembleClaims } from '../../lib/claims/assemble';
import { extractText } from '../../lib/engine/analyze';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import { splitSentences } from '../../lib/extract/sentences';
import type { ActorMention, FigureMention } from '../../lib/extract/types';

const deps = { matcher: buildAliasMatcher([]), actorIdForName: () => null };
const claimsOf = (text: string, publishedAt = '2016-06-06') => extractText(text, { sourceId: 's', title: null, publishedAt }, deps).claims;
const claim = (text: string, figure: string, publishedAt?: string) => {
  const found = claimsOf(text, publishedAt).find((c) => c.figureText.startsWith(figure) && !c.parts);
  if (!found) throw new Error(`no claim for "${figure}" in: ${text}`);
  return found;
};

describe('assembleClaims', () => {
  it('makes one claim per figure, with its id, predicate, quote and claim key', () => {
    const text = 'Seven people were killed in the attack.';
    const fig: FigureMention = { text: 'Seven people', start: 0, end: 12, value: 7, low: 7, high: 7, qualifier: 'exact', unit: 'count', counted: 'people', predicate: 'killed', sentence: { start: 0, end: text.length } };
    const claims = assembleClaims(text, splitSentences(text), [] as ActorMention[], [fig], { sourceId: 'src', title: null, publishedAt: '2016-06-06', actorIdForName: () => null });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: 'src#0', predicate: 'killed', role: 'victims', quote: text, value: 7, statedChange: false, previous: false });
    expect(claims[0]!.key).toMatch(/^killed\|count\|/);
  });

  it('keeps the claimant apart from the outlet, and resolves "the ministry" to the ministry named before', () => {
    const text = 'The Interior Ministry said on Monday that 12 attackers were killed. Later the ministry said nine people were detained.';
    expect(claim(text, '12 attackers').claimant).toBe('Interior Ministry');
    expect(claim(text, 'nine people').claimant).toBe('Interior Ministry');
  });

  it('reads "the death toll had stood at 164" as making the figure before it a stated change', () => {
    const text = 'The riots killed at least 225 people, the prosecutor said. Until now the death toll had stood at 164.';
    expect(claim(text, 'at least 225').statedChange).toBe(true);
    expect(claim(text, '164').previous).toBe(true);
  });

  it('does not count the released as detained: "One suspect detained earlier has been released"', () => {
    expect(claimsOf('One suspect detained earlier has been released.').some((c) => c.predicate === 'detained' || c.predicate === 'arrested')).toBe(false);
    expect(claim('Two suspects were detained on Monday.', 'Two suspects').predicate).toBe('detained');
  });

  it('makes the items of a list after a colon parts of the toll before it', () => {
    const text = 'Six people were killed in the attack: four police officers, a border guard and a civilian.';
    const whole = claim(text, 'Six people');
    const officers = claim(text, 'four police');
    expect(officers.predicate).toBe('killed');
    expect(officers.role).toBe('security');
    expect(officers.partOf).toBe(whole.id);
  });

  it('reads "of which 19 were law enforcement officers" as a named part of the toll, not an anonymous share', () => {
    const text = 'The bodies of 225 people were delivered to morgues, of which 19 were law enforcement officers.';
    const part = claim(text, '19');
    expect(part.role).toBe('security');
    expect(part.subset).toBe(false);
    expect(part.partOf).toBe(claim(text, '225 people').id);
  });

  it.each([
    ['a definite reference with no verb of its own', 'Experts are trying to identify the last three victims with DNA tests.', 'three victims'],
    ['people added to others', 'Four suspects are under arrest along with several suspected accomplices.', 'several suspected accomplices'],
    ['the dead counted by nationality', 'The attack killed at least 13 foreign nationals.', 'at least 13 foreign nationals'],
  ])('marks %s as a part, never a toll of its own', (_what, text, figure) => {
    expect(claim(text, figure).subset).toBe(true);
  });

  it('keeps a definite figure with a verb of its own a toll: "The 13 attackers were killed"', () => {
    expect(claim('The 13 attackers were killed in the raid.', '13 attackers').subset).toBeFalsy();
  });

  it('reads "Three more officers and three more civilians were injured" as one claim of six with its parts', () => {
    const sum = claimsOf('Three more officers and three more civilians were injured, the ministry reported.').find((c) => c.parts);
    expect(sum).toMatchObject({ value: 6, predicate: 'wounded' });
    expect(sum!.parts!.map((p) => p.role)).toEqual(['security', 'civilians']);
  });

  it('counts "eight others" after a breakdown as other people, not more of its last part', () => {
    const text = 'Three officers and two civilians were killed, and at least eight others were wounded.';
    expect(claim(text, 'at least eight others').role).toBe('victims');
  });

  it('marks an undated toll away from the article\'s own place as recalled', () => {
    const text = 'ALMATY - A gunman killed seven people in Almaty on July 18.\n\nIt is the second attack in two months, after a rampage in the city of Aqtobe that left at least 28 people dead.';
    expect(claim(text, 'at least 28', '2016-07-19').recalled).toBe(true);
    expect(claim(text, 'seven people', '2016-07-19').recalled).toBeUndefined();
  });

  it('does not take where people came from, or a point a distance is given from, for where an event happened', () => {
    const text = 'Four cyclists from the Netherlands were killed in Danghara, 90 km southeast of the capital, Dushanbe.';
    expect(claim(text, 'Four cyclists').place).toBe('name:danghara');
    expect(claim('Two tourists from the Netherlands were injured.', 'Two tourists').place).toBeNull();
  });

  it('counts those the security forces killed as attackers: "killed four", "a further five killed in clashes with police"', () => {
    expect(claim('Security forces pursued the suspects, killed four and arrested a fifth.', 'four').role).toBe('attackers');
    expect(claim('At least four suspects have been detained and a further five killed in clashes with law enforcement.', 'five').role).toBe('attackers');
  });

  it('reads the verb past an apposition of counts or a list of names, but not for the list items', () => {
    const text = 'Reuters reports that the three other cyclists, one Swiss, one Dutch and one French, were injured, one of them with a stab wound.';
    expect(claim(text, 'three other cyclists').predicate).toBe('wounded');
    expect(claimsOf(text).filter((c) => c.predicate === 'wounded' && !c.subset).map((c) => c.figureText)).toEqual(['three other cyclists']);
    expect(claim('Four foreign cyclists from the United States, Switzerland and the Netherlands were killed.', 'Four foreign cyclists').predicate).toBe('killed');
  });
});

