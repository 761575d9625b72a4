/**
 * Figures in Russian text: digits with Russian separators ("1 500", "13,5 млрд тенге", "23,5%"),
 * number words in every case and gender (семь, семерых, двоих, обоих, полторы тысячи), hedges as
 * intervals with the English conventions (lib/extract/hedges.ts), currencies, durations, the
 * counted noun and the predicate (погибли, задержаны, выехали ...). Same output shape as
 * `extractFigures`, so claims are assembled the same way.
 */
import { intervalFor, roundingUnit } from '../hedges';
import { firstIndex } from '../spans';
import type { FigureMention, Span } from '../types';
import type { Qualifier } from '../vocabulary';
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

// Hedges ending right before the number, longest first.
const HEDGES: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?:^|[^\p{L}])(?:не\s+менее|не\s+меньше|по\s+меньшей\s+мере|как\s+минимум|минимум)\s+$/iu, 'at-least'],
  [/(?:^|[^\p{L}])(?:не\s+более|не\s+больше|максимум)\s+$/iu, 'up-to'],
  [/(?:^|[^\p{L}])(?:более\s+чем|более|свыше|больше|выше|болee)\s+$/iu, 'more-than'],
  [/(?:^|[^\p{L}])(?:менее\s+чем|менее|меньше|ниже)\s+$/iu, 'less-than'],
  [/(?:^|[^\p{L}])(?:около|порядка|примерно|приблизительно|ориентировочно|где-то|ещё\s+около|еще\s+около)\s+$/iu, 'about'],
  [/(?:^|[^\p{L}])(?:почти|практически|чуть\s+(?:менее|меньше)|едва\s+ли\s+не)\s+$/iu, 'nearly'],
  [/(?:^|[^\p{L}])до\s+$/iu, 'up-to'],
];
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
const VAGUE_START = /^(?:несколь|сотн|сотен|десят|тысяч)/u;
const MONTH_AFTER = /^\s*(?:январ|феврал|марта?(?![\p{L}])|апрел|ма[яй](?![\p{L}])|июн|июл|август|сентябр|октябр|ноябр|декабр)/iu;
const YEAR_AFTER = /^\s*(?:год[ауые]?|гг?\.)(?![\p{L}])/iu;
// Words after a number that are not its counted noun.
const NOT_COUNTED = new Set([
  'и', 'в', 'во', 'на', 'из', 'с', 'со', 'к', 'по', 'от', 'до', 'за', 'о', 'об', 'у', 'а', 'но', 'или', 'что', 'как',
  'из-за', 'при', 'под', 'над', 'без', 'для', 'же', 'ли', 'не', 'ни', 'уже', 'еще', 'ещё', 'было', 'были', 'был', 'была',
  'будут', 'было', 'также', 'этих', 'них', 'которых', 'которые', 'человека', 'всего',
]);
const ADJECTIVE_END = /(?:ых|их|ые|ие|ого|его|ий|ый|ой|ая|яя|ому|ым|им)$/iu;

const NUMBER = /(?<![\p{L}\d.,])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:,(\d+))?(?![\d])|(?<![\p{L}])([а-яё]+)(?![\p{L}])/giu;

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
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(sub); m !== null; m = NUMBER.exec(sub)) {
      const raw = readNumber(sub, m);
      if (!raw) continue;
      const fig = finish(text, para.start, sub, raw, sentences, out[out.length - 1]);
      if (fig) {
        out.push(fig);
        NUMBER.lastIndex = fig.end - para.start;
      }
    }
  }
  return out;
}

