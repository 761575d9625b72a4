import { afterEach, describe, expect, it } from 'vitest';
import { createReadingService } from '../../lib/background/reading-service';
import { loadBundledDefault } from '../../lib/factbase/bundle';
import { openFactbase, type FactbaseDB } from '../../lib/factbase/db';
import type { Bundle } from '../../lib/factbase/schema';
import type { TabDossier } from '../../lib/messaging/views';

const BUNDLE: Bundle = {
  format: 'dossier-factbase',
  version: 1,
  actors: [{ id: 'astana', type: 'place', name: 'Astana', aliases: [], description: 'Capital.', origin: 'bundled' }],
  sources: [],
  incidents: [],
  claims: [],
};

let dbs: FactbaseDB[] = [];
let n = 0;
afterEach(() => {
  dbs.forEach((d) => d.close());
  dbs = [];
});

async function serviceWith(showsUnknownNames: boolean) {
  const db = await openFactbase(`test-unknown-names-${++n}`);
  dbs.push(db);
  await loadBundledDefault(db, BUNDLE);
  const tabs = new Map<number, TabDossier>();
  return createReadingService({
    db,
    tabs: { get: async (id) => tabs.get(id) ?? null, set: async (id, s) => void tabs.set(id, s) },
    setBadge: () => undefined,
    remembers: async () => false,
    showsUnknownNames: async () => showsUnknownNames,
  });
}

const page = {
  url: 'https://example.org/a',
  title: 'A',
  text: 'Analyst Dana Scully of the Zorvex Institute said in Astana that the plan would fail.',
  publishedAt: null,
  siteName: null,
};

describe('the unknown-names switch', () => {
  it('keeps unknown names in the analysis when it is on', async () => {
    const a = await (await serviceWith(true)).analyzePage(page, { tab: { id: 1 } });
    expect(a.actors.some((m) => m.actorId === null)).toBe(true);
  });

  it('leaves only fact-base actors, and no maybe, when it is off', async () => {
    const a = await (await serviceWith(false)).analyzePage(page, { tab: { id: 1 } });
    expect(a.actors.map((m) => m.text)).toEqual(['Astana']);
    expect(a.maybe ?? []).toEqual([]);
  });
});
