/**
 * A page's metadata as read from its markup (title, publication date, outlet, address, language,
 * byline): one reader for the command line and the content script, so both record the same source
 * for the same page. Pure: it reads the `Document` it is given.
 */
import { canonicalUrl, dateFromUrl, findPublishedDate } from './metadata';

/** What a page says about itself. */
export interface PageMeta {
  /** The headline: og:title or <title> without a " - Site" suffix. */
  title: string | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as written by the publisher (no time-zone shift), else from the address. */
  publishedAt: string | null;
  /** The author line, without a leading "By". */
  byline: string | null;
  /** The outlet: og:site_name. */
  siteName: string | null;
  /** The given URL, else the page's canonical URL. */
  url: string | null;
  /** The page's language tag (`<html lang>`), when stated. */
  lang: string | null;
}

/** A page's metadata as read from its markup: the same for the command line and the content script. */
export function pageMetadata(doc: Document, url: string | null): PageMeta {
  const publishedAt = findPublishedDate(doc) ?? dateFromUrl(url);
  const canonical = canonicalUrl(doc);
  const siteName = metaContent(doc, 'meta[property="og:site_name"]');
  const metaTitle = metaContent(doc, 'meta[property="og:title"]') ?? documentTitle(doc);
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;
  const byline = cleanByline(metaContent(doc, 'meta[name="author"]') ?? bylineText(doc));
  return {
    title: stripSiteSuffix(metaTitle, siteName, url ?? canonical),
    publishedAt,
    byline,
    siteName,
    url: url ?? canonical,
    lang,
  };
}

/** The article's byline as the page shows it ("By Erin Cunningham"), when no meta tag names the author. */
function bylineText(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"], a[rel~="author"], .byline, .pb-byline, [class*="byline"]'))) {
    const t = clean(el.textContent);
    if (t && t.length <= 120) return t;
  }
  return null;
}

function metaContent(doc: Document, selector: string): string | null {
  return clean(doc.querySelector(selector)?.getAttribute('content'));
}

function documentTitle(doc: Document): string | null {
  // doc.title is not implemented the same way everywhere; read the element.
  return clean(doc.querySelector('title')?.textContent);
}

/**
 * Drops a " - Site Name" / " | Site" suffix only when the suffix is clearly the site: it equals
 * the site name, or is the host name's main label ("The Washington Post" for washingtonpost.com).
 */
function stripSiteSuffix(title: string | null, siteName: string | null, url: string | null): string | null {
  if (!title) return null;
  const m = /^(.*\S)\s+[-|–—·:]\s+([^-|–—·]+)$/.exec(title);
  if (!m) return title;
  const suffix = squash(m[2]!);
  const site = siteName ? squash(siteName) : null;
  let host: string | null = null;
  try {
    host = url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    host = null;
  }
  // "bbc" of news.bbc.co.uk, "washingtonpost" of www.washingtonpost.com: any label but the last.
  const labels = host ? host.split('.').slice(0, -1).map(squash).filter((l) => l.length > 2) : [];
  const isSite =
    (site !== null && (suffix === site || suffix === `the${site}` || `the${suffix}` === site)) ||
    labels.some((l) => suffix === l || suffix === `the${l}` || (suffix.length >= 4 && l.includes(suffix)));
  return isSite ? m[1]! : title;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function clean(s: string | null | undefined): string | null {
  if (typeof s !== 'string') return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

function cleanByline(s: string | null | undefined): string | null {
  const t = clean(s);
  return t ? clean(t.replace(/^by\s+/i, '')) : null;
}

