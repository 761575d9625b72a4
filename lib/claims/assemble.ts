/**
 * Claim assembly: each figure becomes a claim with its predicate, subject (whose figure it is),
 * place, as-of date, claimant ("..., the KNB said") and claim key. Pure; works on any text.
 */
import { findClaimant, resolveClaimant } from './claimant';
import { COUNTRIES, type DemonymHit, actorsIn, demonymIn, dominantNationality, findDemonyms, localSubject, originPlace } from './nationality';
import { findDates, type DateMention } from '../extract/dates';
import { aliasKey } from '../extract/normalize';
import { isLetterBefore } from '../extract/ru/chars';
import { transliterate } from '../extract/ru/names-ru';
import type { ActorMention, FigureMention, Span } from '../extract/types';
import { claimKey, predicateClass } from './claim-key';
import { DEMONYMS } from './countries';
import { datelineEnd, eventDateFor, eventDates, findLeadDate, findLeadPlace, isCumulative, isReferencePlace, type LeadInput } from './event-context';
import { isEventMeasure } from './incident-link';
import { linkParts, markStatedChanges } from './relations';
import { roleOf } from './roles';
import { addSums, markBreakdowns } from './sums';
import { capitalMentions } from './capitals';
import type { PageClaim } from './types';

/** What claim assembly knows about the page and the fact base. */
export interface AssembleContext {
  sourceId: string;
  title: string | null;
  publishedAt: string | null;
  /** Resolves a place or country name to a fact-base actor id, or null. */
  actorIdForName: (name: string) => string | null;
}

// Whose figure: for these predicates the subject is a nationality or a country.
const NATIONAL_CLASSES = new Set(['fighters-abroad', 'returned', 'spending', 'blocked-materials']);


// A sentence that gives a toll as a revision: "according to a new toll", "revised downwards".
const NEW_TOLL = /\b(?:new|revised|updated|latest|final|provisional)\s+(?:(?:official|death)\s+){0,2}(?:toll|figure|count|tally|balance)\b|\brevised\s+(?:up|down)(?:wards?)?\b|\b(?:revised|raised|updated|lowered)\s+(?:the\s+)?(?:official\s+)?(?:death\s+)?toll\b|\b(?:than|from)\s+(?:previously|earlier|initially|first)\s+(?:announced|reported|thought|stated|said|believed|given)\b/i;
// A part of a whole named by its noun: "24 of the victims", "14 of them", "the other two dead".
const SUBSET_OF = /\sof\s+(?:them|those|these|whom|the\s+(?:dead|victims|injured|wounded|deceased|people|passengers|hostages|detainees|casualties|bodies))\b/i;
const SUBSET_OF_AFTER = new RegExp(`^${SUBSET_OF.source}`, 'i');
const SUBSET_BEFORE = /\b(?:(?:the\s+)?(?:other|remaining|rest of the)|of (?:which|whom)|among (?:them|whom))\s+$/i;

// Those still in hospital are some of the wounded, not another count of them.
const STILL_IN_HOSPITAL = /\b(?:still|remain(?:ed|s|ing)?|were kept)\s+(?:in\s+)?(?:hospitali[sz]ed|in (?:a )?hospital|in intensive care|in (?:a )?critical condition)\b/i;
// A figure chained to the one before it ("14 of them at the airport and 10 at the metro").
const CHAINED = /^[^.;]{0,40}\b(?:and|while|with)\s*$|^\s*,\s*$/i;

// People added to others the sentence names: "four suspects ... along with several accomplices".
const ADDED_TO_BEFORE = /\b(?:along with|together with|as well as|in addition to|besides|plus)\s+$/i;
// A definite figure refers back to people already counted ("the families of the four victims",
// "identify the last three victims"): with no verb of its own, it is no toll.
const DEFINITE_BEFORE = /\b(?:the|these|those|their|its)\s+(?:(?:last|first|other|remaining|same)\s+)?$/i;
const OWN_VERB_AFTER = /^[^.;:]*?\b(?:were|was|are|is|have|has|had|died|die|perished)\b/i;
// What an English test under the `i` flag needs to match anything (the `iu` flags also fold ſ and
// the Kelvin sign into s and k).
const LATIN = /[a-z\u017f\u212a]/i;

/** The index of the sentence holding `pos` (the last starting at or before it; 0 before the first). */
function sentenceOf(sentences: readonly Span[], pos: number): number {
  // firstIndex's binary search, without a closure made per figure.
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start > pos) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, lo - 1);
}

