/**
 * Sums and breakdowns: "Four civilians and three National Guardsmen died in those attacks" is one
 * claim of 7 victims, with its parts (4 civilians, 3 security forces). The parts stay claims of
 * their own (a later "five civilians" disagrees with the 4), marked as parts so that they are not
 * set against the whole's figures of other sources as a difference of scope.
 */
import type { FigureMention } from '../extract/types';
import { sumRole } from './roles';
import type { PageClaim } from './types';

// What may stand between two parts of one sum: "and", a comma, ", and".
const JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
const MORE_NOUN = /^\s+(?:more|other)\s+[\p{L}-]+/u;

/** Adds a sum claim for each run of coordinated figures of one measure in one clause. */
export function addSums(
  text: string,
  figures: readonly FigureMention[],
  claims: PageClaim[],
  countedOf: (figure: number) => string | null = (i) => figures[i]?.counted ?? null,
): PageClaim[] {
  const byFigure = new Map<number, PageClaim>();
  for (const c of claims) byFigure.set(c.figure, c);
  const sums: PageClaim[] = [];
  for (let i = 0; i < figures.length; i++) {
    const run = [i];
    while (true) {
      const j = run[run.length - 1]! + 1;
      const a = figures[j - 1]!;
      const b = figures[j];
      if (!b || b.sentence.start !== a.sentence.start) break;
      // "Three more officers and three more civilians": the noun after "more" stands outside the figure's text.
      if (!JOIN.test(text.slice(a.end, b.start).replace(MORE_NOUN, ''))) break;
      const ca = byFigure.get(j - 1);
      const cb = byFigure.get(j);
      if (!ca || !cb || ca.predicate !== cb.predicate || ca.unit !== 'count' || cb.unit !== 'count' || ca.predicate === 'other') break;
      if (ca.previous || cb.previous || b.partOfIndex !== undefined || a.partOfIndex !== undefined) break;
      // Each part names whom it counts ("four civilians and three guardsmen"), or it is no breakdown.
      if (!countedOf(j - 1) || !countedOf(j) || ca.subset || cb.subset) break;
      run.push(j);
    }
    if (run.length < 2) continue;
    const parts = run.map((k) => byFigure.get(k)!);
    // Parts for one and the same population are a list, not a breakdown ("7 and 8 people" in two places).
    if (new Set(parts.map((p) => p.role)).size < 2) {
      i = run[run.length - 1]!;
      continue;
    }
    const first = parts[0]!;
    const id = `${first.id}+${run.length}`;
    const add = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((n, x) => n + x!, 0));
    const sum: PageClaim = {
      ...first,
      id,
      role: sumRole(parts.map((p) => p.role)),
      value: parts.reduce((n, p) => n + p.value, 0),
      low: add(parts.map((p) => p.low)),
      high: add(parts.map((p) => p.high)),
      qualifier: parts.every((p) => p.qualifier === 'exact') ? 'exact' : 'range',
      counted: null,
      figureText: text.slice(figures[run[0]!]!.start, figures[run[run.length - 1]!]!.end),
      parts: parts.map((p) => ({ figure: p.figure, value: p.value, role: p.role })),
      changedFrom: null,
      statedChange: parts.some((p) => p.statedChange),
    };
    for (const p of parts) p.partOf = id;
    sums.push(sum);
    i = run[run.length - 1]!;
  }
  return sums.length === 0 ? claims : [...claims, ...sums];
}

// Whether `w` is a whole of `total` for the measure of part `a`.
function isWholeOf(w: PageClaim, a: PageClaim, total: number): boolean {
  return w.predicate === a.predicate && w.value === total && !w.subset;
}

/**
 * Breakdowns of a total the text has just given: "14 people died. Eleven died at the scene and
 * three died later in hospital." Figures of one measure and one population, joined by "and" in
 * one sentence, whose values add up to a figure of that measure in the same sentence before them
 * or in the sentence before, are parts of it (`subset`), not counts of their own.
 */
export function markBreakdowns(text: string, figures: readonly FigureMention[], claims: readonly PageClaim[]): void {
  const bySentence = new Map<number, PageClaim[]>();
  for (const c of claims) {
    const f = figures[c.figure];
    if (!f || c.unit !== 'count' || c.predicate === 'other' || c.previous) continue;
    const list = bySentence.get(f.sentence.start) ?? [];
    list.push(c);
    bySentence.set(f.sentence.start, list);
  }
  const starts = [...bySentence.keys()].sort((a, b) => a - b);
  // Each sentence's place in text order, looked up per sentence (not searched for).
  const order = new Map<number, number>();
  starts.forEach((start, k) => order.set(start, k));
  for (const [start, list] of bySentence) {
    if (list.length < 2) continue;
    list.sort((a, b) => a.figure - b.figure);
    // The sentence before, when it is the one just before in the text.
    const k = order.get(start)!;
    const before = k > 0 ? (bySentence.get(starts[k - 1]!) ?? []) : [];
    const prevSentenceEnd = k > 0 ? figures[before[0]!.figure]!.sentence.end : -1;
    const adjacent = prevSentenceEnd >= 0 && start - prevSentenceEnd <= 3 && !text.slice(prevSentenceEnd, start).includes('\n');
    for (let i = 0; i + 1 < list.length; i++) {
      const a = list[i]!;
      const b = list[i + 1]!;
      if (a.predicate !== b.predicate || a.role !== b.role || a.partOf || b.partOf || a.subset || b.subset) continue;
      const fa = figures[a.figure]!;
      const fb = figures[b.figure]!;
      if (!/\band\b/i.test(text.slice(fa.end, fb.start))) continue;
      const total = a.value + b.value;
      // A whole: an earlier figure of the sentence, or one of the sentence just before.
      let whole = false;
      for (let k = 0; !whole && k < i; k++) whole = isWholeOf(list[k]!, a, total);
      if (adjacent) for (let k = 0; !whole && k < before.length; k++) whole = isWholeOf(before[k]!, a, total);
      if (whole) {
        a.subset = true;
        b.subset = true;
      }
    }
  }
}
