/**
 * The second look at unknown names, with the whole page as evidence (precision first): the
 * spotter (proper-nouns.ts) proposes capitalised runs one at a time; this pass drops what a reader
 * would not call a name (contractions, interface words, shouted labels, titles of works, products,
 * storms, text in scripts the engine does not read), splits headline-case runs at what the body
 * confirms, types each name from every occurrence's cues, links short forms to the full name given
 * on the page, and gives each unknown name a confidence and the reason for its type. Names below
 * `MAYBE_BELOW` are not marked: they are returned as "maybe".
 */
import { type LineIndex, isTitleCased, lineIndex, titleCase } from './line-index';
import { listsOf } from './name-lists';
import { isSentenceStart } from './text-around';
import { type NameInfo, TRADE_LAST, type Vote, article, bestVote, defaultReason, letters, nameInfo, votesAt } from './votes';
import { COMMON_WORDS, FIRST_NAMES, FUNCTION_WORDS, NAME_PARTICLES, ORG_HEADS, PERSON_ROLES, PLACE_HEADS, PLACE_NAMES, PRODUCT_NAMES, TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { ActorType } from '../vocabulary';
import { isInterfaceWord, isContraction } from './stop-names';
import { contextSaysNotActor, inTitleCaseQuote, listedAsWork, productForm, workTitleAt } from './works';
import { readsScript, unreadScriptAround } from './scripts';

/** Unknown names less sure than this are listed as "maybe", not marked. */
export const MAYBE_BELOW = 0.4;

/** What the judge returns: the names to mark, and the ones too unsure to mark. */
export interface JudgedNames {
  actors: ActorMention[];
  maybe: ActorMention[];
}
// A number after a one-word name that ends a phrase: "Game 7 of", "Windows 11 got", "Step 4."
const NUMBERED_LABEL = /^ \d+(?:[.,;:)!?]|\s+(?:is|was|has|had|got|gets|will|would|and|or|to|in|on|for|with|of|at|by|from)\b|$)/u;

// A hyphenated title opening the run ("Attorney-General George Brandis", "Vice-President X"):
// the title is cut off and the rest is a person.
function withoutTitle(m: ActorMention): ActorMention {
  const first = /^([\p{L}]+(?:-[\p{L}]+)+)\s+/u.exec(m.text);
  if (!first || !first[1]!.toLowerCase().split('-').some((w) => TITLES.has(w) && w !== 'general' || w === 'general' && /^attorney|^secretary|^solicitor|^inspector/iu.test(first[1]!))) return m;
  const cut = first[0].length;
  return { ...m, start: m.start + cut, text: m.text.slice(cut), type: 'person', confidence: Math.max(m.confidence, 0.85), reason: `a person: '${first[1]}' before the name` };
}

/**
 * Judges the unknown names of one page against the page's text and known names.
 *
 * @param text the page's main text
 * @param known mentions linked to the fact base (kept, only used as evidence)
 * @param unknown the spotter's suggestions, sorted by start
 */