/** Whether a figure counts a part of a whole the sentence names elsewhere (not a toll of its own). */
function isSubset(text: string, fig: FigureMention, stillInHospital: (s: Span) => boolean): boolean {
  const before = text.slice(Math.max(fig.sentence.start, fig.start - 25), fig.start);
  // The three tests of the words before are English and anchored at the figure (each is tried
  // from every position of `before`): one test for a Latin letter stands for them in Russian text.
  const latinBefore = LATIN.test(before);
  return (
    SUBSET_OF.test(fig.text) ||
    // "were injured, one of them with a stab wound": the "of" phrase after a bare figure.
    SUBSET_OF_AFTER.test(text.slice(fig.end, fig.end + 40)) ||
    (latinBefore && SUBSET_BEFORE.test(before)) ||
    (latinBefore && ADDED_TO_BEFORE.test(before)) ||
    (latinBefore && DEFINITE_BEFORE.test(before) && !OWN_VERB_AFTER.test(text.slice(fig.end, fig.sentence.end))) ||
    stillInHospital(fig.sentence)
  );
}

/**
 * The counted noun that says whom a figure counts: its own, or, for "18 more" and "9 others",
 * the one of the figure before it in the sentence ("9 terrorists were detained and 18 more were
 * liquidated": 18 terrorists).
 */
function countedOf(text: string, figures: readonly FigureMention[], index: number): string | null {
  const fig = figures[index]!;
  const own = fig.counted;
  // "Three more officers and three more civilians": the noun after "more" is the figure's own.
  const named = own ? null : MORE_NOUN.exec(text.slice(fig.end, fig.end + 40));
  if (named) return named[1]!;
  const prev = figures[index - 1];
  const more =
    /^(?:more|others?|other)$/i.test(own ?? '') ||
    (!own && (/^\s+(?:more|others?)\b/i.test(text.slice(fig.end, fig.end + 10)) || /\b(?:a further|another|an additional)\s+$/i.test(text.slice(Math.max(fig.sentence.start, fig.start - 16), fig.start))));
  if (!more || !prev || prev.sentence.start !== fig.sentence.start || !prev.counted) return own;
  // After a breakdown ("three officers and two civilians were killed, and eight others wounded")
  // the others are other people, not more of its last part.
  const before = figures[index - 2];
  if (before && before.sentence.start === fig.sentence.start && /^\s*,?\s*(?:and\s+)?$/i.test(text.slice(before.end, prev.start))) return own;
  return prev.counted;
}

const MORE_NOUN = /^\s+(?:more|other)\s+(?!(?:of|than|were|was|have|had|and|or|to|in|at|on|people)\b)([\p{Ll}-]*\p{Ll})\b/u;

const BUSINESS_AFTER = /^\s+(?:[a-z]+\s+)?(?:shop|store|company|firm|hotel|restaurant|cafe|café|bank|factory|plant|mall|supermarket|club|agency)\b/;
const CASUALTIES = new Set(['killed', 'wounded', 'casualties']);
const FOREIGNERS = /\b(?:foreigners|foreign (?:nationals|citizens|tourists|visitors)|nationals|citizens|expatriates)$/i;

/** Whether a counted noun names people by nationality ("Belgians", "foreign nationals", "Turkish citizens"). */
function isNationalityNoun(counted: string | null): boolean {
  if (!counted) return false;
  if (FOREIGNERS.test(counted)) return true;
  const word = lastWord(counted);
  if (!/^\p{Lu}/u.test(word)) return false;
  const head = word.toLowerCase();
  return DEMONYMS.has(head) || (head.endsWith('s') && DEMONYMS.has(head.slice(0, -1)));
}

/**
 * The run of letters and hyphens that ends `s` (what `/[\p{L}-]+$/u` matches), found from the end:
 * that expression is tried from every position of the string.
 */
function lastWord(s: string): string {
  let i = s.length;
  while (i > 0) {
    const c = s.charCodeAt(i - 1);
    if (c === 0x2d) i--;
    else if (isLetterBefore(s, i)) i -= c >= 0xdc00 && c <= 0xdfff ? 2 : 1;
    else break;
  }
  return s.slice(i);
}

/** What a figure's sentence says, read once for all the figures in it. */
interface SentenceFacts {
  /** The sentence, then up to two before it in its paragraph. */
  window: Span[];
  /** The actors in each sentence of the window (business names' places left out). */
  windowActors: ActorMention[][];
  /** The same without places that are not where an event happened (origins, reference points, the dateline). */
  eventActors?: ActorMention[][];
  cumulative?: boolean;
  newToll?: boolean;
  /** The speaker the sentence names, before short references are resolved. */
  claimant?: string | null;
  /** The country the window names people as coming from ("from Russia"). */
  origin?: string | null;
  /** The sentence's text. */
  quote?: string;
}

