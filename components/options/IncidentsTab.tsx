import type { JSX } from 'preact';
import type { Incident } from '../../lib/factbase/schema';
import type { FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { FactbaseSearch } from './FactbaseSearch';
import { IncidentEditor } from './IncidentEditor';
import { PagedList } from './PagedList';

/** What the incidents tab keeps while another tab is shown: filters and the incident being edited. */
export interface IncidentsTabState {
  search: string;
  from: string;
  to: string;
  /** The incident open in the editor, 'new' for a new one, or null for the list. */
  incident: Incident | 'new' | null;
}

/** The incidents tab's state when the options page opens. */
export const NO_INCIDENTS_FILTER: IncidentsTabState = { search: '', from: '', to: '', incident: null };

/** Props of `IncidentsTab`. */
export interface IncidentsTabProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The tab's state, kept by the panel. */
  state: IncidentsTabState;
  /** Changes part of the tab's state. */
  update: (change: Partial<IncidentsTabState>) => void;
  /** Changes whenever the lists must reload. */
  revision: number;
  /** An edit was made (its undo record is offered). */
  onEdited: (result: FactbaseEditResult, deleted?: boolean) => void;
}

const PARTIAL_DATE = /^\d{4}(-\d\d){0,2}$/;

/** The incidents tab: newest first, filtered by words and dates; a new incident or one edited. */
export function IncidentsTab({ send, state, update, revision, onEdited }: IncidentsTabProps): JSX.Element {
  const { search, from, to, incident } = state;
  if (incident) {
    return (
      <IncidentEditor
        key={incident === 'new' ? 'new' : incident.id}
        send={send}
        incident={incident === 'new' ? null : incident}
        revision={revision}
        onEdited={onEdited}
        onClose={() => update({ incident: null })}
      />
    );
  }
  const q = search.trim();
  return (
    <>
      <div class="filters">
        <FactbaseSearch tab="incidents" label="Words in the title or summary" value={search} onInput={(value) => update({ search: value })} />
        <div class="field">
          <label for="fb-inc-from">From (YYYY[-MM[-DD]])</label>
          <input id="fb-inc-from" type="text" value={from} onInput={(e) => update({ from: e.currentTarget.value.trim() })} />
        </div>
        <div class="field">
          <label for="fb-inc-to">To</label>
          <input id="fb-inc-to" type="text" value={to} onInput={(e) => update({ to: e.currentTarget.value.trim() })} />
        </div>
      </div>
      <button type="button" onClick={() => update({ incident: 'new' })}>
        New incident
      </button>
      <PagedList
        load={(cursor) =>
          send('listIncidents', {
            ...(q ? { search: q } : {}),
            ...(PARTIAL_DATE.test(from) ? { from } : {}),
            ...(PARTIAL_DATE.test(to) ? { to } : {}),
            cursor,
          })
        }
        queryKey={`${q}|${from}|${to}|${revision}`}
        label="Incidents"
        testId="incident-list"
        empty="No incidents match."
        itemKey={(i) => i.id}
        render={(i) => (
          <>
            <strong>{i.date ?? 'undated'}</strong> {i.title}{' '}
            <span class="muted small">
              {i.type}
              {i.origin !== 'bundled' ? ` · ${i.origin}` : ''}
            </span>{' '}
            <button type="button" class="link" onClick={() => update({ incident: i })}>
              Edit<span class="visually-hidden"> {i.title}</span>
            </button>
          </>
        )}
      />
    </>
  );
}
