/**
 * A working fact base in memory, for the command line and the benchmark: the bundled default (or
 * a bundle file, or nothing) plus the pages read in this run. The extension uses IndexedDB instead.
 */
import { buildAliasMatcher, type AliasMatcher } from '../extract/alias-matcher';
import { aliasKey } from '../extract/normalize';
import type { StoredClaim } from './db';
import { aliasKeysOf, indexActorNames, toStoredClaim } from './records';
import type { Actor, Bundle, Incident, Source } from './schema';

/** An in-memory fact base with the lookups the engine needs. */
export class MemoryFactbase {
  readonly actors = new Map<string, Actor>();
  readonly sources = new Map<string, Source>();
  readonly incidents = new Map<string, Incident>();
  private readonly byKey = new Map<string, StoredClaim[]>();
  private readonly byName = new Map<string, string>();
  private matcherCache: AliasMatcher | null = null;

  /** A fact base holding the bundle's records. */
  static fromBundle(bundle: Bundle | null): MemoryFactbase {
    const fb = new MemoryFactbase();
    if (!bundle) return fb;
    for (const a of bundle.actors) fb.addActor(a);
    for (const s of bundle.sources) fb.sources.set(s.id, s);
    for (const i of bundle.incidents) fb.incidents.set(i.id, i);
    for (const c of bundle.claims) fb.addClaim(toStoredClaim(c, c.incidentId ? fb.incidents.get(c.incidentId) : undefined));
    return fb;
  }

  /** Adds or replaces an actor (the matcher is rebuilt on next use). */
  addActor(actor: Actor): void {
    this.actors.set(actor.id, actor);
    indexActorNames(this.byName, actor.id, aliasKeysOf(actor));
    this.matcherCache = null;
  }

  /** Adds a claim under its key. */
  addClaim(claim: StoredClaim): void {
    const list = this.byKey.get(claim.key);
    if (list) list.push(claim);
    else this.byKey.set(claim.key, [claim]);
  }

  /** Records a page read: its source and its claims (replacing what an earlier read of it left). */
  addPage(source: Source, claims: readonly StoredClaim[]): void {
    if (this.sources.has(source.id)) {
      for (const [k, list] of this.byKey) this.byKey.set(k, list.filter((c) => c.sourceId !== source.id));
    }
    this.sources.set(source.id, source);
    for (const c of claims) this.addClaim(c);
  }

  /** Claims with this key. */
  claimsByKey(key: string): readonly StoredClaim[] {
    return this.byKey.get(key) ?? [];
  }

  /** The actor id known under this name, or null. */
  actorIdForName(name: string): string | null {
    return this.byName.get(aliasKey(name)) ?? null;
  }

  /** The alias matcher for the current actors, built once per change. */
  get matcher(): AliasMatcher {
    this.matcherCache ??= buildAliasMatcher([...this.actors.values()]);
    return this.matcherCache;
  }
}
