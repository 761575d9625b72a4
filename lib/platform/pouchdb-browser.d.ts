/**
 * The little of PouchDB's API that Dossier uses, typed here: the DefinitelyTyped packages declare
 * a global `Buffer` that breaks Node's own typing of it.
 */
declare module 'pouchdb-browser' {
  /** Something that emits events and can be cancelled (a live changes feed, a live replication). */
  export interface Cancellable {
    on(event: string, listener: (...args: never[]) => void): this;
    cancel(): void;
  }

  /** A local (IndexedDB) or remote (HTTP) database. */
  class PouchDB {
    constructor(name: string, options?: {
      auto_compaction?: boolean;
      skip_setup?: boolean;
      fetch?: (url: string | Request, opts?: RequestInit) => Promise<Response>;
    });
    get(id: string, opts?: { conflicts?: boolean; rev?: string }): Promise<Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[] }>;
    put(doc: object): Promise<{ ok?: boolean; id: string; rev: string }>;
    bulkDocs(docs: object[]): Promise<unknown[]>;
    changes(opts: { live: true; since: 'now' | number | string }): Cancellable;
    changes(opts: { since: number | string; include_docs: true; conflicts: true; limit: number }): Promise<{
      results: { id: string; seq: number | string; deleted?: boolean; doc?: Record<string, unknown> }[];
      last_seq: number | string;
    }>;
    sync(remote: PouchDB, opts: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number }): Cancellable;
  }
  export default PouchDB;
}
