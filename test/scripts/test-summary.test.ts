/**
 * The suite's closing line: a missing, unreadable or empty report fails the run loudly, and
 * failures anywhere fail it.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const SCRIPT = join(__dirname, '../../scripts/test-summary.mjs');

async function summary(reports: Record<string, unknown>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-summary-'));
  mkdirSync(join(dir, 'out/test-results'), { recursive: true });
  for (const [name, body] of Object.entries(reports)) writeFileSync(join(dir, 'out/test-results', `${name}.json`), typeof body === 'string' ? body : JSON.stringify(body));
  try {
    const { stdout, stderr } = await run(process.execPath, [SCRIPT, ...args], { cwd: dir });
    return { code: 0, stdout, stderr, dir };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr, dir };
  }
}

const good = (n: number) => ({ numPassedTests: n, numFailedTests: 0 });

describe('test-summary', () => {
  it('adds up the three reports when all passed', async () => {
    const r = await summary({ unit: good(10), e2e: good(5), firefox: good(2) });
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('tests: 17 passed, 0 failed');
  });

  it.each(['unit', 'e2e', 'firefox'])('fails loudly when the %s report is missing', async (missing) => {
    const all: Record<string, unknown> = { unit: good(10), e2e: good(5), firefox: good(2) };
    delete all[missing];
    const r = await summary(all);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the ${missing} report out/test-results/${missing}.json is missing`);
  });

  it('fails on a report that is not JSON, or counts nothing', async () => {
    const broken = await summary({ unit: good(10), e2e: '{not json', firefox: good(2) });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('e2e report out/test-results/e2e.json is not readable JSON');
    const empty = await summary({ unit: good(10), e2e: good(5), firefox: good(0) });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('counts no passed test');
  });

  it('fails when any test failed', async () => {
    const r = await summary({ unit: good(10), e2e: { numPassedTests: 4, numFailedTests: 1 }, firefox: good(2) });
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('tests: 16 passed, 1 failed');
  });

  it('clears the reports of an earlier run', async () => {
    const r = await summary({ unit: good(10), e2e: good(5) }, '--clear');
    expect(r.code).toBe(0);
    expect(existsSync(join(r.dir, 'out/test-results/unit.json'))).toBe(false);
    expect(existsSync(join(r.dir, 'out/test-results/e2e.json'))).toBe(false);
  });
});
