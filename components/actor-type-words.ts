import type { ActorType } from '../lib/factbase/schema';

// One spelling in everything the reader sees: British "organisation" (the data keeps `organization`).
const WORD: Record<ActorType, string> = { person: 'person', organization: 'organisation', place: 'place' };
const PLURAL: Record<ActorType, string> = { person: 'People', organization: 'Organisations', place: 'Places' };

/** An actor type as the reader sees it: "person", "organisation", "place". */
export function typeWord(type: ActorType): string {
  return WORD[type] ?? type;
}

/** The type with its article: "a person", "an organisation", "a place". */
export function aTypeWord(type: ActorType): string {
  const w = typeWord(type);
  return /^[aeiou]/.test(w) ? `an ${w}` : `a ${w}`;
}

/** The heading of a group of actors of one type: "People", "Organisations", "Places". */
export function typeGroupTitle(type: ActorType): string {
  return PLURAL[type] ?? type;
}
