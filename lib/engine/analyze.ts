/**
 * The engine's pipeline for one page's text: sentences → known actors → figures → unknown actors
 * → claims (extraction, synchronous and timed), then conflicts against other sources' claims
 * (given to it, so the same code serves IndexedDB in the extension and memory in the CLI).
 */
import { assembleClaims } from '../claims/assemble';
import { isComparableKey } from '../claims/claim-key';
import { relateClaims, describeInterval, formatValue } from '../claims/compare';
import type { AliasMatcher } from '../extract/alias-matcher';
import { extractFigures } from '../extract/figures';
import { findUnknownActors } from '../extract/proper-nouns';
import { firstIndex } from '../extract/spans';
import { splitSentences } from '../extract/sentences';
import type { ActorMention, FigureMention } from '../extract/types';
import type { StoredClaim } from '../factbase/db';
import type { Source } from '../factbase/schema';
import type { OtherClaim, PageClaim, PageConflict } from './types';

/** What extraction needs from the fact base. */
export interface ExtractDeps {
  matcher: AliasMatcher;
  actorIdForName: (name: string) => string | null;
}

/** Where the page came from, for claim ids, dates and titles. */
export interface PageMeta {
  sourceId: string;
  title: string | null;
  publishedAt: string | null;
}

/** What extraction found in one text. */
export interface Extraction {
  actors: ActorMention[];
  figures: FigureMention[];
  claims: PageClaim[];
  extractMs: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Finds actors, figures and claims in `text`. Pure and synchronous. */
export function extractText(text: string, meta: PageMeta, deps: ExtractDeps): Extraction {
  const t0 = now();
  const sentences = splitSentences(text);
  const known = deps.matcher.match(text);
  const figures = extractFigures(text, sentences);
  // The number part of a figure ("Seven" at a sentence start) is never a name; a known name in
  // its counted phrase ("250 Kazakhstan-born militants") still is.
  const numberParts = figures.map((f) => ({ start: f.start, end: numberEnd(f) }));
  const knownClear = known.filter((a) => !overlapsAny(a, numberParts));
  const taken = [...knownClear, ...numberParts].sort((a, b) => a.start - b.start);
  const unknown = findUnknownActors(text, sentences, taken);
  const actors = [...knownClear, ...unknown].sort((a, b) => a.start - b.start);
  const claims = assembleClaims(text, sentences, actors, figures, {
    sourceId: meta.sourceId,
    title: meta.title,
    publishedAt: meta.publishedAt,
    actorIdForName: deps.actorIdForName,
  });
  return { actors, figures, claims, extractMs: now() - t0 };
}

/** Where a figure's number (with hedge and unit) ends and its counted phrase begins. */
function numberEnd(f: FigureMention): number {
  if (!f.counted) return f.end;
  const at = f.text.lastIndexOf(f.counted);
  return at > 0 ? f.start + at : f.end;
}

function overlapsAny(a: { start: number; end: number }, spans: readonly { start: number; end: number }[]): boolean {
  // Spans are sorted and do not overlap; a short scan from a binary-searched start.
  for (let i = firstIndex(spans, (s) => s.end > a.start); i < spans.length && spans[i]!.start < a.end; i++) if (spans[i]!.end > a.start) return true;
  return false;
}

/** A claim from the fact base with its source, for comparison. */
export interface KnownClaim {
  claim: StoredClaim;
  source: Source | undefined;
}

function outletLabel(source: Pick<Source, 'outlet' | 'title'> | undefined, fallback: string): string {
  return source?.outlet ?? source?.title ?? fallback;
}

function dateLabel(d: string | null | undefined): string {
  return d ? ` (${d})` : '';
}

function quoted(text: string | undefined): string | null {
  return text ? `"${text}"` : null;
}

function figureWords(c: { value: number; unit: string; predicate: string; counted: string | null }): string {
  const what = c.counted ?? (c.predicate === 'other' ? '' : c.predicate);
  return `${formatValue(c.value, c.unit)}${what ? ` ${what}` : ''}`;
}

/**
 * Compares the page's claims with other sources' claims of the same key (`others(key)`), and
 * reports stated changes inside the page. Only conflicts, updates and scope differences are listed.
 */
export function findConflicts(
  claims: readonly PageClaim[],
  figures: readonly FigureMention[],
  page: { sourceId: string; outlet: string | null; title: string | null; publishedAt: string | null; url: string | null },
  others: (key: string) => readonly KnownClaim[],
): PageConflict[] {
  const out: PageConflict[] = [];
  const here = outletLabel({ outlet: page.outlet, title: page.title ?? 'this page' }, 'this page');
  for (const claim of claims) {
    if (claim.previous || claim.predicate === 'other') continue;
    const mine = { ...claim, sourceId: page.sourceId };
    // A change stated on this page: the new figure updates the old one.
    const fig = figures[claim.figure];
    if (fig?.changedFromIndex !== undefined) {
      const old = claims[fig.changedFromIndex];
      if (old) {
        out.push({
          kind: 'update',
          claim: claim.id,
          other: otherFromPage(old, figures[old.figure], page, here),
          reason: `${here}${dateLabel(page.publishedAt)} reports a change to ${figureWords(claim)} from ${formatValue(old.value, old.unit)}: an update, not a conflict`,
        });
      }
    }
    const reported = new Set<string>();
    for (const { claim: other, source } of isComparableKey(claim.key) ? others(claim.key) : []) {
      if (other.sourceId === page.sourceId || other.status !== 'active') continue;
      // The same statement known from two records (a bundled source and a page read) is one.
      if (reported.has(other.quote)) continue;
      const rel = relateClaims(mine, other);
      if (rel !== 'conflict' && rel !== 'update' && rel !== 'scope') continue;
      const there = outletLabel(source, other.sourceId);
      const a = `${here}${dateLabel(page.publishedAt)} says ${quoted(fig?.text) ?? figureWords(claim)}`;
      const b = `${there}${dateLabel(source?.publishedAt ?? other.asOf)} says ${quoted(other.figureText) ?? figureWords(other)}`;
      const why =
        rel === 'conflict'
          ? `the figures do not overlap (${describeInterval(claim)} vs ${describeInterval(other)})`
          : rel === 'update'
            ? 'a change over time is stated'
            : `they count different populations (${claim.counted ?? 'people'} vs ${other.counted ?? 'people'})`;
      reported.add(other.quote);
      out.push({
        kind: rel,
        claim: claim.id,
        other: {
          value: other.value,
          low: other.low,
          high: other.high,
          source: there,
          claimant: other.claimant,
          claimId: other.id,
          sourceId: other.sourceId,
          url: source?.url ?? null,
          publishedAt: source?.publishedAt ?? null,
          quote: other.quote,
          figureText: other.figureText,
          counted: other.counted,
          qualifier: other.qualifier,
          unit: other.unit,
        },
        reason: `${a}; ${b}: ${why}`,
      });
    }
  }
  return out;
}

function otherFromPage(
  c: PageClaim,
  fig: FigureMention | undefined,
  page: { sourceId: string; url: string | null; publishedAt: string | null },
  label: string,
): OtherClaim {
  return {
    value: c.value,
    low: c.low,
    high: c.high,
    source: label,
    claimant: c.claimant,
    claimId: c.id,
    sourceId: page.sourceId,
    url: page.url,
    publishedAt: page.publishedAt,
    quote: c.quote,
    figureText: fig?.text ?? '',
    counted: c.counted,
    qualifier: c.qualifier,
    unit: c.unit,
  };
}
