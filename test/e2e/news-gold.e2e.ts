/**
 * The hand-made gold of the general-news pages (test/fixtures/realpages/gold/, gold-heldout/, gold-heldout3/ and
 * the benchmark sets gold-heldout4/ to gold-heldout9/),
 * scored through what the extension draws: each page is served under a supported host name and
 * read by the built extension in Chromium, its `dossier-mark` elements are gathered (one mention
 * may be drawn as several marks when it crosses element boundaries: they share `data-index`), and
 * the marked mentions are scored with the same scorer as the command line's test
 * (test/extract/general-news.test.ts). Which mentions are marked, their text and their type are
 * read from the page; a figure's interval (which marks do not carry) from the tab's own analysis;
 * a mark's place in the article text by finding its characters there in document order.
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import type { PageResult } from '../../lib/engine/types';
import type { ActorMention, FigureMention } from '../../lib/extract/types';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import type { DemoPage } from '../../scripts/demo/site';
import { addTallies, formatTable, goldPagePath, loadGold, scorePage, scoresOf, type GoldSet, type PageGold, type Scores, type Tally } from '../support/news-gold';
import { SPLIT } from '../support/split-words';
import { openExtensionPage, startWorld, tabIdOf, waitForDone, type World } from './support';

// A supported news host (lib/sites.ts), so the production manifest's match patterns apply.
const HOST = 'https://www.reuters.com';
const SETS: GoldSet[] = ['tuned', 'heldout', 'heldout3', 'heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9'];
// The benchmark's pages are served without their scripts: some move themselves to another address
// at a moment of their own (an ad-block wall's redirect), which no test can wait for. The readability
// sets keep theirs (the script-heavy layouts), and test/e2e/script-pages.e2e.ts covers text a script adds.
const BENCHMARK_SETS: ReadonlySet<GoldSet> = new Set(['heldout4', 'heldout5', 'heldout6', 'heldout7', 'heldout8', 'heldout9']);
const withoutScripts = (html: string): string => html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
const goldPages = SETS.flatMap((set) =>
  loadGold(set).map((gold) => {
    const html = readFileSync(goldPagePath(set, gold.page), 'utf8');
    return {
      set,
      gold,
      demo: { name: `gold-${set}-${gold.page}`, url: `${HOST}/news-gold/${set}/${gold.page}.html`, html: BENCHMARK_SETS.has(set) ? withoutScripts(html) : html } satisfies DemoPage,
    };
  }),
);

// Floors just under what the marks reach (the issue's targets: actor P 0.95, F1 0.93, type 0.90;
// figure P 0.98, F1 0.97), which is what the command line reaches on the same pages: the marks
// must be the command line's mentions (checked page by page below).
const FLOORS: Record<GoldSet, Partial<Scores>> = {
  // figureF1 0.96: captions are not article text, and herald-sun-1 names one figure only in a caption.
  tuned: { actorP: 0.94, actorF1: 0.96, typeAcc: 0.98, figureP: 0.99, figureF1: 0.96 },
  heldout: { actorP: 0.96, actorF1: 0.97, typeAcc: 0.97, figureP: 0.99, figureF1: 0.97 },
  heldout3: { actorP: 0.93, actorF1: 0.95, typeAcc: 0.97, figureP: 0.99, figureF1: 0.97 },
  // The Zyte benchmark's pages: sets 4 and 5 were tuned on (actors and figures respectively), set 6 the least.
  heldout4: { actorP: 0.95, actorF1: 0.95, typeAcc: 0.96, figureP: 0.99, figureF1: 0.96 },
  heldout5: { actorP: 0.85, actorF1: 0.86, typeAcc: 0.89, figureP: 0.96, figureF1: 0.96 },
  heldout6: { actorP: 0.85, actorF1: 0.86, typeAcc: 0.86, figureP: 0.84, figureF1: 0.9 },
  // Set 7: first scored before any rule (CLI actors P 0.93, F1 0.94), then tuned on with sets 4-6.
  heldout7: { actorP: 0.93, actorF1: 0.94, typeAcc: 0.95, figureP: 0.94, figureF1: 0.92 },
  heldout8: { actorP: 0.83, actorF1: 0.86, typeAcc: 0.88, figureP: 0.92, figureF1: 0.95 },
  // Set 9: gold written while sets 7 and 8 were tuned on; no rule was written against it.
  heldout9: { actorP: 0.92, actorF1: 0.91, typeAcc: 0.94, figureP: 0.94, figureF1: 0.96 },
};

/** What a tally counts of the mentions (not the interval, which marks do not carry), for comparing two. */
const counts = (t: Tally): string => `actors ${t.actorTp}/${t.actorFp} of ${t.actorGold}, types ${t.typeRight}, figures ${t.figureTp}/${t.figureFp} of ${t.figureGold}`;

