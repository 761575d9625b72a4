/**
 * Figure extraction: counts, money, percentages, durations and hedged estimates, each with the
 * interval its wording implies, the noun it counts and what it measures.
 *
 * One global RegExp finds every number-like token (a digit, a number word, a vague quantity word);
 * everything else is a look at a few dozen characters either side with sticky or end-anchored
 * RegExps compiled once at load. So the cost is linear in the text, with a small constant per
 * number found.
 *
 * Span choices: a figure's `text` runs from its hedge ("more than"), currency sign or collective
 * ("a group of") to the end of its counted noun phrase. A measure noun keeps its "of" phrase
 * ("23,000 pieces of pro-militant online material") because "pieces" alone says nothing about what
 * was counted. A partitive with a number on both sides ("Seven of the 25 culprits") is two figures,
 * the part pointing at the whole; one without ("five of the province's inhabitants", "half of
 * them") is one figure that includes the "of" phrase.
 */
import type { Qualifier } from './vocabulary';
import { fractionPercent, hedgeBefore, intervalFor, roundingUnit, vagueQuantity } from './hedges';
import { NUMBER_WORD_SOURCE, readNumberAt, type NumberToken } from './numbers';
import { standsAsFigure } from './figure-context';
import { findPredicate, isCueWord, type Predicate } from './predicates';
import { splitSentences } from './sentences';
import type { FigureMention, Span } from './types';

