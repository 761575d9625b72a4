/**
 * Sending and receiving the protocol's messages over `browser.runtime` (and to tabs). Every
 * incoming message is validated against its schema before a handler sees it.
 */
import { browser, type Browser } from 'wxt/browser';
import { parseEnvelope, type Handlers, type MessageType, type Request, type Responses } from '../messaging/protocol';

type Reply<K extends MessageType> = { ok: Responses[K] } | { error: string };

/** Sends a message to the background and returns its response (throws the handler's error). */
export async function sendMessage<K extends MessageType>(type: K, data: Request<K>): Promise<Responses[K]> {
  const reply = (await browser.runtime.sendMessage({ dossier: type, data })) as Reply<K> | undefined;
  if (!reply) throw new Error(`no answer to ${type}`);
  if ('error' in reply) throw new Error(reply.error);
  return reply.ok;
}

/** Routes validated messages to their handlers; malformed ones of ours are refused with an error. */
export function handleMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const isOurs = typeof message === 'object' && message !== null && 'dossier' in message;
    if (!isOurs) return undefined;
    const env = parseEnvelope(message);
    if (!env) return Promise.resolve({ error: 'malformed message refused' });
    const handler = handlers[env.dossier] as (d: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return handler(env.data, sender).then(
      (ok) => ({ ok }),
      (err: unknown) => ({ error: describeError(err) }),
    );
  });
}

/** A message for people: storage-quota errors are named as such rather than swallowed. */
export function describeError(err: unknown): string {
  const name = (err as { name?: string } | null)?.name;
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name;
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return 'The browser refused to store more data: its storage for Dossier is full. Free some disk space, or export and delete old notes, then try again. Nothing was saved.';
  }
  return err instanceof Error ? err.message : String(err);
}
