/**
 * The Russian rules' hand-written scanners answer what the RegExps they replaced answered: the
 * character tests code unit by code unit, the binary searches, and the figure scanner on the
 * edges of a number (glued letters, decimal points, case, white space, a sign before it), and the
 * cue pre-test passes over only words that cue nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLetterAt, isLetterBefore, isRuLetter, ruLower } from '../../../lib/extract/ru/chars';
import { isSpaceCode } from '../../../lib/extract/normalize';
import { extractFiguresRu } from '../../../lib/extract/ru/figures-ru';
import { firstEndingAfter, firstStartingFrom } from '../../../lib/extract/ru/positions';
import { mayCue, predicateRu } from '../../../lib/extract/ru/predicates-ru';
import { splitSentences } from '../../../lib/extract/sentences';
import type { Span } from '../../../lib/extract/types';

function figures(text: string): string[] {
  return extractFiguresRu(text, splitSentences(text), [{ start: 0, end: text.length }]).map((f) => `${f.text}|${f.value}|${f.low}-${f.high}|${f.unit}|${f.predicate}`);
}

describe('character tests', () => {
  it('agree with /\\s/, /\\p{L}/u and /[а-яё]/iu on every BMP code unit', () => {
    const misses: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch)) misses.push(`space ${c.toString(16)}`);
      if (isLetterAt(ch, 0) !== /\p{L}/u.test(ch)) misses.push(`letter ${c.toString(16)}`);
      if (isLetterBefore(`a${ch}`, 2) !== /\p{L}/u.test(ch)) misses.push(`letter before ${c.toString(16)}`);
      // ᲀ-ᲈ (old Cyrillic letter shapes) fold to Russian letters under /iu; no Russian text uses them.
      if (c < 0x1c80 || c > 0x1c88) if (isRuLetter(c) !== /[а-яё]/iu.test(ch)) misses.push(`russian ${c.toString(16)}`);
    }
    expect(misses).toEqual([]);
  });

  it('reads a letter outside the BMP as one letter, and an emoji as none', () => {
    const text = 'a𝐀b😀c';
    expect(isLetterAt(text, 1)).toBe(true);
    expect(isLetterBefore(text, 3)).toBe(true);
    expect(isLetterAt(text, 4)).toBe(false);
    expect(isLetterBefore(text, 6)).toBe(false);
  });

  it('lowercases Russian capitals, Ё included, and leaves other code units alone', () => {
    expect(String.fromCharCode(ruLower('Ж'.charCodeAt(0)), ruLower('Ё'.charCodeAt(0)), ruLower('ж'.charCodeAt(0)), ruLower('Z'.charCodeAt(0)))).toBe('жёжZ');
  });
});

describe('binary searches over spans', () => {
  it('find what a scan from the left finds', () => {
    let seed = 3;
    const rnd = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let round = 0; round < 50; round++) {
      const spans: Span[] = [];
      for (let at = rnd(5); spans.length < rnd(12); at += 1 + rnd(6)) {
        const len = 1 + rnd(4);
        spans.push({ start: at, end: at + len });
        at += len;
      }
      for (let pos = -1; pos < 80; pos++) {
        const ending = spans.findIndex((s) => s.end > pos);
        const starting = spans.findIndex((s) => s.start >= pos);
        expect(firstEndingAfter(spans, pos)).toBe(ending === -1 ? spans.length : ending);
        expect(firstStartingFrom(spans, pos)).toBe(starting === -1 ? spans.length : starting);
      }
    }
  });
});

describe('the figure scanner at the edges of a number', () => {
  it.each([
    ['reads number words in capitals, as headlines write them', 'СЕМЬ ЧЕЛОВЕК ПОГИБЛИ В АКТОБЕ.', ['СЕМЬ ЧЕЛОВЕК|7|7-7|count|killed']],
    ['passes over a number word with a letter of another alphabet glued to it', 'Погибли семьә человек.', []],
    ['passes over digits glued to a letter, and the decimals of a number it does not read', 'Задержаны А7 человек и 12.5 тонны.', []],
    ['reads a hedge across several spaces and a no-break space', 'Погибли не  менее\u00a012 человек.', ['не  менее\u00a012 человек|12|12-null|count|killed']],
    ['reads a dollar sign before the number, with or without a space', 'Выделено $ 5 млн на помощь.', ['$ 5 млн|5000000|4500000-5500000|currency:USD|spending']],
    ['passes over a list number after №, not the figure after it', 'Задержаны №5 и 7 человек.', ['7 человек|7|7-7|count|detained']],
    ['reads a hyphenated counted noun', 'Задержаны 5 граждан-иностранцев.', ['5 граждан-иностранцев|5|5-5|count|detained']],
    ['reads an adjective and its noun as the counted phrase, after two spaces', 'Ранены 3  раненых бойца.', ['3  раненых бойца|3|3-3|count|wounded']],
    ['reads a number word after a letter outside the BMP and a space', 'Около 𝐀 двадцати человек ранены.', ['двадцати человек|20|20-20|count|wounded']],
  ])('%s', (_what, text, expected) => {
    expect(figures(text)).toEqual(expected);
  });
});

describe('the cue pre-test', () => {
  it('passes over only words that cue nothing, on every word of the Russian test pages', () => {
    const words = new Set<string>();
    for (const f of readdirSync('test/fixtures/ru').filter((x) => x.endsWith('.json'))) {
      const { text } = JSON.parse(readFileSync(`test/fixtures/ru/${f}`, 'utf8')) as { text: string };
      for (const m of text.matchAll(/[а-яё]+/giu)) words.add(m[0]);
    }
    for (const w of ['Погибли', 'ПОГИБЛИ', 'осуждённых', 'Ёлка', 'ранее', 'рано', 'ранены', 'убит']) words.add(w);
    let passed = 0;
    for (const w of words) {
      if (mayCue(w, 0, w.length)) continue;
      passed++;
      expect(predicateRu(w), w).toBeNull();
    }
    // Most words are passed over.
    expect(passed).toBeGreaterThan(words.size / 2);
    expect(mayCue('Погибли', 0, 7)).toBe(true);
  });
});
