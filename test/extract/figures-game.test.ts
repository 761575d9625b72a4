import { describe, expect, it } from 'vitest';
import gameWords from '../../data/lexicon/game-figures.json';
import { extractFigures } from '../../lib/extract/figures';

const texts = (t: string): string[] => extractFigures(t).map((f) => f.text);
const intervals = (t: string): Array<[string, number | null, number | null]> => extractFigures(t).map((f) => [f.text, f.low, f.high]);

describe('a game’s bookkeeping is not a figure', () => {
  it('keeps a count before a model number, and a count of people of one', () => {
    expect(texts('Emirates confirmed five 787 Dreamliner sales.')).toEqual(['five']);
    expect(texts('Police said 1 person was killed and 14 were injured.')).toContain('1 person');
  });

  it.each<[string, string]>([
    ['a score after a result verb', 'The Lakers beat the Sabres 4-1 on Sunday.'],
    ['a score written high-low without a verb', 'Eastern Michigan rolled past Northern Illinois, 45-17, on Tuesday night.'],
    ['a record of three numbers', 'New York improved to 14-0-1 in its last 15 games.'],
    ['a record in brackets', 'The Eagles (6-5, 3-4) snapped a losing streak to the Huskies (4-7, 3-4).'],
    ['a record followed by "record"', 'They finished with a 10-3 record.'],
    ['a stat line', 'He had 31 points, 10 rebounds and 5 assists.'],
    ['stats of another sport', 'Shaq Vann rushed for 101 yards and a touchdown on 14 carries.'],
    ['a stat pair', 'Glass was 20-of-24 passing, and he went 2-for-5 at the plate.'],
    ['a streak', 'The reeling Predators have lost five straight.'],
    ['a result after "won"', 'Winnipeg has won three in a row and five of six.'],
    ['a compound record word', 'They snapped an 11-game losing streak with a 3-pointer.'],
    ['a game clock', 'He drilled a shot with 55 seconds left.'],
    ['the head line of a round-up', 'Wild 4, Sabres 1: Zach Parise scored twice.'],
    ['a record noun in a sentence about a game', 'He had 25 points as the Lakers won for the eighth time in nine meetings.'],
    ['a bare count after a stat in the same sentence', 'Danilo Gallinari added 25 points, and Nerlens Noel had 15.'],
    ['a goalkeeper’s shots', 'Linus Ullmark stopped 22 shots.'],
    ['a golf round', 'Woods shot a 5-under 67 on Thursday.'],
    ['a stat of one', 'Viera (4-0): K. Hupfer 1 goal. J. Anasa 1 assist. D. Robbins 1 save.'],
    ['a box score row and its total', 'Rockledge 14 11 6 15 — 44\nPalm Bay 18 22 13 17 — 70'],
  ])('ignores %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('has only nouns ending in "s" in its lists (figure/game.ts looks at that letter first)', () => {
    for (const w of [...gameWords.statNouns, ...gameWords.recordNouns, ...gameWords.statPhrases]) expect(w, w).toMatch(/s$/);
  });

  it('reads a record noun as a record in a paragraph about a game, a bare count only in its sentence', () => {
    expect(texts('He is fifth with 86 triple-doubles. Kidd, who did it against 28 teams, was a model.')).toEqual([]);
    expect(texts('He is fifth with 86 triple-doubles. Police said 40 were hurt.')).toEqual(['40']);
    expect(texts('He is fifth with 86 triple-doubles.\nKidd did it against 28 teams.')).toEqual(['28 teams']);
  });

  it('keeps money and counts of people in a sentence about a game', () => {
    expect(texts('Both teams received $250,000 fines after the 5-4 loss.')).toEqual(['$250,000']);
    expect(texts('Three fans were hurt at the game, which the Jets won 21-14.')).toEqual(['Three fans']);
  });

  it('keeps a range written low-high and games counted outside a game', () => {
    expect(intervals('About 10-15 people were hurt.')).toEqual([['About 10-15 people', 10, 15]]);
    expect(texts('Nine people died in a fire, and 12 games were postponed.')).toEqual(['Nine people', '12 games']);
  });
});

describe('markets, models and references', () => {
  it('keeps an index’s points, level and change, but not the number in its name', () => {
    expect(intervals('The S&P 500 index lost 1.85 points, or 0.06%, to 3,120.18.')).toEqual([
      ['1.85 points', 1.85, 1.85],
      ['0.06%', 0.06, 0.06],
      ['3,120.18', 3120.18, 3120.18],
    ]);
    expect(texts('The pan-European STOXX 600 index lost 0.12%.')).toEqual(['0.12%']);
    expect(texts('Japan’s Nikkei 225 (N225) declined 0.3%.')).toEqual(['0.3%']);
    expect(texts('The Fed cut rates by 25 basis points.')).toEqual(['25 basis points']);
    expect(texts('The FTSE 100 rose 12 points.')).toEqual(['12 points']);
  });

  it('reads a tenor or a record written as a duration as no figure', () => {
    expect(texts('The 10-year Treasury yield rose to 1.8%.')).toEqual(['1.8%']);
    expect(texts('Three-month aluminum lost 0.06% to $1,737.00 a tonne.')).toEqual(['0.06%', '$1,737.00']);
    expect(texts('Shares hit a 52-week high, and European stocks a four-year high.')).toEqual([]);
    expect(texts('They were jailed for two years.')).toEqual(['two years']);
  });

  it('reads a model’s number as no figure', () => {
    expect(texts('Emirates will buy 30 of Boeing’s 787-9 Dreamliner jets.')).toEqual(['30']);
    expect(texts('Its fleet of roughly 400 737 Max jets is grounded.')).toEqual(['roughly 400']);
    expect(texts('The 777 program has faced delays.')).toEqual([]);
    expect(texts('Apple released iOS 13.2 to users.')).toEqual([]);
    expect(texts('In 2019 300 people died.')).toEqual(['300 people']);
  });

  it('reads "the two were" as a reference, not a count', () => {
    expect(texts('Rudolph and Garrett fought when the two were on the ground.')).toEqual([]);
    expect(texts('The seven killed were a vendor, a passer-by and five soldiers.')[0]).toBe('seven');
  });

  it('reads a capitalised number word after a capitalised word as a name', () => {
    expect(texts('He is the Big Ten’s leading passer.')).toEqual([]);
  });
});

describe('intervals of wordings seen on business pages', () => {
  it.each<[string, string, Array<[string, number | null, number | null]>]>([
    ['"between … to"', 'He thinks the number will be between four to six services.', [['between four to six services', 4, 6]]],
    ['a change "by N to M"', 'A reduction of 777x jets, down by 30 to 126, was agreed.', [['30', 30, 30], ['126', 126, 126]]],
    ['a close "by N to M" range', 'Jobs rose by 5 to 10 percent.', [['5 to 10 percent', 5, 10]]],
    ['a hedged "one"', 'It was seen more than one night out of 17.', [['more than one night', 2, null], ['17', 17, 17]]],
    ['a span after "for" before "before"', 'They soak for several hours before reeling them in.', [['several hours', 3, 9]]],
    ['an age after "for"', 'There is little affection for 52-year-old Grace.', []],
    ['a fraction of a possessive whole', 'More than a third of WeWork’s 12,000 employees will go.', [['More than a third', 33.3, null], ['12,000 employees', 11500, 12500]]],
  ])('reads %s', (_, text, want) => {
    expect(intervals(text)).toEqual(want);
  });
});
