/**
 * The words Russian figures are read with: number words in every case and gender, scales,
 * currencies, durations, hedges and vague quantities, each compiled once at load.
 */
import type { Qualifier } from '../vocabulary';
// Number words, each form of each case and gender (cardinals and the collective numerals).
const WORDS: ReadonlyArray<readonly [number, string]> = [
  [2, 'два две двух двум двумя'], [3, 'три трех трёх трем трём тремя'],
  [4, 'четыре четырех четырёх четырем четырём четырьмя'],
  [5, 'пять пяти пятью'], [6, 'шесть шести шестью'], [7, 'семь семи семью'], [8, 'восемь восьми восемью восьмью'],
  [9, 'девять девяти девятью'], [10, 'десять десяти десятью'], [11, 'одиннадцать одиннадцати'],
  [12, 'двенадцать двенадцати'], [13, 'тринадцать тринадцати'], [14, 'четырнадцать четырнадцати'],
  [15, 'пятнадцать пятнадцати'], [16, 'шестнадцать шестнадцати'], [17, 'семнадцать семнадцати'],
  [18, 'восемнадцать восемнадцати'], [19, 'девятнадцать девятнадцати'], [20, 'двадцать двадцати двадцатью'],
  [30, 'тридцать тридцати тридцатью'], [40, 'сорок сорока'], [50, 'пятьдесят пятидесяти пятьюдесятью'],
  [60, 'шестьдесят шестидесяти шестьюдесятью'], [70, 'семьдесят семидесяти семьюдесятью'],
  [80, 'восемьдесят восьмидесяти восемьюдесятью'], [90, 'девяносто девяноста'], [100, 'сто ста'],
  [200, 'двести двухсот двумстам двумястами'], [300, 'триста трехсот трёхсот тремстам'],
  [400, 'четыреста четырехсот четырёхсот'], [500, 'пятьсот пятисот'], [600, 'шестьсот шестисот'],
  [700, 'семьсот семисот'], [800, 'восемьсот восьмисот'], [900, 'девятьсот девятисот'],
  // Collective numerals: "двое", "семерых", "обоих".
  [2, 'двое двоих двоим двоими оба обе обоих обеих обоим обеим'], [3, 'трое троих троим троими'],
  [4, 'четверо четверых четверым четверыми'], [5, 'пятеро пятерых пятерым пятерыми'],
  [6, 'шестеро шестерых шестерым шестерыми'], [7, 'семеро семерых семерым семерыми'],
  [8, 'восьмеро восьмерых восьмерым'], [9, 'девятеро девятерых девятерым'], [10, 'десятеро десятерых десятерым'],
  [1.5, 'полтора полторы полутора'],
  // "один" counts only beside a predicate ("один задержан"); see below.
  [1, 'один одна одного одной одному одним одну'],
  // "десяток": ten ("около десятка силовиков"); "десятки" (tens of) is a vague quantity below.
  [10, 'десяток десятка десятку десятком'],
];
/** The value of each number word form ("семерых" → 7). */
export const WORD_VALUE = new Map<string, number>();
for (const [v, forms] of WORDS) for (const f of forms.split(' ')) WORD_VALUE.set(f, v);

// Scale words after a number: "тыс.", "тысячи", "млн", "миллиона", "млрд", "миллиардов".
export const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:тыс\.|тысяч[аиуеь]?|тысячами?|тысячей)/i, 1e3],
  [/^(?:млн\.?|миллион(?:а|ов|ы|ами?)?)/i, 1e6],
  [/^(?:млрд\.?|миллиард(?:а|ов|ы|ами?)?)/i, 1e9],
  [/^(?:трлн\.?|триллион(?:а|ов|ы)?)/i, 1e12],
];
/** Currency words and signs, with their codes. */
export const CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:тенге|тг\.?|₸)/i, 'currency:KZT'],
  [/^(?:руб(?:лей|ля|ль)?\.?|₽)/i, 'currency:RUB'],
  [/^(?:долл(?:ар(?:ов|а|ы|ам)?)?\.?(?:\s+США)?|\$)/i, 'currency:USD'],
  [/^(?:евро|€)/i, 'currency:EUR'],
  [/^(?:сом(?:ов|а)?)(?![\p{L}])/iu, 'currency:KGS'],
  [/^(?:%|процент(?:ов|а|ами?)?)/i, 'percent'],
];
/** Duration words, with their units. */
export const DURATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:лет|года?|годам|годами)(?![\p{L}])/iu, 'years'],
  [/^(?:месяц(?:ев|а|ам)?)(?![\p{L}])/iu, 'months'],
  [/^(?:суток|дн(?:ей|я)|день|сутки)(?![\p{L}])/iu, 'days'],
];

