import { describe, expect, it } from 'vitest';
import { findDates } from '../../lib/extract/dates';

describe('findDates', () => {
  it.each([
    ['Authorities killed 18 terrorists on June 5.', '2016-07', '2016-06-05'],
    ['A court in Aktobe in July sentenced 12 extremists', '2016-07', '2016-07'],
    ['Earlier in January, the KNB detained five', '2016-07', '2016-01'],
    ['He was transferred towards Russia in December 2005', '2011-09', '2005-12'],
    ['spending up to 13.5 billion KZT in 2012', '2011-09', '2012'],
    ['the departure of citizens since 2011', '2016-07', '2011'],
  ])('dates "%s" (article of %s) as %s', (text, ref, date) => {
    expect(findDates(text, ref).map((d) => d.date)).toEqual([date]);
  });

  it('places a month without a year in the latest such month before the article', () => {
    expect(findDates('in November', '2016-07')[0]?.date).toBe('2015-11');
  });

  it('finds nothing in a sentence without dates', () => {
    expect(findDates('In the past year and a half, 23,000 pieces were blocked', '2016-07')).toEqual([]);
  });

  it('reads a numeric date with points day first, and one with slashes as chrono does (month first)', () => {
    expect(findDates('He was jailed on 12.06.2015 in Almaty.', '2016-07-20').map((d) => d.date)).toEqual(['2015-06-12']);
    expect(findDates('Dushanbe, 30.08.2016. Gunmen attacked a post.', '2016-09-01').map((d) => d.date)).toEqual(['2016-08-30']);
    expect(findDates('Sales on 5/6/2016 rose.', '2016-07-20').map((d) => d.date)).toEqual(['2016-05-06']);
    expect(findDates('version 1.2.2015x of the app', '2016-07-20')).toEqual([]);
  });
});
