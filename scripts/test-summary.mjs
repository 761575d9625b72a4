// Prints one closing line for the whole suite (unit, end-to-end in Chromium, end-to-end in
// Firefox), from vitest's JSON reports:
// "tests: N passed, N failed".
// A missing or unreadable report is a failure, said loudly: a suite that did not report did not pass.
// `--clear` removes the reports of an earlier run (npm's `pretest`), so a stale one cannot pass for this run's.
import { existsSync, readFileSync, rmSync } from 'node:fs';

const REPORTS = {
  unit: 'out/test-results/unit.json',
  e2e: 'out/test-results/e2e.json',
  firefox: 'out/test-results/firefox.json',
};
if (process.argv[2] === '--clear') {
  for (const file of Object.values(REPORTS)) rmSync(file, { force: true });
  process.exit(0);
}
// The reports to read: all three, or those named on the command line (`node test-summary.mjs unit`).
const wanted = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(REPORTS);

let passed = 0;
let failed = 0;
const problems = [];
for (const name of wanted) {
  const file = REPORTS[name];
  if (!file) {
    problems.push(`unknown report "${name}" (known: ${Object.keys(REPORTS).join(', ')})`);
    continue;
  }
  if (!existsSync(file)) {
    problems.push(`the ${name} report ${file} is missing: that suite did not run or did not finish`);
    continue;
  }
  let r;
  try {
    r = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    problems.push(`the ${name} report ${file} is not readable JSON (${err.message})`);
    continue;
  }
  if (typeof r.numPassedTests !== 'number' || typeof r.numFailedTests !== 'number') {
    problems.push(`the ${name} report ${file} has no test counts`);
    continue;
  }
  if (r.numPassedTests === 0) problems.push(`the ${name} report ${file} counts no passed test`);
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}
for (const p of problems) console.error(`test-summary: ${p}`);
console.log(`tests: ${passed} passed, ${failed} failed${problems.length ? `, ${problems.length} report problem(s)` : ''}`);
process.exit(failed > 0 || passed === 0 || problems.length > 0 ? 1 : 0);