export function judgeNames(text: string, known: readonly ActorMention[], unknown: readonly ActorMention[]): JudgedNames {
  if (!readsScript(text)) return { actors: [], maybe: [] };
  const lines = lineIndex(text);
  // Evidence from the body: names as written outside heading lines, known names included.
  const bodyNames = new Set<string>();
  const spotted = joinPossessives(text, joinCommaComplements(text, unknown));
  for (const m of [...known, ...spotted]) if (!lines.isHeading(m.start) && !lines.isShouted(text, m)) bodyNames.add(m.text);
  // "de Miranda" of "Luis de Miranda": a surname with its particle, as the short form keeps it.
  const particleSurnames = new Set<string>();
  for (const n of bodyNames) {
    const sp = n.indexOf(' ');
    if (sp < 0) continue;
    for (let i = sp; i > 0; i = n.indexOf(' ', i + 1)) {
      const j = n.indexOf(' ', i + 1);
      if (j > 0 && NAME_PARTICLES.has(n.slice(i + 1, j))) particleSurnames.add(n.slice(i + 1).toLowerCase());
    }
  }

  const candidates: ActorMention[] = [];
  const numbered = new Map<string, Numbered>();
  // One-word names seen only in headings, with no cue there: a cue word beside them ("in") does
  // not make them more than a maybe.
  const headingOnly = new Set<string>();
  const cutFromHeading = new Set<ActorMention>();
  // Word-form verdicts, once per distinct name (pages repeat their names).
  const notAName = new Map<string, boolean>();
  for (const raw of spotted) {
    if (raw.type === DROPPED) continue;
    const m = extendLeft(text, withoutPartyMember(withoutNextSentence(raw.text.includes('-') ? withoutTitle(raw) : raw)), bodyNames, particleSurnames);
    let bad = notAName.get(m.text);
    if (bad === undefined) {
      bad = !letters.test(m.text) || isContraction(m.text) || isInterfaceWord(m.text) || prefixOfCompound(text, m);
      notAName.set(m.text, bad);
    }
    // "never AFTER they buy" is emphasis; "the SITE monitoring group" a name.
    if (!bad && isShoutedWord(m.text) && !/\bthe $/iu.test(text.slice(Math.max(0, m.start - 4), m.start))) continue;
    if (bad || unreadScriptAround(text, m.start, m.end)) continue;
    // Letters glued to a number are part of a larger token ("3D Avatar", "4K"), not a name.
    const c = text.charCodeAt(m.start - 1);
    if (c >= 48 && c <= 57) continue;
    // One word numbered like a label or version ("Game 7", "Windows 11", "Step 4"), or a model
    // code ("F-35", "MiG-29"): not an actor.
    const d = text.charCodeAt(m.end + 1);
    if (text.charCodeAt(m.end) === 32 && d >= 48 && d <= 57 && !m.text.includes(' ') && NUMBERED_LABEL.test(text.slice(m.end, m.end + 20)) && !/^\p{Lu}{2,}$/u.test(m.text)) continue;
    if (m.text.includes('-') && /^\p{L}+-\d+$/u.test(m.text)) continue;
    // A name of several words numbered like versions ("Raspberry Pi 3 ... Raspberry Pi 2", "Galaxy
    // Note 7 is"): a product line, page-wide (see `numbered`).
    if (text.charCodeAt(m.end) === 32 && d >= 48 && d <= 57 && m.text.includes(' ')) noteNumbered(numbered, text, m);
    if (lines.isHeading(m.start) || lines.isShouted(text, m)) {
      for (const piece of confirmedPieces(text, m, bodyNames, lines)) {
        if (piece.reason === HEADING_ONLY) headingOnly.add(piece.text);
        if (piece.text !== m.text) cutFromHeading.add(piece);
        candidates.push(piece);
      }
    } else candidates.push(m);
  }

  // Works, products and storms: one occurrence with the evidence condemns the name page-wide.
  // Quotes alone are weaker evidence: a title is quoted where it is named, but a company named
  // thirty times may be quoted once as a word ("a name without “Yahoo” in it"), so quoted
  // occurrences condemn a name only when they are a fair share of its occurrences.
  const notActors = new Set<string>();
  const productNames = new Map<string, boolean>();
  const quoted = new Map<string, number>();
  for (const m of candidates) {
    if (notActors.has(m.text)) continue;
    let form = productNames.get(m.text);
    if (form === undefined) productNames.set(m.text, (form = productForm(m.text) || knownProduct(m.text) || (!hasOrgHeadLast(m.text) && productAt(text, m.start)) || titleOfWork(text, m)));
    // A name typed by its head word or the lexicon ("Interior Ministry", "Almaty") is no product.
    // "Backbone.js": a JavaScript library.
    if (form || text.startsWith('.js', m.end) || (m.confidence < 0.85 && contextSaysNotActor(text, m))) notActors.add(m.text);
    else if (m.confidence < 0.8 && (workTitleAt(text, m) || inTitleCaseQuote(text, m))) quoted.set(m.text, (quoted.get(m.text) ?? 0) + 1);
    else if (m.confidence < 0.85 && !PLACE_NAMES.has(m.text.toLowerCase()) && listedAsWork(text, m)) notActors.add(m.text);
  }
  if (quoted.size > 0) {
    const seen = new Map<string, number>();
    for (const m of candidates) if (quoted.has(m.text)) seen.set(m.text, (seen.get(m.text) ?? 0) + 1);
    for (const [name, q] of quoted) if (q * 4 >= seen.get(name)!) notActors.add(name);
  }
  for (const [name, n] of numbered) if (n.versions.size >= 2 || n.asSubject) notActors.add(name);
  // The tail of a product's name names the product ("One X" of "Xbox One X", "Atmos" of "Dolby
  // Atmos"); its head may be the maker ("Apple" of "Apple Vision Pro") and keeps its own verdict.
  if (notActors.size > 0) {
    const tails = new Set<string>();
    for (const n of notActors) for (let i = n.indexOf(' '); i > 0; i = n.indexOf(' ', i + 1)) tails.add(n.slice(i + 1));
    for (const m of candidates) if (tails.has(m.text) && m.confidence < 0.85) notActors.add(m.text);
  }
  // The same name in other capitals ("Raspberry PI") shares the verdict.
  if ([...notActors].some((n) => n.includes(' '))) {
    const lower = new Set([...notActors].map((n) => n.toLowerCase()));
    for (const m of candidates) if (!notActors.has(m.text) && m.text.includes(' ') && lower.has(m.text.toLowerCase())) notActors.add(m.text);
  }

  // Known names right after " and " / before " and " a candidate (for lists).
  const knownByEdge = new Map<number, ActorMention>();
  for (const k of known) {
    knownByEdge.set(k.start, k);
    knownByEdge.set(-k.end, k);
  }
  const knownNear = (at: number): ActorMention | undefined => {
    if (known.length === 0) return undefined;
    const fwd = /^,?\s+(?:and|or)\s+/u.exec(text.slice(at, at + 8));
    if (fwd) return knownByEdge.get(at + fwd[0].length);
    const back = /\s+(?:and|or)\s+$/u.exec(text.slice(Math.max(0, at - 8), at));
    return back ? knownByEdge.get(-(at - back[0].length)) : undefined;
  };
  const infos = new Map<string, NameInfo>();
  const infoOf = (name: string): NameInfo => {
    let i = infos.get(name);
    if (!i) infos.set(name, (i = nameInfo(name)));
    return i;
  };
  // A role is no name ("Full Stack Developer", "Creative Director"), unless a given name opens it.
  for (const m of candidates) {
    const sp = m.text.lastIndexOf(' ');
    if (sp < 0 || notActors.has(m.text)) continue;
    const last = m.text.slice(sp + 1).toLowerCase();
    if (!PERSON_ROLES.has(last) && !TRADE_LAST.has(last)) continue;
    if (!FIRST_NAMES.has(m.text.slice(0, m.text.indexOf(' ')).toLowerCase())) notActors.add(m.text);
  }
  // A list shares its kind: "Messages, Safari, and Photos" are all apps when "the Photos app" is
  // one; "React.js, Angular, PHP, HTML" are all software when an abbreviation that never names an
  // actor (PHP, HTML) or a JavaScript library (".js") is among them.
  for (const list of listsOf(text, candidates)) {
    // A comma alone may end a clause ("on Stack Overflow, WordPress positions vary"): only a list
    // with a conjunction shares a condemned member's kind; software items between names suffice.
    if (!list.tech && !(list.joined && list.items.some((m) => notActors.has(m.text)))) continue;
    for (const m of list.items) if (m.confidence < 0.8 && !PLACE_NAMES.has(m.text.toLowerCase())) notActors.add(m.text);
  }
  // Types from every occurrence's cues.
  const votes = new Map<string, Vote[]>();
  for (const m of candidates) {
    // A name typed from its own head word or the lexicon ("Interior Ministry", "Almaty") needs no more.
    if (notActors.has(m.text) || m.confidence >= 0.85) continue;
    const v = votesAt(text, m, knownNear, infoOf(m.text));
    if (v.length === 0) continue;
    const list = votes.get(m.text);
    if (list) list.push(...v);
    else votes.set(m.text, v);
  }

  const firstAt = new Map<string, number>();
  for (const m of candidates) if (!firstAt.has(m.text)) firstAt.set(m.text, m.start);
  // Coreference: a short form of a person's full name given on the page is that person.
  const fullNames = new Map<string, string>();
  for (const m of [...known.filter((k) => k.type === 'person'), ...candidates]) {
    if (!m.text.includes(' ')) continue;
    const words = m.actorId !== null ? m.text.split(/\s+/u) : infoOf(m.text).words;
    if (words.length < 2 || words.length > 4) continue;
    if (notActors.has(m.text)) continue;
    const cue = bestVote(votes.get(m.text));
    const isPerson = m.actorId !== null ? m.type === 'person' : cue ? cue.type === 'person' : m.type === 'person' && m.confidence >= 0.6;
    if (!isPerson) continue;
    const full = m.canonical ?? m.text;
    const surname = words[words.length - 1]!.replace(/['’]s$/u, '');
    if (!fullNames.has(surname)) fullNames.set(surname, full);
    // A first name alone stands for the person only after the full name ("Eloise Parry ... Eloise").
    const given = words[0]!;
    if (!fullNames.has(given) && m.start < (firstAt.get(given) ?? -1)) fullNames.set(given, full);
  }

  // One decision per name: the type with the most evidence over all its occurrences (the
  // spotter's guesses count at their confidence), the strongest cue as the reason, and repetition
  // mid-sentence as evidence that a capitalised word is a name at all.
  const groups = new Map<string, ActorMention[]>();
  for (const m of candidates) {
    if (notActors.has(m.text)) continue;
    const g = groups.get(m.text);
    if (g) g.push(m);
    else groups.set(m.text, [m]);
  }
  const decided = new Map<string, { type: ActorType; confidence: number; reason: string; refersTo?: string }>();
  for (const [name, ms] of groups) {
    const full = name.includes(' ') ? particleShortForm(name, fullNames) : fullNames.get(name);
    if (full && full !== name) {
      decided.set(name, { type: 'person', confidence: 0.85, reason: `the short form of ${full}, named on this page`, refersTo: full });
      continue;
    }
    const cues0 = votes.get(name);
    if (!cues0 && ms.every((m) => m.type === ms[0]!.type)) {
      // No cue on the page and one guess throughout: the spotter's type stands.
      const top = ms.reduce((a, b) => (b.confidence > a.confidence ? b : a));
      let confidence = top.confidence;
      let reason = top.reason ?? defaultReason(top);
      if (confidence < 0.6 && ms.length >= 2) {
        const mid = ms.filter((m) => !lines.isHeading(m.start) && !isSentenceStart(text, m.start)).length;
        if (mid >= 2) {
          confidence = Math.min(0.6, 0.4 + 0.1 * mid);
          reason = `probably ${article(top.type)}: capitalised mid-sentence ${mid} times`;
        }
      }
      decided.set(name, { type: top.type, confidence, reason });
      continue;
    }
    // The page's explicit cues decide when there are any (the strongest wins, "President-elect
    // Trump" over six "Trump supporters"); otherwise the spotter's guesses, summed.
    const cues = votes.get(name) ?? [];
    // A piece cut out of a heading's run carries the run's type ("Trump" of "Trump Administration
    // Mulls ..."): it counts for little beside the body's own mentions.
    const spotted: Vote[] = ms.map((m) => ({ type: m.type, weight: cutFromHeading.has(m) ? 0.1 : m.confidence, reason: m.reason ?? defaultReason(m) }));
    const pool = cues.length ? cues : spotted;
    const sum = new Map<ActorType, number>();
    const max = new Map<ActorType, number>();
    for (const v of pool) {
      sum.set(v.type, (sum.get(v.type) ?? 0) + v.weight);
      max.set(v.type, Math.max(max.get(v.type) ?? 0, v.weight));
    }
    const rank = (t: ActorType): number => (cues.length ? max.get(t)! * 100 + sum.get(t)! : sum.get(t)!);
    const type = [...sum.keys()].sort((x, y) => rank(y) - rank(x))[0]!;
    const best = [...pool, ...spotted].filter((v) => v.type === type).sort((x, y) => y.weight - x.weight)[0]!;
    let confidence = Math.min(0.95, best.weight);
    let reason = best.reason;
    const mid = ms.filter((m) => !lines.isHeading(m.start) && !isSentenceStart(text, m.start)).length;
    if (mid >= 2 && confidence < 0.6) {
      confidence = Math.min(0.6, 0.4 + 0.1 * mid);
      reason = `probably ${article(type)}: capitalised mid-sentence ${mid} times`;
    }
    if (headingOnly.has(name)) decided.set(name, { type, confidence: Math.min(confidence, 0.3), reason: HEADING_ONLY });
    else decided.set(name, { type, confidence, reason });
  }
  const actors: ActorMention[] = [];
  const maybe: ActorMention[] = [];
  for (const m of candidates) {
    const d = decided.get(m.text);
    if (!d) continue;
    // The spotter's mentions are this call's own objects: set in place rather than copied.
    m.type = d.type;
    m.confidence = d.confidence;
    m.reason = d.reason;
    if (d.refersTo) m.refersTo = d.refersTo;
    (m.confidence < MAYBE_BELOW ? maybe : actors).push(m);
  }
  return { actors, maybe };
}

// A mention the possessive pass merged into the next one: skipped by the judge.
const DROPPED = 'dropped' as ActorType;

// "Sam’s Club", "Fisherman’s Terminal": a one-word name in the possessive before a head word that
// closes it is one name (the spotter never proposes a bare head word); "Mother’s Day" (a holiday)
// is none.
function joinPossessives(text: string, unknown: readonly ActorMention[]): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < unknown.length; i++) {
    const m = unknown[i]!;
    const q = text.charCodeAt(m.end);
    if ((q !== 0x2019 && q !== 0x27) || text.charCodeAt(m.end + 1) !== 0x73 || text.charCodeAt(m.end + 2) !== 0x20) continue;
    const w0 = m.end + 3;
    const c = text.charCodeAt(w0);
    if (c < 0x41 || c > 0x5a) continue;
    let w1 = w0 + 1;
    while (w1 < text.length && w1 - w0 < 16 && /\p{Ll}/u.test(text[w1]!)) w1++;
    if (/[\p{L}\d]/u.test(text[w1] ?? '')) continue;
    const head = text.slice(w0, w1).toLowerCase();
    const org = ORG_HEADS.has(head);
    const holiday = head === 'day' || head === 'eve';
    if (!org && !holiday && !PLACE_HEADS.has(head)) continue;
    // "New York’s Times Square", "California’s Museum of Neon Art": a place's own name follows.
    if (m.text.includes(' ') || PLACE_NAMES.has(m.text.toLowerCase()) || /^ (?:\p{Lu}|of |for |on )/u.test(text.slice(w1, w1 + 5))) continue;
    out ??= unknown.slice();
    out[i] = holiday
      ? { ...m, type: DROPPED }
      : { ...m, end: w1, text: text.slice(m.start, w1), type: org ? 'organization' : 'place', confidence: 0.85, reason: `${org ? 'an organisation' : 'a place'}: '${text.slice(w0, w1)}' heads the name` };
    // The head word may have been proposed on its own too.
    if (i + 1 < unknown.length && unknown[i + 1]!.start === w0) out[++i] = { ...unknown[i]!, type: DROPPED };
  }
  return out ?? unknown;
}

