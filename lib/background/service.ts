/**
 * The background's work behind the message protocol: analysing pages against the fact base,
 * remembering what was read, and answering the cards and the popup. The browser-specific parts
 * (tab state storage, the badge) are injected, so this runs in unit tests as it is.
 */
import { extractText, findConflicts, type Extraction, type KnownClaim } from '../engine/analyze';
import type { PageConflict } from '../engine/types';
import { appendAnalysis } from '../engine/merge';
import { claimsToRecords, hostOutlet, roundMs, sourceIdFor, textHash } from '../engine/record-page';
import { buildAliasMatcher, type AliasMatcher } from '../extract/alias-matcher';
import { aliasKey } from '../extract/normalize';
import type { FactbaseDB } from '../factbase/db';
import { allActors, claimsByKey, claimsBySource, claimsBySubject, countRecords, incidentsForActor, notesByUrl } from '../factbase/queries';
import { disagreementsAmong } from '../claims/known-conflicts';
import type { Incident, Source } from '../factbase/schema';
import { actorsRevision, addPageClaims, addUserActor, recordPageRead } from '../factbase/writes';
import { indexActorNames } from '../factbase/records';
import type { Request, Responses } from '../messaging/protocol';
import type { ClaimView, IncidentView, TabDossier } from '../messaging/views';
import { rankIncidents } from './related';

/** Per-tab state that must survive a restarted service worker. */
export interface TabStore {
  get(tabId: number): Promise<TabDossier | null>;
  set(tabId: number, state: TabDossier): Promise<void>;
}

/** What the service needs from the browser. */
export interface ServiceDeps {
  db: FactbaseDB;
  tabs: TabStore;
  setBadge: (tabId: number, text: string) => void;
  /** Whether claims read on this URL are remembered. */
  remembers: (url: string) => Promise<boolean>;
}

interface MatcherState {
  revision: number;
  matcher: AliasMatcher;
  byName: Map<string, string>;
}

