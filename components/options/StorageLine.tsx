import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StorageState } from '../../lib/platform/persistent-storage';

/** Props of `StorageLine`. */
export interface StorageLineProps {
  /** Asks for persistent storage (once) and reads the usage estimate. */
  load: () => Promise<StorageState>;
}

/** A byte count for people: "1.4 MB". */
function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(v < 10 ? 1 : 0)} ${units[i]}`;
}

/** One line: whether the browser keeps Dossier's data persistently, and how much it uses. */
export function StorageLine({ load }: StorageLineProps): JSX.Element {
  const [state, setState] = useState<StorageState | 'loading' | 'error'>('loading');
  useEffect(() => {
    load().then(setState, () => setState('error'));
  }, [load]);
  if (state === 'loading') return <p class="storage muted" role="status">Checking storage…</p>;
  if (state === 'error') return <p class="storage muted">Storage: could not be checked.</p>;
  const persisted =
    state.persisted === null
      ? 'persistence unknown'
      : state.persisted
        ? 'persistent (the browser will not clear it under storage pressure)'
        : 'not persistent (the browser may clear it when space runs low; export a backup)';
  const usage = state.usage === null ? '' : `; ${formatBytes(state.usage)} used${state.quota ? ` of ${formatBytes(state.quota)}` : ''}`;
  return (
    <p class="storage muted" data-testid="storage-line" data-persisted={String(state.persisted)}>
      Storage: {persisted}
      {usage}.
    </p>
  );
}
