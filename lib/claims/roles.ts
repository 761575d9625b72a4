/**
 * The role of a counted population: whom a figure counts. Two tolls of one attack can only
 * disagree when they count the same people: "13 attackers killed" says nothing against "7 victims",
 * and "25 dead including the attackers" is a wider scope than "7 victims", not a conflict with it.
 *
 * The role comes from the counted noun ("three National Guardsmen" → security) and from the clause
 * ("including the 18 attackers" → all dead; "with their wives and children" → fighters with their
 * families). It is ordinary news English; nothing here is keyed to particular articles.
 */
import { ROLES, type Role } from '../extract/vocabulary';
import { isLetterBefore } from '../extract/ru/chars';
import { predicateClass } from './claim-key';

export { ROLES, type Role };

/** Measures that count the casualties of an event. */
const CASUALTY_CLASSES = new Set(['killed', 'wounded', 'casualties']);
/** Measures that count people who went abroad to fight (or are members of a group there). */
const FIGHTER_CLASSES = new Set(['fighters-abroad']);

const SECURITY = /\b(?:military(?: m[ae]n| personnel)?|law[- ]enforcement(?: officers?| officials?| personnel)?|riot police|police(?:m[ae]n|wom[ae]n)?|(?:police |security |law[- ]enforcement |army |military )?officers?|guard(?:s|sm[ae]n)?|servicem[ae]n|soldiers?|troops|conscripts|personnel|security forces|special forces|commandos?|rangers|gendarmes?|border guards?|agents?|sergeants?|lieutenants?|captains?)\b/i;
const ATTACKERS = /\b(?:attackers?|assailants?|gunm[ae]n|militants?|terrorists?|insurgents?|extremists?|jihadis(?:ts)?|bombers?|raiders?|perpetrators?|suspects?|culprits?|criminals?|bandits?|fighters?|rebels?|hostage[- ]takers?|shooters?|members of the (?:group|gang|cell))\b/i;
const CIVILIANS = /\b(?:civilians?|passers-?by|bystanders?|residents?|shoppers?|customers?|workers?|employees?|staff|shop ?keepers?|salesm[ae]n|hostages?|tourists?|visitors?|worshippers?|pilgrims?|students?|pupils?|children|women|villagers?|drivers?|passengers?|spectators?|guests?)\b/i;
const VICTIMS = /\b(?:victims?|innocent people)\b/i;
const FAMILIES = /\b(?:famil(?:y|ies)|relatives|wives|dependants|dependents|women and children|wives and children|spouses)\b/i;
// "more than 300 nationals ..., and half of them are women": the count holds their wives too.
const WITH_WOMEN = /\b(?:half|most|many|some|a third|a quarter|a number|\d+|one|two|three|four|five)\s+(?:of (?:them|whom|those)|are)\b[^.;]{0,25}?\b(?:women|wives|children|minors|girls)\b/i;
// "including (the) (18) attackers", "among them five gunmen", "18 of them attackers": the toll counts attackers too.
const INCLUDING_ATTACKERS = new RegExp(String.raw`\b(?:including|includ(?:es|ed|ing)|among them|among whom|counting|as well as|plus)\b[^.;]{0,100}?\b(?:${ATTACKERS.source.slice(5, -3)})`, 'iu');
// "not counting the attackers", "excluding the gunmen": the toll counts victims only.
const EXCLUDING_ATTACKERS = new RegExp(String.raw`\b(?:not (?:counting|including)|excluding|besides|apart from|in addition to)\s+(?:the\s+)?(?:[\p{L}\p{N},-]+\s+){0,2}(?:${ATTACKERS.source.slice(5, -3)})`, 'iu');
// An agent that makes the counted people its victims: "militants killed seven people", "seven people were killed by gunmen".
const ATTACKER_AGENT = new RegExp(String.raw`(?:${ATTACKERS.source.slice(5, -3)})\b[^.;]{0,40}?\b(?:killed|killing|shot|murdered|wounded|injured|attacked|stormed)\b|\b(?:killed|shot|murdered|wounded|injured) by\b`, 'i');

const SECURITY_AGENTS = String.raw`(?:security forces|police(?:men)?|troops|soldiers|special forces|law[- ]enforcement(?: officers| agencies)?|the army|commandos)`;
const SECURITY_KILLED = new RegExp(String.raw`\b${SECURITY_AGENTS}\b[^.;]{0,60}?\b(?:killed|shot dead|liquidated|neutrali[sz]ed|eliminated)\s+$`, 'i');
const KILLED_BY_SECURITY = new RegExp(String.raw`^\s+(?:were\s+|was\s+|have been\s+|had been\s+)?(?:killed|shot dead|liquidated|neutrali[sz]ed)\s+(?:in (?:clashes|a shoot-?out|shoot-?outs|a gunfight|gunfights|fighting|an exchange of fire) with|by)\s+(?:the\s+)?${SECURITY_AGENTS}`, 'i');