/** The background's message handlers, minus the sender plumbing. */
export function createService(deps: ServiceDeps) {
  const { db } = deps;
  let matcherState: Promise<MatcherState> | null = null;

  async function matcher(): Promise<MatcherState> {
    const revision = await actorsRevision(db);
    const current = matcherState ? await matcherState : null;
    if (current && current.revision === revision) return current;
    matcherState = (async () => {
      const actors = await allActors(db);
      // Stored actors carry their folded name keys already.
      const byName = new Map<string, string>();
      for (const a of actors) indexActorNames(byName, a.id, a.aliasKeys);
      return { revision, matcher: buildAliasMatcher(actors), byName };
    })();
    return matcherState;
  }

  async function withSources(claims: readonly KnownClaim['claim'][]): Promise<ClaimView[]> {
    const ids = [...new Set(claims.map((c) => c.sourceId))];
    const sources = new Map<string, Source | undefined>(await Promise.all(ids.map(async (id) => [id, await db.get('sources', id)] as const)));
    return claims.map((claim) => ({ claim, source: sources.get(claim.sourceId) ?? null }));
  }

  async function incidentView(incident: Incident): Promise<IncidentView> {
    const ids = [...new Set([...incident.actors.map((a) => a.actorId), ...(incident.place ? [incident.place] : [])])];
    const actors = new Map((await Promise.all(ids.map((id) => db.get('actors', id)))).filter((a) => a).map((a) => [a!.id, a!]));
    const claims = await db.getAllFromIndex('claims', 'by-incident', incident.id);
    return {
      incident,
      placeName: incident.place ? (actors.get(incident.place)?.name ?? null) : null,
      actorNames: incident.actors.map((a) => ({ id: a.actorId, name: actors.get(a.actorId)?.name ?? a.actorId, role: a.role })),
      claims: await withSources(claims),
    };
  }

  /**
   * A page read before whose text changed since: its figures that now read differently are
   * updates by the outlet, not conflicts with itself.
   */
  async function outletUpdates(
    sourceId: string,
    hash: string,
    claims: Extraction['claims'],
    figures: Extraction['figures'],
  ): Promise<PageConflict[]> {
    const source = await db.get('sources', sourceId);
    if (!source || !source.textHash || source.textHash === hash) return [];
    const before = (await claimsBySource(db, sourceId)).filter((c) => c.origin === 'read' && c.status === 'active');
    const out: PageConflict[] = [];
    for (const c of claims) {
      const old = before.find((b) => b.key === c.key && b.predicate === c.predicate && b.counted === c.counted);
      if (!old || old.value === c.value) continue;
      out.push({
        kind: 'update',
        claim: c.id,
        other: {
          value: old.value, low: old.low, high: old.high, source: source.outlet ?? source.title, claimant: old.claimant, claimId: old.id,
          sourceId, url: source.url, publishedAt: source.publishedAt, quote: old.quote, figureText: old.figureText, counted: old.counted,
          qualifier: old.qualifier, unit: old.unit,
        },
        reason: `Updated by the outlet: this page said "${old.figureText}" when read on ${source.readAt?.slice(0, 10) ?? 'an earlier visit'}; it now says "${figures[c.figure]?.text ?? c.value}"`,
      });
    }
    return out;
  }

  return {
    async analyzePage(data: Request<'analyzePage'>, tabId: number | undefined): Promise<Responses['analyzePage']> {
      const m = await matcher();
      const sourceId = sourceIdFor(data.url);
      const part = data.part ?? 0;
      const outlet = data.siteName ?? hostOutlet(data.url);
      // Claim ids are made from this id: each version of the page's text, and text added later,
      // gets ids of its own (so an outlet's update is kept beside the earlier version).
      const hash = textHash(data.text);
      const version = hash.slice(0, 6);
      const meta = { sourceId: part > 0 ? `${sourceId}@${version}~${part}` : `${sourceId}@${version}`, title: data.title || null, publishedAt: data.publishedAt };
      const ex = extractText(data.text, meta, { matcher: m.matcher, actorIdForName: (n) => m.byName.get(aliasKey(n)) ?? null });
      const t1 = performance.now();
      const keys = [...new Set(ex.claims.map((c) => c.key))];
      const known = new Map<string, KnownClaim[]>();
      await Promise.all(
        keys.map(async (key) => {
          const claims = await claimsByKey(db, key);
          const views = await withSources(claims);
          known.set(key, views.map((v) => ({ claim: v.claim, source: v.source ?? undefined })));
        }),
      );
      const conflicts = findConflicts(ex.claims, ex.figures, { sourceId, outlet, title: meta.title, publishedAt: meta.publishedAt, url: data.url }, (k) => known.get(k) ?? []);
      if (part === 0) conflicts.push(...(await outletUpdates(sourceId, hash, ex.claims, ex.figures)));
      const compareMs = performance.now() - t1;
      if (await deps.remembers(data.url)) {
        const source: Source = {
          id: sourceId,
          url: data.url,
          title: data.title,
          outlet,
          publishedAt: data.publishedAt,
          origin: 'read',
          textHash: hash,
          readAt: new Date().toISOString(),
        };
        const records = claimsToRecords(ex.claims, ex.figures, source);
        if (part === 0) await recordPageRead(db, source, records);
        else await addPageClaims(db, records);
      }
      const analysis = {
        source: { input: data.url, title: meta.title, publishedAt: meta.publishedAt, url: data.url, outlet },
        actors: ex.actors,
        figures: ex.figures,
        claims: ex.claims,
        conflicts,
        timings: { extractMs: roundMs(ex.extractMs), compareMs: roundMs(compareMs) },
      };
      if (tabId !== undefined) {
        const prev = part > 0 ? await deps.tabs.get(tabId) : null;
        // Text the page added later extends the page's analysis (figure and claim indexes shifted).
        const merged = prev?.analysis && prev.url === data.url ? appendAnalysis(prev.analysis, analysis) : analysis;
        await deps.tabs.set(tabId, { url: data.url, title: data.title, analysis: merged, related: [], state: 'analysing', notes: prev?.notes });
      }
      return analysis;
    },

    async pageAnnotated(data: Request<'pageAnnotated'>, tabId: number | undefined): Promise<Responses['pageAnnotated']> {
      if (tabId !== undefined) {
        const state = await deps.tabs.get(tabId);
        if (state && state.url === data.url) await deps.tabs.set(tabId, { ...state, state: 'done' });
        deps.setBadge(tabId, data.conflicts > 0 ? String(data.conflicts) : '');
      }
      return { ok: true };
    },

    async getActorCard({ actorId }: Request<'getActorCard'>): Promise<Responses['getActorCard']> {
      const actor = await db.get('actors', actorId);
      if (!actor) return null;
      const incidents = (await incidentsForActor(db, actorId)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 5);
      const claims = (await claimsBySubject(db, actorId)).filter((c) => c.status === 'active').slice(-5);
      const { aliasKeys: _k, ...plain } = actor;
      return { actor: plain, incidents: await Promise.all(incidents.map(incidentView)), claims: await withSources(claims) };
    },

    async getFigureCard({ url, figureIndex }: Request<'getFigureCard'>, tabId: number | undefined): Promise<Responses['getFigureCard']> {
      if (tabId === undefined) return null;
      const state = await deps.tabs.get(tabId);
      const claimIndex = state?.analysis?.claims.findIndex((c) => c.figure === figureIndex) ?? -1;
      if (!state?.analysis || state.url !== url || claimIndex < 0) return null;
      const claim = state.analysis.claims[claimIndex]!;
      const others = (await claimsByKey(db, claim.key)).filter((c) => c.sourceId !== sourceIdFor(url) && c.status === 'active');
      return { claimIndex, others: await withSources(others) };
    },

    async getTabDossier({ tabId }: Request<'getTabDossier'>): Promise<Responses['getTabDossier']> {
      const state = await deps.tabs.get(tabId);
      if (!state) return null;
      if (!state.analysis) return state;
      const actorIds = [...new Set(state.analysis.actors.map((a) => a.actorId).filter((id): id is string => id !== null))];
      const lists = await Promise.all(actorIds.map((id) => incidentsForActor(db, id)));
      const ranked = rankIncidents(lists.flat(), actorIds, state.analysis.source.publishedAt).slice(0, 10);
      const related = await Promise.all(ranked.map(async (r) => ({ ...(await incidentView(r.incident)), score: r.score })));
      // What other sources disagree about, concerning the actors this page names most.
      const counts = new Map<string, number>();
      for (const a of state.analysis.actors) if (a.actorId) counts.set(a.actorId, (counts.get(a.actorId) ?? 0) + 1);
      const top = [...counts].sort((x, y) => y[1] - x[1]).slice(0, 12).map(([id]) => id);
      const pageSource = sourceIdFor(state.url);
      // Bounded: the latest claims about each actor are enough to show what sources disagree on.
      const about = (await Promise.all(top.map((id) => db.getAllFromIndex('claims', 'by-subject', id, 500)))).flat().filter((c) => c.sourceId !== pageSource);
      const sourceIds = [...new Set(about.map((c) => c.sourceId))];
      const sources = new Map((await Promise.all(sourceIds.map((id) => db.get('sources', id)))).filter((x): x is Source => !!x).map((x) => [x.id, x]));
      const otherConflicts = disagreementsAmong(about, sources, 10);
      const pageNotes = await notesByUrl(db, state.url);
      return { ...state, related, otherConflicts, pageNotes };
    },

    async addActor({ name, type, description }: Request<'addActor'>): Promise<Responses['addActor']> {
      const actor = await addUserActor(db, { name, type, description: description ?? '' });
      return { actorId: actor.id };
    },

    async getCounts(_data?: Request<'getCounts'>): Promise<Responses['getCounts']> {
      return countRecords(db);
    },
  };
}

/** The service's handlers. */
export type Service = ReturnType<typeof createService>;
