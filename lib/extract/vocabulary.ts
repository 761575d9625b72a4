/**
 * The extraction vocabulary: the kinds of actor and the hedges a figure can carry. The fact-base
 * schema builds its picklists from these lists, so extraction never imports the fact base.
 */

/** The kinds of actor. */
export const ACTOR_TYPES = ['person', 'organization', 'place'] as const;
/** A person, an organisation or a place. */
export type ActorType = (typeof ACTOR_TYPES)[number];

/** How a figure is hedged; `low`/`high` carry the interval it implies. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'up-to', 'less-than', 'nearly', 'range', 'vague'] as const;
/** How a figure is hedged. */
export type Qualifier = (typeof QUALIFIERS)[number];

/** Whom a figure counts: the population of a toll, a count of detainees or of fighters abroad. */
export const ROLES = [
  'victims', 'attackers', 'security', 'civilians', 'all-dead', 'detainees', 'returnees', 'fighters', 'fighters-with-families',
  'women', 'children', 'people',
] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];
