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
 * How `text` is built from the article DOM (see `elementText`):
 * - each block (p, h1-h6, blockquote, figcaption, div/section with text of its own, pre, ...)
 *   is one paragraph; paragraphs are separated by a blank line ("\n\n");
 * - consecutive list items and table rows are separated by a single "\n", so a list reads as one
 *   paragraph of lines (sentence splitting treats any line break as a boundary anyway);
 * - `<br>` is a line break ("\n") inside its paragraph;
 * - inside a paragraph, runs of white space (no-break space included) collapse to one space and
 *   each line is trimmed, as a browser renders it; `<pre>` keeps its line breaks;
 * - table cells in a row are separated by one space;
 * - scripts, styles, noscript, templates, SVG/MathML, iframes and form controls are dropped;
 *   soft hyphens and zero-width spaces are removed (they would split names when matching);
 * - in `readPage` only, whole paragraphs that are known furniture ("Advertisement", "Continue
 *   reading the main story", a bare "Photo") are dropped.
 */
import { Readability } from '@mozilla/readability';
import { canonicalUrl, dateFromUrl, findPublishedDate, parseHeaderDate } from './metadata';

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
export function readPage(input: PageInput, parseHtml: HtmlParser): ReadPage {
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

function readHtml(html: string, url: string | null, parseHtml: HtmlParser): ReadPage {
  const doc = parseHtml(html, url);
  // Metadata first: Readability removes <script> (JSON-LD) and rewrites the document.
  const publishedAt = findPublishedDate(doc) ?? dateFromUrl(url);
  const canonical = canonicalUrl(doc);
  const metaTitle = metaContent(doc, 'meta[property="og:title"]') ?? documentTitle(doc);
  const siteNameMeta = metaContent(doc, 'meta[property="og:site_name"]');
  const lang = doc.documentElement?.getAttribute('lang')?.trim() || null;

  let article: ReturnType<Readability<Node>['parse']> = null;
  try {
    // The serializer hands back the content element itself: no HTML string to re-parse.
    article = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch {
    // Readability throws on documents without a body on some DOM implementations; the body
    // fallback below handles those pages.
    article = null;
  }

  let text = article?.content ? buildText(article.content, true) : '';
  if (text === '') {
    // Readability found nothing; it has mutated `doc`, so read a fresh copy's whole body.
    const fresh = parseHtml(html, url);
    text = fresh.body ? buildText(fresh.body, true) : '';
  }

  const siteName = clean(article?.siteName) ?? siteNameMeta;
  // Readability keeps "Short headline | Site" (it only cuts suffixes off long titles), so the
  // clearly-a-site suffix rule runs on its title too.
  const title = stripSiteSuffix(clean(article?.title) ?? metaTitle, siteName, url ?? canonical);
  return {
    title,
    text,
    publishedAt,
    byline: cleanByline(article?.byline),
    siteName,
    url: url ?? canonical,
    lang: clean(article?.lang) ?? lang,
  };
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

// Elements that end the current paragraph and start a new one.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
// Elements whose content is never rendered as text (or is a control, not prose).
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'select', 'datalist', 'textarea', 'button', 'input',
]);
// Paragraph kinds joined with a single "\n" to a neighbour of the same kind.
const LINE_KINDS = new Set(['li', 'tr', 'dt', 'dd']);

// Private-use characters stand in for forced line breaks while white space is collapsed.
const BR = '\uE000';
const PRE_NL = '\uE001';

/**
 * The rendered text of an element's subtree, built by the rules in this file's header comment:
 * paragraphs separated by "\n\n", list items by "\n", white space collapsed within a paragraph.
 * Pure DOM reading (no layout), so it works on linkedom, happy-dom and live documents alike.
 */
export function elementText(root: Node): string {
  return buildText(root, false);
}

// Whole paragraphs that are page furniture Readability sometimes keeps (NYT's "Continue reading
// the main story" between story blocks, photo labels, ad slots). Exact matches only.
const FURNITURE = new Set([
  'advertisement', 'skip advertisement', 'continue reading the main story',
  'story continues below advertisement', 'supported by', 'photo', 'image', 'video',
]);

function buildText(root: Node, dropFurniture: boolean): string {
  const out: string[] = [];
  let lastKind: string | null = null;
  let buffer = '';
  let preDepth = 0;
  // The innermost open block element's kind, for the paragraph being collected.
  const kinds: string[] = [];

  const flush = (): void => {
    if (buffer === '') return;
    const para = finishParagraph(buffer);
    buffer = '';
    if (para === '' || (dropFurniture && para.length < 40 && FURNITURE.has(para.toLowerCase()))) return;
    const kind = kinds[kinds.length - 1] ?? 'p';
    if (out.length > 0) out.push(lastKind === kind && LINE_KINDS.has(kind) ? '\n' : '\n\n');
    out.push(para);
    lastKind = kind;
  };

  const enter = (tag: string): void => {
    if (tag === 'br') {
      buffer += BR;
    } else if (BLOCK.has(tag)) {
      flush();
      kinds.push(tag);
      if (tag === 'pre') preDepth++;
    } else if ((tag === 'td' || tag === 'th') && buffer !== '') {
      buffer += ' ';
    }
  };
  const leave = (tag: string): void => {
    if (BLOCK.has(tag)) {
      flush();
      kinds.pop();
      if (tag === 'pre') preDepth--;
    }
  };

  // Iterative walk (firstChild / nextSibling): cheap on linkedom and safe on very deep trees.
  let node: Node | null = root.firstChild;
  if (root.nodeType === 1) {
    const tag = (root as Element).localName.toLowerCase();
    if (SKIP.has(tag)) return '';
    enter(tag);
  }
  while (node) {
    let descend = false;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const data = (node as CharacterData).data;
      buffer += preDepth > 0 ? data.replace(/\r\n?|\n/g, PRE_NL) : data;
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      if (!SKIP.has(tag)) {
        enter(tag);
        if (el.firstChild) descend = true;
        else leave(tag);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing every element left on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave((node as Element).localName.toLowerCase());
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  if (root.nodeType === 1) leave((root as Element).localName.toLowerCase());
  flush();
  return out.join('');
}

function finishParagraph(raw: string): string {
  const collapsed = raw
    .replace(/[\u00ad\u200b\ufeff]/g, '')
    .replace(/[ \t\n\r\f\v\u00a0]+/g, ' ');
  if (!collapsed.includes(BR) && !collapsed.includes(PRE_NL)) return collapsed.trim();
  return collapsed
    .split(/[\uE000\uE001]/)
    .map((line) => line.trim())
    .filter((line, i, lines) => line !== '' || (i > 0 && lines[i - 1] !== ''))
    .join('\n')
    .trim();
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
