/**
 * Definite descriptions of a capital ("the Kyrgyz capital", "the Kazakh capital"): a page may name
 * the event's city only this way, so they stand for the city as a place mention. The knowledge
 * (which city is whose capital) is data, in data/capitals.json; the nationality words come from
 * data/nationalities.json.
 */
import capitals from '../../data/capitals.json';
import type { ActorMention } from '../extract/types';
import { DEMONYMS } from './countries';

const CAPITALS: Readonly<Record<string, string>> = (capitals as { capitals: Record<string, string> }).capitals;

// "the Kyrgyz capital", not "the Kyrgyz capital, Bishkek" or "the Kyrgyz capital Bishkek" (named).
const CAPITAL_DESCRIPTION = /\bthe\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+capital\b(?!,?\s+\p{Lu})/gu;

/**
 * Place mentions for the capitals the text describes, in text order; `idFor` gives a city's
 * fact-base id when the fact base knows it. One regular expression over the text: cheap.
 */
export function capitalMentions(text: string, idFor: (name: string) => string | null): ActorMention[] {
  if (!text.includes(' capital')) return [];
  const out: ActorMention[] = [];
  CAPITAL_DESCRIPTION.lastIndex = 0;
  for (let m = CAPITAL_DESCRIPTION.exec(text); m; m = CAPITAL_DESCRIPTION.exec(text)) {
    const country = DEMONYMS.get(m[1]!.toLowerCase());
    const city = country ? CAPITALS[country] : undefined;
    if (!city) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: city, type: 'place', actorId: idFor(city), canonical: city, confidence: 0.8, reason: `"${m[0]}"` });
  }
  return out;
}
