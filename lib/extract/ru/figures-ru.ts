/**
 * Figures in Russian text: digits with Russian separators ("1 500", "13,5 млрд тенге", "23,5%"),
 * number words in every case and gender (семь, семерых, двоих, обоих, полторы тысячи), hedges as
 * intervals with the English conventions (lib/extract/hedges.ts), currencies, durations, the
 * counted noun and the predicate (погибли, задержаны, выехали ...). Same output shape as
 * `extractFigures`, so claims are assembled the same way.
 */
import { intervalFor, roundingUnit } from '../hedges';
import type { FigureMention, Span } from '../types';
import type { Qualifier } from '../vocabulary';
import { isLetterAt, isLetterBefore, isRuLetter, isSpaceCode, ruLower } from './chars';
import { firstEndingAfter } from './positions';
import { predicateRu } from './predicates-ru';

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
];
const WORD_VALUE = new Map<string, number>();
for (const [v, forms] of WORDS) for (const f of forms.split(' ')) WORD_VALUE.set(f, v);

// Scale words after a number: "тыс.", "тысячи", "млн", "миллиона", "млрд", "миллиардов".
const SCALES: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:тыс\.|тысяч[аиуеь]?|тысячами?|тысячей)/i, 1e3],
  [/^(?:млн\.?|миллион(?:а|ов|ы|ами?)?)/i, 1e6],
  [/^(?:млрд\.?|миллиард(?:а|ов|ы|ами?)?)/i, 1e9],
  [/^(?:трлн\.?|триллион(?:а|ов|ы)?)/i, 1e12],
];
const CURRENCIES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:тенге|тг\.?|₸)/i, 'currency:KZT'],
  [/^(?:руб(?:лей|ля|ль)?\.?|₽)/i, 'currency:RUB'],
  [/^(?:долл(?:ар(?:ов|а|ы|ам)?)?\.?(?:\s+США)?|\$)/i, 'currency:USD'],
  [/^(?:евро|€)/i, 'currency:EUR'],
  [/^(?:сом(?:ов|а)?)(?![\p{L}])/iu, 'currency:KGS'],
  [/^(?:%|процент(?:ов|а|ами?)?)/i, 'percent'],
];
const DURATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:лет|года?|годам|годами)(?![\p{L}])/iu, 'years'],
  [/^(?:месяц(?:ев|а|ам)?)(?![\p{L}])/iu, 'months'],
  [/^(?:суток|дн(?:ей|я)|день|сутки)(?![\p{L}])/iu, 'days'],
];

// Each list as one RegExp, tried at the start of the text after the number: its entries in order,
// each in a group of its own (`which` tells which one matched).
const anyOf = (list: ReadonlyArray<readonly [RegExp, unknown]>): RegExp => new RegExp(`^(?:${list.map(([re]) => `(${re.source.replace(/^\^/, '')})`).join('|')})`, 'iu');
const SCALE_ANY = anyOf(SCALES);
const CURRENCY_ANY = anyOf(CURRENCIES);
const DURATION_ANY = anyOf(DURATIONS);

function which(m: RegExpExecArray): number {
  let k = 1;
  while (m[k] === undefined) k++;
  return k - 1;
}

