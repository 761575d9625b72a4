/**
 * The engine on the five seed articles, read in order against the bundled default: the acceptance
 * checks of the engine issue (actors linked, figures with their intervals, the seeds' own
 * disagreements with the right kind).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import type { PageResult } from '../../lib/engine/types';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';

const SEEDS = join(__dirname, '../fixtures/seeds');
const bundled = parseBundle(bundledRaw);
const parse = (h: string): Document => parseHTML(h).document as unknown as Document;

async function readAll(fb: MemoryFactbase): Promise<Map<string, PageResult>> {
  const out = new Map<string, PageResult>();
  for (const f of readdirSync(SEEDS).sort()) out.set(f.slice(0, 3), await runPage({ content: readFileSync(join(SEEDS, f), 'utf8') }, f, parse, fb));
  return out;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the engine on the seed articles', () => {
  let pages: Map<string, PageResult>;
  beforeAll(async () => {
    pages = await readAll(MemoryFactbase.fromBundle(bundled));
  });

  it('finds and links every occurrence of every fact-base name or alias', () => {
    const missed: string[] = [];
    for (const [n, page] of pages) {
      for (const actor of bundled.actors) {
        for (const alias of [actor.name, ...actor.aliases]) {
          if (!/^[\p{L}\p{N}]/u.test(alias)) continue; // "@handle" forms are not names in prose
          const re = new RegExp(`(?<![\\p{L}\\p{N}])${escape(alias)}(?![\\p{L}\\p{N}])`, 'gu');
          for (const m of page.text.matchAll(re)) {
            const at = m.index;
            // "US" in "US $91.6m" names a currency, not the country.
            if (page.figures.some((f) => f.unit.startsWith('currency:') && f.start <= at && f.end >= at + alias.length)) continue;
            // Linked as itself, or inside a longer known name ("Syria" in "Islamic State in Iraq and Syria").
            const hit = page.actors.find(
              (a) => a.actorId !== null && a.start <= at && a.end >= at + alias.length && (a.actorId === actor.id || a.end - a.start > alias.length),
            );
            if (!hit) missed.push(`${n}: ${alias} (${actor.id}) at ${at}`);
          }
        }
      }
    }
    expect(missed).toEqual([]);
  });

  // Bundled claims the extractor does not read as the fact base records them (by hand, from the
  // text), with the reason. Every bundled claim is either checked or listed here: none is skipped.
  const KNOWN_GAPS: Record<string, string> = {
    'clm-001-07': '"a minimum stake of 10%": a hedge separated from its number by a noun is not read',
    'clm-004-09': '"year and a half" has no digits or number word before its unit',
    'clm-002-01': '"a Jihadi terrorist": the article "a" is not read as the figure 1',
    'clm-003-01': '"a supporter of IS": the article "a" is not read as the figure 1',
    // Differences of convention: the hand-made record states the figure as written; the engine
    // widens a round number by half its rounding unit (NLP.md, after Krifka 2009).
    'clm-002-06': '"13.5 billion KZT" recorded as exactly 13.5 billion; the engine reads [13.45, 13.55] billion',
    'clm-004-10': '"23,000 pieces" recorded as exactly 23,000; the engine reads [22,500, 23,500]',
    // "several" alone: recorded by hand as 2 to 9; the engine reads 3 to 9.
    'clm-002-04': '"several casualties" recorded as [2, 9]; the engine reads [3, 9]',
    'clm-002-09': '"several members" recorded as [2, 9]; the engine reads [3, 9]',
    'clm-002-11': '"several terrorist cells" recorded as [2, 9]; the engine reads [3, 9]',
  };

  it('finds the figures of the bundled claims with the same value and interval', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const claim of bundled.claims) {
      if (KNOWN_GAPS[claim.id]) continue;
      const page = pages.get(claim.sourceId.slice(4));
      expect(page, `the seed page of ${claim.id}`).toBeDefined();
      const q = page!.text.indexOf(claim.quote);
      const at = page!.text.indexOf(claim.figureText, Math.max(0, q));
      const fig = page!.figures.find((f) => f.start < at + claim.figureText.length && at < f.end);
      checked++;
      if (!fig || fig.value !== claim.value || fig.low !== claim.low || fig.high !== claim.high) {
        wrong.push(`${claim.id} "${claim.figureText}" ${claim.value} [${claim.low}, ${claim.high}] -> ${fig ? `"${fig.text}" ${fig.value} [${fig.low}, ${fig.high}]` : 'not found'}`);
      }
    }
    expect(checked + Object.keys(KNOWN_GAPS).length).toBe(bundled.claims.length);
    expect(wrong).toEqual([]);
  });

  it('lists as known gaps only claims the engine really reads differently', () => {
    const stale: string[] = [];
    for (const id of Object.keys(KNOWN_GAPS)) {
      const claim = bundled.claims.find((c) => c.id === id)!;
      const page = pages.get(claim.sourceId.slice(4))!;
      const at = page.text.indexOf(claim.figureText, Math.max(0, page.text.indexOf(claim.quote)));
      const fig = page.figures.find((f) => f.start < at + claim.figureText.length && at < f.end);
      if (fig && fig.value === claim.value && fig.low === claim.low && fig.high === claim.high) stale.push(id);
    }
    expect(stale).toEqual([]);
  });

  it('reads no date or year as a figure', () => {
    for (const page of pages.values()) {
      for (const f of page.figures) expect(f.text).not.toMatch(/^(?:19|20)\d\d$|^(?:January|February|March|April|May|June|July|August|September|October|November|December) \d/);
    }
  });
});

describe('conflicts between the seed articles read in order', () => {
  let pages: Map<string, PageResult>;
  beforeAll(async () => {
    pages = await readAll(MemoryFactbase.fromBundle(null));
  });

  const kinds = (n: string): string[] => pages.get(n)!.conflicts.map((c) => `${c.kind}: ${pages.get(n)!.figures[pages.get(n)!.claims.find((x) => x.id === c.claim)!.figure]!.text} / ${c.other.figureText}`);

  it('calls "more than 300" against "around 250" Kazakh fighters a conflict', () => {
    expect(kinds('001')).toContain('conflict: More than 300 citizens / around 250 Kazakhstan-born militants');
  });

  it('calls "jumped to 1,500 from around 1,100" an update, not a conflict', () => {
    expect(kinds('001')).toContain('update: 1,500 / around 1,100');
    expect(kinds('001').filter((k) => k.includes('1,500') && k.startsWith('conflict'))).toEqual([]);
  });

  it('does not call "several hundred" a conflict with either, since their intervals overlap', () => {
    expect(kinds('004').filter((k) => k.includes('several hundred'))).toEqual([]);
  });

  it('gives a one-line reason naming both sources and figures', () => {
    const c = pages.get('001')!.conflicts.find((x) => x.kind === 'conflict')!;
    expect(c.reason).toMatch(/says "More than 300 citizens"; .* says "around 250 Kazakhstan-born militants": the figures do not overlap/);
  });

  it('does not compare undated event figures from different incidents (Aktobe 2011 vs 2016)', () => {
    expect(kinds('004').filter((k) => k.startsWith('conflict'))).toEqual([]);
  });
});
