import type { JSX } from 'preact';

/** Props of `ProgressBar`. */
export interface ProgressBarProps {
  /** Fraction done, 0..1. */
  value: number;
  /** What is progressing, for screen readers ("Reading the file"). */
  label: string;
}

/** A determinate progress bar with its percentage (role="progressbar", aria-valuenow 0..100). */
export function ProgressBar({ value, label }: ProgressBarProps): JSX.Element {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div class="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={pct} data-testid="csv-progress">
      <div class="progress-track">
        <div class="progress-bar" style={{ width: `${pct}%` }} />
      </div>
      <span class="progress-text">{pct}%</span>
    </div>
  );
}
