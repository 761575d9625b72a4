/**
 * Russian names for the known-actor matcher. A Cyrillic word is stemmed with the Snowball Russian
 * stemmer (@orama/stemmers' port, 7 KB; ё folded to е first) and transliterated with a standard scheme (iuliia's BGN/PCGN), so
 * Назарбаева, Назарбаеву and Назарбаевым all reach "Nazarbayev" in the fact base, whether or not
 * the fact base has a Cyrillic alias. Aliases are keyed the same way (transliterated, then the
 * romanisation skeleton), and a stem matches an alias word it begins, with no more left over than
 * a Russian ending leaves.
 *
 * Imported only by the matcher, which runs in the background and the CLI; never by the content script.
 */
import { BGN_PCGN, translate } from 'iuliia';
import { stemmer } from '@orama/stemmers/russian';
import { skeletonKey } from '../normalize';

const CYRILLIC = /[\u0400-\u04ff]/;

/** True when the word has Cyrillic letters. */
export function isCyrillic(word: string): boolean {
  return CYRILLIC.test(word);
}

// Names are transliterated again and again (a place's key at every figure near it): each answer
// is kept, up to a bound.
let transliterated = new Map<string, string>();

/** Cyrillic → Latin by the BGN/PCGN scheme; Latin text is returned as it is. */
export function transliterate(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  let latin = transliterated.get(text);
  if (latin === undefined) {
    latin = translate(text, BGN_PCGN);
    if (transliterated.size >= 20_000) transliterated = new Map();
    transliterated.set(text, latin);
  }
  return latin;
}

/** The key of an alias word in either script: transliterated, then folded to its romanisation skeleton. */
export function latinKey(word: string): string {
  return skeletonKey(transliterate(word.replace(/[ёЁ]/g, (c) => (c === 'ё' ? 'е' : 'Е'))));
}

/** The keys a Cyrillic text word may stand for: its whole form and its stem, both as Latin skeletons. */
export function russianWordKeys(word: string): { whole: string; stem: string } {
  const lower = word.toLowerCase().replace(/ё/g, 'е');
  return { whole: latinKey(lower), stem: latinKey(stemmer(lower)) };
}

/** How many letters a Russian ending may leave on an alias word beyond the stem ("безопасн|ости"). */
export function endingAllowance(stemLength: number): number {
  return stemLength >= 6 ? 4 : 3;
}
