/**
 * How the claims of one page relate to each other, once each figure is a claim: a part of a
 * whole (a list after a colon breaking a toll down, "including ...", "of which 19 were ..."), and
 * a stated change (a sentence giving only the old value makes the figure before it the new one; a
 * figure the page repeats keeps its stated change at every mention). Marked on the claims in place.
 */
import { firstIndex } from '../extract/spans';
import type { FigureMention } from '../extract/types';
import { predicateClass } from './claim-key';
import type { PageClaim } from './types';

const SUB_ROLES = new Set(['security', 'civilians', 'attackers']);
const PART_OF_BEFORE = /\b(?:of (?:which|whom)|among (?:them|whom))\s+$/i;

/**
 * For a figure in a list after a colon ("Six people were killed: four police officers, a border
 * guard and a civilian"), the figure before the colon that the list breaks down, if it measures
 * the same thing.
 */
function listHead(colons: readonly number[], figures: readonly FigureMention[], index: number, claims: readonly PageClaim[]): number | undefined {
  const fig = figures[index]!;
  // The last colon before the figure, by binary search over the page's colons, if it is in the sentence.
  const colon = colons[firstIndex(colons, (at) => at >= fig.start) - 1];
  if (colon === undefined || colon < fig.sentence.start) return undefined;
  for (let k = index - 1; k >= 0; k--) {
    const f = figures[k]!;
    if (f.sentence.start !== fig.sentence.start) break;
    if (f.end <= colon) return claims[k]?.predicate === claims[index]?.predicate && !claims[k]?.subset ? k : undefined;
  }
  return undefined;
}

/** Marks the claims that are parts of another claim of the page (`partOf`, `subset`). */
export function linkParts(text: string, figures: readonly FigureMention[], claims: PageClaim[]): void {
  // The page's colons, found once, for the lists after a colon.
  const colons: number[] = [];
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) colons.push(at);
  // A part named after "including" is a part of its whole's claim: compared only with figures for its own population.
  for (const c of claims) {
    const listed = listHead(colons, figures, c.figure, claims);
    // A list breaking down a part ("24 of the victims ...: 13 Belgians and 11 foreigners") is a part too.
    if (listed !== undefined && claims[listed]?.subset) c.subset = true;
    const whole = figures[c.figure]?.includedInIndex ?? listed;
    if (whole !== undefined && claims[whole] && c.role !== claims[whole]!.role) c.partOf = claims[whole]!.id;
  }
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const fig = figures[c.figure]!;
    // "225 people ..., of which 19 were law enforcement officers": a named part of the toll before
    // it, compared with figures for that part, rather than an anonymous share of it.
    if (c.subset && SUB_ROLES.has(c.role) && PART_OF_BEFORE.test(text.slice(Math.max(fig.sentence.start, fig.start - 25), fig.start))) {
      const whole = claims[i - 1];
      if (whole && figures[whole.figure]!.sentence.start === fig.sentence.start && predicateClass(whole.predicate) === predicateClass(c.predicate) && !whole.subset) {
        c.subset = false;
        c.partOf = whole.id;
      }
    }
  }
}

/** Marks the figures a page states as changed from an earlier value (`statedChange`, `changedFrom`). */
export function markStatedChanges(text: string, figures: readonly FigureMention[], claims: PageClaim[]): void {
  // Sentences that give a current value (a claim not marked previous), by start: one pass, where
  // asking each previous value's sentence would go over every claim again.
  const current = new Set<number>();
  for (const o of claims) if (!o.previous) current.add(figures[o.figure]!.sentence.start);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const fig = figures[c.figure]!;
    // "Until now the death toll had stood at 164": a sentence that only gives the old value makes
    // the figure just before it (the same measure) the new one.
    if (c.previous && !current.has(fig.sentence.start)) {
      for (let k = i - 1; k >= 0; k--) {
        const o = claims[k]!;
        const of = figures[o.figure]!;
        if (fig.sentence.start - of.sentence.end > 2 || text.slice(of.end, fig.start).includes('\n\n')) break;
        if (o.previous || o.subset || o.partOf || predicateClass(o.predicate) !== predicateClass(c.predicate)) continue;
        if (o.value !== c.value) o.statedChange = true;
        break;
      }
    }
  }
  // A figure the page repeats ("Fourteen people died ..., revising the previous toll of 11" then
  // "14 people died") is the same figure: its stated change holds for every mention.
  const changed = new Map<string, PageClaim>();
  for (const c of claims) if (c.statedChange && !c.previous) changed.set(`${predicateClass(c.predicate)}|${c.role}|${c.value}`, c);
  if (changed.size > 0) {
    for (const c of claims) {
      const k = changed.get(`${predicateClass(c.predicate)}|${c.role}|${c.value}`);
      if (k && k !== c && !c.previous && !c.statedChange) {
        c.statedChange = true;
        c.changedFrom ??= k.changedFrom;
      }
    }
  }
}
