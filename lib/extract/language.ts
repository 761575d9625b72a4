/**
 * The language of a page and of each of its paragraphs, so each paragraph goes to its own
 * language's rules. franc-min (trigram profiles of the 82 most spoken languages) decides; a
 * paragraph too short for trigrams takes its script's language (Cyrillic → Russian), then the page's.
 */
import { franc } from 'franc-min';
import type { Span } from './types';

/** The languages Dossier has rules for; anything else is read with the English rules. */
export type Language = 'en' | 'ru';

/** A paragraph of the text and its language. */
export interface LanguageSpan extends Span {
  lang: Language;
}

// Languages franc may give a Russian paragraph that mentions Kazakh or Ukrainian names; all are read as Russian.
const CYRILLIC_LANGS = new Set(['rus', 'ukr', 'bel', 'bul', 'kaz', 'mkd', 'srp', 'uzb']);
// Latin-script languages a page of this beat may mix in.
const LATIN_LANGS = ['eng', 'fra', 'deu', 'spa', 'tur', 'uzn'];
// Below this many letters trigrams say little; the script decides.
const MIN_LETTERS = 40;
const SAMPLE = 160;


/** The language of one piece of text, or null when it has no letters. */
export function detectLanguage(text: string): Language | null {
  return languageOf(text, 0, text.length);
}

// The language of text[start, end): counted on the text itself (a paragraph's slice costs more to
// read code unit by code unit), sliced only for franc.
function languageOf(text: string, start: number, end: number): Language | null {
  let cyr = 0;
  let lat = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if ((c | 32) >= 97 && (c | 32) <= 122) lat++;
  }
  if (cyr === 0 && lat === 0) return null;
  // One script only: every language franc could name for it goes to the same rules, so asking
  // it would cost trigrams and change nothing (Latin → English rules, Cyrillic → Russian rules).
  if (cyr === 0) return 'en';
  if (lat < cyr / 10) return 'ru';
  if (cyr + lat < MIN_LETTERS) return cyr > lat ? 'ru' : 'en';
  // Mixed scripts (a Russian paragraph quoting English names, an English one quoting Russian):
  // franc decides, from the paragraph's opening trigrams (a constant cost per paragraph).
  const code = franc(text.slice(start, Math.min(end, start + SAMPLE)), { minLength: 10, only: [...CYRILLIC_LANGS, ...LATIN_LANGS] });
  if (code === 'und') return cyr > lat ? 'ru' : 'en';
  // A Cyrillic language without rules of its own (Ukrainian, Kazakh ...) is closest to the Russian ones.
  return CYRILLIC_LANGS.has(code) ? 'ru' : 'en';
}

/** Splits `text` into paragraphs (at line breaks) with each one's language; letterless lines take the page's. */
export function paragraphLanguages(text: string): { page: Language; spans: LanguageSpan[] } {
  const spans: LanguageSpan[] = [];
  let ruLetters = 0;
  let allLetters = 0;
  const pending: Span[] = [];
  // The lines of the text (what /[^\n]+/g finds), as offsets.
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end === start) {
      start++;
      continue;
    }
    const lang = languageOf(text, start, end);
    const letters = end - start;
    if (lang === null) pending.push({ start, end });
    else {
      allLetters += letters;
      if (lang === 'ru') ruLetters += letters;
      spans.push({ start, end, lang });
    }
    start = end + 1;
  }
  const page: Language = allLetters > 0 && ruLetters * 2 > allLetters ? 'ru' : 'en';
  for (const p of pending) spans.push({ ...p, lang: page });
  spans.sort((a, b) => a.start - b.start);
  return { page, spans };
}

/** True when any paragraph is Russian: cheap enough to ask before loading the Russian rules. */
export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04ff]{3}/.test(text);
}
