import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { offerPageUi, type PageUi } from '../../lib/content/page-ui';
import { fakeBackground } from './background';

const ui: PageUi = { mount: () => undefined, drawSavedHighlights: async () => ({ found: [], missing: [], edited: [] }) };

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).__dossierPageUi;
});

// Each test takes a fresh copy of the loader: it loads once per content script.
const freshLoader = async (): Promise<typeof import('../../lib/content/page-ui-loader.dom')> => import('../../lib/content/page-ui-loader.dom');

describe('loadPageUi', () => {
  it('asks the background to run the page UI’s script once, and takes the UI it offered', async () => {
    const received = fakeBackground({ loadPageUi: () => (offerPageUi(ui), { ok: true }) });
    const { loadPageUi } = await freshLoader();
    const [a, b] = await Promise.all([loadPageUi(), loadPageUi()]);
    expect(a).toBe(ui);
    expect(b).toBe(ui);
    expect(await loadPageUi()).toBe(ui);
    expect(received.mock.calls.filter((c) => c[0] === 'loadPageUi')).toHaveLength(1);
  });

  it('does not ask when the page UI is already there', async () => {
    const received = fakeBackground({});
    offerPageUi(ui);
    const { loadPageUi } = await freshLoader();
    expect(await loadPageUi()).toBe(ui);
    expect(received).not.toHaveBeenCalled();
  });

  it('fails when the script ran but offered nothing, and tries again on the next call', async () => {
    let offers = false;
    const received = fakeBackground({ loadPageUi: () => (offers && offerPageUi(ui), { ok: true }) });
    const { loadPageUi } = await freshLoader();
    await expect(loadPageUi()).rejects.toThrow('the page UI did not load');
    offers = true;
    expect(await loadPageUi()).toBe(ui);
    expect(received).toHaveBeenCalledTimes(2);
  });
});
