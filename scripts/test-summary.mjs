// Prints one closing line for the whole suite (unit, end-to-end in Chromium, end-to-end in
// Firefox), from vitest's JSON reports:
// "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of ['out/test-results/unit.json', 'out/test-results/e2e.json', 'out/test-results/firefox.json']) {
  if (!existsSync(file)) continue;
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
}
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
