/**
 * The article body in the LIVE page, for the content script: `locateArticleRoot` scores the
 * page's paragraphs as Readability does, without copying the document, in slices; `isExcludedNode`
 * says what inside it is never annotated. (The Readability-based locator is in
 * readability-root.dom.ts.)
 */
// A semantic container (<article>, articleBody) above the chosen container is preferred only
// when it adds little text (the headline and byline), not galleries, related links or comments
// that some sites put inside <article>.
export const CONTAINER_SLACK = 1.1;
/** Semantic article containers. */
export const SEMANTIC = '[itemprop~="articleBody"], article, [role="main"], main';

// Elements whose text is never annotated, even inside the article root.
const EXCLUDED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'nav',
  'aside', 'footer', 'figcaption', 'dossier-mark', 'dossier-ui',
]);
const EXCLUDED_SELECTOR = [
  '[contenteditable]:not([contenteditable="false"])', '[hidden]',
  '[role="navigation"]', '[role="complementary"]', '.comments', '#comments', '#disqus_thread',
  // Comment threads by their usual names (WordPress's comments-area and comment-list, a reply form).
  '.comments-area', '.comment-list', '.commentlist', '.comment-respond', '#respond', '[itemtype$="/Comment"]',
  // Text for screen readers only ("Continue reading the main story", "Skip to content"): never seen.
  '.visually-hidden', '.sr-only', '.screen-reader-text', '.screen-reader-only', '.skip-link', '.skip-to-content',
  '.off-screen', '.offscreen', '.element-invisible', '.u-hidden', '.is-hidden',
  // Photo credits ("Ashraf Shazly/Agence France-Presse — Getty Images"): a name that is no actor of the story.
  '[itemprop="copyrightHolder"]',
].join(', ');
// Hidden by its own style attribute: the one CSS every DOM can read (the content script checks
// the rendered style as well: isHiddenInPage).
const STYLE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * True for an element whose text must never be annotated, even inside the article root (callers
 * skip its whole subtree): scripts, styles and other non-prose (code, pre, form controls, SVG,
 * MathML, iframes), editable regions, navigation, asides and footers (related links, share bars),
 * comment sections, hidden elements (the `hidden` attribute, an inline `display: none` or
 * `visibility: hidden`, small `aria-hidden` parts, screen-reader-only text), photo captions and
 * credits (a caption names who is pictured and who took it, not what the story says: the
 * benchmark's article bodies leave them out, and a credit's photographer is a false name), lists
 * of links (other stories, tags), and Dossier's own `dossier-mark` / `dossier-ui`.
 * A `<header>` inside the article (headline, standfirst) is annotated.
 */
export function isExcludedNode(el: Element): boolean {
  if (EXCLUDED_TAGS.has(el.localName.toLowerCase())) return true;
  // A form is a search box, a sign-up or a reply box; but ASP.NET pages wrap the whole page,
  // article included, in one <form> (Al Jazeera): a form of much text is the page.
  if (el.localName.toLowerCase() === 'form') return portableText(el, FURNITURE_MAX).length < FURNITURE_MAX;
  if (el.matches(EXCLUDED_SELECTOR)) return true;
  const style = el.getAttribute('style');
  if (style !== null && STYLE_HIDDEN.test(style)) return true;
  // A list of links inside the article ("Don't miss", "More from Sci-Tech", tags): other
  // stories, not this one.
  if ((el.localName === 'ul' || el.localName === 'ol') && isLinkList(el)) return true;
  // A short paragraph that is a link ("READ MORE: <a>…</a>", a promo headline in capitals, "Related:
  // <a>…</a>"): another story, not a sentence of this one.
  if (el.localName === 'p' && isLinkParagraph(el)) return true;
  // aria-hidden hides icons and duplicated labels from screen readers, but a dialog library
  // (react-modal, a cookie banner) also sets it on the whole page while its dialog is open: a
  // large aria-hidden container is still what the reader sees.
  if (el.getAttribute('aria-hidden') === 'true' && portableText(el, ARIA_HIDDEN_MAX).length < ARIA_HIDDEN_MAX) return true;
  // Photo galleries, ad slots, share bars and promos embedded in the article body. Such a class
  // on a container of much text ("article share-enabled") is not furniture.
  const hint = `${typeof el.className === 'string' ? el.className : ''} ${el.id}`;
  if (hint.length <= 1) return false;
  // Recommendation streams and widgets run long, so they are known by name whatever their size.
  if (WIDGET_CLASS.test(hint) || HOVER_CARD.test(hint)) return true;
  return (FURNITURE_CLASS.test(hint) || FURNITURE_PART.test(hint)) && portableText(el, FURNITURE_MAX).length < FURNITURE_MAX;
}

