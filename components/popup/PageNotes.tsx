import type { JSX } from 'preact';
import type { Note } from '../../lib/factbase/schema';
import type { TabDossier } from '../../lib/messaging/views';
import { Section } from '../Section';
import { t } from '../../lib/platform/i18n';

/** Props of `PageNotes`. */
export interface PageNotesProps {
  /** The page's saved notes. */
  notes: Note[];
  /** Where the content script found them. */
  anchored: TabDossier['notes'];
  /** Scrolls to a saved highlight. */
  reveal: (noteId: string) => void;
}

/** The notes saved on this page; those no longer found are listed with their quote, never dropped. */
export function PageNotes({ notes, anchored, reveal }: PageNotesProps): JSX.Element | null {
  if (notes.length === 0) return null;
  const missing = new Set(anchored?.missing ?? []);
  const edits = new Map((anchored?.edited ?? []).map((e) => [e.id, e]));
  return (
    <Section id="notes-h" title={t('headingNotes', 'Your notes on this page')} count={notes.length} testid="page-notes">
      <ul class="notes">
        {notes.map((n) => (
          <li key={n.id} data-testid="page-note">
            {missing.has(n.id) ? <div class="small warn">Not found on this page now</div> : null}
            {edits.has(n.id) ? (
              <div class="small warn">
                Edited by the outlet: {edits.get(n.id)!.before.join(', ')} → {edits.get(n.id)!.after.join(', ')}
              </div>
            ) : null}
            {missing.has(n.id) ? (
              <blockquote class="small">{n.quote}</blockquote>
            ) : (
              <button type="button" class="link quote" onClick={() => reveal(n.id)}>
                “{n.quote.length > 160 ? `${n.quote.slice(0, 160)}…` : n.quote}”
              </button>
            )}
            {n.text ? <div class="small">{n.text}</div> : null}
            {n.tags.length > 0 ? <div class="small muted">{n.tags.map((t) => `#${t}`).join(' ')}</div> : null}
          </li>
        ))}
      </ul>
    </Section>
  );
}
