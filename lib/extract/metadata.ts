/**
 * Publication dates of pages: read from the markup publishers put there for search engines and
 * social cards (JSON-LD, Open Graph / Dublin Core / Parse.ly meta tags, microdata, `<time>`), and
 * from the `Date:` line of a plain-text page header.
 *
 * Dates are returned as written, cut to the calendar date: "2015-07-24T05:36:09+01:00" gives
 * "2015-07-24", never a UTC-shifted day, because the reader's notion of "the day it was published"
 * is the publisher's local day. Precision is kept: "July 2016" gives "2016-07", "2016" gives
 * "2016".
 *
 * Pure: works on any `Document` (linkedom in Node, the live or a parsed document in the browser).
 * chrono-node is deliberately not used: this module is in the content-script bundle, and the few
 * formats publishers use are covered by the patterns below at a fraction of the size and time.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
  // Russian genitive and nominative forms: the beat's local press (Kazakhstan, Central Asia)
  // writes "20 июля 2016".
  января: 1, январь: 1, февраля: 2, февраль: 2, марта: 3, март: 3, апреля: 4, апрель: 4,
  мая: 5, май: 5, июня: 6, июнь: 6, июля: 7, июль: 7, августа: 8, август: 8,
  сентября: 9, сентябрь: 9, октября: 10, октябрь: 10, ноября: 11, ноябрь: 11,
  декабря: 12, декабрь: 12,
};

const MONTH_NAME = '([a-z\\u0430-\\u044f\\u0451]{3,10})\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(\\d{4})';
// Leading weekday ("Wednesday, ") and trailing time or zone ("10:30 AM EST") are allowed and ignored.
const WEEKDAY = '(?:[a-z\\u0430-\\u044f\\u0451]+\\.?,?\\s+)?';
const TAIL = '(?:[,\\s][^]*)?$';

const ISO = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s].*)?$/i;
const ISO_SLASH = /^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[T\s,].*)?$/;
const COMPACT = /^\s*(\d{4})(\d{2})(\d{2})(?:T.*)?$/;
const YEAR_MONTH = /^\s*(\d{4})-(\d{1,2})\s*$/;
const YEAR_ONLY = /^\s*(\d{4})\s*$/;
const DOTTED_DMY = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\s,].*)?$/;
const SLASHED = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[\s,].*)?$/;
const MONTH_DAY_YEAR = new RegExp(`^\\s*${WEEKDAY}${MONTH_NAME}\\s+${DAY},?\\s+${YEAR}${TAIL}`, 'iu');
const DAY_MONTH_YEAR = new RegExp(`^\\s*${WEEKDAY}${DAY}\\.?\\s+(?:of\\s+)?${MONTH_NAME},?\\s+${YEAR}${TAIL}`, 'iu');
const MONTH_YEAR = new RegExp(`^\\s*${MONTH_NAME},?\\s+${YEAR}\\s*(?:г\\.?|года)?\\s*$`, 'iu');

/**
 * Parses a human- or machine-written date ("2016-07-20", "July 20, 2016", "20 July 2016",
 * "Wed, Jul. 20th 2016 10:30 AM", "20.07.2016", "July 2016", "2016") to "YYYY-MM-DD", "YYYY-MM"
 * or "YYYY"; null when the value is not a date or is ambiguous (e.g. "03/04/2016").
 */
export function parseHeaderDate(s: string): string | null {
  const value = s.trim();
  if (value === '' || value.length > 80) return null;
  let m: RegExpExecArray | null;
  if ((m = ISO.exec(value)) || (m = ISO_SLASH.exec(value)) || (m = COMPACT.exec(value))) {
    return ymd(m[1], m[2], m[3]);
  }
  if ((m = YEAR_MONTH.exec(value))) return ym(m[1], m[2]);
  if ((m = YEAR_ONLY.exec(value))) return plausibleYear(Number(m[1])) ? m[1]! : null;
  // Day-first with dots is the convention wherever dots are used (Europe, Russia, Kazakhstan).
  if ((m = DOTTED_DMY.exec(value))) return ymd(m[3], m[2], m[1]);
  if ((m = SLASHED.exec(value))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    // US month-first or European day-first: only decide when one reading is impossible.
    if (a > 12 && b <= 12) return ymd(m[3], m[2], m[1]);
    if (b > 12 && a <= 12) return ymd(m[3], m[1], m[2]);
    if (a === b) return ymd(m[3], m[1], m[2]);
    return null;
  }
  if ((m = MONTH_DAY_YEAR.exec(value))) {
    const month = monthNumber(m[1]);
    if (month !== null) return ymd(m[3], String(month), m[2]);
  }
  if ((m = DAY_MONTH_YEAR.exec(value))) {
    const month = monthNumber(m[2]);
    if (month !== null) return ymd(m[3], String(month), m[1]);
  }
  if ((m = MONTH_YEAR.exec(value))) {
    const month = monthNumber(m[1]);
    if (month !== null) return ym(m[2], String(month));
  }
  return null;
}

