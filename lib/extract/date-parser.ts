/**
 * The chrono instances dates are read with: chrono's strict English and Russian configurations
 * without their time-of-day parsers. A time alone ("at 10 p.m.", "в 10:30") dates nothing (claims
 * are dated to the day), and that parser's expression, tried at every position of every window,
 * was half of chrono's English cost. Dates with a time ("June 5 at 10 a.m.") are still read, as
 * the date. The Russian parsers' patterns are also built once: one of chrono's Russian parsers
 * compiles its expression anew on every parse, a third of the cost of a Russian window.
 */
import * as chrono from 'chrono-node';

/** Whether a chrono parser reads times of day: the time-expression parsers share this method. */
export function readsTimeOfDay(parser: unknown): boolean {
  // Found by a method of chrono's AbstractTimeExpressionParser, not by class name: a minifier
  // renames classes but keeps method names.
  return typeof (parser as { extractPrimaryTimeComponents?: unknown }).extractPrimaryTimeComponents === 'function';
}

/** chrono's strict English parsers less the time-of-day ones, as a configuration. */
export function englishDateConfiguration(): ReturnType<typeof chrono.en.configuration.createConfiguration> {
  const cfg = chrono.en.configuration.createConfiguration(true, false);
  cfg.parsers = cfg.parsers.filter((p) => !readsTimeOfDay(p));
  return cfg;
}

/** Parses English dates in strict mode, times of day left out. */
export const englishDates = new chrono.Chrono(englishDateConfiguration());

type Configuration = ReturnType<typeof chrono.ru.createConfiguration>;
type ChronoParser = Configuration['parsers'][number];
type Context = Parameters<ChronoParser['pattern']>[0];

/**
 * A chrono parser whose pattern is built once per `forwardDate` setting, the only option chrono's
 * patterns depend on (`RUTimeUnitWithinFormatParser` builds a new one on every call otherwise).
 */
export class PatternOnce implements ChronoParser {
  private readonly patterns = new Map<boolean, RegExp>();

  constructor(private readonly inner: ChronoParser) {}

  pattern(context: Context): RegExp {
    const key = context.option.forwardDate === true;
    let p = this.patterns.get(key);
    if (!p) this.patterns.set(key, (p = this.inner.pattern(context)));
    return p;
  }

  extract(context: Context, match: RegExpMatchArray): ReturnType<ChronoParser['extract']> {
    return this.inner.extract(context, match);
  }
}

/** chrono's strict Russian parsers less the time-of-day one, each pattern built once. */
export function russianDateConfiguration(): Configuration {
  const cfg = chrono.ru.createConfiguration(true);
  cfg.parsers = cfg.parsers.filter((p) => !readsTimeOfDay(p)).map((p) => new PatternOnce(p));
  return cfg;
}

/** Parses Russian dates in strict mode, times of day left out. */
export const russianDates = new chrono.Chrono(russianDateConfiguration());