// Party members after a state's name ("a Virginia Democrat", "an Oklahoma Republican"): the place is the name.
const PARTY_MEMBER = / (?:Democrats?|Republicans?|Conservatives?|Liberals?|Tory|Tories|Socialists?|Greens?)$/u;

function withoutPartyMember(m: ActorMention): ActorMention {
  if (!m.text.includes(' ')) return m;
  const x = PARTY_MEMBER.exec(m.text);
  if (!x || !PLACE_NAMES.has(m.text.slice(0, x.index).toLowerCase())) return m;
  return { ...m, end: m.start + x.index, text: m.text.slice(0, x.index), type: 'place', confidence: 0.9, reason: 'a place: a country or city' };
}

// A word of the sentence start that the spotter left out of a name the body writes whole
// ("Whole Foods is" beside "bought Whole Foods"), or a surname's particle ("De Miranda").
function extendLeft(text: string, m: ActorMention, bodyNames: ReadonlySet<string>, particleSurnames: ReadonlySet<string>): ActorMention {
  if (text.charCodeAt(m.start - 1) !== 0x20) return m;
  let i = m.start - 2;
  while (i >= 0 && i > m.start - 16 && /\p{L}/u.test(text[i]!)) i--;
  const word = text.slice(i + 1, m.start - 1);
  if (word.length === 0 || i >= 0 && /[\p{L}\d]/u.test(text[i]!)) return m;
  const whole = `${word} ${m.text}`;
  if (!bodyNames.has(whole) && !(particleSurnames.size > 0 && particleSurnames.has(whole.toLowerCase()))) return m;
  return { ...m, start: i + 1, text: text.slice(i + 1, m.end) };
}

