import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TabDossier } from '../../lib/messaging/views';
import { tabDossierKey } from '../../lib/platform/storage-keys';
import { keepsDossier } from '../../lib/background/tab-navigation';
import { forgetTab, forgetTabUnlessAt, readTabDossier, sessionTabStore } from '../../lib/platform/tab-store';

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

  it('forgets a tab that moved on to another page, and keeps one that jumped to an anchor of its page', async () => {
    await sessionTabStore.set(1, dossier('https://a.example/story'));
    await sessionTabStore.set(2, dossier('https://a.example/story'));
    await sessionTabStore.set(3, dossier('https://a.example/story'));
    expect(await forgetTabUnlessAt(1, 'https://a.example/other')).toBe(true);
    expect(await forgetTabUnlessAt(2, 'https://a.example/story#comments')).toBe(false);
    // A page the browser gives no address of (no access to its site) is another page.
    expect(await forgetTabUnlessAt(3, undefined)).toBe(true);
    expect(await sessionTabStore.get(1)).toBeNull();
    expect((await sessionTabStore.get(2))?.url).toBe('https://a.example/story');
    expect(await sessionTabStore.get(3)).toBeNull();
    expect(await forgetTabUnlessAt(4, 'https://a.example/')).toBe(false);
  });
});

describe('keepsDossier', () => {
  it('keeps a dossier for its own document only', () => {
    const kept = { url: 'https://a.example/story?id=1#top' };
    expect(keepsDossier(kept, 'https://a.example/story?id=1')).toBe(true);
    expect(keepsDossier(kept, 'https://a.example/story?id=2')).toBe(false);
    expect(keepsDossier(kept, undefined)).toBe(false);
    expect(keepsDossier(null, 'https://a.example/story?id=1')).toBe(false);
  });
});
