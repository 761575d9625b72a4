/**
 * One annotation pass over a live page: find the article body, read its text, have it analysed,
 * and mark the mentions in place. The analysis itself is injected (the background does it), so
 * this runs in happy-dom tests as it is.
 */
import { locateArticleRoot } from '../extract/article-root.dom';
import { isExcludedInPage } from './exclude.dom';
import { pageMetadata } from '../extract/page-meta';
import type { PageAnalysis } from '../messaging/views';
import { collectText, collectTextSliced, textNodesUnder, type TextMap } from './text-map.dom';
import { MARK_TAG, wrapMarks, yieldToPage, type MarkSpec } from './wrap.dom';

/** What the pass needs from outside. */
export interface AnnotateDeps {
  analyze: (req: {
    url: string;
    title: string;
    text: string;
    publishedAt: string | null;
    siteName: string | null;
    part?: number;
  }) => Promise<PageAnalysis>;
}

/** Where a later part's mention indexes start (the counts of the page's analysis so far). */
export interface IndexBase {
  actors: number;
  figures: number;
}

/** How long each phase of a pass took, in ms (the longest single main-thread step included). */
export interface PassTimings {
  root: number;
  collect: number;
  analyze: number;
  wrap: number;
  longestStep: number;
}

/** The result of a pass. */
export interface Annotation {
  timings: PassTimings;
  root: Element | null;
  map: TextMap | null;
  analysis: PageAnalysis | null;
  marks: HTMLElement[];
  actors: number;
  figures: number;
  conflicts: number;
}

/** The page's metadata sent with its text: read as the command line reads it (lib/extract/page-meta.ts). */
function pageMeta(doc: Document): { url: string; title: string; publishedAt: string | null; siteName: string | null } {
  const url = doc.location?.href ?? '';
  const meta = pageMetadata(doc, url || null);
  return { url, title: meta.title ?? '', publishedAt: meta.publishedAt, siteName: meta.siteName };
}

/** Remembers every text node of the article (including inside marks) as annotated. */
export function markProcessed(root: Element, processed: WeakSet<Text>): void {
  for (const n of textNodesUnder(root, (el) => el.localName !== MARK_TAG && isExcludedInPage(el))) processed.add(n);
}

/**
 * Annotates only the text the page added since the last pass (infinite scroll, live updates):
 * text nodes not yet `processed`, analysed as part `part` of the page. Null when there is too
 * little new text to bother.
 */
export async function annotateAdded(
  root: Element,
  processed: WeakSet<Text>,
  deps: AnnotateDeps,
  part: number,
  base: IndexBase,
  signal?: AbortSignal,
): Promise<{ analysis: PageAnalysis; marks: HTMLElement[] } | null> {
  const map = collectText(root, (el) => isExcludedInPage(el) || el.localName === MARK_TAG, (n) => !processed.has(n));
  if (map.text.replace(/\s+/g, '').length < 40) return null;
  const analysis = await deps.analyze({ ...pageMeta(root.ownerDocument), text: map.text, part });
  if (signal?.aborted) return null;
  const { marks } = await wrapMarks(map, markSpecs(analysis, base), signal);
  return { analysis, marks };
}


const DISAGREEMENT_WORDS = { conflict: ', another source disagrees', update: ', updates another source’s figure', scope: ', another source counts differently' } as const;

