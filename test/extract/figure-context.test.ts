import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../lib/extract/figures';

const texts = (t: string): string[] => extractFigures(t).map((f) => f.text);

describe('numbers that are not figures', () => {
  it.each<[string, string]>([
    ['list numbering', 'The rankings were as follows:\n1. Finland\n2. Norway\n10. United States'],
    ['section numbering', 'Contents\n5.3 Conferences\n5.4 Awards'],
    ['a step label', 'Step 4\nUsing floral pins, attach enough moss.'],
    ['axis ticks on a line of their own', 'Production rose.\n2010 2012 2014 2016\nThe chart shows it.'],
    ['a share counter', 'A headline\n6366\nThe story begins here.'],
    ['abbreviated years', "Spending from '17 to '28 is shown."],
    ['a number glued to CJK', '每年12月向來是攝影班外拍的絕佳場所之一'],
    ['a score', 'Arsenal beat Chelsea 3-1 on Sunday.'],
    ['a version after a name', 'Apple released iOS 17 and Windows 11 got an update.'],
    ['an age after a name', 'Dr. Jane Goodall, 89, spoke in Nairobi.'],
  ])('ignores %s', (_, text) => {
    expect(texts(text)).toEqual([]);
  });

  it('does not take the 6 of "6 ½ minutes" as six', () => {
    expect(extractFigures('It stopped transmitting data 6 ½ minutes after the launch.').map((f) => f.value)).not.toContain(6);
  });

  it('still reads a count in running text', () => {
    expect(texts('The report assessed 10 wealthy countries.')).toEqual(['10 wealthy countries']);
  });

  it('still reads a count after a name when a noun follows', () => {
    expect(texts('Police in Almaty 12 people were detained.').map((t) => t.startsWith('12'))).toContain(true);
  });
});