/** One mention as the page draws it: its marks' text joined, and the attributes of the first. */
interface DrawnMention {
  kind: 'actor' | 'unknown' | 'figure';
  index: number;
  type: string | null;
  text: string;
  pieces: number;
}

type Analysis = Omit<PageResult, 'text'>;

/**
 * A text without its white space and the invisible characters the text builder drops (a mark drawn
 * over "Netan&shy;yahu" holds the soft hyphen), and each remaining character's offset in the original.
 */
function squeeze(text: string): { chars: string; offsets: number[] } {
  let chars = '';
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/[\s\u00ad\u200b-\u200d\u2060\ufeff]/u.test(text[i]!)) continue;
    chars += text[i];
    offsets.push(i);
  }
  return { chars, offsets };
}

// Names split across elements (drop caps, bold letters, <wbr>, soft hyphens, inline elements).
const splitPage: DemoPage = {
  name: 'split-names',
  url: `${HOST}/news-gold/split-names.html`,
  html: `<!DOCTYPE html><html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>${SPLIT.map(
    ([, inner]) => `<p>Officials said on Tuesday that ${inner} would attend the talks, and the meeting went on for hours after that.</p>`,
  ).join('')}</article></body></html>`,
};

let world: World;
beforeAll(async () => {
  world = await startWorld([...goldPages.map((p) => p.demo), splitPage]);
});

describe('a name split across elements in Chromium', () => {
  it('is marked as one mention, in pieces sharing one index, and counted once', async () => {
    const page = await world.browser.context.newPage();
    await page.goto(splitPage.url, { waitUntil: 'domcontentloaded' });
    const done = await waitForDone(page);
    expect(done.state).toBe('done');
    const seen = await page.evaluate(() => {
      const byIndex = new Map<string, string>();
      for (const m of Array.from(document.querySelectorAll('dossier-mark[data-index]'))) {
        if (m.getAttribute('data-kind') === 'figure') continue;
        const i = m.getAttribute('data-index')!;
        byIndex.set(i, (byIndex.get(i) ?? '') + (m.textContent ?? '').replace(/\u00ad/gu, ''));
      }
      const zimbabwe = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.includes('imbabwe'))!;
      return {
        mentions: [...byIndex.values()],
        dropCapMarks: Array.from(zimbabwe.querySelectorAll('dossier-mark')).map((m) => [m.textContent, m.getAttribute('data-index')]),
      };
    });
    for (const [, , whole] of SPLIT) expect(seen.mentions.some((t) => t === whole || whole.endsWith(` ${t}`)), whole).toBe(true);
    // No piece of a split name is marked as a name of its own.
    for (const piece of ['Z', 'imbabwe', 'Naz', 'arbayev', 'Ne', 'tanyahu', 'Netan', 'yahu', 'dyk', 'Ber', 'lin']) expect(seen.mentions).not.toContain(piece);
    expect(seen.dropCapMarks.map(([t]) => t)).toEqual(['Z', 'imbabwe']);
    expect(new Set(seen.dropCapMarks.map(([, i]) => i)).size).toBe(1);
    // The host's count (what the popup's badge and list count) is of mentions, not of pieces.
    expect(done.actors).toBe(seen.mentions.length);
    await page.close();
  });
});
afterAll(async () => {
  await world?.close();
});

