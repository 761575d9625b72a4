import type { JSX } from 'preact';
import { formatValue } from '../../lib/claims/compare';
import type { IncidentView } from '../../lib/messaging/views';

/** Props of `RelatedIncidents`. */
export interface RelatedIncidentsProps {
  /** Incidents ranked by shared actors, places and time. */
  incidents: IncidentView[];
}

/** Related incidents from the fact base, each with date, place, actors and each source's figures. */
export function RelatedIncidents({ incidents }: RelatedIncidentsProps): JSX.Element {
  return (
    <section aria-labelledby="related-h">
      <h3 id="related-h">Related incidents ({incidents.length})</h3>
      {incidents.length === 0 ? <p class="empty">None in the fact base yet.</p> : null}
      <ul class="incidents">
        {incidents.map((r) => (
          <li key={r.incident.id}>
            <div>
              <span class="muted">{r.incident.date ?? 'date unknown'}</span> <strong>{r.incident.title}</strong>
              {r.placeName ? <span class="muted"> · {r.placeName}</span> : null}
            </div>
            <div class="small muted">{r.actorNames.map((n) => `${n.name} (${n.role})`).join(', ')}</div>
            {r.claims.length > 0 ? (
              <ul class="small">
                {r.claims.map((c) => (
                  <li key={c.claim.id}>
                    {formatValue(c.claim.value, c.claim.unit)} {c.claim.counted ?? c.claim.predicate} — {c.source?.outlet ?? c.claim.sourceId}
                    {c.source?.publishedAt ? ` (${c.source.publishedAt})` : ''}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
