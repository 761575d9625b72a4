import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleTabMessages, type TabHandlers } from '../../lib/platform/tab-messages';

beforeEach(() => fakeBrowser.reset());

function handlers(): TabHandlers & { [K in keyof TabHandlers]: ReturnType<typeof vi.fn> } {
  return { revealMark: vi.fn(), saveSelection: vi.fn(), setEnabled: vi.fn(async () => undefined), focusDisagreement: vi.fn() } as never;
}

// The fake's types know (message, sender) only; the browser also passes sendResponse, which the listener answers through.
const onMessage = fakeBrowser.runtime.onMessage as unknown as { trigger(...args: unknown[]): Promise<unknown[]>; hasListeners(): boolean };

/** Delivers a message as the browser does, and resolves with what the listener answered through sendResponse. */
function deliver(message: unknown): Promise<unknown> {
  return new Promise((resolve) => {
    void onMessage.trigger(message, {}, resolve);
  });
}

describe('handleTabMessages', () => {
  it('routes a valid message to its handler and answers once the handler is done', async () => {
    const h = handlers();
    handleTabMessages(h, new AbortController().signal);
    expect(await deliver({ dossierTab: 'setEnabled', data: { enabled: false } })).toEqual({ ok: true });
    expect(h.setEnabled).toHaveBeenCalledWith({ enabled: false });
  });

  it('answers a failed handler with its error', async () => {
    const h = handlers();
    h.saveSelection.mockRejectedValue(new Error('no selection'));
    handleTabMessages(h, new AbortController().signal);
    expect(await deliver({ dossierTab: 'saveSelection', data: {} })).toEqual({ error: 'no selection' });
  });

  it('leaves malformed and foreign messages alone', async () => {
    const h = handlers();
    handleTabMessages(h, new AbortController().signal);
    const results = await onMessage.trigger({ dossierTab: 'revealMark', data: { kind: 'actor', index: -1 } }, {}, () => undefined);
    const foreign = await onMessage.trigger({ dossier: 'getCounts', data: {} }, {}, () => undefined);
    expect([...results, ...foreign]).toEqual([undefined, undefined]);
    expect(h.revealMark).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const controller = new AbortController();
    handleTabMessages(handlers(), controller.signal);
    expect(onMessage.hasListeners()).toBe(true);
    controller.abort();
    expect(onMessage.hasListeners()).toBe(false);
  });
});
