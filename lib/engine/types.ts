/**
 * What the engine reports for one page: the shape of a page in the command line's JSON and of the
 * content script's analysis. Field names are a contract (PRODUCT.md): add fields, never rename.
 */
import type { Qualifier } from '../factbase/schema';
import type { ActorMention, FigureMention } from '../extract/types';

/** One figure asserted by this page, as a claim. */
export interface PageClaim {
  id: string;
  /** Index into the page's `figures`. */
  figure: number;
  predicate: string;
  /** Actor id (or `name:<folded name>` for an actor not in the fact base) the figure is about. */
  subject: string | null;
  claimant: string | null;
  asOf: string | null;
  quote: string;
  key: string;
  counted: string | null;
  place: string | null;
  incidentId: string | null;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  /** For a stated change ("jumped to 1,500 from 1,100"): the value it replaced. */
  changedFrom: number | null;
  /** True for the old value of a stated change: it is history, not a current claim. */
  previous: boolean;
}

/** The kinds of disagreement the engine reports. */
export type ConflictKind = 'conflict' | 'update' | 'scope';

/** The other side of a disagreement: another source's claim for the same claim key. */
export interface OtherClaim {
  value: number;
  low: number | null;
  high: number | null;
  /** The other source's outlet (or title when the outlet is unknown). */
  source: string;
  claimant: string | null;
  claimId: string;
  sourceId: string;
  url: string | null;
  publishedAt: string | null;
  quote: string;
  figureText: string;
  counted: string | null;
  qualifier: Qualifier;
  unit: string;
}

/** A disagreement between one of this page's claims and another source's. */
export interface PageConflict {
  kind: ConflictKind;
  /** Id of this page's claim. */
  claim: string;
  other: OtherClaim;
  reason: string;
}

/** Where a page came from. */
export interface PageSource {
  input: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  outlet: string | null;
}

/** Everything the engine found on one page. */
export interface PageResult {
  source: PageSource;
  text: string;
  actors: ActorMention[];
  figures: FigureMention[];
  claims: PageClaim[];
  conflicts: PageConflict[];
  timings: { extractMs: number; compareMs?: number; readMs?: number };
}