// "One S. The console": a run the spotter carried across a stop after a one-letter word ends there.
const NEXT_SENTENCE = /^(.*\S)\. (?:The|A|An|And|But|It|In|On|This|That|These|He|She|We|They|I|You|So|Yet|Then)$/u;

function withoutNextSentence(m: ActorMention): ActorMention {
  if (!m.text.includes('. ')) return m;
  const x = NEXT_SENTENCE.exec(m.text);
  if (!x) return m;
  return { ...m, end: m.start + x[1]!.length, text: x[1]! };
}

// "Non-invasive", "Blu-ray": a short capitalised prefix of a compound is no name; "Iran-backed",
// "Seattle-based" keep theirs (a participle or "based" after the hyphen).
function prefixOfCompound(text: string, m: ActorMention): boolean {
  if (m.text.length > 4 || m.text.includes(' ') || text.charCodeAt(m.end) !== 0x2d) return false;
  const rest = /^-(\p{Ll}+)/u.exec(text.slice(m.end, m.end + 16));
  return rest !== null && !/(?:ed|based|born|run|made|led|style|era)$/u.test(rest[1]!) && !PLACE_NAMES.has(m.text.toLowerCase());
}

// A product of the lexicon that starts where the name starts, longer than the name the spotter
// kept ("Gears" of "Gears of War 4", "Air Force" of "Air Force One").
function productAt(text: string, start: number): boolean {
  const sp = text.indexOf(' ', start);
  if (sp < 0 || sp - start > 24) return false;
  const longer = PRODUCTS_BY_FIRST_WORD.get(text.slice(start, sp).toLowerCase());
  if (!longer) return false;
  for (const p of longer) {
    const end = start + p.length;
    if (text.slice(start, end).toLowerCase() === p && !/[\p{L}\d]/u.test(text[end] ?? '')) return true;
  }
  return false;
}

