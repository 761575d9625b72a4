/**
 * Figure rules written against the benchmark sets 4-8 (issue 16): what is no figure (addresses,
 * emergency numbers, an index's name, a year after a hedge, a stat table's cells, a relative date
 * in vague words) and the intervals of ranges of shares, hedged shares and "no longer than".
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract/figures';

const texts = (t: string): string[] => extractFigures(t).map((f) => f.text);
const intervals = (t: string): Array<[string, number | null, number | null]> => extractFigures(t).map((f) => [f.text, f.low, f.high]);

describe('numbers that are no figure', () => {
  it.each<[string, string]>([
    ['a house number before a street', 'Officers arrested Christopher D. Battin, who resides at 2134 Caldwell Place.'],
    ['a house number before an abbreviated street and an ordinal', 'He lives at 1119 Eighth St. in Columbus.'],
    ['a house number before a road with a direction', 'The car was found at 3170 W. County Road 600S on Monday.'],
    ['an emergency number before its calls', 'Officials began receiving 911 calls Tuesday afternoon.'],
    ['an emergency number after a call verb', 'A witness spotted the sedan and called 911.'],
    ['a citation marker', 'Nurses hear alarms all shift[1]. [2] Joint Commission'],
    ['an age after "age" or "aged"', 'The rules cover people aged 26 or older, and he left at age 54.'],
    ['the number of an index’s name', 'Shares outpaced the Dow Jones Industrial Average and S&P 500 over the same span.'],
    ['a ranking’s number', 'It joined the Fortune 500 last year.'],
    ['a year after a hedge opened by a preposition of time', 'They do not expect to act until at least 2021.'],
    ['a year before what it names', 'Wales qualified for the 2020 playoffs after the 2018 elections.'],
    ['a vague span of time before "ago"', 'Since his injury a couple of weeks ago, Thomas has filled in.'],
    ['a snap-count table’s row', 'DL Larry Ogunjobi 63 85% 1 tackle (1 combined). 1 sack, 1 TFL, 2 QH.'],
    ['a row with a share beside a bare number', 'CB Tavierre Thomas 1 1% No stats registered.'],
    ['stat abbreviations after counts', 'He finished with 3 QH and 2 TFL.'],
    ['records in a named league', 'At 4-7, including 2-6 in the AFC and 0-3 in AFC West, the Chargers are out.'],
    ['ratings in a paragraph about a game', 'He posted an elite 93.2 defensive grade. He had two INTs and a PBU, allowing a passer rating of just 22.4'],
  ])('ignores %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('keeps what is counted beside them', () => {
    expect(texts('Police said 6 people were arrested at 2134 Caldwell Place.')).toEqual(['6 people']);
    expect(texts('The center took 911 calls from 300 residents.')).toEqual(['300 residents']);
    expect(texts('The firm has 911 employees, and 964,000 people age 12 and older use it.')).toEqual(['911 employees', '964,000 people']);
    expect(texts('The FTSE 100 fell 20 points to 7,300.')).toEqual(['20 points', '7,300']);
    expect(texts('They expect at least 2021 people by 2030.')).toEqual(['at least 2021 people']);
    expect(texts('They hired 2020 workers.')).toEqual(['2020 workers']);
    expect(texts('It took a couple of weeks.')).toEqual(['a couple of weeks']);
    // A share after a year is no table cell; a whole number after a stat may be people.
    expect(texts('In 2019 45% of voters stayed home.')).toEqual(['45% of voters']);
    expect(texts('He is fifth with 86 triple-doubles. Police said 40 were hurt.')).toEqual(['40']);
  });
});

describe('intervals of shares and bounds', () => {
  it('reads a range of shares with the sign after each number', () => {
    expect(intervals('The company faced a [0.6% to 0.7%] hurricane headwind.')).toEqual([['0.6% to 0.7%', 0.6, 0.7]]);
    expect(intervals('between 5% and 7% of voters')).toEqual([['between 5% and 7% of voters', 5, 7]]);
  });

  it('reads "from X% to Y%" as a change, not a range', () => {
    expect(intervals('Use rose by 37 percent, from 0.90 percent to 1.23 percent.').map(([t]) => t)).toEqual(['37 percent', '0.90 percent', '1.23 percent']);
  });

  it('reads a hedged share that stands alone, but not half an hour', () => {
    expect(intervals('Of the total, just over half were female.')).toEqual([['just over half', 50, null]]);
    expect(intervals('It wiped out nearly one-third of Europe’s population.')).toEqual([['nearly one-third', 30, 33.3]]);
    expect(texts('It took about half an hour.')).toEqual([]);
  });

  it('reads "up to" as a bound after "raise" and before "an additional"', () => {
    expect(intervals('Alibaba is set to raise up to $12.9bn from its listing.')).toEqual([['up to $12.9bn', 0, 12.9e9]]);
    expect(intervals('Underwriters may buy up to an additional 15 per cent of shares.')).toEqual([['up to an additional 15 per cent of shares', 0, 15]]);
    expect(intervals('It would increase output by 23.5% up to 13.5 billion.').map(([t]) => t)).toEqual(['23.5%', '13.5 billion']);
  });

  it('reads a price per unit, and no date written with a slash', () => {
    expect(intervals('Costs fell to around $0.23/W, and power sold at $0.03/kWh.')).toEqual([['around $0.23', 0.2, 0.3], ['$0.03', 0.03, 0.03]]);
    expect(texts('On 11/20 the shop was open 24/7.')).toEqual([]);
  });

  it('reads "no longer than" as an upper bound', () => {
    expect(intervals('Guidelines recommend holding people no longer than 72 hours.')).toEqual([['no longer than 72 hours', 0, 72]]);
  });

  it('keeps "up to" a bound when the change word stands in an earlier clause', () => {
    expect(intervals('He pressed his team to more than triple that figure, then trimmed that a little and asked for up to $50 billion.')).toEqual([['up to $50 billion', 0, 50e9]]);
  });
});
