/**
 * Scores an extracted article body against a hand-made one, as the Zyte/Scrapinghub
 * article-extraction benchmark's evaluate.py does: the texts are cut into word tokens (`\w+`,
 * lower-cased here), and precision and recall are those of the bags (multisets) of 4-word
 * shingles. Used by test/extract/article-bodies.test.ts on test/fixtures/article-bodies/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

/** Where the benchmark pages and their ground truth are. */
export const BODIES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/article-bodies/');

/** One benchmark page's ground truth (ground-truth.json, keyed by the page's file name). */
export interface BodyTruth {
  sha256: string;
  url: string;
  lang: 'en' | 'ru';
  articleBody: string;
}

/** Precision and recall of one page's body, and whether its first sentence was read. */
export interface BodyScore {
  precision: number;
  recall: number;
  firstSentence: boolean;
}

/** The ground truth of every page, by file name. */
export function loadBodyTruth(): Record<string, BodyTruth> {
  return JSON.parse(readFileSync(join(BODIES_DIR, 'ground-truth.json'), 'utf8')) as Record<string, BodyTruth>;
}

/** A benchmark page's HTML (the files are the benchmark's gzipped pages). */
export function bodyPageHtml(file: string): string {
  return gunzipSync(readFileSync(join(BODIES_DIR, 'pages', file))).toString('utf8');
}

const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];

function shingles(words: readonly string[], n = 4): Map<string, number> {
  const bag = new Map<string, number>();
  // A text shorter than one shingle is one shingle of what it has.
  if (words.length > 0 && words.length < n) bag.set(words.join(' '), 1);
  for (let i = 0; i + n <= words.length; i++) {
    const k = words.slice(i, i + n).join(' ');
    bag.set(k, (bag.get(k) ?? 0) + 1);
  }
  return bag;
}

/**
 * The first sentence of a hand-made body: up to its first full stop, question or exclamation
 * mark followed by a space, or its first line.
 */
export function firstSentence(body: string): string {
  const line = body.trim().split('\n')[0]!.trim();
  return line.split(/(?<=[.!?])\s+(?=\p{Lu}|["“‘(])/u)[0]!;
}

/** Scores `text` (what Dossier read) against `truth` (the hand-made body). */
export function scoreBody(truth: string, text: string): BodyScore {
  const gold = shingles(tokens(truth));
  const got = shingles(tokens(text));
  let tp = 0;
  let predicted = 0;
  let expected = 0;
  for (const [k, v] of got) {
    predicted += v;
    tp += Math.min(v, gold.get(k) ?? 0);
  }
  for (const v of gold.values()) expected += v;
  // The first sentence is present when its first 12 words appear in order in the text.
  const lede = tokens(firstSentence(truth)).slice(0, 12).join(' ');
  return {
    precision: predicted > 0 ? tp / predicted : expected === 0 ? 1 : 0,
    recall: expected > 0 ? tp / expected : 1,
    firstSentence: ` ${tokens(text).join(' ')} `.includes(` ${lede} `),
  };
}
