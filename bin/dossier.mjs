#!/usr/bin/env node
// `npx dossier annotate <file-or-url>... [--json]`: the engine on the command line.
// A launcher only: it registers tsx (so the TypeScript sources run as they are, nothing to build
// after `npm ci`) and hands the arguments to scripts/annotate.ts in this same process, so stdout
// carries only what annotate writes (the JSON from its first byte) and its exit code is ours.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const COMMANDS = { annotate: '../scripts/annotate.ts' };
const USAGE = `usage: dossier annotate <file-or-url>... [--json] [--factbase FILE] [--empty-factbase] [--timeout S]
       dossier annotate --help`;

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h') {
  process.stdout.write(`${USAGE}\n`);
  process.exitCode = command === undefined ? 2 : 0;
} else if (!Object.hasOwn(COMMANDS, command)) {
  process.stderr.write(`dossier: unknown command "${command}"\n${USAGE}\n`);
  process.exitCode = 2;
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const script = join(dirname(fileURLToPath(import.meta.url)), COMMANDS[command]);
  // The script reads its arguments from process.argv, as when run directly.
  process.argv = [process.argv[0], script, ...args];
  await import(pathToFileURL(script).href);
}
