import type { JSX } from 'preact';
import { formatValue } from '../../lib/claims/compare';
import type { ClaimGroup, SeriesPoint } from '../../lib/factbase/actor-profile';
import { claimScopeWords } from './claim-key-words';

/** Props of `ClaimTimeline`. */
export interface ClaimTimelineProps {
  /** Claims with one claim key, ordered by as-of date (undated last). */
  group: ClaimGroup;
}

const W = 560;
const H = 180;
const PAD = { left: 48, right: 16, top: 12, bottom: 28 };

/** A partial date (YYYY, YYYY-MM, YYYY-MM-DD) as a time, at the middle of what it names. */
function dateTime(d: string): number {
  const [y, m, day] = d.split('-').map(Number);
  if (m === undefined) return Date.UTC(y!, 6, 1);
  if (day === undefined) return Date.UTC(y!, m - 1, 15);
  return Date.UTC(y!, m - 1, day);
}

// The claim key without its predicate and unit, in words.
const scope = claimScopeWords;

/** Claims over time for one claim key: each figure at its as-of date, with its interval as a bar; a table gives the same in text. */
export function ClaimTimeline({ group }: ClaimTimelineProps): JSX.Element {
  const dated = group.series.filter((p): p is SeriesPoint & { asOf: string } => p.asOf !== null);
  const undated = group.series.length - dated.length;
  const times = dated.map((p) => dateTime(p.asOf));
  // Open-ended intervals ("more than 300") are drawn up to the top, with an arrow.
  const values = dated.flatMap((p) => [p.value, p.low ?? p.value, p.high ?? p.value]);
  const tMin = Math.min(...times);
  const tMax = Math.max(...times);
  const vMax = Math.max(1, ...values) * 1.1;
  const vMin = Math.min(0, ...values);
  const x = (t: number): number => (tMax === tMin ? (PAD.left + W - PAD.right) / 2 : PAD.left + ((t - tMin) / (tMax - tMin)) * (W - PAD.left - PAD.right));
  const y = (val: number): number => H - PAD.bottom - ((val - vMin) / (vMax - vMin)) * (H - PAD.top - PAD.bottom);
  const label = `${group.predicate.replace(/-/g, ' ')} over time, ${scope(group.key)}: ${group.series.length} figure${group.series.length === 1 ? '' : 's'}`;
  return (
    <figure class="timeline">
      {dated.length > 0 ? (
        <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} data-testid="claim-timeline">
          <line x1={PAD.left} y1={H - PAD.bottom} x2={W - PAD.right} y2={H - PAD.bottom} class="axis" />
          <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={H - PAD.bottom} class="axis" />
          <text x={PAD.left - 6} y={y(vMin) + 4} class="tick" text-anchor="end">
            {formatValue(vMin, group.unit)}
          </text>
          <text x={PAD.left - 6} y={PAD.top + 8} class="tick" text-anchor="end">
            {formatValue(Math.round(vMax), group.unit)}
          </text>
          <text x={x(tMin)} y={H - 8} class="tick" text-anchor="start">
            {dated[0]!.asOf}
          </text>
          {tMax !== tMin ? (
            <text x={x(tMax)} y={H - 8} class="tick" text-anchor="end">
              {dated[dated.length - 1]!.asOf}
            </text>
          ) : null}
          {dated.map((p, i) => {
            const cx = x(times[i]!);
            const lo = p.low ?? vMin;
            const hi = p.high;
            return (
              <g key={p.claimId} class={`pt status-${p.status}`}>
                <title>
                  {`${p.figureText} — ${p.asOf}${p.outlet ? `, ${p.outlet}` : ''}${p.claimant ? ` (${p.claimant})` : ''}${p.status !== 'active' ? `, ${p.status}` : ''}`}
                </title>
                <line x1={cx} x2={cx} y1={y(lo)} y2={hi === null ? PAD.top : y(hi)} class="interval" />
                {hi === null ? <path d={`M${cx - 4},${PAD.top + 6} L${cx},${PAD.top} L${cx + 4},${PAD.top + 6}`} class="interval" /> : null}
                <circle cx={cx} cy={y(p.value)} r={4} class="value" />
              </g>
            );
          })}
        </svg>
      ) : (
        <p class="muted small">No dated figure to draw.</p>
      )}
      <figcaption class="small muted">
        {label}
        {undated > 0 ? `; ${undated} undated (in the table only)` : ''}.
      </figcaption>
      <table class="series">
        <caption class="visually-hidden">Figures for {scope(group.key)}</caption>
        <thead>
          <tr>
            <th scope="col">As of</th>
            <th scope="col">Figure</th>
            <th scope="col">Interval</th>
            <th scope="col">Who / outlet</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {group.series.map((p) => (
            <tr key={p.claimId}>
              <td>{p.asOf ?? 'undated'}</td>
              <td>{p.figureText}</td>
              <td>
                {p.low === null ? '…' : formatValue(p.low, group.unit)}–{p.high === null ? '…' : formatValue(p.high, group.unit)}
              </td>
              <td>{[p.claimant, p.outlet].filter(Boolean).join(' / ') || '—'}</td>
              <td>{p.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
