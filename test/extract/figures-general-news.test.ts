import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract/figures';

const texts = (t: string): string[] => extractFigures(t).map((f) => f.text);
const one = (t: string): { text: string; value: number; low: number | null; high: number | null; unit: string } => {
  const fs = extractFigures(t);
  expect(fs).toHaveLength(1);
  const f = fs[0]!;
  return { text: f.text, value: f.value, low: f.low, high: f.high, unit: f.unit };
};

describe('figures of general news: what is not a figure', () => {
  it.each<[string, string]>([
    ['the number of a console', 'There are Xbox 360 games that will get enhanced.'],
    ['the number of a product line', 'Some PlayStation 4 Pro games let you choose.'],
    ['the number closing a game title', 'Since then Gears of War 4 runs natively in high resolution.'],
    ['a capitalised number word inside a name', 'It was the first time whales had stranded on Ninety Mile Beach last year.'],
    ['the second number of a "one-two" compound', 'The run-up in borrowing costs is a one-two punch.'],
    ['the short second year of a span', 'Aside from a deep downturn like 2008-9, this is unprecedented.'],
    ['a display resolution', 'ILM finished a brand new 4K restoration print.'],
  ])('ignores %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it.each<[string, string]>([
    ['a capitalised number word', 'At Least Six Dead, 28 Injured in Explosion near Oruro\n\nThe blast hit a carnival.'],
    ['digits after a capitalised word', 'At Least 10 Die In Oil City Clashes\n\nPolice fired on protesters.'],
  ])('still reads %s in a title-case headline', (_, text) => {
    expect(extractFigures(text).some((f) => f.start < text.indexOf('\n'))).toBe(true);
  });

  it('still reads a count after a place name', () => {
    expect(texts('Police in Almaty 12 people were detained.').some((t) => t.startsWith('12'))).toBe(true);
  });
});

describe('figures of general news: their intervals', () => {
  it.each<[string, string, number, number | null, number | null]>([
    ['a money range with the sign twice', 'Fillets sell for $24 to $28 a pound.', 24, 24, 28],
    ['"between" with the sign twice', 'A decent one costs between $600 and $800.', 600, 600, 800],
    ['two neighbouring numbers joined by "or"', 'They sell the fish to four or five buyers.', 4, 4, 5],
    ['"or more" after the number', 'Patients had two or more infections.', 2, 2, null],
    ['"up to a" before money', 'The deal could be worth up to a $1 billion.', 1e9, 0, 1e9],
    ['"over" after a figure, spanning a period', 'A bill raised spending by $300 billion over two years.', 2, 2, 2],
    ['"tens of thousands" on its own', 'The shootings killed tens of thousands.', 20000, 20000, 99999],
    ['"dozens of" before a word that is no counted noun', 'The company owns dozens of other internet companies.', 24, 24, null],
  ])('reads %s', (_, text, value, low, high) => {
    const fs = extractFigures(text);
    const f = fs.find((x) => x.value === value);
    expect(f, JSON.stringify(fs.map((x) => [x.text, x.value, x.low, x.high]))).toBeDefined();
    expect([f!.low, f!.high]).toEqual([low, high]);
  });

  it('reads a unit glued to the number as a measure ("1.2GHz")', () => {
    expect(one('It features a CPU running at 1.2GHz now.')).toMatchObject({ value: 1.2, unit: 'ghz' });
  });
});
