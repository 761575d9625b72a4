// Mozilla's addons-linter on the Firefox build (.output/firefox-mv3, built first by
// `npm run lint:firefox`), as addons.mozilla.org runs it on upload. Fails on any error, and on any
// warning except one: Preact's own `dangerouslySetInnerHTML` code path (`dom.innerHTML = x.__html`),
// which ships in Preact's renderer and which Dossier never reaches (ESLint forbids the prop).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter from 'addons-linter';

const dir = process.argv[2] ?? '.output/firefox-mv3';
const instance = linter.createInstance({
  config: { _: [dir], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false, metadata: false, output: 'none', boring: true, selfHosted: false },
  runAsBinary: false,
});
const result = await instance.run();

/** True when the warning points at Preact's `X.innerHTML = Y.__html`, inside its props diff. */
function isPreactInnerHtml(message) {
  if (message.code !== 'UNSAFE_VAR_ASSIGNMENT' || !message.file || !message.line) return false;
  const line = readFileSync(join(dir, message.file), 'utf8').split('\n')[message.line - 1] ?? '';
  const col = message.column ?? 0;
  const at = line.slice(Math.max(0, col - 20), col + 40);
  const before = line.slice(Math.max(0, col - 400), col);
  return /[\w$]+\.innerHTML=[\w$]+\.__html\b/.test(at) && before.includes('"dangerouslySetInnerHTML"');
}

const describe = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''} ${m.message}\n    ${m.description ?? ''}`;
const allowed = result.warnings.filter(isPreactInnerHtml);
const problems = [...result.errors, ...result.warnings.filter((w) => !isPreactInnerHtml(w))];
for (const n of result.notices) console.log(`notice: ${describe(n)}`);
for (const w of allowed) console.log(`allowed: ${w.code} ${w.file}:${w.line}:${w.column} (Preact's dangerouslySetInnerHTML path)`);
for (const p of problems) console.error(`${result.errors.includes(p) ? 'error' : 'warning'}: ${describe(p)}`);
console.log(`addons-linter on ${dir}: ${result.errors.length} errors, ${result.warnings.length - allowed.length} warnings (${allowed.length} allowed), ${result.notices.length} notices`);
process.exit(problems.length > 0 ? 1 : 0);
