import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { englishDateConfiguration, englishDates, readsTimeOfDay } from '../../lib/extract/date-parser';
import { findDates } from '../../lib/extract/dates';

describe('englishDates', () => {
  it('drops exactly the time-of-day parser from the strict configuration', () => {
    // If a chrono upgrade renames the method the filter looks for, nothing would be dropped and
    // the speed gain would silently go: this count says so.
    const all = chrono.en.configuration.createConfiguration(true, false).parsers;
    expect(all.filter(readsTimeOfDay)).toHaveLength(1);
    expect(englishDateConfiguration().parsers).toHaveLength(all.length - 1);
  });

  it('reads no time alone, and a date with a time as its date', () => {
    const ref = new Date(Date.UTC(2016, 6, 20, 12));
    expect(englishDates.parse('shortly after 10 p.m. local time', ref)).toHaveLength(0);
    const [r] = englishDates.parse('on June 5 at 10 a.m. the attack began', ref);
    expect([r?.start.get('month'), r?.start.get('day')]).toEqual([6, 5]);
    expect(findDates('The attack began on June 5 at 10 a.m. in Aktobe.', '2016-07-20').map((d) => d.date)).toEqual(['2016-06-05']);
  });
});
