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

const CYRILLIC = /[\u0400-\u04ff]/g;
const LATIN = /[A-Za-z]/g;
// Languages franc may give a Russian paragraph that mentions Kazakh or Ukrainian names; all are read as Russian.
const CYRILLIC_LANGS = new Set(['rus', 'ukr', 'bel', 'bul', 'kaz', 'mkd', 'srp', 'uzb']);
// Below this many letters trigrams say little; the script decides.
const MIN_LETTERS = 40;

function byScript(text: string): Language | null {
  const cyr = text.match(CYRILLIC)?.length ?? 0;
  const lat = text.match(LATIN)?.length ?? 0;
  if (cyr === 0 && lat === 0) return null;
  return cyr > lat ? 'ru' : 'en';
}

/** The language of one piece of text, or null when it has no letters. */
export function detectLanguage(text: string): Language | null {
  const script = byScript(text);
  // Latin-only text has no Russian rules to go to: English rules, without the cost of trigrams.
  if (script === null || !/[\u0400-\u04ff]/.test(text)) return script;
  if (text.replace(/[^\p{L}]/gu, '').length < MIN_LETTERS) return script;
  const code = franc(text, { minLength: 10 });
  if (code === 'und') return script;
  // A Cyrillic language without rules of its own (Ukrainian, Kazakh ...) is closest to the Russian ones.
  return CYRILLIC_LANGS.has(code) ? 'ru' : 'en';
}

/** Splits `text` into paragraphs (at line breaks) with each one's language; letterless lines take the page's. */
export function paragraphLanguages(text: string): { page: Language; spans: LanguageSpan[] } {
  const spans: LanguageSpan[] = [];
  let ruLetters = 0;
  let allLetters = 0;
  const re = /[^\n]+/g;
  const pending: Span[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const chunk = m[0];
    const lang = detectLanguage(chunk);
    const letters = chunk.length;
    if (lang === null) {
      pending.push({ start: m.index, end: m.index + chunk.length });
      continue;
    }
    allLetters += letters;
    if (lang === 'ru') ruLetters += letters;
    spans.push({ start: m.index, end: m.index + chunk.length, lang });
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
