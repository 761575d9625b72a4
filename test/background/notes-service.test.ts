import { pageClaim } from '../support/records';
import { describe, expect, it } from 'vitest';
import { createNotesService } from '../../lib/background/notes-service';
import type { TabStore } from '../../lib/background/reading-service';
import { openFactbase } from '../../lib/factbase/db';
import type { Note } from '../../lib/factbase/schema';
import type { TabDossier } from '../../lib/messaging/views';
import { sourceIdFor } from '../../lib/engine/record-page';

const URL = 'https://www.rferl.org/a/story.html';

function tabs(state: TabDossier): TabStore {
  const map = new Map([[7, state]]);
  return { get: async (id) => map.get(id) ?? null, set: async (id, s) => void map.set(id, s) };
}

const dossier: TabDossier = {
  url: URL,
  title: 'Story',
  state: 'done',
  related: [],
  analysis: {
    source: { input: URL, title: 'Story', publishedAt: '2023-04-11', url: URL, outlet: 'RFE/RL' },
    actors: [],
    figures: [{ text: 'At least 6 people', start: 0, end: 17, value: 6, low: 6, high: null, qualifier: 'at-least', unit: 'count', counted: 'people', predicate: 'killed', sentence: { start: 0, end: 40 } }],
    claims: [pageClaim('c-1', { asOf: '2023-04-10', quote: 'At least 6 people were killed in Bishkek.', key: 'killed|count|place:bishkek|2023', place: 'bishkek', value: 6, low: 6, high: null, qualifier: 'at-least', figureText: 'At least 6 people' })],
    conflicts: [],
    incidents: [],
    timings: { extractMs: 1 },
  },
};

const note: Note = {
  id: 'n-1', url: URL, title: 'Story', quote: 'At least 6 people were killed', selectors: [], text: '', tags: [], actorIds: [], claimIds: ['c-1'],
  createdAt: '2026-11-21T10:00:00.000Z', updatedAt: '2026-11-21T10:00:00.000Z',
};

describe('saving a note', () => {
  it('makes a saved figure a claim of the page in the fact base, even when the site is not remembered', async () => {
    const db = await openFactbase('test-notes-service-1');
    const service = createNotesService({ db, tabs: tabs(dossier) });
    await service.saveNote({ note }, { tab: { id: 7 } });
    const claim = await db.get('claims', 'c-1');
    expect(claim).toMatchObject({ value: 6, low: 6, high: null, sourceId: sourceIdFor(URL), origin: 'user', key: 'killed|count|place:bishkek|2023' });
    expect(await db.get('sources', sourceIdFor(URL))).toMatchObject({ url: URL, outlet: 'RFE/RL', publishedAt: '2023-04-11' });
    expect((await db.get('notes', 'n-1'))?.claimIds).toEqual(['c-1']);
    db.close();
  });

  it('does not make claims for a note saved on another page than the tab shows', async () => {
    const db = await openFactbase('test-notes-service-2');
    const service = createNotesService({ db, tabs: tabs({ ...dossier, url: 'https://elsewhere.example/' }) });
    await service.saveNote({ note }, { tab: { id: 7 } });
    expect(await db.get('claims', 'c-1')).toBeUndefined();
    db.close();
  });
});
