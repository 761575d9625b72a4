/** Links between figures of one sentence: partitive wholes, stated changes, conversions, parts. */
import { type Draft, sliceLeft } from './draft';
import { CHAIN_BETWEEN, CONVERSION_BETWEEN, FROM_AFTER, FROM_BEFORE, INCLUDING_BETWEEN, NEW_VALUE_BEFORE, OLD_TOLL_SAID, OLD_VALUE_BEFORE, TOLL_REVISED_TO, TO_BEFORE } from './patterns';
// "revised the toll up from 10", "raised the figure from 35": the value a change started from.
const CHANGED_FROM_BEFORE = /\b(?:revis|rais|lower|updat|correct|increas|bring|brought|push|put)\w*\b[^.;]{0,60}?\b(?:(?:up|down)(?:wards?)?\s+)?from\s+$/i;
// "revising the previous toll of 11", "correcting an earlier figure of 35": the change is the
// figure's before it in the sentence ("Fourteen people died ..., revising the previous toll of 11").
const REVISING_BEFORE = /\b(?:revis|rais|lower|updat|correct|replac)\w*\s+(?:the|an?|its|their)\s+(?:previous|earlier|initial|former|old|first|preliminary)\b[^.;]{0,40}$/i;
// "eight people have now died", "the toll has now risen": a figure the text says is the latest.
const NOW_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}(?:have|has)\s+now\s+(?:died|been\s+killed|been\s+confirmed\s+dead|risen|reached|climbed)\b/u;

/** Links a new figure to the one before it in the same sentence: partitive whole, stated change. */
export function link(text: string, drafts: Draft[], d: Draft): void {
  const prev = drafts[drafts.length - 1];
  const sameSentence = prev !== undefined && prev.sentence.start === d.sentence.start;
  const beforeNumber = sliceLeft(text, d.sentence.start, d.start, 40);
  const beforeWide = sliceLeft(text, d.sentence.start, d.start, 140);
  if (!d.isNew && (NEW_VALUE_BEFORE.test(beforeNumber) || TOLL_REVISED_TO.test(sliceLeft(text, d.sentence.start, d.start, 260)) || NOW_AFTER.test(text.slice(d.end, d.end + 60)))) d.isNew = true;
  // "The previous toll was 35", "had earlier put the number at 133", "revised the toll up from
  // 10": an old value, history.
  if (OLD_VALUE_BEFORE.test(beforeNumber) || OLD_TOLL_SAID.test(beforeWide) || CHANGED_FROM_BEFORE.test(beforeWide)) {
    d.isPrevious = d;
    d.isNew = false;
    if (sameSentence && REVISING_BEFORE.test(beforeWide) && !prev.isPrevious && prev.unit === d.unit) {
      prev.changedFrom = d;
      prev.isNew = true;
      d.isPrevious = prev;
      return;
    }
  }
  FROM_AFTER.lastIndex = d.end;
  const fa = FROM_AFTER.exec(text);
  if (fa) d.fromFollows = fa[1] ? 'marked' : 'plain';
  if (!prev || !sameSentence) return;
  const between = text.slice(prev.end, d.start);
  if (prev.partitiveAt >= 0 && d.start <= prev.partitiveAt && prev.partitiveAt < d.end && !d.fraction) {
    prev.partOf = d;
    prev.counted = d.counted;
    prev.rightFrom = d.end;
    d.noRight = true;
    return;
  }
  if (prev.fromFollows && (prev.isNew || prev.fromFollows === 'marked') && d.start - prev.end < 60 && prev.unit === d.unit) {
    prev.changedFrom = d;
    prev.isNew = true;
    d.isPrevious = prev;
    return;
  }
  if (TO_BEFORE.test(beforeNumber) && FROM_BEFORE.test(sliceLeft(text, prev.sentence.start, prev.start, 8)) && d.start - prev.end < 30) {
    d.changedFrom = prev;
    d.isNew = true;
    prev.isPrevious = d;
    return;
  }
  if (CONVERSION_BETWEEN.test(between) || CHAIN_BETWEEN.test(between)) d.inheritFrom = prev;
  // "killed at least 225 people, including 19 members of the riot police": a part of that toll.
  else if (INCLUDING_BETWEEN.test(between)) {
    d.inheritFrom = prev;
    d.includedIn = prev;
  }
}