// Text length above which an aria-hidden element is taken to be the page hidden behind a dialog.
const ARIA_HIDDEN_MAX = 400;
// Text length above which a container named like furniture is taken to be prose after all.
const FURNITURE_MAX = 1500;

// Furniture named inside a longer class word ("RelatedContent", "EmailOptin", "cnnplayer",
// "caption-credit", "author-name"): the short pieces of page chrome around and inside an article.
const FURNITURE_PART =
  /related|recommend|featured|mostpopular|most-popular|mostread|most-read|trending|optin|addthis|teads|countdown|caption|credit|copyright|author|byline|contributor|breadcrumb|partner-headlines|around-the-web|timestamp/i;
// The card a name or term opens on hover ("rollover-people-block", "tooltiptext", "popover-body"):
// a photo, the person's other stories, a definition, which the page's style hides until hovered.
// Only the card: its trigger ("rollover-people", "tooltip") holds the name read in the sentence.
const HOVER_CARD = /(?:rollover|tooltip|popover|hover-?card)[\w-]*?(?:block|content|text|body|panel|box|inner)/i;
// Streams of other stories, ad networks' widgets and video players (whose scripts make them long).
const WIDGET_CLASS = /taboola|outbrain|applet-stream|js-stream|partner-headlines|around-the-web|RelatedContent|RelatedSearches|(?:^|[\s_-])\w*player(?:$|[\s_-])/i;

const FURNITURE_CLASS = /(?:^|[\s_-])(?:gal|gallery|slideshow|carousel|ad|ads|advert|advertisement|promo|sponsor|sponsored|share|sharing|social|newsletter|related|outbrain|taboola|interstitial|paywall|tags|topics|pagination|pager|post-navigation|nav-links)(?:$|[\s_-])/i;

// Share of a list's text in links above which it is a list of links (other stories, tags).
const LINK_LIST_SHARE = 0.6;
// A list of links is short: a long list is taken to be prose with many links.
const LINK_LIST_MAX = 3000;

// A paragraph this short whose text is nearly all links is a promo; a longer one is prose with links.
const LINK_PARAGRAPH_MAX = 200;
const LINK_PARAGRAPH_SHARE = 0.8;

function isLinkParagraph(p: Element): boolean {
  const links = p.getElementsByTagName('a');
  if (links.length === 0) return false;
  const text = portableText(p, LINK_PARAGRAPH_MAX).length;
  if (text === 0 || text >= LINK_PARAGRAPH_MAX) return false;
  let linked = 0;
  for (const a of Array.from(links)) linked += portableText(a).length;
  return linked >= text * LINK_PARAGRAPH_SHARE;
}

function isLinkList(list: Element): boolean {
  const text = portableText(list, LINK_LIST_MAX).length;
  if (text === 0 || text >= LINK_LIST_MAX) return false;
  let linked = 0;
  for (const a of Array.from(list.getElementsByTagName('a'))) linked += portableText(a).length;
  return linked > text * LINK_LIST_SHARE;
}

/** True for <body> and <html>. */
export function isPageLevel(el: Element): boolean {
  const tag = el.localName.toLowerCase();
  return tag === 'body' || tag === 'html';
}

