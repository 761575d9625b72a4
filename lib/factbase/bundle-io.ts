/**
 * Fact-base bundles as files: exporting the whole fact base (or one actor with what hangs on it)
 * in the `BundleSchema` format, and importing one back: validated first, then merged without
 * duplicates in ONE transaction, so a bad file leaves the fact base as it was.
 */
import { bumpActorsRevision } from './revision';
import { aliasKey } from '../extract/normalize';
import { parseBundle, BundleError } from './bundle';
import { claimsAtPlace } from './actor-profile';
import type { FactbaseDB, StoredActor, StoredClaim, StoredIncident } from './db';
import { stripStored, toStoredActor, toStoredClaim, toStoredIncident } from './records';
import type { Actor, Bundle, Claim, Incident, Origin, Source } from './schema';
import { writeTransaction } from './counts';

/** The bundle format version written by `exportBundle`. */
export const EXPORT_BUNDLE_VERSION = 1;

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Exports the whole fact base, or with `actorId` one actor with its incidents, the claims about
 * it, at it or in its incidents, their sources, and the actors they name (so the bundle is
 * self-contained). Records are sorted by id; the bundle is validated before it is returned.
 * Saved notes are not part of a fact-base bundle (the backup carries them).
 */
export async function exportBundle(db: FactbaseDB, opts: { actorId?: string } = {}): Promise<Bundle> {
  let actors: StoredActor[];
  let sources: Source[];
  let incidents: StoredIncident[];
  let claims: StoredClaim[];
  if (opts.actorId === undefined) {
    const tx = db.transaction(['actors', 'sources', 'incidents', 'claims']);
    [actors, sources, incidents, claims] = await Promise.all([
      tx.objectStore('actors').getAll(),
      tx.objectStore('sources').getAll(),
      tx.objectStore('incidents').getAll(),
      tx.objectStore('claims').getAll(),
    ]);
  } else {
    const actorId = opts.actorId;
    const actor = await db.get('actors', actorId);
    if (!actor) throw new BundleError(`No actor with id "${actorId}" to export.`);
    incidents = await db.getAllFromIndex('incidents', 'by-actor', actorId);
    const found = new Map<string, StoredClaim>();
    const tx = db.transaction('claims');
    const lists = await Promise.all([
      tx.store.index('by-subject').getAll(actorId),
      ...incidents.map((i) => tx.store.index('by-incident').getAll(i.id)),
    ]);
    for (const c of lists.flat()) found.set(c.id, c);
    for (const c of await claimsAtPlace(db, actorId)) found.set(c.id, c);
    claims = [...found.values()];
    // Claims in the actor's incidents may cite incidents only by id: include the incidents they link to.
    const incidentIds = new Set(incidents.map((i) => i.id));
    for (const c of claims) {
      if (c.incidentId && !incidentIds.has(c.incidentId)) {
        const inc = await db.get('incidents', c.incidentId);
        if (inc) {
          incidents.push(inc);
          incidentIds.add(inc.id);
        }
      }
    }
    const sourceIds = new Set([...claims.map((c) => c.sourceId), ...incidents.flatMap((i) => i.sourceIds)]);
    const actorIds = new Set([actorId, ...incidents.flatMap((i) => i.actorIds)]);
    for (const c of claims) for (const ref of [c.subject, c.place]) if (ref) actorIds.add(ref);
    const rtx = db.transaction(['sources', 'actors']);
    const [srcs, acts] = await Promise.all([
      Promise.all([...sourceIds].map((id) => rtx.objectStore('sources').get(id))),
      Promise.all([...actorIds].map((id) => rtx.objectStore('actors').get(id))),
    ]);
    sources = srcs.filter((s): s is Source => s !== undefined);
    actors = acts.filter((a): a is StoredActor => a !== undefined);
  }
  return parseBundle({
    format: 'dossier-factbase',
    version: EXPORT_BUNDLE_VERSION,
    actors: actors.map((a) => stripStored(a)).sort(byId),
    sources: [...sources].sort(byId),
    incidents: incidents.map((i) => stripStored(i)).sort(byId),
    claims: claims.map((c) => stripStored(c)).sort(byId),
  });
}

/** What importing one kind of record did. */
export interface MergeCounts {
  /** New records. */
  added: number;
  /** Records replaced by the bundle's newer version. */
  updated: number;
  /** Records already there, the same. */
  unchanged: number;
  /** Records the user made or edited here, left as they are. */
  kept: number;
  /** Records matched to an existing one under another id (same name, URL or content), not duplicated. */
  merged: number;
}

/** What `importBundle` did, per kind of record. */
export interface BundleImportReport {
  actors: MergeCounts;
  sources: MergeCounts;
  incidents: MergeCounts;
  claims: MergeCounts;
}

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, kept: 0, merged: 0 });

