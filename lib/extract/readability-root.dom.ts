/**
 * The article body in the live page found with Readability: Readability reads a copy of the
 * document (it rewrites its input), then the paragraphs it kept are looked up in the live document
 * and their common container is the root. Thorough but it copies the page, so the content script
 * uses `locateArticleRoot` (article-root.dom.ts) instead; this one serves checks and tools.
 */
import { Readability } from '@mozilla/readability';
import { CONTAINER_SLACK, SEMANTIC, isPageLevel, normalise } from './article-root.dom';

// Paragraph text shorter than this is too generic ("Advertisement", "Photo") to locate the body.
const MIN_PARAGRAPH = 40;
// Paragraphs sampled across the article (first, last and evenly between) to locate it.
const SAMPLE = 12;
// Paragraph texts are compared on this many leading characters: enough to be unique, and robust
// to Readability having dropped inline furniture later in a paragraph.
const KEY_LENGTH = 80;
// Share of the sampled paragraphs the chosen container must hold: a quote repeated in a sidebar
// must not pull the root up to <body>.
const QUORUM = 0.75;

const LIVE_PARAGRAPHS = 'p, li, blockquote, dd, h2, h3, h4, pre, figcaption';
const LIVE_FALLBACK = 'div, section, td, span, font, article, main';

/**
 * The element of the live `doc` that holds the article body (its lowest container, an
 * `<article>` or `[itemprop=articleBody]` when one fits), or null when Readability finds no article
 * or none of its paragraphs can be found in the page. `<body>` is returned only when the article's
 * paragraphs sit directly in it.
 */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  let parsed: ReturnType<Readability<Node>['parse']> = null;
  try {
    const copy = doc.cloneNode(true) as Document;
    parsed = new Readability<Node>(copy, { serializer: (node) => node }).parse();
  } catch {
    return null;
  }
  const content = parsed?.content;
  if (!content || content.nodeType !== 1) return null;

  const keys = sampleParagraphKeys(content as Element);
  if (keys.length === 0) return null;

  let matches = matchLive(doc, LIVE_PARAGRAPHS, keys);
  // Pages built from <div>s that Readability turned into <p>s: look at every element (slower).
  if (matches.length < Math.ceil(keys.length / 2)) {
    const more = matchLive(doc, LIVE_FALLBACK, keys.filter((k) => !matches.some((m) => m.key === k)));
    matches = matches.concat(more);
  }
  if (matches.length === 0) return null;

  const elements = matches.map((m) => m.el);
  let root = quorumAncestor(elements, Math.max(1, Math.ceil(elements.length * QUORUM)));
  if (!root) return null;
  // One matched paragraph: its container, not the paragraph itself.
  if (elements.includes(root) && root.parentElement) root = root.parentElement;

  const semantic = root.closest(SEMANTIC);
  if (semantic && semantic !== root && !isPageLevel(semantic)) {
    const rootLength = normalise(root.textContent ?? '').length;
    if (normalise(semantic.textContent ?? '').length <= rootLength * CONTAINER_SLACK + 100) root = semantic;
  }
  return root;
}

interface LiveMatch {
  key: string;
  el: Element;
}

function sampleParagraphKeys(content: Element): string[] {
  const texts: string[] = [];
  for (const el of Array.from(content.querySelectorAll('p, li, blockquote, pre, h2, h3, h4'))) {
    const text = normalise(el.textContent ?? '');
    // Containers of other paragraphs would give a key that only an ancestor matches.
    if (text.length >= MIN_PARAGRAPH && !el.querySelector('p')) texts.push(text);
  }
  if (texts.length === 0) {
    const whole = normalise(content.textContent ?? '');
    if (whole.length > 0) texts.push(whole);
  }
  const n = texts.length;
  const picked: string[] = [];
  for (let j = 0; j < Math.min(n, SAMPLE); j++) {
    const i = n <= SAMPLE ? j : Math.round((j * (n - 1)) / (SAMPLE - 1));
    picked.push(texts[i]!.slice(0, KEY_LENGTH));
  }
  return Array.from(new Set(picked));
}

/** For each key, the innermost live element (of the given tags) whose text starts with it. */
function matchLive(doc: Document, selector: string, keys: string[]): LiveMatch[] {
  if (keys.length === 0) return [];
  const wanted = new Set(keys);
  const best = new Map<string, { el: Element; length: number }>();
  for (const el of Array.from(doc.body.querySelectorAll(selector))) {
    const text = normalise(el.textContent ?? '');
    if (text.length < Math.min(MIN_PARAGRAPH, KEY_LENGTH)) continue;
    const key = text.slice(0, KEY_LENGTH);
    if (!wanted.has(key) && !wanted.has(text)) continue;
    const k = wanted.has(key) ? key : text;
    const prev = best.get(k);
    // Document order puts descendants after ancestors: on equal text, the later one is inner.
    if (!prev || text.length <= prev.length) best.set(k, { el, length: text.length });
  }
  return Array.from(best, ([key, v]) => ({ key, el: v.el }));
}

/** The deepest element that contains at least `quorum` of `elements`. */
function quorumAncestor(elements: Element[], quorum: number): Element | null {
  const counts = new Map<Element, number>();
  const depth = new Map<Element, number>();
  for (const el of elements) {
    const chain: Element[] = [];
    for (let a: Element | null = el; a; a = a.parentElement) chain.push(a);
    chain.forEach((a, i) => {
      counts.set(a, (counts.get(a) ?? 0) + 1);
      depth.set(a, chain.length - 1 - i);
    });
  }
  let best: Element | null = null;
  for (const [el, n] of counts) {
    if (n >= quorum && (best === null || depth.get(el)! > depth.get(best)!)) best = el;
  }
  return best;
}

