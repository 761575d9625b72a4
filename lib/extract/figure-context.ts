/**
 * Numbers that are not figures, told by where they stand: list and section numbering at a line
 * start ("1. Finland", "5.3 Conferences"), labels ("Step 4", "Table 2"), chart-axis and other
 * lines with no words at all ("2010 2012 2014", a share counter "6366"), abbreviated years
 * ("'17"), a number inside a larger token ("3月9日", "6½") and numbers in scripts the engine does
 * not read. Figures.ts asks `standsAsFigure` once per number it finds.
 */
import { isSpaceCode } from './normalize';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// "1. Finland", "2) Norway", "5.3 Conferences", "10 - United States" at a line start.
const NUMBERING_AFTER = /^(?:[.)]\s|\.\d+\.?\s+\p{Lu}|\s[-–—]\s\p{Lu})/u;
const LABEL_BEFORE = /(?:\b(?:step|steps|figure|fig\.|table|tip|method|option|question|lesson|item|exhibit|appendix|rule|slide|photo|image)|\b(?:Round|Act|Scene|Game|Match|Day|Week|Stage|Level|Track))\s+$/iu;
const FRACTION_AFTER = /^\s?[¼½¾⅓⅔⅛⅜⅝⅞]/u;
// A score: "beat Chelsea 3-1", "lost 24-17 to".
const SCORE = /^\d{1,3}[-–]\d{1,3}(?![\d%])/u;
const SCORE_BEFORE = /\b(?:beat|beats|lost|lose|loses|won|win|wins|defeated|defeat|drew|draw|tied|trailed|trail|led|lead|leads|edged|routed|thrashed|score|scored|scoreline|victory|defeat)\b[^.!?\n]{0,30}$/iu;
// After a name, a bare number is a version, a model, an index or a label ("iOS 17 and", "Windows 11
// got", "Game 7 of", "the S&P 500 index", "Nikkei 225 (N225)").
const NAME_BEFORE = /(?:^|[^.!?\n])\s\p{L}*\p{Lu}[\p{L}&-]*\s$/u;
const LABEL_END_AFTER = /^(?:[.,;:)!?]|\s+(?:is|was|has|had|got|gets|will|would|and|or|to|in|on|for|with|of|at|by|from|update|release|version|index|indexes|indices|futures|companies|stocks|rose|fell|gained|lost|added|dropped|slipped|climbed|declined|jumped|closed|ended|edged|eased|advanced|retreated)\b|\s+\(\p{Lu}|\s+\.\p{Lu})/u;
// An age after a name: "Jane Goodall, 89, spoke", "Eloise Parry, 21, was".
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;

/** False when the number text[start, end) is numbering, a label, an axis tick or part of a larger token. */
export function standsAsFigure(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  // This runs for every number on the page: the tests that look at one character come first,
  // and a RegExp runs only when its cheap precondition holds.
  if (isCjkAt(text, start - 1) || isCjkAt(text, end)) return false;
  if (FRACTION_AFTER.test(after)) return false;
  const last = before.charCodeAt(before.length - 1);
  if (end - start === 2 && (last === 0x27 || last === 0x2019 || last === 0x2018)) return false; // '17, ’28
  if (atLineStart(text, start)) {
    if (NUMBERING_AFTER.test(after)) return false;
    // "5.3 Conferences": a section number heading a line with no closing stop.
    if (/^\d+\.\d+$/u.test(text.slice(start, end)) && /^\s+\p{Lu}[^\n]*$/u.test(after.split('\n')[0] ?? '')) {
      const lineEnd = text.indexOf('\n', end);
      if (!/[.!?]["'”’)]*\s*$/u.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return false;
    }
  }
  // A label ("Step 4") and an age after a name ("Parry, 21,") both end in white space.
  const spaceBefore = isSpaceCode(last);
  if (spaceBefore && LABEL_BEFORE.test(before)) return false;
  const wide = text.slice(Math.max(0, start - 45), start);
  if ((SCORE.test(text.slice(start, end + 5)) || /\d[-–]$/u.test(before)) && SCORE_BEFORE.test(wide)) return false;
  // The anchored tests first: the name test searches the whole window.
  if (/^\d+(?:\.\d+)?$/u.test(text.slice(start, end)) && LABEL_END_AFTER.test(after) && NAME_BEFORE.test(wide) && !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s$/u.test(wide)) return false;
  if (spaceBefore && before.charCodeAt(before.length - 2) === 0x2c && /^[,)]/u.test(after) && AGE_BEFORE.test(before) && Number(text.slice(start, end)) <= 120) return false;
  // A line with no word at all: axis ticks, counters, scores.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart < 200 && !/\p{L}{2}/u.test(text.slice(lineStart, lineEnd))) return false;
  return true;
}

/** Whether text[i] is a Han, kana or Hangul character (none lies below U+1100). */
function isCjkAt(text: string, i: number): boolean {
  return text.charCodeAt(i) >= 0x1100 && CJK.test(text.charAt(i));
}

/**
 * Whether only spaces, tabs, bullets or dashes stand between the line start and `start`, within
 * the 12 characters before it (further back is not looked at: a run that long counts as a line start).
 */
function atLineStart(text: string, start: number): boolean {
  const lo = Math.max(0, start - 12);
  for (let i = start - 1; i >= lo; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) return true;
    if (!LINE_LEAD.has(c)) return false;
  }
  return true;
}

// What may stand between a line start and a number that numbers the line: spaces, tabs, bullets, dashes.
const LINE_LEAD = new Set([...' \t\u00a0•·*–—-'].map((ch) => ch.charCodeAt(0)));
