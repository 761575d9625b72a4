/** A figure built around a number: hedge, currency, scale, range, unit, counted noun, partitive. */
import { hedgeBefore, roundingUnit } from '../hedges';
import { type NumberToken, readNumberAt } from '../numbers';
import { type Span } from '../types';
import { currencyCode, readCounted } from './counted';
import { type Draft, sliceLeft } from './draft';
import market from '../../../data/lexicon/market-figures.json';
import { WORD_AFTER, BY_BEFORE, CHANGE_WORD, POSSESSIVE_THEN_NUMBER, COLLECTIVE_BEFORE, CURRENCY_AFTER, CURRENCY_BEFORE, CURRENCY_SIGN, FROM_BEFORE, GLUED_UNIT, OR_MORE_AFTER, PARTITIVE_OF, PERCENT_AFTER, PRONOUN_AFTER, RANGE_AFTER, RANGE_AND_AFTER, RANGE_OR_AFTER, relativeTimeAt, TIME_UNIT_AFTER } from './patterns';
/** A draft of an exact count over [start, end) with nothing read around it yet. */
export function newDraft(start: number, end: number, value: number, sentence: Span): Draft {
  return {
    start, end, value, low: null, high: null, qualifier: 'exact', unit: 'count', counted: null, sentence,
    precision: 0, fraction: false, bareOne: false, predicate: null, predicateDistance: 0, rightFrom: -1,
    noRight: false, partitiveAt: -1, numEnd: -1, fromFollows: '', isNew: false,
  };
}

