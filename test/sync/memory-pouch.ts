/**
 * In-memory PouchDB databases for the sync engine's unit tests (Node, memdown): a member's local
 * replica and a stand-in for the team server, replicated on demand.
 */
import { createRequire } from 'node:module';
import type { TeamReplica } from '../../lib/sync/engine';

const require = createRequire(import.meta.url);

/** The parts of a PouchDB the tests use beyond the engine's. */
export interface MemoryPouch extends TeamReplica {
  name: string;
  destroy(): Promise<unknown>;
  allDocs(opts?: object): Promise<{ rows: { id: string; doc?: Record<string, unknown> }[] }>;
  replicate: { to(target: MemoryPouch): Promise<unknown> };
}

type PouchCtor = { new (name: string, opts?: object): MemoryPouch; plugin(p: unknown): PouchCtor };

const PouchDB = (require('pouchdb-core') as PouchCtor)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-replication'));

let n = 0;

/** A fresh in-memory database (a unique name, so tests never share one by accident). */
export function memoryPouch(label: string): MemoryPouch {
  return new PouchDB(`${label}-${process.pid}-${n++}`, { adapter: 'memory' });
}

/** One round of replication both ways between a member's replica and the server. */
export async function replicate(member: MemoryPouch, server: MemoryPouch): Promise<void> {
  await member.replicate.to(server);
  await server.replicate.to(member);
}
