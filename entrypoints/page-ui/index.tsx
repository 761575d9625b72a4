import { render } from 'preact';
// The UI's styles go into its shadow root as text: no file for web pages to fetch or probe.
import css from './style.css?inline';
import { ContentUi } from '../../components/ContentUi';
import { cardActions } from '../../lib/content/card-actions.dom';
import { offerPageUi } from '../../lib/content/page-ui';
import { highlightSaving } from '../../lib/content/save-highlight.dom';
import { drawSavedHighlights } from '../../lib/content/saved-highlights.dom';
import { adoptStyles } from '../../lib/content/ui-styles.dom';

// Injected by the background into a tab the first time its page needs cards, the selection saver
// or saved highlights (lib/content/README.md); it shares the content script's isolated world.
export default defineUnlistedScript(() => {
  offerPageUi({
    mount(session) {
      adoptStyles(session.container, css);
      render(<ContentUi state={session.state} doc={session.doc} cards={cardActions(session)} saver={highlightSaving(session)} />, session.container);
      session.signal.addEventListener('abort', () => render(null, session.container), { once: true });
    },
    drawSavedHighlights,
  });
});
