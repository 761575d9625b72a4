/**
 * The main text of a page: the article body of an HTML page (found with Mozilla Readability, the
 * engine behind Firefox Reader View) or a plain-text article with an optional header, plus its
 * title, publication date and a little more metadata. The returned `text` is the string every
 * offset in the engine's output refers to.
 *
 * Pure: no `document`, `window` or `DOMParser` here. The caller injects the HTML parser:
 *
 *   // Node (CLI, bench, tests) — linkedom:
 *   import { parseHTML } from 'linkedom';
 *   readPage({ content: html, url }, (h) => parseHTML(h).document as unknown as Document);
 *
 *   // Browser — the platform parser:
 *   readPage({ content: html, url }, (h) => new DOMParser().parseFromString(h, 'text/html'));
 *
 * The article body is found by `locateArticleRoot` (article-root.dom.ts), the same locator the
 * content script runs on the live page (a page where it finds none has no article text, as in the
 * extension); the text is built by `buildArticleText` (article-text.dom.ts),
 * the one builder the content script uses too. So the command line and the extension see the
 * same text, sentences and offsets for the same markup.
 */
import { isExcludedNode, locateArticleRoot } from './article-root.dom';
import { buildArticleText } from './article-text.dom';
import { dateFromUrl, parseHeaderDate } from './metadata';
import { pageMetadata } from './page-meta';

/** What to read: the page's content and, when known, its address and kind. */
export interface PageInput {
  /** The whole HTML document or the plain text, as read (a UTF-8 BOM and CRLF are tolerated). */
  content: string;
  /** The page's address, used to resolve relative links and as a last-resort date source. */
  url?: string | null;
  /** 'html' or 'text'; null or absent means "guess with `looksLikeHtml`". */
  contentType?: 'html' | 'text' | null;
}

/** A page read down to its article. */
export interface ReadPage {
  /** The headline: Readability's title, og:title or <title> without a " - Site" suffix; a text page's `Title:`. */
  title: string | null;
  /** The main article text that offsets refer to; '' when the page has none. */
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as written by the publisher (no time-zone shift). */
  publishedAt: string | null;
  /** The author line, without a leading "By". */
  byline: string | null;
  /** The outlet: og:site_name, or a text page's `Source:` when it is a name rather than a URL. */
  siteName: string | null;
  /** The given URL, else the page's canonical URL, else a text page's `Source:` URL. */
  url: string | null;
  /** The page's language tag (`<html lang>`), when stated. */
  lang: string | null;
}

/** Parses an HTML string into a `Document` (linkedom in Node, `DOMParser` in the browser). */
export type HtmlParser = (html: string, url?: string | null) => Document;

/**
 * Reads a page: HTML goes through Readability to find the article body (navigation, ads,
 * comments and related links left out); plain text has its optional `Title:` / `Source:` /
 * `Date:` header taken off and is otherwise kept exactly as given (line endings made "\n").
 */
export async function readPage(input: PageInput, parseHtml: HtmlParser): Promise<ReadPage> {
  const content = stripBom(input.content);
  const url = input.url?.trim() || null;
  const kind = input.contentType ?? (looksLikeHtml(content) ? 'html' : 'text');
  return kind === 'html' ? readHtml(content, url, parseHtml) : readText(content, url);
}

/**
 * True when `content` is an HTML document or fragment rather than plain text: it starts (after
 * white space and comments) with a doctype or a common tag, or its first 4 KB hold many tags
 * including <html>, <head> or <body>.
 */
export function looksLikeHtml(content: string): boolean {
  const head = stripBom(content).slice(0, 4096);
  const start = head.replace(/^(?:\s|<!--[^]*?-->)+/, '');
  if (/^<(?:!doctype\s+html|\?xml|html|head|body|meta|title|link|script|style|article|main|section|div|p|h[1-6]|table|ul|ol|span|a|b|i|em|strong|header|nav)[\s>/]/i.test(start)) {
    return true;
  }
  // Markup after some leading junk (a saved page with a preamble): many tags, one of them
  // structural. A plain-text article that mentions "<html>" once is still text.
  const tags = head.match(/<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>/gi);
  return tags !== null && tags.length >= 8 && /<(?:html|head|body)[\s>]/i.test(head);
}

// ---------------------------------------------------------------------------------------------
// HTML

async function readHtml(html: string, url: string | null, parseHtml: HtmlParser): Promise<ReadPage> {
  const doc = parseHtml(html, url);
  const meta = pageMetadata(doc, url);
  // The content script's locator and nothing else: a page where it finds no article reads as
  // no article text here too (not as the whole <body>), so the command line never marks what the
  // extension leaves alone.
  const root = await locateArticleRoot(doc);
  const text = root ? articleText(root) : '';
  return { ...meta, text };
}

/** The article text of an element of a page, as the content script builds it (its own marks aside). */
export function articleText(root: Node): string {
  return buildArticleText(root, { exclude: isExcludedNode }).text;
}

/** The rendered text of an element's subtree, by the article-text rules (nothing excluded). */
export function elementText(root: Node): string {
  return buildArticleText(root).text;
}

// ---------------------------------------------------------------------------------------------
// Plain text

const HEADER_LINE = /^(title|source|date)[ \t]*:[ \t]*(.*)$/i;

function readText(raw: string, url: string | null): ReadPage {
  const content = raw.replace(/\r\n?/g, '\n');
  const header: Partial<Record<'title' | 'source' | 'date', string>> = {};
  let pos = 0;
  let lines = 0;
  // The header is a run of Title:/Source:/Date: lines at the very top; the article starts after
  // the blank line(s) that follow it.
  while (pos < content.length) {
    const nl = content.indexOf('\n', pos);
    const line = content.slice(pos, nl === -1 ? content.length : nl);
    const m = HEADER_LINE.exec(line);
    if (!m) break;
    const key = m[1]!.toLowerCase() as 'title' | 'source' | 'date';
    if (key in header) break; // A repeated key is article text, not header.
    header[key] = m[2]!.trim();
    lines++;
    pos = nl === -1 ? content.length : nl + 1;
  }

  let text = content;
  if (lines > 0) {
    const rest = content.slice(pos);
    // Without a blank line after it, "Title: ..." might be the article's first line; only a
    // header that is followed by a blank line (or nothing) is taken off.
    if (rest === '' || /^[ \t]*\n/.test(rest)) {
      text = rest.replace(/^(?:[ \t]*\n)+/, '');
    } else {
      for (const k of Object.keys(header)) delete header[k as keyof typeof header];
    }
  }

  const source = header.source || null;
  const sourceIsUrl = source !== null && /^(?:https?:\/\/|www\.)\S+$/i.test(source);
  const pageUrl = url ?? (sourceIsUrl ? source : null);
  return {
    title: header.title || null,
    text,
    publishedAt: (header.date ? parseHeaderDate(header.date) : null) ?? dateFromUrl(pageUrl),
    byline: null,
    siteName: source !== null && !sourceIsUrl ? source : null,
    url: pageUrl,
    lang: null,
  };
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
