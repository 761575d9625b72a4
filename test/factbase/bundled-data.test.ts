/**
 * Integrity of the bundled default fact base (data/factbase.json): it validates against the
 * schema, every reference resolves, every claim's quote is verbatim from its seed article and
 * every figure sits inside its quote, and the spelling variants readers meet are present.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import raw from '../../data/factbase.json';
import { BundleSchema, type Bundle } from '../../lib/factbase/schema';

const here = path.dirname(fileURLToPath(import.meta.url));
const SEEDS_DIR = path.resolve(here, '../fixtures/seeds');

/** Aliases each actor must carry (the variants readers meet in and outside the seed articles). */
const REQUIRED_ALIASES: Record<string, string[]> = {
  'islamic-state': [
    'IS',
    'ISIS',
    'ISIL',
    'Islamic State',
    'Daesh',
    'Islamic State of Iraq and the Levant',
    'Islamic State of Iraq and Syria',
    'ИГИЛ',
  ],
  knb: ['KNB', 'NSC', 'National Security Committee', 'КНБ'],
  atyrau: ['Aktirau', 'Атырау'],
  'yevgeny-satanovsky': ['Satanovskiy', 'Satanovsky', 'Евгений Сатановский'],
  taliban: ['Taleban', 'Талибан'],
  astana: ['Nur-Sultan', 'Akmola', 'Астана'],
  'hizb-ut-tahrir': ['Hizb-ut-Tahrir', 'Hizb ut Tahrir', 'Khizb ut-Tahrir'],
  'dosym-satpayev': ['Satpayev', 'Satpaev', 'Досым Сатпаев'],
  aktobe: ['Aqtobe', 'Aktyubinsk', 'Актобе'],
  almaty: ['Alma-Ata', 'Алматы'],
};

