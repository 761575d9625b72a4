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
  const out: ActorMention[] = [];
  // The expression is tried only around each "capital": run over the whole text it tests every
  // position, and most pages say "capital" a few times at most. The window reaches back past any
  // description's length, and one character more, so the word boundary before "the" is seen.
  for (let at = text.indexOf('capital'); at >= 0; at = text.indexOf('capital', at + 7)) {
    const lo = Math.max(0, at - WINDOW_BACK);
    const window = text.slice(lo, at + WINDOW_AHEAD);
    CAPITAL_DESCRIPTION.lastIndex = 0;
    for (let m = CAPITAL_DESCRIPTION.exec(window); m; m = CAPITAL_DESCRIPTION.exec(window)) {
      // Only the description ending in this "capital": an earlier one in the window was read at its own.
      if (lo + m.index + m[0].length - 7 !== at) continue;
      // "the" at the window's cut is a word start only if the text has no word character before it.
      if (m.index === 0 && lo > 0 && WORD_CHAR.test(text[lo - 1]!)) continue;
      const country = DEMONYMS.get(m[1]!.toLowerCase());
      const city = country ? CAPITALS[country] : undefined;
      if (!city) continue;
      const start = lo + m.index;
      out.push({ start, end: start + m[0].length, text: city, type: 'place', actorId: idFor(city), canonical: city, confidence: 0.8, reason: `"${m[0]}"` });
    }
  }
  return out;
}

// "the" and at most two capitalised words before "capital", and what may follow it ("capital, Bishkek").
const WINDOW_BACK = 72;
const WINDOW_AHEAD = 7 + 40;
const WORD_CHAR = /[A-Za-z0-9_]/;
