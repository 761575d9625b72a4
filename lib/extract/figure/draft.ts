/** A figure while it is being read: what `finish` turns into a `FigureMention`. */
import { type Predicate } from '../predicate-cues';
import { type Span } from '../types';
import { type Qualifier } from '../vocabulary';
/** A figure being read, with the links later passes resolve. */
export interface Draft {
  start: number;
  end: number;
  value: number;
  high: number | null; // only for ranges and vague quantities
  low: number | null;
  qualifier: Qualifier;
  unit: string;
  counted: string | null;
  sentence: Span;
  precision: number; // rounding unit for exact figures
  fraction: boolean;
  bareOne: boolean;
  predicate: Predicate | null;
  predicateDistance: number;
  rightFrom: number;
  noRight: boolean;
  partitiveAt: number; // where the whole's number must start, -1 if none
  numEnd: number; // where the number itself ends (a figure built around digits or number words), -1 if none
  partOf?: Draft;
  fromFollows: '' | 'plain' | 'marked';
  isNew: boolean;
  changedFrom?: Draft;
  isPrevious?: Draft; // the new value it was replaced by
  inheritFrom?: Draft;
  includedIn?: Draft;
  overrideFromPrevious?: boolean;
}

/** At most `max` characters of `text` before `end`, none before `from`. */
export function sliceLeft(text: string, from: number, end: number, max: number): string {
  return text.slice(Math.max(from, end - max), end);
}
