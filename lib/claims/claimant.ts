/**
 * Who makes a claim: the speaker a sentence names ("the Interior Ministry said", "according to
 * the KNB"), kept apart from the outlet, and a short reference ("the ministry") resolved to the
 * body named earlier on the page.
 */
import type { ActorMention, Span } from '../extract/types';

// The verbs of saying that attribute a figure to a speaker.
const SPEECH = String.raw`(?:said|says|told|reported|reports|stated|states|announced|added|noted|claimed|claims|estimated|estimates|warned|confirmed|wrote|according)`;
const SPEECH_AFTER = new RegExp(String.raw`^[\s,"”’']*(?:has |had |have )?${SPEECH}\b`, 'i');
const SPEECH_BEFORE = new RegExp(String.raw`\b(?:${SPEECH}(?: to)?|said by)[\s,]*$`, 'i');
const PRONOUN_SAID = /(?:^|[\s,"”’'])(he|she) (?:said|says|told|added|noted|warned)\b/i;
const THE_NOUN_SAID = /\b(the (?:[a-z']+ ){0,3}(?:office|ministry|committee|police|prosecutor|court|authorities|government|statement|service|agency|report|officials?|spokesman|spokeswoman|spokesperson))(?:'s)?\b[^.]{0,25}?\b(?:said|says|reported|stated|announced)\b/i;
const ACCORDING_TO = /\baccording to (?:the )?([^,.;]{3,80})/i;
// What the tests above need (under the `i` flag only ASCII letters match theirs).
const LATIN = /[a-z]/i;


/** Finds who a sentence attributes a statement to. */
export function findClaimant(text: string, sentence: Span, actors: readonly ActorMention[], lastPerson: () => ActorMention | null): string | null {
  const s = text.slice(sentence.start, sentence.end);
  // Every test below is English and reads only the sentence: one without a Latin letter (a
  // Russian one) names no speaker they can find.
  if (!LATIN.test(s)) return null;
  // "X said" / "said X" with X a name found in the sentence.
  for (const a of actors) {
    if (a.type === 'place') continue;
    const after = text.slice(a.end, Math.min(sentence.end, a.end + 20)).replace(/^'s\b/, '');
    const before = text.slice(Math.max(sentence.start, a.start - 25), a.start).replace(/\bthe\s*$/i, '');
    if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)) return a.canonical ?? a.text;
  }
  const acc = ACCORDING_TO.exec(s);
  if (acc) {
    const inside = actors.find((a) => a.start >= sentence.start + acc.index && a.end <= sentence.start + acc.index + acc[0].length);
    return inside ? (inside.canonical ?? inside.text) : acc[1]!.trim();
  }
  const noun = THE_NOUN_SAID.exec(s);
  if (noun) return noun[1]!;
  const person = PRONOUN_SAID.test(s) ? lastPerson() : null;
  if (person) return person.canonical ?? person.text;
  return null;
}

/**
 * A claimant as readers name it: "the Interior Ministry" is the Interior Ministry; "the ministry"
 * is the ministry named earlier on the page (the last claimant or organisation whose name ends so).
 */
export function resolveClaimant(claimant: string | null, named: readonly string[], actors: readonly ActorMention[], before: number): string | null {
  if (!claimant) return null;
  const generic = /^the\s+([a-z]+)$/i.exec(claimant);
  if (generic) {
    const noun = generic[1]!.toLowerCase();
    const ends = (n: string): boolean => n.toLowerCase().split(/\s+/).pop() === noun;
    for (let i = named.length - 1; i >= 0; i--) if (ends(named[i]!)) return named[i]!;
    for (let i = actors.length - 1; i >= 0; i--) {
      const a = actors[i]!;
      if (a.start < before && a.type === 'organization' && ends(a.canonical ?? a.text)) return a.canonical ?? a.text;
    }
    return claimant;
  }
  // "the Interior Ministry": the article is not part of the name.
  return /^the\s+\p{Lu}/u.test(claimant) ? claimant.replace(/^the\s+/, '') : claimant;
}
