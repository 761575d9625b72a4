/**
 * The command line as users run it: a real process, real files, the JSON contract of PRODUCT.md
 * and clear errors for bad input.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(__dirname, '../..');
const SEED = (n: string): string => join(ROOT, 'test/fixtures/seeds', { '000': '000_b7c2db31d242f737.txt', '001': '001_42d23f459b888ce6.txt', '004': '004_349fe4209c07a8ff.txt' }[n]!);

async function annotate(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/annotate.ts'), ...args], { cwd: ROOT, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'dossier-cli-'));

describe('npm run annotate', () => {
  it('prints one JSON object with every field of the contract', async () => {
    const { code, stdout } = await annotate(SEED('000'), SEED('001'), '--json', '--empty-factbase');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(out.version).toBe(1);
    expect(out.pages).toHaveLength(2);
    const page = out.pages[1];
    expect(Object.keys(page.source)).toEqual(expect.arrayContaining(['input', 'title', 'publishedAt']));
    expect(typeof page.text).toBe('string');
    const actor = page.actors[0];
    expect(Object.keys(actor)).toEqual(expect.arrayContaining(['text', 'start', 'end', 'type', 'actorId', 'canonical']));
    expect(page.text.slice(actor.start, actor.end)).toBe(actor.text);
    const fig = page.figures.find((f: { text: string }) => f.text === 'More than 300 citizens');
    expect(fig).toMatchObject({ value: 300, low: 301, high: null, qualifier: 'more-than', unit: 'count', counted: 'citizens' });
    expect(page.text.slice(fig.start, fig.end)).toBe(fig.text);
    const claim = page.claims[0];
    expect(Object.keys(claim)).toEqual(expect.arrayContaining(['id', 'figure', 'predicate', 'subject', 'claimant', 'asOf', 'quote']));
    const conflict = page.conflicts.find((c: { kind: string }) => c.kind === 'conflict');
    expect(conflict.other).toMatchObject({ value: 250, low: 225, high: 275 });
    expect(Object.keys(conflict.other)).toEqual(expect.arrayContaining(['value', 'low', 'high', 'source', 'claimant']));
    expect(typeof page.timings.extractMs).toBe('number');
  });

  it('prints readable text without --json', async () => {
    const { code, stdout } = await annotate(SEED('004'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/actors \(\d+ linked, \d+ unknown\)/);
    expect(stdout).toContain('"several hundred radicalised citizens"  between 200 and 900');
  });

  it('lists a short form once, with the full name it stands for, as the popup does', async () => {
    const p = join(tmp, 'indyk.html');
    writeFileSync(p, '<html><body><article><p>The envoy Martin Indyk arrived in Astana on Monday for talks with officials of the foreign ministry about the agreement.</p><p>Indyk said the talks had gone well, and that he would return to the capital in the spring to sign it.</p></article></body></html>');
    const { code, stdout } = await annotate(p);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}\? Martin Indyk \(person\) x2$/m);
    expect(stdout).not.toMatch(/^ {2}\? Indyk \(/m);
  });

  it.each([
    ['a missing file', () => join(tmp, 'nope.html'), /no such file: .*nope\.html/],
    ['a binary file', () => {
      const p = join(tmp, 'x.bin');
      writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
      return p;
    }, /binary file/],
    ['a page with no text', () => {
      const p = join(tmp, 'empty.html');
      writeFileSync(p, '<html><head><title>Nothing</title></head><body><script>var a = 1;</script>\n \n</body></html>');
      return p;
    }, /no article text/],
    ['an empty file', () => {
      const p = join(tmp, 'zero.txt');
      writeFileSync(p, '');
      return p;
    }, /no article text/],
  ])('refuses %s with a clear message and a non-zero exit, no stack trace', async (_name, make, message) => {
    const { code, stderr } = await annotate(make(), '--json');
    expect(code).not.toBe(0);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses a fact base that is not a valid bundle, naming the problem', async () => {
    const p = join(tmp, 'bad-factbase.json');
    writeFileSync(p, JSON.stringify({ format: 'dossier-factbase', version: 1, actors: [{ id: 'x' }], sources: [], incidents: [], claims: [] }));
    const { code, stderr } = await annotate(SEED('000'), '--factbase', p);
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/actors\.0\./);
  });

  it('explains its usage when given nothing', async () => {
    const { code, stderr } = await annotate();
    expect(code).toBe(2);
    expect(stderr).toMatch(/usage: npm run annotate/);
  });
});

describe('npm run annotate on a large page', () => {
  it('writes the whole JSON even when it is many megabytes (nothing cut off at exit)', async () => {
    const big = join(tmp, 'big.txt');
    const para = readFileSync(SEED('004'), 'utf8');
    writeFileSync(big, `Title: Big\nDate: 2016-07-20\n\n${Array.from({ length: 60 }, () => para).join('\n\n')}`);
    const { code, stdout } = await annotate(big, '--json', '--empty-factbase');
    expect(code).toBe(0);
    const out = JSON.parse(stdout);
    expect(stdout.length).toBeGreaterThan(500_000);
    expect(out.pages[0].figures.length).toBeGreaterThan(500);
  });
});

/** Runs the package's `bin` (what `npx dossier` runs) from another folder than the repository. */
async function dossier(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(ROOT, 'bin/dossier.mjs'), ...args], { cwd: tmp, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npx dossier annotate', () => {
  it('is the package bin', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin?: Record<string, string> };
    expect(pkg.bin).toEqual({ dossier: 'bin/dossier.mjs' });
  });

  it('prints JSON on stdout from its first byte to its last', async () => {
    const { code, stdout, stderr } = await dossier('annotate', SEED('000'), '--json', '--empty-factbase');
    expect(code, stderr).toBe(0);
    expect(stdout[0]).toBe('{');
    expect(JSON.parse(stdout).pages).toHaveLength(1);
  });

  it('through npx, with no npm banner on stdout', async () => {
    let out: { stdout: string; stderr: string };
    try {
      out = await run('npx', ['--no', 'dossier', 'annotate', SEED('000'), '--json', '--empty-factbase'], { cwd: ROOT, maxBuffer: 64 << 20 });
    } catch (err) {
      throw new Error(`npx dossier failed: ${(err as { stderr: string }).stderr}`);
    }
    expect(out.stdout[0]).toBe('{');
    expect(JSON.parse(out.stdout).version).toBe(1);
  });

  it('names an unknown command and exits 2', async () => {
    const { code, stderr } = await dossier('annotat', SEED('000'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown command "annotat"/);
  });
});

