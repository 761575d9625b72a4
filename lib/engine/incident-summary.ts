/**
 * The incident view of one incident the fact base knows: every source's figure per measure, with
 * low / best / high and the number of claimants (lib/claims/incident-view.ts), for the options
 * page's incident page and its CSV export.
 */
import { roleOfClaim } from '../claims/compare';
import { predicateClass } from '../claims/claim-key';
import { summariseIncident, type IncidentFigure, type IncidentSummary } from '../claims/incident-view';
import type { StoredClaim } from '../factbase/db';
import type { Source } from '../factbase/schema';
import type { EngineFactbase } from './factbase-port';

/** A stored claim as a figure of the incident view. */
export function incidentFigureOf(c: StoredClaim, source: Source | undefined): IncidentFigure {
  return {
    claimId: c.id, predicate: c.predicate, role: roleOfClaim(c), value: c.value, low: c.low, high: c.high, unit: c.unit, claimant: c.claimant,
    outlet: c.outlet ?? source?.outlet ?? null, date: source?.publishedAt ?? c.asOf, sourceId: c.sourceId, url: source?.url ?? null,
    quote: c.quote, figureText: c.figureText, current: c.status === 'active' && !c.partOf,
  };
}

/** The incident view of a known incident, or null when the fact base has no such incident. */
export async function summariseKnownIncident(fb: EngineFactbase, incidentId: string): Promise<IncidentSummary | null> {
  const inc = await fb.incident(incidentId);
  if (!inc) return null;
  const names = await fb.names();
  const sources = new Map<string, Source | undefined>();
  const figures: IncidentFigure[] = [];
  for (const c of await fb.claimsByIncident(incidentId)) {
    if (c.predicate === 'other' || c.status === 'retracted') continue;
    if (!sources.has(c.sourceId)) sources.set(c.sourceId, await fb.source(c.sourceId));
    figures.push(incidentFigureOf(c, sources.get(c.sourceId)));
  }
  const placeName = inc.place ? (names.actor(inc.place)?.name ?? inc.place.replace(/^name:/, '')) : null;
  return summariseIncident({ id: inc.id, title: inc.title, date: inc.date, place: inc.place, placeName }, figures, predicateClass);
}
