/**
 * Type votes for an unknown name: each occurrence's neighbours (the word after, the words before,
 * a pronoun taking it up) vote person, organisation or place with a weight and a reason the card
 * can show ("probably a person: 'President' before the name").
 */
import { DIRECTIONS, FIRST_NAMES, GIVEN_NAMES, PERSON_VERBS, PLACE_NAMES, TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { ActorType } from '../vocabulary';
import { nextWord, wordsBefore } from './text-around';
import { makerOfProduct } from './works';
/** One occurrence's vote for a type, with its weight and the reason the card gives. */
export interface Vote {
  type: ActorType;
  weight: number;
  reason: string;
}

// Words after a name that say it is a company or other organisation ("Facebook CEO", "West
// Mercia police", "Royal Shrewsbury hospital").
const ORG_NEXT = new Set([
  'ceo', 'cto', 'cfo', 'founder', 'co-founder', 'chairman', 'spokesman', 'spokeswoman', 'spokesperson',
  'police', 'hospital', 'university', 'college', 'school', 'council', 'company', 'corporation', 'inc', 'inc.',
  'corp', 'corp.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'agency', 'shares', 'stock', 'executives', 'employees',
  'staff', 'officials', 'board', 'team', 'club', 'party', 'ministry', 'department', 'bank', 'foundation', 'brokerage',
  'magazine', 'newspaper', 'website', 'network', 'channel', 'airline', 'studio', 'studios', 'developer', 'brand',
  'writer', 'writers', 'reporter', 'reporters', 'editor', 'editors', 'journalists', 'analysts', 'researchers',
  // "Commerzbank analyst Carsten Fritsch": one of its staff named after the firm.
  'analyst', 'economist', 'strategist', 'scientist', 'scientists',
]);
// Two words after a name that say it is an organisation ("the Interfax news agency").
const ORG_NEXT_TWO = /^(?:['’]s)?[\s\u00a0]+(?:news agency|news service|fact[- ]checker|said in a statement|said in an? (?:e-mail|email|release|filing))\b/u;
// Words before a name that say it is an organisation ("acquisition of WhatsApp", "company Uber").
const ORG_BEFORE_WORDS = new Set([
  'acquisition of', 'buyout of', 'acquire', 'acquired', 'bought', 'company', 'firm', 'startup', 'start-up',
  'retailer', 'carmaker', 'automaker', 'chipmaker', 'supplier', 'shipper', 'partnered with', 'investors in',
  'broadcaster', 'publisher', 'network', 'agency', 'newspaper', 'magazine', 'website', 'giant', 'platform',
  'journal', 'utility', 'club', 'side',
  // "companies Astrobotic, Intuitive Machines and Orbit Beyond", "the company owns Instagram", "carrier SunExpress".
  'companies', 'firms', 'owns', 'carrier', 'search engine',
]);
// Last words of company and outlet names ("Business Insider", "Oculus VR", "ZeniMax Media").
const ORG_LAST = new Set([
  'inc', 'corp', 'corporation', 'ltd', 'llc', 'plc', 'co', 'company', 'group', 'holdings', 'partners', 'capital',
  'media', 'news', 'times', 'post', 'journal', 'insider', 'magazine', 'tech', 'labs', 'games', 'studios',
  'pictures', 'records', 'motors', 'airlines', 'airways', 'foods', 'systems', 'networks', 'technologies',
  'entertainment', 'vr', 'ai', 'energy', 'pharmaceuticals', 'bank', 'police', 'council', 'party', 'club',
  'foundation', 'institute', 'agency', 'association', 'union', 'league', 'federation', 'commission',
  'research', 'market', 'reserve',
  // Trades and sectors that close a firm's name ("Kotak Securities", "Essar Steel", "Intuitive
  // Machines", "Tequila Works", "Pixar Animation", "Take-Two Interactive", "LG Electronics").
  'securities', 'equities', 'investments', 'ventures', 'financial', 'insurance', 'steel', 'machines', 'works',
  'robotics', 'aerospace', 'animation', 'management', 'airline', 'interactive', 'electronics', 'industries',
  'logistics', 'solutions', 'communications', 'brands', 'petroleum', 'pharma',
]);
// Words after a name that say it is a place ("the Tuva region", "Kyzyl city").
const PLACE_NEXT = new Set(['region', 'province', 'city', 'district', 'county', 'oblast', 'village', 'town', 'valley', 'border', 'mountains', 'river', 'peninsula', 'island', 'coast', 'airport']);
// Verbs after a name that companies do ("Exxon Mobil reported a profit", "Boeing delivered").
const ORG_VERBS = new Set(['posted', 'shipped', 'launched', 'acquired', 'employs', 'sells', 'manufactures', 'reported', 'delivered', 'unveiled', 'hired', 'listed', 'merged', 'filed']);
const PERSON_NEXT = new Set([...PERSON_VERBS, 'told']);
// Trades that end a job title ("Full Stack Developer") but, before a name, introduce a company as
// often as a person ("game developer Mojang"), so they are not in the lexicon's person roles.
export const TRADE_LAST = new Set(['developer', 'developers', 'designer', 'programmer', 'engineer']);
// A verb (and perhaps one more lowercase word) after the name, then its pronoun: "X published its",
// "X also measured its", "X said his".
const PRONOUN_AFTER = /^(?:['’]s)?\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|s)\s+(?:\p{Ll}+\s+)?(its|his|her)\b/u;
const PLACE_BEFORE = new Set(['in', 'near', 'outside', 'across', 'throughout']);
// Words before a name that need an actor after them ("told Ruptly", "obtained by Variety").
const AGENT_BEFORE = new Set(['told', 'according to', 'obtained by', 'surveyed by', 'owned by', 'acquired by', 'bought by', 'run by', 'led by', 'published by', 'sued', 'sued by', 'ceo of', 'founder of', 'shares of', 'stake in']);
const ALL_CAPS = /^\p{Lu}{2,}$/u;
// The confidence of the spotter's guess for a lone word with no cue (typing.ts's LONE_CONFIDENCE).
const LONE_GUESS = 0.4;

/** Any letter. */
export const letters = /\p{L}/u;


/** The reason given for a type no cue voted for. */
export function defaultReason(m: ActorMention): string {
  const kind = m.type === 'organization' ? 'an organisation' : m.type === 'person' ? 'a person' : 'a place';
  return m.confidence >= 0.8 ? `${kind}: the words around the name say so` : `perhaps ${kind}: no clear cue on the page`;
}

/** The heaviest vote, or undefined when there is none. */
export function bestVote(vs: Vote[] | undefined): Vote | undefined {
  if (!vs || vs.length === 0) return undefined;
  const sum = new Map<ActorType, number>();
  for (const v of vs) sum.set(v.type, (sum.get(v.type) ?? 0) + v.weight);
  let best: Vote | undefined;
  for (const v of vs) if (!best || sum.get(v.type)! > sum.get(best.type)! || (v.type === best.type && v.weight > best.weight)) best = v;
  return best;
}

/** "a" or "an" before the type's name. */
export function article(type: ActorType): string {
  return type === 'organization' ? 'an organisation' : type === 'person' ? 'a person' : 'a place';
}

/** What a name's own words say about it (a given name first, a head word last...). */
export interface NameInfo {
  words: string[];
  /** Cues in the name itself (its last word, a given name first, a known country or city). */
  votes: Vote[];
  /** "X said" may make it a person: two or three words, not all capitals. */
  saidMakesPerson: boolean;
}

/** A vote for `type`. */
export function vote(type: ActorType, weight: number, why: string): Vote {
  return { type, weight, reason: `${weight >= 0.8 ? '' : 'probably '}${article(type)}: ${why}` };
}

/** What the name's own words say about its type. */
export function nameInfo(name: string): NameInfo {
  const words = name.split(/\s+/u);
  const lastWord = words[words.length - 1]!;
  const last = lastWord.toLowerCase().replace(/\.$/u, '');
  const votes: Vote[] = [];
  if (words.length >= 2 && /^\p{Lu}{2,4}$/u.test(lastWord)) votes.push(vote('organization', 0.75, 'an abbreviation ends the name'));
  if (words.length >= 2 && ORG_LAST.has(last)) votes.push(vote('organization', 0.8, `'${lastWord}' ends the name`));
  // "Industrial Light & Magic", "Procter & Gamble": an ampersand joins the names of a firm.
  else if (words.length >= 3 && name.includes(' & ')) votes.push(vote('organization', 0.8, `'&' joins the name`));
  if (name.startsWith('House of ')) votes.push(vote('organization', 0.9, 'a house of a parliament'));
  const first = words[0]!.toLowerCase();
  if (words.length >= 2 && FIRST_NAMES.has(first)) votes.push(vote('person', GIVEN_NAMES.has(first) ? 0.8 : 0.7, `'${words[0]}' is a given name`));
  if (PLACE_NAMES.has(name.toLowerCase())) votes.push(vote('place', 0.9, 'a country or city'));
  const saidMakesPerson = words.length >= 2 && words.length <= 3 && /\p{Ll}/u.test(name);
  return { words, votes, saidMakesPerson };
}

// The cues of one occurrence: the word(s) before and after it.
export function votesAt(text: string, m: ActorMention, knownNear: (at: number) => ActorMention | undefined, info: NameInfo): Vote[] {
  const out: Vote[] = [...info.votes];
  const [prev, prevPrev] = wordsBefore(text, m.start);
  const prevLower = prev.toLowerCase();
  const prev2 = prevPrev ? `${prevPrev} ${prev}`.toLowerCase() : '';
  const next = nextWord(text, m.end);
  if (prev && TITLES.has(prevLower) && /^\p{Lu}/u.test(prev)) out.push(vote('person', 0.9, `'${prev}' before the name`));
  else if (prevLower === 'president-elect' || prevLower === 'vice-president') out.push(vote('person', 0.9, `'${prev}' before the name`));
  if (ORG_NEXT.has(next)) out.push(vote('organization', 0.8, `'${next}' after the name`));
  else if (makerOfProduct(text, m)) out.push(vote('organization', 0.75, `it makes the ${next} named after it`));
  if (PLACE_NEXT.has(next)) out.push(vote('place', 0.8, `'${next}' after the name`));
  if (ORG_VERBS.has(next) && !info.votes.some((v) => v.type === 'person')) out.push(vote('organization', 0.65, `'${next}' after the name, as companies do`));
  if (next === 'news' || next === 'fact' || next === 'fact-checker' || next === 'said') {
    const two = ORG_NEXT_TWO.exec(text.slice(m.end, m.end + 30));
    if (two) out.push(vote('organization', 0.75, `'${two[0].trim().replace(/^['’]s\s+/u, '')}' after the name`));
  }
  if (ORG_BEFORE_WORDS.has(prev2) || ORG_BEFORE_WORDS.has(prevLower)) out.push(vote('organization', 0.75, `'${ORG_BEFORE_WORDS.has(prev2) ? prev2 : prevLower}' before the name`));
  // The pronoun that takes the name up in its own clause: "Stack Overflow published its analysis",
  // "Vidyard announced updates to its platform" (an organisation); "Coombes said his" (a person).
  // Only when a verb or an adverb follows the name (the word after it is already read).
  let pronoun: RegExpExecArray | null = null;
  if (next.endsWith('ed') || next.endsWith('s') || next === 'also') {
    const after = text.slice(m.end, m.end + 48);
    if (after.includes(' its ') || after.includes(' his ') || after.includes(' her ')) pronoun = PRONOUN_AFTER.exec(after);
  }
  if (pronoun) out.push(pronoun[1] === 'its' ? vote('organization', 0.7, `'its' takes up the name`) : vote('person', 0.65, `'${pronoun[1]}' takes up the name`));
  // "X said" fits a company as well as a person: only a name of two or three words takes it.
  if (info.saidMakesPerson && PERSON_NEXT.has(next) && prevLower !== 'the') out.push(vote('person', 0.6, `'${next}' after the name`));
  // "Roscosmos and NASA", "Nintendo and Apple": a list shares the type of its known member.
  const partner = knownNear(m.end) ?? knownNear(m.start);
  if (partner) out.push(vote(partner.type, 0.7, `listed with ${partner.canonical ?? partner.text}`));
  // A lone word the spotter could only guess at: its possessive ("Airbus' iconic A380", "the Fed’s
  // ability") or a verb that needs an agent before it ("told Ruptly", "obtained by Variety") makes
  // it an actor, most often a firm or a body when no full name on the page ends with it.
  if (info.words.length === 1 && m.confidence <= LONE_GUESS && m.type === 'organization') {
    const c = text.charCodeAt(m.end);
    const possessive = (c === 0x27 || c === 0x2019) && (text.charCodeAt(m.end + 1) === 0x73 ? !/\p{L}/u.test(text[m.end + 2] ?? '') : m.text.endsWith('s') && text.charCodeAt(m.end + 1) === 0x20);
    if (possessive) out.push(vote('organization', 0.5, `'${m.text}${text[m.end]}${text.charCodeAt(m.end + 1) === 0x73 ? 's' : ''}' before what it has`));
    else if (AGENT_BEFORE.has(prevLower) || AGENT_BEFORE.has(prev2)) out.push(vote('organization', 0.5, `'${AGENT_BEFORE.has(prev2) ? prev2 : prevLower}' before the name`));
  }
  // ("in NBA history", "in the NBA": an abbreviation after "in" is a league or a body far more often
  // than a place, and the places written so are the lexicon's: UAE, DRC.)
  if (out.length === 0 && PLACE_BEFORE.has(prevLower) && info.words.length <= 2 && !ALL_CAPS.test(m.text)) out.push(vote('place', 0.55, `'${prev}' before the name`));
  // "Ketchikan, Alaska", "eastern Northland": a place within a known one, a region by its side.
  if (info.words.length <= 2 && text.charCodeAt(m.end) === 0x2c && inKnownPlace(text, m.end + 2)) out.push(vote('place', 0.8, `a place in ${text.slice(m.end + 2, m.end + 2 + 20).split(/[,.;\n]/u)[0]}`));
  // ("the new Gannett" is no place: "new" names no part of a map in lowercase.)
  else if (DIRECTIONS.has(prev) && prev !== 'new' && info.words.length <= 2) out.push(vote('place', 0.7, `'${prev}' before the name`));
  return out;
}

// A country, state or city of the lexicon starts at `at` and ends a clause ("Ketchikan, Alaska.").
function inKnownPlace(text: string, at: number): boolean {
  if (text.charCodeAt(at - 1) !== 0x20 || !/\p{Lu}/u.test(text[at] ?? '')) return false;
  let e = at;
  for (let words = 0; words < 3; words++) {
    while (e < text.length && /\p{L}/u.test(text[e]!)) e++;
    const next = text.charCodeAt(e);
    if (next !== 0x20 || !/\p{Lu}/u.test(text[e + 1] ?? '')) return /^[,.;:)\n]?$/u.test(text[e] ?? '') && PLACE_NAMES.has(text.slice(at, e).toLowerCase());
    e++;
  }
  return false;
}

