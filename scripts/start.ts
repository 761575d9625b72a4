/**
 * `npm start`: builds the extension, serves the bundled demo pages under their real host names,
 * and opens Chromium with Dossier loaded. With a display, the browser stays open until you close
 * it. Without one (or with --headless), it reads the demo pages in order, saves screenshots of
 * an annotated page, an open card and the popup into out/start/, prints what it found, and exits.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchBrowser } from './demo/browser';
import { realPages, seedPages, startDemoSite } from './demo/site';

const OUT = resolve('out/start');

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
    console.log('Demo pages are open: hover an underlined name or figure; click the Dossier toolbar icon for the popup. Close the browser to stop.');
    await new Promise<void>((r) => context.on('close', () => r()));
    await site.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const summary: string[] = [];
  let lastTab = 0;
  for (const demo of pages) {
    const page = await context.newPage();
    await page.goto(demo.url);
    await page.waitForSelector('dossier-ui[data-state="done"], dossier-ui[data-state="error"]', { state: 'attached', timeout: 60_000 }).catch(() => null);
    // A string, not a function: tsx's name-keeping helpers do not exist in the page.
    const info = (await page.evaluate(`(() => {
      const host = document.querySelector('dossier-ui');
      const marks = [...document.querySelectorAll('dossier-mark')];
      const sample = {};
      for (const kind of ['actor', 'unknown', 'figure']) {
        sample[kind] = [...new Set(marks.filter((m) => m.getAttribute('data-kind') === kind).map((m) => m.textContent || ''))].slice(0, 8);
      }
      return {
        state: host ? host.getAttribute('data-state') : 'not annotated',
        actors: Number(host ? host.getAttribute('data-actors') : 0),
        figures: Number(host ? host.getAttribute('data-figures') : 0),
        conflicts: Number(host ? host.getAttribute('data-conflicts') : 0),
        actorSample: sample.actor, unknownSample: sample.unknown, figureSample: sample.figure,
      };
    })()`)) as { state: string; actors: number; figures: number; conflicts: number; actorSample: string[]; unknownSample: string[]; figureSample: string[] };
    summary.push(
      `${demo.name}  ${demo.url}\n  state: ${info.state}; ${info.actors} actors, ${info.figures} figures, ${info.conflicts} figures in conflict\n` +
        `  actors: ${info.actorSample.join(', ') || '-'}\n  unknown: ${info.unknownSample.join(', ') || '-'}\n  figures: ${info.figureSample.join(', ') || '-'}`,
    );
    if (demo.name.startsWith('seed')) {
      lastTab = await tabIdOf(context, extensionId, demo.url);
    }
    if (demo.name === 'seed-004') {
      await page.screenshot({ path: join(OUT, 'annotated-page.png') });
      const figure = page.locator('dossier-mark[data-kind="figure"]').first();
      await figure.hover();
      await page.waitForTimeout(400);
      await page.screenshot({ path: join(OUT, 'figure-card.png') });
    }
  }
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 480, height: 900 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${lastTab}`);
  await popup.waitForSelector('#actors-h, [data-testid="no-dossier"]', { timeout: 15_000 }).catch(() => null);
  await popup.screenshot({ path: join(OUT, 'popup.png'), fullPage: true });
  const counts = await popup.evaluate(() =>
    [...document.querySelectorAll('[data-count]')].map((el) => `${el.textContent} ${el.getAttribute('data-count')}`).join(', '),
  );

  console.log('\nWhat Dossier annotated:\n');
  console.log(summary.join('\n\n'));
  console.log(`\nFact base after reading: ${counts}`);
  console.log(`Screenshots: ${join(OUT, 'annotated-page.png')}, ${join(OUT, 'figure-card.png')}, ${join(OUT, 'popup.png')}`);
  await browser.close();
  await site.close();
}

async function tabIdOf(context: import('playwright-core').BrowserContext, extensionId: string, url: string): Promise<number> {
  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/options.html`);
  const id = await ext.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).chrome;
    return (await api.tabs.query({})).find((t) => t.url === u)?.id ?? 0;
  }, url);
  await ext.close();
  return id;
}

main().catch((err: unknown) => {
  console.error(`npm start failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