// Products of several words by their first word, built once.
const PRODUCTS_BY_FIRST_WORD = (() => {
  const m = new Map<string, string[]>();
  for (const p of PRODUCT_NAMES) {
    const sp = p.indexOf(' ');
    if (sp < 0) continue;
    const k = p.slice(0, sp);
    const list = m.get(k);
    if (list) list.push(p);
    else m.set(k, [p]);
  }
  return m;
})();

// A title of a work, read from its form inside a sentence: a capitalised article opening it
// ("A New Hope"), or "The" before two or more words with no head word ("The Empire Strikes Back";
// "The Washington Post" and "The Hague" keep theirs).
function titleOfWork(text: string, m: ActorMention): boolean {
  const c = m.text.charCodeAt(0);
  if ((c !== 0x41 && c !== 0x54) || isSentenceStart(text, m.start)) return false;
  if (/^An? \p{Lu}/u.test(m.text)) return true;
  if (!m.text.startsWith('The ')) return false;
  const words = m.text.split(' ');
  if (words.length < 4) return false;
  for (let i = 1; i < words.length; i++) {
    const l = words[i]!.toLowerCase();
    if (ORG_HEADS.has(l) || PLACE_HEADS.has(l)) return false;
  }
  return !PLACE_NAMES.has(m.text.slice(4).toLowerCase());
}

