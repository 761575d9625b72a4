import { describe, expect, it } from 'vitest';
import bundled from '../../data/factbase.json';
import { extractText } from '../../lib/engine/analyze';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';

const fb = MemoryFactbase.fromBundle(parseBundle(bundled));
const deps = { matcher: fb.matcher, actorIdForName: (n: string) => fb.actorIdForName(n), actorName: (id: string) => fb.actors.get(id)?.name };
const orgs = (text: string, d: typeof deps | Omit<typeof deps, 'actorName'> = deps) =>
  extractText(text, { sourceId: 's', title: null, publishedAt: '2024-03-25' }, d).actors.filter((a) => a.type === 'organization').map((a) => `${a.text}:${a.actorId}`);

describe('another country\'s body under a shared short name', () => {
  it('unlinks "МВД России" from Kazakhstan\'s MVD, and keeps "МВД Казахстана" and "ФСБ России" linked', () => {
    expect(orgs('Глава МВД России заявил, что МВД Казахстана и ФСБ России задержали пять человек.')).toEqual(['МВД:null', 'МВД:mvd', 'ФСБ:fsb']);
  });

  it('reads "Russia\'s Interior Ministry" and "the Kyrgyz Interior Ministry" as other countries\' ministries', () => {
    expect(orgs("Russia's Interior Ministry said five people were detained. The Kyrgyz Interior Ministry and Kazakhstan's Interior Ministry agreed.")).toEqual([
      'Interior Ministry:null',
      'Interior Ministry:null',
      'Interior Ministry:mvd',
    ]);
  });

  it('says why on the unlinked mention, and does nothing without the fact base\'s names', () => {
    const a = extractText('Глава МВД России заявил об этом.', { sourceId: 's', title: null, publishedAt: null }, deps).actors.find((m) => m.text === 'МВД')!;
    expect(a.reason).toMatch(/Russia/);
    const { actorName: _, ...without } = deps;
    expect(orgs('Глава МВД России заявил об этом.', without)).toEqual(['МВД:mvd']);
  });
});
