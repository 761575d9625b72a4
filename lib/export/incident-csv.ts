/**
 * An incident's figures as CSV, one row per claim: incident, measure, value, low, high, claimant,
 * outlet, date, quote, URL (issue 11's incident view export). Pure.
 */
import { INCIDENT_CSV_HEADER, incidentCsvRows, type IncidentSummary } from '../claims/incident-view';
import { csvCell } from './csv';

/** The CSV text of one incident's figures (with a header row, CRLF line ends as RFC 4180 has them). */
export function incidentToCsv(summary: IncidentSummary): string {
  const rows = [INCIDENT_CSV_HEADER as readonly (string | number | null)[], ...incidentCsvRows(summary)];
  return rows.map((r) => r.map((v) => csvCell(v === null ? '' : String(v))).join(',')).join('\r\n') + '\r\n';
}

/** The download name of an incident export: `dossier-incident-<id>.csv`. */
export function incidentCsvFileName(summary: Pick<IncidentSummary, 'id'>): string {
  return `dossier-incident-${summary.id.replace(/[^\p{L}\p{N}_-]+/gu, '-').slice(0, 80)}.csv`;
}
