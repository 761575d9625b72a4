/**
 * The background's router: the union of the services' handlers, each keyed by its message name.
 * The types check that every message of the protocol has exactly one handler, so adding a message
 * to `protocol.ts` without a handler, or answering one message in two services, does not compile.
 */
import type { Handler, Handlers, MessageType } from '../messaging/protocol';

/** Some of the protocol's handlers: what one service answers. */
export type HandlerPart = { [K in MessageType]?: Handler<K> };

type KeysOf<Parts extends readonly object[]> = Parts extends readonly [infer H, ...infer R extends readonly object[]] ? keyof H | KeysOf<R> : never;
type Repeated<Parts extends readonly object[]> = Parts extends readonly [infer H, ...infer R extends readonly object[]] ? (keyof H & KeysOf<R>) | Repeated<R> : never;

/** The compile-time check: a message answered twice or not at all is named in the error. */
type ExactlyOnce<Parts extends readonly object[]> = [Repeated<Parts>] extends [never]
  ? [Exclude<MessageType, KeysOf<Parts>>] extends [never]
    ? Parts
    : { error: 'messages without a handler'; missing: Exclude<MessageType, KeysOf<Parts>> }
  : { error: 'messages with two handlers'; repeated: Repeated<Parts> };

/**
 * Joins the services' handlers into the router. Throws on a message answered twice (the types
 * already refuse it; this keeps a cast from slipping one through).
 */
export function createRouter<const Parts extends readonly HandlerPart[]>(...parts: Parts & ExactlyOnce<Parts>): Handlers {
  const router: Partial<Record<MessageType, unknown>> = {};
  for (const part of parts as readonly HandlerPart[]) {
    for (const [name, handler] of Object.entries(part) as [MessageType, unknown][]) {
      if (Object.hasOwn(router, name)) throw new Error(`two handlers for the message "${name}"`);
      router[name] = handler;
    }
  }
  return router as Handlers;
}

/** Wraps a handler so `after` runs once it has answered (a write asks team sync for a step). */
export function thenNotify<A extends unknown[], R>(after: (() => void) | undefined, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  if (!after) return fn;
  return async (...args: A): Promise<R> => {
    const r = await fn(...args);
    after();
    return r;
  };
}

/** The fact base a service works on: open already, or opened on first use (the background). */
export type FactbaseSource<DB> = DB | (() => Promise<DB>);

/** A getter over either form of `FactbaseSource`. */
export function connectionOf<DB extends object>(source: FactbaseSource<DB>): () => Promise<DB> {
  return typeof source === 'function' ? (source as () => Promise<DB>) : async () => source;
}

/** `make(db)`, made once per connection (a reopened fact base gets a fresh one). */
export function perConnection<DB extends object, T>(make: (db: DB) => T): (db: DB) => T {
  const made = new WeakMap<DB, T>();
  return (db) => {
    if (!made.has(db)) made.set(db, make(db));
    return made.get(db)!;
  };
}