// The same populations in Russian (word starts, so every case and number matches). The word
// start is tested once a stem is found (`atWordStart`): a look-behind before the stems is tried
// at every position of the text, and costs ten times the search itself.
const SECURITY_RU = /(?:военнослужащ|военн(?:ых|ые|ый|ого)(?!\p{L})|полицейск|сотрудник\p{L}*\s+(?:полиции|охран|спецслужб|кнб|мвд|правоохранительн)|силовик|солдат|нацгвард|гвардейц|пограничник|охранник|офицер|контрактник|спецназовц)/giu;
const ATTACKERS_RU = /(?:террорист|боевик|нападавш|преступник|экстремист|бандит|злоумышленник|смертник|радикал)/giu;
const CIVILIANS_RU = /(?:мирн\p{L}*\s+(?:жител|граждан)|гражданск\p{L}*\s+(?:лиц|насел)|продав|посетител|прохож|покупател|заложник|пассажир|дет(?:ей|и)(?!\p{L})|женщин)/giu;
const VICTIMS_RU = /жертв/giu;
const INCLUDING_ATTACKERS_RU = /(?:в\s+том\s+числе|включая|среди\s+них)[^.;]{0,100}?(?:террорист|боевик|нападавш|преступник|экстремист)/iu;
const WOMEN_RU = /(?:женщин|жён|жен(?!\p{L})|вдов|девоч)/giu;
const CHILDREN_RU = /(?:дет(?:ей|и|ьми)(?!\p{L})|несовершеннолетн|сирот|ребен|ребён)/giu;
const CYRILLIC = /[\u0400-\u04ff]/;
const FAMILIES_RU = /(?:сем(?:ей|ьями|ьи|ья)|родственник|жёнами|женами)/giu;

/**
 * Whether the global RegExp `re` matches somewhere in `s` at a word start: what the same RegExp
 * after `(?<!\p{L})` tests, with the letter before each match looked at only once one is found.
 */
