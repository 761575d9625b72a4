import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticlePage } from '../../scripts/demo/site';
import { SCREENSHOTS, openExtensionPage, startWorld, waitForDone, type World } from './support';

const HOSTILE_QUOTE = 'Комитет заявил: "более 300 граждан", <script>alert(1)</script>, and more,\nsaid the KNB.';
const HOSTILE_TEXT = 'My note, with "quotes", a comma,\na new line and <img src=x onerror=alert(2)> — Алматы.';
const ALIAS = 'Zarafshan Brotherhood';
const ALIAS_PAGE_URL = 'https://central.asia-news.com/en_GB/articles/cnmi_ca/features/2024/05/02/feature-01';
const ALIAS_PAGE = {
  name: 'alias-page',
  url: ALIAS_PAGE_URL,
  html: renderArticlePage({
    title: 'Border guards report new recruitment drive',
    outlet: 'Caravanserai',
    publishedAt: '2024-05-02',
    url: ALIAS_PAGE_URL,
    text: [
      'Border guards report new recruitment drive',
      'ASTANA -- Officials in Astana said on Thursday that the Zarafshan Brotherhood had tried to recruit young men in the south of the country over the winter.',
      'The National Security Committee (KNB) said it detained 14 people in Shymkent and Turkistan province in April, and that the group was in contact with recruiters abroad.',
      'Analysts said the Zarafshan Brotherhood was small, with perhaps several dozen members, but that its online propaganda reached thousands of readers in Kazakhstan and Uzbekistan.',
      'The Interior Ministry said more than 300 citizens had left for Syria and Iraq since 2013, and that about 250 of them had died there.',
    ].join('\n\n'),
  }),
};

let world: World;
let fresh: World | null = null;
const tmp = mkdtempSync(join(tmpdir(), 'dossier-options-e2e-'));

beforeAll(async () => {
  world = await startWorld([ALIAS_PAGE]);
});
afterAll(async () => {
  await fresh?.close();
  await world?.close();
});

type AxeResult = { violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown }> }> };

/** Runs axe-core in the page and returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string | null; help: string; targets: unknown[] }>> {
  // The extension page's CSP (script-src 'self') refuses addScriptTag's inline script; evaluating
  // the source through the DevTools protocol is not subject to it.
  await page.evaluate(readFileSync(join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8'));
  const result = await page.evaluate(() => (globalThis as unknown as { axe: { run(): Promise<AxeResult> } }).axe.run());
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target) }));
}

/** Sends a protocol message from an extension page, as the content script or popup would. */
async function send<T>(page: Page, type: string, data: unknown): Promise<T> {
  return page.evaluate(
    async ([t, d]) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok?: unknown; error?: string }> } } }).chrome;
      const reply = await api.runtime.sendMessage({ dossier: t, data: d });
      if (reply.error) throw new Error(reply.error);
      return reply.ok;
    },
    [type, data] as const,
  ) as Promise<T>;
}

/** Clicks an export button and returns the downloaded file's name and text. */
async function exportFile(page: Page, testId: string): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${testId}"]`)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8'), path };
}

const count = async (page: Page, kind: string): Promise<number> => Number(await page.textContent(`[data-count="${kind}"]`));

function note(id: string, quote: string, text: string, tags: string[], createdAt: string) {
  return {
    id,
    url: 'https://central.asia-news.com/en_GB/articles/cnmi_ca/features/2016/06/06/feature-01',
    title: 'Aktobe attacks: "what we know", in brief',
    outlet: 'Caravanserai',
    publishedAt: '2016-06-06',
    quote,
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'Before ', suffix: ' after' }],
    text,
    tags,
    actorIds: ['knb'],
    claimIds: [],
    createdAt,
    updatedAt: createdAt,
  };
}