// Hedges ending right before the number, longest first (a space stands for any white space).
const HEDGE_PHRASES: ReadonlyArray<readonly [string[], Qualifier]> = [
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
const HEDGES_BY_LAST = new Map<string, (readonly [RegExp, Qualifier])[]>();
HEDGE_PHRASES.forEach(([phrases], k) => {
  for (const last of new Set(phrases.map((h) => /\p{L}+$/u.exec(h)![0].toLowerCase()))) {
    const list = HEDGES_BY_LAST.get(last) ?? [];
    list.push(HEDGES[k]!);
    HEDGES_BY_LAST.set(last, list);
  }
});
// A verb of change before "до n": "выросло до 25" is the new value, exact.
const CHANGE_VERB = /(?:вырос|возрос|увеличил|поднял|достиг|снизил|сократил|уменьшил|упал|изменил|дошл|дошел|дошёл)[\p{L}]*(?:\s+[\p{L}]+){0,3}\s+до\s+$/iu;

// Vague quantities: "несколько сотен" [200, 900], "сотни" [200, ∞), "десятки" [24, ∞), "тысячи" [2000, ∞).
const VAGUE: ReadonlyArray<readonly [RegExp, number, number, number | null]> = [
  [/^несколько\s+(?:сотен|сот)(?![\p{L}])/iu, 200, 200, 900],
  [/^несколько\s+десятков(?![\p{L}])/iu, 20, 20, 90],
  [/^несколько\s+тысяч(?![\p{L}])/iu, 2000, 2000, 9000],
  [/^(?:сотни|сотням|сотнями|сотен)(?![\p{L}])/iu, 200, 200, null],
  [/^(?:десятки|десятков|десяткам|десятками)(?![\p{L}])/iu, 24, 24, null],
  [/^(?:тысячи|тысячам|тысячами)(?![\p{L}])/iu, 2000, 2000, null],
  [/^(?:несколько|нескольких|нескольким)(?![\p{L}])/iu, 3, 3, 9],
];

// Only these words can start a vague quantity: the regexes above run for them alone.
const VAGUE_PREFIXES = ['несколь', 'сотн', 'сотен', 'десят', 'тысяч'];
const VAGUE_START = new RegExp(`^(?:${VAGUE_PREFIXES.join('|')})`, 'u');
const MONTH_AFTER = /^\s*(?:январ|феврал|марта?(?![\p{L}])|апрел|ма[яй](?![\p{L}])|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;
const YEAR_AFTER = /^\s*(?:год[ауые]?|гг?\.)(?![\p{L}])/iu;
// Words after a number that are not its counted noun.
const NOT_COUNTED = new Set([
  'и', 'в', 'во', 'на', 'из', 'с', 'со', 'к', 'по', 'от', 'до', 'за', 'о', 'об', 'у', 'а', 'но', 'или', 'что', 'как',
  'из-за', 'при', 'под', 'над', 'без', 'для', 'же', 'ли', 'не', 'ни', 'уже', 'еще', 'ещё', 'было', 'были', 'был', 'была',
  'будут', 'было', 'также', 'этих', 'них', 'которых', 'которые', 'человека', 'всего',
]);
const ADJECTIVE_END = /(?:ых|их|ые|ие|ого|его|ий|ый|ой|ая|яя|ому|ым|им)$/iu;

// A number in digits, read at a digit that no letter, digit, point or comma precedes.
const DIGITS = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?![\d])/y;

// The first three letters (lowercase) of every word that can be a number or start one: most words
// of a paragraph are passed over on them, without being sliced or lowercased.
const NUMBER_START = new Uint8Array(64 * 64 * 64);
const startKey = (a: number, b: number, c: number): number => (((ruLower(a) - 0x430) & 63) << 12) | (((ruLower(b) - 0x430) & 63) << 6) | ((ruLower(c) - 0x430) & 63);
for (const w of [...WORD_VALUE.keys(), 'тысяча', 'тысячу', ...VAGUE_PREFIXES]) NUMBER_START[startKey(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))] = 1;

interface Raw {
  start: number;
  numEnd: number;
  value: number;
  decimals: number;
  scale: number;
  word: boolean;
  wordOne: boolean;
  vagueLow?: number;
  vagueHigh?: number | null;
}

/** Finds the figures in Russian `text` within the given paragraph spans (sentences are the page's). */
export function extractFiguresRu(text: string, sentences: readonly Span[], paragraphs: readonly Span[]): FigureMention[] {
  const out: FigureMention[] = [];
  for (const para of paragraphs) {
    const sub = text.slice(para.start, para.end);
    // One pass over the paragraph: a number starts at a digit, or at a Russian word (all of its
    // letters basic Russian ones) whose first three letters a number word has.
    for (let i = 0, n = sub.length; i < n; ) {
      const c = sub.charCodeAt(i);
      let raw: Raw | null = null;
      let next = i + 1;
      if (c >= 0x30 && c <= 0x39) {
        if (i > 0 && isDigitOrMark(sub.charCodeAt(i - 1))) {
          i++;
          continue;
        }
        if (isLetterBefore(sub, i)) {
          i++;
          continue;
        }
        DIGITS.lastIndex = i;
        const m = DIGITS.exec(sub)!;
        next = i + m[0].length;
        raw = readDigits(sub, i, m);
      } else if (isRuLetter(c)) {
        let e = i + 1;
        while (e < n && isRuLetter(sub.charCodeAt(e))) e++;
        next = e;
        if (e - i >= 3 && NUMBER_START[startKey(c, sub.charCodeAt(i + 1), sub.charCodeAt(i + 2))] === 1 && !isLetterBefore(sub, i) && !isLetterAt(sub, e)) {
          raw = readWord(sub, i, sub.slice(i, e));
        }
      }
      if (raw) {
        const fig = finish(text, para.start, sub, raw, sentences, out[out.length - 1]);
        if (fig) {
          out.push(fig);
          next = fig.end - para.start;
        }
      }
      i = next;
    }
  }
  return out;
}

