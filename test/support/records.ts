/**
 * Record builders shared by the fact-base tests.
 */
import type { PageClaim } from '../../lib/claims/types';
import type { Claim } from '../../lib/factbase/schema';

/** A claim of "7 people killed" from source s1, with any field overridden. */
export function claimRecord(id: string, over: Partial<Claim> = {}): Claim {
  return {
    id,
    predicate: 'killed',
    counted: 'people',
    subject: null,
    incidentId: null,
    place: null,
    value: 7,
    low: 7,
    high: 7,
    qualifier: 'exact',
    unit: 'count',
    asOf: '2016-06-05',
    claimant: null,
    outlet: 'Ex',
    sourceId: 's1',
    figureText: '7 people',
    quote: `Quote ${id}.`,
    status: 'active',
    origin: 'bundled',
    ...over,
  };
}

/** A page's claim of "7 people killed" (figure 0), with any field overridden. */
export function pageClaim(id: string, over: Partial<PageClaim> = {}): PageClaim {
  return {
    id,
    figure: 0,
    predicate: 'killed',
    subject: null,
    claimant: null,
    asOf: null,
    quote: `Quote ${id}.`,
    key: 'killed|count|place:-|-',
    counted: 'people',
    place: null,
    incident: null,
    incidentId: null,
    role: 'victims',
    eventDate: null,
    dateBasis: 'publication',
    value: 7,
    low: 7,
    high: 7,
    qualifier: 'exact',
    unit: 'count',
    figureText: '7 people',
    changedFrom: null,
    statedChange: false,
    previous: false,
    cumulative: false,
    ...over,
  };
}
