/**
 * Routing by language inside one page: which paragraphs are Russian, the text with them blanked
 * for the English rules (length kept, so offsets stay the page's), and the Russian rules run on them.
 */
import { hasCyrillic, paragraphLanguages } from '../language';
import type { ActorMention, FigureMention, Span } from '../types';
import { extractFiguresRu } from './figures-ru';
import { findUnknownActorsRu } from './proper-nouns-ru';

/** The Russian part of a page, or null when it has none. */
export interface RussianRoute {
  /** The page's Russian paragraphs. */
  paragraphs: Span[];
  /** The text with the Russian paragraphs blanked (spaces), for the English rules. */
  rest: string;
  /** True when `rest` is all white space (a page all in Russian): the English rules have nothing to read. */
  restBlank: boolean;
  /** The figures of the Russian paragraphs. */
  figures(): FigureMention[];
  /** The cue-typed unknown names of the Russian paragraphs, outside `taken`. */
  unknownActors(taken: readonly Span[]): ActorMention[];
}

const BLANK = /^\s*$/;

/** Splits off the Russian paragraphs of `text`; null for a page without any (the English path is untouched). */
export function routeRussian(text: string, sentences: readonly Span[]): RussianRoute | null {
  if (!hasCyrillic(text)) return null;
  const paragraphs = paragraphLanguages(text).spans.filter((s) => s.lang === 'ru');
  if (paragraphs.length === 0) return null;
  let restBlank = true;
  let at = 0;
  for (const p of paragraphs) {
    if (restBlank && !BLANK.test(text.slice(at, p.start))) restBlank = false;
    at = p.end;
  }
  if (restBlank && !BLANK.test(text.slice(at))) restBlank = false;
  // Built only when asked for: a page all in Russian never needs it.
  let rest: string | undefined;
  const spans = paragraphs.map((p) => ({ start: p.start, end: p.end }));
  return {
    paragraphs: spans,
    get rest() {
      return (rest ??= blanked(text, paragraphs));
    },
    restBlank,
    figures: () => extractFiguresRu(text, sentences, spans),
    unknownActors: (taken) => findUnknownActorsRu(text, sentences, spans, taken),
  };
}

// `text` with the given paragraphs replaced by spaces (length kept).
function blanked(text: string, paragraphs: readonly Span[]): string {
  let rest = '';
  let at = 0;
  for (const p of paragraphs) {
    rest += text.slice(at, p.start) + ' '.repeat(p.end - p.start);
    at = p.end;
  }
  return rest + text.slice(at);
}
