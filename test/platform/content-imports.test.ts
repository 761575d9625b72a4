/**
 * The Russian rules (stemmer, transliteration, language detection) run in the background only:
 * nothing the content script imports, however indirectly, reaches them; nor does the page UI it
 * loads on first need (lib/content/README.md). Walks the static import graph from the entry points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../..');
const HEAVY_PACKAGES = ['@orama/stemmers', 'iuliia', 'franc-min'];
const IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) if (existsSync(c) && /\.tsx?$/.test(c)) return c;
  return null;
}

function reachable(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length) {
    const f = stack.pop()!;
    if (files.has(f)) continue;
    files.add(f);
    for (const m of readFileSync(f, 'utf8').matchAll(IMPORT)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) {
        const r = resolveLocal(f, spec);
        if (r) stack.push(r);
      } else packages.add(spec);
    }
  }
  return { files, packages };
}

describe('the content script', () => {
  it('never imports the Russian rules or their packages', () => {
    const { files, packages } = reachable(join(ROOT, 'entrypoints/content/index.ts'));
    expect(files.size).toBeGreaterThan(10);
    const ru = [...files].filter((f) => f.includes('/lib/extract/ru/') || f.endsWith('/lib/extract/language.ts'));
    expect(ru).toEqual([]);
    expect([...packages].filter((p) => HEAVY_PACKAGES.some((h) => p === h || p.startsWith(`${h}/`)))).toEqual([]);
  });

  it('carries no page UI: Preact, components/, saving notes and anchoring saved ones come with entrypoints/page-ui/', () => {
    const { files, packages } = reachable(join(ROOT, 'entrypoints/content/index.ts'));
    const ui = [...files].filter((f) => f.includes('/components/') || f.endsWith('/lib/anchor/quote-selector.ts') || f.endsWith('/lib/notes/make-note.ts'));
    expect(ui).toEqual([]);
    expect([...packages].filter((p) => p === 'preact' || p.startsWith('preact/'))).toEqual([]);
    const page = reachable(join(ROOT, 'entrypoints/page-ui/index.tsx'));
    expect([...page.files].some((f) => f.endsWith('/components/CardLayer.tsx'))).toBe(true);
    expect([...page.files].some((f) => f.endsWith('/lib/anchor/quote-selector.ts'))).toBe(true);
  });

  it('is walked correctly: the background does reach them', () => {
    const { packages } = reachable(join(ROOT, 'entrypoints/background.ts'));
    for (const h of HEAVY_PACKAGES) expect([...packages].some((p) => p === h || p.startsWith(`${h}/`)), h).toBe(true);
  });
});
