/**
 * Team sync end to end: a CouchDB-compatible server (express-pouchdb in memory, started here on
 * 127.0.0.1), and two browser profiles, alice's and bob's, each with the extension built for this
 * test (the server's host granted at build time; the users' build never has it).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from '../../scripts/demo/browser';
import { startDemoSite, type DemoSite } from '../../scripts/demo/site';
import { startSyncServer, type SyncServer } from '../../scripts/sync-server';
import { SCREENSHOTS, articlePage, axeSeriousViolations } from './support';

const SYNC_BUILD = '.output/sync-test/chrome-mv3';
const USERS = { alice: 'alice-pass', bob: 'bob-pass' };

// The same attack as reported by two outlets: alice reads one, bob the other.
const PAGES = [
  articlePage('report-a', 'https://www.rferl.org/a/bishkek-market-blast/1.html', 'RFE/RL', '2023-04-11', 'Blast at Bishkek market', [
    'BISHKEK -- At least 6 people were killed in an explosion at the Osh Bazaar market in Bishkek on April 10, officials said.',
    'The Interior Ministry said 14 people were injured.',
  ]),
  articlePage('report-b', 'https://www.azattyq.org/a/bishkek-bazaar-explosion/2.html', 'Azattyq', '2023-04-12', 'Bishkek bazaar explosion toll', [
    'The explosion at a market in Bishkek on April 10 killed 3 people, according to the city administration.',
  ]),
];

interface Member {
  name: keyof typeof USERS;
  browser: ExtensionBrowser;
  options: Page;
}

let server: SyncServer;
let site: DemoSite;
const members: Member[] = [];

async function launchMember(name: keyof typeof USERS): Promise<Member> {
  const browser = await launchBrowser({ hostRules: site.hostRules, headless: true, extensionDir: SYNC_BUILD });
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.waitForSelector('[data-testid="sync-status"]');
  return { name, browser, options };
}

async function send<T>(m: Member, dossier: string, data: unknown): Promise<T> {
  const reply = await m.options.evaluate(
    ([d, x]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(msg: unknown): Promise<{ ok?: unknown; error?: string }> } } }).chrome.runtime.sendMessage({ dossier: d, data: x }),
    [dossier, data] as const,
  );
  if (!reply || reply.error) throw new Error(`${dossier}: ${reply?.error ?? 'no answer'}`);
  return reply.ok as T;
}

async function startSync(m: Member, password: string): Promise<void> {
  const o = m.options;
  await o.fill('[data-testid="sync-url"]', server.url);
  await o.fill('[data-testid="sync-db"]', server.db);
  await o.fill('[data-testid="sync-user"]', m.name);
  await o.fill('[data-testid="sync-password"]', password);
  await o.click('[data-testid="sync-start"]');
}

const syncState = (m: Member): Promise<{ state: string | null; text: string }> =>
  m.options.$eval('[data-testid="sync-status"]', (el) => ({ state: el.getAttribute('data-state'), text: el.textContent ?? '' }));

async function read(m: Member, name: string): Promise<Page> {
  const page = await m.browser.context.newPage();
  await page.goto(PAGES.find((p) => p.name === name)!.url, { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('dossier-ui[data-state="done"]', { state: 'attached', timeout: 30_000 });
  return page;
}

async function tabIdOf(m: Member, url: string): Promise<number> {
  const id = await m.options.evaluate(async (u) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string; id?: number }[]> } } }).chrome;
    return (await api.tabs.query({})).filter((t) => t.url === u).pop()?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab shows ${url}`);
  return id;
}

const description = async (m: Member, actorId: string): Promise<string | null> =>
  (await send<{ actor: { description: string } } | null>(m, 'actorProfile', { actorId }))?.actor.description ?? null;

const POLL = { timeout: 30_000, interval: 250 };

beforeAll(async () => {
  // The test's own build, in its own folder: the default .output/chrome-mv3 is left as it is.
  const build = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, DOSSIER_SYNC_TEST_BUILD: '1' }, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the sync test build failed: ${build.stderr || build.stdout}`);
  server = await startSyncServer({ users: USERS });
  site = await startDemoSite(PAGES);
  members.push(await launchMember('alice'), await launchMember('bob'));
  for (const m of members) {
    // Only the demo pages and the sync server exist here; anything else is refused at once.
    await m.browser.context.route(
      (url) => (url.protocol === 'http:' || url.protocol === 'https:') && url.host !== new URL(server.url).host && !PAGES.some((p) => new URL(p.url).host === url.host),
      (route) => route.abort(),
    );
  }
});

afterAll(async () => {
  for (const m of members) await m.browser.close();
  await site?.close();
  await server?.close();
});

const [alice, bob] = [() => members[0]!, () => members[1]!];

describe('the manifests', () => {
  it('grants no localhost or 127.0.0.1 in the default build, only in this test’s own build', () => {
    const manifest = (dir: string): string => readFileSync(join(dir, 'manifest.json'), 'utf8');
    const users = JSON.parse(manifest('.output/chrome-mv3')) as { host_permissions: string[]; optional_host_permissions: string[] };
    expect(users.host_permissions.filter((h) => /localhost|127\.0\.0\.1/.test(h))).toEqual([]);
    // The team server is asked for when the user starts sync, through the optional host permissions.
    expect(users.optional_host_permissions).toContain('*://*/*');
    const test = JSON.parse(manifest(SYNC_BUILD)) as { host_permissions: string[] };
    expect(test.host_permissions).toContain('http://127.0.0.1/*');
  });
});