// What may not come right before a number in digits: a digit, a decimal point or comma.
function isDigitOrMark(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c;
}

function readDigits(sub: string, start: number, m: RegExpExecArray): Raw | null {
  const digits = m[1]!.replace(/[ \u00a0\u202f]/g, '');
  const frac = m[2] ?? '';
  const value = Number(frac ? `${digits}.${frac}` : digits);
  const after = sub.slice(start + m[0].length, start + m[0].length + 40);
  // Dates, years, times and list numbers are not figures.
  if (MONTH_AFTER.test(after) || /^\s*(?:и|[-–—])\s*\d{1,2}\s/u.test(after) && MONTH_AFTER.test(after.replace(/^\s*(?:и|[-–—])\s*\d{1,2}/u, ''))) return null;
  if (/^(?:19|20)\d\d$/.test(digits) && !frac && !/^\s*(?:человек|граждан|тенге|долл|руб|%)/iu.test(after)) return null;
  if (YEAR_AFTER.test(after) && /^(?:19|20)\d\d$/.test(digits)) return null;
  if (/^[.:]\d/.test(after) || /^\.\s+\p{Lu}/u.test(after)) return null;
  // Two characters before the number are all these tests look at.
  const just = sub.slice(Math.max(0, start - 2), start);
  if (start > 0 && /[-–№#/]$/.test(just) && !/\s[-–]$/.test(just)) return null;
  return { start, numEnd: start + m[0].length, value, decimals: frac.length, scale: 1, word: false, wordOne: false };
}

function readWord(sub: string, start: number, word: string): Raw | null {
  const w = word.toLowerCase();
  // "около тысячи", "более сотни": after a hedge the word is one thousand (hundred), not "thousands".
  const afterHedge = /^(?:тысяч[иау]|сотн[июя])$/u.test(w) && /(?:около|более|свыше|больше|почти|порядка|примерно|менее|меньше|до|минимум)\s+$/iu.test(sub.slice(Math.max(0, start - 20), start));
  if (afterHedge) return { start, numEnd: start + word.length, value: w.startsWith('тысяч') ? 1000 : 100, decimals: 0, scale: 1, word: true, wordOne: false };
  if (VAGUE_START.test(w)) {
    const ahead = sub.slice(start, start + 40);
    for (const [re, value, low, high] of VAGUE) {
      const v = re.exec(ahead);
      if (v) return { start, numEnd: start + v[0].length, value, decimals: 0, scale: 1, word: true, wordOne: false, vagueLow: low, vagueHigh: high };
    }
  }
  let value = WORD_VALUE.get(w);
  if (value === undefined) {
    // "тысяча" alone, "сотня".
    if (/^тысяч[ау]$/.test(w)) value = 1000;
    else return null;
  }
  let end = start + word.length;
  // Compound numerals: "двадцать пять", "сто двадцать три".
  for (;;) {
    const next = /^\s+([а-яё]+)/iu.exec(sub.slice(end, end + 30));
    if (!next) break;
    const nv = WORD_VALUE.get(next[1]!.toLowerCase());
    if (nv === undefined || nv >= value || nv === 1.5 || value < 20 || (value < 100 && nv >= 10) || (value % 10 !== 0)) break;
    value += nv;
    end += next[0].length;
  }
  return { start, numEnd: end, value, decimals: value === 1.5 ? 1 : 0, scale: 1, word: true, wordOne: value === 1 };
}

function finish(text: string, base: number, sub: string, raw: Raw, sentences: readonly Span[], prev: FigureMention | undefined): FigureMention | null {
  let end = raw.numEnd;
  let value = raw.value;
  let scale = 1;
  let unit = 'count';
  let rest = restOf(sub, end);
  // Scale: "13,5 млрд", "полторы тысячи".
  const sp = leadingSpaces(rest);
  const sm = raw.vagueLow === undefined ? SCALE_ANY.exec(rest.slice(sp)) : null;
  if (sm) {
    const s = SCALES[which(sm)]![1];
    scale = s;
    value *= s;
    end += sp + sm[0].length;
    rest = restOf(sub, end);
  }
  const sp2 = leadingSpaces(rest);
  const after = rest.slice(sp2);
  const cm = CURRENCY_ANY.exec(after);
  const dm = cm ? null : DURATION_ANY.exec(after);
  if (cm || dm) {
    unit = cm ? CURRENCIES[which(cm)]![1] : DURATIONS[which(dm!)]![1];
    end += sp2 + (cm ?? dm)![0].length;
    rest = restOf(sub, end);
  }
  // A dollar sign before the number.
  let start = raw.start;
  const dollar = unit === 'count' ? /\$\s?$/.exec(sub.slice(Math.max(0, start - 2), start)) : null;
  if (dollar) {
    unit = 'currency:USD';
    start -= dollar[0].length;
  }
  // Hedge before the number.
  const before = sub.slice(Math.max(0, start - 40), start);
  let qualifier: Qualifier = raw.vagueLow !== undefined ? 'vague' : 'exact';
  let isNewValue = false;
  let hedgeStart = start;
  if (qualifier === 'exact') {
    for (const [re, q] of hedgesBefore(sub, start)) {
      const hm = re.exec(before);
      if (!hm) continue;
      if (q === 'up-to' && /до\s+$/iu.test(before) && CHANGE_VERB.test(sub.slice(Math.max(0, start - 80), start))) {
        isNewValue = true;
        break;
      }
      qualifier = q;
      hedgeStart = start - before.length + hm.index + (hm[0].length - hm[0].trimStart().length);
      break;
    }
  }
  // A range "от 5 до 10" / "5-10": read as the first number's interval up to the second.
  let rangeHigh: number | undefined;
  const range = /^\s*(?:[-–—]|до)\s*(\d+(?:,\d+)?)(?![\d])/u.exec(rest);
  if (range && !raw.word && /(?:^|[^\p{L}])от\s+$/iu.test(before)) {
    rangeHigh = Number(range[1]!.replace(',', '.')) * scale;
    qualifier = 'range';
    end += range[0].length;
    rest = restOf(sub, end);
    hedgeStart = start - before.length + before.search(/от\s+$/iu);
  }
  // Counted noun: one word, or an adjective and its noun.
  let counted: string | null = null;
  if (unit === 'count') {
    const cm = wordsAfter(rest);
    if (cm && !NOT_COUNTED.has(cm[0].toLowerCase()) && nounLike(cm[0])) {
      counted = cm[0];
      if (cm[1] && ADJECTIVE_END.test(cm[0]) && !NOT_COUNTED.has(cm[1].toLowerCase()) && nounLike(cm[1])) counted = `${cm[0]} ${cm[1]}`;
      end += rest.indexOf(counted) + counted.length;
      rest = restOf(sub, end);
    }
  }
  const absStart = base + hedgeStart;
  const absEnd = base + end;
  const si = firstEndingAfter(sentences, absEnd - 1);
  const found = sentences[si];
  const sentence = found && found.start <= absStart ? found : { start: base, end: base + sub.length };
  let predicate = findPredicate(text, sentence, absStart, absEnd, unit, counted);
  // A breakdown ("погибли 7 человек, из них четверо ... и трое") counts what its whole counts.
  // "... двоих к шести годам, ещё троих — к восьми": "ещё n" counts what the figure before it counts.
  const more = /(?:ещё|еще)\s+$/iu.test(text.slice(Math.max(sentence.start, absStart - 6), absStart));
  const samePrev = prev?.predicate && prev.sentence.start === sentence.start ? prev.predicate : null;
  if (samePrev && (more || (!predicate && PARTITIVE.test(text.slice(sentence.start, absStart))))) predicate = samePrev;
  // "один" and bare small word numbers count only as the subject or object of a predicate.
  // In a list of counts ("четыре мужчины, одна женщина и семеро детей") "одна" is a count too.
  const listed = prev !== undefined && /^\s*(?:,|и)\s*$/u.test(text.slice(prev.end, absStart));
  if (raw.wordOne && !listed && (!predicate || !isAdjacentCue(text, absStart, absEnd))) return null;
  if (raw.word && unit === 'count' && !predicate && !counted) return null;
  if (!raw.word && unit === 'count' && !predicate && !counted) return null;
  const interval =
    raw.vagueLow !== undefined
      ? { low: raw.vagueLow, high: raw.vagueHigh ?? null }
      : intervalFor(qualifier, value, {
          discrete: unit === 'count' || unit === 'years' || unit === 'months' || unit === 'days',
          roundingUnit: qualifier === 'exact' ? roundingUnit(value, raw.decimals, scale) : undefined,
          high: rangeHigh,
        });
  const fig: FigureMention = {
    text: text.slice(absStart, absEnd),
    start: absStart,
    end: absEnd,
    value,
    low: interval.low,
    high: interval.high,
    qualifier,
    unit,
    counted,
    predicate,
    sentence,
  };
  if (isNewValue) fig.isNewValue = true;
  return fig;
}

// How many white-space code units `s` starts with (`/^\s*/`).
function leadingSpaces(s: string): number {
  let k = 0;
  while (k < s.length && isSpaceCode(s.charCodeAt(k))) k++;
  return k;
}

// The word after white space at the start of `s`, hyphenated or not, and the word after it, as
// `/^\s+([а-яё]+(?:-[а-яё]+)?)(?:\s+([а-яё]+))?/iu` reads them.
function wordsAfter(s: string): [string, string | undefined] | null {
  let p = leadingSpaces(s);
  const start = p;
  if (p === 0) return null;
  while (p < s.length && isRuLetter(s.charCodeAt(p))) p++;
  if (p === start) return null;
  if (s.charCodeAt(p) === 0x2d && isRuLetter(s.charCodeAt(p + 1))) {
    p += 2;
    while (p < s.length && isRuLetter(s.charCodeAt(p))) p++;
  }
  const first = s.slice(start, p);
  let q = p;
  while (q < s.length && isSpaceCode(s.charCodeAt(q))) q++;
  const second = q;
  while (q < s.length && isRuLetter(s.charCodeAt(q))) q++;
  return [first, q > second && second > p ? s.slice(second, q) : undefined];
}

function restOf(sub: string, at: number): string {
  return sub.slice(at, at + 60);
}

// A participle used as a noun ("обвиняемых", "задержанных") is the counted noun, not the verb.
function nounLike(w: string): boolean {
  return predicateRu(w) === null || /(?:ых|их)$/u.test(w);
}

// The hedges that may end right before `at`: those ending in the word there, before white space.
function hedgesBefore(sub: string, at: number): readonly (readonly [RegExp, Qualifier])[] {
  let j = at;
  while (j > 0 && isSpaceCode(sub.charCodeAt(j - 1))) j--;
  if (j === at) return NONE;
  let k = j;
  while (k > 0 && isLetterBefore(sub, k)) k--;
  return (k < j && HEDGES_BY_LAST.get(sub.slice(k, j).toLowerCase())) || NONE;
}
const NONE: readonly (readonly [RegExp, Qualifier])[] = [];

function isAdjacentCue(text: string, start: number, end: number): boolean {
  const before = /([а-яё]+)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^\s+(?:был[иао]?\s+)?([а-яё]+)/iu.exec(text.slice(end, end + 30));
  return (before !== null && predicateRu(before[1]!) !== null) || (after !== null && predicateRu(after[1]!) !== null);
}

const PARTITIVE = /(?:из\s+них|в\s+том\s+числе|среди\s+них|из\s+которых)/iu;
const COMMA_STOP = /[;:()«»",]|\s[-–—]\s/u;
const CLAUSE_STOP = /[;:()«»"]|\s[-–—]\s|,\s+(?:а|но|из\s+них|в\s+том\s+числе|которы\p{L}+)\s/u;
const CLAUSE_STOP_G = new RegExp(CLAUSE_STOP.source, 'gu');

/** The predicate of a figure: a cue word in its clause, nearest first (Russian word order is free). */
function findPredicate(text: string, sentence: Span, start: number, end: number, unit: string, counted: string | null): string | null {
  if (unit === 'years' || unit === 'months') {
    const s = text.slice(sentence.start, sentence.end);
    if (/(?:лишени\p{L}+\s+свободы|приговор\p{L}*|осужд\p{L}*|осужд|заключени\p{L}*|колони\p{L}*|срок\p{L}*)/iu.test(s)) return 'sentenced';
    return null;
  }
  const own = counted ? predicateRu(counted.slice(counted.lastIndexOf(' ') + 1)) : null;
  // A counted participle says what happened to them ("13 задержанных"), unless a verb governs the
  // figure ("приговорил ... двоих обвиняемых": sentenced, not charged).
  const clause = cueIn(text, sentence, start, end, COMMA_STOP, 90, false) ?? cueIn(text, sentence, start, end, CLAUSE_STOP, 40, true);
  if (own && (own !== 'charged' || !clause)) return own;
  return clause ?? own;
}

// A word further from the figure than the reach never cues it, so the clause's last stop on the
// left is looked for only a little beyond the reach (a stop cut by that edge hides only its own
// words: "которые", "а", "из них", none of them a cue).
const STOP_MARGIN = 20;

function cueIn(text: string, sentence: Span, start: number, end: number, stopRe: RegExp, reach: number, leftOnly: boolean): string | null {
  const from = Math.max(sentence.start, start - reach - STOP_MARGIN);
  let lo = from;
  if (stopRe === COMMA_STOP) lo = commaStopBefore(text, from, start);
  else {
    const left = text.slice(from, start);
    CLAUSE_STOP_G.lastIndex = 0;
    for (let m = CLAUSE_STOP_G.exec(left); m !== null; m = CLAUSE_STOP_G.exec(left)) lo = from + m.index + m[0].length;
  }
  // Past a comma only the governing verb before the figure counts ("погибли, по данным МВД, 7 человек").
  let hi = end;
  if (!leftOnly) {
    // A comma stop is at most three characters long: one starting within the reach is found in this stretch.
    const stop = COMMA_STOP.exec(text.slice(end, Math.min(sentence.end, end + reach + 3)));
    hi = stop ? end + stop.index : sentence.end;
  }
  // The words on either side, nearest first (the left one first at equal distance).
  let hasLeft = wordBefore(text, lo, start);
  let ls = wordStart;
  let le = wordEnd;
  let hasRight = !leftOnly && wordAfter(text, end, hi);
  let rs = wordStart;
  let re2 = wordEnd;
  while (hasLeft || hasRight) {
    const dl = hasLeft ? start - ls : Infinity;
    const dr = hasRight ? rs - end + 1 : Infinity;
    let w: string;
    if (dl <= dr) {
      if (dl > reach) break;
      w = text.slice(ls, le);
      hasLeft = wordBefore(text, lo, ls);
      ls = wordStart;
      le = wordEnd;
    } else {
      if (dr > reach) break;
      w = text.slice(rs, re2);
      hasRight = wordAfter(text, re2, hi);
      rs = wordStart;
      re2 = wordEnd;
    }
    const p = predicateRu(w);
    if (p) return p;
  }
  return null;
}

// Where the last comma stop (COMMA_STOP) between `from` and `start` ends, else `from`: found from
// the right. Where stops overlap (" - - ") it may end later than a search from the left would
// have it, but only past stop characters and spaces, never past a word.
function commaStopBefore(text: string, from: number, start: number): number {
  for (let k = start - 1; k >= from; k--) {
    const c = text.charCodeAt(k);
    if (c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0xab || c === 0xbb || c === 0x22 || c === 0x2c) return k + 1;
    if ((c === 0x2d || c === 0x2013 || c === 0x2014) && k - 1 >= from && k + 1 < start && isSpaceCode(text.charCodeAt(k - 1)) && isSpaceCode(text.charCodeAt(k + 1))) return k + 2;
  }
  return from;
}

// The last word found by `wordBefore` / `wordAfter` (Russian letters only, as `/[а-яё]+/i` reads).
let wordStart = 0;
let wordEnd = 0;

// The nearest word ending at or before `at`, cut at `lo`.
function wordBefore(text: string, lo: number, at: number): boolean {
  let e = at;
  while (e > lo && !isRuLetter(text.charCodeAt(e - 1))) e--;
  if (e <= lo) return false;
  let s = e - 1;
  while (s > lo && isRuLetter(text.charCodeAt(s - 1))) s--;
  wordStart = s;
  wordEnd = e;
  return true;
}

// The nearest word starting at or after `at`, cut at `hi`.
function wordAfter(text: string, at: number, hi: number): boolean {
  let s = at;
  while (s < hi && !isRuLetter(text.charCodeAt(s))) s++;
  if (s >= hi) return false;
  let e = s + 1;
  while (e < hi && isRuLetter(text.charCodeAt(e))) e++;
  wordStart = s;
  wordEnd = e;
  return true;
}
