/**
 * `npm start`: builds the extension, serves the bundled demo pages under their real host names,
 * and opens Chromium with Dossier loaded. With a display, the browser stays open until you close
 * it. Without one (or with --headless), it reads the seed articles in order (each one's claims
 * are remembered, so a later article's figures meet the earlier ones'), prints every disagreement
 * found, then the real publisher pages, and saves screenshots into out/start/: an annotated page,
 * a conflict card, the popup and the side panel.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './demo/browser';
import { describeDisagreement, openExtensionConsole } from './demo/dossier';
import { realPages, seedPages, startDemoSite, type DemoPage } from './demo/site';

// Where the screenshots go: out/start, or the folder given with --out.
const outArg = process.argv.indexOf('--out');
const OUT = resolve(outArg > 0 && process.argv[outArg + 1] ? process.argv[outArg + 1]! : 'out/start');

async function main(): Promise<void> {
  const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
  if (!process.argv.includes('--no-build')) {
    console.log('Building the extension…');
    execSync('npx wxt build', { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  execSync('node scripts/ensure-chromium.mjs', { stdio: 'inherit' });
  const seeds = seedPages();
  const pages = [...seeds, ...realPages()];
  const site = await startDemoSite(pages);
  const browser = await launchBrowser({ hostRules: site.hostRules, headless });
  const { context, extensionId } = browser;
  console.log(`Dossier ${extensionId} loaded in Chromium (${headless ? 'headless' : 'windowed'}); demo site on 127.0.0.1:${site.port}.`);

  if (!headless) {
    const first = await context.newPage();
    await first.goto(seeds[0]!.url);
    for (const p of seeds.slice(1)) await (await context.newPage()).goto(p.url);
    console.log(
      'Demo pages are open. Hover or Tab to an underlined name or figure (wavy red: another source disagrees); ' +
        'j / k move between marks. Click the Dossier toolbar icon for the quick view and "Open side panel" for the whole dossier. ' +
        'Close the browser to stop.',
    );
    await new Promise<void>((r) => context.on('close', () => r()));
    await site.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const ext = await openExtensionConsole(context, extensionId);
  const summary: string[] = [];
  const disagreements: string[] = [];
  // The page whose disagreements the screenshots show: the seed with the most conflicts.
  let best: { demo: DemoPage; page: Page; tabId: number; conflicts: number } | null = null;
  for (const demo of pages) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { state: 'attached', timeout: 60_000 }).catch(() => null);
    const info = await marksOf(page);
    const tabId = await ext.tabIdOf(demo.url);
    const dossier = tabId === null ? null : await ext.tabDossier(tabId);
    const found = dossier?.analysis?.conflicts ?? [];
    summary.push(
      `${demo.name}  ${demo.url}\n  state: ${info.state}; ${info.actors} actors, ${info.figures} figures, ${found.length} disagreements\n` +
        `  actors: ${info.actorSample.join(', ') || '-'}\n  unknown: ${info.unknownSample.join(', ') || '-'}\n  figures: ${info.figureSample.join(', ') || '-'}`,
    );
    for (const c of found) disagreements.push(`${demo.name}  ${describeDisagreement(dossier!, c)}`);
    const conflicts = found.filter((c) => c.kind === 'conflict').length;
    if (tabId !== null && demo.name.startsWith('seed') && (!best || conflicts > best.conflicts)) {
      if (best) await best.page.close();
      best = { demo, page, tabId, conflicts };
    } else {
      await page.close();
    }
  }

  const shots: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false): Promise<void> => {
    const path = join(OUT, name);
    await page.screenshot({ path, fullPage });
    shots.push(path);
  };
  if (best) {
    const { page, tabId } = best;
    await page.bringToFront();
    const mark = page.locator('dossier-mark[data-conflict="true"]').first();
    const hasConflictMark = (await mark.count()) > 0;
    const target = hasConflictMark ? mark : page.locator('dossier-mark[data-kind="figure"]').first();
    await target.scrollIntoViewIfNeeded();
    await page.evaluate('window.scrollBy(0, -200)');
    await shot(page, 'annotated-page.png');
    await target.hover();
    await page.locator('dossier-ui .card[role="dialog"] [data-testid="number-line"]').waitFor({ timeout: 5_000 }).catch(() => null);
    await shot(page, hasConflictMark ? 'conflict-card.png' : 'figure-card.png');
    await page.mouse.move(2, 2);

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="disagreement"], [data-testid="no-dossier"], .empty', { timeout: 15_000 }).catch(() => null);
    await popup.waitForSelector('[data-count="claims"]', { timeout: 15_000 }).catch(() => null);
    await shot(popup, 'popup.png');
    const popupHeight = (await popup.evaluate('Math.ceil(document.querySelector("main").getBoundingClientRect().bottom)')) as number;

    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 1000 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.waitForSelector('#related-h', { timeout: 15_000 }).catch(() => null);
    await shot(panel, 'sidepanel.png');
    await shot(panel, 'sidepanel-full.png', true);
    console.log(`\nThe popup for ${best.demo.name} ends ${popupHeight} px down its 420x600 window.`);
  }
  const counts = (await (await context.newPage()).goto(`chrome-extension://${extensionId}/popup.html`).then(async (r) => {
    const p = r!.frame().page();
    await p.waitForSelector('[data-count="claims"]', { timeout: 15_000 }).catch(() => null);
    return p.evaluate(`[...document.querySelectorAll('[data-count]')].map((el) => el.textContent + ' ' + el.getAttribute('data-count')).join(', ')`);
  })) as string;

  console.log('\nWhat Dossier annotated:\n');
  console.log(summary.join('\n\n'));
  console.log(`\nDisagreements found (${disagreements.length}):`);
  console.log(disagreements.length ? disagreements.map((d) => `  ${d}`).join('\n') : '  none');
  console.log(`\nFact base after reading: ${counts}`);
  console.log(`Screenshots (${shots.length}):\n${shots.map((s) => `  ${s}`).join('\n')}`);
  await ext.close();
  await browser.close();
  await site.close();
}

/** What a page's marks show: the host's state and counts, and a few marked names per kind. */
async function marksOf(page: Page): Promise<{ state: string; actors: number; figures: number; actorSample: string[]; unknownSample: string[]; figureSample: string[] }> {
  // A string, not a function: tsx's name-keeping helpers do not exist in the page.
  return (await page.evaluate(`(() => {
    const host = document.querySelector('dossier-ui');
    const marks = [...document.querySelectorAll('dossier-mark')];
    const sample = {};
    for (const kind of ['actor', 'unknown', 'figure']) {
      // A mention split over several text nodes ("<span>Z</span>imbabwe") has one mark per piece: join them.
      const byIndex = new Map();
      for (const m of marks) {
        if (m.getAttribute('data-kind') !== kind) continue;
        const i = m.getAttribute('data-index');
        byIndex.set(i, (byIndex.get(i) || '') + (m.textContent || ''));
      }
      sample[kind] = [...new Set(byIndex.values())].slice(0, 8);
    }
    return {
      state: host ? host.getAttribute('data-state') : 'not annotated',
      actors: Number(host ? host.getAttribute('data-actors') : 0),
      figures: Number(host ? host.getAttribute('data-figures') : 0),
      actorSample: sample.actor, unknownSample: sample.unknown, figureSample: sample.figure,
    };
  })()`)) as { state: string; actors: number; figures: number; actorSample: string[]; unknownSample: string[]; figureSample: string[] };
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
