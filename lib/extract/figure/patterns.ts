/**
 * The RegExps and word lists figure reading looks with, compiled once at load: sticky ones read
 * right after a number, end-anchored ones the few dozen characters before it.
 */
import { NUMBER_WORD_SOURCE } from '../numbers';
const VAGUE_HEADS = 'several|few|handful|couple|dozens|scores|tens|hundreds|thousands|millions|billions|half|thirds?|quarters?';
// The one scan over the text. A digit counts only at the start of a number (not inside "A320").
export const SCAN = new RegExp(`(?<![A-Za-z0-9_.])\\d|\\b(?:${NUMBER_WORD_SOURCE}|${VAGUE_HEADS})\\b`, 'gi');

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
// Capitalised months only, so the modal "may" does not make "may 5" a date.
export const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s+(?:the\\s+)?$`);
export const MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'y');
export const YEAR_CONTEXT_BEFORE = new RegExp(
  `(?:\\b(?:in|since|of|by|until|till|from|to|during|between|before|after|early|late|mid|year|fiscal|summer|winter|spring|autumn|fall|through|the|end|start|beginning|${MONTHS})|©|\\(c\\)|[-–—/])\\s*$`,
  'i',
);
export const LABEL_BEFORE =
  /(?:\b(?:pages?|pp?\.|nos?\.|numbers?|article|art\.|chapter|ch\.|section|sec\.|paragraph|para\.|part|clause|vol\.|volume|issue|resolution|decree|flight|route|room|building|highway|channel|version|episode|season|level|grade|phase|stage|tel\.?|phone|fax|ext\.|code|ages?|aged)|[#§№+])\s*$/i;
export const ORDINAL_OR_GLUED = /[A-Za-z]/y;
export const TIME_AFTER = /(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT\b|UTC\b))/iy;
export const PHONE = /\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,}/y;
export const SLASH_NEAR = /\s*\//y;
export const SLASH_BEFORE = /\/\s*$/;

export const PERCENT_AFTER = /\s?(?:%|per\s?cent\b|percent\b)/iy;
export const CURRENCY_AFTER =
  /\s*(₸|₽|€)|\s+(KZT|[Tt]enge|USD|US [Dd]ollars?|[Dd]ollars?|EUR|[Ee]uros?|RUB|[Rr]oubles?|[Rr]ubles?|GBP|KGS|[Ss]oms|UZS|[Ss]oums?|TJS|[Ss]omoni|TMT|[Mm]anats?|CNY|[Yy]uan)\b/y;
export const CURRENCY_BEFORE = /(?:^|[^A-Za-z])(US\s?\$|\$|USD\s?|€|EUR\s?|£|GBP\s?|₸|KZT\s?|₽|RUB\s?)$/;
export const TIME_UNIT_AFTER = /(\s+|-)(years?|months?|weeks?|days?|hours?|minutes?|decades?)\b/iy;
// "a couple of weeks": a vague quantity's "of" before a unit of time.
export const TIME_UNIT_OF = /\s+of\s+(?:years|months|weeks|days|hours|minutes|decades)\b/iy;
export const RELATIVE_TIME_AFTER = /\s*(?:ago|earlier|later|afterwards|before|previously|old|from now)\b|-old\b/iy;
// "soak for several hours before reeling them in": after "for", a span, whatever follows it.
export const FOR_BEFORE = /\bfor\s+$/i;
/**
 * Whether the word after a span makes it a date or an age ("two days later", "a 10-year-old"); a
 * span opened by "for" stays a span before "before" or "later" ("for several hours before"), never
 * before "old" ("for 52-year-old Grace").
 */
export function relativeTimeAt(text: string, after: number, spanStart: number): boolean {
  RELATIVE_TIME_AFTER.lastIndex = after;
  const m = RELATIVE_TIME_AFTER.exec(text);
  if (!m) return false;
  return m[0].endsWith('old') || !FOR_BEFORE.test(text.slice(Math.max(0, spanStart - 5), spanStart));
}
export const COMPOUND_AFTER = /-[A-Za-z]/y;
export const FRACTION_AFTER = /[\s-]+(thirds?|quarters?|halves)\b/iy;
export const SCALE_WORD_AFTER = /\s+(hundred|thousand|million|billion)\b/iy;
export const OF_AFTER = /\s+of\b/iy;
export const VAGUE_COMPOUND_AFTER = /\s+of\s+(thousands|millions)\b/iy;
export const PARTITIVE_OF = /\s+of\s+(?:(?:the|these|those|its|their|his|her|our|all|whom)\s+)?/iy;
export const DETERMINER_AFTER = /\s+(?:the|its|their|his|her|our|all)\b/iy;
export const PRONOUN_AFTER = /(them|us|those|these|whom|you)\b/iy;
export const A_BEFORE = /\b(?:an?|one)\s+$/i;
// "the two were": a number word after "the" (not "of the", a whole) and before an auxiliary.
export const THE_BEFORE = /(?<!\bof\s+)\b(?:the|these|those)\s+$/i;
export const AUX_AFTER = /\s+(?:were|are|was|is|had|have|has|will|would|could|did|do)\b/iy;
export const A_HALF_BEFORE = /\ban?\s+$/i;
export const A_OR_AN_AFTER = /\s+an?\b/iy;
export const HALF_A_BEFORE = /\bhalf\s+an?\s+$/i;
export const COLLECTIVE_BEFORE =
  /\b(?:an?|the)\s+(?:group|total|gang|band|cell|team|batch|crowd|contingent|force|unit|squad|convoy)\s+of\s+$/i;
export const RANGE_AFTER = /\s*(?:-|–|to)\s*/y;
export const RANGE_AND_AFTER = /\s+and\s+/y;
// "four or five buyers": two neighbouring numbers joined by "or" are a range.
export const RANGE_OR_AFTER = /\s+or\s+/y;
// "two or more", "20 or so": an open or rough bound written after the number.
export const OR_MORE_AFTER = /\s+or\s+(more|so)\b/iy;
// A currency sign repeated on a range's second number ("$24 to $28").
export const CURRENCY_SIGN = /(?:US\s?\$|\$|€|£|₸|₽)/y;
// Units written glued to the number ("1.2GHz", "12GB", "3.5mm"): measures, not ordinals.
export const GLUED_UNIT = /(?:[GMkK]Hz|Hz|[KMGT]B|[KMG]b|mm|cm|km|kg|mg|ml|[kMG]Wh?|mph|lbs?|oz|ft)(?![A-Za-z])/iy;
// The short second year of a span ("2008-9", "1990–91").
export const YEAR_SPAN_BEFORE = /(?:1[89]|20)\d\d[-–]$/;
export const FROM_BEFORE = /\bfrom\s+$/i;
export const BY_BEFORE = /\bby\s+$/i;
// "WeWork's 12,000": a name's possessive right before a number.
export const POSSESSIVE_THEN_NUMBER = /\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+(?=\d)/uy;
export const CHANGE_WORD = /\b(?:increas|decreas|rais|rise|rose|risen|jump|grow|grew|climb|soar|surg|doubl|tripl|boost|fell|fall|drop|declin|reduc|lower|cut)\w*/i;
export const NEW_VALUE_BEFORE =
  /\b(?:jump(?:ed|s)?|rose|risen|rises|increased|increases|grew|grown|grows|climbed|climbs|soared|surged|doubled|tripled|reached|reaches|fell|fallen|falls|dropped|drops|declined|decreased|shrunk|shrank|went up|gone up|went down|stands at|stood at|now stands at|revised (?:up|down)(?:wards?)?|revised|raised|lowered|put (?:it|the (?:death )?toll|the number|the figure) at|updated)\s+(?:(?:on|by|late on|early on|overnight|again|further|sharply)\s+(?:[A-Z]?[a-z]+\s+)?)?(?:up\s+)?(?:to\s+)?$/i;
export const OLD_VALUE_BEFORE = /\b(?:(?:previous|earlier|initial|former|old|first|preliminary)\s+(?:(?:official|death|confirmed)\s+){0,2}(?:toll|figure|count|tally|estimate|number)\s+(?:was|of|had been|stood at|put at)|(?:had\s+)?(?:earlier|previously|initially)\s+(?:put|given|set|reported|said)\s+(?:the\s+)?(?:death\s+)?(?:toll|number|figure|count)?\s*(?:at|as|was)?)\s+$/i;
// "Last week, the authorities had said that the death toll in the protests was 164".
export const OLD_TOLL_SAID = /\b(?:had\s+(?:said|put|reported|announced|given|stated|stood|been)|until now|previously|initially|earlier)\b[^.;]{0,80}\b(?:toll|number of (?:dead|deaths|victims)|figure)\b[^.;]{0,40}\b(?:was|were|at|of|stood at|as)\s+$/i;
// "24 of the victims", "four of them", "17 of the dead": a part of a whole named by its noun.
export const PARTITIVE_TEXT = /\sof\s+(?:the|them|those|these|whom|its|their|his|her)\b/i;
export const INCLUDING_BETWEEN = /^[^.;]{0,30}?,?\s*(?:including|among them|among whom|of whom|of which|among those)\s*$/i;
// "revised the death toll from the protests ... to 225": the new value of a stated change.
export const TOLL_REVISED_TO = /\b(?:revised|raised|lowered|updated|brought|pushed|put|increased)\b[^.;]{0,120}\b(?:death toll|toll|number of (?:the )?(?:dead|deaths|victims|people killed))\b[^.;]{0,120}\b(?:to|at)\s+$/i;
export const FROM_AFTER = /\s*,?\s*((?:up|down)\s+)?(?:from|compared\s+(?:with|to))\b/iy;
export const TO_BEFORE = /\bto\s+$/i;
export const CONVERSION_BETWEEN = /^\s*[([]\s*(?:about|around|approximately|some|or|roughly|circa)?\s*$/i;
export const CHAIN_BETWEEN = /^\s*(?:,|and|or|,\s*and|up\s+to|to)\s*$/i;
export const WORD_AFTER = /[ \t]+(["“‘']?)(\p{L}[\p{L}\p{N}'’-]*)(["”’']?)/uy;
export const DIGIT_OR_NUMBER_WORD = new RegExp(`^(?:\\d|(?:${NUMBER_WORD_SOURCE})$)`, 'i');

// Words that end a counted noun phrase: determiners, prepositions, auxiliaries, pronouns,
// adverbs. Plural-looking adverbs ("always", "perhaps") are here so they are never a head.
export const STOP = new Set(
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
export const IRREGULAR_PLURALS = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'militia', 'youth', 'clergy',
  'mujahideen', 'mujahedin', 'taliban', 'cattle', 'data', 'media', 'criteria', 'feet', 'teeth',
  'persons', 'folk', 'dead', 'wounded', 'injured', 'missing', 'displaced', 'faithful', 'troops',
]);
// Heads that only make sense with their "of" phrase.
export const MEASURE_NOUNS = new Set([
  'pieces', 'items', 'units', 'copies', 'kinds', 'types', 'tonnes', 'tons', 'kilograms', 'kg',
  'grams', 'litres', 'liters', 'barrels', 'rounds', 'boxes', 'packages', 'batches', 'cases',
  'hectares', 'sets', 'pairs', 'bags', 'crates', 'cartridges',
]);
export const NOT_ONE_BEFORE = /\b(?:no|any|every|the|this|that|which|each|some|a|only|another|last|single)\s+$/i;
export const NOT_ONE_AFTER = /\s+(?:of|another|should|would|could|can|may|must|might|will|day|time|way|side|hand|thing|point|such|or)\b/iy;

export const DISCRETE_UNITS = new Set(['count', 'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'decades']);

export const CURRENCY_CODES: Readonly<Record<string, string>> = {
  '₸': 'KZT', kzt: 'KZT', tenge: 'KZT', '$': 'USD', us$: 'USD', 'us $': 'USD', usd: 'USD',
  'us dollar': 'USD', 'us dollars': 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', eur: 'EUR',
  euro: 'EUR', euros: 'EUR', '£': 'GBP', gbp: 'GBP', '₽': 'RUB', rub: 'RUB', rouble: 'RUB',
  roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', kgs: 'KGS', soms: 'KGS', uzs: 'UZS', soum: 'UZS',
  soums: 'UZS', tjs: 'TJS', somoni: 'TJS', tmt: 'TMT', manat: 'TMT', manats: 'TMT', cny: 'CNY',
  yuan: 'CNY',
};