export function atWordStart(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (!isLetterBefore(s, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** What the role is read from. */
export interface RoleInput {
  /** What is measured (killed, detained, fighters-abroad ...). */
  predicate: string;
  /** The counted noun phrase, as written. */
  counted: string | null;
  /** The whole figure text ("13 of the attackers", "Four civilians"). */
  figureText: string;
  /** The clause around the figure (its sentence). */
  sentence: string;
  /** The part of the sentence before the figure. */
  before?: string;
  /** The part of the sentence after the figure. */
  after?: string;
}

// Without a counted noun, the population is often named before the figure: "the number of
// attackers killed has risen to 18", "the death toll among police rose to 5".
const NAMED_BEFORE = /\b(?:number|toll|count|tally|total) (?:of|among) (?:the )?((?:[\p{L}-]+ ){0,2}?[\p{L}-]+)\b[^.;]*$/iu;

// "Among the servicemen of the National Guard, three were killed": the population is named first.
const AMONG_BEFORE = /\bamong (?:the )?((?:[\p{L}-]+ ){0,4}?[\p{L}-]+)\s*,?\s*$/iu;

// The English sentence tests need a Latin letter (under /iu, ſ and the Kelvin sign match s and k):
// a Russian sentence, without one, is not run through their long alternations.
const LATIN = /[a-z\u017f\u212a]/i;

function hasLatin(sentence: string): boolean {
  return LATIN.test(sentence);
}

/** The role of the population a figure counts. */
export function roleOf(input: RoleInput): Role {
  const cls = predicateClass(input.predicate);
  if (!CASUALTY_CLASSES.has(cls) && cls !== 'returned' && !FIGHTER_CLASSES.has(cls)) return cls === 'detained' ? 'detainees' : 'people';
  let noun = `${input.figureText} ${input.counted ?? ''}`;
  // "16 members of the police": the "of" phrase after the figure says whom it counts.
  const of = input.after ? /^\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(input.after) : null;
  if (of && /^(?:members?|some|dozens|hundreds|scores|a number|all|most)\b/i.test(input.counted ?? '')) noun = `${noun} ${of[1]}`;
  // "of which 19 were law enforcement officers": the population is named after the verb.
  const were = !input.counted && input.after ? /^\s+(?:were|was|are)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(input.after) : null;
  if (were) noun = `${noun} ${were[1]}`;
  // Both are English and tried from every position of the text before the figure (they are
  // anchored at its end): only where that text has a Latin letter.
  if (!input.counted && input.before && hasLatin(input.before)) {
    const named = NAMED_BEFORE.exec(input.before) ?? AMONG_BEFORE.exec(input.before);
    if (named) noun = `${noun} ${named[1]}`;
  }
  // The Russian words are looked for only in Cyrillic text: their look-behinds test every position.
  const ru = CYRILLIC.test(noun);
  // The English words likewise only where a Latin letter is (a Russian noun has none).
  const en = !ru || hasLatin(noun);
  if (CASUALTY_CLASSES.has(cls)) {
    if ((en && SECURITY.test(noun)) || (ru && atWordStart(SECURITY_RU, noun))) return 'security';
    if ((en && ATTACKERS.test(noun)) || (ru && atWordStart(ATTACKERS_RU, noun))) return 'attackers';
    if ((en && CIVILIANS.test(noun)) || (ru && atWordStart(CIVILIANS_RU, noun))) return 'civilians';
    if ((en && VICTIMS.test(noun)) || (ru && atWordStart(VICTIMS_RU, noun))) return 'victims';
    // "Security forces pursued the suspects, killed four", "five killed in clashes with police":
    // those the security forces killed are the attackers.
    if (!input.counted && ((input.before !== undefined && SECURITY_KILLED.test(input.before)) || (input.after !== undefined && KILLED_BY_SECURITY.test(input.after)))) return 'attackers';
    const facts = sentenceFacts(input.sentence);
    facts.latin ??= hasLatin(input.sentence);
    facts.excluding ??= facts.latin && EXCLUDING_ATTACKERS.test(input.sentence);
    if (facts.excluding) return 'victims';
    facts.including ??= (facts.latin && INCLUDING_ATTACKERS.test(input.sentence)) || (CYRILLIC.test(input.sentence) && INCLUDING_ATTACKERS_RU.test(input.sentence));
    if (facts.including) return 'all-dead';
    return 'victims';
  }
  if (cls === 'detained') return 'detainees';
  if (cls === 'returned' || FIGHTER_CLASSES.has(cls)) {
    // "74 women", "156 children" among those brought home: a breakdown, not the total.
    if (((en && /\b(?:women|wives|widows|girls)\b/i.test(noun)) || (ru && atWordStart(WOMEN_RU, noun))) && !/\band\b|(?<!\p{L})и(?!\p{L})/iu.test(input.counted ?? '')) return 'women';
    if (((en && /\b(?:children|minors|orphans|kids|boys|teenagers)\b/i.test(noun)) || (ru && atWordStart(CHILDREN_RU, noun))) && !/\band\b|(?<!\p{L})и(?!\p{L})/iu.test(input.counted ?? '')) return 'children';
    if (cls === 'returned') return 'returnees';
    const facts = sentenceFacts(input.sentence);
    facts.latin ??= hasLatin(input.sentence);
    facts.families ??= (facts.latin && (FAMILIES.test(input.sentence) || WITH_WOMEN.test(input.sentence))) || (CYRILLIC.test(input.sentence) && atWordStart(FAMILIES_RU, input.sentence));
    return facts.families ? 'fighters-with-families' : 'fighters';
  }
  return 'people';
}

/** What a sentence says about all the figures in it, read once. */
interface SentenceFacts {
  latin?: boolean;
  excluding?: boolean;
  including?: boolean;
  families?: boolean;
}

// A page's figures are read in order, so the figures of one sentence come one after another:
// the last sentence's facts are kept for the next figure (a pure cache: same input, same answer).
let lastSentence: string | null = null;
let lastFacts: SentenceFacts = {};

function sentenceFacts(sentence: string): SentenceFacts {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastFacts = {};
  }
  return lastFacts;
}

/** Whether an agent in the clause makes the counted people victims (for the reason shown). */
export function hasAttackerAgent(sentence: string): boolean {
  return ATTACKER_AGENT.test(sentence);
}

// Populations inside another that readers compare as a difference of scope: all the dead hold
// the victims and the attackers; fighters with their families hold the fighters. A breakdown
// (civilians or security forces among the victims, women or children among those brought home)
// is a part, not another count of the whole: it is neither compared nor called a scope difference.
const CONTAINS: Readonly<Partial<Record<Role, readonly Role[]>>> = {
  'all-dead': ['victims', 'attackers'],
  'fighters-with-families': ['fighters'],
};

/** How two roles relate: the same population, one inside the other (scope), or different people. */
export function roleRelation(a: Role, b: Role): 'same' | 'scope' | 'unrelated' {
  if (a === b) return 'same';
  // "people" is what a figure counts when nothing says whom (measures the text never splits).
  if (a === 'people' || b === 'people') return a === 'people' && b === 'people' ? 'same' : 'unrelated';
  if (CONTAINS[a]?.includes(b) || CONTAINS[b]?.includes(a)) return 'scope';
  return 'unrelated';
}

/** The role of a sum of parts: victims when every part is a victim, all the dead when attackers are among them. */
export function sumRole(parts: readonly Role[]): Role {
  if (parts.every((r) => r === parts[0])) return parts[0] ?? 'people';
  if (parts.some((r) => r === 'attackers' || r === 'all-dead')) return 'all-dead';
  if (parts.every((r) => r === 'security' || r === 'civilians' || r === 'victims')) return 'victims';
  return 'people';
}

/** A role in words, for reasons shown to the reader. */
export function roleWords(r: Role): string {
  switch (r) {
    case 'all-dead':
      return 'all the dead, attackers included';
    case 'fighters-with-families':
      return 'fighters with their families';
    case 'security':
      return 'security forces';
    default:
      return r;
  }
}
