/**
 * A working fact base in memory, for the command line and the benchmark: the bundled default (or
 * a bundle file, or nothing) plus the pages read in this run. It answers the engine's fact-base
 * interface (lib/engine/factbase-port.ts) as the extension's IndexedDB does, with the same rules
 * for a page read again.
 */
import { buildAliasMatcher, type AliasMatcher } from '../extract/alias-matcher';
import { aliasKey } from '../extract/normalize';
import type { EngineFactbase, NameIndex, RecordOutcome } from '../engine/factbase-port';
import type { StoredClaim } from './db';
import { aliasKeysOf, indexActorNames, toStoredClaim } from './records';
import type { Actor, Bundle, Incident, Source } from './schema';

/** An in-memory fact base with the lookups the engine needs. */
export class MemoryFactbase implements EngineFactbase {
  readonly actors = new Map<string, Actor>();
  readonly sources = new Map<string, Source>();
  readonly incidents = new Map<string, Incident>();
  private readonly claims = new Map<string, StoredClaim>();
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

  /** Adds or replaces a claim under its key. */
  addClaim(claim: StoredClaim): void {
    const old = this.claims.get(claim.id);
    if (old) {
      const list = this.byKey.get(old.key) ?? [];
      this.byKey.set(old.key, list.filter((c) => c.id !== claim.id));
    }
    this.claims.set(claim.id, claim);
    const list = this.byKey.get(claim.key);
    if (list) list.push(claim);
    else this.byKey.set(claim.key, [claim]);
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

  /** Every claim held, in the order they were added. */
  allClaims(): StoredClaim[] {
    return [...this.claims.values()];
  }

  async names(): Promise<NameIndex> {
    return { matcher: this.matcher, actorIdForName: (n) => this.actorIdForName(n), actor: (id) => this.actors.get(id) };
  }

  async claimsByKey(key: string): Promise<readonly StoredClaim[]> {
    return this.byKey.get(key) ?? [];
  }

  async claimsByIncident(incidentId: string): Promise<readonly StoredClaim[]> {
    return this.allClaims().filter((c) => c.incidentId === incidentId);
  }

  async claimsBySource(sourceId: string): Promise<readonly StoredClaim[]> {
    return this.allClaims().filter((c) => c.sourceId === sourceId);
  }

  async source(id: string): Promise<Source | undefined> {
    return this.sources.get(id);
  }

  async sourceForUrl(url: string): Promise<Source | undefined> {
    const found = [...this.sources.values()].filter((s) => s.url === url);
    return found.find((s) => s.origin !== 'read') ?? found[0];
  }

  async incident(id: string): Promise<Incident | undefined> {
    return this.incidents.get(id);
  }

  async incidentsInYears(years: readonly string[]): Promise<readonly Incident[]> {
    const wanted = new Set(years);
    return [...this.incidents.values()].filter((i) => i.date !== null && wanted.has(i.date.slice(0, 4)));
  }

  async recordPage(source: Source, claims: readonly StoredClaim[], incidents: readonly Incident[], part: number): Promise<RecordOutcome> {
    let outcome: RecordOutcome = 'added';
    if (part === 0) {
      const existing = this.sources.get(source.id);
      if (existing) {
        if (existing.textHash && existing.textHash === source.textHash) return 'unchanged';
        outcome = 'replaced';
        const fresh = new Set(claims.map((c) => c.id));
        for (const c of this.allClaims()) {
          if (c.sourceId !== source.id || c.origin !== 'read' || fresh.has(c.id) || c.status !== 'active') continue;
          this.addClaim({ ...c, status: 'superseded' });
        }
      }
      this.sources.set(source.id, source);
    }
    for (const c of claims) this.addClaim(c);
    for (const i of incidents) if (!this.incidents.has(i.id)) this.incidents.set(i.id, i);
    return outcome;
  }
}
