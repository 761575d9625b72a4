/**
 * Country names (from the nationalities data, data/nationalities.json): a country is too wide an
 * area to link two event reports by, and the one a figure's nationals belong to.
 */
import nationalities from '../../data/nationalities.json';
import { aliasKey } from '../extract/normalize';

const DEMONYM_MAP: ReadonlyMap<string, string> = new Map(
  Object.entries((nationalities as { demonyms: Record<string, string> }).demonyms).map(([k, v]) => [k.toLowerCase(), v]),
);

/** Nationality words (lower case, "kazakh", "south african") and the country each names. */
export const DEMONYMS: ReadonlyMap<string, string> = DEMONYM_MAP;

/** Folded names of the countries the nationalities data knows. */
export const COUNTRY_KEYS: ReadonlySet<string> = new Set([...DEMONYM_MAP.values()].map((c) => aliasKey(c)));

/** Whether a place id (a fact-base id, or `name:<folded name>`) or name is a country's. */
export function isCountryPlace(idOrName: string): boolean {
  const k = idOrName.replace(/^name:/, '');
  if (COUNTRY_KEYS.has(k) || COUNTRY_KEYS.has(aliasKey(k.replace(/-/g, ' ')))) return true;
  // "East China", "western Kazakhstan": a part of a country named by its compass point is as
  // wide as the country for linking.
  const m = COMPASS.exec(k.replace(/-/g, ' '));
  return m !== null && COUNTRY_KEYS.has(aliasKey(k.replace(/-/g, ' ').slice(m[0].length)));
}

const COMPASS = /^(?:(?:north|south)(?:\s*(?:east|west))?|east|west|central|(?:north|south)?(?:east|west)?ern|northern|southern)\s+/i;
