/**
 * The reading service: analysing pages against the fact base, remembering what was read, and
 * answering the cards and the popup. The browser-specific parts (tab state storage, the badge)
 * are injected, so this runs in unit tests as it is.
 */
import type { KnownClaim } from '../engine/analyze';
import { analyzePage } from '../engine/analyze-page';
import { appendAnalysis } from '../engine/merge';
import { sourceIdFor } from '../engine/record-page';
import { idbEngineFactbase } from '../factbase/engine-port';
import type { FactbaseDB } from '../factbase/db';
import { claimsByKey, claimsBySubject, countRecords, incidentCounts, incidentsForActor, notesByUrl } from '../factbase/queries';
import { disagreementsAmong } from '../claims/known-conflicts';
import type { Incident, Source } from '../factbase/schema';
import { addUserActor } from '../factbase/writes';
import type { Request, Responses, Sender } from '../messaging/protocol';
import type { ClaimView, IncidentView, TabDossier } from '../messaging/views';
import { rankIncidents } from './related';
import { connectionOf, perConnection, thenNotify, type FactbaseSource } from './router';

// Above any score `rankIncidents` gives: the page's own incidents rank first (a finite number, as
// messages are carried as JSON).
const OWN_INCIDENT_SCORE = 1e9;

/** Per-tab state that must survive a restarted service worker. */
export interface TabStore {
  get(tabId: number): Promise<TabDossier | null>;
  set(tabId: number, state: TabDossier): Promise<void>;
}

/** What the reading service needs from the browser. */
export interface ReadingDeps {
  /** The fact base, or how to open it (the tab's cached dossier is answered without it). */
  db: FactbaseSource<FactbaseDB>;
  tabs: TabStore;
  setBadge: (tabId: number, text: string) => void;
  /** Whether claims read on this URL are remembered. */
  remembers: (url: string) => Promise<boolean>;
  /** Whether names not in the fact base are marked and listed (the options' switch); absent: yes. */
  showsUnknownNames?: () => Promise<boolean>;
  /** A page was read: its source id, for team sync's read receipts. */
  pageRead?: (sourceId: string) => void;
  /** The fact base was written (team sync takes a step). */
  written?: () => void;
}