// Each list as one RegExp, tried at the start of the text after the number: its entries in order,
// each in a group of its own (`which` tells which one matched).
const anyOf = (list: ReadonlyArray<readonly [RegExp, unknown]>): RegExp => new RegExp(`^(?:${list.map(([re]) => `(${re.source.replace(/^\^/, '')})`).join('|')})`, 'iu');
/** Any scale word, as one RegExp (`which` tells which matched). */
export const SCALE_ANY = anyOf(SCALES);
/** Any currency, as one RegExp. */
export const CURRENCY_ANY = anyOf(CURRENCIES);
/** Any duration, as one RegExp. */
export const DURATION_ANY = anyOf(DURATIONS);

/** Which alternative of an `anyOf` RegExp matched. */
export function which(m: RegExpExecArray): number {
  let k = 1;
  while (m[k] === undefined) k++;
  return k - 1;
}

// Hedges ending right before the number, longest first (a space stands for any white space).
export const HEDGE_PHRASES: ReadonlyArray<readonly [string[], Qualifier]> = [
  [['не менее', 'не меньше', 'по меньшей мере', 'как минимум', 'минимум'], 'at-least'],
  [['не более', 'не больше', 'максимум'], 'up-to'],
  [['более чем', 'более', 'свыше', 'больше', 'выше', 'болee'], 'more-than'],
  [['менее чем', 'менее', 'меньше', 'ниже'], 'less-than'],
  [['около', 'порядка', 'примерно', 'приблизительно', 'ориентировочно', 'где-то', 'ещё около', 'еще около'], 'about'],
  [['почти', 'практически', 'чуть менее', 'чуть меньше', 'едва ли не'], 'nearly'],
  [['до'], 'up-to'],
];
const HEDGES: ReadonlyArray<readonly [RegExp, Qualifier]> = HEDGE_PHRASES.map(([phrases, q]) => [
  new RegExp(`(?:^|[^\\p{L}])(?:${phrases.map((h) => h.replace(/ /g, '\\s+')).join('|')})\\s+$`, 'iu'),
  q,
]);
// The hedges by their last word ("мере", "то" of "где-то"), in the order above: after another
// word a number has no hedge, and only the hedges ending in the word before it are tried (each
// RegExp tries every position of the text before the number).
export const HEDGES_BY_LAST = new Map<string, (readonly [RegExp, Qualifier])[]>();
HEDGE_PHRASES.forEach(([phrases], k) => {
  for (const last of new Set(phrases.map((h) => /\p{L}+$/u.exec(h)![0].toLowerCase()))) {
    const list = HEDGES_BY_LAST.get(last) ?? [];
    list.push(HEDGES[k]!);
    HEDGES_BY_LAST.set(last, list);
  }
});
// A verb of change before "до n": "выросло до 25" is the new value, exact.
export const CHANGE_VERB = /(?:вырос|возрос|увеличил|поднял|достиг|снизил|сократил|уменьшил|упал|изменил|дошл|дошел|дошёл)[\p{L}]*(?:\s+[\p{L}]+){0,3}\s+до\s+$/iu;

// Vague quantities: "несколько сотен" [200, 900], "сотни" [200, ∞), "десятки" [24, ∞), "тысячи" [2000, ∞).
export const VAGUE: ReadonlyArray<readonly [RegExp, number, number, number | null]> = [
  // The nominal value is the English one ("several hundred" is 300, lib/extract/hedges.ts).
  [/^несколько\s+(?:сотен|сот)(?![\p{L}])/iu, 300, 200, 900],
  [/^несколько\s+десятков(?![\p{L}])/iu, 30, 20, 90],
  [/^несколько\s+тысяч(?![\p{L}])/iu, 3000, 2000, 9000],
  [/^(?:сотни|сотням|сотнями|сотен)(?![\p{L}])/iu, 200, 200, null],
  [/^(?:десятки|десятков|десяткам|десятками)(?![\p{L}])/iu, 24, 24, null],
  [/^(?:тысячи|тысячам|тысячами)(?![\p{L}])/iu, 2000, 2000, null],
  [/^(?:несколько|нескольких|нескольким)(?![\p{L}])/iu, 3, 3, 9],
];

// Only these words can start a vague quantity: the regexes above run for them alone.
export const VAGUE_PREFIXES = ['несколь', 'сотн', 'сотен', 'десят', 'тысяч'];
/** The start of a vague quantity word (несколько, сотни, десятки, тысячи). */
export const VAGUE_START = new RegExp(`^(?:${VAGUE_PREFIXES.join('|')})`, 'u');
/** A month name after a number: a date, not a figure. */
// Agencies' datelines abbreviate the month ("ТАШКЕНТ, 9 мар — Sputnik", "12 сен.").
export const MONTH_AFTER = /^\s*(?:январ|феврал|марта?(?![\p{L}])|апрел|ма[яй](?![\p{L}])|июн|июл|август|сентябр|октябр|ноябр|декабр|(?:янв|фев|мар|апр|авг|сен|сент|окт|ноя|нояб|дек)(?![\p{L}]))/iu;
/** "год" after a number: a year, not a figure. */
export const YEAR_AFTER = /^\s*(?:год[ауые]?|гг?\.)(?![\p{L}])/iu;
