/**
 * The engine's pipeline for one page's text: sentences → known actors → figures → unknown actors
 * → claims (extraction, synchronous and timed), then conflicts against other sources' claims
 * (given to it, so the same code serves IndexedDB in the extension and memory in the CLI).
 */
import { assembleClaims } from '../claims/assemble';
import { isComparableKey } from '../claims/claim-key';
import { describeInterval, formatValue, readsAsAllDead, relateWithCause, roleOfClaim, saysAttackerDied, victimsBesideAllDead, type RelationCause } from '../claims/compare';
import { roleWords } from '../claims/roles';
import type { AliasMatcher } from '../extract/alias-matcher';
import { extractFigures } from '../extract/figures';
import { findUnknownActors } from '../extract/proper-nouns';
import { judgeNames } from '../extract/names/judge';
import { readsScript } from '../extract/names/scripts';
import { firstIndex, mergeByStart } from '../extract/spans';
import { unlinkForeignBodies, type ActorNameOf } from './foreign-bodies';
import { routeRussian } from '../extract/ru/route-ru';
import { splitSentences } from '../extract/sentences';
import type { ActorMention, FigureMention } from '../extract/types';
import type { StoredClaim } from '../factbase/db';
import type { Source } from '../factbase/schema';
import type { ConflictKind, OtherClaim, PageClaim, PageConflict } from '../claims/types';

/** What extraction needs from the fact base. */
export interface ExtractDeps {
  matcher: AliasMatcher;
  actorIdForName: (name: string) => string | null;
  /** A fact-base actor's name by id: without it, another country's body under a shared short name stays linked. */
  actorName?: ActorNameOf;
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
  /** Unknown names too unsure to mark (below the judge's threshold): listed as "maybe". */
  maybe: ActorMention[];
  figures: FigureMention[];
  claims: PageClaim[];
  extractMs: number;
}

const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Finds actors, figures and claims in `text`. Pure and synchronous. */
export function extractText(text: string, meta: PageMeta, deps: ExtractDeps): Extraction {
  const t0 = now();
  // A page in a script the engine does not read (CJK) gets no marks rather than wrong ones.
  if (!readsScript(text)) return { actors: [], maybe: [], figures: [], claims: [], extractMs: now() - t0 };
  const sentences = splitSentences(text);
  const matched = deps.matcher.match(text);
  const known = deps.actorName ? unlinkForeignBodies(text, matched, deps.actorName) : matched;
  // Russian paragraphs go to the Russian rules; the English rules see them blanked out.
  const ru = routeRussian(text, sentences);
  // A page all in Russian leaves the English rules white space only: nothing for them to find.
  const english = ru?.restBlank ? null : (ru?.rest ?? text);
  const figures = [...(english === null ? [] : extractFigures(english, sentences)), ...(ru?.figures() ?? [])];
  // The number part of a figure ("Seven" at a sentence start) is never a name; a known name in
  // its counted phrase ("250 Kazakhstan-born militants") still is.
  const numberParts = figures.map((f) => ({ start: f.start, end: numberEnd(f) })).sort((a, b) => a.start - b.start);
  const knownClear = known.filter((a) => !overlapsAny(a, numberParts));
  const taken = mergeByStart<{ start: number; end: number }>(knownClear, numberParts);
  // English names are judged with the page's evidence; Russian ones come typed from their own cues.
  const spotted = english === null ? [] : findUnknownActors(english, sentences, taken);
  // The judge only ever returns names it was given: none spotted (a page all in Russian), none to judge.
  const judged = english !== null && spotted.length > 0 ? judgeNames(english, knownClear, spotted) : { actors: [], maybe: [] };
  const unknown = [...judged.actors, ...(ru?.unknownActors(taken).map((a) => knownByCanonical(a, deps)) ?? [])];
  const actors = mergeByStart(knownClear, unknown);
  const claims = assembleClaims(text, sentences, actors, figures, {
    sourceId: meta.sourceId,
    title: meta.title,
    publishedAt: meta.publishedAt,
    actorIdForName: deps.actorIdForName,
  });
  return { actors, maybe: judged.maybe, figures, claims, extractMs: now() - t0 };
}

/**
 * A Russian name whose words stand for a longer one (an adjective of a list that shares its head,
 * "Атырауской" for "Атырауская область") is the fact base's actor of that name, when it has one.
 */
