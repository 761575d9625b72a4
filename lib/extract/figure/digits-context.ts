/** Whether a run of digits is a figure at all: not a date, a time, a phone number, a label or a year. */
import market from '../../../data/lexicon/market-figures.json';
import notFigures from '../../../data/lexicon/not-figures.json';
import { standsAsFigure } from '../figure-context';
import { escapeRegExp } from '../normalize';
import { hedgeBefore } from '../hedges';
import { type NumberToken } from '../numbers';
import { type Span } from '../types';
import { readCounted } from './counted';
import { inTitleCaseLine } from './words-context';
import { sliceLeft } from './draft';
import { DIGIT_OR_NUMBER_WORD, GLUED_UNIT, LABEL_BEFORE, MONTH_AFTER, MONTH_BEFORE, ORDINAL_OR_GLUED, PERCENT_AFTER, SLASH_BEFORE, SLASH_NEAR, TIME_AFTER, YEAR_CONTEXT_BEFORE, YEAR_SPAN_BEFORE } from './patterns';
const FURNITURE_AFTER = /\s*(?:comments?\b|comment\(s\)|replies\b|shares?\b|likes?\b|views\b|min(?:ute)?s? read\b|of \d+\s*$|of \d+\s*\n)/iy;

const LINE_END = /\s*(?:\n|$)/y;

const alternation = (xs: readonly string[]): string => xs.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');
// "2134 Caldwell Place", "1119 Eighth St.", "3170 W. County Road 600S": a house number, then one to
// three capitalised words or an ordinal, then a street word (data/lexicon/not-figures.json).
const STREET_AFTER = new RegExp(
  `\\s+(?:(?:\\p{Lu}[\\p{L}'’-]*\\.?|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${alternation(notFigures.streetWords)})(?![\\p{L}])`,
  'uy',
);
const EMERGENCY_NUMBERS = new Set(notFigures.emergencyNumbers);
const YEAR_NOUNS = new Set(notFigures.yearNouns);
const EMERGENCY_AFTER = new RegExp(`\\s+(?:${alternation(notFigures.emergencyNouns)})\\b`, 'iy');
const EMERGENCY_BEFORE = new RegExp(`\\b(?:${alternation(notFigures.emergencyVerbs)})\\s+$`, 'i');
// "the S&P 500 over the same span", "the FTSE 100": the number ends an index's name.
const NAMED_INDEX_BEFORE = new RegExp(`(?:^|[^\\p{L}&])(?:${alternation(market.namedIndexes)})\\s$`, 'iu');
// "until at least 2021": a year after a hedge that a preposition of time opens.
const TIME_PREPOSITION_BEFORE = /\b(?:until|till|through|by|since|before|after|from|in)\s+$/i;

/** False when the digits of `tok` are a date, time, phone, label, ordinal, glued unit or year rather than a figure. */
export function digitsAreFigure(text: string, tok: NumberToken, sentence: Span): boolean {
  const s = tok.start;
  const before = s > 0 ? text[s - 1]! : ' ';
  if (before === '-' && s > 1 && /[A-Za-z]/.test(text[s - 2]!)) return false; // COVID-19, mid-2014
  if (before === ':' && s > 1 && /\d/.test(text[s - 2]!)) return false;
  if ((before === '-' || before === '–') && YEAR_SPAN_BEFORE.test(text.slice(Math.max(0, s - 5), s))) return false; // 2008-9
  if (!standsAsFigure(text, s, tok.end)) return false;
  // "400 737 Max jets", "five 787 sales": a model's number has three digits or more, no separator.
  if (before === ' ' && tok.end - s >= 3 && tok.scale === 1 && tok.decimals === 0 && isDigitCode(text.charCodeAt(s + 2)) && numberEndsAt(text, s - 1, sentence.start)) return false;
  if (tok.scale === 1) {
    ORDINAL_OR_GLUED.lastIndex = tok.end;
    GLUED_UNIT.lastIndex = tok.end;
    if (ORDINAL_OR_GLUED.test(text) && !GLUED_UNIT.test(text)) return false; // 4th, 10am (but 1.2GHz, 12GB)
  } else if (tok.scale === 1000 && tok.decimals === 0 && tok.end - s === 2 && text[s + 1] === 'K' && !/[$€£]\s*$/.test(text.slice(Math.max(0, s - 2), s))) {
    return false; // 4K, 8K: a resolution, not four thousand
  }
  if (before === ' ' && productAfterName(text, tok.end) && nameBefore(text, s, sentence) && !inTitleCaseLine(text, s)) return false;
  TIME_AFTER.lastIndex = tok.end;
  if (TIME_AFTER.test(text)) return false;
  SLASH_NEAR.lastIndex = tok.end;
  // "11/20" is a date, "24/7" a phrase; "$0.03/kWh" is a price per unit.
  if (SLASH_NEAR.test(text) && !pricePerUnit(text, s, SLASH_NEAR.lastIndex)) return false;
  if (SLASH_BEFORE.test(sliceLeft(text, sentence.start, s, 4))) return false;
  const left = sliceLeft(text, sentence.start, s, 30);
  if (LABEL_BEFORE.test(left)) return false;
  FURNITURE_AFTER.lastIndex = tok.end;
  if (FURNITURE_AFTER.test(text)) return false; // "12 Comment(s)", "3 min read", "1 of 24" (a gallery)
  LINE_END.lastIndex = tok.end;
  if (/(?:^|\s)\d+ of $/.test(left) && LINE_END.test(text)) return false; // the "24" of a gallery's "1 of 24"
  const raw = text.slice(s, tok.end);
  const integer = tok.scale === 1 && tok.decimals === 0 && /^\d+$/.test(raw);
  if (integer && raw.length <= 5) {
    STREET_AFTER.lastIndex = tok.end;
    if (STREET_AFTER.test(text)) return false; // an address
    EMERGENCY_AFTER.lastIndex = tok.end;
    if (EMERGENCY_NUMBERS.has(raw) && (EMERGENCY_AFTER.test(text) || EMERGENCY_BEFORE.test(sliceLeft(text, sentence.start, s, 10)))) return false; // "911 calls", "called 911"
    if (before === '[' && text.charCodeAt(tok.end) === 0x5d && raw.length <= 3) return false; // a citation marker, "[12]"
    if (before === ' ' && NAMED_INDEX_BEFORE.test(sliceLeft(text, sentence.start, s, 14))) return false;
  }
  if (integer && tok.value >= 1 && tok.value <= 31) {
    if (MONTH_BEFORE.test(left)) return false;
    MONTH_AFTER.lastIndex = tok.end;
    if (MONTH_AFTER.test(text)) return false;
  }
  if (integer && raw.length === 4 && tok.value >= 1000 && tok.value <= 2100) {
    PERCENT_AFTER.lastIndex = tok.end;
    if (PERCENT_AFTER.test(text)) return true;
    if (YEAR_CONTEXT_BEFORE.test(left)) return false;
    const c = readCounted(text, tok.end, sentence.end, false);
    // "the 2020 playoffs", "the 2018 elections": a year names them, it counts nothing.
    const counted = c !== null && !YEAR_NOUNS.has(c.counted.slice(c.counted.lastIndexOf(' ') + 1).toLowerCase());
    const hedge = hedgeBefore(text, sentence.start, s);
    if (hedge) return counted || !TIME_PREPOSITION_BEFORE.test(sliceLeft(text, sentence.start, hedge.start, 12));
    return counted;
  }
  return true;
}

