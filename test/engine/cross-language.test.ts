/**
 * Disagreements across languages: a Russian report of 7 victims of the Aktobe attack meets an
 * English report of 8 for the same incident (the bundled fact base knows the place and the
 * incident), and each side is quoted in its own language.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';

const parse = (h: string): Document => parseHTML(h).document as unknown as Document;
const page = (lang: string, title: string, date: string, paras: string[]): string =>
  `<html lang="${lang}"><head><title>${title}</title><meta property="article:published_time" content="${date}"></head><body><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;

describe('a Russian and an English report of one incident', () => {
  it('meet at the incident and disagree, each quoted in its own language', async () => {
    const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
    const en = await runPage(
      { content: page('en', 'Attack in Aktobe', '2016-06-07', ['AKTOBE, Kazakhstan — Eight people were killed when gunmen attacked a National Guard base in Aktobe on June 5, the Interior Ministry said.']), url: 'https://example.org/en/aktobe' },
      'en',
      parse,
      fb,
    );
    const ru = await runPage(
      { content: page('ru', 'Теракт в Актобе', '2016-06-09', ['Теракт произошел днем 5 июня в центре Актобе. В теракте погибли 7 человек, сообщили в МВД Казахстана.']), url: 'https://example.org/ru/aktobe' },
      'ru',
      parse,
      fb,
    );
    const enClaim = en.claims.find((c) => c.predicate === 'killed' && c.value === 8)!;
    const ruClaim = ru.claims.find((c) => c.predicate === 'killed' && c.value === 7)!;
    expect(enClaim).toBeDefined();
    expect(ruClaim).toMatchObject({ place: 'aktobe', eventDate: '2016-06-05', role: 'victims' });
    expect(ruClaim.incidentId).toBe(enClaim.incidentId);
    expect(ruClaim.key).toBe(enClaim.key);
    const conflict = ru.conflicts.find((c) => c.kind === 'conflict' && c.claim === ruClaim.id && c.other.value === 8);
    expect(conflict).toBeDefined();
    expect(conflict!.reason).toContain('"7 человек"');
    expect(conflict!.other.quote).toMatch(/Eight people were killed/);
    expect(ruClaim.quote).toContain('погибли 7 человек');
  });

  it('meet at a place the fact base does not know, through the place name in Latin letters', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const en = await runPage(
      { content: page('en', 'Blast in Zhezkazgan', '2021-03-02', ['Five people were killed in an explosion in Zhezkazgan on March 1, officials said.']), url: 'https://example.org/en/blast' },
      'en',
      parse,
      fb,
    );
    const ru = await runPage(
      { content: page('ru', 'Взрыв в Жезказгане', '2021-03-03', ['Взрыв произошел 1 марта в Жезказган. Погибли 3 человека, сообщили в акимате.']), url: 'https://example.org/ru/blast' },
      'ru',
      parse,
      fb,
    );
    const enClaim = en.claims.find((c) => c.predicate === 'killed')!;
    const ruClaim = ru.claims.find((c) => c.predicate === 'killed')!;
    expect(ruClaim.incidentId).toBe(enClaim.incidentId);
    expect(ru.conflicts.some((c) => c.kind === 'conflict' && c.other.value === 5)).toBe(true);
  });
});
