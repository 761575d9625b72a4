import type { ComponentChildren, JSX } from 'preact';

/** Props of `Section`. */
export interface SectionProps {
  /** Id of the heading (the section is labelled by it). */
  id: string;
  /** The heading's words. */
  title: string;
  /** How many items the section lists, said after the title ("Actors on this page (12)"). */
  count?: number;
  /** Open at first (the reader can fold it). */
  open?: boolean;
  /** Test id of the section. */
  testid?: string;
  /** Extra class of the section. */
  class?: string;
  children: ComponentChildren;
}

/** A section of the dossier that the reader can fold away: its heading is the toggle. */
export function Section({ id, title, count, open = true, testid, class: cls, children }: SectionProps): JSX.Element {
  return (
    <section aria-labelledby={id} class={cls ? `section ${cls}` : 'section'} data-testid={testid}>
      <details open={open}>
        <summary>
          <h3 id={id}>
            {title}
            {count === undefined ? null : ` (${count})`}
          </h3>
        </summary>
        {children}
      </details>
    </section>
  );
}