function readNumber(sub: string, m: RegExpExecArray): Raw | null {
  const start = m.index;
  if (m[1] !== undefined) {
    const digits = m[1].replace(/[ \u00a0\u202f]/g, '');
    const frac = m[2] ?? '';
    const value = Number(frac ? `${digits}.${frac}` : digits);
    const after = sub.slice(start + m[0].length, start + m[0].length + 40);
    // Dates, years, times and list numbers are not figures.
    if (MONTH_AFTER.test(after) || /^\s*(?:и|[-–—])\s*\d{1,2}\s/u.test(after) && MONTH_AFTER.test(after.replace(/^\s*(?:и|[-–—])\s*\d{1,2}/u, ''))) return null;
    if (/^(?:19|20)\d\d$/.test(digits) && !frac && !/^\s*(?:человек|граждан|тенге|долл|руб|%)/iu.test(after)) return null;
    if (YEAR_AFTER.test(after) && /^(?:19|20)\d\d$/.test(digits)) return null;
    if (/^[.:]\d/.test(after) || /^\.\s+\p{Lu}/u.test(after)) return null;
    if (start > 0 && /[-–№#/]$/.test(sub.slice(0, start)) && !/\s[-–]$/.test(sub.slice(0, start))) return null;
    return { start, numEnd: start + m[0].length, value, decimals: frac.length, scale: 1, word: false, wordOne: false };
  }
  const w = m[3]!.toLowerCase();
  // "около тысячи", "более сотни": after a hedge the word is one thousand (hundred), not "thousands".
  const afterHedge = /^(?:тысяч[иау]|сотн[июя])$/u.test(w) && /(?:около|более|свыше|больше|почти|порядка|примерно|менее|меньше|до|минимум)\s+$/iu.test(sub.slice(Math.max(0, start - 20), start));
  if (afterHedge) return { start, numEnd: start + m[0].length, value: w.startsWith('тысяч') ? 1000 : 100, decimals: 0, scale: 1, word: true, wordOne: false };
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
  let end = start + m[0].length;
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
  const restOf = (at: number): string => sub.slice(at, at + 60);
  let rest = restOf(end);
  // Scale: "13,5 млрд", "полторы тысячи".
  const sp = /^\s*/.exec(rest)![0];
  for (const [re, s] of SCALES) {
    const sm = re.exec(rest.slice(sp.length));
    if (sm && raw.vagueLow === undefined) {
      scale = s;
      value *= s;
      end += sp.length + sm[0].length;
      rest = restOf(end);
      break;
    }
  }
  const sp2 = /^\s*/.exec(rest)![0];
  for (const [re, u] of CURRENCIES) {
    const cm = re.exec(rest.slice(sp2.length));
    if (cm) {
      unit = u;
      end += sp2.length + cm[0].length;
      rest = restOf(end);
      break;
    }
  }
  if (unit === 'count') {
    for (const [re, u] of DURATIONS) {
      const dm = re.exec(rest.slice(sp2.length));
      if (dm) {
        unit = u;
        end += sp2.length + dm[0].length;
        rest = restOf(end);
        break;
      }
    }
  }
  // A dollar sign before the number.
  let start = raw.start;
  if (unit === 'count' && /\$\s?$/.test(sub.slice(0, start))) {
    unit = 'currency:USD';
    start -= sub.slice(0, start).match(/\$\s?$/)![0].length;
  }
  // Hedge before the number.
  const before = sub.slice(Math.max(0, start - 40), start);
  let qualifier: Qualifier = raw.vagueLow !== undefined ? 'vague' : 'exact';
  let isNewValue = false;
  let hedgeStart = start;
  if (qualifier === 'exact') {
    for (const [re, q] of HEDGES) {
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
    rest = restOf(end);
    hedgeStart = start - before.length + before.search(/от\s+$/iu);
  }
  // Counted noun: one word, or an adjective and its noun.
  let counted: string | null = null;
  if (unit === 'count') {
    const cm = /^\s+([а-яё]+(?:-[а-яё]+)?)(?:\s+([а-яё]+))?/iu.exec(rest);
    // A participle used as a noun ("обвиняемых", "задержанных") is the counted noun, not the verb.
    const nounLike = (w: string): boolean => predicateRu(w) === null || /(?:ых|их)$/u.test(w);
    if (cm && !NOT_COUNTED.has(cm[1]!.toLowerCase()) && nounLike(cm[1]!)) {
      counted = cm[1]!;
      if (cm[2] && ADJECTIVE_END.test(cm[1]!) && !NOT_COUNTED.has(cm[2].toLowerCase()) && nounLike(cm[2])) counted = `${cm[1]} ${cm[2]}`;
      end += rest.indexOf(counted) + counted.length;
      rest = restOf(end);
    }
  }
  const absStart = base + hedgeStart;
  const absEnd = base + end;
  const si = firstIndex(sentences, (s) => s.end >= absEnd);
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

function isAdjacentCue(text: string, start: number, end: number): boolean {
  const before = /([а-яё]+)\s+$/iu.exec(text.slice(Math.max(0, start - 30), start));
  const after = /^\s+(?:был[иао]?\s+)?([а-яё]+)/iu.exec(text.slice(end, end + 30));
  return (before !== null && predicateRu(before[1]!) !== null) || (after !== null && predicateRu(after[1]!) !== null);
}

const PARTITIVE = /(?:из\s+них|в\s+том\s+числе|среди\s+них|из\s+которых)/iu;
const COMMA_STOP = /[;:()«»",]|\s[-–—]\s/u;
const CLAUSE_STOP = /[;:()«»"]|\s[-–—]\s|,\s+(?:а|но|из\s+них|в\s+том\s+числе|которы\p{L}+)\s/u;
const COMMA_STOP_G = new RegExp(COMMA_STOP.source, 'gu');
const CLAUSE_STOP_G = new RegExp(CLAUSE_STOP.source, 'gu');

/** The predicate of a figure: a cue word in its clause, nearest first (Russian word order is free). */
function findPredicate(text: string, sentence: Span, start: number, end: number, unit: string, counted: string | null): string | null {
  if (unit === 'years' || unit === 'months') {
    const s = text.slice(sentence.start, sentence.end);
    if (/(?:лишени\p{L}+\s+свободы|приговор\p{L}*|осужд\p{L}*|осужд|заключени\p{L}*|колони\p{L}*|срок\p{L}*)/iu.test(s)) return 'sentenced';
    return null;
  }
  const own = counted ? predicateRu(counted.split(' ').pop()!) : null;
  // A counted participle says what happened to them ("13 задержанных"), unless a verb governs the
  // figure ("приговорил ... двоих обвиняемых": sentenced, not charged).
  const clause = cueIn(text, sentence, start, end, COMMA_STOP, 90, false) ?? cueIn(text, sentence, start, end, CLAUSE_STOP, 40, true);
  if (own && (own !== 'charged' || !clause)) return own;
  return clause ?? own;
}

function cueIn(text: string, sentence: Span, start: number, end: number, stopRe: RegExp, reach: number, leftOnly: boolean): string | null {
  let lo = sentence.start;
  const left = text.slice(sentence.start, start);
  const re = stopRe === COMMA_STOP ? COMMA_STOP_G : CLAUSE_STOP_G;
  re.lastIndex = 0;
  for (let m = re.exec(left); m !== null; m = re.exec(left)) lo = sentence.start + m.index + m[0].length;
  const right = text.slice(end, sentence.end);
  const stop = stopRe.exec(right);
  const hi = stop ? end + stop.index : sentence.end;
  const words: { w: string; d: number }[] = [];
  for (const m of text.slice(lo, start).matchAll(/[а-яё]+/giu)) words.push({ w: m[0], d: start - (lo + m.index) });
  // Past a comma only the governing verb before the figure counts ("погибли, по данным МВД, 7 человек").
  if (!leftOnly) for (const m of text.slice(end, hi).matchAll(/[а-яё]+/giu)) words.push({ w: m[0], d: m.index + 1 });
  words.sort((a, b) => a.d - b.d);
  for (const { w, d } of words) {
    if (d > reach) break;
    const p = predicateRu(w);
    if (p) return p;
  }
  return null;
}