/** Demonyms and ordinary words that must never be aliases (they would link every adjective). */
const FORBIDDEN_ALIASES = [
  'kazakh', 'kazakhs', 'kazakhstani', 'russian', 'uzbek', 'tajik', 'kyrgyz', 'afghan', 'syrian',
  'total', 'panorama', 'the', 'state', 'islamic', 'committee', 'national', 'security',
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function loadSeeds(): Map<string, string> {
  const bySource = new Map<string, string>();
  for (const file of fs.readdirSync(SEEDS_DIR).sort()) {
    const m = /^(\d{3})_.*\.txt$/.exec(file);
    if (m) bySource.set(`src-${m[1]}`, fs.readFileSync(path.join(SEEDS_DIR, file), 'utf8'));
  }
  return bySource;
}

describe('bundled fact base (data/factbase.json)', () => {
  const bundle: Bundle = v.parse(BundleSchema, raw);
  const seeds = loadSeeds();
  const actorIds = new Set(bundle.actors.map((a) => a.id));
  const sourceIds = new Set(bundle.sources.map((s) => s.id));
  const incidentIds = new Set(bundle.incidents.map((i) => i.id));

  it('gives every place it knows to lie in as a place of the bundle', () => {
    for (const a of bundle.actors) {
      for (const p of a.within ?? []) {
        expect(actorIds.has(p), `${a.id} within ${p}`).toBe(true);
        expect(bundle.actors.find((x) => x.id === p)?.type).toBe('place');
      }
    }
    expect(bundle.actors.find((a) => a.id === 'aktobe')?.within).toEqual(['aktobe-province', 'kazakhstan']);
  });

  it('validates against BundleSchema and is marked bundled', () => {
    expect(bundle.format).toBe('dossier-factbase');
    // Version 2: place hierarchy (`within`), descriptions of actors, hand-made intervals restored.
    expect(bundle.version).toBe(2);
    for (const rec of [...bundle.actors, ...bundle.sources, ...bundle.incidents, ...bundle.claims]) {
      expect(rec.origin, rec.id).toBe('bundled');
    }
  });

  it('has unique, well-formed ids per record kind', () => {
    for (const [kind, ids] of [
      ['actors', bundle.actors.map((a) => a.id)],
      ['sources', bundle.sources.map((s) => s.id)],
      ['incidents', bundle.incidents.map((i) => i.id)],
      ['claims', bundle.claims.map((c) => c.id)],
    ] as const) {
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, `duplicate ${kind} ids`).toEqual([]);
      for (const id of ids) expect(id, `${kind} id`).toMatch(SLUG);
    }
    for (const s of bundle.sources) expect(s.id).toMatch(/^src-\d{3}$/);
    for (const i of bundle.incidents) expect(i.id).toMatch(/^inc-/);
    for (const c of bundle.claims) expect(c.id).toMatch(new RegExp(`^clm-${c.sourceId.slice(4)}-\\d{2}$`));
  });

  it('has enough actors and incidents, and one source per seed article', () => {
    expect(bundle.actors.length).toBeGreaterThanOrEqual(50);
    expect(bundle.incidents.length).toBeGreaterThanOrEqual(10);
    expect(seeds.size).toBeGreaterThan(0);
    expect([...sourceIds].sort()).toEqual([...seeds.keys()].sort());
  });

  it('resolves every reference in incidents', () => {
    for (const inc of bundle.incidents) {
      if (inc.place !== null) expect(actorIds.has(inc.place), `${inc.id} place ${inc.place}`).toBe(true);
      for (const a of inc.actors) expect(actorIds.has(a.actorId), `${inc.id} actor ${a.actorId}`).toBe(true);
      expect(inc.sourceIds.length, `${inc.id} sources`).toBeGreaterThan(0);
      for (const s of inc.sourceIds) expect(sourceIds.has(s), `${inc.id} source ${s}`).toBe(true);
    }
  });

  it('resolves every reference in claims', () => {
    const incidents = new Map(bundle.incidents.map((i) => [i.id, i]));
    for (const c of bundle.claims) {
      expect(sourceIds.has(c.sourceId), `${c.id} source`).toBe(true);
      if (c.subject !== null) expect(actorIds.has(c.subject), `${c.id} subject ${c.subject}`).toBe(true);
      if (c.place !== null) expect(actorIds.has(c.place), `${c.id} place ${c.place}`).toBe(true);
      if (c.incidentId !== null) {
        expect(incidentIds.has(c.incidentId), `${c.id} incident ${c.incidentId}`).toBe(true);
        expect(incidents.get(c.incidentId)!.sourceIds, `${c.id}: its incident lists its source`).toContain(c.sourceId);
      }
      const source = bundle.sources.find((s) => s.id === c.sourceId)!;
      expect(c.outlet, `${c.id} outlet`).toBe(source.outlet);
      expect(c.status).toBe('active');
    }
  });

  it('quotes every claim verbatim from its seed article, with the figure inside the quote', () => {
    for (const c of bundle.claims) {
      const text = seeds.get(c.sourceId);
      expect(text, `seed for ${c.sourceId}`).toBeDefined();
      expect(text!.includes(c.quote), `${c.id} quote not in seed: ${c.quote}`).toBe(true);
      expect(c.quote.includes(c.figureText), `${c.id} figureText not in quote: ${c.figureText}`).toBe(true);
    }
  });

  it('gives each claim an interval that follows the qualifier rules', () => {
    for (const c of bundle.claims) {
      const { value: n, low, high } = c;
      if (low !== null && high !== null) expect(low, c.id).toBeLessThanOrEqual(high);
      switch (c.qualifier) {
        case 'exact':
          // Exact, or a round number widened by half its rounding unit ("23,000" → 22,500–23,500).
          if (low !== n || high !== n) {
            expect(n - low!, c.id).toBeCloseTo(high! - n);
            expect((high! - low!) / n, c.id).toBeLessThanOrEqual(0.05);
          }
          break;
        case 'about':
          expect([low, high], c.id).toEqual([Math.round(0.9 * n), Math.round(1.1 * n)]);
          break;
        case 'more-than':
          expect([low, high], c.id).toEqual([n + 1, null]);
          break;
        case 'at-least':
          expect([low, high], c.id).toEqual([n, null]);
          break;
        case 'up-to':
          expect([low, high], c.id).toEqual([0, n]);
          break;
        case 'nearly':
          expect([low, high], c.id).toEqual([Math.round(0.9 * n), n]);
          break;
        default:
          expect(low === null || low <= n, c.id).toBe(true);
          expect(high === null || n <= high, c.id).toBe(true);
      }
    }
  });

  it('records the stated change 1,100 → 1,500 as an update', () => {
    const updated = bundle.claims.find((c) => c.figureText === '1,500');
    expect(updated?.changedFrom).toBe(1100);
    expect(bundle.claims.some((c) => c.value === 1100 && c.predicate === updated?.predicate)).toBe(true);
  });

  it('carries the required spelling variants', () => {
    for (const [id, required] of Object.entries(REQUIRED_ALIASES)) {
      const actor = bundle.actors.find((a) => a.id === id);
      expect(actor, `actor ${id}`).toBeDefined();
      for (const alias of required) expect(actor!.aliases, `${id} alias`).toContain(alias);
    }
  });

  it('has no demonyms or ordinary words as aliases, and no alias shared by two actors', () => {
    const owner = new Map<string, string>();
    for (const a of bundle.actors) {
      for (const alias of a.aliases) {
        expect(FORBIDDEN_ALIASES, `${a.id} alias ${alias}`).not.toContain(alias.toLowerCase());
        const prev = owner.get(alias);
        expect(prev === undefined || prev === a.id, `alias ${alias} on ${prev} and ${a.id}`).toBe(true);
        owner.set(alias, a.id);
      }
    }
  });
});
