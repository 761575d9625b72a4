/**
 * The chrono instances dates are read with: chrono's strict English and Russian configurations
 * without their time-of-day parsers, each parser asked only when its window holds what its
 * pattern needs, and the refiners run only when a parser found something. The answers are chrono's
 * own (test/extract/date-parser.test.ts and test/extract/ru/dates-ru.test.ts compare them with the
 * ungated parsers on every sentence of the fixture pages); the cost is a fraction.
 *
 * A time alone ("at 10 p.m.") dates nothing (claims are dated to the day), and the time-of-day
 * parser, tried at every position of every window, was half of chrono's cost; it also read a list
 * of days ("7 и 9 мая") as hours. Dates with a time ("June 5 at 10 a.m.") are still read, as the date.
 */
import * as chrono from 'chrono-node';

/** Whether a chrono parser reads times of day: the time-expression parsers share this method. */
export function readsTimeOfDay(parser: unknown): boolean {
  // Found by a method of chrono's AbstractTimeExpressionParser, not by class name: a minifier
  // renames classes but keeps method names.
  return typeof (parser as { extractPrimaryTimeComponents?: unknown }).extractPrimaryTimeComponents === 'function';
}

type Configuration = ReturnType<typeof chrono.en.configuration.createConfiguration>;

/** chrono's strict English parsers less the time-of-day ones, as a configuration. */
export function englishDateConfiguration(): Configuration {
  const cfg = chrono.en.configuration.createConfiguration(true, false);
  cfg.parsers = cfg.parsers.filter((p) => !readsTimeOfDay(p));
  return cfg;
}

const NO_MATCH = /(?!)/;

/**
 * `parser`, asked only when the text holds `need` (a test every match of its pattern passes):
 * a window without it gets a pattern that never matches, at the cost of one short test.
 */
function gated(parser: chrono.Parser, need: RegExp | null, always?: (c: chrono.ParsingContext) => boolean): chrono.Parser {
  if (!need) return parser;
  return {
    pattern: (c) => (need.test(c.text) || always?.(c) ? parser.pattern(c) : NO_MATCH),
    extract: (c, m) => parser.extract(c, m),
  };
}

type ExecuteParser = (context: chrono.ParsingContext, parser: chrono.Parser) => chrono.ParsingResult[];
// chrono's own loop over one parser's matches (a static it declares private, public at run time).
const executeParser = (chrono.Chrono as unknown as { executeParser?: ExecuteParser }).executeParser;

/**
 * A Chrono that skips its refiners when no parser found anything: they only merge, filter and
 * adjust results, and on a window without a date (most windows: a month word is also a verb or a
 * name) they cost as much as the parsers.
 */
class LeanChrono extends chrono.Chrono {
  override parse(text: string, referenceDate?: chrono.ParsingReference | Date, option?: chrono.ParsingOption): chrono.ParsedResult[] {
    if (!executeParser) return super.parse(text, referenceDate, option);
    const context = new chrono.ParsingContext(text, referenceDate, option);
    let results: chrono.ParsingResult[] = [];
    for (const parser of this.parsers) {
      const found = executeParser(context, parser);
      if (found.length > 0) results = results.concat(found);
    }
    if (results.length === 0) return results;
    results.sort((a, b) => a.index - b.index);
    for (const refiner of this.refiners) results = refiner.refine(context, results) as chrono.ParsingResult[];
    return results;
  }
}

// What the English patterns need. A time unit ("3 days ago", "within two weeks", "a year later")
// stands after a non-letter, or glued to the number word chrono allows before it.
const TIME_UNIT = /(?:^|[^\p{L}]|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|the|half|couple|of)(?:second|minute|hour|day|week|month|quarter|year)/iu;
const MONTH = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
// In createConfiguration(true)'s order, less the time-of-day parser: year-month-day, ISO, slashes,
// "within n units", the day before the month ("5 June"), the month before the day ("June 5"),
// weekdays, month/year, "n units ago", "n units later", the year before the month.
const ENGLISH_NEEDS: (RegExp | null)[] = [/\d{4}[-./\s]/, /\d{4}-\d/, /\d[/.-]\d/, TIME_UNIT, MONTH, MONTH, /sun|mon|tue|wed|thu|fri|sat|week/i, /\d\/\d{4}/, TIME_UNIT, TIME_UNIT, MONTH];

/** The English parsers (strict, no time of day), each gated by what its pattern needs. */
function englishChrono(): chrono.Chrono {
  const config = englishDateConfiguration();
  // A chrono with other parsers than these is used ungated: slower, never wrong.
  if (config.parsers.length !== ENGLISH_NEEDS.length) return new chrono.Chrono(config);
  return new LeanChrono({ parsers: config.parsers.map((p, i) => gated(p, ENGLISH_NEEDS[i]!)), refiners: config.refiners });
}

/** Parses English dates in strict mode, times of day left out (chrono's answers, gated). */
export const englishDates = englishChrono();

/**
 * chrono's Russian strict parser (the parsers and refiners of `chrono.ru.strict`, in its order,
 * less the time-of-day parser), gated as the English one. Most of its cost was the
 * "в течение n дней" parser, which builds its RegExp anew on every call (chrono 2.10.3); the
 * others each run a long Unicode RegExp over the window. The month-name parser, which needs only
 * digits, always runs.
 */
function russianChrono(): chrono.Chrono {
  const config = chrono.ru.createConfiguration(true);
  // What each parser's pattern needs, in createConfiguration's order: ISO (2016-06-05), slashes
  // and points (05.06.2016), "в течение" (only without forwardDate, as here), the month name
  // (none), a weekday or its abbreviation, times (none), "назад".
  const needs: (RegExp | null)[] = [/\d{4}-\d/, /\d[/.-]\d/, /в течени[еи]/iu, null, /вск|воскрес|понед|пн|вт|ср|четв|чт|пятн|пт|суббот|сб/iu, null, /назад/iu];
  if (config.parsers.length !== needs.length) return chrono.ru.strict;
  const parsers = config.parsers.flatMap((p, i): chrono.Parser[] => (readsTimeOfDay(p) ? [] : [gated(p, needs[i]!, (c) => i === 2 && c.option.forwardDate === true)]));
  return new LeanChrono({ parsers, refiners: config.refiners });
}

/** Parses Russian dates in strict mode, times of day left out (chrono's answers, gated). */
export const russianDates = russianChrono();
