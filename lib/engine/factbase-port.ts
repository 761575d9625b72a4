/**
 * The one interface the engine reads and writes the fact base through. The command line and the
 * benchmark give it a fact base in memory (lib/factbase/memory.ts); the extension's background
 * gives it IndexedDB (lib/factbase/engine-port.ts). Same calls, same answers, so `analyzePage`
 * is one pipeline for both.
 */
import type { AliasMatcher } from '../extract/alias-matcher';
import type { StoredClaim } from '../factbase/db';
import type { Actor, Incident, Source } from '../factbase/schema';

/** The names the engine matches, current with the fact base's actors. */
export interface NameIndex {
  matcher: AliasMatcher;
  /** The actor id known under this name or alias, or null. */
  actorIdForName(name: string): string | null;
  /** The actor with this id, if known. */
  actor(id: string): Pick<Actor, 'id' | 'type' | 'name' | 'within'> | undefined;
}

/** What recording a page read did. */
export type RecordOutcome = 'added' | 'unchanged' | 'replaced';

/** The fact base as the engine uses it. */
export interface EngineFactbase {
  names(): Promise<NameIndex>;
  /** Active and superseded claims under this claim key. */
  claimsByKey(key: string): Promise<readonly StoredClaim[]>;
  claimsByIncident(incidentId: string): Promise<readonly StoredClaim[]>;
  claimsBySource(sourceId: string): Promise<readonly StoredClaim[]>;
  source(id: string): Promise<Source | undefined>;
  /** The source recorded for this URL (a bundled article read again keeps its bundled id). */
  sourceForUrl(url: string): Promise<Source | undefined>;
  incident(id: string): Promise<Incident | undefined>;
  /** Incidents dated in these years (YYYY), for linking claims to them. */
  incidentsInYears(years: readonly string[]): Promise<readonly Incident[]>;
  /**
   * Remembers a page read, in one step: its source, its claims and the incidents it found. A page
   * read again with the same text changes nothing; when its text changed, its earlier version's
   * claims are kept beside the new ones as superseded (the outlet updated the page). A later part
   * of a page (text it added) only adds claims.
   */
  recordPage(source: Source, claims: readonly StoredClaim[], incidents: readonly Incident[], part: number): Promise<RecordOutcome>;
}
