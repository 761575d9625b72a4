/**
 * Dates mentioned in a sentence, at the precision written ("June 5" → 2016-06-05 with the article's
 * date as reference; "in July" → 2016-07; "in 2012" → 2012). chrono-node parses; bare years, which
 * its strict mode leaves out, get one extra rule.
 */
import * as chrono from 'chrono-node';
import { englishDates, russianDates } from './date-parser';
import type { Span } from './types';

/** A date found in the text. */
export interface DateMention extends Span {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
}

const BARE_YEAR = /\b(?:in|since|by|of|from|until|during|early|late|mid-?)\s+((?:19|20)\d{2})\b/gi;

/** A reference Date for a partial date (the middle of its month or year), or undefined. */
export function referenceDate(partial: string | null): Date | undefined {
  if (!partial) return undefined;
  // Asked at every sentence with a date cue, nearly always with the article's one date.
  if (partial !== lastPartial) {
    const [y, m, d] = partial.split('-').map(Number);
    lastTime = y ? Date.UTC(y, (m ?? 7) - 1, d ?? 15, 12) : null;
    lastPartial = partial;
  }
  return lastTime === null ? undefined : new Date(lastTime);
}
let lastPartial: string | null = null;
let lastTime: number | null = null;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const BARE_MONTH = new RegExp(
  `\\b(?:in|since|by|during|early|late|mid-?|last|this|until)\\s+(${MONTHS.join('|')})\\b(?![\\s,]+\\d)`,
  'gi',
);

