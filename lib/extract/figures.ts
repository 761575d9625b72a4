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
import { digitsAreFigure } from './figure/digits-context';
import { numberWordIsFigure } from './figure/words-context';
import { type Draft, sliceLeft } from './figure/draft';
import { finish } from './figure/finish';
import { dropGameFigures, gameTally } from './figure/game';
import { link } from './figure/link';
import { buildNumeric } from './figure/numeric';
import { A_BEFORE, AUX_AFTER, COMPOUND_AFTER, THE_BEFORE, FRACTION_AFTER, HALF_A_BEFORE, NOT_ONE_AFTER, NOT_ONE_BEFORE, PHONE, SCAN, TIME_UNIT_AFTER } from './figure/patterns';
import { readFraction, readVague } from './figure/vague';
import { readNumberAt } from './numbers';
import { splitSentences } from './sentences';
import type { FigureMention, Span } from './types';

/**
 * Finds the figures in `text`: counts, money, percentages, durations and hedged or vague
 * quantities, each with its interval, unit, counted noun and predicate. Dates, times, ordinals,
 * phone and page numbers are skipped. `sentences` defaults to {@link splitSentences}. Results are
 * sorted by start and never overlap; cross-references (`partOfIndex`, `changedFromIndex`) index
 * into the returned array.
 */
export function extractFigures(text: string, sentences: Span[] = splitSentences(text)): FigureMention[] {
  const drafts: Draft[] = [];
  // Sentences about a game (a score or a stat line in them), by start: see figure/game.ts.
  const gameSentences = new Set<number>();
  let si = 0;
  let prevEnd = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    const s = m.index;
    while (si < sentences.length && sentences[si]!.end <= s) si++;
    const sentence = si < sentences.length && sentences[si]!.start <= s ? sentences[si]! : { start: s, end: text.length };
    const leftLimit = Math.max(sentence.start, prevEnd);
    const d = readFigure(text, s, m[0], sentence, leftLimit, gameSentences);
    if (typeof d === 'number') {
      SCAN.lastIndex = Math.max(d, s + 1);
      continue;
    }
    link(text, drafts, d);
    drafts.push(d);
    prevEnd = d.end;
    SCAN.lastIndex = d.end;
  }
  return finish(text, dropGameFigures(text, drafts, gameSentences));
}

/** Reads the figure whose number-like token starts at `s`; a number means "not a figure, resume there". */
function readFigure(text: string, s: number, matched: string, sentence: Span, leftLimit: number, gameSentences: Set<number>): Draft | number {
  const c = text.charCodeAt(s);
  if (c >= 48 && c <= 57) {
    PHONE.lastIndex = s;
    const ph = PHONE.exec(text);
    if (ph && ph[0].replace(/\D/g, '').length >= 7 && !ph[0].includes(',')) return PHONE.lastIndex;
    const tok = readNumberAt(text, s);
    if (!tok) return s + 1;
    if (tok.scale === 1 && tok.decimals === 0) {
      const g = gameTally(text, s, tok.end);
      if (g) {
        if (g.game) gameSentences.add(sentence.start);
        return g.end;
      }
    }
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
  // "one-third", "two thirds" first: a share, whatever the number word's place ("nearly one-third of").
  FRACTION_AFTER.lastIndex = s + matched.length;
  const fr = FRACTION_AFTER.exec(text);
  if (fr) {
    const n = readNumberAt(text, s);
    if (n && n.end === s + matched.length && n.value <= 10) return readFraction(text, s, FRACTION_AFTER.lastIndex, fr[1]!.toLowerCase(), n.value, sentence, leftLimit);
  }
  if (!numberWordIsFigure(text, s, s + matched.length, sentence)) return s + matched.length;
  const tok = readNumberAt(text, s);
  if (!tok) return s + matched.length;
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
  if (typeof d === 'number') return d;
  d.bareOne = bareOne && d.unit === 'count' && d.qualifier === 'exact'; // "more than one night" is a quantity
  // "the two were on the ground": a number word after "the" with no noun, before an auxiliary,
  // points back at people already counted ("the seven killed were" keeps its predicate).
  if (d.counted === null && d.unit === 'count' && d.qualifier === 'exact' && d.partitiveAt < 0 && THE_BEFORE.test(sliceLeft(text, sentence.start, start, 12))) {
    AUX_AFTER.lastIndex = d.end;
    if (AUX_AFTER.test(text)) return tok.end;
  }
  return d;
}

function skipDigits(text: string, p: number): number {
  while (p < text.length && /[\d.,]/.test(text[p]!)) p++;
  return p;
}

/** Context tests that make a run of digits a date, time, ordinal, label or phone number. */
// Page furniture counted in digits: comment and share counters, reading times, gallery positions.
