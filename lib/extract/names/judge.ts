/**
 * The second look at unknown names, with the whole page as evidence (precision first): the
 * spotter (proper-nouns.ts) proposes capitalised runs one at a time; this pass drops what a reader
 * would not call a name (contractions, interface words, shouted labels, titles of works, products,
 * storms, text in scripts the engine does not read), splits headline-case runs at what the body
 * confirms, types each name from every occurrence's cues, links short forms to the full name given
 * on the page, and gives each unknown name a confidence and the reason for its type. Names below
 * `MAYBE_BELOW` are not marked: they are returned as "maybe".
 */
import { DROPPED, type Numbered, extendLeft, hasOrgHeadLast, isShoutedWord, joinCommaComplements, joinPossessives, knownProduct, noteNumbered, particleShortForm, prefixOfCompound, productAt, splitJoinedPairs, titleOfWork, withoutNextSentence, withoutPartyMember } from './name-forms';
import { lineIndex } from './line-index';
import { listsOf } from './name-lists';
import { HEADING_ONLY, ORG_LABEL, confirmedPieces, everydayWordIn, isDigitAt, isPossessiveAt, isSureOrg, lettered, mixesLettersAndDigits, pluralAfterThe, possessiveOwnerEnd, shoutedHeadingWord } from './name-shapes';
import { capitalsForms, linkToKnownFullName } from './same-actor';
import { isSentenceStart } from './text-around';
import { type NameInfo, TRADE_LAST, type Vote, article, bestVote, defaultReason, letters, nameInfo, votesAt } from './votes';
import { FIRST_NAMES, NAME_PARTICLES, PERSON_ROLES, PLACE_NAMES, TITLES } from '../lexicon';
import type { ActorMention } from '../types';
import type { ActorType } from '../vocabulary';
import { isInterfaceWord, isContraction } from './stop-names';
import { contextSaysNotActor, inTitleCaseQuote, listedAsWork, productForm, workTitleAt } from './works';
import { readsScript, unreadScriptAround } from './scripts';
import { creditSpans, inCredit } from './credits';

/**
 * Unknown names less sure than this are listed as "maybe", not marked: a lone capitalised word with
 * no cue on the page (`LONE_CONFIDENCE`, 0.4) is one of them. On the benchmark pages such words were
 * as often products, titles of works and parts of longer names as actors.
 */
export const MAYBE_BELOW = 0.45;

/** What the judge returns: the names to mark, and the ones too unsure to mark. */
export interface JudgedNames {
  actors: ActorMention[];
  maybe: ActorMention[];
}
// A number after a one-word name that ends a phrase: "Game 7 of", "Windows 11 got", "Step 4."
const NUMBERED_LABEL = /^ \d+(?:[.,;:)!?]|\s+(?:is|was|has|had|got|gets|will|would|and|or|to|in|on|for|with|of|at|by|from)\b|$)/u;

