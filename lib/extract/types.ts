/**
 * Shapes the extractors produce. Offsets are UTF-16 code-unit offsets into the page's main text
 * (the string the CLI prints as `text`), `end` exclusive.
 */
import type { ActorType, Qualifier } from './vocabulary';

/** A half-open range of the text. */
export interface Span {
  start: number;
  end: number;
}

/** A name found in the text: linked to a fact-base actor, or an unknown suggestion. */
export interface ActorMention extends Span {
  text: string;
  type: ActorType;
  /** Fact-base actor id, or null for an unknown (suggested) actor. */
  actorId: string | null;
  /** The actor's canonical name, or null when unknown. */
  canonical: string | null;
  /** 1 for an exact alias, lower for skeleton or suggestion matches. */
  confidence: number;
  /** Why an unknown name has its type ("probably a person: 'President' before the name"). */
  reason?: string;
  /** For a short form, the full name given on the page that it stands for ("Benjamin Netanyahu"). */
  refersTo?: string;
}

/** A figure found in the text, with the interval its wording implies. */
export interface FigureMention extends Span {
  /** The figure as written, hedge and counted noun included: "more than 300 citizens". */
  text: string;
  value: number;
  /** Inclusive lower bound; null means unbounded. */
  low: number | null;
  /** Inclusive upper bound; null means unbounded. */
  high: number | null;
  qualifier: Qualifier;
  /** count | percent | years | months | days | currency:KZT | currency:USD ... */
  unit: string;
  /** The counted noun phrase ("citizens", "Kazakhstan-born militants"), or null. */
  counted: string | null;
  /** What is measured: killed, arrested, detained, ... or null when no predicate is near. */
  predicate: string | null;
  /** The sentence the figure stands in. */
  sentence: Span;
  /**
   * A change stated in the sentence ("jumped to 1,500 from around 1,100"): on the new figure,
   * the index (into the same figures array) of the figure it replaced.
   */
  changedFromIndex?: number;
  /** True on the old figure of a stated change. */
  isPreviousValue?: boolean;
  /**
   * True on the new value of a change stated in the text, whether or not the old value is given
   * ("the toll has risen to 18", "jumped to 1,500 from 1,100"): an update, not a conflicting claim.
   */
  isNewValue?: boolean;
  /** Partitive ("Seven of the 25 culprits"): index of the whole it is a part of. */
  partOfIndex?: number;
  /** A part named after its whole ("225 people, including 19 members of the riot police"): the whole's index. */
  includedInIndex?: number;
}