function knownByCanonical(a: ActorMention, deps: ExtractDeps): ActorMention {
  if (!a.canonical || a.actorId) return a;
  const id = deps.actorIdForName(a.canonical);
  return id ? { ...a, actorId: id, confidence: 0.9 } : a;
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

/** The other side of a disagreement, from a stored claim and its source: built here only. */
export function otherClaimOf(claim: StoredClaim, source: Source | undefined | null): OtherClaim {
  return {
    value: claim.value,
    low: claim.low,
    high: claim.high,
    source: outletLabel(source ?? undefined, claim.outlet ?? claim.sourceId),
    claimant: claim.claimant,
    claimId: claim.id,
    sourceId: claim.sourceId,
    url: source?.url ?? null,
    publishedAt: source?.publishedAt ?? null,
    quote: claim.quote,
    figureText: claim.figureText,
    counted: claim.counted,
    qualifier: claim.qualifier,
    unit: claim.unit,
    role: roleOfClaim(claim),
  };
}

/** A claimant's name folded for grouping ("the Interior Ministry" and "Interior Ministry" are one). */
export function claimantKey(claimant: string | null): string | null {
  return claimant ? claimant.toLowerCase().replace(/^the\s+/, '').replace(/'s$/, '').replace(/\s+/g, ' ').trim() : null;
}

/** The page a conflict search is for. */
export interface ConflictPage {
  sourceId: string;
  outlet: string | null;
  title: string | null;
  publishedAt: string | null;
  url: string | null;
}

/**
 * Compares the page's claims with other sources' claims of the same key (`others(key)`), and
 * reports stated changes inside the page. Only conflicts, updates and scope differences are listed.
 * One figure repeated by several outlets from one claimant is one disagreement, naming every outlet.
 */
export function findConflicts(
  claims: readonly PageClaim[],
  figures: readonly FigureMention[],
  page: ConflictPage,
  others: (key: string) => readonly KnownClaim[],
): PageConflict[] {
  const out: PageConflict[] = [];
  const here = outletLabel({ outlet: page.outlet, title: page.title ?? 'this page' }, 'this page');
  // A sum the page also states as one figure ("five people ... three officers and two civilians")
  // says nothing more: only the figure speaks for it.
  const stated = new Set(claims.filter((c) => !c.parts && !c.partOf).map((c) => `${c.key}|${c.role}|${c.value}`));
  // A figure the page repeats ("31 dead" in the lead and again below) against a figure another
  // source repeats is one disagreement, not one per pair of mentions.
  const reported = new Set<string>();
  // The page's own current claims by key, for reading a general toll against its incident's others.
  const pageByKey = new Map<string, PageClaim[]>();
  for (const c of claims) {
    if (c.previous) continue;
    const list = pageByKey.get(c.key);
    if (list) list.push(c);
    else pageByKey.set(c.key, [c]);
  }
  const totals = new Set(claims.filter((c) => !c.parts && !c.partOf && !c.subset && !c.previous && (c.role === 'victims' || c.role === 'all-dead' || c.role === 'people')).map((c) => c.key));
  // Whether the page says the attacker is among the dead ("the attacker himself and 20 victims").
  const attackerDied = claims.some((c) => saysAttackerDied(c.quote));
  for (const claim of claims) {
    if (claim.previous || claim.predicate === 'other') continue;
    if (claim.parts && stated.has(`${claim.key}|${claim.role}|${claim.value}`)) continue;
    // A breakdown beside a total of the page's own ("killed seven people ... shot four officers and
    // two civilians, then the captain") is a partial list: the page's total speaks for the toll.
    if (claim.parts && totals.has(claim.key)) continue;
    const peers = isComparableKey(claim.key) ? [...others(claim.key).map((k) => k.claim), ...(pageByKey.get(claim.key) ?? []).filter((c) => c !== claim)] : [];
    const mine = { ...claim, sourceId: page.sourceId, ...(readsAsAllDead(claim, peers) ? { role: 'all-dead' as const } : {}) };
    const fig = figures[claim.figure];
    const myText = claim.figureText || fig?.text;
    // A change stated on this page: the new figure updates the old one.
    if (fig?.changedFromIndex !== undefined && !claim.parts) {
      const old = claims.find((c) => c.figure === fig.changedFromIndex && !c.parts);
      if (old) {
        out.push({
          kind: 'update',
          claim: claim.id,
          other: { ...otherFromPage(old, figures[old.figure], page, `${here} (this page, the earlier figure)`), role: old.role },
          reason: `${here}${dateLabel(page.publishedAt)} reports a change to ${figureWords(claim)} from ${formatValue(old.value, old.unit)}: an update, not a conflict`,
        });
      }
    }
    // Other sources' claims, grouped: one figure from one claimant, however many outlets repeat it.
    const groups = new Map<string, { kind: ConflictKind; cause: RelationCause; other: OtherClaim; outlets: string[]; firstDate: string }>();
    const seenQuotes = new Set<string>();
    const bySource = new Map<string, string>();
    for (const { claim: other, source } of isComparableKey(claim.key) ? others(claim.key) : []) {
      if (other.sourceId === page.sourceId || other.status !== 'active') continue;
      // The same statement known from two records (a bundled source and a page read) is one.
      const statement = `${other.quote}\u0000${other.figureText}\u0000${other.value}`;
      if (seenQuotes.has(statement)) continue;
      seenQuotes.add(statement);
      // A claim without an as-of date is as of its source's publication.
      let { relation, cause } = relateWithCause(mine, { ...other, asOf: other.asOf ?? source?.publishedAt ?? null });
      // "20 victims" on a page that counts the attacker among the dead, against another's "21":
      // the victims against all the dead.
      const allDeadOther = relation === 'conflict' && victimsBesideAllDead(mine, other, attackerDied);
      if (allDeadOther) [relation, cause] = ['scope', 'scope'];
      if (relation !== 'conflict' && relation !== 'update' && relation !== 'scope') continue;
      const view = allDeadOther ? { ...otherClaimOf(other, source), role: 'all-dead' as const } : otherClaimOf(other, source);
      const same = `${relation}|${other.value}|${other.low}|${other.high}`;
      // One source's figure said twice (by its claimant and in its own words) is one figure.
      const gk = bySource.get(`${same}|${other.sourceId}`) ?? `${same}|${claimantKey(other.claimant) ?? `outlet:${view.source}`}`;
      bySource.set(`${same}|${other.sourceId}`, gk);
      const g = groups.get(gk);
      const date = source?.publishedAt ?? other.asOf ?? '';
      if (g) {
        if (!g.outlets.includes(view.source)) g.outlets.push(view.source);
        // The earliest report stands for the group.
        if (date && date < g.firstDate) {
          g.other = view;
          g.firstDate = date;
        }
      } else groups.set(gk, { kind: relation, cause, other: view, outlets: [view.source], firstDate: date || '\uffff' });
    }
    // A difference of scope is one per other source: against its victims rather than its attackers
    // when it gives both (all the dead "21" against "19 people" and "two attackers").
    const scopeFrom = new Map<string, { kind: ConflictKind; other: OtherClaim }>();
    for (const g of groups.values()) {
      if (g.kind !== 'scope') continue;
      const seen = scopeFrom.get(g.other.sourceId);
      if (!seen || (seen.other.role === 'attackers' && g.other.role !== 'attackers')) scopeFrom.set(g.other.sourceId, g);
    }
    for (const g of groups.values()) {
      const other = g.other;
      if (g.kind === 'scope' && scopeFrom.get(other.sourceId) !== g) continue;
      const once = `${g.kind}|${claim.key}|${claim.role}|${claim.value}|${claim.low}|${claim.high}|${other.sourceId}|${other.value}`;
      if (reported.has(once)) continue;
      reported.add(once);
      const a = `${here}${dateLabel(page.publishedAt)} says ${quoted(myText) ?? figureWords(claim)}`;
      const b = `${other.source}${dateLabel(other.publishedAt)} says ${quoted(other.figureText) ?? figureWords({ ...other, predicate: claim.predicate })}`;
      const why =
        g.cause === 'later-figure'
          ? `a later figure, with no change stated: not a conflict`
          : g.kind === 'update'
            ? 'a change over time is stated'
            : g.kind === 'scope'
              ? `they count different populations (${roleWords(mine.role)} vs ${roleWords(other.role ?? 'people')})`
              : `the figures do not overlap (${describeInterval(claim)} vs ${describeInterval(other)})`;
      const provenance = g.outlets.length > 1 ? ` [${g.outlets.length} outlets, ${other.claimant ? `1 claimant: ${other.claimant}` : 'no claimant named'}]` : '';
      out.push({ kind: g.kind, claim: claim.id, other: g.outlets.length > 1 ? { ...other, outlets: g.outlets } : other, reason: `${a}; ${b}: ${why}${provenance}` });
    }
  }
  return out;
}

function otherFromPage(c: PageClaim, fig: FigureMention | undefined, page: { sourceId: string; url: string | null; publishedAt: string | null }, label: string): OtherClaim {
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
    figureText: fig?.text ?? c.figureText,
    counted: c.counted,
    qualifier: c.qualifier,
    unit: c.unit,
  };
}