// Meta tags naming the publication time, in order of trust. `article:published` is what the
// New York Times uses; the rest are Open Graph, Dublin Core, Sailthru and Parse.ly conventions.
const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[property="article:published"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="PublishDate"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date"]',
  'meta[name="dcterms.created"]',
  'meta[name="sailthru.date"]',
  'meta[name="parsely-pub-date"]',
];

// JSON-LD types whose datePublished is the article's own (a WebPage's or an Organization's is not).
const ARTICLE_TYPES = /(?:Article|BlogPosting|Report|NewsArticle|LiveBlogPosting|Posting)$/;

/**
 * The page's publication date as "YYYY-MM-DD" (or coarser when only that is given), or null.
 * Sources, most trusted first: JSON-LD `datePublished` (article objects first, `@graph` arrays
 * included), publication meta tags, the first `itemprop="datePublished"` (related-story lists
 * further down carry their own), `<time datetime>` inside `<article>` or marked `pubdate`, and
 * finally a /YYYY/MM/DD/ date in the canonical or og:url address.
 */
export function findPublishedDate(doc: Document): string | null {
  return (
    fromJsonLd(doc) ??
    fromMeta(doc) ??
    fromMicrodata(doc) ??
    fromTimeElement(doc) ??
    dateFromUrl(canonicalUrl(doc))
  );
}

/**
 * A date written in an article address ("/2015/03/18/", "/2017/01/13/world/...") as
 * "YYYY-MM-DD", or "YYYY-MM" for "/2016/07/slug"; null when there is none.
 */
export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url, 'http://x.invalid/').pathname;
  } catch {
    return null;
  }
  const day = /\/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/_-]|$)/.exec(path);
  if (day) return ymd(day[1], day[2], day[3]);
  const month = /\/((?:19|20)\d\d)\/(0[1-9]|1[0-2])\/[^/]+/.exec(path);
  if (month) return ym(month[1], month[2]);
  return null;
}

/** The page's canonical address (`<link rel=canonical>` or `og:url`), or null. */
export function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (link) return link.trim();
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return og ? og.trim() : null;
}

function fromJsonLd(doc: Document): string | null {
  let fallback: string | null = null;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in a CDATA section or HTML comment.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/g, ''));
    } catch {
      continue;
    }
    const found = searchJsonLd(data, 0);
    if (found.article) return found.article;
    fallback ??= found.any;
  }
  return fallback;
}

function searchJsonLd(node: unknown, depth: number): { article: string | null; any: string | null } {
  const result = { article: null as string | null, any: null as string | null };
  if (depth > 6 || node === null || typeof node !== 'object') return result;
  if (Array.isArray(node)) {
    for (const item of node) {
      const r = searchJsonLd(item, depth + 1);
      if (r.article) return r;
      result.any ??= r.any;
    }
    return result;
  }
  const obj = node as Record<string, unknown>;
  const published = typeof obj.datePublished === 'string' ? normaliseDate(obj.datePublished) : null;
  if (published) {
    const types = Array.isArray(obj['@type']) ? obj['@type'] : [obj['@type']];
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t))) {
      result.article = published;
      return result;
    }
    result.any = published;
  }
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement']) {
    if (key in obj) {
      const r = searchJsonLd(obj[key], depth + 1);
      if (r.article) return r;
      result.any ??= r.any;
    }
  }
  return result;
}

function fromMeta(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const content = doc.querySelector(selector)?.getAttribute('content');
    const date = content ? normaliseDate(content) : null;
    if (date) return date;
  }
  return null;
}

function fromMicrodata(doc: Document): string | null {
  // The first one in document order belongs to the article; later ones to teasers for other stories.
  const el = doc.querySelector('[itemprop~="datePublished"]');
  if (!el) return null;
  const value = el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent ?? '';
  return normaliseDate(value);
}

function fromTimeElement(doc: Document): string | null {
  const el = doc.querySelector('article time[datetime], time[pubdate][datetime]');
  const value = el?.getAttribute('datetime');
  return value ? normaliseDate(value) : null;
}

/** A machine-written or human date value to YYYY-MM-DD (or coarser), or null. */
function normaliseDate(value: string): string | null {
  return parseHeaderDate(value);
}

function monthNumber(name: string | undefined): number | null {
  if (!name) return null;
  return MONTHS[name.toLowerCase()] ?? null;
}

function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2200;
}

function ymd(y: string | undefined, m: string | undefined, d: string | undefined): string | null {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1) return null;
  // Day 0 of the next month is the last day of this one.
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function ym(y: string | undefined, m: string | undefined): string | null {
  const year = Number(y);
  const month = Number(m);
  if (!plausibleYear(year) || month < 1 || month > 12) return null;
  return `${year}-${pad(month)}`;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
