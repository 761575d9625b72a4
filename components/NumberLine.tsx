import type { JSX } from 'preact';
import { intervalWords } from './figure-words';

/** One interval to draw. */
export interface NumberLineItem {
  /** Who gives it: the outlet, or "This page". */
  label: string;
  /** When they gave it (publication date), shown under the label. */
  date?: string | null;
  low: number | null;
  high: number | null;
  /** The value as stated ("more than 300" states 300). */
  value: number;
  /** Highlighted (this page's figure). */
  current?: boolean;
}

/** Props of `NumberLine`. */
export interface NumberLineProps {
  /** The intervals, drawn one labelled row each on a shared axis. */
  items: NumberLineItem[];
  /** The unit of every item (count, percent, currency:KZT ...), for the labels. */
  unit?: string;
  /** Drawing width in px-like units (the SVG scales to its box): about the box's own width, so text stays legible. */
  width?: number;
}

// Drawing units of the viewBox; the SVG scales to its box's width, so these are close to pixels
// in the popup and the side panel.
const ROW_H = 28;
const AXIS_H = 26;

/** Tick values at "nice" steps (1, 2, 5 × 10^n) covering [min, max]. */
export function niceTicks(min: number, max: number, target = 4): number[] {
  if (!(max > min)) return [min];
  const raw = (max - min) / target;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const ticks: number[] = [];
  for (let t = Math.floor(min / step) * step; t <= max + step * 1e-9; t += step) ticks.push(Number(t.toPrecision(12)));
  return ticks;
}

/** A tick label: digits people read at a glance ("1,500", "2.5M", "13.5B"). */
export function tickLabel(n: number): string {
  if (Math.abs(n) >= 1e6) return new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 }).format(n);
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

const clip = (s: string, n: number): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * A number line people can read: an axis with numeric ticks, one labelled row per source
 * (outlet, date), each interval drawn as a bar with the stated value marked; an open-ended
 * interval ends in an arrow. The figure's caption lists the values for screen readers.
 */
export function NumberLine({ items, unit = 'count', width = 400 }: NumberLineProps): JSX.Element | null {
  if (items.length === 0) return null;
  const W = width;
  const PLOT_L = Math.round(W * 0.28) + 8;
  const PLOT_R = W - 14;
  const finite = items.flatMap((i) => [i.low, i.high, i.value]).filter((n): n is number => n !== null && Number.isFinite(n));
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  // Counts start at zero when that does not squash the difference out of sight.
  if (min >= 0 && min < max * 0.6) min = 0;
  if (min === max) {
    min = Math.max(0, min * 0.8);
    max = max * 1.2 + 1;
  }
  const open = items.some((i) => i.high === null);
  // Room past the largest bound so an open end visibly runs on.
  const end = max + (max - min) * (open ? 0.3 : 0.05);
  const ticks = niceTicks(min, end, W < 360 ? 3 : 4);
  const lo = Math.min(ticks[0]!, min);
  const hi = end;
  const x = (n: number): number => PLOT_L + ((n - lo) / (hi - lo || 1)) * (PLOT_R - PLOT_L);
  const height = items.length * ROW_H + AXIS_H;
  const axisY = items.length * ROW_H + 4;
  const caption = items
    .map((i) => `${i.label}${i.date ? ` (${i.date})` : ''}: ${intervalWords({ low: i.low, high: i.high, unit })}, stated as ${i.value.toLocaleString('en-US')}`)
    .join('; ');
  return (
    <figure class="numberline" data-testid="number-line">
      <svg viewBox={`0 0 ${W} ${height}`} width="100%" aria-hidden="true" focusable="false">
        {ticks.map((t) => (
          <line key={`g${t}`} x1={x(t)} x2={x(t)} y1={2} y2={axisY} class="nl-grid" />
        ))}
        {items.map((item, row) => {
          const y = row * ROW_H + ROW_H / 2 + 2;
          const from = item.low === null ? PLOT_L : x(item.low);
          const to = item.high === null ? PLOT_R - 8 : x(item.high);
          const cls = item.current ? 'nl-bar nl-current' : 'nl-bar nl-other';
          const exact = item.low !== null && item.low === item.high;
          const d = exact ? 8 : 7;
          return (
            <g key={row}>
              <text x={0} y={item.date ? y - 2 : y + 4} class={item.current ? 'nl-label nl-label-current' : 'nl-label'}>{clip(item.label, W < 360 ? 15 : 19)}</text>
              {item.date ? <text x={0} y={y + 10} class="nl-date">{item.date}</text> : null}
              {/* An exact figure is a point: its diamond carries the row's colour instead of a bar. */}
              {exact ? null : <rect x={from} y={y - 5} width={Math.max(to - from, 3)} height={10} rx={2} class={cls} />}
              {item.high === null ? <polygon points={`${PLOT_R - 8},${y - 8} ${PLOT_R},${y} ${PLOT_R - 8},${y + 8}`} class={cls} /> : null}
              {item.low === null ? <polygon points={`${PLOT_L + 8},${y - 8} ${PLOT_L},${y} ${PLOT_L + 8},${y + 8}`} class={cls} /> : null}
              {/* The stated value: a diamond, so it reads without colour. */}
              <polygon
                points={`${x(item.value)},${y - d} ${x(item.value) + d * 0.7},${y} ${x(item.value)},${y + d} ${x(item.value) - d * 0.7},${y}`}
                class={exact ? `nl-value-exact ${item.current ? 'nl-current' : 'nl-other'}` : 'nl-value'}
              />
            </g>
          );
        })}
        <line x1={PLOT_L} x2={PLOT_R} y1={axisY} y2={axisY} class="nl-axis" />
        {ticks.map((t) => (
          <g key={`t${t}`}>
            <line x1={x(t)} x2={x(t)} y1={axisY} y2={axisY + 4} class="nl-axis" />
            <text x={x(t)} y={axisY + 16} text-anchor="middle" class="nl-tick">{tickLabel(t)}</text>
          </g>
        ))}
      </svg>
      <figcaption class="sr-only">{caption}</figcaption>
    </figure>
  );
}