/** The specs of the marks for an analysis, sorted (an enclosing one before those inside it), with crossing overlaps dropped (first wins). */
export function markSpecs(analysis: PageAnalysis, base: IndexBase = { actors: 0, figures: 0 }): MarkSpec[] {
  const conflicted = new Set(analysis.conflicts.filter((c) => c.kind === 'conflict').map((c) => c.claim));
  const figureConflict = new Set(analysis.claims.filter((c) => conflicted.has(c.id)).map((c) => c.figure));
  // Each figure's strongest disagreement (conflict before update before scope), for the keyboard's "next disagreement".
  const disagreement = new Map<number, PageAnalysis['conflicts'][number]['kind']>();
  for (const kind of ['conflict', 'update', 'scope'] as const) {
    const claims = new Set(analysis.conflicts.filter((c) => c.kind === kind).map((c) => c.claim));
    for (const c of analysis.claims) if (claims.has(c.id) && !disagreement.has(c.figure)) disagreement.set(c.figure, kind);
  }
  const specs: MarkSpec[] = [];
  analysis.actors.forEach((a, i) => {
    const attrs: Record<string, string> = {
      'data-kind': a.actorId ? 'actor' : 'unknown',
      'data-index': String(base.actors + i),
      'data-type': a.type,
      // One tab stop for all marks (lib/marks/roving.dom.ts makes one of them 0).
      tabindex: '-1',
      role: 'button',
      'aria-label': `${a.canonical ?? a.text}, ${a.type === 'organization' ? 'organisation' : a.type}${a.actorId ? '' : ', not in the fact base'}`,
    };
    if (a.actorId) attrs['data-actor-id'] = a.actorId;
    specs.push({ start: a.start, end: a.end, attrs });
  });
  analysis.figures.forEach((f, i) => {
    const attrs: Record<string, string> = {
      'data-kind': 'figure',
      'data-index': String(base.figures + i),
      tabindex: '-1',
      role: 'button',
      'aria-label': `${f.text}, figure${disagreement.has(i) ? DISAGREEMENT_WORDS[disagreement.get(i)!] : ''}`,
    };
    if (figureConflict.has(i)) attrs['data-conflict'] = 'true';
    if (disagreement.has(i)) attrs['data-disagreement'] = disagreement.get(i)!;
    specs.push({ start: f.start, end: f.end, attrs });
  });
  specs.sort((a, b) => a.start - b.start || b.end - a.end);
  // A mention inside another ("NASA" in "two NASA astronauts") is marked inside its mark: the
  // command line lists both, and so does the popup. One that crosses another's edge is dropped
  // (first wins), as is a second mention of exactly the same span.
  const out: MarkSpec[] = [];
  const open: MarkSpec[] = [];
  for (const s of specs) {
    if (s.end <= s.start) continue;
    while (open.length > 0 && open[open.length - 1]!.end <= s.start) open.pop();
    const outer = open[open.length - 1];
    if (outer && (s.end > outer.end || (s.start === outer.start && s.end === outer.end))) continue;
    out.push(s);
    open.push(s);
  }
  return out;
}

/** Runs one annotation pass over `doc`. */
export async function annotateDocument(doc: Document, deps: AnnotateDeps, signal?: AbortSignal): Promise<Annotation> {
  const timings: PassTimings = { root: 0, collect: 0, analyze: 0, wrap: 0, longestStep: 0 };
  const empty: Annotation = { timings, root: null, map: null, analysis: null, marks: [], actors: 0, figures: 0, conflicts: 0 };
  let t = performance.now();
  let longestRootSlice = 0;
  let sliceStart = t;
  const root = await locateArticleRoot(doc, {
    yieldToPage: async () => {
      longestRootSlice = Math.max(longestRootSlice, performance.now() - sliceStart);
      await yieldToPage();
      sliceStart = performance.now();
    },
  });
  longestRootSlice = Math.max(longestRootSlice, performance.now() - sliceStart);
  timings.root = performance.now() - t;
  if (!root || signal?.aborted) return empty;
  await yieldToPage();
  t = performance.now();
  // Only text outside our own marks: a second pass must never mark anything twice. Built in
  // slices: a very long article must not hold the page's main thread.
  let longestCollectSlice = 0;
  sliceStart = performance.now();
  const map = await collectTextSliced(root, (el) => isExcludedInPage(el) || el.localName === MARK_TAG, async () => {
    longestCollectSlice = Math.max(longestCollectSlice, performance.now() - sliceStart);
    await yieldToPage();
    sliceStart = performance.now();
  });
  longestCollectSlice = Math.max(longestCollectSlice, performance.now() - sliceStart);
  timings.collect = performance.now() - t;
  if (!map.text.trim()) return { ...empty, root };
  t = performance.now();
  const analysis = await deps.analyze({ ...pageMeta(doc), text: map.text });
  timings.analyze = performance.now() - t;
  if (signal?.aborted) return { ...empty, root, map, analysis };
  t = performance.now();
  const specs = markSpecs(analysis);
  const wrapped = await wrapMarks(map, specs, signal);
  const marks = wrapped.marks;
  timings.wrap = performance.now() - t;
  timings.longestStep = Math.max(longestRootSlice, longestCollectSlice, wrapped.longestSlice);
  const conflicts = new Set(analysis.conflicts.filter((c) => c.kind === 'conflict').map((c) => c.claim)).size;
  // The counts are of what the reader sees marked: mentions that got a mark (a mention split over
  // several text nodes is one mention).
  return { timings, root, map, analysis, marks, actors: markedMentions(marks, ['actor', 'unknown']), figures: markedMentions(marks, ['figure']), conflicts };
}

/** How many distinct mentions of these kinds have a mark. */
export function markedMentions(marks: readonly Element[], kinds: readonly string[]): number {
  const seen = new Set<string>();
  for (const m of marks) {
    const kind = m.getAttribute('data-kind') ?? '';
    if (kinds.includes(kind)) seen.add(`${kind === 'figure' ? 'f' : 'a'}${m.getAttribute('data-index')}`);
  }
  return seen.size;
}
