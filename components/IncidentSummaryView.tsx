import type { JSX } from 'preact';
import { incidentCsvFileName, incidentToCsv } from '../lib/export/incident-csv';
import type { DownloadableFile } from '../lib/platform/download';
import type { IncidentSummary } from '../lib/messaging/views';
import { sayValue } from './figure-words';

/** Props of `IncidentSummaryView`. */
export interface IncidentSummaryViewProps {
  /** The incident with its measures across sources. */
  summary: IncidentSummary;
  /** Saves the incident's CSV export (one row per claim); no button without it. */
  download?: (file: DownloadableFile) => void;
  /** Where the incident's own page is (the options page), for a link on its title. */
  href?: string;
}

const MEASURE_WORDS: Record<string, string> = {
  killed: 'killed (victims)',
  'killed-attackers': 'attackers killed',
  'killed-security': 'security forces killed',
  'killed-civilians': 'civilians killed',
  'killed-all': 'all dead, attackers included',
  wounded: 'wounded',
  'wounded-security': 'security forces wounded',
  'wounded-civilians': 'civilians wounded',
  detained: 'detained',
  casualties: 'casualties',
};

/** A measure's name in words ("attackers killed"). */
export function measureWords(measure: string): string {
  return MEASURE_WORDS[measure] ?? measure.replace(/-/g, ' ');
}

/**
 * One incident as UCDP GED and Iraq Body Count report a contested toll: per measure, the lowest,
 * best and highest figure across sources, the number of distinct claimants, and how the figure
 * moved from the earliest report to the latest; with a CSV export of every figure.
 */
export function IncidentSummaryView({ summary, download, href }: IncidentSummaryViewProps): JSX.Element {
  const title = href ? <a href={href} target="_blank" rel="noopener">{summary.title}</a> : summary.title;
  return (
    <article class="incident" data-testid="incident-summary" data-incident-id={summary.id}>
      <h4>
        <span class="muted">{summary.date ?? 'date unknown'}</span> {title}
        {summary.placeName ? <span class="muted"> · {summary.placeName}</span> : null}
      </h4>
      {summary.measureList.length === 0 ? <p class="empty small">No figure for this incident yet.</p> : (
        <table class="measures small">
          <caption class="sr-only">Figures for {summary.title}, by measure, across sources</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Low</th>
              <th scope="col">Best</th>
              <th scope="col">High</th>
              <th scope="col">Claimants</th>
            </tr>
          </thead>
          <tbody>
            {summary.measureList.map((m) => (
              <tr key={`${m.measure}|${m.unit}`} data-measure={m.measure} data-low={m.low} data-best={m.best} data-high={m.high} data-claimants={m.claimants}>
                <th scope="row">{measureWords(m.measure)}</th>
                <td>{sayValue(m.low, m.unit)}</td>
                <td>{sayValue(m.best, m.unit)}</td>
                <td>{sayValue(m.high, m.unit)}</td>
                <td>{m.claimants}{m.outlets !== m.claimants ? <span class="muted"> ({m.outlets} outlets)</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary.measureList.some((m) => m.timeline.length > 1) ? (
        <details class="small">
          <summary>How the figures moved, earliest report first</summary>
          <ul class="timeline">
            {summary.measureList.filter((m) => m.timeline.length > 1).map((m) => (
              <li key={m.measure}>
                <strong>{measureWords(m.measure)}:</strong>{' '}
                {m.timeline.map((t, i) => (
                  <span key={i}>
                    {i > 0 ? ' → ' : ''}
                    {sayValue(t.value, m.unit)} <span class="muted">({t.outlet ?? 'unknown outlet'}{t.date ? `, ${t.date}` : ''})</span>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {download ? (
        <button type="button" class="link small" data-testid="export-incident-csv" onClick={() => download({ fileName: incidentCsvFileName(summary), mimeType: 'text/csv', content: incidentToCsv(summary) })}>
          Export this incident’s figures (CSV)
        </button>
      ) : null}
    </article>
  );
}
