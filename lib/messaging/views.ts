/**
 * The shapes the messages carry: every type `protocol.ts` names in a request or a response, and
 * the few vocabularies its request schemas check against. The protocol imports only this file
 * and the fact-base schema; what is defined elsewhere is re-exported here (types only, bar those
 * vocabularies), so the protocol never reaches into an implementation module itself.
 */
import type { KnownDisagreement } from '../claims/known-conflicts';
import type { StoredClaim } from '../factbase/db';
import type { Actor, Incident, Note, Source } from '../factbase/schema';
import type { PageResult } from '../engine/types';
import type { IncidentSummary } from '../claims/incident-view';

export type { IncidentSummary };
export type { ActorListItem, Page } from '../factbase/browse';
export type { ActorProfile } from '../factbase/actor-profile';
export type { BundleImportReport } from '../factbase/bundle-io';
export type { UndoRecord } from '../factbase/edit';
export type { FactbaseCounts } from '../factbase/counts';
export type { IncidentImportReport } from '../factbase/incident-import';
export type { ImportReport } from '../factbase/backup-data';
export type { RecordHistory } from '../sync/engine';
export type { SyncStatus } from '../sync/settings';
/** The columns a CSV incident import maps (the `importIncidents` request's mapping keys). */
export { INCIDENT_FIELDS } from '../import/csv-layouts';
/** The kinds of record team sync shares (the `syncRecordHistory` request). */
export { SYNC_KINDS } from '../sync/docs';
/** Team sync's settings as the options page sends them (the `syncStart` request). */
export { SyncSettingsSchema } from '../sync/settings';

/** The content script's analysis of its page: the engine's result without the echoed text. */
export type PageAnalysis = Omit<PageResult, 'text'>;

/** A claim with where it came from, for cards and the popup. */
export interface ClaimView {
  claim: StoredClaim;
  source: Source | null;
}

/** An incident with the actors' names resolved. */
export interface IncidentView {
  incident: Incident;
  placeName: string | null;
  actorNames: { id: string; name: string; role: string }[];
  claims: ClaimView[];
  /** Why it is related to the page (shared actors, place, time). */
  score?: number;
}

/** An actor's hover card. */
export interface ActorCard {
  actor: Actor;
  incidents: IncidentView[];
  claims: ClaimView[];
}

/** A figure's hover card: the page's claim and every other source's claim with its key. */
export interface FigureCard {
  claimIndex: number;
  others: ClaimView[];
}

/** The popup's view of one tab. */
export interface TabDossier {
  url: string;
  title: string;
  analysis: PageAnalysis | null;
  related: IncidentView[];
  /** `no-text`: the content script read the page and found no article text in it (no analysis). */
  state: 'analysing' | 'done' | 'unsupported' | 'no-text';
  /** The page's saved notes as the content script anchored them. */
  notes?: { found: string[]; missing: string[]; edited: { id: string; before: string[]; after: string[] }[] };
  /** The saved notes of this page (filled when the popup asks). */
  pageNotes?: Note[];
  /** Disagreements between other sources about this page's actors (filled when the popup asks). */
  otherConflicts?: KnownDisagreement[];
}