// An ordinary word in capitals ("never AFTER they make a purchase") is emphasis, not a name.
function isShoutedWord(name: string): boolean {
  return name.length >= 4 && !name.includes(' ') && COMMON_WORDS.has(name.toLowerCase()) && /^\p{Lu}+$/u.test(name);
}

// "de Miranda" after "Luis de Miranda": the particle's surname is the short form of the full name.
function particleShortForm(name: string, fullNames: ReadonlyMap<string, string>): string | undefined {
  const sp = name.indexOf(' ');
  if (sp < 0 || name.indexOf(' ', sp + 1) > 0 || !NAME_PARTICLES.has(name.slice(0, sp).toLowerCase())) return undefined;
  return fullNames.get(name.slice(sp + 1));
}

// ", " or ", and " / " and " between the items of an institution's complement.
const COMPLEMENT_GAP = /^(?:,|,? and|,? &)\s$/u;

/**
 * An institution's complement listed with commas is one name: "American Academy of Allergy,
 * Asthma and Immunology", "Ministry of Culture, Sports and Tourism". The spotter stops at the
 * comma; here a name with an organisation head and "of"/"for" takes the one-word names that follow
 * it, joined by commas and ending with "and".
 */
function joinCommaComplements(text: string, unknown: readonly ActorMention[]): readonly ActorMention[] {
  let out: ActorMention[] | null = null;
  for (let i = 0; i < unknown.length; i++) {
    const m = unknown[i]!;
    let j = i;
    let ended = false;
    if ((m.text.includes(' of ') || m.text.includes(' for ')) && /\s(?:of|for)\s\S+$/u.test(m.text) && hasOrgHead(m.text)) {
      while (j + 1 < unknown.length && !ended) {
        const next = unknown[j + 1]!;
        const gap = text.slice(unknown[j]!.end, next.start);
        if (next.text.includes(' ') || gap.length > 6 || !COMPLEMENT_GAP.test(gap)) break;
        ended = gap.includes('and') || gap.includes('&');
        j++;
      }
    }
    if (j > i && ended) {
      out ??= unknown.slice(0, i);
      const last = unknown[j]!;
      out.push({ ...m, end: last.end, text: text.slice(m.start, last.end), type: 'organization', confidence: Math.max(m.confidence, 0.85), reason: `an organisation: '${m.text.split(/\s+/u).find((w) => ORG_HEADS.has(w.toLowerCase()))}' heads the name` });
      i = j;
    } else if (out) out.push(m);
  }
  return out ?? unknown;
}

