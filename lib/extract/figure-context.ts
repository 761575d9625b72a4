/**
 * Numbers that are not figures, told by where they stand: list and section numbering at a line
 * start ("1. Finland", "5.3 Conferences"), labels ("Step 4", "Table 2"), chart-axis and other
 * lines with no words at all ("2010 2012 2014", a share counter "6366"), abbreviated years
 * ("'17"), a number inside a larger token ("3月9日", "6½") and numbers in scripts the engine does
 * not read. Figures.ts asks `standsAsFigure` once per number it finds.
 */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
// Only spaces, tabs, bullets or dashes between the line start and the number.
const LINE_START_BEFORE = /(?:^|\n)[ \t\u00a0•·*–—-]*$/u;
// "1. Finland", "2) Norway", "5.3 Conferences", "10 - United States" at a line start.
const NUMBERING_AFTER = /^(?:[.)]\s|\.\d+\.?\s+\p{Lu}|\s[-–—]\s\p{Lu})/u;
const LABEL_BEFORE = /(?:\b(?:step|steps|figure|fig\.|table|tip|method|option|question|lesson|item|exhibit|appendix|rule|slide|photo|image)|\b(?:Round|Act|Scene|Game|Match|Day|Week|Stage|Level|Track))\s+$/iu;
const FRACTION_AFTER = /^\s?[¼½¾⅓⅔⅛⅜⅝⅞]/u;
// A score: "beat Chelsea 3-1", "lost 24-17 to".
const SCORE = /^\d{1,3}[-–]\d{1,3}(?![\d%])/u;
const SCORE_BEFORE = /\b(?:beat|beats|lost|lose|loses|won|win|wins|defeated|defeat|drew|draw|tied|trailed|trail|led|lead|leads|edged|routed|thrashed|score|scored|scoreline|victory|defeat)\b[^.!?\n]{0,30}$/iu;
// After a name, a bare number is a version, a model or a label ("iOS 17 and", "Windows 11 got", "Game 7 of").
const NAME_BEFORE = /(?:^|[^.!?\n])\s\p{L}*\p{Lu}[\p{L}-]*\s$/u;
const LABEL_END_AFTER = /^(?:[.,;:)!?]|\s+(?:is|was|has|had|got|gets|will|would|and|or|to|in|on|for|with|of|at|by|from|update|release|version)\b)/u;
// An age after a name: "Jane Goodall, 89, spoke", "Eloise Parry, 21, was".
const AGE_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s$/u;

/** False when the number text[start, end) is numbering, a label, an axis tick or part of a larger token. */
export function standsAsFigure(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 16);
  if (CJK.test(text.charAt(start - 1)) || CJK.test(text.charAt(end))) return false;
  if (FRACTION_AFTER.test(after)) return false;
  if (/['’‘]$/u.test(before) && end - start === 2) return false; // '17, ’28
  if (LINE_START_BEFORE.test(before)) {
    if (NUMBERING_AFTER.test(after)) return false;
    // "5.3 Conferences": a section number heading a line with no closing stop.
    if (/^\d+\.\d+$/u.test(text.slice(start, end)) && /^\s+\p{Lu}[^\n]*$/u.test(after.split('\n')[0] ?? '')) {
      const lineEnd = text.indexOf('\n', end);
      if (!/[.!?]["'”’)]*\s*$/u.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return false;
    }
  }
  if (LABEL_BEFORE.test(before)) return false;
  const wide = text.slice(Math.max(0, start - 45), start);
  if ((SCORE.test(text.slice(start, end + 5)) || /\d[-–]$/u.test(before)) && SCORE_BEFORE.test(wide)) return false;
  // The anchored tests first: the name test searches the whole window.
  if (/^\d+$/u.test(text.slice(start, end)) && LABEL_END_AFTER.test(after) && NAME_BEFORE.test(wide) && !/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s$/u.test(wide)) return false;
  if (AGE_BEFORE.test(before) && /^[,)]/u.test(after) && Number(text.slice(start, end)) <= 120) return false;
  // A line with no word at all: axis ticks, counters, scores.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  if (lineEnd - lineStart < 200 && !/\p{L}{2}/u.test(text.slice(lineStart, lineEnd))) return false;
  return true;
}
