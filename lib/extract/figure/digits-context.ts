/** Whether a run of digits is a figure at all: not a date, a time, a phone number, a label or a year. */
import { standsAsFigure } from '../figure-context';
import { hedgeBefore } from '../hedges';
import { type NumberToken } from '../numbers';
import { type Span } from '../types';
import { readCounted } from './counted';
import { sliceLeft } from './draft';
import { LABEL_BEFORE, MONTH_AFTER, MONTH_BEFORE, ORDINAL_OR_GLUED, PERCENT_AFTER, SLASH_BEFORE, SLASH_NEAR, TIME_AFTER, YEAR_CONTEXT_BEFORE } from './patterns';
const FURNITURE_AFTER = /\s*(?:comments?\b|comment\(s\)|replies\b|shares?\b|likes?\b|views\b|min(?:ute)?s? read\b|of \d+\s*$|of \d+\s*\n)/iy;

const LINE_END = /\s*(?:\n|$)/y;

/** False when the digits of `tok` are a date, time, phone, label, ordinal, glued unit or year rather than a figure. */
export function digitsAreFigure(text: string, tok: NumberToken, sentence: Span): boolean {
  const s = tok.start;
  const before = s > 0 ? text[s - 1]! : ' ';
  if (before === '-' && s > 1 && /[A-Za-z]/.test(text[s - 2]!)) return false; // COVID-19, mid-2014
  if (before === ':' && s > 1 && /\d/.test(text[s - 2]!)) return false;
  if (!standsAsFigure(text, s, tok.end)) return false;
  if (tok.scale === 1) {
    ORDINAL_OR_GLUED.lastIndex = tok.end;
    if (ORDINAL_OR_GLUED.test(text)) return false; // 4th, 10am, 5km
  }
  TIME_AFTER.lastIndex = tok.end;
  if (TIME_AFTER.test(text)) return false;
  SLASH_NEAR.lastIndex = tok.end;
  if (SLASH_NEAR.test(text) || SLASH_BEFORE.test(sliceLeft(text, sentence.start, s, 4))) return false;
  const left = sliceLeft(text, sentence.start, s, 30);
  if (LABEL_BEFORE.test(left)) return false;
  FURNITURE_AFTER.lastIndex = tok.end;
  if (FURNITURE_AFTER.test(text)) return false; // "12 Comment(s)", "3 min read", "1 of 24" (a gallery)
  LINE_END.lastIndex = tok.end;
  if (/(?:^|\s)\d+ of $/.test(left) && LINE_END.test(text)) return false; // the "24" of a gallery's "1 of 24"
  const raw = text.slice(s, tok.end);
  const integer = tok.scale === 1 && tok.decimals === 0 && /^\d+$/.test(raw);
  if (integer && tok.value >= 1 && tok.value <= 31) {
    if (MONTH_BEFORE.test(left)) return false;
    MONTH_AFTER.lastIndex = tok.end;
    if (MONTH_AFTER.test(text)) return false;
  }
  if (integer && raw.length === 4 && tok.value >= 1000 && tok.value <= 2100) {
    PERCENT_AFTER.lastIndex = tok.end;
    if (PERCENT_AFTER.test(text)) return true;
    if (YEAR_CONTEXT_BEFORE.test(left)) return false;
    if (hedgeBefore(text, sentence.start, s)) return true;
    return readCounted(text, tok.end, sentence.end, false) !== null;
  }
  return true;
}