// Stable JSON (sorted keys) to tell an unchanged record from an updated one.
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

// A file's "bundled" records are not this install's bundled default (whose loader removes
// bundled records it no longer ships): they arrive as imports.
const importedOrigin = (o: Origin): Origin => (o === 'bundled' ? 'import' : o);

/** True when the stored record already says what the incoming one says (a bundled record met again as bundled counts as the same). */
function isSame(existing: { origin: Origin }, incoming: { origin: Origin }, incomingOrigin: Origin): boolean {
  const left = existing.origin === 'bundled' && incomingOrigin === 'bundled' ? { ...existing, origin: incoming.origin } : existing;
  return canonical(left) === canonical(incoming);
}

function checkUniqueIds(bundle: Bundle): void {
  for (const kind of ['actors', 'sources', 'incidents', 'claims'] as const) {
    const seen = new Set<string>();
    for (const r of bundle[kind]) {
      if (seen.has(r.id)) throw new BundleError(`Not a valid Dossier fact-base bundle: ${kind} has the id "${r.id}" twice.`);
      seen.add(r.id);
    }
  }
}


/**
 * Imports a bundle (parsed JSON): validates it (`parseBundle`, unique ids, every claim's source
 * and incident present in the bundle or the fact base), then merges it in one transaction, all
 * or nothing. Records with a known id are updated unless the user made or edited them; records
 * new by id but already present under another id are merged into that one rather than
 * duplicated (actors by name and type, sources by URL, incidents by date, place and title,
 * claims by source, key, value and quote), and references are re-pointed. Throws `BundleError`
 * with the fact base unchanged when the file is not a valid bundle.
 */
