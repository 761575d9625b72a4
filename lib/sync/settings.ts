/**
 * Team sync's settings (what the options page sends) and its status (what it shows), shared by
 * the protocol, the background and the Sync panel. Pure.
 */
import * as v from 'valibot';
import type { Refusal, SettledConflict, ShareSettings } from './engine';

/** Team sync's settings, as entered on the options page. */
export const SyncSettingsSchema = v.object({
  /** The server's address: CouchDB 3 or any CouchDB-compatible server, http or https. */
  url: v.pipe(v.string(), v.trim(), v.maxLength(2_000), v.regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i, 'a server address such as https://couch.example.org')),
  /** The team database's name, as CouchDB allows it. */
  db: v.pipe(v.string(), v.trim(), v.regex(/^[a-z][a-z0-9_$()+/-]{0,237}$/, 'a database name: lower-case letters, digits and _$()+-/, starting with a letter')),
  user: v.pipe(v.string(), v.trim(), v.minLength(1, 'a user name'), v.maxLength(100)),
  /** Empty: the password saved with these settings. */
  password: v.pipe(v.string(), v.maxLength(1_000)),
  shareFactbase: v.boolean(),
  shareNotes: v.picklist(['none', 'all', 'tag']),
  noteTag: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(100))),
});
/** Team sync's settings. */
export type SyncSettings = v.InferOutput<typeof SyncSettingsSchema>;

/** The settings as saved in the browser: with the password, and whether sync was left on. */
export type SavedSyncSettings = SyncSettings & { enabled: boolean };

/** Team sync's state: off, sending/receiving, waiting (up to date, or for the server), or stopped by an error. */
export type SyncState = 'idle' | 'active' | 'paused' | 'error';

/** What the Sync panel shows. */
export interface SyncStatus {
  state: SyncState;
  /** What is happening, in words. */
  message: string;
  /** The last problem, in words (kept after recovery, with its time), or null. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** The saved settings without the password, or null when sync was never set up. */
  settings: (Omit<SyncSettings, 'password'> & { hasPassword: boolean; enabled: boolean }) | null;
  /** Records sent and received since the service started. */
  pushed: number;
  pulled: number;
  refused: Refusal[];
  conflicts: SettledConflict[];
}

/** What the engine shares, from the settings. */
export function shareOf(settings: SyncSettings): ShareSettings {
  const tag = settings.noteTag?.trim();
  const notes: ShareSettings['notes'] =
    settings.shareNotes === 'all' ? { mode: 'all' } : settings.shareNotes === 'tag' && tag ? { mode: 'tag', tag } : { mode: 'none' };
  return { factbase: settings.shareFactbase, notes };
}

/** The server's origin match pattern, for the optional host permission ("https://couch.example.org/*"). */
export function originPattern(url: string): string {
  return `${new URL(url).origin}/*`;
}
