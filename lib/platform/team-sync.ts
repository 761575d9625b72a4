/**
 * Team sync in the background: signs in to the team's CouchDB-compatible server with a session
 * cookie, keeps a local PouchDB replica of the team database replicating live (retrying with
 * back-off while the server is away), and runs the sync engine between that replica and the
 * fact base. Nothing here runs, and nothing is sent, until the user has started sync on the
 * options page and granted the server's host; a service worker that wakes up resumes it.
 */
import PouchDB, { type Cancellable } from 'pouchdb-browser';
import { browser } from 'wxt/browser';
import { createSyncEngine, type RecordHistory, type SyncEngine, type TeamReplica } from '../sync/engine';
import type { SyncKind } from '../sync/docs';
import type { FactbaseDB } from '../factbase/db';
import { originPattern, shareOf, type SavedSyncSettings, type SyncSettings, type SyncStatus } from '../sync/settings';
import { syncSettings } from './storage-items';
import { SYNC_ALARM } from './alarms';

/** The alarm that wakes the service worker to keep replication going (named in alarms.ts). */
export { SYNC_ALARM };

/** A problem the user can act on (wrong password, no such database, no permission). */
class SyncSetupError extends Error {
  override name = 'SyncSetupError';
  /** True when trying again later may work (the server is unreachable), false when the user must change something. */
  constructor(message: string, readonly retry = false) {
    super(message);
  }
}

interface Running {
  key: string;
  settings: SavedSyncSettings;
  engine: SyncEngine;
  local: PouchDB;
  replication: Cancellable;
  feed: Cancellable;
}

const baseUrl = (url: string): string => url.replace(/\/+$/, '');

// A short, stable name for the local replica of one server's database.
function replicaName(settings: SyncSettings): string {
  let h = 0x811c9dc5;
  const s = `${baseUrl(settings.url)}|${settings.db}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return `dossier-team-${(h >>> 0).toString(36)}`;
}

function errorText(err: unknown): string {
  const e = err as { status?: number; reason?: string; message?: string; name?: string } | null;
  if (e?.status === 401) return 'The server no longer accepts the user name or password: enter them again and start sync.';
  if (e?.status === 403) return `The server refused a change: ${e.reason ?? e.message ?? 'forbidden'}.`;
  return e?.reason ?? e?.message ?? String(err);
}

/** Signs in with the user name and password; the server answers with a session cookie the browser keeps for its host. */
async function signIn(settings: SyncSettings): Promise<void> {
  let res: Response;
  try {
    res = await fetch(`${baseUrl(settings.url)}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ name: settings.user, password: settings.password }),
    });
  } catch (err) {
    throw new SyncSetupError(`Could not reach the server at ${settings.url} (${err instanceof Error ? err.message : String(err)}). Check the address; Dossier tries again every minute.`, true);
  }
  if (res.status === 401) throw new SyncSetupError(`The server refused the user name or password for "${settings.user}". Check them and start sync again.`);
  if (!res.ok) throw new SyncSetupError(`The server at ${settings.url} answered ${res.status} to the sign-in: is it a CouchDB server?`);
}

async function checkDatabase(settings: SyncSettings): Promise<void> {
  const res = await fetch(`${baseUrl(settings.url)}/${encodeURIComponent(settings.db)}`, { credentials: 'include', headers: { Accept: 'application/json' } });
  if (res.status === 404) throw new SyncSetupError(`The server has no database "${settings.db}". Ask its administrator to create it, or check the name.`);
  if (res.status === 401 || res.status === 403) throw new SyncSetupError(`"${settings.user}" may not open the database "${settings.db}" on this server.`);
  if (!res.ok) throw new SyncSetupError(`The server answered ${res.status} for the database "${settings.db}".`);
}

