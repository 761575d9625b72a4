import { afterEach, describe, expect, it } from 'vitest';
import { offerPageUi, offeredPageUi, type PageUi } from '../../lib/content/page-ui';

afterEach(() => {
  delete (globalThis as Record<string, unknown>).__dossierPageUi;
});

describe('the page UI hand-over', () => {
  it('has nothing to hand over before the page UI’s script ran', () => {
    expect(offeredPageUi()).toBeNull();
  });

  it('hands over what the page UI’s script offered', () => {
    const ui: PageUi = { mount: () => undefined, drawSavedHighlights: async () => ({ found: [], missing: [], edited: [] }) };
    offerPageUi(ui);
    expect(offeredPageUi()).toBe(ui);
  });
});
