import type { JSX } from 'preact';
import { CardLayer, type CardLayerProps } from './CardLayer';
import { SelectionSaver, type SelectionSaverProps } from './SelectionSaver';

/** Props of `ContentUi`. */
export interface ContentUiProps {
  /** The hover and focus cards. */
  cards: CardLayerProps;
  /** The selection saver (floating button and quick editor). */
  saver: SelectionSaverProps;
}

/** Everything Dossier draws in a page, inside its one shadow root. */
export function ContentUi({ cards, saver }: ContentUiProps): JSX.Element {
  return (
    <>
      <CardLayer {...cards} />
      <SelectionSaver {...saver} />
    </>
  );
}
