import type { JSX } from 'preact';
import { actorEntries } from '../lib/engine/actor-entries';
import type { TabDossier } from '../lib/messaging/views';
import { t } from '../lib/platform/i18n';

/** Props of `PageSummary`. */
export interface PageSummaryProps {
  /** The tab's dossier. */
  dossier: TabDossier;
}

const n = (k: number, one: string, many = `${one}s`): JSX.Element => (
  <>
    <strong>{k}</strong> {k === 1 ? one : many}
  </>
);

/** What the page names, in counts with their words: actors (linked and unknown), figures, incidents, notes. */
export function PageSummary({ dossier }: PageSummaryProps): JSX.Element | null {
  const a = dossier.analysis;
  if (!a) return null;
  // The entries the actor list shows, counted the same way.
  const entries = actorEntries(a.actors);
  const maybe = [...new Set((a.maybe ?? []).map((m) => m.text))];
  const linked = entries.filter((e) => e.linked).length;
  const unknown = entries.length - linked;
  return (
    <section aria-labelledby="page-summary-h" class="page-summary" data-testid="page-summary">
      <h3 id="page-summary-h">{t('headingOnThisPage', 'On this page')}</h3>
      <ul class="summary-list">
        <li>
          {n(entries.length, 'actor')} ({linked} in the fact base, {unknown} unknown)
        </li>
        {maybe.length > 0 ? (
          <li data-testid="maybe-names">
            maybe: {maybe.slice(0, 8).join(', ')}
            {maybe.length > 8 ? ` and ${maybe.length - 8} more` : ''} <span class="muted">(not marked)</span>
          </li>
        ) : null}
        <li>
          {n(a.figures.length, 'figure')}, {n(a.claims.length, 'claim')}
        </li>
        <li>
          {n(dossier.related.length, 'related incident')}
        </li>
        {dossier.pageNotes && dossier.pageNotes.length > 0 ? (
          <li>
            {n(dossier.pageNotes.length, 'note of yours', 'notes of yours')}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
