/**
 * A page's actors as a reader lists them: one entry per actor, however often and in whatever form
 * the page names it. A short form ("Omar") is counted with the full name it stands for ("Ilhan
 * Omar"), a case form with its nominative, so the popup, the side panel's summary and the command
 * line's listing show the same entries with the same counts.
 */
import type { ActorMention } from '../extract/types';
import type { ActorType } from '../extract/vocabulary';

/** One actor of the page, with how often it is named and where first. */
export interface ActorEntry {
  /** The name shown: the full or nominative name the mentions stand for. */
  name: string;
  type: ActorType;
  /** Linked to an actor of the fact base. */
  linked: boolean;
  /** How many mentions on the page. */
  count: number;
  /** The index of its first mention in the page's actor list. */
  first: number;
}

/** The name a mention is listed under: its nominative or canonical form, else the full name it is short for. */
export function entryName(m: Pick<ActorMention, 'canonical' | 'refersTo' | 'text'>): string {
  return m.canonical ?? m.refersTo ?? m.text;
}

/** The entries of a page's actor mentions, in the order of their first mention. */
export function actorEntries(actors: readonly ActorMention[]): ActorEntry[] {
  const byKey = new Map<string, ActorEntry>();
  actors.forEach((a, i) => {
    const name = entryName(a);
    const key = `${a.type}|${name}`;
    const e = byKey.get(key);
    if (e) {
      e.count++;
      // A mention linked to the fact base links its whole entry.
      if (a.actorId !== null) e.linked = true;
    } else {
      byKey.set(key, { name, type: a.type, linked: a.actorId !== null, count: 1, first: i });
    }
  });
  return [...byKey.values()];
}
