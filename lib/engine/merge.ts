/**
 * Joining the analysis of text a page added later to the page's analysis: mentions keep offsets
 * into their own part's text; figure indexes in the later part's claims are shifted.
 */
import type { PageResult } from './types';

/** An analysis without its text (as the content script and the popup see it). */
type Analysis = Omit<PageResult, 'text'>;

/** The page's analysis followed by a later part's. */
export function appendAnalysis<T extends Analysis>(a: T, b: Analysis): T {
  const shift = a.figures.length;
  return {
    ...a,
    actors: [...a.actors, ...b.actors],
    maybe: [...(a.maybe ?? []), ...(b.maybe ?? [])],
    figures: [...a.figures, ...b.figures],
    claims: [...a.claims, ...b.claims.map((c) => ({ ...c, figure: c.figure + shift }))],
    conflicts: [...a.conflicts, ...b.conflicts],
  };
}
