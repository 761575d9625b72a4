/**
 * What the engine reports for one page: the shape of a page in the command line's JSON and of the
 * content script's analysis. Field names are a contract (PRODUCT.md, docs/cli-json.md): add fields,
 * never rename.
 */
import type { ActorMention, FigureMention } from '../extract/types';
import type { ConflictKind, OtherClaim, PageClaim, PageConflict } from '../claims/types';
import type { IncidentSummary } from '../claims/incident-view';

export type { ConflictKind, OtherClaim, PageClaim, PageConflict, IncidentSummary };

/** Where a page came from. */
export interface PageSource {
  input: string;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
  outlet: string | null;
  /** The fact-base source id the page's claims are recorded under. */
  sourceId?: string;
}

/** Everything the engine found on one page. */
export interface PageResult {
  source: PageSource;
  text: string;
  actors: ActorMention[];
  /** Unknown names too unsure to mark: not in `actors`, listed under "maybe" (optional, added in v2). */
  maybe?: ActorMention[];
  figures: FigureMention[];
  claims: PageClaim[];
  conflicts: PageConflict[];
  /** The incidents this page's claims are about, each measure with low / best / high across sources. */
  incidents: IncidentSummary[];
  timings: { extractMs: number; compareMs?: number; readMs?: number };
}
