/**
 * The English dates parser (date-parser.ts, `englishDates`) answers what chrono's strict English
 * parsers, less the time-of-day one, answer ungated and with every refiner run: it skips a parser
 * only when the window lacks what its pattern needs, and the refiners only when nothing was found.
 * Checked on a window for each parser and on every sentence of the seed and disagreement pages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { englishDateConfiguration, englishDates, readsTimeOfDay } from '../../lib/extract/date-parser';
import { findDates, referenceDate } from '../../lib/extract/dates';
import { splitSentences } from '../../lib/extract/sentences';

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;

function components(c: chrono.ParsedComponents | null, statedOnly: boolean): unknown {
  return c && COMPONENTS.filter((k) => !statedOnly || c.isCertain(k)).map((k) => [k, c.get(k), c.isCertain(k)]);
}

function read(results: chrono.ParsedResult[], statedOnly = false): unknown {
  return results.map((r) => ({ index: r.index, text: r.text, start: components(r.start, statedOnly), end: components(r.end ?? null, statedOnly) }));
}

// The reference: chrono's own Chrono over the same parsers and refiners, nothing gated.
const UNGATED = new chrono.Chrono(englishDateConfiguration());
const REF = referenceDate('2016-07-20');
const at = (ref: Date | undefined) => (ref ? { instant: ref, timezone: 0 } : undefined);

function same(text: string, ref: Date | undefined): unknown {
  const expected = read(UNGATED.parse(text, at(ref), { forwardDate: false }), !ref);
  expect(read(englishDates.parse(text, at(ref), { forwardDate: false }), !ref), text).toEqual(expected);
  return expected;
}

/** Texts of the English fixture pages: the seeds and the disagreement sets' reports. */
function englishPages(): { text: string; publishedAt: string | null }[] {
  const pages = readdirSync('test/fixtures/seeds').filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(`test/fixtures/seeds/${f}`, 'utf8'), publishedAt: null as string | null }));
  const dir = 'test/fixtures/disagreements';
  for (const set of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const f of readdirSync(`${dir}/${set.name}`).filter((x) => x.endsWith('.txt'))) {
      pages.push({ text: readFileSync(`${dir}/${set.name}/${f}`, 'utf8'), publishedAt: /(\d{4}-\d{2}-\d{2})/.exec(f)?.[1] ?? null });
    }
  }
  return pages;
}

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

  it.each([
    ['a year-month-day date', 'published 2016/06/05 in Aktobe'],
    ['an ISO date', 'published 2016-06-05T10:00 in Aktobe'],
    ['a date with slashes', 'arrested on 6/5/2016 in Aktobe'],
    ['"within" a span', 'they were detained within two weeks of the attack'],
    ['"in" a glued span', 'the trial ends in 3days, officials said'],
    ['the day before the month', 'on 5 June 2016 gunmen attacked'],
    ['a range of days', 'from 5 to 7 June the city mourned'],
    ['the month before the day', 'on June 5, 2016, gunmen attacked'],
    ['a weekday', 'the city mourned on Wednesday, June 8'],
    ['a month and year with a slash', 'figures for 6/2016 show'],
    ['"ago"', 'two days ago gunmen attacked a gun shop'],
    ['"ago" with a glued number word', 'the attack began a fewdays ago'],
    ['"later"', 'three weeks later the trial began'],
    ['the year before the month', 'in 2016 June was the deadliest month'],
  ])('reads %s as the ungated parsers do', (_, text) => {
    expect(same(text, REF)).not.toEqual([]);
    same(text, undefined);
  });

  it('reads what the strict parsers leave unread as they do: nothing', () => {
    for (const text of ['police said over the weekend that', 'the attacks of June', 'Mayor Sunday Monday said']) expect(same(text, REF)).toEqual([]);
  });

  it('reads every sentence of the English fixture pages, and the text around each number and month, as the ungated parsers do', () => {
    let found = 0;
    let windows = 0;
    for (const page of englishPages()) {
      const ref = referenceDate(page.publishedAt);
      const texts = splitSentences(page.text).map((s) => page.text.slice(s.start, s.end));
      for (const m of page.text.matchAll(/\d+|\b(?:[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December|ago|later)\b/g)) {
        texts.push(page.text.slice(Math.max(0, m.index - 24), m.index + 36));
      }
      for (const t of texts) found += (same(t, ref ?? REF) as unknown[]).length;
      windows += texts.length;
    }
    expect(windows).toBeGreaterThan(1500);
    expect(found).toBeGreaterThan(200);
  });
});
