/**
 * Unknown-actor spotter: finds the proper names (people, organisations, places) that the
 * dictionary matcher did not claim, and types them from context, as unlinked suggestions.
 *
 * No NLP library (speed budget, see shared/NLP.md): one linear tokenising scan, then chunking of
 * consecutive capitalised tokens, then filters and typing by cue words from lib/extract/lexicon.ts.
 *
 * Speed: this runs on every page, and most of a page is lowercase running text that only matters
 * as "words seen in lowercase". So the tokenizer is a hand-written scan over char codes (no RegExp,
 * no object or string per word), tokens live in typed arrays, and a token's text and lowercase are
 * sliced only when a later pass asks for them (capitalised words, and the few lowercase neighbours
 * of a name). The lowercase vocabulary is never built as a Set of strings: the handful of words it
 * is asked about are looked up in one hashed pass over the lowercase tokens (`LowercaseIndex`).
 */
import type { ActorMention, Span } from './types';
import { chunks, cleanChunk } from './names/chunks';
import { coordinate, dropLoneInitials, retypeSurnames } from './names/document-passes';
import { LowercaseIndex, ordinaryQueries } from './names/lowercase-index';
import { markHeadings, markInitials, markTaken, tokenize } from './names/tokens';
import { Piece, splitAndType } from './names/typing';

/**
 * Finds the proper names in `text` that no earlier extractor claimed.
 *
 * @param text the page's main text
 * @param sentences its sentence spans (from `splitSentences`), used to spot sentence-initial words
 * @param taken spans already claimed (dictionary matches, figures), sorted by start; no mention
 *   returned overlaps one: a chunk containing a taken span is cut around it
 * @returns unlinked mentions (`actorId` and `canonical` null), typed person / organization /
 *   place, with a confidence in (0, 1) that is lower when the type guess is weak; sorted by start
 */
export function findUnknownActors(text: string, sentences: Span[], taken: Span[]): ActorMention[] {
  const tokens = tokenize(text);
  markInitials(text, tokens, sentences);
  markHeadings(text, tokens);
  markTaken(tokens, taken);
  // Which sentence-start and heading words also occur in lowercase (see `isOrdinary`).
  const lowerSeen = new LowercaseIndex(tokens);
  lowerSeen.prepare(ordinaryQueries(tokens));

  const pieces: Piece[] = [];
  for (const [from, to] of chunks(text, tokens)) {
    for (const [a, b] of cleanChunk(tokens, from, to, lowerSeen)) splitAndType(text, tokens, a, b, pieces);
  }
  retypeSurnames(tokens, pieces);
  coordinate(text, tokens, pieces);
  dropLoneInitials(text, tokens, pieces);

  const out: ActorMention[] = [];
  for (const p of pieces) {
    const start = tokens.start[p.from]!;
    const end = tokens.end[p.to]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      type: p.type,
      actorId: null,
      canonical: null,
      confidence: Math.min(0.95, Math.max(0.05, p.confidence)),
    });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}
