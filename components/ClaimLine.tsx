import type { JSX } from 'preact';
import { intervalWords, sayValue } from './figure-words';
import type { ClaimView } from '../lib/messaging/views';

/** Props of `ClaimLine`. */
export interface ClaimLineProps {
  /** The claim and its source. */
  view: ClaimView;
  /** Show the quoting sentence. */
  withQuote?: boolean;
}

/** One claim as a line: value, interval, who said it, where and when. */
export function ClaimLine({ view, withQuote }: ClaimLineProps): JSX.Element {
  const { claim, source } = view;
  const outlet = source?.outlet ?? source?.title ?? claim.sourceId;
  return (
    <div class="claim">
      <div>
        <strong>{sayValue(claim.value, claim.unit)}</strong> {claim.counted ?? claim.predicate}{' '}
        <span class="muted">({intervalWords(claim)})</span>
      </div>
      <div class="muted small">
        {claim.claimant ? `${claim.claimant}, ` : ''}
        {source?.url ? <a href={source.url} target="_blank" rel="noopener noreferrer">{outlet}</a> : outlet}
        {source?.publishedAt ? ` · ${source.publishedAt}` : ''}
        {claim.asOf && claim.asOf !== source?.publishedAt ? ` · as of ${claim.asOf}` : ''}
      </div>
      {withQuote ? <blockquote class="small">{claim.quote}</blockquote> : null}
    </div>
  );
}
