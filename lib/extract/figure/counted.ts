/** The counted noun phrase after a number ("13 militants", "23,000 pieces of ... material"). */
import { isCueWord } from '../predicates';
import { CURRENCY_CODES, DIGIT_OR_NUMBER_WORD, IRREGULAR_PLURALS, MEASURE_NOUNS, OF_AFTER, STOP, WORD_AFTER } from './patterns';
function isPluralNoun(lw: string): boolean {
  if (IRREGULAR_PLURALS.has(lw)) return true;
  // "guardsmen", "policemen", "servicemen", "gunmen": plurals of -man compounds.
  if (lw.length > 4 && lw.endsWith('men') && !lw.endsWith('amen') && !/(?:specimen|abdomen|regimen|omen|hymen|semen|stamen)$/.test(lw)) return true;
  if (lw.length <= 3 || !lw.endsWith('s')) return false;
  // "-is" is singular in "analysis"/"crisis" but plural in demonyms ("Kazakhstanis", "Iraqis").
  return !/(?:ss|us|sis|xis|ous|'s|’s)$/.test(lw);
}

interface Counted {
  end: number;
  counted: string;
}

/**
 * Reads the counted noun phrase starting after `pos`: modifiers up to a plural head (or, for a
 * single item, the first noun), stopping at function words, verbs we know, numbers and punctuation.
 */
export function readCounted(text: string, pos: number, limit: number, singular: boolean): Counted | null {
  let p = pos;
  let first = -1;
  let possessiveEnd = -1;
  for (let k = 0; k < 5; k++) {
    WORD_AFTER.lastIndex = p;
    const m = WORD_AFTER.exec(text);
    if (!m || WORD_AFTER.lastIndex > limit) return null;
    const word = m[2]!;
    const lw = word.toLowerCase();
    // An all-capitals word is an acronym ("IS followers"), never the function word it spells.
    const acronym = word.length > 1 && word === word.toUpperCase();
    if ((!acronym && STOP.has(lw)) || (isCueWord(lw) && !isPluralNoun(lw)) || DIGIT_OR_NUMBER_WORD.test(lw)) return null;
    const wordStart = m.index + m[0].length - m[3]!.length - word.length - m[1]!.length;
    if (first < 0) first = wordStart;
    p = WORD_AFTER.lastIndex;
    if (lw.endsWith("'s") || lw.endsWith('’s')) {
      possessiveEnd = p;
      continue;
    }
    const head =
      isPluralNoun(lw) ||
      (singular && k === 0 && !/(?:ed|ing|ly)$/.test(lw) && /^[a-z]/.test(word));
    if (head) {
      let end = p;
      if (MEASURE_NOUNS.has(lw)) end = extendOf(text, end, limit);
      const from = possessiveEnd > 0 ? skipSpaces(text, possessiveEnd) : first;
      return { end, counted: cleanCounted(text.slice(from, end)) };
    }
  }
  return null;
}

function extendOf(text: string, pos: number, limit: number): number {
  OF_AFTER.lastIndex = pos;
  if (!OF_AFTER.exec(text)) return pos;
  let p = OF_AFTER.lastIndex;
  let end = pos;
  for (let k = 0; k < 4; k++) {
    WORD_AFTER.lastIndex = p;
    const m = WORD_AFTER.exec(text);
    if (!m || WORD_AFTER.lastIndex > limit) break;
    const lw = m[2]!.toLowerCase();
    if (STOP.has(lw) || isCueWord(lw)) break;
    p = WORD_AFTER.lastIndex;
    end = p;
  }
  return end;
}

function skipSpaces(text: string, p: number): number {
  while (p < text.length && (text[p] === ' ' || text[p] === '\t')) p++;
  return p;
}

// Quotes around a word are the writer's distance, not part of what was counted.
function cleanCounted(s: string): string {
  return s.replace(/["“”‘]|(?<![A-Za-z])'|'(?![A-Za-z])|’(?![A-Za-z])/g, '').replace(/\s+/g, ' ').trim();
}

/** The ISO code of a currency sign or name ("$" → USD, "tenge" → KZT). */
export function currencyCode(raw: string): string {
  return CURRENCY_CODES[raw.trim().toLowerCase().replace(/\s+/g, ' ')] ?? raw.trim().toUpperCase();
}

/**
 * Finds the figures in `text`: counts, money, percentages, durations and hedged or vague
 * quantities, each with its interval, unit, counted noun and predicate. Dates, times, ordinals,
 * phone and page numbers are skipped. `sentences` defaults to {@link splitSentences}. Results are
 * sorted by start and never overlap; cross-references (`partOfIndex`, `changedFromIndex`) index
 * into the returned array.
 */
