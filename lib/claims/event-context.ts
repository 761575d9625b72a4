/**
 * When and where a figure's event happened, as a reader works it out: a date or place in the
 * figure's sentence, else in the sentences just before it in its paragraph, else the article's
 * lead (its dateline — "AKTOBE, Kazakhstan —" — and the first place and date of its opening
 * paragraphs), else the publication date standing in for "recently". Dates a statement was made
 * ("the ministry said on Thursday") are not event dates.
 */
import type { DateMention } from '../extract/dates';
import type { ActorMention, Span } from '../extract/types';
import type { DateBasis } from './types';

// A date named by reference to one given before.
const THAT_DAY = /\b(?:on )?(?:that|the same) (?:day|night|morning|afternoon|evening|date)\b/i;

/** The article's lead: where and when its main event happened, as its opening says. */
export interface Lead {
  /** Place id (fact-base id or `name:<folded name>`), or null. */
  place: string | null;
  date: string | null;
}

// A dateline: capitals at the start of the text or of a paragraph, an optional country or agency,
// then a dash or colon ("AKTOBE, Kazakhstan -", "ALMATY (Reuters) —", "NUR-SULTAN:"); or a
// name in title case with a numeric date ("Dushanbe, 30.08.2016.", an agency's dateline).
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z'’.]+(?:[ -][A-Z][A-Z'’.]+){0,2}|\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)?(?=,\s*\d{1,2}[./]\d{1,2}[./]\d{2,4}))(?:\s*,\s*(?:[A-Z][\p{L}'’. ]{1,30}|\d{1,2}[./]\d{1,2}[./]\d{2,4}))?(?:\s*\([^)\n]{1,40}\))?\s*(?:[-–—:]\s|\.\s(?=\p{Lu}))/u;
// Words for the kind of event whose date a page's claims are about: a date in a sentence with one
// of them ("the attacks of June 5", "Sunday's assault") dates the page's main event.
const EVENT_NOUN = /\b(?:attacks?|attacked|terrorist acts?|terror(?:ist)? attacks?|explosions?|exploded|blasts?|bombings?|shootings?|shoot-?outs?|assaults?|massacres?|ambush(?:es)?|hostage-taking|riots?|unrest|clashes|protests|uprising|raids?|shelling|strikes?|stormed|opened fire|blew (?:himself|herself|themselves) up|killed|died|were killed|was killed)\b/i;

const TODAY = /^(?:today|tonight|this (?:morning|afternoon|evening))$/i;
// Words that say when something was said, not when it happened.
const SPEECH_BEFORE_DATE = /\b(?:(?:signed|issued|declared|declaring|ordered|ordering|decreed|decreeing|published|proclaiming|proclaimed)\b[^.;]{0,30}?|said|says|told(?: [\p{L}]+){0,3}|announced|reported|stated|added|confirmed|wrote|declared|published|updated|posted|rose|risen|rises|climbed|increased|reached|jumped|grew|stood|stands|revised|raised|lowered|put the (?:toll|number|figure)(?: at \d+)?)\s+(?:on\s+|late\s+on\s+|early\s+on\s+|by\s+|as of\s+)?$/iu;
// Running totals: "since 2013", "so far", "to date", "over the past five years".
const CUMULATIVE = /\b(?:since (?:(?:19|20)\d\d|the (?:start|beginning|outbreak)|then)|so far|to date|thus far|altogether|in all\b|a total of|in total|all told|over the (?:past|last) (?:\w+ )?(?:years|decade)|in (?:the )?(?:past|last|recent) (?:\w+ )?years|cumulative(?:ly)?)\b/i;

const ORIGIN_BEFORE = /\bfrom\s+(?:(?:the|and|[\p{Lu}][\p{L}'’-]*),?\s+)*$/u;
const DISTANCE_BEFORE = /\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:[a-z-]+\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:capital|city|town|village)\s*,?\s+)?$/iu;

/** Where the page's dateline ("MOSCOW (AP) —", "Dushanbe, 30.08.2016.") ends: 0 when it has none. */
export function datelineEnd(text: string): number {
  const dl = DATELINE.exec(text.slice(0, LEAD_CHARS));
  return dl ? dl.index + dl[0].length : 0;
}

/** Whether a place is named as where people came from, or as a point a distance is given from. */
export function isReferencePlace(text: string, a: Span): boolean {
  const before = text.slice(Math.max(0, a.start - 60), a.start);
  // Each expression is tried only where the word it ends in can be: both are anchored at the end,
  // so each is tried from every position of the 60 characters.
  return (before.includes('from') && ORIGIN_BEFORE.test(before)) || ((before.includes('m') || before.includes('M')) && DISTANCE_BEFORE.test(before));
}

/** Title case of a dateline word ("NUR-SULTAN" → "Nur-Sultan"). */
function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}

/** Whether a date lies after the publication date: an event reported has happened, so such a date is a plan or a deadline. */
export function isAfter(date: string, publishedAt: string | null): boolean {
  return publishedAt !== null && date.slice(0, publishedAt.length) > publishedAt.slice(0, date.length);
}

/** Whether a date at `start` of `sentence` states when something was said rather than when it happened. */
export function isReportingDate(sentence: string, start: number): boolean {
  return SPEECH_BEFORE_DATE.test(sentence.slice(Math.max(0, start - 40), start));
}

/** Whether the figure's sentence makes it a running total. */
export function isCumulative(sentence: string): boolean {
  return CUMULATIVE.test(sentence);
}

/** What the lead needs from the page. */
export interface LeadInput {
  text: string;
  actors: readonly ActorMention[];
  /** Dates of a sentence (offsets relative to the sentence), found once per sentence. */
  datesOf: (sentence: Span) => readonly DateMention[];
  sentences: readonly Span[];
  placeId: (name: string, mention?: ActorMention) => string;
  isCountry: (placeId: string, name: string) => boolean;
  publishedAt: string | null;
}

// The lead is the opening of the article: its first paragraphs, within this many characters.
const LEAD_CHARS = 700;

/**
 * Works out the article's lead place and date. The place: the first sentence's own place (a city
 * before a country), else the dateline's, else the first place of the opening paragraphs. A
 * dateline names where the reporter files from ("MOSCOW (AP) — An official in Kazakhstan said"),
 * so the first sentence's place wins over it.
 */
export function findLead(input: LeadInput): Lead {
  return { place: findLeadPlace(input), date: findLeadDate(input) };
}

/** The article's lead place (see `findLead`). */
export function findLeadPlace(input: LeadInput): string | null {
  const { text } = input;
  const head = text.slice(0, LEAD_CHARS);
  let place: string | null = null;
  let firstCountry: string | null = null;
  const dl = DATELINE.exec(head);
  // The dateline's own words are not the first sentence's places ("ASTANA." may even be a sentence of its own).
  const datelineEnd = dl ? dl.index + dl[0].length : 0;
  const first = input.sentences.find((s) => s.end > datelineEnd + 1);
  // The first place that is not a country starting before `limit` (and after the dateline), else
  // the first country there.
  const scan = (limit: number): void => {
    for (const a of input.actors) {
      if (a.start >= limit) break;
      if (a.type !== 'place' || a.start < datelineEnd || isReferencePlace(text, a)) continue;
      const id = input.placeId(a.canonical ?? a.text, a);
      if (!input.isCountry(id, a.canonical ?? a.text)) {
        place = id;
        break;
      }
      firstCountry ??= id;
    }
  };
  scan(first ? first.end : 0);
  // The opening paragraphs' first place comes before the dateline's: an agency files from its own
  // city ("Dushanbe, 30.08.2016. ... in the Kyrgyz capital"), which is seldom the event's.
  if (!place && !firstCountry) scan(LEAD_CHARS);
  if (!place && !firstCountry && dl) place = input.placeId(titleCase(dl[1]!.trim()));
  place ??= firstCountry;
  return place;
}

/** The article's lead date (see `findLead`): a page's figures often never need it. */
export function findLeadDate(input: LeadInput): string | null {
  const { text } = input;
  // The main event's date: the first date the text ties to an event noun, anywhere on the page
  // ("the attacks of June 5" in the second paragraph of a report on the operation that followed).
  let date: string | null = null;
  for (const s of input.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!EVENT_NOUN.test(sentence)) continue;
    // In the sentence of an event word, the first date that is no statement's date.
    // "today" is the day of writing, which the publication date already says: it dates the
    // mourning or the statement, seldom the event the page is about.
    const d = input.datesOf(s).find((x) => !isReportingDate(sentence, x.start) && !isAfter(x.date, input.publishedAt) && !TODAY.test(sentence.slice(x.start, x.end)));
    if (d) {
      date = d.date;
      break;
    }
  }
  return date;
}

/**
 * The dates of a sentence that can be an event's: not the date a statement was made ("said on
 * Thursday"), and not after the publication date (a plan or a deadline).
 */
export function eventDates(text: string, s: Span, dates: readonly DateMention[], publishedAt: string | null): DateMention[] {
  const str = text.slice(s.start, s.end);
  return dates.filter((d) => !isReportingDate(str, d.start) && !isAfter(d.date, publishedAt));
}

/**
 * The event date of a figure: from its sentence, the sentences before it, the lead, or the
 * publication date. `window` is the figure's sentence, then the sentences before it in its
 * paragraph; the lead's date is asked for only when no sentence there gives one.
 */
export function eventDateFor(
  fig: Span,
  window: readonly Span[],
  text: string,
  eventDatesOf: (s: Span) => readonly DateMention[],
  leadDate: () => string | null,
  useLead: boolean,
  publishedAt: string | null,
  allSentences: readonly Span[] = [],
): { date: string | null; basis: DateBasis } {
  const sentence = window[0]!;
  for (const s of window) {
    const dates = eventDatesOf(s);
    if (dates.length === 0) continue;
    // The date nearest the figure in its sentence (the first of equally near ones); in an earlier
    // sentence, its last date.
    const pos = s === sentence ? fig.start - s.start : s.end - s.start;
    let best = dates[0]!;
    for (const d of dates) if (Math.abs(d.start - pos) < Math.abs(best.start - pos)) best = d;
    return { date: best.date, basis: 'text' };
  }
  // "On that day, gunmen attacked ...": the day last named before the figure, wherever it was.
  if (THAT_DAY.test(text.slice(sentence.start, sentence.end))) {
    for (const s of [...allSentences].reverse()) {
      if (s.start >= sentence.start) continue;
      if (sentence.start - s.end > 3000) break;
      const dates = eventDatesOf(s);
      if (dates.length > 0) return { date: dates[dates.length - 1]!.date, basis: 'text' };
    }
  }
  const date = useLead ? leadDate() : null;
  if (date) return { date, basis: 'text' };
  return { date: publishedAt && publishedAt.length === 10 ? publishedAt : publishedAt, basis: 'publication' };
}
