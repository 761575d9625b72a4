import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { injectPageUi, PAGE_UI_JS } from '../../lib/platform/page-ui-injection';

beforeEach(() => fakeBrowser.reset());

describe('injectPageUi', () => {
  it('runs the page UI’s script in the frame of the tab that asked', async () => {
    // The fake browser has no scripting API: this stands in for the one call.
    const executeScript = vi.fn(async () => []);
    fakeBrowser.scripting.executeScript = executeScript as never;
    await expect(injectPageUi({ tab: { id: 7 } as never, frameId: 3 })).resolves.toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [PAGE_UI_JS] });
  });

  it('refuses a sender that is not a tab (an extension page: no tab)', async () => {
    await expect(injectPageUi({})).rejects.toThrow(/only into a tab/);
  });
});
