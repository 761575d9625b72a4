import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { RecordHistory } from '../../lib/sync/engine';
import type { sendMessage } from '../../lib/platform/messages';
import type { SyncKind } from '../../lib/sync/docs';

/** Props of `SyncHistory`. */
export interface SyncHistoryProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The record's kind and id. */
  kind: SyncKind;
  id: string;
  /** Bumped after any edit, so the history reloads. */
  revision: number;
}

/** What the team knows of a record, when team sync is on: readers, how edits that met were settled, and the versions kept. Nothing when sync is off. */
export function SyncHistory({ send, kind, id, revision }: SyncHistoryProps): JSX.Element | null {
  const [history, setHistory] = useState<RecordHistory | null>(null);

  useEffect(() => {
    let live = true;
    send('syncRecordHistory', { kind, id }).then(
      (h) => live && setHistory(h),
      () => live && setHistory(null),
    );
    return () => {
      live = false;
    };
  }, [send, kind, id, revision]);

  if (!history || (!history.conflict && history.history.length === 0 && history.readers.length === 0)) return null;
  return (
    <div class="small" data-testid="sync-history">
      {history.readers.length ? <p class="muted">Read by {history.readers.join(', ')}.</p> : null}
      {history.conflict ? <p data-testid="sync-history-conflict">Team: {history.conflict}</p> : null}
      {history.history.length ? (
        <details>
          <summary>Earlier versions kept ({history.history.length})</summary>
          <ul class="records">
            {history.history.map((h) => (
              <li key={`${h.at} ${h.by}`}>
                {h.by}, {h.at.slice(0, 16).replace('T', ' ')}: {h.deleted ? 'deleted it' : h.differences.join(' · ') || 'the same as now'}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
