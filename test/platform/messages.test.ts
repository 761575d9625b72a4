import { describe, expect, it } from 'vitest';
import { describeError } from '../../lib/platform/messages';
import { parseEnvelope, type Handlers } from '../../lib/messaging/protocol';

describe('describeError', () => {
  it('names a storage-quota error plainly instead of passing the browser’s text along', () => {
    const err = Object.assign(new Error('QuotaExceededError: quota'), { name: 'QuotaExceededError' });
    expect(describeError(err)).toMatch(/storage for Dossier is full.*Nothing was saved/);
  });
  it('passes other errors’ messages through', () => {
    expect(describeError(new Error('no such actor'))).toBe('no such actor');
  });
});

describe('parseEnvelope', () => {
  it.each([
    ['a string', 'hello'],
    ['an unknown message', { dossier: 'rmrf', data: {} }],
    ['a wrongly typed field', { dossier: 'getTabDossier', data: { tabId: '1' } }],
    ['a huge string', { dossier: 'listNotes', data: { text: 'x'.repeat(10_000) } }],
    ['a prototype trick', { dossier: '__proto__', data: {} }],
  ])('refuses %s', (_name, message) => {
    expect(parseEnvelope(message)).toBeNull();
  });
  it('accepts a well-formed message', () => {
    expect(parseEnvelope({ dossier: 'getTabDossier', data: { tabId: 3 } })).toEqual({ dossier: 'getTabDossier', data: { tabId: 3 } });
  });
});

describe('handleMessages over the router', () => {
  it('answers a valid message from its handler, with the sender\'s tab, and refuses a malformed one', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { handleMessages, sendMessage } = await import('../../lib/platform/messages');
    const { createRouter } = await import('../../lib/background/router');
    const { REQUESTS } = await import('../../lib/messaging/protocol');
    fakeBrowser.reset();
    const seen: unknown[] = [];
    const refuse = async () => {
      throw new Error('not in this test');
    };
    const rest = Object.fromEntries(Object.keys(REQUESTS).filter((k) => k !== 'getTabAnalysis').map((k) => [k, refuse]));
    const page: Pick<Handlers, 'getTabAnalysis'> = {
      getTabAnalysis: async ({ tabId }, sender) => {
        seen.push([tabId, sender.tab?.id]);
        return null;
      },
    };
    handleMessages(createRouter(page, rest as unknown as Omit<Handlers, 'getTabAnalysis'>));
    expect(await sendMessage('getTabAnalysis', { tabId: 4 })).toBeNull();
    expect(seen).toEqual([[4, undefined]]);
    await expect(sendMessage('getCounts', {})).rejects.toThrow('not in this test');
    expect(await fakeBrowser.runtime.sendMessage({ dossier: 'getTabAnalysis', data: { tabId: 'x' } })).toEqual({ error: 'malformed message refused' });
  });
});
