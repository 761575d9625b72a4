/**
 * Fact-base bundles: validating them, and loading the bundled default into the database.
 */
import * as v from 'valibot';
import type { FactbaseDB } from './db';
import { toStoredActor, toStoredClaim, toStoredIncident } from './records';
import { BundleSchema, type Bundle } from './schema';
import { writeTransaction } from './counts';

/** Meta key of the bundled records the user deleted or merged away ("store:id"). */
export const TOMBSTONES_KEY = 'deletedBundled';

/** A bundle that failed validation, with a message naming what is wrong. */
export class BundleError extends Error {
  override name = 'BundleError';
}

/** Validates `data` as a fact-base bundle, or throws a `BundleError` naming the first problems. */
export function parseBundle(data: unknown): Bundle {
  const result = v.safeParse(BundleSchema, data);
  if (result.success) return result.output;
  const problems = result.issues.slice(0, 5).map((issue) => {
    const path = v.getDotPath(issue);
    return `${path ? `${path}: ` : ''}${issue.message}`;
  });
  throw new BundleError(`Not a valid Dossier fact-base bundle: ${problems.join('; ')}`);
}

/** What a bundle load did. */
export interface LoadReport {
  version: number;
  added: number;
  updated: number;
  removed: number;
  skipped: boolean;
}

const BUNDLE_VERSION_KEY = 'bundledVersion';

/**
 * Loads the bundled default into the database in one transaction: adds and updates bundled
 * records, removes bundled records the new bundle no longer has, and never touches a record that
 * the user made or changed (its origin is no longer "bundled"). A bundle whose version is already
 * loaded is skipped unless `force`.
 */
export async function loadBundledDefault(db: FactbaseDB, bundle: Bundle, force = false): Promise<LoadReport> {
  const tx = writeTransaction(db, ['actors', 'sources', 'incidents', 'claims', 'meta']);
  const meta = tx.objectStore('meta');
  const current = (await meta.get(BUNDLE_VERSION_KEY))?.value;
  const report: LoadReport = { version: bundle.version, added: 0, updated: 0, removed: 0, skipped: false };
  if (!force && typeof current === 'number' && current >= bundle.version) {
    report.skipped = true;
    await tx.done;
    return report;
  }
  // Bundled records the user deleted or merged away stay gone ("store:id" entries).
  const tombstones = new Set(((await meta.get(TOMBSTONES_KEY))?.value as string[] | undefined) ?? []);
  const incidents = new Map(bundle.incidents.map((i) => [i.id, i]));
  const stores = [
    [tx.objectStore('actors'), bundle.actors.map(toStoredActor)],
    [tx.objectStore('sources'), bundle.sources],
    [tx.objectStore('incidents'), bundle.incidents.map(toStoredIncident)],
    [tx.objectStore('claims'), bundle.claims.map((c) => toStoredClaim(c, c.incidentId ? incidents.get(c.incidentId) : undefined))],
  ] as const;
  for (const [store, records] of stores) {
    const wanted = new Set(records.map((r) => r.id));
    const storeName = store.name;
    // Bundled records the new bundle dropped go; user-made or user-edited ones stay.
    for (let cursor = await store.openCursor(); cursor; cursor = await cursor.continue()) {
      const rec = cursor.value as { id: string; origin: string };
      if (rec.origin === 'bundled' && !wanted.has(rec.id)) {
        // Through the store, not the cursor, so the record counts hear of it.
        await store.delete(cursor.primaryKey);
        report.removed++;
      }
    }
    for (const rec of records) {
      if (tombstones.has(`${storeName}:${rec.id}`)) continue;
      const existing = (await store.get(rec.id)) as { origin: string } | undefined;
      if (existing && existing.origin !== 'bundled') continue;
      await (store.put as (value: unknown) => Promise<unknown>)(rec);
      if (existing) report.updated++;
      else report.added++;
    }
  }
  await meta.put({ key: BUNDLE_VERSION_KEY, value: bundle.version });
  await tx.done;
  return report;
}
