/** The last pass: what each figure measures (its predicate), and the figures as the engine hands them on. */
import { intervalFor } from '../hedges';
import { findPredicate } from '../predicates';
import { type FigureMention } from '../types';
import { type Draft } from './draft';
import { DISCRETE_UNITS, PARTITIVE_TEXT } from './patterns';
/** Gives each draft its predicate (inherited along links where it has none) and returns the figures. */
export function finish(text: string, drafts: Draft[]): FigureMention[] {
  for (const d of drafts) {
    const m = findPredicate({
      text,
      sentence: d.sentence,
      start: d.start,
      end: d.rightFrom >= 0 ? d.rightFrom : d.end,
      counted: d.counted,
      unit: d.unit,
      right: !d.noRight,
      fraction: d.fraction,
      change: d.isNew === true,
      partitive: PARTITIVE_TEXT.test(text.slice(d.start, d.end)),
    });
    d.predicate = m?.predicate ?? null;
    d.predicateDistance = m?.distance ?? Infinity;
  }
  // A replaced value measures what its replacement measures; a conversion or a chained figure
  // ("5 men and 3 women", "13.5 billion KZT (US $91.6m)") shares its neighbour's when it has none.
  for (const d of drafts) if (d.isPrevious && d.isPrevious.predicate) d.predicate = d.isPrevious.predicate;
  for (const d of drafts) if (d.changedFrom && !d.predicate) d.predicate = d.changedFrom.predicate;
  for (const d of drafts) if (!d.predicate && d.inheritFrom) d.predicate = d.inheritFrom.predicate;
  // A part named after "including" measures what its whole measures ("19 members" of those killed).
  for (const d of drafts) if (d.includedIn?.predicate && (d.predicateDistance > 0 || d.predicate === null || d.predicate === 'members')) d.predicate = d.includedIn.predicate;

  // A bare "one" is a figure only as the subject or object of a counted predicate ("one blew
  // himself up", "killed one"), never in "one should" or "one of the most".
  const kept = drafts.filter((d) => !d.bareOne || (d.predicate !== null && d.predicateDistance <= 2));
  const index = new Map<Draft, number>(kept.map((d, i) => [d, i]));
  return kept.map((d) => {
    const discrete = DISCRETE_UNITS.has(d.unit);
    let low: number | null;
    let high: number | null;
    if (d.qualifier === 'vague' || d.qualifier === 'range') {
      low = d.low;
      high = d.high;
    } else {
      ({ low, high } = intervalFor(d.qualifier, d.value, { discrete, roundingUnit: d.precision }));
    }
    const f: FigureMention = {
      text: text.slice(d.start, d.end),
      start: d.start,
      end: d.end,
      value: d.value,
      low,
      high,
      qualifier: d.qualifier,
      unit: d.unit,
      counted: d.counted,
      predicate: d.predicate,
      sentence: d.sentence,
    };
    const whole = d.partOf && index.get(d.partOf);
    if (whole !== undefined) f.partOfIndex = whole;
    const from = d.changedFrom && index.get(d.changedFrom);
    if (from !== undefined) f.changedFromIndex = from;
    if (d.isPrevious && index.has(d.isPrevious)) f.isPreviousValue = true;
    if (d.isNew) f.isNewValue = true;
    const including = d.includedIn && index.get(d.includedIn);
    if (including !== undefined) f.includedInIndex = including;
    return f;
  });
}
