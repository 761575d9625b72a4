import type { JSX } from 'preact';
import { useEffect } from 'preact/hooks';

/** Props of `UndoToast`. */
export interface UndoToastProps {
  /** What was done, e.g. "Deleted the note" or the edit's undo label. */
  message: string;
  /** Puts things back; no Undo button when absent (a plain notice). */
  onUndo?: () => void;
  /** Hides the toast (after a while, or when the user closes it). */
  onDismiss: () => void;
  /** Milliseconds before the toast hides itself; 20 s by default. */
  timeoutMs?: number;
}

/** A polite notice of an edit with an Undo button, hidden after a while. */
export function UndoToast({ message, onUndo, onDismiss, timeoutMs = 20_000 }: UndoToastProps): JSX.Element {
  useEffect(() => {
    const t = setTimeout(onDismiss, timeoutMs);
    return () => clearTimeout(t);
  }, [message, onDismiss, timeoutMs]);
  return (
    <div class="toast" role="status" data-testid="undo-toast">
      <span>{message}</span>
      {onUndo ? (
        <button type="button" onClick={onUndo} data-testid="undo">
          Undo
        </button>
      ) : null}
      <button type="button" class="link" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </div>
  );
}
