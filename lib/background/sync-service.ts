/**
 * The team-sync service: the options page's sync switches and record histories, answered by the
 * team-sync controller (lib/platform/team-sync.ts), which is injected.
 */
import type { Request, Responses } from '../messaging/protocol';

/** What the sync service needs of team sync's controller. */
export interface TeamSyncControl {
  start(settings: Request<'syncStart'>['settings']): Promise<Responses['syncStart']>;
  stop(): Promise<Responses['syncStop']>;
  status(): Promise<Responses['syncStatus']>;
  recordHistory(kind: Request<'syncRecordHistory'>['kind'], id: string): Promise<Responses['syncRecordHistory']>;
}

/** The sync service's handlers, keyed by message name. */
export function createSyncService(sync: TeamSyncControl) {
  return {
    syncStart: ({ settings }: Request<'syncStart'>): Promise<Responses['syncStart']> => sync.start(settings),
    syncStop: (): Promise<Responses['syncStop']> => sync.stop(),
    syncStatus: (): Promise<Responses['syncStatus']> => sync.status(),
    syncRecordHistory: ({ kind, id }: Request<'syncRecordHistory'>): Promise<Responses['syncRecordHistory']> => sync.recordHistory(kind, id),
  };
}