const DOTTED_DATE = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\b/g;

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join('|')})\\s+((?:19|20)\\d{2})\\b`, 'gi');

const pad = (n: number): string => String(n).padStart(2, '0');

// chrono is thorough but slow (~20 µs a sentence): ask it only when a sentence could hold a date.
// Month names are matched capitalised, as news writes them, so "market", "may" and "decided"
// do not send a sentence to chrono.
const MAYBE_DATE_ALL = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b|\b(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day\b|\b(?:yesterday|today|tonight|tomorrow|ago|Yesterday|Today|Tonight|Tomorrow)\b|\d{1,4}[/.-]\d{1,2}/g;


// Russian month names in any case, and the Russian "yesterday/today/ago" words.
// The letter before such a word is tested once the word is found: a look-behind is tried at every
// position of the text, and costs more than the search itself.
const MAYBE_DATE_RU_WORD = /(?:январ|феврал|март|апрел|ма[йяе](?!\p{L})|июн|июл|август|сентябр|октябр|ноябр|декабр|вчера(?!\p{L})|сегодня(?!\p{L})|назад(?!\p{L}))/giu;
// The same words without the look-aheads, for the one test of a sentence below.
const RU_DATE_WORDS = MAYBE_DATE_RU_WORD.source.replace(/\(\?!\\p\{L\}\)/g, '');
const LETTER_LAST = /\p{L}$/u;

/** The next Russian date-like word at a word start, searching from `from`. */
function nextRussianDateWord(text: string, from: number): RegExpExecArray | null {
  MAYBE_DATE_RU_WORD.lastIndex = from;
  for (let m = MAYBE_DATE_RU_WORD.exec(text); m !== null; m = MAYBE_DATE_RU_WORD.exec(text)) {
    if (!LETTER_LAST.test(text.slice(Math.max(0, m.index - 2), m.index))) return m;
    MAYBE_DATE_RU_WORD.lastIndex = m.index + 1;
  }
  return null;
}


/** Russian dates in `text` as chrono's Russian strict parser reads them (see date-parser.ts). */
export function parseRussianDates(text: string, ref: Date | undefined): chrono.ParsedResult[] {
  return russianDates.parse(text, ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false });
}

const BARE_YEAR_RU = /(?<![\p{L}\d])(?:в|с|до|к|по|of)\s+((?:19|20)\d{2})\s*(?:год|г\.)/giu;

// What every date this module reads needs somewhere in the text: a month or weekday word (any
// case), a relative day word, a year, a numeric date, or a Russian month or relative day word (what
// the Russian windows start at). Most sentences of a page have none, and one test of this lets them
// skip the seven passes below.
const ANY_CUE = new RegExp(`\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|ago)|(?:19|20)\\d\\d|\\d[/.-]\\d|${RU_DATE_WORDS}`, 'i');
// The month and weekday words alone, for the English passes that need one.
const MONTH_OR_DAY_CUE = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/i;
const CYRILLIC = /[\u0400-\u04ff]/;
const YEAR_CUE = /(?:19|20)\d\d/;

/** Finds the dates in `text` (offsets relative to it), resolved against the reference date. */
export function findDates(text: string, reference: string | null): DateMention[] {
  if (!ANY_CUE.test(text)) return [];
  const ref = referenceDate(reference);
  const out: DateMention[] = [];
  const cyrillic = CYRILLIC.test(text);
  const monthOrDay = MONTH_OR_DAY_CUE.test(text);
  const year = YEAR_CUE.test(text);
  // chrono costs in proportion to the text it reads: only a short window around each date-like
  // word is parsed ("5 June 2016", "Wednesday, March 18", "two days ago" all fit in it).
  const results: ReturnType<typeof englishDates.parse> = [];
  // The window loop finds the first date-like word itself: no separate test before it.
  MAYBE_DATE_ALL.lastIndex = 0;
  let covered = 0;
  for (let m = MAYBE_DATE_ALL.exec(text); m !== null; m = MAYBE_DATE_ALL.exec(text)) {
    if (m.index < covered) continue;
    const from = Math.max(covered, m.index - 24);
    const to = Math.min(text.length, m.index + m[0].length + 30);
    covered = to;
    for (const r of englishDates.parse(text.slice(from, to), ref ? { instant: ref, timezone: 0 } : undefined, { forwardDate: false })) {
      results.push(Object.assign(r, { index: r.index + from }));
    }
  }
  // Russian dates ("5 июня 2016 года") through chrono's Russian parser, with the same reference.
  // Only a short window around each month word is parsed: chrono costs in proportion to the text.
  if (cyrillic) {
    let covered = -1;
    for (let m = nextRussianDateWord(text, 0); m !== null; m = nextRussianDateWord(text, m.index + m[0].length)) {
      if (m.index < covered) continue;
      const from = Math.max(0, covered, m.index - 24);
      const to = Math.min(text.length, m.index + 36);
      covered = to;
      for (const r of parseRussianDates(text.slice(from, to), ref)) {
        // The result's offset is into the window: moved to the sentence's (a plain field at runtime).
        results.push(Object.assign(r, { index: r.index + from }));
      }
    }
  }
  // Russian relative years ("в 2016 году", "с 2013 года") as bare years.
  BARE_YEAR_RU.lastIndex = 0;
  const ruYears: DateMention[] = [];
  if (cyrillic && year) for (let m = BARE_YEAR_RU.exec(text); m !== null; m = BARE_YEAR_RU.exec(text)) ruYears.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].indexOf(m[1]!) + 4, date: m[1]! });
  // A numeric date with points ("05.06.2016") is day first wherever dates are written so (Europe,
  // Russia, Central Asia's agencies); chrono's English parser reads it month first, like the
  // American "5/6/2016", which keeps its reading.
  const dotted: DateMention[] = [];
  if (year) {
    DOTTED_DATE.lastIndex = 0;
    for (let m = DOTTED_DATE.exec(text); m !== null; m = DOTTED_DATE.exec(text)) {
      const day = Number(m[1]);
      const month = Number(m[2]);
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) dotted.push({ start: m.index, end: m.index + m[0].length, date: `${m[3]}-${pad(month)}-${pad(day)}` });
    }
    out.push(...dotted);
  }
  for (const r of results) {
    if (dotted.length > 0 && dotted.some((d) => d.start < r.index + r.text.length && r.index < d.end)) continue;
    const s = r.start;
    const year = s.get('year');
    const month = s.get('month');
    const day = s.get('day');
    if (!year) continue;
    // Weekday-only or time-only mentions are too vague to date a claim.
    let date = String(year);
    if (s.isCertain('month') && month) date += `-${pad(month)}`;
    if (s.isCertain('month') && s.isCertain('day') && day) date += `-${pad(day)}`;
    if (!s.isCertain('year') && !s.isCertain('month')) continue;
    // Without the article's date, "several days ago" would be dated from today: only dates that
    // state their year are kept.
    if (!ref && !/\b\d{4}\b/.test(r.text)) continue;
    out.push({ start: r.index, end: r.index + r.text.length, date });
  }
  MONTH_YEAR.lastIndex = 0;
  if (monthOrDay && year) for (let m = MONTH_YEAR.exec(text); m !== null; m = MONTH_YEAR.exec(text)) {
    if (out.some((d) => d.start <= m!.index && d.end > m!.index)) continue;
    const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
    out.push({ start: m.index, end: m.index + m[0].length, date: `${m[2]}-${pad(month)}` });
  }
  for (const y of ruYears) if (!out.some((d) => d.start <= y.start && d.end > y.start)) out.push(y);
  BARE_YEAR.lastIndex = 0;
  if (year) for (let m = BARE_YEAR.exec(text); m !== null; m = BARE_YEAR.exec(text)) {
    const start = m.index + m[0].length - 4;
    if (out.some((d) => d.start <= start && d.end > start)) continue;
    out.push({ start, end: start + 4, date: m[1]! });
  }
  if (ref && monthOrDay) {
    BARE_MONTH.lastIndex = 0;
    for (let m = BARE_MONTH.exec(text); m !== null; m = BARE_MONTH.exec(text)) {
      const start = m.index + m[0].length - m[1]!.length;
      if (out.some((d) => d.start <= start && d.end > start)) continue;
      // A month without a year is the latest such month up to the article's date.
      const month = MONTHS.indexOf(m[1]!.toLowerCase()) + 1;
      const year = month > ref.getUTCMonth() + 1 ? ref.getUTCFullYear() - 1 : ref.getUTCFullYear();
      out.push({ start, end: start + m[1]!.length, date: `${year}-${pad(month)}` });
    }
  }
  if (ref && monthOrDay && reference?.length === 10) {
    // "on Sunday", "late on Monday": the latest such day up to the article's date (news reports
    // the past week by weekday). "last Sunday" is strictly before it.
    WEEKDAY.lastIndex = 0;
    for (let m = WEEKDAY.exec(text); m !== null; m = WEEKDAY.exec(text)) {
      const day0 = m[2] ?? m[3]!;
      const start = m.index + m[0].length - day0.length - (m[3] ? 0 : 0);
      if (out.some((d) => d.start <= start && d.end > start)) continue;
      const wanted = WEEKDAYS.indexOf(day0.toLowerCase());
      let back = (ref.getUTCDay() - wanted + 7) % 7;
      if (back === 0 && /last/i.test(m[1] ?? '')) back = 7;
      const day = new Date(ref.getTime() - back * 86_400_000);
      out.push({ start, end: start + day0.length, date: `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
// "on Sunday", "last Friday", and the possessive "Friday's attack".
const WEEKDAY = new RegExp(`\\b(?:(on|last|early on|late on|early|late|since)\\s+(${WEEKDAYS.join('|')})\\b|(${WEEKDAYS.join('|')})['’]s\\b)`, 'gi');
