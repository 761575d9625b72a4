/**
 * The reading service over a real (fake-indexeddb) fact base: the one pipeline remembers what is
 * read, and the tab's dossier lists the page's own incidents first — an imported one included.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/factbase.json';
import { createReadingService, type TabStore } from '../../lib/background/reading-service';
import { loadBundledDefault, parseBundle } from '../../lib/factbase/bundle';
import { openFactbase } from '../../lib/factbase/db';
import { commitIncidentImport } from '../../lib/factbase/incident-import';
import { previewIncidentCsv } from '../../lib/import/csv-incidents';
import type { TabDossier } from '../../lib/messaging/views';

function memoryTabs(): TabStore {
  const map = new Map<number, TabDossier>();
  return { get: async (id) => map.get(id) ?? null, set: async (id, s) => void map.set(id, s) };
}

describe('the reading service', () => {
  it('lists the imported GTD incident an article is about first among its related incidents', async () => {
    const db = await openFactbase('test-service-imported-incident');
    await loadBundledDefault(db, parseBundle(bundled));
    await commitIncidentImport(db, await previewIncidentCsv(readFileSync('test/fixtures/csv/gtd-sample.csv', 'utf8')), { skipBadRows: true });
    const service = createReadingService({ db, tabs: memoryTabs(), setBadge: () => undefined, remembers: async () => true });
    const url = 'https://www.rferl.org/a/almaty-police-shooting/1.html';
    const analysis = await service.analyzePage(
      { url, title: 'Almaty shooting', text: 'A gunman killed three police officers in Almaty on 18 July 2016, officials said.', publishedAt: '2016-07-19', siteName: 'RFE/RL' },
      { tab: { id: 3 } },
    );
    const killed = analysis.claims.find((c) => c.predicate === 'killed')!;
    // The bundled fact base has no incident for it; the imported GTD row is the incident.
    expect(killed.incident).toBe('gtd-201607180001');
    const dossier = (await service.getTabDossier({ tabId: 3 }))!;
    expect(dossier.related[0]?.incident.id).toBe(killed.incident);
    expect(analysis.incidents.map((i) => i.id)).toContain(killed.incident);
    db.close();
  });

  it('answers a tab\'s cached dossier without opening the fact base', async () => {
    const cached = { url: 'https://example.org/a', title: 'A', analysis: null, related: [], state: 'done' as const };
    const tabs = memoryTabs();
    await tabs.set(5, cached);
    let opened = 0;
    const service = createReadingService({
      db: () => {
        opened++;
        return Promise.reject(new Error('not opened in this test'));
      },
      tabs,
      setBadge: () => undefined,
      remembers: async () => true,
    });
    expect(await service.getTabAnalysis({ tabId: 5 })).toEqual(cached);
    expect(await service.getTabAnalysis({ tabId: 6 })).toBeNull();
    expect(opened).toBe(0);
  });

  it('keeps a page read with no article text as such, in place of the tab\'s earlier page', async () => {
    const tabs = memoryTabs();
    await tabs.set(9, { url: 'https://www.rferl.org/a/1.html', title: 'Earlier', analysis: null, related: [], state: 'done' });
    const service = createReadingService({ db: () => Promise.reject(new Error('not opened in this test')), tabs, setBadge: () => undefined, remembers: async () => true });
    const url = 'https://www.rferl.org/z/section-front';
    await service.pageAnnotated({ url, actors: 0, figures: 0, conflicts: 0, elapsedMs: 5, articleText: false }, { tab: { id: 9, title: 'Section front' } });
    expect(await tabs.get(9)).toEqual({ url, title: 'Section front', analysis: null, related: [], state: 'no-text' });
    // A pass that found text but reports no analysis of this address changes nothing.
    await service.pageAnnotated({ url: 'https://www.rferl.org/a/2.html', actors: 0, figures: 0, conflicts: 0, elapsedMs: 5 }, { tab: { id: 9 } });
    expect((await tabs.get(9))?.state).toBe('no-text');
  });
});
