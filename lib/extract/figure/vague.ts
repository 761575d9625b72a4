/** Vague quantities ("several hundred", "dozens of") and fractions ("a third of"), as intervals. */
import { fractionPercent, hedgeBefore, vagueQuantity } from '../hedges';
import { type Span } from '../types';
import { readCounted } from './counted';
import { type Draft, sliceLeft } from './draft';
import { newDraft, readPartitive } from './numeric';
import { A_HALF_BEFORE, A_OR_AN_AFTER, DETERMINER_AFTER, OF_AFTER, relativeTimeAt, SCALE_WORD_AFTER, TIME_UNIT_AFTER, TIME_UNIT_OF, VAGUE_COMPOUND_AFTER } from './patterns';
/** "several", "a few", "dozens of", "hundreds of", "tens of thousands of", "several hundred". */
export function readVague(text: string, s: number, w: string, sentence: Span, leftLimit: number): Draft | number {
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
  // A quantity that stands alone: "dozens of other companies", "a handful of Xbox 360 games",
  // "tens of thousands" (a compound).
  const standsAlone = head !== w || w === 'dozens' || w === 'hundreds' || w === 'thousands' || w === 'millions' || w === 'handful';
  if (hasOf) {
    // "a couple of weeks ago", "a few of days later": a date told from another, no quantity.
    TIME_UNIT_OF.lastIndex = end;
    if (TIME_UNIT_OF.test(text) && relativeTimeAt(text, TIME_UNIT_OF.lastIndex, d.start)) return TIME_UNIT_OF.lastIndex;
    const p = readPartitive(text, d, end, sentence);
    if (d.partitiveAt >= 0) return end; // "several of the 25" is left to the number
    if (p === end) {
      if (!standsAlone) return end;
      d.end = end;
      return d;
    }
    d.end = p;
    return d;
  }
  if (w === 'scores' || (w === 'tens' && head === w) || (w === 'couple' && scale === 1)) return end;
  const cnt = readCounted(text, end, sentence.end, false);
  if (cnt) {
    TIME_UNIT_AFTER.lastIndex = end;
    const tm = TIME_UNIT_AFTER.exec(text);
    if (tm && tm[1] !== '-') {
      if (relativeTimeAt(text, TIME_UNIT_AFTER.lastIndex, d.start)) return TIME_UNIT_AFTER.lastIndex; // "several days ago"
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
  if (standsAlone) {
    d.end = end;
    return d;
  }
  return end;
}

/** "half of them", "a third of", "two-thirds of", "a quarter of": percentages of a whole. */
export function readFraction(
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
    // "just over half were female", "nearly a third voted": a hedged share stands on its own (the
    // whole is the sentence's subject), unless "half an hour" makes it a duration.
    if (d.qualifier !== 'exact' && !A_OR_AN_AFTER.test((A_OR_AN_AFTER.lastIndex = afterWord, text))) return d;
    return afterWord;
  }
  d.end = end;
  return d;
}
