import type { JSX } from 'preact';
import { sayValue } from '../figure-words';
import type { ClaimView, IncidentView } from '../../lib/messaging/views';
import { Section } from '../Section';
import { t } from '../../lib/platform/i18n';

/** Props of `IncidentList`. */
export interface IncidentListProps {
  /** Incidents ranked by shared actors, places and time. */
  incidents: IncidentView[];
}

/** One measure of an incident (killed, wounded, detained ...) across sources. */
export interface MeasureRow {
  measure: string;
  unit: string;
  /** Lowest and highest figure given; `best` when one is worked out (else null). */
  low: number | null;
  best: number | null;
  high: number | null;
  /** How many distinct claimants (or sources, when none is named) give a figure. */
  claimants: number;
  claims: ClaimView[];
}

/**
 * Today's measures of an incident, from its claims: the range of stated figures per measure. The
 * engine's own per-measure view (low / best / high across sources, with a timeline) can replace
 * this row for row.
 */
export function measuresOf(view: IncidentView): MeasureRow[] {
  const by = new Map<string, ClaimView[]>();
  for (const c of view.claims) {
    const k = `${c.claim.predicate}|${c.claim.unit}`;
    by.set(k, [...(by.get(k) ?? []), c]);
  }
  return [...by.values()].map((claims) => {
    const values = claims.map((c) => c.claim.value);
    const who = new Set(claims.map((c) => c.claim.claimant ?? c.source?.outlet ?? c.claim.sourceId));
    const sorted = [...claims].sort((a, b) => (a.claim.asOf ?? a.source?.publishedAt ?? '').localeCompare(b.claim.asOf ?? b.source?.publishedAt ?? ''));
    return { measure: claims[0]!.claim.predicate, unit: claims[0]!.claim.unit, low: Math.min(...values), best: null, high: Math.max(...values), claimants: who.size, claims: sorted };
  });
}

/** Incidents the page relates to, each with date, place, actors and a table of its figures per measure. */
export function IncidentList({ incidents }: IncidentListProps): JSX.Element {
  return (
    <Section id="related-h" title={t('headingRelatedIncidents', 'Related incidents')} count={incidents.length} testid="incident-list">
      {incidents.length === 0 ? <p class="empty">No related incident in the fact base yet.</p> : null}
      {incidents.slice(0, SHOWN).map(incident)}
      {incidents.length > SHOWN ? (
        <details class="more">
          <summary>{incidents.length - SHOWN} more incident{incidents.length - SHOWN === 1 ? '' : 's'}</summary>
          {incidents.slice(SHOWN).map(incident)}
        </details>
      ) : null}
    </Section>
  );
}

// The best-ranked incidents are shown; the rest fold away.
const SHOWN = 4;

function incident(r: IncidentView): JSX.Element {
  const measures = measuresOf(r);
  // The "best" column appears once some measure has a best estimate worked out.
  const withBest = measures.some((m) => m.best !== null);
  return (
    <article key={r.incident.id} class="incident" data-testid="incident">
      <h4>
        <span class="muted">{r.incident.date ?? 'date unknown'}</span> {r.incident.title}
        {r.placeName ? <span class="muted"> · {r.placeName}</span> : null}
      </h4>
      {r.actorNames.length > 0 ? <div class="small muted">{r.actorNames.map((n) => `${n.name} (${n.role})`).join(', ')}</div> : null}
      {measures.length > 0 ? (
        <table class="measures small">
          <caption class="sr-only">Figures for {r.incident.title}, by measure</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Low</th>
              {withBest ? <th scope="col">Best</th> : null}
              <th scope="col">High</th>
              <th scope="col">Claimants</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.measure + m.unit} title={m.claims.map((c) => `${sayValue(c.claim.value, c.claim.unit)}: ${c.source?.outlet ?? c.claim.sourceId}${c.source?.publishedAt ? ` (${c.source.publishedAt})` : ''}`).join('\n')}>
                <th scope="row">{m.measure}</th>
                <td>{m.low === null ? '–' : sayValue(m.low, m.unit)}</td>
                {withBest ? <td>{m.best === null ? '–' : sayValue(m.best, m.unit)}</td> : null}
                <td>{m.high === null ? '–' : sayValue(m.high, m.unit)}</td>
                <td>{m.claimants}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {r.claims.length > 0 ? (
        <details class="small">
          <summary>Every figure, oldest first ({r.claims.length})</summary>
          <ul>
            {measures.flatMap((m) =>
              m.claims.map((c) => (
                <li key={c.claim.id}>
                  {sayValue(c.claim.value, c.claim.unit)} {c.claim.counted ?? c.claim.predicate} — {c.source?.outlet ?? c.claim.sourceId}
                  {c.source?.publishedAt ? ` (${c.source.publishedAt})` : ''}
                </li>
              )),
            )}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