describe('general news gold through the extension marks in Chromium', () => {
  const rows: Record<GoldSet, Array<[string, Tally]>> = { tuned: [], heldout: [], heldout3: [], heldout4: [], heldout5: [], heldout6: [], heldout7: [], heldout8: [], heldout9: [] };
  const mismatches: string[] = [];
  // Pages that moved themselves to another address after load (left out, at most two).
  const moved: string[] = [];
  // Pages whose marks score otherwise than the command line's mentions on the same file.
  const unlikeCli: string[] = [];

  beforeAll(async () => {
    const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
    const parse = (h: string): Document => parseHTML(h).document as unknown as Document;
    const ext = await openExtensionPage(world, 'options.html');
    for (const { set, gold, demo } of goldPages) {
      const page = await world.browser.context.newPage();
      await page.goto(demo.url, { waitUntil: 'domcontentloaded' });
      const done = await waitForDone(page);
      expect(done.state, demo.name).toBe('done');
      const drawn = await page.evaluate(() => {
        const groups = new Map<string, DrawnMention>();
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('dossier-mark[data-index]'))) {
          const kind = el.dataset.kind;
          if (kind !== 'actor' && kind !== 'unknown' && kind !== 'figure') continue;
          const key = `${kind === 'figure' ? 'f' : 'a'}${el.dataset.index}`;
          let g = groups.get(key);
          if (!g) groups.set(key, (g = { kind, index: Number(el.dataset.index), type: el.dataset.type ?? null, text: '', pieces: 0 }));
          g.text += el.textContent ?? '';
          g.pieces++;
        }
        return [...groups.values()];
      });
      // A page whose own scripts move it to another address (history.pushState) is another page
      // for the extension, which reads it afresh: it has no one text to compare, and is left out.
      if (page.url() !== demo.url) {
        moved.push(`${demo.name} -> ${page.url()}`);
        await page.close();
        continue;
      }
      const tabId = await tabIdOf(world, demo.url);
      const dossier = (await ext.evaluate(async (id) => {
        const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ ok?: { analysis: unknown } }> } } }).chrome;
        return (await api.runtime.sendMessage({ dossier: 'getTabDossier', data: { tabId: id } })).ok;
      }, tabId)) as { analysis: Analysis | null } | null;
      const analysis = dossier?.analysis;
      expect(analysis, demo.name).toBeTruthy();
      // The text the marks are placed in: the live page as the extension read it (the page's own
      // inline scripts may have changed it after load), marks unwrapped (they never change the
      // text), read by the command line's text builder.
      const live = await page.evaluate(() => {
        const copy = document.documentElement.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('dossier-ui').forEach((e) => e.remove());
        for (const mark of Array.from(copy.querySelectorAll('dossier-mark')).reverse()) mark.replaceWith(...Array.from(mark.childNodes));
        return `<!DOCTYPE html>${copy.outerHTML}`;
      });
      const { text } = await runPage({ content: live, url: demo.url, contentType: 'html' }, demo.url, parse, fb);
      // Each drawn mention is placed in that text by its own characters (white space aside: the
      // markup keeps its source line breaks, the text collapses them): the occurrence nearest to
      // where the tab's analysis puts it, after the one placed before. A mark on text the builder
      // does not give (none of its characters' occurrences) is a false mark.
      const squeezed = squeeze(text);
      const sq = (at: number): number => squeezed.offsets.findIndex((o) => o >= at);
      let after = 0;
      let drift = 0;
      const actors: ActorMention[] = [];
      const figures: FigureMention[] = [];
      const unplaced: string[] = [];
      for (const d of drawn) {
        const m = d.kind === 'figure' ? analysis!.figures[d.index] : analysis!.actors[d.index];
        if (!m) {
          mismatches.push(`${demo.name}: mark ${d.kind} #${d.index} "${d.text}" has no mention in the analysis`);
          continue;
        }
        const chars = squeeze(d.text).chars;
        if (chars !== squeeze(m.text).chars) mismatches.push(`${demo.name}: mark "${d.text}" drawn for "${m.text}"`);
        const expected = Math.max(0, sq(m.start + drift));
        let at = -1;
        for (let i = squeezed.chars.indexOf(chars); i >= 0; i = squeezed.chars.indexOf(chars, i + 1)) {
          // Nearest to the expected place, and not before the previous mark's unless nothing after.
          const better = at < 0 || (i >= after) !== (at >= after) ? i >= after || at < 0 : Math.abs(i - expected) < Math.abs(at - expected);
          if (better) at = i;
        }
        if (at < 0) {
          unplaced.push(`${d.kind} ${JSON.stringify(d.text)}`);
          continue;
        }
        after = at + 1;
        const start = squeezed.offsets[at]!;
        const end = squeezed.offsets[at + chars.length - 1]! + 1;
        drift = start - m.start;
        if (d.kind === 'figure') figures.push({ ...(m as FigureMention), start, end });
        else actors.push({ ...(m as ActorMention), start, end, text: text.slice(start, end), type: (d.type ?? (m as ActorMention).type) as ActorMention['type'] });
      }
      const tally = scorePage(gold as PageGold, text, actors, figures);
      for (const u of unplaced) {
        if (u.startsWith('figure')) tally.figureFp++;
        else tally.actorFp++;
        tally.errors.push(`mark outside the article text: ${u}`);
      }
      rows[set].push([gold.page, tally]);
      // The command line on the file as served (its test, test/extract/general-news.test.ts, does the same).
      const cli = await runPage({ content: demo.html }, gold.page, parse, MemoryFactbase.fromBundle(parseBundle(bundledRaw)));
      const cliTally = scorePage(gold as PageGold, cli.text, cli.actors, cli.figures);
      // The tab also leaves out what the page's CSS hides (lib/marks/exclude.dom.ts), which the
      // command line cannot see: there the marks may have fewer false marks, never other true ones.
      const onlyFewerFalse =
        tally.actorTp === cliTally.actorTp && tally.figureTp === cliTally.figureTp && tally.typeRight === cliTally.typeRight && tally.actorFp <= cliTally.actorFp && tally.figureFp <= cliTally.figureFp;
      if (counts(cliTally) !== counts(tally) && !onlyFewerFalse) unlikeCli.push(`${demo.name}: marks ${counts(tally)}; command line ${counts(cliTally)}`);
      await page.close();
    }
    await ext.close();
    if (moved.length > 0) console.log(`left out, moved to another address after load:\n  ${moved.join('\n  ')}`);
    for (const set of SETS) console.log(`${set} (extension marks)\n${formatTable([...rows[set], ['OVERALL', addTallies(rows[set].map(([, t]) => t))]])}\n`);
    if (process.env.NEWS_GOLD_ERRORS) for (const set of SETS) for (const [n, t] of rows[set]) console.log(`${n}\n  ${t.errors.join('\n  ')}`);
  }, 900_000);

  it('leaves out at most two pages that moved themselves to another address', () => {
    expect(moved.length).toBeLessThanOrEqual(2);
  });

  it('draws every mention over exactly its own text', () => {
    expect(mismatches).toEqual([]);
  });

  it('marks on every page what the command line finds in the same file', () => {
    expect(unlikeCli).toEqual([]);
  });

  it.each(SETS)('scores at least the floors on the %s set', (set) => {
    expect(rows[set].length).toBeGreaterThanOrEqual(set === 'tuned' ? 12 : 8);
    const s = scoresOf(addTallies(rows[set].map(([, t]) => t)));
    for (const [k, floor] of Object.entries(FLOORS[set])) expect.soft(s[k as keyof Scores], k).toBeGreaterThanOrEqual(floor);
  });
});