// A product, a game or a franchise of the lexicon, or a name opening with one ("Xbox One X",
// "PlayStation VR", "Star Wars Saga") that no organisation's head word closes.
function knownProduct(name: string): boolean {
  const l = name.toLowerCase();
  if (PRODUCT_NAMES.has(l)) return true;
  const a = l.indexOf(' ');
  if (a < 0) return false;
  // "Raspberry Pi Foundation": an organisation's head word closes the name.
  if (hasOrgHeadLast(l)) return false;
  const b = l.indexOf(' ', a + 1);
  return PRODUCT_NAMES.has(l.slice(0, a)) || (b > 0 && PRODUCT_NAMES.has(l.slice(0, b)));
}

function hasOrgHeadLast(name: string): boolean {
  return ORG_HEADS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
}

function hasOrgHead(name: string): boolean {
  for (const w of name.split(/\s+/u)) {
    if (w === 'of' || w === 'for') return false;
    if (ORG_HEADS.has(w.toLowerCase())) return true;
  }
  return false;
}

/** The numbers written right after a name of several words, and whether one stood as a subject. */
interface Numbered {
  versions: Set<string>;
  asSubject: boolean;
}

// "Raspberry Pi 3 is", "Galaxy Note 7 was": a numbered name doing what a sentence's subject does.
const NUMBER_THEN_VERB = /^ (\d{1,2})(?: (is|was|has|had|will|would|can|costs?|comes?|features?|runs?|ships?))?\b(?![.,]\d|[-–%/:])/u;

