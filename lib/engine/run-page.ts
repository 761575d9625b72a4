/**
 * One page through the whole engine against a working fact base in memory: read the page, extract,
 * compare, then remember its claims so the next page's disagreements with it are reported. Shared
 * by the command line and the benchmark.
 */
import { readPage, type HtmlParser, type PageInput } from '../extract/page';
import type { MemoryFactbase } from '../factbase/memory';
import type { Source } from '../factbase/schema';
import { extractText, findConflicts } from './analyze';
import { claimsToRecords, hostOutlet, roundMs, sourceIdFor, textHash } from './record-page';
import type { PageResult } from './types';

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Analyses one page and adds its claims to `fb`. `label` names the input (path or URL). */
export function runPage(input: PageInput, label: string, parseHtml: HtmlParser, fb: MemoryFactbase): PageResult {
  const t0 = now();
  const page = readPage(input, parseHtml);
  const readMs = now() - t0;
  const sourceId = sourceIdFor(page.url ?? label);
  const outlet = page.siteName ?? hostOutlet(page.url) ?? (page.title ? null : label.split(/[\\/]/).pop() ?? null);
  const meta = { sourceId, title: page.title, publishedAt: page.publishedAt };
  const ex = extractText(page.text, meta, { matcher: fb.matcher, actorIdForName: (n) => fb.actorIdForName(n) });
  const t1 = now();
  const conflicts = findConflicts(ex.claims, ex.figures, { sourceId, outlet, title: page.title, publishedAt: page.publishedAt, url: page.url }, (key) =>
    fb.claimsByKey(key).map((claim) => ({ claim, source: fb.sources.get(claim.sourceId) })),
  );
  const compareMs = now() - t1;
  const source: Source = {
    id: sourceId,
    url: page.url,
    title: page.title ?? label.split(/[\\/]/).pop() ?? label,
    outlet,
    publishedAt: page.publishedAt,
    origin: 'read',
    textHash: textHash(page.text),
  };
  fb.addPage(source, claimsToRecords(ex.claims, ex.figures, source));
  return {
    source: { input: label, title: page.title, publishedAt: page.publishedAt, url: page.url, outlet },
    text: page.text,
    actors: ex.actors,
    figures: ex.figures,
    claims: ex.claims,
    conflicts,
    timings: { extractMs: roundMs(ex.extractMs), compareMs: roundMs(compareMs), readMs: roundMs(readMs) },
  };
}
