/**
 * Disagreements already in the fact base: among the claims of one claim key, the pairs from
 * different sources that conflict, update or differ in scope. Pure.
 */
import type { StoredClaim } from '../factbase/db';
import type { Source } from '../factbase/schema';
import { isComparableKey } from './claim-key';
import { relateClaims } from './compare';

const MAX_PER_KEY = 40;

/** Two sources' claims for one claim key, and how they relate. */
export interface KnownDisagreement {
  kind: 'conflict' | 'update' | 'scope';
  key: string;
  a: { claim: StoredClaim; source: Source | null };
  b: { claim: StoredClaim; source: Source | null };
}

/** The disagreements among `claims` (any keys; grouped by key here), at most `limit`, conflicts first. */
export function disagreementsAmong(
  claims: readonly StoredClaim[],
  sources: ReadonlyMap<string, Source>,
  limit = 20,
): KnownDisagreement[] {
  const byKey = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    if (c.status !== 'active' || !isComparableKey(c.key)) continue;
    const list = byKey.get(c.key) ?? [];
    list.push(c);
    byKey.set(c.key, list);
  }
  const out: KnownDisagreement[] = [];
  const seenQuotes = new Set<string>();
  for (const [key, all] of byKey) {
    // Pairs grow with the square of a key's claims: the 40 most recent ones are enough to show.
    const list = all.length > MAX_PER_KEY ? [...all].sort((p, q) => (q.asOf ?? '').localeCompare(p.asOf ?? '')).slice(0, MAX_PER_KEY) : all;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const x = list[i]!;
        const y = list[j]!;
        if (x.sourceId === y.sourceId) continue;
        const pair = [x.quote, y.quote].sort().join('\u0000');
        if (seenQuotes.has(pair)) continue;
        // A claim without an as-of date is as of its source's publication.
        const rel = relateClaims({ ...x, asOf: x.asOf ?? sources.get(x.sourceId)?.publishedAt ?? null }, { ...y, asOf: y.asOf ?? sources.get(y.sourceId)?.publishedAt ?? null });
        if (rel !== 'conflict' && rel !== 'update' && rel !== 'scope') continue;
        seenQuotes.add(pair);
        // Older source first, so the reader sees the order of events.
        const [a, b] = (sources.get(x.sourceId)?.publishedAt ?? '') <= (sources.get(y.sourceId)?.publishedAt ?? '') ? [x, y] : [y, x];
        out.push({ kind: rel, key, a: { claim: a, source: sources.get(a.sourceId) ?? null }, b: { claim: b, source: sources.get(b.sourceId) ?? null } });
      }
    }
  }
  const order = { conflict: 0, update: 1, scope: 2 } as const;
  return out.sort((p, q) => order[p.kind] - order[q.kind]).slice(0, limit);
}
