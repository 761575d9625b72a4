import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Claim } from '../../lib/factbase/schema';
import type { FactbaseEditResult } from '../../lib/messaging/protocol';
import type { sendMessage } from '../../lib/platform/messages';

/** Props of `ClaimRow`. */
export interface ClaimRowProps {
  /** Sends a protocol message to the background. */
  send: typeof sendMessage;
  /** The claim shown. */
  claim: Claim;
  /** Called after the status changed, with the edit's undo record. */
  onEdited: (result: FactbaseEditResult) => void;
  /** An extra control (e.g. "Link" in the incident editor). */
  action?: JSX.Element;
}

/** One claim: the figure, who said it and when, the quote, and its status (active, retracted, superseded). */
export function ClaimRow({ send, claim, onEdited, action }: ClaimRowProps): JSX.Element {
  const [error, setError] = useState<string | null>(null);
  const id = `claim-status-${claim.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const setStatus = async (status: Claim['status']): Promise<void> => {
    setError(null);
    try {
      onEdited(await send('editFactbase', { op: 'setClaimStatus', id: claim.id, status }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class={`claim status-${claim.status}`} data-claim-id={claim.id}>
      <div class="row">
        <strong>{claim.figureText || String(claim.value)}</strong>
        <span class="muted small">
          {claim.predicate}
          {claim.asOf ? ` · as of ${claim.asOf}` : ''}
          {claim.claimant ? ` · ${claim.claimant}` : ''}
          {claim.outlet ? ` · ${claim.outlet}` : ''}
        </span>
        <label for={id} class="visually-hidden">
          Status of {claim.figureText}
        </label>
        <select id={id} value={claim.status} onChange={(e) => void setStatus(e.currentTarget.value as Claim['status'])}>
          <option value="active">active</option>
          <option value="retracted">retracted</option>
          <option value="superseded">superseded</option>
        </select>
        {action ?? null}
      </div>
      {claim.quote ? <blockquote class="small">{claim.quote.length > 400 ? `${claim.quote.slice(0, 400)}…` : claim.quote}</blockquote> : null}
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