describe('the options page', () => {
  it('lists notes with hostile text as text, and exports them as Markdown and CSV', async () => {
    const page = await openExtensionPage(world, 'options.html');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.waitForSelector('[data-testid="notes-empty"]');
    await send(page, 'saveNote', { note: note('note-hostile', HOSTILE_QUOTE, HOSTILE_TEXT, ['кыргыз', 'a,b "c"'], '2024-05-01T10:00:00.000Z') });
    await send(page, 'saveNote', { note: note('note-plain', 'About 250 of them had died there.', 'Second note.', ['deaths'], '2024-05-02T10:00:00.000Z') });
    await page.reload();
    await page.waitForSelector('[data-note-id="note-hostile"]');
    expect(await page.locator('.note').count()).toBe(2);
    const shown = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script').length,
      imgs: document.querySelectorAll('.note img').length,
      quote: document.querySelector('[data-note-id="note-hostile"] .quote')?.textContent,
      text: document.querySelector('[data-note-id="note-hostile"] .note-text')?.textContent,
      open: document.querySelector('[data-note-id="note-hostile"] a')?.getAttribute('href'),
    }));
    expect(shown.scripts).toBe(1);
    expect(shown.imgs).toBe(0);
    expect(shown.quote).toBe(HOSTILE_QUOTE);
    expect(shown.text).toBe(HOSTILE_TEXT);
    expect(shown.open).toMatch(/^https:\/\/central\.asia-news\.com\/.*#:~:text=%D0%9A/);

    const md = await exportFile(page, 'export-markdown');
    expect(md.name).toMatch(/^dossier-notes-\d{4}-\d\d-\d\d\.md$/);
    expect(md.text).toContain('Комитет заявил');
    expect(md.text).toContain('About 250 of them had died there.');
    expect(md.text).toContain('Алматы');

    const csv = await exportFile(page, 'export-csv');
    expect(csv.name).toMatch(/\.csv$/);
    const parsed = Papa.parse<Record<string, string>>(csv.text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(2);
    const cells = parsed.data.flatMap((r) => Object.values(r));
    expect(cells).toContain(HOSTILE_TEXT);
    expect(cells.some((c) => c.includes('Комитет заявил: "более 300 граждан"'))).toBe(true);

    // The search filter narrows the export to the notes listed.
    await page.fill('[data-testid="notes-search"]', 'died there');
    await page.waitForFunction(() => document.querySelectorAll('.note').length === 1);
    const filtered = Papa.parse<Record<string, string>>((await exportFile(page, 'export-csv')).text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
    expect(filtered.data).toHaveLength(1);
    await page.fill('[data-testid="notes-search"]', '');
    await page.waitForFunction(() => document.querySelectorAll('.note').length === 2);

    await page.screenshot({ path: join(SCREENSHOTS, 'options-notes.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('deletes a note with Undo', async () => {
    const page = await openExtensionPage(world, 'options.html');
    await page.waitForSelector('[data-note-id="note-plain"]');
    await page.click('[data-note-id="note-plain"] button:has-text("Delete")');
    await page.waitForSelector('[data-testid="undo"]');
    await page.waitForFunction(() => document.querySelectorAll('.note').length === 1);
    await page.click('[data-testid="undo"]');
    await page.waitForSelector('[data-note-id="note-plain"]');
    expect(await page.locator('.note').count()).toBe(2);
    await page.close();
  });

  it('exports a backup that imports into a fresh profile, which exports the same backup', async () => {
    const page = await openExtensionPage(world, 'options.html');
    await page.waitForSelector('[data-note-id="note-hostile"]');
    const backup = await exportFile(page, 'export-backup');
    await page.close();

    fresh = await startWorld();
    const other = await openExtensionPage(fresh, 'options.html');
    await other.waitForSelector('[data-testid="notes-empty"]');
    await other.setInputFiles('[data-testid="import-backup"]', backup.path);
    await other.waitForSelector('[data-testid="import-report"]');
    // Into a fresh profile every note of the backup is new: all of them added, none skipped.
    const sent = JSON.parse(backup.text) as { notes: unknown[] };
    expect(sent.notes.length).toBeGreaterThanOrEqual(2);
    const notesRow = await other.locator('[data-testid="import-report"] tr[data-kind="notes"] td').allTextContents();
    expect(notesRow).toEqual([String(sent.notes.length), '0', '0', '0']);
    const summary = (await other.textContent('[data-testid="import-report"] p')) ?? '';
    expect(Number(/Backup imported: (\d+) added/.exec(summary)?.[1])).toBeGreaterThanOrEqual(sent.notes.length);
    await other.waitForSelector('[data-note-id="note-hostile"]');
    const again = await exportFile(other, 'export-backup');
    const strip = (text: string): unknown => ({ ...(JSON.parse(text) as object), exportedAt: null });
    expect(strip(again.text)).toEqual(strip(backup.text));
    await other.close();
    await fresh.close();
    fresh = null;
  });

  it('refuses a malformed backup with a clear alert, and the notes are unchanged', async () => {
    const page = await openExtensionPage(world, 'options.html');
    await page.waitForSelector('[data-count="notes"]');
    const before = await count(page, 'notes');
    const bad = join(tmp, 'bad-backup.json');
    writeFileSync(bad, JSON.stringify({ format: 'dossier-backup', version: 1, exportedAt: '2024-01-01T00:00:00.000Z', notes: [{ id: 'x', url: 42 }], actors: [], sources: [], incidents: [], claims: [] }));
    await page.setInputFiles('[data-testid="import-backup"]', bad);
    const alert = page.locator('#notes [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/not imported \(nothing changed\): .+/);
    const notJson = join(tmp, 'not-json.json');
    writeFileSync(notJson, 'this is not a backup');
    await page.setInputFiles('[data-testid="import-backup"]', notJson);
    await page.waitForFunction(() => /not imported/.test(document.querySelector('#notes [role="alert"]')?.textContent ?? ''));
    await page.reload();
    await page.waitForSelector('[data-count="notes"]');
    expect(await count(page, 'notes')).toBe(before);
    await page.close();
  });

  it('imports incidents from a GTD CSV after preview and confirmation', async () => {
    const page = await openExtensionPage(world, 'options.html');
    await page.waitForSelector('[data-count="incidents"]');
    const before = await count(page, 'incidents');
    await page.setInputFiles('[data-testid="import-incidents"]', join(process.cwd(), 'test/fixtures/csv/gtd-sample.csv'));
    await page.waitForSelector('[data-testid="csv-layout"][data-layout="gtd"]');
    expect(await page.inputValue('#map-perpetrator')).toBe('gname');
    await page.click('[data-testid="csv-preview"]');
    await page.waitForSelector('[data-testid="csv-commit"]');
    const label = (await page.textContent('[data-testid="csv-commit"]')) ?? '';
    const good = Number(/Import (\d+) good/.exec(label)?.[1]);
    expect(good).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'options-import.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('[data-testid="csv-commit"]');
    await page.waitForSelector('[data-testid="csv-report"]');
    await page.waitForFunction(([b, g]) => Number(document.querySelector('[data-count="incidents"]')?.textContent) === b + g, [before, good] as const);
    expect(await count(page, 'incidents')).toBe(before + good);
    await page.close();
  });

  it('adds an alias to an actor, and a page that uses the alias marks it as that actor', async () => {
    const page = await openExtensionPage(world, 'options.html');
    await page.fill('[data-testid="fb-search-actors"]', 'Taliban');
    await page.click('[data-testid="actor-list"] [data-actor-id="taliban"]');
    await page.waitForSelector('#actor-h');
    await page.click('summary:has-text("Edit")');
    await page.fill('[data-testid="alias-input"]', ALIAS);
    await page.click('[data-testid="alias-add"]');
    await page.waitForSelector(`[data-testid="actor-aliases"] li:has-text("${ALIAS}")`);
    await page.waitForSelector('[data-testid="undo-toast"]');
    await page.locator('#factbase').screenshot({ path: join(SCREENSHOTS, 'options-factbase.png') });
    expect(await seriousViolations(page)).toEqual([]);

    const article = await world.browser.context.newPage();
    await article.goto(ALIAS_PAGE_URL);
    await waitForDone(article);
    const marks = await article.evaluate(() =>
      [...document.querySelectorAll('dossier-mark[data-kind="actor"]')].map((m) => m.textContent),
    );
    expect(marks).toContain(ALIAS);
    await article.close();
    await page.close();
  });

  it('browses incidents, claims and sources with Load more and search', async () => {
    const page = await openExtensionPage(world, 'options.html');
    // Actors: the bundled fact base has more than one page of them (50 a page).
    await page.click('#fb-tab-actors');
    const actors = page.locator('[data-testid="actor-list"] li');
    await actors.first().waitFor();
    const shown = page.locator('#fb-panel-actors .paged > p[aria-live]');
    expect(await shown.textContent()).toBe('Showing 50 so far');
    expect(await actors.count()).toBe(50);
    const firstPage = await actors.allTextContents();
    const loadMore = page.locator('#fb-panel-actors button:has-text("Load more")');
    await loadMore.click();
    await expect.poll(() => actors.count()).toBeGreaterThan(50);
    const both = await actors.allTextContents();
    expect(both.length).toBeLessThanOrEqual(100);
    expect(both.slice(0, 50)).toEqual(firstPage);
    // The second page continues the first: no record twice.
    expect(new Set(both).size).toBe(both.length);
    expect(await shown.textContent()).toMatch(new RegExp(`^Showing ${both.length}`));
    // A search narrows the list and starts again from its first page.
    await page.fill('[data-testid="fb-search-actors"]', 'Aktobe');
    await expect.poll(async () => (await actors.allTextContents()).some((t) => /Aktobe/.test(t)) && (await actors.count()) < 50).toBe(true);

    await page.click('#fb-tab-claims');
    await page.waitForSelector('[data-testid="claim-list"] li');
    expect(await page.locator('[data-testid="claim-list"] li').count()).toBeGreaterThan(0);

    await page.click('#fb-tab-incidents');
    const incidents = page.locator('[data-testid="incident-list"] li');
    await incidents.first().waitFor();
    const unfiltered = await incidents.count();
    await page.fill('[data-testid="fb-search-incidents"]', 'Aktobe');
    // The search narrows the list to the Aktobe incidents (four in the bundled fact base).
    await expect.poll(async () => (await incidents.allTextContents()).every((t) => /Aktobe/.test(t)) && (await incidents.count()) > 0).toBe(true);
    expect(await incidents.count()).toBeLessThan(unfiltered);
    expect(await incidents.count()).toBeGreaterThanOrEqual(4);

    await page.click('#fb-tab-sources');
    await page.waitForSelector('[data-testid="source-list"] li');
    expect(await page.locator('[data-testid="source-list"] li').count()).toBeGreaterThanOrEqual(5);
    await page.close();
  });
});