/** Builds one claim per figure, plus one per sum of figures ("four civilians and three guardsmen"). */
export function assembleClaims(
  text: string,
  sentences: readonly Span[],
  pageActors: readonly ActorMention[],
  figures: readonly FigureMention[],
  ctx: AssembleContext,
): PageClaim[] {
  const claims: PageClaim[] = [];
  // "the Kyrgyz capital" names a city as surely as "Bishkek" does, for where an event happened.
  const described = capitalMentions(text, ctx.actorIdForName);
  const actors: readonly ActorMention[] = described.length === 0 ? pageActors : [...pageActors, ...described].sort((a, b) => a.start - b.start);
  // The page's own nationality, worked out once and only when a figure needs it.
  let dominant: string | null | undefined;
  const pageNationality = (): string | null => {
    if (dominant === undefined) dominant = dominantNationality(text, demonymsOf(), actors, ctx);
    return dominant;
  };
  // Nationality words are found once for the whole text; each figure looks them up by position.
  // Found only when a figure of nationals needs them (fighters abroad, returnees, spending).
  let demonyms: DemonymHit[] | undefined;
  const demonymsOf = (): DemonymHit[] => (demonyms ??= findDemonyms(text));
  let titleDemonym: DemonymHit | null | undefined;
  // A nationality word's country as an id, kept per country: a page names the same few.
  const countryIds = new Map<string, string>();
  const countryId = (country: string): string => {
    let id = countryIds.get(country);
    if (id === undefined) countryIds.set(country, (id = ctx.actorIdForName(country) ?? `name:${aliasKey(country)}`));
    return id;
  };
  const datesBySentence = new Map<number, ReturnType<typeof findDates>>();
  const datesOf = (s: Span): ReturnType<typeof findDates> => {
    let dates = datesBySentence.get(s.start);
    if (!dates) {
      dates = findDates(text.slice(s.start, s.end), ctx.publishedAt);
      datesBySentence.set(s.start, dates);
    }
    return dates;
  };
  // The dates that can be an event's, per sentence, for every event figure that looks there.
  const eventDatesBySentence = new Map<number, DateMention[]>();
  const eventDatesOf = (s: Span): DateMention[] => {
    let dates = eventDatesBySentence.get(s.start);
    if (!dates) eventDatesBySentence.set(s.start, (dates = eventDates(text, s, datesOf(s), ctx.publishedAt)));
    return dates;
  };
  // A place the fact base does not know is keyed by its name in Latin letters, so "Актобе" in a
  // Russian report and "Aktobe" in an English one meet.
  // Kept per name: a page's figures name the same few places again and again.
  const placeIds = new Map<string, string>();
  const placeId = (name: string, mention?: ActorMention): string => {
    if (mention?.actorId) return mention.actorId;
    let id = placeIds.get(name);
    if (id === undefined) placeIds.set(name, (id = ctx.actorIdForName(name) ?? `name:${aliasKey(transliterate(name))}`));
    return id;
  };
  const countryNames = new Map<string, boolean>();
  const isCountryName = (name: string): boolean => {
    let v = countryNames.get(name);
    if (v === undefined) countryNames.set(name, (v = COUNTRIES.has(aliasKey(name))));
    return v;
  };
  const isCountry = (id: string, name: string): boolean => isCountryName(name) || COUNTRIES.has(id.startsWith('name:') ? id.slice(5) : id);
  // The article's lead (dateline, first place and date), worked out once and only when needed.
  // Its place and its date are found apart: the date search reads dates of every event sentence
  // until one gives a date, and only figures with no date of their own need it.
  let leadPlace: string | null | undefined;
  let leadDate: string | null | undefined;
  const leadInput = (): LeadInput => ({ text, actors, datesOf, sentences, placeId, isCountry, publishedAt: ctx.publishedAt });
  const filedFrom = datelineEnd(text);
  const leadPlaceOf = (): string | null => (leadPlace === undefined ? (leadPlace = findLeadPlace(leadInput())) : leadPlace);
  const leadDateOf = (): string | null => (leadDate === undefined ? (leadDate = findLeadDate(leadInput())) : leadDate);
  // Claimants named so far, for "the ministry said" after "the Interior Ministry said".
  const named: string[] = [];
  // Whom each figure counts, as read for its role (also what a sum's parts are told apart by).
  const countedNouns: (string | null)[] = [];
  // What a sentence says is the same for each of its figures (a sentence often holds several):
  // its context window, the actors in it, its claimant and whether it gives a running total are
  // read once per sentence.
  const bySentence: (SentenceFacts | undefined)[] = [];
  // A sentence's actors (business names' places left out), read once: each sentence is in the
  // window of up to three.
  const actorsBySentence: (ActorMention[] | undefined)[] = [];
  const sentenceActors = (k: number, s: Span): ActorMention[] =>
    (actorsBySentence[k] ??= actorsIn(actors, s).filter((a) => a.type !== 'place' || a.actorId || !BUSINESS_AFTER.test(text.slice(a.end, a.end + 30))));
  const factsOf = (si: number, sentence: Span): SentenceFacts => {
    let facts = bySentence[si];
    if (facts) return facts;
    // Context: this sentence, then up to two before it within the same paragraph.
    const window: Span[] = [sentence];
    // A name before a business noun ("the Pallada gun shop") names the business, not a town.
    const windowActors = [sentenceActors(si, sentence)];
    for (let k = si - 1; k >= 0 && k >= si - 2; k--) {
      const prev = sentences[k]!;
      if (text.slice(prev.end, window[window.length - 1]!.start).includes('\n\n')) break;
      window.push(prev);
      windowActors.push(sentenceActors(k, prev));
    }
    facts = { window, windowActors };
    bySentence[si] = facts;
    return facts;
  };
  const stillInHospital = new Map<number, boolean>();
  const isStillInHospital = (s: Span): boolean => {
    let v = stillInHospital.get(s.start);
    if (v === undefined) stillInHospital.set(s.start, (v = STILL_IN_HOSPITAL.test(text.slice(s.start, s.end))));
    return v;
  };
  const firstDateOf = (s: Span, measured: boolean): string | null => (measured ? (datesOf(s)[0]?.date ?? null) : null);
  // The person "he said" refers to, before the sentence whose claimant is sought: looked for only
  // when a sentence says so. One function for the page (under tsx a closure made per figure is
  // also named, at a cost).
  let claimantSentence = 0;
  const lastPerson = (): ActorMention | null => {
    const si = claimantSentence;
    for (let k = si - 1; k >= 0 && k >= si - 6; k--) {
      const before = actorsIn(actors, sentences[k]!).filter((a) => a.type === 'person');
      if (before.length > 0) return before[before.length - 1]!;
    }
    return null;
  };
  figures.forEach((fig, index) => {
    const si = sentenceOf(sentences, fig.start);
    const sentence = sentences[si] ?? { start: 0, end: text.length };
    const predicate = fig.predicate ?? 'other';
    const cls = predicateClass(predicate);
    const facts = factsOf(si, sentence);
    const { window, windowActors } = facts;
    // Where the people came from ("tourists from the Netherlands") and a point distances are given
    // from ("90 km southeast of the capital, Dushanbe") are not where an event happened.
    // Nor is the dateline's place, where the reporter files from: the lead decides for it.
    const eventActors = isEventMeasure(predicate)
      ? (facts.eventActors ??= windowActors.map((list) => list.filter((a) => a.type !== 'place' || (a.start >= filedFrom && !isReferencePlace(text, a)))))
      : windowActors;
    // The place nearest the figure in its sentence (the first of equally near ones), else the
    // first in the sentences before it.
    let placeMention: ActorMention | null = null;
    let nearestBy = Infinity;
    for (const a of eventActors[0]!) {
      if (a.type !== 'place') continue;
      const d = Math.abs(a.start - fig.start);
      if (d < nearestBy) {
        placeMention = a;
        nearestBy = d;
      }
    }
    for (let k = 1; placeMention === null && k < eventActors.length; k++) placeMention = eventActors[k]!.find((a) => a.type === 'place') ?? null;
    let place = placeMention ? placeId(placeMention.text, placeMention) : null;
    const event = isEventMeasure(predicate);
    // An event figure with no place, or only a country's, happened where the article's lead says.
    const inCountry = place !== null && isCountry(place, placeMention?.canonical ?? placeMention?.text ?? '');
    const lp = event && (!place || inCountry) ? leadPlaceOf() : null;
    const fromLead = lp && (!place || !isCountry(lp, '')) ? lp : null;
    if (fromLead) place = fromLead;
    const quote = (facts.quote ??= text.slice(sentence.start, sentence.end));

    // A toll is as of the day it was reported; a stock as of the date its sentence gives.
    // A figure that measures nothing we compare ("two days", "three restive republics") needs
    // no role or running-total reading: those are for comparison.
    const measured = predicate !== 'other';
    const cumulative = measured && (facts.cumulative ??= isCumulative(quote));
    // A running total ("since 2013") is as of the day it was reported, like a toll.
    // Dates (chrono, the costliest step) are read only for figures that are compared, and only
    // when the as-of date needs them.
    const asOf = fig.isPreviousValue ? null : event || cumulative ? (ctx.publishedAt ?? firstDateOf(sentence, measured)) : (firstDateOf(sentence, measured) ?? ctx.publishedAt);
    const atLead = fromLead !== null || place === leadPlaceOf();
    const when = event
      ? eventDateFor(fig, window, text, eventDatesOf, leadDateOf, atLead, ctx.publishedAt, sentences)
      : { date: asOf, basis: 'text' as const };
    // An undated event away from the article's own place is one recalled in passing.
    const recalled = event && when.basis === 'publication' && place !== null && !atLead && leadPlaceOf() !== null && !isCountry(place, placeMention?.canonical ?? placeMention?.text ?? '');

    let subject: string | null = null;
    if (NATIONAL_CLASSES.has(cls)) {
      // Whose nationals: a nationality word in the figure, its sentence, the sentences before it,
      // or the title.
      let hit = demonymIn(demonymsOf(), fig);
      for (let k = 0; hit === null && k < window.length; k++) hit = demonymIn(demonymsOf(), window[k]!);
      hit ??= titleDemonym ??= findDemonyms(ctx.title ?? '')[0] ?? null;
      const national = hit ? countryId(hit.country) : null;
      subject = localSubject(fig, actors) ?? national ?? (facts.origin === undefined ? (facts.origin = originPlace(text, windowActors.flat())) : facts.origin) ?? pageNationality();
    }

    if (facts.claimant === undefined) {
      claimantSentence = si;
      facts.claimant = findClaimant(text, sentence, windowActors[0]!, lastPerson);
    }
    const claimant = resolveClaimant(facts.claimant, named, actors, fig.start);
    if (claimant && !/^the\s/i.test(claimant)) named.push(claimant);

    const changedFrom = fig.changedFromIndex !== undefined ? (figures[fig.changedFromIndex]?.value ?? null) : null;
    const base = { predicate, unit: fig.unit, subject, incidentId: null, place, asOf };
    const claim: PageClaim = {
      id: `${ctx.sourceId}#${index}`,
      figure: index,
      predicate,
      subject,
      claimant,
      asOf,
      quote,
      key: claimKey(base),
      counted: fig.counted,
      place,
      incident: null,
      incidentId: null,
      role: measured ? roleOf({ predicate, counted: (countedNouns[index] = countedOf(text, figures, index)), figureText: fig.text, sentence: quote, before: text.slice(sentence.start, fig.start), after: text.slice(fig.end, Math.min(sentence.end, fig.end + 60)) }) : 'people',
      eventDate: when.date,
      dateBasis: when.basis,
      value: fig.value,
      low: fig.low,
      high: fig.high,
      qualifier: fig.qualifier,
      unit: fig.unit,
      figureText: fig.text,
      changedFrom,
      statedChange: fig.isNewValue === true || (event && (facts.newToll ??= NEW_TOLL.test(quote))),
      subset: isSubset(text, fig, isStillInHospital) || (index > 0 && claims[index - 1]?.subset === true && CHAINED.test(text.slice(figures[index - 1]!.end, fig.start))),
      previous: fig.isPreviousValue === true,
      cumulative,
    };
    // Set after the literal, not spread into it: a spread builds the object the slow way.
    if (recalled) claim.recalled = true;
    claims.push(claim);
  });
  linkParts(text, figures, claims);
  markStatedChanges(text, figures, claims);
  markBreakdowns(text, figures, claims);
  const all = addSums(text, figures, claims, (i) => countedNouns[i] ?? figures[i]?.counted ?? null);
  // The dead or wounded counted by nationality ("at least 13 foreign nationals", "13 Belgians"),
  // outside a breakdown that sums them, are some of the toll, not a toll of their own.
  for (const c of all) if (!c.parts && !c.partOf && CASUALTIES.has(predicateClass(c.predicate)) && isNationalityNoun(countedNouns[c.figure] ?? c.counted)) c.subset = true;
  return all;
}
