import type { JSX } from 'preact';
import type { CardActions } from '../lib/content/card-actions.dom';
import type { PageState } from '../lib/content/page-state';
import type { HighlightSaving } from '../lib/content/save-highlight.dom';
import type { Store } from '../lib/content/store';
import { CardLayer } from './CardLayer';
import { SelectionSaver } from './SelectionSaver';
import { useStore } from './useStore';

/** Props of `ContentUi`. */
export interface ContentUiProps {
  /** The page pass's shared state (analysis, save requests, the mark that woke the UI). */
  state: Store<PageState>;
  /** The page's document (its marks open cards; its selection is saved). */
  doc: Document;
  /** What the cards ask of the background. */
  cards: CardActions;
  /** The selection saver's actions. */
  saver: HighlightSaving;
}

/** Everything Dossier draws in a page, inside its one shadow root. */
export function ContentUi({ state, doc, cards, saver }: ContentUiProps): JSX.Element {
  const { analysis, saveRequest, wake } = useStore(state);
  return (
    <>
      <CardLayer analysis={analysis} doc={doc} wake={wake} {...cards} />
      <SelectionSaver doc={doc} openRequest={saveRequest} {...saver} />
    </>
  );
}
