/**
 * The Russian dates parser (dates.ts, `parseRussianDates`) answers what chrono's Russian strict
 * parsers (less the time-of-day one) answer ungated: it runs the same parsers and refiners,
 * skipping a parser only when the window lacks a word its pattern needs. Checked on a window for each parser and on every sentence of
 * the Russian test pages and around each of their numbers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { readsTimeOfDay } from '../../../lib/extract/date-parser';
import { findDates, parseRussianDates, referenceDate } from '../../../lib/extract/dates';
import { splitSentences } from '../../../lib/extract/sentences';

const COMPONENTS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'millisecond', 'meridiem', 'timezoneOffset'] as const;

// Without a reference date chrono implies the missing parts from the clock: only the parts the
// text states are compared then.
function components(c: chrono.ParsedComponents | null, statedOnly: boolean): unknown {
  return c && COMPONENTS.filter((k) => !statedOnly || c.isCertain(k)).map((k) => [k, c.get(k), c.isCertain(k)]);
}

function read(results: chrono.ParsedResult[], statedOnly = false): unknown {
  return results.map((r) => ({ index: r.index, text: r.text, start: components(r.start, statedOnly), end: components(r.end ?? null, statedOnly) }));
}

// The reference: chrono's strict Russian parsers, ungated, less the time-of-day one (which Dossier
// leaves out: a time alone dates nothing).
const config = chrono.ru.createConfiguration(true);
const UNGATED = new chrono.Chrono({ parsers: config.parsers.filter((p) => !readsTimeOfDay(p)), refiners: config.refiners });

function strict(text: string, ref: Date | undefined): unknown {
  return read(UNGATED.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false }), !ref);
}

const REF = referenceDate('2016-07-20');

describe('parseRussianDates', () => {
  it('leaves out exactly the time-of-day parser, and reads a list of days as the last day', () => {
    expect(config.parsers.filter(readsTimeOfDay)).toHaveLength(1);
    // With the time parser, "7 и 9" read as hours and the date was lost.
    expect(findDates('7 и 9 мая из Сирии эвакуирован 231 гражданин.', '2019-05-20').map((d) => d.date)).toEqual(['2019-05-09']);
  });

  it.each([
    ['an ISO date', 'опубликовано 2016-06-05 в Актобе'],
    ['a date with points', 'Задержан 05.06.2016 в Актобе'],
    ['a date with slashes', 'Задержан 5/6/2016 в Актобе'],
    ['"в течение" a span', 'Их задержали в течение трёх дней после нападения'],
    ['a weekday', 'В понедельник, 6 июня, в Актобе объявили траур'],
    ['a weekday abbreviated', 'Сб., 5 июня, в Актобе'],
    ['"назад"', 'Два дня назад в Актобе напали на оружейный магазин'],
    ['a day and a month', '5 июня 2016 года в центре Актобе'],
    ['a time with the date', '5 июня в 10:30 утра в Актобе'],
    ['a range of days', 'с 5 по 7 июня в Актобе'],
  ])('reads %s as the ungated parsers do', (_, text) => {
    const expected = strict(text, REF);
    expect(expected).not.toEqual([]);
    expect(read(parseRussianDates(text, REF))).toEqual(expected);
    expect(read(parseRussianDates(text, undefined), true)).toEqual(strict(text, undefined));
  });

  it('reads every sentence of the Russian test pages, and the text around each number, as the ungated parsers do', () => {
    const dir = 'test/fixtures/ru';
    let found = 0;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
      const page = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { text: string; publishedAt: string | null };
      const ref = referenceDate(page.publishedAt);
      // Each sentence, and a window around each number of it (as findDates cuts them).
      const windows = splitSentences(page.text).map((s) => page.text.slice(s.start, s.end));
      for (const m of page.text.matchAll(/\d+/g)) windows.push(page.text.slice(Math.max(0, m.index - 24), m.index + 36));
      for (const w of windows) {
        const expected = strict(w, ref);
        found += (expected as unknown[]).length;
        expect(read(parseRussianDates(w, ref)), `${f}: ${w}`).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(20);
  });
});
