// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncPanel } from '../../components/options/SyncPanel';
import type { sendMessage } from '../../lib/platform/messages';
import type { SyncStatus } from '../../lib/sync/settings';

const IDLE: SyncStatus = { state: 'idle', message: 'Team sync is off: nothing leaves this browser.', lastError: null, lastErrorAt: null, settings: null, pushed: 0, pulled: 0, refused: [], conflicts: [] };

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

async function mount(opts: { granted: boolean; status?: SyncStatus; onStart?: SyncStatus }) {
  const calls: string[] = [];
  const send = vi.fn(async (type: string) => {
    calls.push(type);
    if (type === 'syncStart') return opts.onStart ?? IDLE;
    return opts.status ?? IDLE;
  }) as unknown as typeof sendMessage;
  const requestHost = vi.fn(async (url: string) => {
    calls.push(`permission ${url}`);
    return opts.granted;
  });
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<SyncPanel send={send} requestHost={requestHost} />, root!);
  });
  const $ = (id: string) => root!.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
  const type = async (id: string, value: string) =>
    act(() => {
      $(id).value = value;
      $(id).dispatchEvent(new Event('input', { bubbles: true }));
    });
  await type('sync-url', 'https://couch.example.org');
  await type('sync-db', 'team');
  await type('sync-user', 'alice');
  await type('sync-password', 'secret');
  return { $, calls, send, requestHost };
}

const startClick = async (p: { $: (id: string) => HTMLInputElement }) => {
  await act(async () => {
    p.$('sync-start').click();
    await new Promise((r) => setTimeout(r, 0));
  });
};

describe('the Sync panel', () => {
  it('sends nothing when the browser does not grant the server’s host, and says why', async () => {
    const p = await mount({ granted: false });
    await startClick(p);
    expect(p.calls.filter((c) => c !== 'syncStatus')).toEqual(['permission https://couch.example.org/']);
    expect(root!.querySelector('[role="alert"]')?.textContent).toBe('Sync needs permission to reach https://couch.example.org; nothing was sent.');
  });

  it('asks for the host first, then starts sync with the settings, sharing the fact base and no notes by default', async () => {
    const active: SyncStatus = { ...IDLE, state: 'active', message: 'Sending and receiving changes…' };
    const p = await mount({ granted: true, onStart: active });
    await startClick(p);
    const after = p.calls.filter((c) => c !== 'syncStatus');
    expect(after).toEqual(['permission https://couch.example.org/', 'syncStart']);
    expect(p.send).toHaveBeenCalledWith('syncStart', {
      settings: { url: 'https://couch.example.org', db: 'team', user: 'alice', password: 'secret', shareFactbase: true, shareNotes: 'none', noteTag: '' },
    });
    expect(p.$('sync-status').getAttribute('data-state')).toBe('active');
  });

  it('shows the state and the last error in words, refused documents and settled edits', async () => {
    const status: SyncStatus = {
      ...IDLE,
      state: 'error',
      message: 'Team sync stopped.',
      lastError: 'The server refused the user name or password for "alice". Check them and start sync again.',
      refused: [{ id: 'actor:evil', rev: '1-a', reason: 'record: type: Invalid type', at: '2026-12-01T10:00:00.000Z' }],
      conflicts: [{ id: 'actor:atyrau', text: 'Actor "Atyrau": Edited by alice and bob: kept bob\'s; alice\'s kept in history.', at: '2026-12-01T10:00:00.000Z' }],
    };
    const p = await mount({ granted: true, status });
    expect(p.$('sync-status').getAttribute('data-state')).toBe('error');
    expect(p.$('sync-status').textContent).toContain('The server refused the user name or password for "alice"');
    expect(p.$('sync-refused').textContent).toBe('actor:evil: record: type: Invalid type');
    expect(p.$('sync-conflicts').textContent).toContain("kept bob's; alice's kept in history");
  });
});