const VAGUE_HEADS = 'several|few|handful|couple|dozens|scores|tens|hundreds|thousands|millions|billions|half|thirds?|quarters?';
// The one scan over the text. A digit counts only at the start of a number (not inside "A320").
const SCAN = new RegExp(`(?<![A-Za-z0-9_.])\\d|\\b(?:${NUMBER_WORD_SOURCE}|${VAGUE_HEADS})\\b`, 'gi');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// Capitalised months only, so the modal "may" does not make "may 5" a date.
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:the\\s+)?$`);
const MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'y');
const YEAR_CONTEXT_BEFORE = new RegExp(
  `(?:\\b(?:in|since|of|by|until|till|from|to|during|between|before|after|early|late|mid|year|fiscal|summer|winter|spring|autumn|fall|through|the|end|start|beginning|${MONTHS})|©|\\(c\\)|[-–—/])\\s*$`,
  'i',
);
const LABEL_BEFORE =
  /(?:\b(?:pages?|pp?\.|nos?\.|numbers?|article|art\.|chapter|ch\.|section|sec\.|paragraph|para\.|part|clause|vol\.|volume|issue|resolution|decree|flight|route|room|building|highway|channel|version|episode|season|level|grade|phase|stage|tel\.?|phone|fax|ext\.|code)|[#§№+])\s*$/i;
const ORDINAL_OR_GLUED = /[A-Za-z]/y;
const TIME_AFTER = /(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT\b|UTC\b))/iy;
const PHONE = /\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,}/y;
const SLASH_NEAR = /\s*\//y;
const SLASH_BEFORE = /\/\s*$/;

const PERCENT_AFTER = /\s?(?:%|per\s?cent\b|percent\b)/iy;
const CURRENCY_AFTER =
  /\s*(₸|₽|€)|\s+(KZT|[Tt]enge|USD|US [Dd]ollars?|[Dd]ollars?|EUR|[Ee]uros?|RUB|[Rr]oubles?|[Rr]ubles?|GBP|KGS|[Ss]oms|UZS|[Ss]oums?|TJS|[Ss]omoni|TMT|[Mm]anats?|CNY|[Yy]uan)\b/y;
const CURRENCY_BEFORE = /(?:^|[^A-Za-z])(US\s?\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|₸|KZT\s?|₽|RUB\s?)$/;
const TIME_UNIT_AFTER = /(\s+|-)(years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/iy;
const RELATIVE_TIME_AFTER = /\s*(?:ago|earlier|later|afterwards|before|previously|old|from now)\b|-old\b/iy;
const COMPOUND_AFTER = /-[A-Za-z]/y;
const FRACTION_AFTER = /[\s-]+(thirds?|quarters?|halves)\b/iy;
const SCALE_WORD_AFTER = /\s+(hundred|thousand|million|billion)\b/iy;
const OF_AFTER = /\s+of\b/iy;
const VAGUE_COMPOUND_AFTER = /\s+of\s+(thousands|millions)\b/iy;
const PARTITIVE_OF = /\s+of\s+(?:(?:the|these|those|its|their|his|her|our|all|whom)\s+)?/iy;
const DETERMINER_AFTER = /\s+(?:the|its|their|his|her|our|all)\b/iy;
const PRONOUN_AFTER = /(them|us|those|these|whom|you)\b/iy;
const A_BEFORE = /\b(?:an?|one)\s+$/i;
const A_HALF_BEFORE = /\ban?\s+$/i;
const HALF_A_BEFORE = /\bhalf\s+an?\s+$/i;
const COLLECTIVE_BEFORE =
  /\b(?:an?|the)\s+(?:group|total|gang|band|cell|team|batch|crowd|contingent|force|unit|squad|convoy)\s+of\s+$/i;
const RANGE_AFTER = /\s*(?:-|–|to)\s*/y;
const RANGE_AND_AFTER = /\s+and\s+/y;
const FROM_BEFORE = /\bfrom\s+$/i;
const CHANGE_WORD = /\b(?:increas|decreas|rais|rise|rose|risen|jump|grow|grew|climb|soar|surg|doubl|tripl|boost|fell|fall|drop|declin|reduc|lower|cut)\w*/i;
const NEW_VALUE_BEFORE =
  /\b(?:jump(?:ed|s)?|rose|risen|rises|increased|increases|grew|grown|grows|climbed|climbs|soared|surged|doubled|tripled|reached|reaches|fell|fallen|falls|dropped|drops|declined|decreased|shrunk|shrank|went up|gone up|went down|stands at|stood at|now stands at|revised (?:up|down)(?:wards?)?|revised|raised|lowered|put (?:it|the (?:death )?toll|the number|the figure) at|updated)\s+(?:(?:on|by|late on|early on|overnight|again|further|sharply)\s+(?:[A-Z]?[a-z]+\s+)?)?(?:up\s+)?(?:to\s+)?$/i;
const OLD_VALUE_BEFORE = /\b(?:(?:previous|earlier|initial|former|old|first|preliminary)\s+(?:(?:official|death|confirmed)\s+){0,2}(?:toll|figure|count|tally|estimate|number)\s+(?:was|of|had been|stood at|put at)|(?:had\s+)?(?:earlier|previously|initially)\s+(?:put|given|set|reported|said)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure|count)?\s*(?:at|as|was)?)\s+$/i;
// "Last week, the authorities had said that the death toll in the protests was 164".
const OLD_TOLL_SAID = /\b(?:had\s+(?:said|put|reported|announced|given|stated|stood|been)|until now|previously|initially|earlier)\b[^.;]{0,80}\b(?:toll|number of (?:dead|deaths|victims)|figure)\b[^.;]{0,40}\b(?:was|were|at|of|stood at|as)\s+$/i;
// "24 of the victims", "four of them", "17 of the dead": a part of a whole named by its noun.
const PARTITIVE_TEXT = /\sof\s+(?:the|them|those|these|whom|its|their|his|her)\b/i;
const INCLUDING_BETWEEN = /^[^.;]{0,30}?,?\s*(?:including|among them|among whom|of whom|of which|among those)\s*$/i;
// "revised the death toll from the protests ... to 225": the new value of a stated change.
const TOLL_REVISED_TO = /\b(?:revised|raised|lowered|updated|brought|pushed|put|increased)\b[^.;]{0,120}\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|victims|people killed))\b[^.;]{0,120}\b(?:to|at)\s+$/i;
const FROM_AFTER = /\s*,?\s*((?:up|down)\s+)?(?:from|compared\s+(?:with|to))\b/iy;
const TO_BEFORE = /\bto\s+$/i;
const CONVERSION_BETWEEN = /^\s*[([]\s*(?:about|around|approximately|some|or|roughly|circa)?\s*$/i;
const CHAIN_BETWEEN = /^\s*(?:,|and|or|,\s*and|up\s+to|to)\s*$/i;
const WORD_AFTER = /[ \t]+(["“‘']?)(\p{L}[\p{L}\p{N}'’-]*)(["”’']?)/uy;
const DIGIT_OR_NUMBER_WORD = new RegExp(`^(?:\\d|(?:${NUMBER_WORD_SOURCE})$)`, 'i');

// Words that end a counted noun phrase: determiners, prepositions, auxiliaries, pronouns,
// adverbs. Plural-looking adverbs ("always", "perhaps") are here so they are never a head.
const STOP = new Set(
  ('the a an of in on at to for from with by and or but nor as than that which who whom whose were was ' +
    'are is be been being have has had will would could should may might must can did do does not ' +
    'this these those their its his her our your my into over under after before during since until ' +
    'while where when per each ago earlier later also now still only just more less both all some ' +
    'such if so then there here out up down off about around including among against between through ' +
    'across toward towards via like what how why they them he she it we you i always perhaps ' +
    'sometimes nevertheless besides afterwards whereas thus plus minus yes news alongside whether ' +
    'unless despite within without across upon onto amid amidst said says told according reportedly ' +
    'allegedly already again ever never once twice yet').split(' '),
);
const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'militia', 'youth', 'clergy',
  'mujahideen', 'mujahedin', 'taliban', 'cattle', 'data', 'media', 'criteria', 'feet', 'teeth',
  'persons', 'folk', 'dead', 'wounded', 'injured', 'missing', 'displaced', 'faithful', 'troops',
]);
// Heads that only make sense with their "of" phrase.
const MEASURE_NOUNS = new Set([
  'pieces', 'items', 'units', 'copies', 'kinds', 'types', 'tonnes', 'tons', 'kilograms', 'kg',
  'grams', 'litres', 'liters', 'barrels', 'rounds', 'boxes', 'packages', 'batches', 'cases',
  'hectares', 'sets', 'pairs', 'bags', 'crates', 'cartridges',
]);
const NOT_ONE_BEFORE = /\b(?:no|any|every|the|this|that|which|each|some|a|only|another|last|single)\s+$/i;
const NOT_ONE_AFTER = /\s+(?:of|another|should|would|could|can|may|must|might|will|day|time|way|side|hand|thing|point|such|or)\b/iy;

const DISCRETE_UNITS = new Set(['count', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades']);

const CURRENCY_CODES: Readonly<Record<string, string>> = {
  '₸': 'KZT', kzt: 'KZT', tenge: 'KZT', '$': 'USD', us$: 'USD', 'us $': 'USD', usd: 'USD',
  'us dollar': 'USD', 'us dollars': 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', eur: 'EUR',
  euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', '₽': 'RUB', rub: 'RUB', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', kgs: 'KGS', soms: 'KGS', uzs: 'UZS', soum: 'UZS',
  soums: 'UZS', tjs: 'TJS', somoni: 'TJS', tmt: 'TMT', manat: 'TMT', manats: 'TMT', cny: 'CNY',
  yuan: 'CNY',
};

interface Draft {
  start: number;
  end: number;
  value: number;
  high: number | null; // only for ranges and vague quantities
  low: number | null;
  qualifier: Qualifier;
  unit: string;
  counted: string | null;
  sentence: Span;
  precision: number; // rounding unit for exact figures
  fraction: boolean;
  bareOne: boolean;
  predicate: Predicate | null;
  predicateDistance: number;
  rightFrom: number;
  noRight: boolean;
  partitiveAt: number; // where the whole's number must start, -1 if none
  partOf?: Draft;
  fromFollows: '' | 'plain' | 'marked';
  isNew: boolean;
  changedFrom?: Draft;
  isPrevious?: Draft; // the new value it was replaced by
  inheritFrom?: Draft;
  includedIn?: Draft;
  overrideFromPrevious?: boolean;
}

function sliceLeft(text: string, from: number, end: number, max: number): string {
  return text.slice(Math.max(from, end - max), end);
}

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
function readCounted(text: string, pos: number, limit: number, singular: boolean): Counted | null {
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

function currencyCode(raw: string): string {
  return CURRENCY_CODES[raw.trim().toLowerCase().replace(/\s+/g, ' ')] ?? raw.trim().toUpperCase();
}

/**
 * Finds the figures in `text`: counts, money, percentages, durations and hedged or vague
 * quantities, each with its interval, unit, counted noun and predicate. Dates, times, ordinals,
 * phone and page numbers are skipped. `sentences` defaults to {@link splitSentences}. Results are
 * sorted by start and never overlap; cross-references (`partOfIndex`, `changedFromIndex`) index
 * into the returned array.
 */
export function extractFigures(text: string, sentences: Span[] = splitSentences(text)): FigureMention[] {
  const drafts: Draft[] = [];
  let si = 0;
  let prevEnd = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const s = m.index;
    while (si < sentences.length && sentences[si]!.end <= s) si++;
    const sentence = si < sentences.length && sentences[si]!.start <= s ? sentences[si]! : { start: s, end: text.length };
    const leftLimit = Math.max(sentence.start, prevEnd);
    const d = readFigure(text, s, m[0], sentence, leftLimit);
    if (typeof d === 'number') {
      SCAN.lastIndex = Math.max(d, s + 1);
      continue;
    }
    link(text, drafts, d);
    drafts.push(d);
    prevEnd = d.end;
    SCAN.lastIndex = d.end;
  }
  return finish(text, drafts);
}

/** Reads the figure whose number-like token starts at `s`; a number means "not a figure, resume there". */
function readFigure(text: string, s: number, matched: string, sentence: Span, leftLimit: number): Draft | number {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) {
    PHONE.lastIndex = s;
    const ph = PHONE.exec(text);
    if (ph && ph[0].replace(/\D/g, '').length >= 7 && !ph[0].includes(',')) return PHONE.lastIndex;
    const tok = readNumberAt(text, s);
    if (!tok) return s + 1;
    if (!digitsAreFigure(text, tok, sentence)) return skipDigits(text, tok.end);
    return buildNumeric(text, tok, tok.start, sentence, leftLimit);
  }
  const w = matched.toLowerCase();
  switch (w) {
    case 'several': case 'few': case 'handful': case 'couple': case 'dozens': case 'scores': case 'tens':
    case 'hundreds': case 'thousands': case 'millions': case 'billions':
      return readVague(text, s, w, sentence, leftLimit);
    case 'half': case 'third': case 'thirds': case 'quarter': case 'quarters':
      return readFraction(text, s, s + matched.length, w, 1, sentence, leftLimit);
  }
  const tok = readNumberAt(text, s);
  if (!tok) return s + matched.length;
  FRACTION_AFTER.lastIndex = tok.end;
  const fr = FRACTION_AFTER.exec(text);
  if (fr && tok.value <= 10) return readFraction(text, s, FRACTION_AFTER.lastIndex, fr[1]!.toLowerCase(), tok.value, sentence, leftLimit);
  let start = s;
  const first = text.slice(s, s + 8).toLowerCase();
  if (/^(?:hundred|thousand|million|billion|dozen)/.test(first)) {
    // "a hundred", "a dozen", "half a dozen"; a bare "hundred" is a scale, not a number.
    const left = sliceLeft(text, leftLimit, s, 12);
    const half = HALF_A_BEFORE.exec(left);
    const a = A_BEFORE.exec(left);
    if (half && first.startsWith('dozen')) {
      start = s - (left.length - half.index);
      tok.value = 6;
    } else if (a) start = s - (left.length - a.index);
    else if (!first.startsWith('dozen')) return tok.end;
  }
  COMPOUND_AFTER.lastIndex = tok.end;
  if (COMPOUND_AFTER.test(text)) {
    TIME_UNIT_AFTER.lastIndex = tok.end;
    if (!TIME_UNIT_AFTER.test(text)) return tok.end; // "one-off", "two-way"
  }
  const bareOne = tok.value === 1 && w === 'one';
  if (bareOne) {
    NOT_ONE_AFTER.lastIndex = tok.end;
    if (NOT_ONE_AFTER.test(text) || NOT_ONE_BEFORE.test(sliceLeft(text, sentence.start, s, 12))) return tok.end;
  }
  const d = buildNumeric(text, tok, start, sentence, leftLimit);
  if (typeof d !== 'number') d.bareOne = bareOne && d.unit === 'count';
  return d;
}

function skipDigits(text: string, p: number): number {
  while (p < text.length && /[\d.,]/.test(text[p]!)) p++;
  return p;
}

/** Context tests that make a run of digits a date, time, ordinal, label or phone number. */
// Page furniture counted in digits: comment and share counters, reading times, gallery positions.
const FURNITURE_AFTER = /\s*(?:comments?\b|comment\(s\)|replies\b|shares?\b|likes?\b|views\b|min(?:ute)?s? read\b|of \d+\s*$|of \d+\s*\n)/iy;

const LINE_END = /\s*(?:\n|$)/y;

function digitsAreFigure(text: string, tok: NumberToken, sentence: Span): boolean {
  const s = tok.start;
  const before = s > 0 ? text[s - 1]! : ' ';
  if (before === '-' && s > 1 && /[A-Za-z]/.test(text[s - 2]!)) return false; // COVID-19, mid-2014
  if (before === ':' && s > 1 && /\d/.test(text[s - 2]!)) return false;
  if (!standsAsFigure(text, s, tok.end)) return false;
  if (tok.scale === 1) {
    ORDINAL_OR_GLUED.lastIndex = tok.end;
    if (ORDINAL_OR_GLUED.test(text)) return false; // 4th, 10am, 5km
  }
  TIME_AFTER.lastIndex = tok.end;
  if (TIME_AFTER.test(text)) return false;
  SLASH_NEAR.lastIndex = tok.end;
  if (SLASH_NEAR.test(text) || SLASH_BEFORE.test(sliceLeft(text, sentence.start, s, 4))) return false;
  const left = sliceLeft(text, sentence.start, s, 30);
  if (LABEL_BEFORE.test(left)) return false;
  FURNITURE_AFTER.lastIndex = tok.end;
  if (FURNITURE_AFTER.test(text)) return false; // "12 Comment(s)", "3 min read", "1 of 24" (a gallery)
  LINE_END.lastIndex = tok.end;
  if (/(?:^|\s)\d+ of $/.test(left) && LINE_END.test(text)) return false; // the "24" of a gallery's "1 of 24"
  const raw = text.slice(s, tok.end);
  const integer = tok.scale === 1 && tok.decimals === 0 && /^\d+$/.test(raw);
  if (integer && tok.value >= 1 && tok.value <= 31) {
    if (MONTH_BEFORE.test(left)) return false;
    MONTH_AFTER.lastIndex = tok.end;
    if (MONTH_AFTER.test(text)) return false;
  }
  if (integer && raw.length === 4 && tok.value >= 1000 && tok.value <= 2100) {
    PERCENT_AFTER.lastIndex = tok.end;
    if (PERCENT_AFTER.test(text)) return true;
    if (YEAR_CONTEXT_BEFORE.test(left)) return false;
    if (hedgeBefore(text, sentence.start, s)) return true;
    return readCounted(text, tok.end, sentence.end, false) !== null;
  }
  return true;
}

function newDraft(start: number, end: number, value: number, sentence: Span): Draft {
  return {
    start, end, value, low: null, high: null, qualifier: 'exact', unit: 'count', counted: null, sentence,
    precision: 0, fraction: false, bareOne: false, predicate: null, predicateDistance: 0, rightFrom: -1,
    noRight: false, partitiveAt: -1, fromFollows: '', isNew: false,
  };
}

/** Builds a figure around a number: hedge, currency, scale, range, unit and counted noun. */
function buildNumeric(text: string, tok: NumberToken, start: number, sentence: Span, leftLimit: number): Draft | number {
  const d = newDraft(start, tok.end, tok.value, sentence);
  let end = tok.end;
  let precision = roundingUnit(tok.value, tok.decimals, tok.scale);

  // Hedge and currency sign to the left: "more than $5m", "US $91.6m".
  const cur = CURRENCY_BEFORE.exec(sliceLeft(text, leftLimit, d.start, 6));
  if (cur) {
    d.start -= cur[1]!.length;
    d.unit = `currency:${currencyCode(cur[1]!)}`;
  }
  const hedge = hedgeBefore(text, leftLimit, d.start);
  if (hedge) {
    const before = sliceLeft(text, sentence.start, hedge.start, 80);
    if (hedge.phrase === 'up to' && (CHANGE_WORD.test(before) || /\d\s*%?\s*$/.test(before))) {
      d.isNew = true; // "increase ... by 23.5% up to 13.5 billion": a target, not a bound
    } else if (hedge.qualifier !== 'range') {
      d.qualifier = hedge.qualifier;
      d.start = hedge.start;
    }
  }

  // Range: "5-10", "5 to 10", "between 5 and 10".
  const fromBefore = FROM_BEFORE.test(sliceLeft(text, leftLimit, d.start, 8));
  const changeBefore = CHANGE_WORD.test(sliceLeft(text, sentence.start, d.start, 80));
  const rangeSep = hedge?.qualifier === 'range' ? RANGE_AND_AFTER : fromBefore && changeBefore ? null : RANGE_AFTER;
  if (rangeSep) {
    rangeSep.lastIndex = end;
    if (rangeSep.exec(text)) {
      const second = readNumberAt(text, rangeSep.lastIndex);
      if (second && second.value > tok.value && digitsLike(tok, second)) {
        let low = tok.value;
        if (tok.scale === 1 && second.scale > 1) low = tok.value * second.scale;
        d.qualifier = 'range';
        d.value = low;
        d.low = low;
        d.high = second.value;
        end = second.end;
        if (hedge?.qualifier === 'range') d.start = hedge.start;
      }
    }
  }

  PERCENT_AFTER.lastIndex = end;
  CURRENCY_AFTER.lastIndex = end;
  TIME_UNIT_AFTER.lastIndex = end;
  let adjectival = false;
  let pm: RegExpExecArray | null;
  if ((pm = PERCENT_AFTER.exec(text))) {
    d.unit = 'percent';
    end = PERCENT_AFTER.lastIndex;
    precision = 0;
  } else if ((pm = CURRENCY_AFTER.exec(text))) {
    d.unit = `currency:${currencyCode(pm[1] ?? pm[2]!)}`;
    end = CURRENCY_AFTER.lastIndex;
  } else if (d.unit === 'count' && (pm = TIME_UNIT_AFTER.exec(text))) {
    const after = TIME_UNIT_AFTER.lastIndex;
    RELATIVE_TIME_AFTER.lastIndex = after;
    if (RELATIVE_TIME_AFTER.test(text)) return after; // "two days later", "a 10-year-old": dates and ages
    let u = pm[2]!.toLowerCase();
    if (!u.endsWith('s')) u += 's';
    d.unit = u;
    adjectival = pm[1] === '-';
    end = after;
    precision = 0;
  }
  d.precision = d.qualifier === 'exact' ? precision : 0;

  if (d.unit === 'count' || adjectival) {
    const cnt = readCounted(text, end, sentence.end, tok.value === 1 && !adjectival);
    if (cnt) {
      d.counted = cnt.counted;
      end = cnt.end;
    } else if (!adjectival) {
      end = readPartitive(text, d, end, sentence);
    }
  } else if (d.unit === 'percent') {
    end = readPartitive(text, d, end, sentence);
  }
  if (d.unit === 'count' && d.qualifier === 'exact') {
    const col = COLLECTIVE_BEFORE.exec(sliceLeft(text, leftLimit, d.start, 30));
    if (col) d.start -= col[0].length;
  }
  d.end = end;
  return d;
}

function digitsLike(a: NumberToken, b: NumberToken): boolean {
  return a.kind === b.kind;
}

/**
 * After a number with no counted noun: "of the 25 culprits" (a whole with its own number: noted,
 * linked when that figure is read), "of them", "of the province's inhabitants". Returns the new end.
 */
function readPartitive(text: string, d: Draft, end: number, sentence: Span): number {
  PARTITIVE_OF.lastIndex = end;
  if (!PARTITIVE_OF.exec(text)) return end;
  const p = PARTITIVE_OF.lastIndex;
  if (p >= sentence.end) return end;
  const c = text.charCodeAt(p);
  if ((c >= 48 && c <= 57) || readNumberAt(text, p)) {
    d.partitiveAt = p;
    return end;
  }
  PRONOUN_AFTER.lastIndex = p;
  if (PRONOUN_AFTER.exec(text)) return PRONOUN_AFTER.lastIndex;
  const cnt = readCounted(text, p - 1, sentence.end, false);
  if (cnt) {
    d.counted = cnt.counted;
    return cnt.end;
  }
  return end;
}

/** "several", "a few", "dozens of", "hundreds of", "tens of thousands of", "several hundred". */
function readVague(text: string, s: number, w: string, sentence: Span, leftLimit: number): Draft | number {
  let start = s;
  let head = w;
  let end = s + w.length;
  if (w === 'few' || w === 'handful' || w === 'couple') {
    const left = sliceLeft(text, leftLimit, s, 4);
    const a = /\ba\s+$/i.exec(left);
    if (!a) return end;
    start = s - (left.length - a.index);
    head = `a ${w}`;
  }
  let scale = 1;
  if (w === 'several' || w === 'few' || w === 'couple') {
    SCALE_WORD_AFTER.lastIndex = end;
    const sc = SCALE_WORD_AFTER.exec(text);
    if (sc) {
      scale = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9 }[sc[1]!.toLowerCase() as 'hundred'] ?? 1;
      end = SCALE_WORD_AFTER.lastIndex;
    }
  }
  if (w === 'tens' || w === 'hundreds') {
    VAGUE_COMPOUND_AFTER.lastIndex = end;
    const cm = VAGUE_COMPOUND_AFTER.exec(text);
    if (cm) {
      head = `${w} of ${cm[1]!.toLowerCase()}`;
      end = VAGUE_COMPOUND_AFTER.lastIndex;
    }
  }
  const q = vagueQuantity(head, scale);
  if (!q) return end;
  const d = newDraft(start, end, q.value, sentence);
  d.qualifier = 'vague';
  d.low = q.low;
  d.high = q.high;
  OF_AFTER.lastIndex = end;
  const hasOf = OF_AFTER.test(text);
  if (hasOf) {
    const p = readPartitive(text, d, end, sentence);
    if (d.partitiveAt >= 0 || p === end) return end; // "several of the 25" is left to the number
    d.end = p;
    return d;
  }
  if (w === 'scores' || w === 'tens' || (w === 'couple' && scale === 1)) return end;
  const cnt = readCounted(text, end, sentence.end, false);
  if (cnt) {
    TIME_UNIT_AFTER.lastIndex = end;
    const tm = TIME_UNIT_AFTER.exec(text);
    if (tm && tm[1] !== '-') {
      RELATIVE_TIME_AFTER.lastIndex = TIME_UNIT_AFTER.lastIndex;
      if (RELATIVE_TIME_AFTER.test(text)) return TIME_UNIT_AFTER.lastIndex; // "several days ago"
      let u = tm[2]!.toLowerCase();
      if (!u.endsWith('s')) u += 's';
      d.unit = u;
      d.end = TIME_UNIT_AFTER.lastIndex;
      return d;
    }
    d.counted = cnt.counted;
    d.end = cnt.end;
    return d;
  }
  // "hundreds were arrested": no noun, but the quantity stands on its own.
  if (w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'millions') {
    d.end = end;
    return d;
  }
  return end;
}

/** "half of them", "a third of", "two-thirds of", "a quarter of": percentages of a whole. */
function readFraction(
  text: string, s: number, afterWord: number, w: string, numerator: number, sentence: Span, leftLimit: number,
): Draft | number {
  let start = s;
  const denom: 'half' | 'third' | 'quarter' = w.startsWith('half') ? 'half' : w.startsWith('third') ? 'third' : 'quarter';
  if (w === 'third' || w === 'quarter') {
    if (start === s && numerator === 1 && text.slice(s, afterWord).toLowerCase() === w) {
      const left = sliceLeft(text, leftLimit, s, 5);
      const a = /\b(?:a|one)[\s-]+$/i.exec(left);
      if (!a) return afterWord; // "the third wave" is an ordinal
      start = s - (left.length - a.index);
    }
  }
  if (w === 'halves' || (denom !== 'half' && numerator === 0)) return afterWord;
  // "a year and a half" is a duration, not a share.
  if (w === 'half' && A_HALF_BEFORE.test(sliceLeft(text, leftLimit, s, 4))) return afterWord;
  const value = fractionPercent(numerator, denom);
  const d = newDraft(start, afterWord, value, sentence);
  d.unit = 'percent';
  d.fraction = true;
  const hedge = hedgeBefore(text, leftLimit, start);
  if (hedge && hedge.qualifier !== 'range' && hedge.phrase !== 'some') {
    d.qualifier = hedge.qualifier;
    d.start = hedge.start;
  }
  const end = readPartitive(text, d, afterWord, sentence);
  if (end === afterWord && d.partitiveAt < 0) {
    // "half the population" is as good as "half of the population"; "a year and a half" is not a share.
    if (denom === 'half') {
      DETERMINER_AFTER.lastIndex = afterWord;
      if (DETERMINER_AFTER.exec(text)) {
        const cnt = readCounted(text, DETERMINER_AFTER.lastIndex, sentence.end, false);
        if (cnt) {
          d.counted = cnt.counted;
          d.end = cnt.end;
          return d;
        }
      }
    }
    return afterWord;
  }
  d.end = end;
  return d;
}

/** Links a new figure to the one before it in the same sentence: partitive whole, stated change. */
function link(text: string, drafts: Draft[], d: Draft): void {
  const prev = drafts[drafts.length - 1];
  const sameSentence = prev !== undefined && prev.sentence.start === d.sentence.start;
  const beforeNumber = sliceLeft(text, d.sentence.start, d.start, 40);
  if (!d.isNew && (NEW_VALUE_BEFORE.test(beforeNumber) || TOLL_REVISED_TO.test(sliceLeft(text, d.sentence.start, d.start, 260)))) d.isNew = true;
  // "The previous toll was 35", "had earlier put the number at 133": an old value, history.
  if (OLD_VALUE_BEFORE.test(beforeNumber) || OLD_TOLL_SAID.test(sliceLeft(text, d.sentence.start, d.start, 140))) d.isPrevious = d;
  FROM_AFTER.lastIndex = d.end;
  const fa = FROM_AFTER.exec(text);
  if (fa) d.fromFollows = fa[1] ? 'marked' : 'plain';
  if (!prev || !sameSentence) return;
  const between = text.slice(prev.end, d.start);
  if (prev.partitiveAt >= 0 && d.start <= prev.partitiveAt && prev.partitiveAt < d.end && !d.fraction) {
    prev.partOf = d;
    prev.counted = d.counted;
    prev.rightFrom = d.end;
    d.noRight = true;
    return;
  }
  if (prev.fromFollows && (prev.isNew || prev.fromFollows === 'marked') && d.start - prev.end < 60 && prev.unit === d.unit) {
    prev.changedFrom = d;
    prev.isNew = true;
    d.isPrevious = prev;
    return;
  }
  if (TO_BEFORE.test(beforeNumber) && FROM_BEFORE.test(sliceLeft(text, prev.sentence.start, prev.start, 8)) && d.start - prev.end < 30) {
    d.changedFrom = prev;
    d.isNew = true;
    prev.isPrevious = d;
    return;
  }
  if (CONVERSION_BETWEEN.test(between) || CHAIN_BETWEEN.test(between)) d.inheritFrom = prev;
  // "killed at least 225 people, including 19 members of the riot police": a part of that toll.
  else if (INCLUDING_BETWEEN.test(between)) {
    d.inheritFrom = prev;
    d.includedIn = prev;
  }
}

function finish(text: string, drafts: Draft[]): FigureMention[] {
  for (const d of drafts) {
    const m = findPredicate({
      text,
      sentence: d.sentence,
      start: d.start,
      end: d.rightFrom >= 0 ? d.rightFrom : d.end,
      counted: d.counted,
      unit: d.unit,
      right: !d.noRight,
      fraction: d.fraction,
      change: d.isNew === true,
      partitive: PARTITIVE_TEXT.test(text.slice(d.start, d.end)),
    });
    d.predicate = m?.predicate ?? null;
    d.predicateDistance = m?.distance ?? Infinity;
  }
  // A replaced value measures what its replacement measures; a conversion or a chained figure
  // ("5 men and 3 women", "13.5 billion KZT (US $91.6m)") shares its neighbour's when it has none.
  for (const d of drafts) if (d.isPrevious && d.isPrevious.predicate) d.predicate = d.isPrevious.predicate;
  for (const d of drafts) if (d.changedFrom && !d.predicate) d.predicate = d.changedFrom.predicate;
  for (const d of drafts) if (!d.predicate && d.inheritFrom) d.predicate = d.inheritFrom.predicate;
  // A part named after "including" measures what its whole measures ("19 members" of those killed).
  for (const d of drafts) if (d.includedIn?.predicate && (d.predicateDistance > 0 || d.predicate === null || d.predicate === 'members')) d.predicate = d.includedIn.predicate;

  // A bare "one" is a figure only as the subject or object of a counted predicate ("one blew
  // himself up", "killed one"), never in "one should" or "one of the most".
  const kept = drafts.filter((d) => !d.bareOne || (d.predicate !== null && d.predicateDistance <= 2));
  const index = new Map<Draft, number>(kept.map((d, i) => [d, i]));
  return kept.map((d) => {
    const discrete = DISCRETE_UNITS.has(d.unit);
    let low: number | null;
    let high: number | null;
    if (d.qualifier === 'vague' || d.qualifier === 'range') {
      low = d.low;
      high = d.high;
    } else {
      ({ low, high } = intervalFor(d.qualifier, d.value, { discrete, roundingUnit: d.precision }));
    }
    const f: FigureMention = {
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      value: d.value,
      low,
      high,
      qualifier: d.qualifier,
      unit: d.unit,
      counted: d.counted,
      predicate: d.predicate,
      sentence: d.sentence,
    };
    const whole = d.partOf && index.get(d.partOf);
    if (whole !== undefined) f.partOfIndex = whole;
    const from = d.changedFrom && index.get(d.changedFrom);
    if (from !== undefined) f.changedFromIndex = from;
    if (d.isPrevious && index.has(d.isPrevious)) f.isPreviousValue = true;
    if (d.isNew) f.isNewValue = true;
    const including = d.includedIn && index.get(d.includedIn);
    if (including !== undefined) f.includedInIndex = including;
    return f;
  });
}
