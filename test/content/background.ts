/** A stand-in for the background in unit tests: answers the protocol's messages through fakeBrowser. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageType } from '../../lib/messaging/protocol';

/** The answers, by message name; a message without one is answered with an error. */
export type Answers = Partial<Record<MessageType, (data: never) => unknown>>;

/** Registers the fake background; returns the messages it received, in order. */
export function fakeBackground(answers: Answers): ReturnType<typeof vi.fn> {
  const received = vi.fn();
  fakeBrowser.runtime.onMessage.addListener(async (raw: unknown) => {
    const message = raw as { dossier?: MessageType; data?: unknown } | null;
    if (!message?.dossier) return undefined;
    received(message.dossier, message.data);
    const answer = answers[message.dossier];
    return answer ? { ok: await answer(message.data as never) } : { error: `no answer to ${message.dossier}` };
  });
  return received;
}