// A score ("Manchester City 2, Arsenal 1"; "Fulham 2 – 1") or a year is no version: only one or
// two digits count, never followed by a dash, a colon or a decimal part.
function noteNumbered(numbered: Map<string, Numbered>, text: string, m: ActorMention): void {
  const x = NUMBER_THEN_VERB.exec(text.slice(m.end, m.end + 16));
  if (!x || /^ \d{1,2}\s*[-–—]\s*\d/u.test(text.slice(m.end, m.end + 10))) return;
  let n = numbered.get(m.text);
  if (!n) numbered.set(m.text, (n = { versions: new Set(), asSubject: false }));
  n.versions.add(x[1]!);
  if (x[2]) n.asSubject = true;
}

const HEADING_ONLY = 'perhaps a name: a word only in a heading';

// A headline-case run (a heading line, or shouted text) is kept only as far as the body confirms
// it: the whole run when the body names it, else the longest runs of its words the body names.
function confirmedPieces(text: string, m: ActorMention, bodyNames: ReadonlySet<string>, lines: LineIndex): ActorMention[] {
  if (bodyNames.has(m.text)) return [m];
  const words: Array<{ w: string; s: number; e: number }> = [];
  for (const x of m.text.matchAll(/[^\s]+/gu)) words.push({ w: x[0], s: m.start + x.index, e: m.start + x.index + x[0].length });
  const out: ActorMention[] = [];
  let i = 0;
  while (i < words.length) {
    let found = -1;
    for (let j = words.length - 1; j >= i; j--) {
      const s = words[i]!.s;
      const e = words[j]!.e;
      const cand = text.slice(s, e).replace(/[:,;]$/u, '');
      if ((bodyNames.has(cand) || (!isTitleCased(cand) && bodyNames.has(titleCase(cand)))) && !FUNCTION_WORDS.has(cand.toLowerCase())) {
        out.push({ ...m, start: s, end: s + cand.length, text: cand, confidence: Math.max(m.confidence, 0.7), reason: 'named in the article body' });
        found = j;
        break;
      }
    }
    i = found >= 0 ? found + 1 : i + 1;
  }
  if (out.length > 0) return out;
  // Nothing in the body: shouted labels ("EXCLUSIVE") go; a heading's run keeps the spotter's
  // judgement, less sure when it is long.
  if (lines.isShouted(text, m)) return /^\p{Lu}{2,5}$/u.test(m.text) ? [m] : [];
  if (words.length > 3 && m.confidence < 0.8) return [{ ...m, confidence: Math.min(m.confidence, 0.3), reason: 'perhaps a name: a long run only in a heading' }];
  // One capitalised word of a heading, with no cue and never in the body ("Tips", "Ultimate",
  // "What's a Superbug?"): a headline capitalises every word, so it is only a maybe.
  if (words.length === 1 && m.confidence < 0.7) return [{ ...m, confidence: Math.min(m.confidence, 0.3), reason: HEADING_ONLY }];
  return [m];
}
