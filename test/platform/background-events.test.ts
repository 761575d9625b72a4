import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SYNC_ALARM } from '../../lib/platform/alarms';
import { listenToAlarmsAndTabs, setUpOnInstall, shortcutMessage } from '../../lib/platform/background-events';
import { tabDossierKey } from '../../lib/platform/storage-keys';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the background\'s alarms and tabs', () => {
  it('steps team sync on its own alarm only', async () => {
    let steps = 0;
    listenToAlarmsAndTabs(() => void steps++);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'another-alarm', scheduledTime: 0 });
    await fakeBrowser.alarms.onAlarm.trigger({ name: SYNC_ALARM, scheduledTime: 0 });
    expect(steps).toBe(1);
  });

  it('forgets a closed tab\'s dossier and keeps the others', async () => {
    listenToAlarmsAndTabs(() => undefined);
    await fakeBrowser.storage.session.set({ [tabDossierKey(7)]: { url: 'https://a.example/' }, [tabDossierKey(8)]: { url: 'https://b.example/' } });
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => {
      const got = await fakeBrowser.storage.session.get(null);
      expect(Object.keys(got)).toEqual([tabDossierKey(8)]);
    });
  });
});

describe('install-time set-up', () => {
  it('opens the fact base when the extension is installed, even where a browser lacks a set-up API', async () => {
    let opened = 0;
    setUpOnInstall({ contentJs: 'content-scripts/content.js', openFactbase: async () => void opened++ });
    expect(opened).toBe(0);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    expect(opened).toBe(1);
  });
});

describe('shortcutMessage', () => {
  it.each([
    ['save-highlight', 'saveSelection'],
    ['next-disagreement', 'focusDisagreement'],
    ['open-dossier', null],
    ['something-else', null],
  ])('sends %s to the tab as %s', (command, message) => {
    expect(shortcutMessage(command)).toBe(message);
  });
});