/** The reading service's handlers, keyed by message name. */
export function createReadingService(deps: ReadingDeps) {
  const connect = connectionOf(deps.db);
  // The engine's port keeps the alias matcher: one per connection.
  const enginePort = perConnection(idbEngineFactbase);

  async function withSources(db: FactbaseDB, claims: readonly KnownClaim['claim'][]): Promise<ClaimView[]> {
    const ids = [...new Set(claims.map((c) => c.sourceId))];
    const sources = new Map<string, Source | undefined>(await Promise.all(ids.map(async (id) => [id, await db.get('sources', id)] as const)));
    return claims.map((claim) => ({ claim, source: sources.get(claim.sourceId) ?? null }));
  }

  async function incidentView(db: FactbaseDB, incident: Incident): Promise<IncidentView> {
    const ids = [...new Set([...incident.actors.map((a) => a.actorId), ...(incident.place ? [incident.place] : [])])];
    const actors = new Map((await Promise.all(ids.map((id) => db.get('actors', id)))).filter((a) => a).map((a) => [a!.id, a!]));
    const claims = await db.getAllFromIndex('claims', 'by-incident', incident.id);
    return {
      incident,
      placeName: incident.place ? (actors.get(incident.place)?.name ?? null) : null,
      actorNames: incident.actors.map((a) => ({ id: a.actorId, name: actors.get(a.actorId)?.name ?? a.actorId, role: a.role })),
      claims: await withSources(db, claims),
    };
  }

  return {
    async analyzePage(data: Request<'analyzePage'>, sender: Sender): Promise<Responses['analyzePage']> {
      const tabId = sender.tab?.id;
      const db = await connect();
      const part = data.part ?? 0;
      // The one pipeline the command line runs too, over the IndexedDB fact base.
      const result = await analyzePage(
        { label: data.url, url: data.url, title: data.title || null, publishedAt: data.publishedAt, siteName: data.siteName, text: data.text, part },
        enginePort(db),
        { remember: await deps.remembers(data.url) },
      );
      const { text: _text, ...full } = result;
      // Unknown names switched off: only fact-base actors are marked, and none is listed as maybe.
      const analysis = deps.showsUnknownNames && !(await deps.showsUnknownNames()) ? { ...full, actors: full.actors.filter((a) => a.actorId !== null), maybe: [] } : full;
      if (tabId !== undefined) {
        const prev = part > 0 ? await deps.tabs.get(tabId) : null;
        // Text the page added later extends the page's analysis (figure and claim indexes shifted).
        const merged = prev?.analysis && prev.url === data.url ? appendAnalysis(prev.analysis, analysis) : analysis;
        await deps.tabs.set(tabId, { url: data.url, title: data.title, analysis: merged, related: [], state: 'analysing', notes: prev?.notes });
      }
      if (data.url) deps.pageRead?.(analysis.source.sourceId ?? sourceIdFor(data.url));
      deps.written?.();
      return analysis;
    },

    async pageAnnotated(data: Request<'pageAnnotated'>, sender: Sender): Promise<Responses['pageAnnotated']> {
      const tabId = sender.tab?.id;
      if (tabId !== undefined) {
        const state = await deps.tabs.get(tabId);
        // A page with no article text was never analysed: the tab's dossier says it was read.
        if (data.articleText === false) await deps.tabs.set(tabId, { url: data.url, title: sender.tab?.title ?? '', analysis: null, related: [], state: 'no-text' });
        else if (state && state.url === data.url) await deps.tabs.set(tabId, { ...state, state: 'done' });
        deps.setBadge(tabId, data.conflicts > 0 ? String(data.conflicts) : '');
      }
      return { ok: true };
    },

    async getActorCard({ actorId }: Request<'getActorCard'>): Promise<Responses['getActorCard']> {
      const db = await connect();
      const actor = await db.get('actors', actorId);
      if (!actor) return null;
      const incidents = (await incidentsForActor(db, actorId)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '')).slice(0, 5);
      const claims = (await claimsBySubject(db, actorId)).filter((c) => c.status === 'active').slice(-5);
      const { aliasKeys: _k, ...plain } = actor;
      return { actor: plain, incidents: await Promise.all(incidents.map((i) => incidentView(db, i))), claims: await withSources(db, claims) };
    },

    async getFigureCard({ url, figureIndex }: Request<'getFigureCard'>, sender: Sender): Promise<Responses['getFigureCard']> {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return null;
      const state = await deps.tabs.get(tabId);
      const claimIndex = state?.analysis?.claims.findIndex((c) => c.figure === figureIndex) ?? -1;
      if (!state?.analysis || state.url !== url || claimIndex < 0) return null;
      const claim = state.analysis.claims[claimIndex]!;
      // The page's own claims (a bundled article keeps its bundled source id) are never another source's.
      const own = state.analysis.source.sourceId ?? sourceIdFor(url);
      const db = await connect();
      const others = (await claimsByKey(db, claim.key)).filter((c) => c.sourceId !== own && c.sourceId !== sourceIdFor(url) && c.status === 'active');
      return { claimIndex, others: await withSources(db, others) };
    },

    async getTabDossier({ tabId }: Request<'getTabDossier'>): Promise<Responses['getTabDossier']> {
      const state = await deps.tabs.get(tabId);
      if (!state) return null;
      if (!state.analysis) return state;
      const db = await connect();
      const actorIds = [...new Set(state.analysis.actors.map((a) => a.actorId).filter((id): id is string => id !== null))];
      const lists = await Promise.all(actorIds.map((id) => incidentsForActor(db, id)));
      // The incidents the page's own figures are about come first (an article about an imported
      // GTD or ACLED incident lists it), then those that share its actors, places and time.
      const own = [...new Set(state.analysis.claims.map((c) => c.incident).filter((id): id is string => id !== null))];
      const ownIncidents = (await Promise.all(own.map((id) => db.get('incidents', id)))).filter((i): i is NonNullable<typeof i> => i !== undefined);
      const ownIds = new Set(ownIncidents.map((i) => i.id));
      const ranked = rankIncidents(lists.flat().filter((i) => !ownIds.has(i.id)), actorIds, state.analysis.source.publishedAt).slice(0, Math.max(0, 10 - ownIncidents.length));
      const related = [
        ...(await Promise.all(ownIncidents.map(async (i) => ({ ...(await incidentView(db, i)), score: OWN_INCIDENT_SCORE })))),
        ...(await Promise.all(ranked.map(async (r) => ({ ...(await incidentView(db, r.incident)), score: r.score })))),
      ];
      // What other sources disagree about among themselves, on this page's own incidents and
      // measures only: an article on one attack is not shown a dispute about fighters abroad
      // because both mention the country. Bounded: the latest claims of each are enough.
      const ownSource = state.analysis.source.sourceId ?? sourceIdFor(state.url);
      const pageKeys = [...new Set(state.analysis.claims.filter((c) => c.predicate !== 'other').map((c) => c.key))].slice(0, 30);
      const pageIncidents = [...new Set(state.analysis.claims.map((c) => c.incident).filter((id): id is string => id !== null))].slice(0, 10);
      const found = new Map<string, KnownClaim['claim']>();
      for (const list of await Promise.all([
        ...pageKeys.map((k) => db.getAllFromIndex('claims', 'by-key', k, 200)),
        ...pageIncidents.map((id) => db.getAllFromIndex('claims', 'by-incident', id, 200)),
      ])) {
        for (const c of list) if (c.sourceId !== ownSource) found.set(c.id, c);
      }
      const about = [...found.values()];
      const sourceIds = [...new Set(about.map((c) => c.sourceId))];
      const sources = new Map((await Promise.all(sourceIds.map((id) => db.get('sources', id)))).filter((x): x is Source => !!x).map((x) => [x.id, x]));
      const otherConflicts = disagreementsAmong(about, sources, 10);
      const pageNotes = await notesByUrl(db, state.url);
      return { ...state, related, otherConflicts, pageNotes };
    },

    /** Straight from the tab's cached dossier: no need to wait for the fact base to open. */
    async getTabAnalysis({ tabId }: Request<'getTabAnalysis'>): Promise<Responses['getTabAnalysis']> {
      return deps.tabs.get(tabId);
    },

    addActor: thenNotify(deps.written, async ({ name, type, description }: Request<'addActor'>): Promise<Responses['addActor']> => {
      const actor = await addUserActor(await connect(), { name, type, description: description ?? '' });
      return { actorId: actor.id };
    }),

    async getCounts(_data?: Request<'getCounts'>): Promise<Responses['getCounts']> {
      return countRecords(await connect());
    },

    async actorIncidentCounts({ actorIds }: Request<'actorIncidentCounts'>): Promise<Responses['actorIncidentCounts']> {
      return incidentCounts(await connect(), actorIds);
    },
  };
}

/** The reading service's handlers. */
export type ReadingService = ReturnType<typeof createReadingService>;
