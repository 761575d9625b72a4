import type { JSX } from 'preact';
import type { FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';
import { ClaimRow } from './ClaimRow';
import { FactbaseSearch } from './FactbaseSearch';
import { PagedList } from './PagedList';

/** What the claims tab keeps while another tab is shown. */
export interface ClaimsTabState {
  search: string;
  status: '' | 'active' | 'retracted' | 'superseded';
}

/** The claims tab's state when the options page opens. */
export const NO_CLAIMS_FILTER: ClaimsTabState = { search: '', status: '' };

/** Props of `ClaimsTab`. */
export interface ClaimsTabProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The tab's state, kept by the panel. */
  state: ClaimsTabState;
  /** Changes part of the tab's state. */
  update: (change: Partial<ClaimsTabState>) => void;
  /** Changes whenever the lists must reload. */
  revision: string;
  /** An edit was made (its undo record is offered). */
  onEdited: (result: FactbaseEditResult, deleted?: boolean) => void;
}

/** The claims tab: grouped by claim key, filtered by words and status; each claim's status editable. */
export function ClaimsTab({ send, state, update, revision, onEdited }: ClaimsTabProps): JSX.Element {
  const { search, status } = state;
  const q = search.trim();
  return (
    <>
      <div class="filters">
        <FactbaseSearch tab="claims" label="Words in the quote, figure or claimant" value={search} onInput={(value) => update({ search: value })} />
        <div class="field">
          <label for="fb-claim-status">Status</label>
          <select id="fb-claim-status" value={status} onChange={(e) => update({ status: e.currentTarget.value as ClaimsTabState['status'] })}>
            <option value="">Any status</option>
            <option value="active">active</option>
            <option value="retracted">retracted</option>
            <option value="superseded">superseded</option>
          </select>
        </div>
      </div>
      <PagedList
        load={(cursor) => send('listClaims', { ...(q ? { search: q } : {}), ...(status ? { status } : {}), cursor })}
        queryKey={`${q}|${status}|${revision}`}
        label="Claims"
        testId="claim-list"
        empty="No claims match."
        itemKey={(c) => c.id}
        render={(c) => <ClaimRow send={send} claim={c} onEdited={onEdited} />}
      />
    </>
  );
}
