/**
 * Whose nationals a figure counts: nationality words found once per page ("Kazakh", "Tajiks"),
 * the figure's own subject, and the page's dominant nationality as the fallback.
 */
import { aliasKey, escapeRegExp } from '../extract/normalize';
import { firstIndex } from '../extract/spans';
import type { ActorMention, FigureMention, Span } from '../extract/types';
import { AssembleContext } from './assemble';
import { COUNTRY_KEYS, DEMONYMS } from './countries';
/** A nationality word found in the text, with the country it names. */
export interface DemonymHit {
  start: number;
  end: number;
  country: string;
}

/** Every nationality word in `text`, in order (one scan of the whole text, shared by all figures). */
export function findDemonyms(text: string): DemonymHit[] {
  const hits: DemonymHit[] = [];
  DEMONYM_WORDS.lastIndex = 0;
  for (let m = DEMONYM_WORDS.exec(text); m !== null; m = DEMONYM_WORDS.exec(text)) {
    // Inside a longer word ("Pakistani" in "nonPakistani"): searched on from the next character,
    // as a look-behind would, which costs a test at every position of the text.
    if (m.index > 0 && LETTER_OR_DIGIT.test(text[m.index - 1]!)) {
      DEMONYM_WORDS.lastIndex = m.index + 1;
      continue;
    }
    const word = m[0].toLowerCase();
    // Plural nationality nouns ("Kazakhstanis", "Uzbeks") name the country as the adjective does.
    const country = DEMONYMS.get(word) ?? DEMONYMS.get(word.slice(0, -1));
    if (country) hits.push({ start: m.index, end: m.index + m[0].length, country });
  }
  return hits;
}

// Nationality words are capitalised ("Kazakh", "South African", "Kazakhstan-born"): one regular
// expression of them all, longest first, found in one pass over the text. Compiled once at load;
// it is cheaper than looking every capitalised word up in the map. The word start is checked
// after a match (see findDemonyms), not by a look-behind.
const DEMONYM_WORDS = new RegExp(
  `(?:${[...DEMONYMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/(^|\s)(\p{L})/gu, (_, sp: string, c: string) => sp + c.toUpperCase()))
    .map(escapeRegExp)
    .join('|')})s?(?![\\p{L}\\p{N}])`,
  'gu',
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The first nationality word inside `span`, by binary search over the sorted hits. */
export function demonymIn(hits: readonly DemonymHit[], span: Span): DemonymHit | null {
  const h = hits[firstIndex(hits, (x) => x.start >= span.start)];
  return h && h.end <= span.end ? h : null;
}

/** The countries' keys (folded names), to tell a country from a town. */
export const COUNTRIES = COUNTRY_KEYS;

/** A country named as where people come from ("recruited ... from Russia"): the figure's origin. */
export function originPlace(text: string, actors: readonly ActorMention[]): string | null {
  for (const a of actors) {
    if (a.type !== 'place') continue;
    if (/\bfrom\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 12), a.start))) return a.actorId ?? `name:${aliasKey(a.text)}`;
  }
  return null;
}

const LOCAL_UNIT = /\b(?:province|region|oblast|district|city|town|village|county)(?:'s|’s)?\b/i;

/**
 * For a figure about one region's people ("five of the province's inhabitants"), the region: the
 * nearest place before it that is not a country. Such a figure is not the country's figure.
 */
export function localSubject(fig: FigureMention, actors: readonly ActorMention[]): string | null {
  if (!LOCAL_UNIT.test(fig.text)) return null;
  for (let i = actors.length - 1; i >= 0; i--) {
    const a = actors[i]!;
    if (a.start >= fig.start) continue;
    if (fig.start - a.end > 600) break;
    if (a.type === 'place' && !COUNTRIES.has(aliasKey(a.canonical ?? a.text))) return a.actorId ?? `name:${aliasKey(a.text)}`;
  }
  return `local:${aliasKey(fig.text)}`;
}

/**
 * The page's own country: the nationality named most often (demonyms and country names alike),
 * for figures of nationals abroad that do not say whose ("several hundred radicalised citizens").
 */
export function dominantNationality(text: string, hits: readonly DemonymHit[], actors: readonly ActorMention[], ctx: AssembleContext): string | null {
  // Nationality adjectives ("Kazakhstani authorities") say whose story it is more than country
  // names, and a country one goes "to" or fights "in" is a destination, not a nationality.
  const counts = new Map<string, number>();
  // Folded keys are kept per name: a page names the same few countries many times.
  const keyOf = new Map<string, string>();
  const key = (name: string): string => {
    let k = keyOf.get(name);
    if (k === undefined) keyOf.set(name, (k = aliasKey(name)));
    return k;
  };
  for (const h of hits) {
    const k = key(h.country);
    counts.set(k, (counts.get(k) ?? 0) + 2);
  }
  for (const a of actors) {
    if (a.type !== 'place') continue;
    const k = key(a.canonical ?? a.text);
    if (!COUNTRIES.has(k)) continue;
    if (/\b(?:in|to|into|inside|towards?)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, a.start - 10), a.start))) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: string | null = null;
  let n = 0;
  for (const [k, c] of counts) if (c > n) [best, n] = [k, c];
  // One mention is no evidence of what the page is about.
  if (!best || n < 2) return null;
  return ctx.actorIdForName(best) ?? `name:${best}`;
}

/** The actors lying inside `span` (actors sorted by start), found by binary search. */
export function actorsIn(actors: readonly ActorMention[], span: Span): ActorMention[] {
  const out: ActorMention[] = [];
  for (let i = firstIndex(actors, (a) => a.start >= span.start); i < actors.length && actors[i]!.start < span.end; i++) if (actors[i]!.end <= span.end) out.push(actors[i]!);
  return out;
}
