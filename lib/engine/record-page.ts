/**
 * Turning a page's claims into fact-base records, so the next page that gives another figure for
 * the same thing shows the disagreement.
 */
import type { StoredClaim } from '../factbase/db';
import type { Origin, Source } from '../factbase/schema';
import type { FigureMention } from '../extract/types';
import type { PageClaim } from '../claims/types';
import { hostOf } from '../sites';

/** A stable id for a page's source record: from its URL, else from what was given. */
export function sourceIdFor(input: string): string {
  // FNV-1a: short, stable, no crypto needed for an id.
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i++) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `src-${(h >>> 0).toString(36)}`;
}

/** An outlet name from a URL's host when the page names none ("www.rferl.org" → "rferl.org"). */
export const hostOutlet: (url: string | null) => string | null = hostOf;

/** A duration rounded to hundredths of a millisecond, for reports. */
export function roundMs(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** A short hash of a page's text, to tell a re-read of the same version from a changed page. */
export function textHash(text: string): string {
  return sourceIdFor(text).slice(4) + text.length.toString(36);
}

/** The page's claims as records of the fact base (old values of stated changes are kept as superseded). */
export function claimsToRecords(
  claims: readonly PageClaim[],
  figures: readonly FigureMention[],
  source: Source,
  origin: Origin = 'read',
): StoredClaim[] {
  return claims
    .filter((c) => c.predicate !== 'other')
    .map((c) => {
      const record: StoredClaim = {
        id: c.id,
        predicate: c.predicate,
        counted: c.counted,
        subject: c.subject,
        incidentId: c.incidentId,
        place: c.place,
        value: c.value,
        low: c.low,
        high: c.high,
        qualifier: c.qualifier,
        unit: c.unit,
        asOf: c.asOf,
        claimant: c.claimant,
        outlet: source.outlet,
        sourceId: source.id,
        figureText: c.figureText || (figures[c.figure]?.text ?? ''),
        quote: c.quote,
        changedFrom: c.changedFrom,
        role: c.role,
        status: c.previous ? ('superseded' as const) : ('active' as const),
        origin,
        key: c.key,
      };
      if (c.statedChange) record.statedChange = true;
      if (c.cumulative) record.cumulative = true;
      if (c.partOf) record.partOf = c.partOf;
      if (c.subset) record.subset = true;
      return record;
    });
}
