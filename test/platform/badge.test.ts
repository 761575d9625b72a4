import { describe, expect, it } from 'vitest';
import { BADGE_COLOR, badgeApi, setTabBadge, type BadgeApi } from '../../lib/platform/badge';

/** A badge API that records its calls (and can be made to fail). */
function recorder(fail?: 'throw' | 'reject'): BadgeApi & { calls: string[] } {
  const calls: string[] = [];
  const act = (what: string): Promise<void> => {
    calls.push(what);
    if (fail === 'throw') throw new TypeError(`can't access property "${what}"`);
    return fail === 'reject' ? Promise.reject(new Error('No tab with id')) : Promise.resolve();
  };
  return {
    calls,
    setBadgeText: ({ tabId, text }) => act(`text ${tabId} ${JSON.stringify(text)}`),
    setBadgeBackgroundColor: ({ tabId, color }) => act(`color ${tabId} ${color}`),
  };
}

describe('badgeApi', () => {
  it('uses action where it exists (Manifest V3, Chromium and Firefox)', () => {
    const action = recorder();
    expect(badgeApi({ action, browserAction: recorder() })).toBe(action);
  });
  it('falls back to browserAction (Firefox Manifest V2, which has no action)', () => {
    const browserAction = recorder();
    expect(badgeApi({ browserAction })).toBe(browserAction);
  });
  it('gives null when the browser has neither', () => {
    expect(badgeApi({})).toBeNull();
  });
});

describe('setTabBadge', () => {
  it('sets the text and the colour for the tab', () => {
    const api = recorder();
    setTabBadge(7, '2', api);
    expect(api.calls).toEqual(['text 7 "2"', `color 7 ${BADGE_COLOR}`]);
  });
  it('clears the badge with an empty text', () => {
    const api = recorder();
    setTabBadge(7, '', api);
    expect(api.calls).toEqual(['text 7 ""']);
  });
  it.each(['throw', 'reject'] as const)('never fails when the API calls %s', async (fail) => {
    const api = recorder(fail);
    expect(() => setTabBadge(3, '1', api)).not.toThrow();
    // A rejected call is swallowed too: nothing is left unhandled once the microtasks have run.
    await new Promise((r) => setTimeout(r, 0));
    expect(api.calls).toHaveLength(2);
  });
  it('does nothing without a badge API', () => {
    expect(() => setTabBadge(3, '1', null)).not.toThrow();
  });
});
