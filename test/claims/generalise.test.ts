/**
 * Rules that carry to reporting the engine was not tuned on (the held-out sets of
 * test/fixtures/disagreements/), each on short texts in our own words.
 */
import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/engine/analyze';
import { analyzePage } from '../../lib/engine/analyze-page';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { placesWithinFromText } from '../../lib/claims/incident-link';
import { capitalMentions } from '../../lib/claims/capitals';
import { isCountryPlace } from '../../lib/claims/countries';

const deps = { matcher: buildAliasMatcher([]), actorIdForName: () => null };
const claimsOf = (text: string, publishedAt = '2020-05-02') => extractText(text, { sourceId: 's', title: null, publishedAt }, deps).claims;
const claim = (text: string, figure: string, publishedAt?: string) => claimsOf(text, publishedAt).find((c) => c.figureText === figure);

const mentions = (text: string, names: string[]) =>
  names.map((n) => {
    const start = text.indexOf(n);
    return { id: `name:${n.toLowerCase()}`, start, end: start + n.length };
  });

describe('the place hierarchy a page states', () => {
  it('reads "X, in the western Y region", possessives and joined names', () => {
    const t = 'Gunmen struck the towns of Alfa and Bravo, in Kordia\u2019s Delta region, on Sunday.';
    const within = placesWithinFromText(t, mentions(t, ['Alfa', 'Bravo', 'Kordia', 'Delta']));
    expect(within.get('name:alfa')).toEqual(expect.arrayContaining(['name:delta', 'name:kordia']));
    expect(within.get('name:bravo')).toEqual(expect.arrayContaining(['name:delta']));
    expect(within.get('name:delta')).toEqual(['name:kordia']);
  });

  it('puts a town introduced just after a region inside it, and not a list of towns inside each other', () => {
    const t = 'Ten people died in the northern Echo region. The fighting began in the town of Foxtrot.';
    expect(placesWithinFromText(t, mentions(t, ['Echo', 'Foxtrot'])).get('name:foxtrot')).toEqual(['name:echo']);
    const list = 'Protests spread to Golf, Hotel and India.';
    expect(placesWithinFromText(list, mentions(list, ['Golf', 'Hotel', 'India'])).size).toBe(0);
  });

  it('a distance from a place puts nothing inside it', () => {
    const t = 'The blast hit Juliet, about 40 kilometers north of Kilo.';
    expect(placesWithinFromText(t, mentions(t, ['Juliet', 'Kilo'])).size).toBe(0);
  });

  it('two reports naming a town and its province meet in one incident without a fact-base entry', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const a = 'A blast at a warehouse in Lomaville, in the northern Qarsh province, killed 12 people on Monday, officials said.';
    const b = 'The death toll from Monday\u2019s blast in Qarsh province rose to 15 on Tuesday, officials said.';
    await analyzePage({ label: 'a', url: 'https://a.example/1', title: 'A', publishedAt: '2020-05-05', siteName: 'A', text: a }, fb, { remember: true });
    const r = await analyzePage({ label: 'b', url: 'https://b.example/1', title: 'B', publishedAt: '2020-05-06', siteName: 'B', text: b }, fb, { remember: true });
    expect(r.conflicts.map((c) => [c.kind, c.other.value])).toEqual([['update', 12]]);
  });
});

describe('a compass part of a country is as wide as the country', () => {
  it('East China, western Kazakhstan', () => {
    expect(isCountryPlace('name:east china')).toBe(true);
    expect(isCountryPlace('western Kazakhstan')).toBe(true);
    expect(isCountryPlace('name:east london')).toBe(false);
  });
});

describe('capitals described, not named', () => {
  it('"the Kyrgyz capital" is Bishkek; a named capital is left to its name', () => {
    expect(capitalMentions('A car bomb exploded in the Kyrgyz capital on Tuesday.', () => null).map((m) => m.text)).toEqual(['Bishkek']);
    expect(capitalMentions('Protests in the Kazakh capital, Astana, ended.', () => null)).toEqual([]);
    expect(capitalMentions('The Capital One arena.', () => null)).toEqual([]);
  });
});