describe('team sync between two profiles', () => {
  it('is off until started, and says so', async () => {
    expect((await syncState(alice())).state).toBe('idle');
    expect((await server.admin('GET', `/${server.db}`)).json).toMatchObject({ doc_count: 0 });
  });

  it('gives a clear message for a wrong password, and sends no records', async () => {
    await startSync(alice(), 'not-her-password');
    await expect.poll(async () => (await syncState(alice())).state, POLL).toBe('error');
    expect((await syncState(alice())).text).toContain('The server refused the user name or password for "alice"');
    expect((await server.admin('GET', `/${server.db}`)).json).toMatchObject({ doc_count: 0 });
    await alice().options.screenshot({ path: join(SCREENSHOTS, 'sync-wrong-password.png'), fullPage: true });
  });

  it('brings a claim read in alice’s profile into bob’s popup', async () => {
    await startSync(alice(), USERS.alice);
    await startSync(bob(), USERS.bob);
    for (const m of members) await expect.poll(async () => (await syncState(m)).state, POLL).toMatch(/^(active|paused)$/);
    const page = await read(alice(), 'report-a');
    await page.close();
    // Alice's source and every claim she read on it reach bob's fact base through the server.
    const [source] = (await send<{ items: { id: string; outlet: string | null }[] }>(alice(), 'listSources', { search: 'Bishkek market' })).items;
    expect(source?.outlet).toBe('RFE/RL');
    const claimIds = async (m: Member): Promise<string[]> =>
      (await send<{ items: { id: string }[] }>(m, 'listClaims', { sourceId: source!.id })).items.map((c) => c.id).sort();
    const alices = await claimIds(alice());
    expect(alices.length).toBeGreaterThan(0);
    await expect.poll(() => claimIds(bob()), POLL).toEqual(alices);
    const bobsPage = await read(bob(), 'report-b');
    const tabId = await tabIdOf(bob(), PAGES[1]!.url);
    const popup = await bob().browser.context.newPage();
    await popup.goto(`chrome-extension://${bob().browser.extensionId}/popup.html?tabId=${tabId}`);
    await popup.waitForSelector('[data-testid="disagreement"]', { timeout: 10_000 });
    const shown = await popup.$$eval('[data-testid="disagreement"]', (els) => els.map((e) => ({ kind: e.getAttribute('data-kind'), text: e.textContent ?? '' })));
    // Bob's figure (3 killed) against the one alice read (at least 6), from her outlet.
    const c = shown.find((x) => x.kind === 'conflict' && x.text.includes('RFE/RL'));
    expect(c, JSON.stringify(shown)).toBeDefined();
    expect(c!.text).toContain('killed 3 people');
    expect(c!.text).toContain('At least 6 people');
    await popup.screenshot({ path: join(SCREENSHOTS, 'sync-bob-popup.png'), fullPage: true });
    await popup.close();
    await bobsPage.close();
    // Bob reads alice's page too: still one claim, now with two readers.
    const again = await read(bob(), 'report-a');
    await again.close();
    await expect
      .poll(async () => (await send<{ readers: string[] } | null>(alice(), 'syncRecordHistory', { kind: 'claim', id: alices[0]! }))?.readers, POLL)
      .toEqual(['alice', 'bob']);
    expect(await claimIds(bob())).toEqual(alices);
    // Bob's own claim went the other way: one document per claim on the server.
    const all = (await server.admin('GET', `/${server.db}/_all_docs`)).json as { rows: { id: string }[] };
    expect(all.rows.filter((r) => r.id.startsWith('claim:')).length).toBeGreaterThanOrEqual(2);
  });

  it('brings an actor edit made in bob’s profile into alice’s', async () => {
    await send(bob(), 'editFactbase', { op: 'updateActorDetails', id: 'taraz', description: 'City in southern Kazakhstan (edited by bob).' });
    await expect.poll(() => description(alice(), 'taraz'), POLL).toBe('City in southern Kazakhstan (edited by bob).');
  });

  it('loses nothing when the server stops mid-session and comes back, and settles edits that met meanwhile', async () => {
    await server.stop();
    await send(alice(), 'editFactbase', { op: 'updateActorDetails', id: 'shymkent', description: 'Edited by alice while the server was down.' });
    await send(alice(), 'editFactbase', { op: 'updateActorDetails', id: 'atyrau', description: 'Alice’s version.' });
    await expect.poll(async () => (await syncState(alice())).text, POLL).toContain('cannot be reached');
    // Bob edits the same actor after her (or in the same millisecond: then the name decides), unseen by her.
    await send(bob(), 'editFactbase', { op: 'updateActorDetails', id: 'atyrau', description: 'Bob’s version.' });
    // A restarted service worker loses nothing acknowledged: its queue is in IndexedDB.
    const cdp = await alice().browser.context.newCDPSession(alice().options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await server.restart();
    await expect.poll(() => description(bob(), 'shymkent'), { ...POLL, timeout: 60_000 }).toBe('Edited by alice while the server was down.');
    // Both end with the later edit, and each can see what happened to the other.
    await expect.poll(() => description(alice(), 'atyrau'), { ...POLL, timeout: 60_000 }).toBe('Bob’s version.');
    expect(await description(bob(), 'atyrau')).toBe('Bob’s version.');
    const conflicts = async (m: Member): Promise<string> =>
      m.options.$$eval('[data-testid="sync-conflicts"] li', (els) => els.map((e) => e.textContent ?? '').join('\n'));
    await expect.poll(() => Promise.all(members.map(conflicts)).then((t) => t.join('\n')), POLL).toContain(
      `Actor "Atyrau": Edited by alice and bob: kept bob's; alice's kept in history.`,
    );
    // Shown on the actor's page too, with the version that lost.
    await alice().options.locator('text="Atyrau"').first().click();
    await expect.poll(() => alice().options.textContent('[data-testid="sync-history-conflict"]'), POLL).toBe(
      "Team: Edited by alice and bob: kept bob's; alice's kept in history.",
    );
    expect(await alice().options.textContent('[data-testid="sync-history"] details')).toContain('description: Alice’s version.');
    const doc = (await server.admin('GET', `/${server.db}/actor:atyrau?conflicts=true`)).json as { history: { by: string; record: { description: string } }[]; _conflicts?: string[] };
    await expect.poll(async () => ((await server.admin('GET', `/${server.db}/actor:atyrau?conflicts=true`)).json as { _conflicts?: string[] })._conflicts ?? [], POLL).toEqual([]);
    expect(doc.history.map((h) => [h.by, h.record.description])).toContainEqual(['alice', 'Alice’s version.']);
  });

  it('refuses a malformed document on the server, one by one, and keeps the fact base whole', async () => {
    const before = await send<{ actors: number }>(alice(), 'getCounts', {});
    const bad = await server.admin('PUT', `/${server.db}/actor:evil`, {
      kind: 'actor', by: 'mallory', at: new Date().toISOString(),
      record: { id: 'evil', type: 'weapon', name: '<img src=x onerror=alert(1)>', aliases: 'all', description: '', origin: 'user' },
    });
    expect(bad.status).toBe(201);
    await server.admin('PUT', `/${server.db}/actor:user-marker`, {
      kind: 'actor', by: 'bob', at: new Date().toISOString(),
      record: { id: 'user-marker', type: 'person', name: 'Marker Person', aliases: [], description: 'Arrived after the bad one.', origin: 'user' },
    });
    await expect.poll(() => description(alice(), 'user-marker'), POLL).toBe('Arrived after the bad one.');
    await expect
      .poll(() => alice().options.$$eval('[data-testid="sync-refused"] li', (els) => els.map((e) => e.getAttribute('data-id'))), POLL)
      .toContain('actor:evil');
    expect(await alice().options.textContent('[data-testid="sync-refused"]')).toMatch(/actor:evil: .*type/);
    expect(await send(alice(), 'actorProfile', { actorId: 'evil' })).toBeNull();
    expect((await send<{ actors: number }>(alice(), 'getCounts', {})).actors).toBe(before.actors + 1);
    await alice().options.screenshot({ path: join(SCREENSHOTS, 'sync-alice-options.png'), fullPage: true });
    // The panel with its error, refused documents and settled edits is usable with assistive technology.
    expect(await axeSeriousViolations(alice().options, '#sync')).toEqual([]);
  });

  it('stops when asked, and sends nothing more', async () => {
    await bob().options.click('[data-testid="sync-stop"]');
    await expect.poll(async () => (await syncState(bob())).state, POLL).toBe('idle');
    const seq = ((await server.admin('GET', `/${server.db}`)).json as { update_seq: number }).update_seq;
    await send(bob(), 'editFactbase', { op: 'updateActorDetails', id: 'balkhash', description: 'Not to be shared.' });
    // Alice is still syncing: a round trip through the server shows bob's edit did not go out.
    await send(alice(), 'editFactbase', { op: 'updateActorDetails', id: 'karaganda', description: 'Alice after bob stopped.' });
    await expect.poll(async () => (await server.admin('GET', `/${server.db}/actor:karaganda`)).status, POLL).toBe(200);
    expect((await server.admin('GET', `/${server.db}/actor:balkhash`)).status).toBe(404);
    expect(((await server.admin('GET', `/${server.db}`)).json as { update_seq: number }).update_seq).toBeGreaterThan(seq);
  });
});
