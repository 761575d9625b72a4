import type { JSX } from 'preact';

/** One interval to draw. */
export interface NumberLineItem {
  label: string;
  low: number | null;
  high: number | null;
  value: number;
  /** Highlighted (this page's figure). */
  current?: boolean;
}

/** Props of `NumberLine`. */
export interface NumberLineProps {
  /** The intervals, drawn one row each on a shared scale. */
  items: NumberLineItem[];
}

/** A small number line: each claim's interval side by side on one scale; open ends fade out. */
export function NumberLine({ items }: NumberLineProps): JSX.Element | null {
  if (items.length === 0) return null;
  const finite = items.flatMap((i) => [i.low, i.high, i.value]).filter((n): n is number => n !== null && Number.isFinite(n));
  let min = Math.min(...finite);
  let max = Math.max(...finite);
  if (min === max) {
    min = min * 0.8;
    max = max * 1.2 + 1;
  }
  const pad = (max - min) * 0.1;
  min = Math.max(0, min - pad);
  max += pad;
  const x = (n: number): number => ((n - min) / (max - min)) * 100;
  const rowH = 14;
  return (
    <svg class="numberline" viewBox={`0 0 100 ${items.length * rowH + 4}`} preserveAspectRatio="none" role="img"
      style={{ height: `${items.length * 14 + 6}px` }}
      aria-label={items.map((i) => `${i.label}: ${i.low ?? 'open'} to ${i.high ?? 'open'}`).join('; ')}>
      {items.map((item, row) => {
        const y = row * rowH + 8;
        const lo = item.low === null ? 0 : x(item.low);
        const hi = item.high === null ? 100 : x(item.high);
        const width = Math.max(hi - lo, 1.2);
        return (
          <g key={row}>
            <rect x={lo} y={y - 3} width={width} height={6} rx={2} class={item.current ? 'nl-current' : 'nl-other'}
              opacity={item.low === null || item.high === null ? 0.6 : 1} />
            <circle cx={x(item.value)} cy={y} r={1.6} class="nl-dot" />
          </g>
        );
      })}
    </svg>
  );
}