describe('a URL that cannot be read says why', () => {
  let server: Server;
  let secure: HttpsServer;
  let base = '';
  let secureBase = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/gone') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
      } else if (req.url === '/broken') {
        res.writeHead(503).end();
      } else if (req.url === '/stall') {
        // Never answers: the CLI's timeout must end the wait.
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(SEED('000'), 'utf8'));
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const tls = join(ROOT, 'test/fixtures/tls');
    secure = createHttpsServer({ cert: readFileSync(join(tls, 'demo-cert.pem')), key: readFileSync(join(tls, 'demo-key.pem')) }, (_req, res) => res.end('x'));
    await new Promise<void>((r) => secure.listen(0, '127.0.0.1', r));
    secureBase = `https://127.0.0.1:${(secure.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.close();
    server.closeAllConnections();
    secure.close();
    secure.closeAllConnections();
  });

  it('reads a page served over HTTP', async () => {
    const { code, stdout, stderr } = await dossier('annotate', `${base}/ok`, '--json', '--empty-factbase');
    expect(code, stderr).toBe(0);
    expect(JSON.parse(stdout).pages[0].source.input).toBe(`${base}/ok`);
  });

  it.each([
    ['/gone', /could not fetch .*\/gone: HTTP status 404 Not Found/],
    ['/broken', /could not fetch .*\/broken: HTTP status 503/],
  ])('names the HTTP status of %s', async (path, message) => {
    const { code, stderr } = await dossier('annotate', `${base}${path}`, '--json');
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('gives up on a server that does not answer, saying it timed out', async () => {
    const { code, stderr } = await dossier('annotate', `${base}/stall`, '--timeout', '1');
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not fetch .*\/stall: timeout: no answer from 127\.0\.0\.1 within 1 s/);
  });

  it('names a host that does not resolve as a DNS failure', async () => {
    // .invalid never resolves (RFC 6761): no outside network is needed to see it fail.
    const { code, stderr } = await dossier('annotate', 'http://no-such-host.invalid/story', '--timeout', '10');
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not fetch http:\/\/no-such-host\.invalid\/story: DNS: the host name no-such-host\.invalid could not be resolved/);
  });

  it('names a certificate it cannot trust as a TLS failure', async () => {
    const { code, stderr } = await dossier('annotate', `${secureBase}/story`, '--timeout', '10');
    expect(code).toBe(1);
    expect(stderr).toMatch(/could not fetch .*: TLS: the secure connection to 127\.0\.0\.1 failed/);
  });

  it('still reads the other inputs when one URL fails', async () => {
    const { code, stdout, stderr } = await dossier('annotate', `${base}/gone`, SEED('000'), '--json', '--empty-factbase');
    expect(code).toBe(1);
    expect(stderr).toMatch(/HTTP status 404/);
    expect(JSON.parse(stdout).pages).toHaveLength(1);
  });
});