/** Whether money stands before `s` and a unit's letters after the slash at `slashEnd` ("$0.23/W", "€50/MWh"). */
function pricePerUnit(text: string, s: number, slashEnd: number): boolean {
  const c = text.charCodeAt(s - 1);
  return (c === 0x24 || c === 0x20ac || c === 0xa3) && /[A-Za-z]/.test(text[slashEnd] ?? '');
}

/**
 * Whether a number (digits or a cardinal word) ends right before the space at `space`: a number
 * after a number is a model's or a label's ("roughly 400 737 Max jets"), never a second count.
 */
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function numberEndsAt(text: string, space: number, from: number): boolean {
  const c = text.charCodeAt(space - 1);
  if (c >= 48 && c <= 57) {
    // "In 2019 300 people died": a year may stand before a count.
    const y = text.slice(Math.max(from, space - 5), space);
    return !/(?:^|[^\d.,])(?:1[89]|20)\d\d$/.test(y);
  }
  if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  let i = space - 1;
  while (i > from && space - i < 12 && /[A-Za-z]/.test(text[i - 1]!)) i--;
  return DIGIT_OR_NUMBER_WORD.test(text.slice(i, space));
}

// After "Xbox 360", "PlayStation 4", "Gears of War 4": another capitalised word of the name
// ("4 Pro"), or the nouns and verbs of products ("360 games", "4 runs natively"). A count after a
// place keeps its noun ("Almaty 12 people").
const PRODUCT_AFTER = /\s+(?:\p{Lu}|(?:games?|titles?|users?|owners?|players?|apps?|models?|versions?|editions?|updates?|series|consoles?|library|launch(?:ed|es)?|release[ds]?|runs?|ran|costs?|sold|sells|ships?|shipped|features?|supports?|offers?|lets?|gets?|got|has|have|had|will|can|is|are|was|were|does|did)\b)/uy;

function productAfterName(text: string, end: number): boolean {
  PRODUCT_AFTER.lastIndex = end;
  return PRODUCT_AFTER.test(text);
}

/**
 * True when the number closes a name of a product, a model or a label ("Xbox 360", "PlayStation 4
 * Pro", "Gears of War 4", "Windows 10", "Fortune 500"): a capitalised word right before it, inside
 * a sentence. Sentence-initial words ("About 300", "Some 20") are hedges, not names.
 */
function nameBefore(text: string, s: number, sentence: Span): boolean {
  let i = s - 2;
  const end = i + 1;
  while (i >= sentence.start && end - i <= 24 && /[\p{L}\d]/u.test(text[i]!)) i--;
  const w0 = i + 1;
  if (w0 >= end || !/^\p{Lu}/u.test(text[w0]!) || !/\p{Ll}|^\p{Lu}{2,}\d*$/u.test(text.slice(w0, end))) return false;
  // The word must stand inside the sentence, after a space: not its first word, not after a quote.
  if (w0 <= sentence.start || text[w0 - 1] !== ' ') return false;
  let j = w0 - 2;
  while (j >= sentence.start && (text[j] === '"' || text[j] === '“' || text[j] === '(')) j--;
  return j >= sentence.start && !/[.!?:\n]/.test(text[j]!);
}
