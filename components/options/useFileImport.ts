import { useState } from 'preact/hooks';

/** The state of a file import: busy, the report of the last import, or why it was refused. */
export interface FileImport<R> {
  busy: boolean;
  report: R | null;
  error: string | null;
  setError: (message: string | null) => void;
  /** Reads the file chosen in `input`, imports its text, and clears the input. */
  importFile: (input: HTMLInputElement) => Promise<void>;
}

/**
 * Importing a chosen file's text: one import at a time, a report when it worked, and a refusal
 * (prefixed with `refusal`) when it did not; `before` runs first (to clear other messages).
 */
export function useFileImport<R>(run: (text: string) => Promise<R>, onImported: () => void, refusal: string, before?: () => void): FileImport<R> {
  const [report, setReport] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const importFile = async (input: HTMLInputElement): Promise<void> => {
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    setReport(null);
    before?.();
    try {
      setReport(await run(await file.text()));
      onImported();
    } catch (e) {
      setError(`${refusal}: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return { busy, report, error, setError, importFile };
}
