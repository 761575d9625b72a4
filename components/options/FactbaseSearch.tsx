import type { JSX } from 'preact';

/** Props of `FactbaseSearch`. */
export interface FactbaseSearchProps {
  /** The tab it searches (its ids and test id are named after it). */
  tab: string;
  /** What the box says it searches. */
  label: string;
  /** The words typed. */
  value: string;
  /** Called on each keystroke with the box's text. */
  onInput: (value: string) => void;
}

/** The search box of one fact-base tab. */
export function FactbaseSearch({ tab, label, value, onInput }: FactbaseSearchProps): JSX.Element {
  return (
    <div class="field wide">
      <label for={`fb-search-${tab}`}>{label}</label>
      <input id={`fb-search-${tab}`} type="search" value={value} data-testid={`fb-search-${tab}`} onInput={(e) => onInput(e.currentTarget.value)} />
    </div>
  );
}
