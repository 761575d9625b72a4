import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'dossier-start-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm start, headless', () => {
  it('prints the disagreements it found and writes the screenshots of a conflict card, the popup and the side panel', async () => {
    // The extension is already built by `npm run test:e2e`.
    const { stdout } = await run('npx', ['tsx', 'scripts/start.ts', '--headless', '--no-build', '--out', out], { env: { ...process.env, DISPLAY: '' }, maxBuffer: 20_000_000 });
    const listed = stdout.slice(stdout.indexOf('Disagreements found'));
    expect(listed).toMatch(/Disagreements found \([1-9]\d*\)/);
    // The seeds' own: around 250 against more than 300 Kazakh fighters (on whichever page meets the other).
    expect(listed).toMatch(/conflict: “(around 250[^”]*” here vs “More than 300|More than 300[^”]*” here vs “around 250)/);
    const shots = readdirSync(out).filter((f) => f.endsWith('.png'));
    expect(shots.length).toBeGreaterThanOrEqual(4);
    expect(shots).toEqual(expect.arrayContaining(['conflict-card.png', 'popup.png', 'sidepanel.png']));
    for (const f of shots) expect(statSync(join(out, f)).size, f).toBeGreaterThan(5_000);
  });
});