describe('stated changes inside a sentence', () => {
  it('"revised the toll up from 10" gives the old value', () => {
    const c = claim('The ministry raised the official toll to 11. Its spokesman revised the toll up from 10.', '10');
    expect(c?.previous).toBe(true);
  });

  it('"Fourteen people died ..., revising the previous toll of 11" is a change from 11', () => {
    const cs = claimsOf('Fourteen people died in the blast on Monday, the minister said, revising the previous toll of 11 deaths.');
    expect(cs.find((c) => c.value === 14)).toMatchObject({ statedChange: true, changedFrom: 11 });
    expect(cs.find((c) => c.value === 11)?.previous).toBe(true);
  });

  it('"have now died" states a new figure; a repetition of it shares the change', () => {
    expect(claim('Police say nine people have now died in the fire.', 'nine people')?.statedChange).toBe(true);
    const cs = claimsOf('Twelve people died, the mayor said, revising the previous toll of 8. "Today 12 people are dead," he said.');
    expect(cs.filter((c) => c.value === 12).every((c) => c.statedChange)).toBe(true);
  });

  it('"the toll of injured has risen to at least 40" counts the wounded', () => {
    expect(claim('Six people died and the toll of injured has risen to at least 40.', 'at least 40')?.predicate).toMatch(/wounded|injured/);
  });
});

describe('breakdowns of a total just given', () => {
  it('"Eleven died at the scene and three died later" are parts of the 14', () => {
    const cs = claimsOf('In all, 14 people died. Eleven died at the scene and three died later in hospital.');
    expect(cs.find((c) => c.value === 3)?.subset).toBe(true);
    expect(cs.find((c) => c.value === 11)?.subset).toBe(true);
    expect(cs.find((c) => c.value === 14)?.subset).toBeFalsy();
  });

  it('two figures that do not add up to the total stay counts of their own', () => {
    const cs = claimsOf('In all, 14 people died. Five died on Monday and two died on Tuesday.');
    expect(cs.find((c) => c.value === 2)?.subset).toBeFalsy();
  });
});

describe('who a comparison counts', () => {
  const read = async (texts: [string, string][]) => {
    const fb = MemoryFactbase.fromBundle(null);
    let last;
    for (const [date, text] of texts) last = await analyzePage({ label: date, url: `https://x.example/${date}`, title: 'T', publishedAt: date, siteName: `site-${date}`, text }, fb, { remember: true });
    return last!.conflicts.map((c) => [c.kind, c.other.value]);
  };

  it('the seriously injured are not all the injured', async () => {
    const found = await read([
      ['2020-05-05', 'An explosion at a plant in Norburg killed 20 people on Monday and injured more than 300 others.'],
      ['2020-05-05', 'The explosion at the plant in Norburg on Monday killed 20 people; 60 were seriously injured.'],
    ]);
    expect(found).toEqual([]);
  });

  it('"20 victims" where the attacker died, against a toll of 21, is a scope difference', async () => {
    const found = await read([
      ['2020-05-05', 'A gunman killed 21 people at a school in Tarsk on Monday.'],
      ['2020-05-06', 'The dead of Monday\u2019s shooting at the school in Tarsk are the attacker himself and 20 victims.'],
    ]);
    expect(found).toContainEqual(['scope', 21]);
    expect(found.filter((f) => f[0] === 'conflict')).toEqual([]);
  });

  it('a count of churches in a toll sentence is no toll', () => {
    const cs = claimsOf('At least three people were killed in attacks on two Orthodox churches in Vesk on Sunday.');
    const churches = cs.find((c) => c.figureText === 'two Orthodox churches');
    // Either it measures nothing, or it is never compared with people: its head noun is a building.
    expect(churches === undefined || churches.predicate === 'other' || /church/i.test(churches.counted ?? '')).toBe(true);
  });

  it('a figure for one of the places an incident spans is that place\'s part, not the whole', async () => {
    const found = await read([
      ['2020-05-05', 'Gunmen attacked the cities of Derbent and Makhachkala, in Russia\u2019s Dagestan region, on Sunday, killing at least four people.\n\nIn Makhachkala, about 100 kilometers north of Derbent, police returned fire, and two attackers were killed.'],
      ['2020-05-06', 'At least six attackers were killed after Sunday\u2019s attacks in the Dagestan region, officials said.'],
    ]);
    expect(found.filter((f) => f[0] === 'conflict')).toEqual([]);
  });
});
