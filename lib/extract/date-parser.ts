/**
 * The chrono instance English dates are read with: chrono's strict English configuration without
 * its time-of-day parser. A time alone ("at 10 p.m.") dates nothing (claims are dated to the day),
 * and that parser's expression, tried at every position of every window, was half of chrono's
 * cost. Dates with a time ("June 5 at 10 a.m.") are still read, as the date. (Russian dates have
 * their own chrono in dates.ts, `parseRussianDates`, which answers exactly as chrono's.)
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