export async function importBundle(db: FactbaseDB, data: unknown): Promise<BundleImportReport> {
  const bundle = parseBundle(data);
  checkUniqueIds(bundle);
  const report: BundleImportReport = { actors: zero(), sources: zero(), incidents: zero(), claims: zero() };
  const tx = writeTransaction(db, ['actors', 'sources', 'incidents', 'claims', 'meta']);
  const actorsStore = tx.objectStore('actors');
  const sourcesStore = tx.objectStore('sources');
  const incidentsStore = tx.objectStore('incidents');
  const claimsStore = tx.objectStore('claims');
  try {
    const bundleActorIds = new Set(bundle.actors.map((a) => a.id));
    const actorMap = new Map<string, string>();
    let actorsChanged = false;
    for (const incoming of bundle.actors) {
      const a: Actor = { ...incoming, origin: importedOrigin(incoming.origin) };
      const existing = await actorsStore.get(a.id);
      if (existing) {
        if (existing.origin === 'user') report.actors.kept++;
        else if (isSame(stripStored(existing), a, incoming.origin)) report.actors.unchanged++;
        else {
          await actorsStore.put(toStoredActor(a));
          report.actors.updated++;
          actorsChanged = true;
        }
        continue;
      }
      // The same actor under another id (not one this bundle brings): merge into it.
      const sameName = (await actorsStore.index('by-alias').getAll(aliasKey(a.name))).find(
        (x) => x.type === a.type && !bundleActorIds.has(x.id) && aliasKey(x.name) === aliasKey(a.name),
      );
      if (sameName) {
        actorMap.set(a.id, sameName.id);
        report.actors.merged++;
        if (sameName.origin !== 'user') {
          const keys = new Set(sameName.aliasKeys);
          const extra = a.aliases.filter((al) => {
            const k = aliasKey(al);
            if (!k || keys.has(k)) return false;
            keys.add(k);
            return true;
          });
          if (extra.length > 0) {
            await actorsStore.put(toStoredActor({ ...stripStored(sameName), aliases: [...sameName.aliases, ...extra] }));
            actorsChanged = true;
          }
        }
        continue;
      }
      await actorsStore.put(toStoredActor(a));
      report.actors.added++;
      actorsChanged = true;
    }
    const actorRef = (id: string | null): string | null => (id === null ? null : (actorMap.get(id) ?? id));

    const sourceMap = new Map<string, string>();
    for (const incoming of bundle.sources) {
      const s: Source = { ...incoming, origin: importedOrigin(incoming.origin) };
      const existing = await sourcesStore.get(s.id);
      if (existing) {
        if (existing.origin === 'user') report.sources.kept++;
        else if (isSame(existing, s, incoming.origin)) report.sources.unchanged++;
        else {
          await sourcesStore.put(s);
          report.sources.updated++;
        }
        continue;
      }
      const sameUrl = s.url ? (await sourcesStore.index('by-url').getAll(s.url))[0] : undefined;
      if (sameUrl) {
        sourceMap.set(s.id, sameUrl.id);
        report.sources.merged++;
        continue;
      }
      await sourcesStore.put(s);
      report.sources.added++;
    }
    const sourceRef = (id: string): string => sourceMap.get(id) ?? id;

    const incidentMap = new Map<string, string>();
    const finalIncidents = new Map<string, Incident>();
    const bundleIncidentIds = new Set(bundle.incidents.map((i) => i.id));
    for (const incoming of bundle.incidents) {
      const roles: Incident['actors'] = [];
      for (const r of incoming.actors) {
        const actorId = actorRef(r.actorId)!;
        if (!roles.some((x) => x.actorId === actorId && x.role === r.role)) roles.push({ actorId, role: r.role });
      }
      const inc: Incident = {
        ...incoming,
        place: actorRef(incoming.place),
        actors: roles,
        sourceIds: [...new Set(incoming.sourceIds.map(sourceRef))],
        origin: importedOrigin(incoming.origin),
      };
      const existing = await incidentsStore.get(inc.id);
      if (existing) {
        if (existing.origin === 'user') report.incidents.kept++;
        else if (isSame(stripStored(existing), inc, incoming.origin)) report.incidents.unchanged++;
        else {
          await incidentsStore.put(toStoredIncident(inc));
          report.incidents.updated++;
          finalIncidents.set(inc.id, inc);
          continue;
        }
        finalIncidents.set(inc.id, stripStored(existing));
        continue;
      }
      const same = inc.date
        ? (await incidentsStore.index('by-date').getAll(inc.date)).find(
            (x: StoredIncident) => !bundleIncidentIds.has(x.id) && x.place === inc.place && aliasKey(x.title) === aliasKey(inc.title),
          )
        : undefined;
      if (same) {
        incidentMap.set(inc.id, same.id);
        finalIncidents.set(same.id, stripStored(same));
        report.incidents.merged++;
        continue;
      }
      await incidentsStore.put(toStoredIncident(inc));
      finalIncidents.set(inc.id, inc);
      report.incidents.added++;
    }

    const bySource = new Map<string, StoredClaim[]>();
    const bundleClaimIds = new Set(bundle.claims.map((c) => c.id));
    const knownSources = new Set(bundle.sources.map((s) => sourceRef(s.id)));
    for (const incoming of bundle.claims) {
      const sourceId = sourceRef(incoming.sourceId);
      if (!knownSources.has(sourceId)) {
        if (!(await sourcesStore.get(sourceId))) throw new BundleError(`Not a valid Dossier fact-base bundle: claim "${incoming.id}" cites source "${incoming.sourceId}", which is neither in the bundle nor in the fact base.`);
        knownSources.add(sourceId);
      }
      const incidentId = incoming.incidentId === null ? null : (incidentMap.get(incoming.incidentId) ?? incoming.incidentId);
      let incident: Incident | undefined;
      if (incidentId !== null) {
        incident = finalIncidents.get(incidentId) ?? (await incidentsStore.get(incidentId));
        if (!incident) throw new BundleError(`Not a valid Dossier fact-base bundle: claim "${incoming.id}" links incident "${incoming.incidentId}", which is neither in the bundle nor in the fact base.`);
        finalIncidents.set(incidentId, incident);
      }
      const claim: Claim = {
        ...incoming,
        sourceId,
        incidentId,
        subject: actorRef(incoming.subject),
        place: actorRef(incoming.place),
        origin: importedOrigin(incoming.origin),
      };
      const stored = toStoredClaim(claim, incident);
      const existing = await claimsStore.get(claim.id);
      if (existing) {
        if (existing.origin === 'user') report.claims.kept++;
        else if (isSame(existing, stored, incoming.origin)) report.claims.unchanged++;
        else {
          await claimsStore.put(stored);
          report.claims.updated++;
        }
        continue;
      }
      let siblings = bySource.get(sourceId);
      if (!siblings) bySource.set(sourceId, (siblings = await claimsStore.index('by-source').getAll(sourceId)));
      const dup = siblings.find(
        (x) => !bundleClaimIds.has(x.id) && x.key === stored.key && x.value === stored.value && x.quote === stored.quote && x.predicate === stored.predicate,
      );
      if (dup) {
        report.claims.merged++;
        continue;
      }
      await claimsStore.put(stored);
      report.claims.added++;
    }
    if (actorsChanged) {
      // Actors changed: bump the revision in this transaction so matchers rebuild.
      const meta = tx.objectStore('meta');
      await bumpActorsRevision(meta);
    }
    await tx.done;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // Already finished.
    }
    await tx.done.catch(() => undefined);
    throw err;
  }
  return report;
}
