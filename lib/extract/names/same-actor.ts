/**
 * Within-page coreference beyond a person's short forms (judge.ts links those): an all-caps
 * dateline or label ("CAIRO (AP) —", "LONDON") names the actor its ordinary form names elsewhere on
 * the page, and a short form of a fact-base actor's name ("Omarova" after "Zhanar Omarova") is
 * that actor, not an unknown name that merely refers to it.
 */
import type { ActorMention } from '../types';

/**
 * For each name written in capitals ("CAIRO", "NEW YORK") whose ordinary form ("Cairo") is also
 * among `names`, that form. Short acronyms ("AP", "UN") have no ordinary form on a page, so they
 * stay as they are.
 */
export function capitalsForms(names: Iterable<string>): Map<string, string> {
  const ordinary = new Map<string, string>();
  const capitals: string[] = [];
  for (const name of names) {
    if (isCapitals(name)) capitals.push(name);
    else if (!ordinary.has(name.toLowerCase())) ordinary.set(name.toLowerCase(), name);
  }
  const out = new Map<string, string>();
  for (const name of capitals) {
    const form = ordinary.get(name.toLowerCase());
    if (form) out.set(name, form);
  }
  return out;
}

/** Whether a name has letters and all of them are capitals ("CAIRO", "NEW YORK", not "Cairo"). */
function isCapitals(name: string): boolean {
  return name !== name.toLowerCase() && name === name.toUpperCase();
}

/**
 * Gives a short form the fact-base actor its full name was matched to: `fullNames` maps a full name
 * to the known mention it came from. The mention keeps its reason ("the short form of ...").
 */
export function linkToKnownFullName(m: ActorMention, knownFullNames: ReadonlyMap<string, ActorMention>): void {
  const k = m.refersTo ? knownFullNames.get(m.refersTo) : undefined;
  if (!k || !k.actorId) return;
  m.actorId = k.actorId;
  m.canonical = k.canonical;
  m.type = k.type;
}
