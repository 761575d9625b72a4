// Makes sure Debian's Firefox ESR is there for the Firefox end-to-end tests: installs it when
// running as root, otherwise says exactly what to install (browser downloads do not work here).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
if (!existsSync(path)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    console.error(`Firefox is missing at ${path}. Install it with:\n  sudo apt-get update && sudo apt-get install -y firefox-esr\n(or set FIREFOX_PATH to a Firefox binary, 140 or later)`);
    process.exit(1);
  }
  console.log(`Firefox is missing at ${path}; installing Debian's firefox-esr package…`);
  try {
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit' });
  } catch {
    console.error('Installing firefox-esr failed. Install it by hand: apt-get update && apt-get install -y firefox-esr');
    process.exit(1);
  }
}
