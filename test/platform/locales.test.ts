/**
 * The interface's words in English and Russian (public/_locales): both languages have the same
 * messages, none empty, and every message the manifest and the interface ask for exists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../lib/platform/i18n';

const DIR = join(__dirname, '../../public/_locales');
const load = (lang: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(DIR, lang, 'messages.json'), 'utf8'));

describe('_locales', () => {
  it('has English and Russian with the same messages, none empty', () => {
    expect(readdirSync(DIR).sort()).toEqual(['en', 'ru']);
    const en = load('en');
    const ru = load('ru');
    expect(Object.keys(ru).sort()).toEqual(Object.keys(en).sort());
    for (const [k, v] of Object.entries(ru)) {
      expect(v.message, k).toBeTruthy();
      if (k !== 'extName') expect(v.message, k).toMatch(/[а-яё]/i);
    }
  });

  it('covers the manifest and every message the interface asks for', () => {
    const en = load('en');
    const config = readFileSync(join(__dirname, '../../wxt.config.ts'), 'utf8');
    for (const m of config.matchAll(/__MSG_(\w+)__/g)) expect(en[m[1]!], m[1]).toBeDefined();
    const used = new Set<string>();
    const walk = (d: string): void => {
      for (const f of readdirSync(d, { withFileTypes: true })) {
        if (f.isDirectory()) walk(join(d, f.name));
        else if (f.name.endsWith('.tsx')) for (const m of readFileSync(join(d, f.name), 'utf8').matchAll(/\bt\('(\w+)'/g)) used.add(m[1]!);
      }
    };
    walk(join(__dirname, '../../components'));
    expect(used.size).toBeGreaterThanOrEqual(8);
    for (const k of used) expect(en[k], k).toBeDefined();
  });

  it('falls back to the English words outside an extension', () => {
    expect(t('headingFactbase', 'Fact base')).toBe('Fact base');
  });
});