// A number of two digits or more, then a lowercase word: " 2020 qualifying", " 500 company".
const NUMBER_BEFORE_NOUN = /^ \d{2,}\s+\p{Ll}/u;

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
  const joined = joinPossessives(text, joinCommaComplements(text, unknown));
  for (const m of [...known, ...joined]) if (!lines.isHeading(m.start) && !lines.isShouted(text, m)) bodyNames.add(m.text);
  const spotted = splitJoinedPairs(joined, bodyNames);
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
  const credits = creditSpans(text);
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
    // A word mixing letters and digits is a model, a ticker or a code ("RAV4", "A330neo", "TNG50",
    // "NKc1"), not a name; one letter before digits may be a group ("G20", "G40").
    if (mixesLettersAndDigits(m.text)) continue;
    // A photographer or an agency in a credit ("(Jane Roe / Associated Press)", "Photo: Getty").
    if (credits.length > 0 && inCredit(credits, m.start, m.end)) continue;
    // A letter alone is no name ("Groups B and C"), nor a label lettered like one ("Group D",
    // "Path C", "World War II", "Area X"; "Malcolm X" keeps his).
    if (m.end - m.start === 1 || lettered(m.text)) continue;
    // A unit after a number and a slash ("$0.23/W", "5/MWh").
    if (c === 0x2f && isDigitAt(text, m.start - 2)) continue;
    // An everyday word in an all-caps heading ("US FALLS", "FRANCE WINS").
    if (shoutedHeadingWord(text, m)) continue;
    // One word numbered like a label or version ("Game 7", "Windows 11", "Step 4"), or a model
    // code ("F-35", "MiG-29"): not an actor.
    const d = text.charCodeAt(m.end + 1);
    if (text.charCodeAt(m.end) === 32 && d >= 48 && d <= 57 && !m.text.includes(' ') && NUMBERED_LABEL.test(text.slice(m.end, m.end + 20)) && !/^\p{Lu}{2,}$/u.test(m.text)) continue;
    if (m.text.includes('-') && /^\p{L}+-\d+$/u.test(m.text)) continue;
    // A lone word the spotter only guessed at, numbered before a noun ("Euro 2020 qualifying",
    // "Fortune 500 company"): a tournament's, a list's or an index's label.
    if (text.charCodeAt(m.end) === 32 && d >= 48 && d <= 57 && m.confidence < MAYBE_BELOW && !m.text.includes(' ') && NUMBER_BEFORE_NOUN.test(text.slice(m.end, m.end + 24))) continue;
    // A name of several words numbered like versions ("Raspberry Pi 3 ... Raspberry Pi 2", "Galaxy
    // Note 7 is"): a product line, page-wide (see `numbered`).
    if (text.charCodeAt(m.end) === 32 && d >= 48 && d <= 57 && m.text.includes(' ')) noteNumbered(numbered, text, m);
    if (lines.isHeading(m.start) || lines.isShouted(text, m)) {
      for (const piece of confirmedPieces(text, m, bodyNames, lines)) {
        if (piece !== m && shoutedHeadingWord(text, piece)) continue;
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

  // "Amazon Echo Dot", "Sonos Move", "Wyze Sense": a name of two to four words that only the
  // default guess makes a person, whose first word the page names alone (a maker) and whose last
  // word it never does (no surname), is the maker's product or service.
  // A maker is named alone before its product; a first name alone after the full name is the person.
  const makers = new Map<string, number>();
  for (const m of candidates) if (m.type === 'organization' && !m.text.includes(' ') && !makers.has(m.text)) makers.set(m.text, m.start);
  const firstSeen = new Map<string, number>();
  for (const m of candidates) if (!firstSeen.has(m.text)) firstSeen.set(m.text, m.start);
  for (const m of candidates) {
    if (m.type !== 'person' || m.confidence > 0.6 || notActors.has(m.text)) continue;
    const sp = m.text.indexOf(' ');
    const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
    // "Oculus VR": an abbreviation closing the name makes it the firm itself.
    if (sp < 0 || FIRST_NAMES.has(m.text.slice(0, sp).toLowerCase()) || /^\p{Lu}{2,}$/u.test(last)) continue;
    const maker = makers.get(m.text.slice(0, sp));
    if (maker !== undefined && maker < firstSeen.get(m.text)! && !bodyNames.has(last)) notActors.add(m.text);
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
    if (fwd) {
      // "Novak Djokovic and Britain’s Andy Murray": a possessive is no list partner.
      const k = knownByEdge.get(at + fwd[0].length);
      return k && !isPossessiveAt(text, k.end) ? k : undefined;
    }
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
  const lists = listsOf(text, candidates);
  for (const list of lists) {
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

  // "the Lakers", "the Blue Jackets", "the Nittany Lions": a plural name after "the" is a team or a
  // firm, never one person, and so is every name it ends ("Los Angeles Lakers").
  const teamWords = new Set<string>();
  for (const m of candidates) if (!notActors.has(m.text) && pluralAfterThe(text, m)) teamWords.add(m.text.slice(m.text.lastIndexOf(' ') + 1));

  // "Marvel Entertainment, Lucasfilm and BamTech": a lone word with no cue of its own, listed with
  // an organisation sure of its type (its own words or the page's cues say so), is one too.
  const listedWithOrg = new Map<string, string>();
  for (const list of lists) {
    const sure = list.items.find((m) => !notActors.has(m.text) && ((m.type === 'organization' && m.confidence >= 0.7) || isSureOrg(bestVote(votes.get(m.text)))));
    if (!sure) continue;
    for (const m of list.items) if (m !== sure && m.confidence < MAYBE_BELOW && !votes.has(m.text) && !notActors.has(m.text)) listedWithOrg.set(m.text, sure.text);
  }

  const firstAt = new Map<string, number>();
  for (const m of candidates) if (!firstAt.has(m.text)) firstAt.set(m.text, m.start);
  // Coreference: a short form of a person's full name given on the page is that person.
  const fullNames = new Map<string, string>();
  // The full names the fact base knows, for their short forms to take the actor.
  const knownFullNames = new Map<string, ActorMention>();
  for (const m of [...known.filter((k) => k.type === 'person'), ...candidates]) {
    if (!m.text.includes(' ')) continue;
    const words = m.actorId !== null ? m.text.split(/\s+/u) : infoOf(m.text).words;
    if (words.length < 2 || words.length > 4) continue;
    if (notActors.has(m.text)) continue;
    const cue = bestVote(votes.get(m.text));
    const isPerson = m.actorId !== null ? m.type === 'person' : cue ? cue.type === 'person' : m.type === 'person' && m.confidence >= 0.6;
    if (!isPerson) continue;
    const full = m.canonical ?? m.text;
    if (m.actorId !== null && !knownFullNames.has(full)) knownFullNames.set(full, m);
    const surname = words[words.length - 1]!.replace(/['’]s$/u, '');
    if (teamWords.has(surname)) continue;
    if (!fullNames.has(surname)) fullNames.set(surname, full);
    // A first name alone stands for the person only after the full name ("Eloise Parry ... Eloise").
    const given = words[0]!;
    if (!fullNames.has(given) && m.start < (firstAt.get(given) ?? -1)) fullNames.set(given, full);
  }

  // "Porto" after "FC Porto", "McClatchy" after "McClatchy Co": an organisation's name without
  // its club or company label is that organisation.
  const orgShortForms = new Map<string, string>();
  for (const m of candidates) {
    if (m.type !== 'organization' || m.confidence < 0.8 || notActors.has(m.text)) continue;
    const x = ORG_LABEL.exec(m.text);
    const short = x ? x[1] ?? x[2] : undefined;
    if (short && !orgShortForms.has(short)) orgShortForms.set(short, m.text);
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
  // Words asked "is this an everyday word here?", answered once each.
  const everyday = new Map<string, boolean>();
  for (const [name, ms] of groups) {
    const full = name.includes(' ') ? particleShortForm(name, fullNames) : fullNames.get(name);
    if (full && full !== name) {
      decided.set(name, { type: 'person', confidence: 0.85, reason: `the short form of ${full}, named on this page`, refersTo: full });
      continue;
    }
    const org = orgShortForms.get(name);
    if (org) {
      decided.set(name, { type: 'organization', confidence: 0.8, reason: `the short form of ${org}, named on this page`, refersTo: org });
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
        } else if (mid === 1 && confidence < MAYBE_BELOW) {
          // Named again, once where no sentence start explains the capital ("Ford will ... while Ford is").
          confidence = MAYBE_BELOW;
          reason = `perhaps ${article(top.type)}: named ${ms.length} times, once mid-sentence`;
        }
      }
      // A name of words that this page also writes as everyday words ("Big Bang", "Basic
      // Activities", "Event Horizon"), with nothing but the default guess making it a person: a
      // phrase in capitals more often than a person, so only a maybe.
      if (top.type === 'person' && top.reason === undefined && confidence <= 0.6 && everydayWordIn(text, name, everyday)) {
        decided.set(name, { type: top.type, confidence: 0.3, reason: `perhaps a name: '${everydayWordIn(text, name, everyday)}' is an everyday word here` });
        continue;
      }
      const partner = confidence < MAYBE_BELOW ? listedWithOrg.get(name) : undefined;
      if (partner) decided.set(name, { type: 'organization', confidence: 0.6, reason: `probably an organisation: listed with ${partner}` });
      else decided.set(name, { type: top.type, confidence, reason });
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
    } else if (mid === 1 && ms.length >= 2 && confidence < MAYBE_BELOW) {
      confidence = MAYBE_BELOW;
      reason = `perhaps ${article(type)}: named ${ms.length} times, once mid-sentence`;
    }
    if (headingOnly.has(name)) decided.set(name, { type, confidence: Math.min(confidence, 0.3), reason: HEADING_ONLY });
    else decided.set(name, { type, confidence, reason });
  }
  if (teamWords.size > 0) {
    for (const [name, d] of decided) {
      if (d.type === 'place' || !teamWords.has(name.slice(name.lastIndexOf(' ') + 1))) continue;
      if (d.type === 'person' && d.confidence >= 0.85 && !d.refersTo) continue;
      decided.set(name, { type: 'organization', confidence: Math.max(d.type === 'organization' ? d.confidence : 0, 0.7), reason: "probably an organisation: 'the' before a plural name, as teams and firms are named" });
    }
  }
  // A name in capitals (a dateline, a label) is the actor its ordinary form on the page names.
  for (const [capitals, form] of capitalsForms(decided.keys())) {
    const d = decided.get(form)!;
    const own = decided.get(capitals)!;
    decided.set(capitals, { type: d.type, confidence: Math.max(d.confidence, own.confidence), reason: `${form}, written in capitals`, refersTo: d.refersTo ?? form });
  }
  // "SpaceX's Starship", "Tequila Works' Gylt": a name only guessed at, right after the possessive
  // of a name decided an organisation, is what the organisation makes or runs; it goes page-wide
  // (a person there has a given name or a title: "NASA's Steve Clarke").
  const orgEnds = new Map<number, boolean>();
  for (const k of known) if (k.type === 'organization') orgEnds.set(k.end, true);
  for (const m of candidates) if (decided.get(m.text)?.type === 'organization' && decided.get(m.text)!.confidence >= MAYBE_BELOW) orgEnds.set(m.end, true);
  for (const m of candidates) {
    const d = decided.get(m.text);
    if (!d || d.confidence >= 0.7 || d.refersTo || !orgEnds.has(possessiveOwnerEnd(text, m.start))) continue;
    if (d.type === 'person' && FIRST_NAMES.has(m.text.slice(0, m.text.indexOf(' ') >>> 0).toLowerCase())) continue;
    decided.delete(m.text);
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
    if (d.refersTo) {
      m.refersTo = d.refersTo;
      linkToKnownFullName(m, knownFullNames);
    }
    (m.confidence < MAYBE_BELOW ? maybe : actors).push(m);
  }
  return { actors, maybe };
}
