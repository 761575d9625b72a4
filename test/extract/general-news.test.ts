/**
 * The engine on real pages of general news (mozilla/readability's test pages, hand-annotated gold in
 * test/fixtures/realpages/gold/ and gold-heldout/): each page is read through the command line's
 * path (`runPage` with the bundled fact base and linkedom), and its actor and figure marks are
 * scored against the gold. Two sets: the pages the rules were tuned on, and held-out pages added
 * later and scored before any rule was changed for them (rounds `heldout`, `heldout3`, and `heldout4`,
 * `heldout5`, `heldout6`, `heldout7`, `heldout8`, `heldout9` from the Zyte article-extraction benchmark). The floors are what the engine reaches,
 * rounded down: a fall is a regression.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { addTallies, formatTable, goldPagePath, loadGold, scorePage, scoresOf, type AnyGoldSet, type Scores, type Tally } from '../support/news-gold';

const bundled = parseBundle(bundledRaw);
const parse = (h: string): Document => parseHTML(h).document as unknown as Document;

// Overall floors per set (the targets are actor P 0.95, F1 0.93, type 0.90; figure P 0.98,
// F1 0.97, interval 0.90 on hidden pages).
const FLOORS: Record<AnyGoldSet, Record<'actorP' | 'actorF1' | 'typeAcc' | 'figureP' | 'figureF1' | 'intervalAcc', number>> = {
  // figureF1 0.96 (0.98 before): captions are not article text (lib/extract/article-root.dom.ts),
  // and herald-sun-1 names one figure ("two years") only in a photo caption.
  tuned: { actorP: 0.95, actorF1: 0.96, typeAcc: 0.99, figureP: 0.99, figureF1: 0.96, intervalAcc: 0.99 },
  heldout: { actorP: 0.98, actorF1: 0.98, typeAcc: 0.97, figureP: 0.99, figureF1: 0.99, intervalAcc: 0.99 },
  heldout3: { actorP: 0.96, actorF1: 0.96, typeAcc: 0.98, figureP: 0.99, figureF1: 0.97, intervalAcc: 0.99 },
  heldout4: { actorP: 0.96, actorF1: 0.96, typeAcc: 0.97, figureP: 0.99, figureF1: 0.97, intervalAcc: 0.96 },
  // Actors first scored P 0.88, F1 0.87, type 0.89 (news4's rules); news7's round (all benchmark sets) lifted them.
  heldout5: { actorP: 0.91, actorF1: 0.89, typeAcc: 0.97, figureP: 0.97, figureF1: 0.95, intervalAcc: 0.99 },
  // Two figure rules (a stat of one, a box score's row) came from these pages, and news7's actor round looked at them with sets 4, 5, 7.
  heldout6: { actorP: 0.91, actorF1: 0.9, typeAcc: 0.94, figureP: 0.85, figureF1: 0.91, intervalAcc: 0.93 },
  // Before any rule was written for it: actors P 0.93, F1 0.94, type 0.93 (figures P 0.95, F1 0.93);
  // its actors were then tuned on with sets 4-6 (the round's rules in lib/extract/names/).
  heldout7: { actorP: 0.94, actorF1: 0.94, typeAcc: 0.96, figureP: 0.94, figureF1: 0.92, intervalAcc: 0.97 },
  // Scored before the figure rules of its round (actors P 0.84, F1 0.87, type 0.89; figures P 0.66, F1 0.78,
  // interval 0.97); the figure rules were then written against sets 4-8 together. Its actors nobody tuned.
  heldout8: { actorP: 0.83, actorF1: 0.86, typeAcc: 0.88, figureP: 0.92, figureF1: 0.95, intervalAcc: 0.99 },
  // Gold written while news7 and figs8 tuned on sets 7 and 8, nobody wrote a rule against it: main at 5c76220
  // reached actor P 0.92, F1 0.92, type 0.94, figure P 0.92, F1 0.96, interval 1.00.
  // After both rounds merged (still no rule written against it): actor P 0.93, F1 0.92, type 0.95, figure P 0.95, F1 0.97.
  heldout9: { actorP: 0.92, actorF1: 0.91, typeAcc: 0.94, figureP: 0.94, figureF1: 0.96, intervalAcc: 0.99 },
};
// No page with gold names or figures may fall below these, so one layout cannot be sacrificed for
// the average; a page with none may carry at most `EMPTY_PAGE_FALSE_MARKS`.
const PAGE_FLOORS: Record<AnyGoldSet, { actorF1: number; figureF1: number }> = {
  tuned: { actorF1: 0.66, figureF1: 0.8 },
  heldout: { actorF1: 0.7, figureF1: 0.9 },
  heldout3: { actorF1: 0.25, figureF1: 0.9 },
  heldout4: { actorF1: 0.75, figureF1: 0.9 },
  // cnn-asian-markets: the CLI's page text has only the article's first sentence (no figures reach the engine).
  heldout5: { actorF1: 0.15, figureF1: 0 },
  // cbssports-euro2020 (group letters, 'Path C') and the sport pages' figures are what remain.
  heldout6: { actorF1: 0.35, figureF1: 0 },
  heldout7: { actorF1: 0.8, figureF1: 0.7 },
  // dawgs-snapcounts: snap-count tables (a name after a position label, 'DL Larry Ogunjobi').
  heldout8: { actorF1: 0.55, figureF1: 0.95 },
  // telegraph-daviscup (the podcast's name, 0.73) and techcrunch-wework ('New York State' cut from its
  // Attorney General, 0.76) are the lowest; albawaba-settlements' 'Six-Day' War the only false figure of a page with figures.
  heldout9: { actorF1: 0.7, figureF1: 0.85 },
};
// Pages whose every actor is a lone word no cue on the page types, which the judge lists as "maybe"
// (lib/extract/names/judge.ts, MAYBE_BELOW): msn's two companies open one sentence ("Nintendo and
// Apple shocked the world ...").
const PAGE_FLOOR_EXCEPTIONS: Partial<Record<string, number>> = { msn: 0 };
const EMPTY_PAGE_FALSE_MARKS: Record<AnyGoldSet, number> = { tuned: 5, heldout: 5, heldout3: 5, heldout4: 5, heldout5: 5, heldout6: 5, heldout7: 5, heldout8: 9, heldout9: 5 };
const MIN_PAGES: Record<AnyGoldSet, number> = { tuned: 12, heldout: 8, heldout3: 10, heldout4: 11, heldout5: 13, heldout6: 10, heldout7: 11, heldout8: 12, heldout9: 12 };

describe.each(['tuned', 'heldout', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9'] as const)('general news pages against hand-made gold (%s set)', (set) => {
  const rows: Array<[string, Tally]> = [];
  beforeAll(async () => {
    for (const gold of loadGold(set)) {
      const html = readFileSync(goldPagePath(set, gold.page), 'utf8');
      const page = await runPage({ content: html }, gold.page, parse, MemoryFactbase.fromBundle(bundled));
      rows.push([gold.page, scorePage(gold, page.text, page.actors, page.figures)]);
    }
    const all = addTallies(rows.map(([, t]) => t));
    console.log(`${set}\n${formatTable([...rows, ['OVERALL', all]])}\n`);
    if (process.env.NEWS_GOLD_ERRORS) for (const [n, t] of rows) console.log(`${n}\n  ${t.errors.join('\n  ')}`);
  }, 120_000);

  it('scores at least the floors over all pages', () => {
    const s = scoresOf(addTallies(rows.map(([, t]) => t)));
    for (const [k, floor] of Object.entries(FLOORS[set])) expect.soft(s[k as keyof Scores], k).toBeGreaterThanOrEqual(floor);
  });

  it('keeps every page above its floors', () => {
    expect(rows.length).toBeGreaterThanOrEqual(MIN_PAGES[set]);
    for (const [name, t] of rows) {
      const s = scoresOf(t);
      if (t.actorGold > 0) expect.soft(s.actorF1, `${name} actor F1`).toBeGreaterThanOrEqual(PAGE_FLOOR_EXCEPTIONS[name] ?? PAGE_FLOORS[set].actorF1);
      else expect.soft(t.actorFp, `${name} false names`).toBeLessThanOrEqual(EMPTY_PAGE_FALSE_MARKS[set]);
      if (t.figureGold > 0) expect.soft(s.figureF1, `${name} figure F1`).toBeGreaterThanOrEqual(PAGE_FLOORS[set].figureF1);
      else expect.soft(t.figureFp, `${name} false figures`).toBeLessThanOrEqual(EMPTY_PAGE_FALSE_MARKS[set]);
    }
  });

  it.runIf(set === 'tuned')('puts no mark on a page in a script the engine does not read', () => {
    const zh = rows.find(([n]) => n === 'pixnet')![1];
    expect(zh.actorFp + zh.figureFp).toBe(0);
  });
});
