import { describe, expect, it } from 'vitest';
import { judgeNames } from '../../lib/extract/names/judge';
import { findUnknownActors } from '../../lib/extract/proper-nouns';
import { splitSentences } from '../../lib/extract/sentences';

function judged(text: string): ReturnType<typeof judgeNames> {
  return judgeNames(text, [], findUnknownActors(text, splitSentences(text), []));
}
const names = (text: string): string[] => judged(text).actors.map((m) => m.text);

describe('judgeNames: words that are not names', () => {
  it.each<[string, string, string]>([
    ['a contraction', 'I’d never say that about Zorvex. I’d say more.', 'I’d'],
    ['a contraction with not', 'Didn’t anyone see it? Didn’t they care about Zorvex?', 'Didn’t'],
    ['an interface word on its own line', 'Follow\n\nThe report by Zorvex Labs was published on Monday.', 'Follow'],
    ['a shouted label', 'EXCLUSIVE\n\nThe dress of Lupita Nyong’o was stolen, Zorvex said.', 'EXCLUSIVE'],
    ['a shouted run of ordinary words', 'SIGN UP FOR OUR NEWSLETTER\n\nThe company Zorvex said it would appeal.', 'SIGN UP FOR OUR NEWSLETTER'],
    ['a game in quotes', 'Nintendo announced "Zorblat Quest," its first mobile game. "Zorblat Quest" will launch soon.', 'Zorblat Quest'],
    ['a product before a product noun', 'The Zorvex headset is light. I wore the Zorvex headset for an hour.', 'Zorvex'],
    ['a named storm', 'Hurricane Zelda hit the coast on Monday, and officials in Miami said the storm weakened.', 'Zelda'],
    ['letters glued to a number', 'We watched the 3D Avatar clip with Dana Scully.', 'D Avatar'],
    ['a numbered label', 'The Cowboys lost in Game 7 of the series, Dana Scully said.', 'Game'],
    ['a model code', 'The F-35 program is costly, Dana Scully said.', 'F-35'],
    ['a car model', 'Tesla cut the price of the Model Y again, Dana Scully said.', 'Model Y'],
  ])('drops %s', (_, text, word) => {
    expect(names(text)).not.toContain(word);
  });

  it('marks nothing in CJK text', () => {
    expect(judged('新竹尖石鄉後山一帶層層山巒 Hero也一定要入鏡的 FB 粉絲團 美樹營地 Zorvex').actors).toEqual([]);
  });
});

describe('judgeNames: headlines judged with the body', () => {
  it('keeps of a title-case headline only the names the body gives', () => {
    const text = "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump Supporters?'\n\nSnopes writer David Emery asked about Trump supporters. Emery said it again, as President-elect Trump spoke.";
    const headline = judged(text).actors.filter((m) => m.end < text.indexOf('\n'));
    expect(headline.map((m) => m.text).sort()).toEqual(['David Emery', 'Snopes', 'Trump']);
  });
});

describe('judgeNames: types from evidence, with a reason', () => {
  it('types a company from a cue after it, and says why', () => {
    const m = judged('Zorvex CEO Dana Scully spoke. Later Zorvex said it would appeal.').actors.find((a) => a.text === 'Zorvex')!;
    expect(m.type).toBe('organization');
    expect(m.reason).toMatch(/'ceo' after the name/);
  });

  it('types a two-word company from what companies do', () => {
    const m = judged('The oil major Exxon Mobil reported a profit on Friday.').actors.find((a) => a.text === 'Exxon Mobil')!;
    expect(m.type).toBe('organization');
  });

  it('types a titled name as a person everywhere on the page', () => {
    const ms = judged('Trump supporters gathered. Trump supporters shouted. President-elect Trump waved.').actors.filter((a) => a.text === 'Trump');
    expect(ms.length).toBeGreaterThan(0);
    expect(new Set(ms.map((m) => m.type))).toEqual(new Set(['person']));
    expect(ms[0]!.reason).toMatch(/President-elect/);
  });

  it('links a surname to the full name given on the page, as one person', () => {
    const ms = judged('Prime Minister Benjamin Netanyahu spoke on Monday. Critics said Netanyahu was wrong.').actors;
    const short = ms.find((m) => m.text === 'Netanyahu')!;
    expect(short.refersTo).toBe('Benjamin Netanyahu');
    expect(short.type).toBe('person');
  });

  it('cuts a hyphenated title off a person’s name', () => {
    expect(names('The adviser to Attorney-General George Brandis spoke.')).toContain('George Brandis');
  });
});

describe('judgeNames: the threshold', () => {
  it('lists a long headline-only run as maybe instead of marking it', () => {
    const text = 'Zorblat Quixby Frumple Dorvan Exlix\n\nNothing in the body names them.';
    const j = judged(text);
    expect(j.actors.map((m) => m.text)).not.toContain('Zorblat Quixby Frumple Dorvan Exlix');
    expect(j.maybe.every((m) => m.confidence < 0.4)).toBe(true);
  });
});