/** Builds a figure around a number: hedge, currency, scale, range, unit and counted noun. */
export function buildNumeric(text: string, tok: NumberToken, start: number, sentence: Span, leftLimit: number): Draft | number {
  const d = newDraft(start, tok.end, tok.value, sentence);
  d.numEnd = tok.end;
  let end = tok.end;
  let precision = roundingUnit(tok.value, tok.decimals, tok.scale);

  // Hedge and currency sign to the left: "more than $5m", "US $91.6m".
  const cur = CURRENCY_BEFORE.exec(sliceLeft(text, leftLimit, d.start, 6));
  if (cur) {
    d.start -= cur[1]!.length;
    d.unit = `currency:${currencyCode(cur[1]!)}`;
  }
  let hedge = hedgeBefore(text, leftLimit, d.start);
  // "up to a $1 billion", "as many as a hundred", "up to an additional 15 per cent": an article
  // (and "additional", "further", "extra") between the hedge and the number.
  if (!hedge && text.charCodeAt(d.start - 1) === 32) {
    const art = ARTICLE_BEFORE.exec(sliceLeft(text, leftLimit, d.start, 20));
    if (art) {
      const h = hedgeBefore(text, leftLimit, d.start - art[0].length + 1);
      if (h && h.qualifier !== 'range' && h.qualifier !== 'about') hedge = h;
    }
  }
  // "by $300 billion over two years": "over" after a figure spans a period; it bounds nothing.
  if (hedge?.phrase === 'over' && /(?:\d|illion|percent|%)\s+$/.test(sliceLeft(text, sentence.start, hedge.start, 12))) {
    TIME_UNIT_AFTER.lastIndex = tok.end;
    if (TIME_UNIT_AFTER.test(text)) hedge = null;
  }
  if (hedge) {
    const before = sliceLeft(text, sentence.start, hedge.start, 80);
    // A target needs a level it changes from, in its own clause ("by 23.5% up to 13.5 billion",
    // "rose from 10 up to 15"); without one "up to" bounds ("raise up to $12.9bn", "asked for up to
    // $50 billion" after "more than triple that figure" in an earlier clause).
    const clause = before.slice(lastClauseBreak(before) + 1);
    if (hedge.phrase === 'up to' && ((CHANGE_WORD.test(clause) && /\d/.test(clause)) || /\d\s*%?\s*$/.test(before))) {
      d.isNew = true; // "increase ... by 23.5% up to 13.5 billion": a target, not a bound
    } else if (hedge.qualifier !== 'range') {
      d.qualifier = hedge.qualifier;
      d.start = hedge.start;
    }
  }

  // Range: "5-10", "5 to 10", "between 5 and 10".
  const fromBefore = FROM_BEFORE.test(sliceLeft(text, leftLimit, d.start, 8));
  const changeBefore = CHANGE_WORD.test(sliceLeft(text, sentence.start, d.start, 80));
  // "between four to six" is written too: "between" takes "to" when no "and" follows.
  // "[0.6% to 0.7%]", "between 5% and 7%": a share's range repeats its sign after each number.
  PERCENT_AFTER.lastIndex = end;
  const pctEnd = PERCENT_AFTER.test(text) ? PERCENT_AFTER.lastIndex : -1;
  const betweenTo = hedge?.qualifier === 'range' && !RANGE_AND_AFTER.test((RANGE_AND_AFTER.lastIndex = pctEnd > 0 ? pctEnd : end, text));
  const rangeSep = hedge?.qualifier === 'range' && !betweenTo ? RANGE_AND_AFTER : fromBefore && changeBefore ? null : RANGE_AFTER;
  // "down by 30 to 126": after "by" and a change, "to" gives the new value, unless the two numbers
  // are close enough to bound one amount ("rose by 2 to 3 percent").
  const byChange = changeBefore && BY_BEFORE.test(sliceLeft(text, leftLimit, d.start, 4));
  let sepAt = end;
  let percentRange = false;
  // "from 2.18 percent to 2.72 percent" is a change of a share, said so or not; no range.
  if (rangeSep && pctEnd > 0 && !fromBefore) {
    rangeSep.lastIndex = pctEnd;
    if (rangeSep.test(text)) {
      sepAt = pctEnd;
      percentRange = true;
    }
  }
  let orRange = false;
  if (rangeSep === RANGE_AFTER && !percentRange && !RANGE_AFTER.test((RANGE_AFTER.lastIndex = end, text))) {
    RANGE_OR_AFTER.lastIndex = end;
    orRange = RANGE_OR_AFTER.test(text);
  }
  if (rangeSep) {
    const sep = orRange ? RANGE_OR_AFTER : rangeSep;
    sep.lastIndex = sepAt;
    if (sep.exec(text)) {
      let at = sep.lastIndex;
      // "$24 to $28": the second number repeats the sign.
      if (cur) {
        CURRENCY_SIGN.lastIndex = at;
        if (CURRENCY_SIGN.test(text)) at = CURRENCY_SIGN.lastIndex;
      }
      let second = readNumberAt(text, at);
      if (second && percentRange && !(PERCENT_AFTER.lastIndex = second.end, PERCENT_AFTER.test(text))) second = null;
      // "four or five" is a range; "one or 20" is two numbers.
      if (second && second.value > tok.value && digitsLike(tok, second) && (!orRange || (second.value <= tok.value * 2 && second.scale === tok.scale)) && (!byChange || second.value <= tok.value * 2)) {
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

  // "two or more antibiotics", "20 or so": the bound comes after the number.
  if (d.qualifier === 'exact') {
    OR_MORE_AFTER.lastIndex = end;
    const om = OR_MORE_AFTER.exec(text);
    if (om) {
      d.qualifier = om[1]!.toLowerCase() === 'more' ? 'at-least' : 'about';
      end = OR_MORE_AFTER.lastIndex;
    }
  }

  PERCENT_AFTER.lastIndex = end;
  CURRENCY_AFTER.lastIndex = end;
  TIME_UNIT_AFTER.lastIndex = end;
  GLUED_UNIT.lastIndex = end;
  let adjectival = false;
  let pm: RegExpExecArray | null;
  if ((pm = PERCENT_AFTER.exec(text))) {
    d.unit = 'percent';
    end = PERCENT_AFTER.lastIndex;
    precision = 0;
  } else if ((pm = CURRENCY_AFTER.exec(text))) {
    d.unit = `currency:${currencyCode(pm[1] ?? pm[2]!)}`;
    end = CURRENCY_AFTER.lastIndex;
  } else if (d.unit === 'count' && (pm = GLUED_UNIT.exec(text))) {
    d.unit = pm[0].toLowerCase(); // "1.2GHz", "12GB": a measure in its unit
    end = GLUED_UNIT.lastIndex;
    precision = 0;
  } else if (d.unit === 'count' && (pm = TIME_UNIT_AFTER.exec(text))) {
    const after = TIME_UNIT_AFTER.lastIndex;
    if (relativeTimeAt(text, after, d.start)) return after; // "two days later", "a 10-year-old": dates and ages
    let u = pm[2]!.toLowerCase();
    if (!u.endsWith('s')) u += 's';
    d.unit = u;
    adjectival = pm[1] === '-';
    // "10-year notes", "a 52-week high": a tenor or a record, not a duration anyone reports.
    if (adjectival && tenorOrExtremeAfter(text, after)) return after;
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

const TENOR_OR_EXTREME = new Set([...market.tenorNouns, ...market.extremes]);

/** Whether the word after a duration adjective is a tenor's noun or an extreme ("notes", "high"). */
function tenorOrExtremeAfter(text: string, p: number): boolean {
  WORD_AFTER.lastIndex = p;
  const m = WORD_AFTER.exec(text);
  return m !== null && TENOR_OR_EXTREME.has(m[2]!.toLowerCase());
}

function digitsLike(a: NumberToken, b: NumberToken): boolean {
  return a.kind === b.kind;
}

/**
 * After a number with no counted noun: "of the 25 culprits" (a whole with its own number: noted,
 * linked when that figure is read), "of them", "of the province's inhabitants". Returns the new end.
 */
export function readPartitive(text: string, d: Draft, end: number, sentence: Span): number {
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
  // "a third of WeWork's 12,000 employees": a possessive name, then the whole's number.
  POSSESSIVE_THEN_NUMBER.lastIndex = p;
  if (POSSESSIVE_THEN_NUMBER.exec(text) && POSSESSIVE_THEN_NUMBER.lastIndex < sentence.end) {
    d.partitiveAt = POSSESSIVE_THEN_NUMBER.lastIndex;
    return end;
  }
  const cnt = readCounted(text, p - 1, sentence.end, false);
  if (cnt) {
    d.counted = cnt.counted;
    return cnt.end;
  }
  return end;
}

// An article and an adjective of addition between a hedge and its number.
const ARTICLE_BEFORE = /\s(?:an?|another)(?:\s+(?:additional|further|extra))?\s$/i;

/** Where the last clause break (a comma, semicolon, colon or dash) of `s` stands; -1 when none. */
function lastClauseBreak(s: string): number {
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s.charCodeAt(i);
    if (c === 0x2c || c === 0x3b || c === 0x3a || c === 0x2014 || c === 0x2013) return i;
  }
  return -1;
}