/** Team sync's controller, one per service-worker life. */
export function createTeamSync(deps: { factbase: () => Promise<FactbaseDB> }) {
  let running: Running | null = null;
  // Start, stop and resume run one at a time, in call order.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  let status: Omit<SyncStatus, 'settings' | 'refused' | 'conflicts'> = {
    state: 'idle',
    message: 'Team sync is off: nothing leaves this browser.',
    lastError: null,
    lastErrorAt: null,
    pushed: 0,
    pulled: 0,
  };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let again = false;
  let unreachable = false;
  let stepping = false;

  const set = (patch: Partial<typeof status>): void => {
    status = { ...status, ...patch };
  };
  const fail = (message: string, state: 'error' | 'paused' = 'error'): void =>
    set({ state, message: state === 'error' ? 'Team sync stopped.' : status.message, lastError: message, lastErrorAt: new Date().toISOString() });

  async function snapshot(): Promise<SyncStatus> {
    const saved = await syncSettings.getValue();
    const journal = running ? await running.engine.journal().catch(() => ({ refused: [], conflicts: [] })) : { refused: [], conflicts: [] };
    let settings: SyncStatus['settings'] = null;
    if (saved) {
      const { password, ...rest } = saved;
      settings = { ...rest, hasPassword: password.length > 0 };
    }
    return { ...status, settings, ...journal };
  }

  /** Runs one engine step, coalescing calls that arrive while one runs. */
  function step(): void {
    if (!running) return;
    if (stepping) {
      again = true;
      return;
    }
    stepping = true;
    const run = running;
    run.engine
      .step()
      .then(
        (r) => set({ pushed: status.pushed + r.pushed, pulled: status.pulled + r.pulled }),
        (err: unknown) => fail(`Could not bring the team's changes into the fact base: ${errorText(err)}`, 'paused'),
      )
      .finally(() => {
        stepping = false;
        if (again && running === run) {
          again = false;
          step();
        }
      });
  }

  /** Asks for a step soon (after a burst of writes or incoming changes settles). */
  function poke(): void {
    if (!running) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      step();
    }, 250);
  }

  function halt(): void {
    if (!running) return;
    running.replication.cancel();
    running.feed.cancel();
    running = null;
  }

  /**
   * A start that failed: an unreachable server is tried again on the next alarm; anything the
   * user must fix (password, database, permission) switches sync off until they start it again,
   * so a wrong password is not sent over and over.
   */
  async function setback(settings: SavedSyncSettings, err: unknown, what: 'start' | 'resume'): Promise<void> {
    halt();
    if (err instanceof SyncSetupError && err.retry) {
      await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
      set({ state: 'paused', message: 'The server cannot be reached: Dossier tries again every minute.' });
      fail(err.message, 'paused');
      return;
    }
    await syncSettings.setValue({ ...settings, enabled: false });
    await browser.alarms.clear(SYNC_ALARM);
    fail(err instanceof SyncSetupError ? err.message : `Team sync could not ${what}: ${errorText(err)}`);
  }

  async function launch(settings: SavedSyncSettings): Promise<void> {
    const origin = originPattern(settings.url);
    if (!(await browser.permissions.contains({ origins: [origin] }))) {
      throw new SyncSetupError(`Dossier may not reach ${new URL(settings.url).origin}: start sync again and allow it when the browser asks.`);
    }
    set({ state: 'active', message: `Signing in to ${settings.url}…` });
    await signIn(settings);
    await checkDatabase(settings);
    const db = await deps.factbase();
    const local = new PouchDB(replicaName(settings), { auto_compaction: true });
    // The session cookie expires: sign in again once when the server says so, then retry. A
    // request that cannot reach the server at all is how an outage shows (PouchDB's sync events
    // do not carry the error).
    const UNREACHABLE = 'The server cannot be reached: changes wait here and go out when it is back.';
    const sessionFetch = async (url: string | Request, opts?: RequestInit): Promise<Response> => {
      let res: Response;
      try {
        res = await fetch(url, { ...opts, credentials: 'include' });
      } catch (err) {
        if ((err as { name?: string } | null)?.name !== 'AbortError' && running?.local === local) {
          unreachable = true;
          set({ state: 'paused', message: UNREACHABLE });
          fail(`Server unreachable (${errorText(err)}); retrying.`, 'paused');
        }
        throw err;
      }
      if (unreachable) {
        unreachable = false;
        set({ state: 'active', message: 'Back in touch with the server: sending and receiving changes…' });
      }
      if (res.status !== 401) return res;
      await signIn(settings).catch(() => undefined);
      return fetch(url, { ...opts, credentials: 'include' });
    };
    const remote = new PouchDB(`${baseUrl(settings.url)}/${encodeURIComponent(settings.db)}`, { skip_setup: true, fetch: sessionFetch });
    const engine = createSyncEngine({ db, replica: local satisfies TeamReplica, me: settings.user, share: shareOf(settings) });
    const replication = local.sync(remote, {
      live: true,
      retry: true,
      // 1 s, 2 s, 4 s ... at most a minute between attempts while the server is away.
      back_off_function: (delay: number) => (delay === 0 ? 1_000 : Math.min(delay * 2, 60_000)),
    });
    replication
      .on('active', () => set(unreachable ? { state: 'paused', message: UNREACHABLE } : { state: 'active', message: 'Sending and receiving changes…' }))
      .on('paused', () => {
        set({ state: 'paused', message: unreachable ? UNREACHABLE : 'Up to date with the team.' });
        poke();
      })
      .on('denied', (err: unknown) => fail(`The server refused a document: ${errorText(err)}`, 'paused'))
      .on('error', (err: unknown) => {
        fail(errorText(err));
        halt();
      });
    const feed = local.changes({ live: true, since: 'now' }).on('change', () => poke());
    running = { key: replicaName(settings), settings, engine, local, replication, feed };
    await browser.alarms.create(SYNC_ALARM, { periodInMinutes: 1 });
    set({ state: 'active', message: 'Sending and receiving changes…' });
    poke();
  }

  return {
    /** Saves the settings and starts sync (signing in first); a problem comes back in the status, in words. */
    start(input: SyncSettings): Promise<SyncStatus> {
      return serial(async () => {
        halt();
        const saved = await syncSettings.getValue();
        const password = input.password || (saved && saved.url === input.url && saved.user === input.user ? saved.password : '');
        const settings: SavedSyncSettings = { ...input, password, enabled: true };
        await syncSettings.setValue(settings);
        set({ pushed: 0, pulled: 0, lastError: null, lastErrorAt: null });
        try {
          if (!password) throw new SyncSetupError('Enter the password for this server.');
          await launch(settings);
        } catch (err) {
          await setback(settings, err, 'start');
        }
        return snapshot();
      });
    },

    /** Stops sync: replication cancelled, nothing more sent; the settings stay saved for next time. */
    stop(): Promise<SyncStatus> {
      return serial(async () => {
        halt();
        const saved = await syncSettings.getValue();
        if (saved) await syncSettings.setValue({ ...saved, enabled: false });
        await browser.alarms.clear(SYNC_ALARM);
        set({ state: 'idle', message: 'Team sync is off: nothing leaves this browser.' });
        return snapshot();
      });
    },

    /** The status as the Sync panel shows it. */
    status: snapshot,

    /** Resumes sync after a service-worker start when the user left it on; does nothing otherwise. */
    resume(): Promise<void> {
      return serial(async () => {
        if (running) return;
        const saved = await syncSettings.getValue();
        if (!saved?.enabled) return;
        try {
          await launch(saved);
        } catch (err) {
          await setback(saved, err, 'resume');
        }
      });
    },

    poke,

    /** What the team database says about one record; null when sync is not running. */
    recordHistory(kind: SyncKind, id: string): Promise<RecordHistory | null> {
      return running ? running.engine.recordHistory(kind, id) : Promise.resolve(null);
    },

    /** Records this member as a reader of a page the team already has. */
    pageRead(sourceId: string): void {
      if (!running) return;
      void running.engine.pageRead(sourceId).catch(() => undefined);
    },
  };
}

/** Team sync's controller. */
export type TeamSync = ReturnType<typeof createTeamSync>;
