/**
 * A CouchDB-compatible server in memory (express-pouchdb over PouchDB's memory adapter), for the
 * team-sync end-to-end test and for trying team sync by hand:
 *
 *   npx tsx scripts/sync-server.ts     # prints the address, users and database; Ctrl+C stops it
 *
 * It listens on 127.0.0.1 only. Its data live in this process: `stop()` closes the listener (the
 * server is "down") and `restart()` opens it again on the same port with everything kept.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { devNull } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

type Handler = (req: unknown, res: unknown, next?: unknown) => void;
type PouchCtor = { plugin(p: unknown): PouchCtor; defaults(o: object): PouchCtor };

/** A running test server. */
export interface SyncServer {
  /** Its address, e.g. http://127.0.0.1:40123 */
  url: string;
  port: number;
  /** The team database's name. */
  db: string;
  /** Sends a request as the server's admin (to set up, or to plant a document no member wrote). */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Closes the listener, dropping open connections: the server is unreachable. */
  stop(): Promise<void>;
  /** Listens again on the same port, with the same data. */
  restart(): Promise<void>;
  /** Stops it for good. */
  close(): Promise<void>;
}

const ADMIN = { name: 'admin', password: 'admin-secret' };

/** Starts the server with these members (user name → password), each allowed into the one team database. */
export async function startSyncServer(opts: { users: Record<string, string>; db?: string; port?: number }): Promise<SyncServer> {
  const db = opts.db ?? 'team';
  const PouchDB = (require('pouchdb-core') as PouchCtor)
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'))
    .plugin(require('pouchdb-mapreduce'))
    .plugin(require('pouchdb-replication'))
    // A name per server, so two servers in one process never share a database.
    .defaults({ adapter: 'memory', prefix: `sync-server-${process.pid}-${Date.now()}-` });
  const expressPouch = require('express-pouchdb') as (p: PouchCtor, o: object) => Handler;
  const express = require('express') as () => Handler & { use(path: string, h: Handler): void };
  const app = express();
  // The admin interface (Fauxton) is not needed; its config lives in memory only, and its log
  // (a ./log.txt by default) goes nowhere.
  app.use('/', expressPouch(PouchDB, { inMemoryConfig: true, logPath: devNull, mode: 'fullCouchDB', overrideMode: { exclude: ['routes/fauxton'] } }));

  let server: Server = createServer(app);
  const listen = (port: number): Promise<number> =>
    new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const port = await listen(opts.port ?? 0);
  const url = `http://127.0.0.1:${port}`;
  const auth = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

  async function admin(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const res = await fetch(url + path, {
      method,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: auth },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
  }

  // Leaving "admin party": an admin, real users, and a database only members may open.
  await fetch(`${url}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  for (const [name, password] of Object.entries(opts.users)) {
    await admin('PUT', `/_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
  }
  await admin('PUT', `/${db}`);
  await admin('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: Object.keys(opts.users), roles: [] } });

  const stop = (): Promise<void> =>
    new Promise((resolve) => {
      if (!server.listening) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
    });

  return {
    url,
    port,
    db,
    admin,
    stop,
    async restart() {
      await stop();
      server = createServer(app);
      await listen(port);
    },
    close: stop,
  };
}

// By hand: one server with two members until Ctrl+C.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const users = { alice: 'alice-pass', bob: 'bob-pass' };
  const s = await startSyncServer({ users, port: Number(process.env.PORT ?? 5984) });
  console.log(`CouchDB-compatible server at ${s.url}, database "${s.db}", users ${Object.entries(users).map(([u, p]) => `${u}/${p}`).join(', ')}`);
  process.on('SIGINT', () => void s.close().then(() => process.exit(0)));
}
