import { describe, expect, it } from 'vitest';
import { createRouter, perConnection, thenNotify, type HandlerPart } from '../../lib/background/router';
import { REQUESTS, type Handlers, type MessageType } from '../../lib/messaging/protocol';

// A handler for every message, split over two parts as the background's services are.
const names = Object.keys(REQUESTS) as MessageType[];
const answer = (name: string) => async () => ({ answeredBy: name }) as never;
const all = Object.fromEntries(names.map((n) => [n, answer(n)])) as unknown as Handlers;
const { getCounts, ...rest } = all;

describe('createRouter', () => {
  it('joins the services\' handlers, each message answered by its own', async () => {
    const router = createRouter({ getCounts }, rest);
    expect(Object.keys(router).sort()).toEqual([...names].sort());
    expect(await router.getCounts({}, {})).toEqual({ answeredBy: 'getCounts' });
    expect(await router.listNotes({}, {})).toEqual({ answeredBy: 'listNotes' });
  });

  it('refuses a message answered by two services', () => {
    const twice: HandlerPart = { getCounts };
    // @ts-expect-error the types name `getCounts` as answered twice
    expect(() => createRouter(twice, all)).toThrow(/two handlers for the message "getCounts"/);
  });

  it('does not compile when a message has no handler', () => {
    // @ts-expect-error the types name `getCounts` as missing
    const router = createRouter(rest);
    expect(router.getCounts).toBeUndefined();
  });
});

describe('thenNotify', () => {
  it('notifies after a handler answers, and not when it fails', async () => {
    let told = 0;
    const ok = thenNotify(() => told++, async (x: number) => x * 2);
    const bad = thenNotify(() => told++, async () => {
      throw new Error('refused');
    });
    expect(await ok(21)).toBe(42);
    await expect(bad()).rejects.toThrow('refused');
    expect(told).toBe(1);
  });
});

describe('perConnection', () => {
  it('makes one value per connection', () => {
    let made = 0;
    const of = perConnection((db: { name: string }) => ({ n: ++made, db }));
    const a = { name: 'a' };
    const b = { name: 'b' };
    expect(of(a)).toBe(of(a));
    expect(of(b).n).toBe(2);
    expect(made).toBe(2);
  });
});
