/**
 * The shapes of claim assembly and comparison: a page's claims, the other side of a disagreement,
 * and the disagreement itself. Field names are part of the command line's JSON contract
 * (PRODUCT.md, docs/cli-json.md): add fields, never rename.
 */
import type { Qualifier } from '../extract/vocabulary';
import type { Role } from './roles';

/** How a claim's event date was found: written in the text, or the publication date standing in. */
export type DateBasis = 'text' | 'publication';

/** One part of a sum ("Four civilians and three National Guardsmen died": 4 civilians, 3 security). */
export interface ClaimPart {
  /** Index into the page's `figures`. */
  figure: number;
  value: number;
  role: Role;
}

/** One figure asserted by this page, as a claim. */
export interface PageClaim {
  id: string;
  /** Index into the page's `figures` (for a sum: its first part). */
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
  /** The incident the figure is about (a fact-base incident, or one this reading found), or null. */
  incident: string | null;
  /** Same as `incident` (the fact base's field name). */
  incidentId: string | null;
  /** Whom the figure counts: victims, attackers, security, civilians, all-dead, detainees ... */
  role: Role;
  /** When the counted event happened (YYYY, YYYY-MM or YYYY-MM-DD), as far as the text says. */
  eventDate: string | null;
  dateBasis: DateBasis;
  value: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  unit: string;
  /** The text this claim stands for: the figure's, or a sum's whole span. */
  figureText: string;
  /** For a stated change ("jumped to 1,500 from 1,100"): the value it replaced. */
  changedFrom: number | null;
  /** True for the new value of a stated change, even when the old value is not given ("rose to 18"). */
  statedChange: boolean;
  /** True for the old value of a stated change: it is history, not a current claim. */
  previous: boolean;
  /**
   * An event recalled in passing, away from the article's own place and with no date of its own
   * ("after a rampage in Aqtobe that left 28 dead" in a report on Almaty): it belongs to the last
   * incident known at that place, not to one dated by the publication.
   */
  recalled?: boolean;
  /** A running total ("since 2013", "so far", "in total"): later totals are later figures. */
  cumulative: boolean;
  /** A part of a whole the sentence names ("24 of the victims", "the other two dead"): not a count of its own. */
  subset?: boolean;
  /** For a sum, its parts; for a part, the id of its sum. */
  parts?: ClaimPart[];
  partOf?: string;
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
  role?: Role;
  /** Every outlet that gave this figure from this claimant ("3 outlets, 1 claimant"). */
  outlets?: string[];
}

/** A disagreement between one of this page's claims and another source's. */
export interface PageConflict {
  kind: ConflictKind;
  /** Id of this page's claim. */
  claim: string;
  other: OtherClaim;
  reason: string;
}
