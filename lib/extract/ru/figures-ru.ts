/**
 * Figures in Russian text: digits with Russian separators ("1 500", "13,5 млрд тенге", "23,5%"),
 * number words in every case and gender (семь, семерых, двоих, обоих, полторы тысячи), hedges as
 * intervals with the English conventions (lib/extract/hedges.ts), currencies, durations, the
 * counted noun and the predicate (погибли, задержаны, выехали ...). Same output shape as
 * `extractFigures`, so claims are assembled the same way.
 */
import { PARTITIVE, findPredicate, isAdjacentCue } from './figure-predicate-ru';
import { CHANGE_VERB, CURRENCIES, CURRENCY_ANY, DURATIONS, DURATION_ANY, HEDGES_BY_LAST, MONTH_AFTER, SCALES, SCALE_ANY, VAGUE, VAGUE_PREFIXES, VAGUE_START, WORD_VALUE, YEAR_AFTER, which } from './figure-words-ru';
import { intervalFor, roundingUnit } from '../hedges';
import type { FigureMention, Span } from '../types';
import type { Qualifier } from '../vocabulary';
import { isLetterAt, isLetterBefore, isRuLetter, ruLower } from './chars';
import { isSpaceCode } from '../normalize';
import { firstEndingAfter } from './positions';
import { predicateRu } from './predicates-ru';

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
    const base = para.start;
    const sub = text.slice(base, para.end);
    // One pass over the paragraph: a number starts at a digit, or at a Russian word (all of its
    // letters basic Russian ones) whose first three letters a number word has. The pass reads the
    // page text itself (a code unit of a slice costs more to read); the rules at a number read the
    // paragraph's slice, `sub`, with offsets into it.
    for (let i = base, n = para.end; i < n; ) {
      const c = text.charCodeAt(i);
      let raw: Raw | null = null;
      let next = i + 1;
      if (c >= 0x30 && c <= 0x39) {
        // "19:00": the minutes of a clock time are no figure either.
        if (i > base && (isDigitOrMark(text.charCodeAt(i - 1)) || (text.charCodeAt(i - 1) === 0x3a && i - 1 > base && isDigitCode(text.charCodeAt(i - 2))))) {
          i++;
          continue;
        }
        if (isLetterBefore(sub, i - base)) {
          i++;
          continue;
        }
        DIGITS.lastIndex = i - base;
        const m = DIGITS.exec(sub)!;
        next = i + m[0].length;
        raw = readDigits(sub, i - base, m);
      } else if (isRuLetter(c)) {
        let e = i + 1;
        while (e < n && isRuLetter(text.charCodeAt(e))) e++;
        next = e;
        if (e - i >= 3 && NUMBER_START[startKey(c, text.charCodeAt(i + 1), text.charCodeAt(i + 2))] === 1 && !isLetterBefore(sub, i - base) && !isLetterAt(sub, e - base)) {
          const word = text.slice(i, e);
          if (mayBeNumber(word)) raw = readWord(sub, i - base, word);
        }
      }
      if (raw) {
        const fig = finish(text, base, sub, raw, sentences, out[out.length - 1]);
        if (fig) {
          out.push(fig);
          next = fig.end;
        }
      }
      i = next;
    }
  }
  return out;
}

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
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
  // A year is written without a thousands separator: "1 923 объектам" is a count.
  if (/^(?:19|20)\d\d$/.test(m[1]!) && !frac && !/^\s*(?:человек|граждан|тенге|долл|руб|%)/iu.test(after)) return null;
  if (YEAR_AFTER.test(after) && /^(?:19|20)\d\d$/.test(digits)) return null;
  if (/^[.:]\d/.test(after) || /^\.\s+\p{Lu}/u.test(after)) return null;
  // "9-ю горбольницу", "46-й бригады", "30-летний": an ordinal or an adjective written with digits,
  // not a count; "2-х", "5-ти" (a count's case ending) still are.
  if (ORDINAL_AFTER.test(after) && !COUNT_ENDING_AFTER.test(after)) return null;
  // Two characters before the number are all these tests look at.
  const just = sub.slice(Math.max(0, start - 2), start);
  if (start > 0 && /[-–№#/]$/.test(just) && !/\s[-–]$/.test(just)) return null;
  // The number of an article, part or point of a law ("по статье 205 УК", "ч. 2 ст. 174"), of a
  // court or a list item is a label, not a figure.
  if (LABEL_BEFORE.test(sub.slice(Math.max(0, start - 12), start))) return null;
  return { start, numEnd: start + m[0].length, value, decimals: frac.length, scale: 1, word: false, wordOne: false };
}

const ORDINAL_AFTER = /^[-–][а-яё]/iu;
const COUNT_ENDING_AFTER = /^[-–](?:х|ух|ех|ти|ми|и)(?![а-яё])/iu;

const LABEL_BEFORE = /(?:^|[^\p{L}])(?:стать[яеиюё]й?|статьям|част[ьиюей]|пункт[аеуом]?|подпункт[аеуом]?|глав[аеуыой]|ст\.|ч\.|п\.|пп\.|№)\s*$/iu;

// Whether a word can start a number, by word as written: most words that begin like a number
// word ("столица", "семья", "пятница") are none, and a page repeats them.
let numberLike = new Map<string, boolean>();

function mayBeNumber(word: string): boolean {
  let v = numberLike.get(word);
  if (v === undefined) {
    const w = word.toLowerCase();
    // What readWord needs to return anything: a vague quantity's start (which "тысячи" and
    // "сотни" after a hedge have too), a number word, or "тысяча" alone.
    v = VAGUE_START.test(w) || WORD_VALUE.has(w) || /^тысяч[ау]$/.test(w);
    if (numberLike.size >= 20_000) numberLike = new Map();
    numberLike.set(word, v);
  }
  return v;
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
    // 136,8 × 10⁹ in binary floating point is 136800000000.00002: rounded to what was written
    // (a whole number whenever the scale is larger than the decimals written).
    value = raw.decimals === 0 ? value * s : s >= 10 ** raw.decimals ? Math.round(value * s) : Number((value * s).toPrecision(15));
    end += sp + sm[0].length;
    rest = restOf(sub, end);
  }
  const u = unitAfter(rest);
  if (u) {
    unit = u.unit;
    end += u.length;
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
  const range = /^\s*(?:[-–—]|до)\s*(\d+(?:,\d+)?)(?![\d])/u.exec(rest) ?? (raw.word ? /^\s+до\s+([а-яё]+)(?![\p{L}])/iu.exec(rest) : null);
  const rangeTo = range ? (/^\d/.test(range[1]!) ? Number(range[1]!.replace(',', '.')) : WORD_VALUE.get(range[1]!.toLowerCase())) : undefined;
  // "от 5 до 10", and in words "от трех до шести лет".
  if (range && rangeTo !== undefined && rangeTo > raw.value && /(?:^|[^\p{L}])от\s+$/iu.test(before)) {
    rangeHigh = Number((rangeTo * scale).toPrecision(15));
    qualifier = 'range';
    end += range[0].length;
    rest = restOf(sub, end);
    hedgeStart = start - before.length + before.search(/от\s+$/iu);
    // The unit comes after the second number: "от трех до шести лет".
    const u2 = unit === 'count' ? unitAfter(rest) : null;
    if (u2) {
      unit = u2.unit;
      end += u2.length;
      rest = restOf(sub, end);
    }
  }
  // Counted noun: one word, or an adjective and its noun. "один из пострадавших": one of them,
  // counted by the noun after "из".
  let counted: string | null = null;
  const oneOf = raw.wordOne && unit === 'count' ? /^\s+из\s+([а-яё]+)(?![\p{L}])/iu.exec(rest) : null;
  // The noun after "из": a plural noun or participle ("пострадавших", "обвиняемых"; not "них", "нас").
  if (oneOf && oneOf[1]!.length > 3 && mayBeCounted(oneOf[1]!)) {
    counted = oneOf[1]!;
    end += oneOf[0].length;
    rest = restOf(sub, end);
  } else if (unit === 'count') {
    const cm = wordsAfter(rest);
    if (cm && mayBeCounted(cm[0])) {
      counted = cm[0];
      if (cm[1] && ADJECTIVE_END.test(cm[0]) && mayBeCounted(cm[1])) counted = `${cm[0]} ${cm[1]}`;
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
  // "Трое детей определили в дома милосердия, еще троих — в детские дома": "ещё n" with no noun
  // counts the noun of the count before it in the sentence.
  if (more && counted === null && unit === 'count' && prev?.counted && prev.sentence.start === sentence.start) counted = prev.counted;
  // "один" and bare small word numbers count only as the subject or object of a predicate.
  // In a list of counts ("четыре мужчины, одна женщина и семеро детей") "одна" is a count too.
  // So is one that a count follows ("Один ребенок и 60 взрослых ...").
  const listed = (prev !== undefined && /^\s*(?:,|и)\s*$/u.test(text.slice(prev.end, absStart))) || (counted !== null && !oneOf && COUNT_FOLLOWS.test(rest));
  if (raw.wordOne && !listed && (!predicate || (!oneOf && !isAdjacentCue(text, absStart, absEnd)))) return null;
  if (unit === 'years' && isAge(sub, hedgeStart, end)) return null;
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

// An age, not a term: "в возрасте 38 лет", "ему 38 лет", "старшему из осужденных 38 лет, самым
// молодым 21 год" (a person in the dative before the years), unless a sentence's words follow.
const AGE_BEFORE = /(?:в\s+возрасте|(?:^|[^\p{L}])(?:ему|ей|им)|[а-яё](?:ему|ому|ым|им)(?:\s+из\s+[а-яё]+)?)\s+$/iu;
const TERM_AFTER = /^\s*(?:лишения|заключения|колонии|тюрьмы|строгого|общего|особого|условно|ограничения|принудительн)/iu;
function isAge(sub: string, start: number, end: number): boolean {
  return AGE_BEFORE.test(sub.slice(Math.max(0, start - 40), start)) && !TERM_AFTER.test(sub.slice(end, end + 30));
}

// A count right after a counted noun: "Один ребенок и 60 взрослых", "один погибший, двое раненых".
const COUNT_FOLLOWS = /^\s*(?:,|и)\s*(?:\d|(?:дв|тр|четыр|пят|шест|сем|восем|девят|десят|сто|двест|трист|оба|обе)[а-яё]*\s)/iu;

// The currency or duration right after a number (white space first): its unit and the length taken.
function unitAfter(rest: string): { unit: string; length: number } | null {
  const sp = leadingSpaces(rest);
  const after = rest.slice(sp);
  const cm = CURRENCY_ANY.exec(after);
  if (cm) return { unit: CURRENCIES[which(cm)]![1], length: sp + cm[0].length };
  const dm = DURATION_ANY.exec(after);
  return dm ? { unit: DURATIONS[which(dm)]![1], length: sp + dm[0].length } : null;
}

function restOf(sub: string, at: number): string {
  return sub.slice(at, at + 60);
}

// Whether a word after a number can be its counted noun, by word as written (pages repeat them).
let countable = new Map<string, boolean>();

function mayBeCounted(w: string): boolean {
  let v = countable.get(w);
  if (v === undefined) {
    v = !NOT_COUNTED.has(w.toLowerCase()) && nounLike(w);
    if (countable.size >= 20_000) countable = new Map();
    countable.set(w, v);
  }
  return v;
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