/** Text with soft hyphens and zero-width spaces dropped and white space collapsed. */
export function normalise(s: string): string {
  return s.replace(/[\u00ad\u200b\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}

// Elements whose content one DOM gives as text and another as elements: a browser running
// scripts parses <noscript> (and <iframe>, <noembed>, <noframes>) as one raw text node of markup,
// an image's whole tag and attributes, where linkedom parses elements; a browser keeps
// <template>'s content in a fragment of its own, linkedom as children. Measuring through them
// with `textContent` made the extension choose another article root than the command line for
// the same page (theverge.html: 7,000 characters of <noscript> image tags in Chromium only).
const PARSED_APART = new Set(['noscript', 'template', 'iframe', 'noembed', 'noframes', 'xmp']);

/**
 * The text of `el`, {@link normalise}d, as every DOM gives it for the same markup (a browser's,
 * linkedom, happy-dom): `textContent` without the content of `<noscript>`, `<template>` and the
 * other elements parsed differently (above), so the locator's measures and choices are the same
 * in the tab and in the command line. Inline scripts and styles still count: they are the same
 * in every DOM, and a container heavy with widgets' code is not the article. With `limit`, it
 * may stop early once the text is longer than that (for callers comparing with a bound).
 */
export function portableText(el: Element, limit = Number.POSITIVE_INFINITY): string {
  let raw = '';
  let checked = 0;
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      raw += (node as Text).data;
      // Normalising only shortens: test the bound now and then, when the raw text has doubled.
      if (raw.length > limit && raw.length > checked * 2) {
        checked = raw.length;
        const text = normalise(raw);
        if (text.length > limit) return text;
      }
    } else if (node.nodeType === 1 && node.firstChild && !PARSED_APART.has((node as Element).localName.toLowerCase())) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return normalise(raw);
}

// ---------------------------------------------------------------------------------------------
// The fast, sliced locator the content script uses: Readability's candidate scoring without the
// copy of the document (the copy alone can hold the main thread for 100+ ms on a heavy page).

/** Options of `locateArticleRoot`. */
export interface LocateOptions {
  /** Called between slices of work; resolve to continue (the content script yields to the page). */
  yieldToPage?: () => Promise<void>;
  /** Budget of one slice, in ms. */
  sliceMs?: number;
}

const PARAGRAPHS = 'p, pre, blockquote';
// Text of the paragraphs' body below which the page may write its article in <div>s (characters).
const DIV_FALLBACK_BELOW = 500;
const DIV_PARAGRAPHS = 'div';
// Share of a named region's prose its best-scoring inner container must hold to be the root.
const INNER_SHARE = 0.7;
const BOILERPLATE = /\b(?:comment|footer|footnote|sidebar|related|promo|share|social|newsletter|nav|menu|banner|advert|sponsor|popup|cookie|subscribe|masthead|breadcrumb)/i;

/**
 * Finds the article body of the live page without copying it: paragraphs of prose score their
 * parent (and half their grandparent), as Readability does; the best container wins, widened to a
 * semantic container (`article`, `[itemprop=articleBody]`) that adds little. Works in slices, so
 * the page's main thread is never held for long. Null when the page has no paragraph of prose.
 */
export async function locateArticleRoot(doc: Document, opts: LocateOptions = {}): Promise<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const slice = opts.sliceMs ?? 8;
  const pause = opts.yieldToPage ?? (() => Promise.resolve());
  const scores = new Map<Element, number>();
  const paragraphs: [Element, number][] = [];
  let sliceStart = performance.now();
  const score = async (candidates: NodeListOf<Element>): Promise<void> => {
    for (let i = 0; i < candidates.length; i++) {
      const el = candidates[i]!;
      // A div of text is a paragraph; one that also holds blocks counts by its own text, beside
      // them (AppleInsider writes its review as text and <br>s in a <span> between image <div>s).
      const mixed = el.localName === 'div' && holdsBlocks(el);
      if (excludedAncestry(el, body) || isTeaser(el)) continue;
      const text = mixed ? normalise(inlineText(el)) : portableText(el);
      if (text.length < 25) continue;
      const linkText = Array.from(el.querySelectorAll('a')).reduce((n, a) => n + portableText(a).length, 0);
      if (linkText > text.length * 0.5) continue; // a list of links, not prose
      const points = 1 + (text.match(/[,،、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
      paragraphs.push([el, points]);
      // Ancestors share the score, less with each level (Readability's dividers: 1, 2, 6).
      let level = 0;
      for (let a = el.parentElement; a && level < 3 && a !== body; a = a.parentElement, level++) {
        scores.set(a, (scores.get(a) ?? 0) + points / (level === 0 ? 1 : level === 1 ? 2 : 6));
      }
      if ((i & 31) === 0 && performance.now() - sliceStart > slice) {
        await pause();
        sliceStart = performance.now();
      }
    }
  };
  await score(body.querySelectorAll(PARAGRAPHS));
  const fromParagraphs = chooseRoot(scores, paragraphs);
  // Pages that write their article as bare <div>s of text (CNN's zn-body__paragraph, lines split
  // by <br>) and keep <p>s for a consent box, a caption or a sidebar: when the <p>s give no body
  // or a short one, the divs count too (Readability turns a div without blocks into a paragraph).
  if (fromParagraphs && portableText(fromParagraphs, DIV_FALLBACK_BELOW).length >= DIV_FALLBACK_BELOW) return fromParagraphs;
  paragraphs.length = 0;
  scores.clear();
  await score(body.querySelectorAll(`${PARAGRAPHS}, ${DIV_PARAGRAPHS}`));
  const fromDivs = chooseRoot(scores, paragraphs);
  if (!fromDivs || !fromParagraphs) return fromDivs ?? fromParagraphs;
  // The divs' body is taken when it holds more text than the paragraphs' one.
  return portableText(fromDivs).length > portableText(fromParagraphs).length ? fromDivs : fromParagraphs;
}

// The article root for paragraphs' scores: the best container, climbed to hold most of the prose,
// joined with its sibling sections and widened to a semantic container that adds little. Null
// when no paragraph scored.
function chooseRoot(scores: ReadonlyMap<Element, number>, paragraphs: readonly [Element, number][]): Element | null {
  const ranked: [Element, number][] = [];
  const raw = new Map<Element, number>();
  for (const [el, sc] of scores) {
    // Boilerplate containers (comments, related links) are marked down, as Readability does.
    const hint = `${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    const marked = BOILERPLATE.test(hint) && !/article|story|content|body|entry|post|main/i.test(hint) ? sc * 0.25 : sc;
    raw.set(el, marked);
    // A name at most doubles a score: a container of one short line named "post" is not the article.
    ranked.push([el, marked + Math.min(classWeight(el), marked)]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  let best: Element | null = ranked[0]?.[0] ?? null;
  // The names choose the region; inside it, the container of the paragraphs themselves (it
  // scores more than the named ancestor, which gets a share of their points only), when it holds
  // most of the region's prose.
  const mass = (a: Element): number => paragraphs.reduce((n, [p, sc]) => (a.contains(p) ? n + sc : n), 0);
  if (best) {
    let inner = best;
    for (const [el, sc] of raw) if (el !== best && sc > raw.get(inner)! && best.contains(el)) inner = el;
    if (inner !== best && mass(inner) >= mass(best) * INNER_SHARE) best = inner;
  }
  const bestScore = best ? raw.get(best)! : 0;
  // The container of the paragraphs themselves, before any climb: its kin are looked for below.
  const seed = best;
  // One paragraph per container (some CMSs wrap each paragraph in a component of its own): climb
  // until the candidate holds at least half of the page's prose.
  if (best) {
    const total = paragraphs.reduce((n, [, sc]) => n + sc, 0);
    // Not past the article's own element: teasers of other stories can outweigh a short article.
    const article = best.closest(SEMANTIC);
    const stop = article && !isPageLevel(article) ? article : null;
    for (let a = best.parentElement; a && !isPageLevel(a) && best !== stop && mass(best) < total * 0.5; a = a.parentElement) best = a;
  }
  // The opening paragraphs sit beside a wrapper of the rest ("read more" containers): a close
  // ancestor with prose paragraphs of its own is the article.
  if (best) {
    const own = (a: Element): number => paragraphs.reduce((n, [p, sc]) => (p.parentElement === a ? n + sc : n), 0);
    let a = best.parentElement;
    for (let level = 0; a && level < 2 && !isPageLevel(a); level++, a = a.parentElement) {
      if (own(a) >= Math.max(4, bestScore * 0.15)) {
        best = a;
        break;
      }
    }
  }
  // No paragraph of prose at all: nothing to annotate (Readability finds nothing there either,
  // and keeping it out of this path keeps it out of the content script).
  if (!best) return null;
  // Paragraphs split over sibling sections (story-body-1, story-body-2): as Readability does, a
  // sibling scoring at least a fifth of the best (and 10) joins it, so their parent is the root.
  let root = best;
  const parent = best.parentElement;
  if (parent && !isPageLevel(parent)) {
    const threshold = Math.max(10, bestScore * 0.2);
    const sameKind = (el: Element): boolean => el.localName === best.localName && el.className === best.className && el.className !== '';
    for (const sibling of Array.from(parent.children)) {
      const score = scores.get(sibling) ?? 0;
      if (sibling !== best && (score >= threshold || (score > 0 && sameKind(sibling)))) {
        root = parent;
        break;
      }
    }
  }
  if (root === best) root = withKinSections(best, seed!, scores);
  const semantic = root.closest(SEMANTIC);
  if (semantic && semantic !== root && !isPageLevel(semantic)) {
    const bound = portableText(root).length * CONTAINER_SLACK + 300;
    if (portableText(semantic, bound).length <= bound) root = semantic;
  }
  return root;
}

// Paragraphs split over sections that are cousins rather than siblings (story-body-1 and
// story-body-2, each in a wrapper of its own beside an ad or a "continue reading" break): the
// sections of the same tag and first class, with prose, inside the article that holds the best
// one, join it under their closest common ancestor.
// The kin are those of `seed`, the paragraphs' own container before the root climbed above it
// (Engadget: the lede's "article-text" block sits apart from the wrapper of the rest).
function withKinSections(best: Element, seed: Element, scores: ReadonlyMap<Element, number>): Element {
  const firstClass = (el: Element): string => (typeof el.className === 'string' ? el.className.trim().split(/\s+/u)[0] ?? '' : '');
  const article = best.parentElement?.closest(SEMANTIC);
  if (!article || isPageLevel(article)) return best;
  const kin: Element[] = [];
  for (const model of seed === best ? [best] : [best, seed]) {
    const first = firstClass(model);
    if (!first) continue;
    for (const el of Array.from(article.getElementsByTagName(model.localName))) {
      if (el === model || firstClass(el) !== first || el.contains(best) || best.contains(el)) continue;
      if ((scores.get(el) ?? 0) > 0) kin.push(el);
    }
  }
  if (kin.length === 0) return best;
  let root: Element = best;
  while (root !== article && root.parentElement && !kin.every((k) => root.contains(k))) root = root.parentElement;
  return root;
}

// A story card in a list of other stories: a paragraph in a list item that also holds a linked
// heading (a stream of teasers beside or below the article).
function isTeaser(el: Element): boolean {
  const item = el.closest('li');
  return item !== null && item.querySelector('h1 a, h2 a, h3 a, h4 a, a h1, a h2, a h3, a h4') !== null;
}

// Blocks inside <noscript> or <template> are elements in linkedom only (a browser running scripts
// holds them as text, or in a fragment of its own): they do not count, so both DOMs agree.
function holdsBlocks(el: Element): boolean {
  const blocks = 'p, div, pre, blockquote, ul, ol, table';
  const first = el.querySelector(blocks);
  if (!first) return false;
  const hidden = (b: Element): boolean => b.parentElement?.closest('noscript, template') != null;
  // The first block found settles it on almost every page; only one inside <noscript> looks further.
  return !hidden(first) || Array.from(el.querySelectorAll(blocks)).some((b) => !hidden(b));
}

// Readability's class weight: a container named like an article body gains 25 points, one
// named like furniture loses 25, for its class and for its id. A page's consent box or sidebar
// can hold more comma-rich <p>s than an article written partly in lists and tables.
const POSITIVE_NAME = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;
const NEGATIVE_NAME = /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget/i;
function classWeight(el: Element): number {
  let w = 0;
  for (const name of [typeof el.className === 'string' ? el.className : '', el.id]) {
    if (!name) continue;
    if (NEGATIVE_NAME.test(name)) w -= 25;
    if (POSITIVE_NAME.test(name)) w += 25;
  }
  return w;
}

// Phrasing elements: the text inside them is a paragraph's own, not another block's.
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'data', 'dfn', 'em', 'font', 'i', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'wbr']);

// The text of an element outside its block children: its text nodes and phrasing elements (and
// the phrasing inside a phrasing element that wraps blocks). Excluded elements give nothing.
function inlineText(el: Element): string {
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (!INLINE.has(child.localName) || isExcludedNode(child)) continue;
      text += ` ${holdsBlocks(child) ? inlineText(child) : portableText(child)} `;
    }
  }
  return text;
}

function excludedAncestry(el: Element, stop: Element): boolean {
  for (let a: Element | null = el; a && a !== stop; a = a.parentElement) {
    if (isExcludedNode(a)) return true;
  }
  return false;
}
