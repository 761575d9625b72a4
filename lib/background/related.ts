/**
 * Ranking the fact base's incidents by how related they are to a page: shared actors and places
 * first, then closeness in time to the page's date.
 */
import type { Incident } from '../factbase/schema';

/** An incident with its relatedness score. */
export interface RankedIncident {
  incident: Incident;
  score: number;
}

/** Ranks incidents (duplicates allowed in the input) by shared actors, place and time. */
export function rankIncidents(incidents: readonly Incident[], pageActorIds: readonly string[], pageDate: string | null): RankedIncident[] {
  const onPage = new Set(pageActorIds);
  const seen = new Map<string, RankedIncident>();
  const pageYear = pageDate ? Number(pageDate.slice(0, 4)) : null;
  for (const incident of incidents) {
    if (seen.has(incident.id)) continue;
    let score = 0;
    for (const a of incident.actors) if (onPage.has(a.actorId)) score += a.role === 'perpetrator' ? 3 : 2;
    if (incident.place && onPage.has(incident.place)) score += 3;
    if (pageYear && incident.date) {
      const gap = Math.abs(Number(incident.date.slice(0, 4)) - pageYear);
      score += Math.max(0, 3 - gap);
    }
    seen.set(incident.id, { incident, score });
  }
  return [...seen.values()].sort((a, b) => b.score - a.score || (b.incident.date ?? '').localeCompare(a.incident.date ?? ''));
}
