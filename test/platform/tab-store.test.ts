import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabDossier } from '../../lib/messaging/views';
import { tabDossierKey } from '../../lib/platform/storage-keys';
import { forgetTab, readTabDossier, sessionTabStore } from '../../lib/platform/tab-store';

beforeEach(() => fakeBrowser.reset());

const dossier = (url: string): TabDossier => ({ url, title: url, analysis: null, related: [], state: 'analysing' });

describe('the session tab store', () => {
  it('keeps each tab under its own key and reads one tab without the others', async () => {
    await sessionTabStore.set(1, dossier('https://a.example/'));
    await sessionTabStore.set(2, dossier('https://b.example/'));
    expect(Object.keys(await fakeBrowser.storage.session.get(null)).sort()).toEqual([tabDossierKey(1), tabDossierKey(2)]);
    expect((await sessionTabStore.get(2))?.url).toBe('https://b.example/');
    expect((await readTabDossier(1))?.url).toBe('https://a.example/');
    expect(await readTabDossier(3)).toBeNull();
  });

  it('keeps the last of several writes to one tab made at once', async () => {
    await Promise.all([1, 2, 3].map((n) => sessionTabStore.set(5, dossier(`https://a.example/${n}`))));
    expect((await sessionTabStore.get(5))?.url).toBe('https://a.example/3');
  });

  it('forgets a closed tab only', async () => {
    await sessionTabStore.set(1, dossier('https://a.example/'));
    await sessionTabStore.set(2, dossier('https://b.example/'));
    await forgetTab(1);
    expect(await sessionTabStore.get(1)).toBeNull();
    expect((await sessionTabStore.get(2))?.url).toBe('https://b.example/');
  });
});
