/**
 * W3C text selectors for saved highlights, and finding a saved quote again in a page's text that
 * may have changed since (pure string code: see README.md for the method and thresholds).
 */
import type * as v from 'valibot';
import { readNumberAt } from '../extract/numbers';
import type { TextPositionSelectorSchema, TextQuoteSelectorSchema } from '../factbase/schema';

/** W3C TextQuoteSelector: the quote with the text just before and after it. */
export type TextQuoteSelector = v.InferOutput<typeof TextQuoteSelectorSchema>;
/** W3C TextPositionSelector: offsets of the quote in the article text. */
export type TextPositionSelector = v.InferOutput<typeof TextPositionSelectorSchema>;
/** Either selector, as a note stores them. */
export type TextSelector = TextQuoteSelector | TextPositionSelector;

/** Characters of context kept on each side of a quote (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

/** Shrinks `[start, end)` so it neither starts nor ends with white space (a double-click's trailing space). */
export function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** The quote and position selectors of `text.slice(start, end)`, with 32 characters of context each side. */
export function describeRange(text: string, start: number, end: number): { quote: TextQuoteSelector; position: TextPositionSelector } {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(s, e),
      prefix: text.slice(Math.max(0, s - CONTEXT_LENGTH), s),
      suffix: text.slice(e, e + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: s, end: e },
  };
}

/** Where a saved quote was found again. */
export interface QuoteAnchor {
  start: number;
  end: number;
  /** 0..1: quote similarity, context similarity and closeness to the saved position, weighted. */
  score: number;
  /** True when the text found is the saved quote, character for character. */
  exact: boolean;
}

/** Tuning of `anchorQuote`. */
export interface AnchorOptions {
  /** Edits allowed in the quote, as a share of its length (default 0.25). */
  maxErrorRate?: number;
  /** Hard cap on edits, which also bounds the search's cost (default 256). */
  maxErrors?: number;
  /** Below this overall score a candidate is not the saved quote (default 0.7). */
  minScore?: number;
}

// Weights of the score's parts, as Hypothesis weighs them: the quote matters most, then its
// context; the saved position only breaks ties.
const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POSITION = 2;
// Candidates scored in full (edit distance of the context); more are ranked by a cheap test first.
const MAX_SCORED = 50;

/**
 * Finds a saved quote in `text`: the saved position when the quote is still there, else the exact
 * occurrence whose context fits best, else the best approximate occurrence (bounded edits) scored
 * by quote, prefix/suffix and position. Returns null when nothing scores `minScore` or more.
 */
export function anchorQuote(text: string, selectors: readonly TextSelector[], opts: AnchorOptions = {}): QuoteAnchor | null {
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  const exact = quote?.exact ?? '';
  if (!exact) return null;
  const minScore = opts.minScore ?? 0.7;
  const ctx: Context = { text, exact, prefix: quote?.prefix ?? '', suffix: quote?.suffix ?? '', hint: position?.start ?? null };

  if (position && text.slice(position.start, position.end) === exact) {
    const anchor = scoreCandidate(ctx, position.start, position.end, 0);
    if (anchor.contextScore >= 0.5) return toAnchor(anchor);
  }

  const exacts: Candidate[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) exacts.push({ start: i, end: i + exact.length, errors: 0 });
  let best = pickBest(ctx, exacts);
  // A quote of a sentence or more is itself when found exactly, even moved to new context; a short
  // one can recur elsewhere (another "7 people"), and the saved place may hold an edited version.
  if (best && (best.contextScore >= 0.5 || (!ctx.prefix && !ctx.suffix) || exact.length >= CONTEXT_LENGTH)) return toAnchor(best);

  const maxErrors = Math.min(opts.maxErrors ?? 256, Math.floor(exact.length * (opts.maxErrorRate ?? 0.25)));
  if (maxErrors > 0) {
    const fuzzy = pickBest(ctx, findApproximate(text, exact, maxErrors));
    if (fuzzy && (!best || fuzzy.score > best.score)) best = fuzzy;
  }
  return best && best.score >= minScore ? toAnchor(best) : null;
}

interface Context {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  hint: number | null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface Scored extends Candidate {
  score: number;
  contextScore: number;
}

function toAnchor(c: Scored): QuoteAnchor {
  return { start: c.start, end: c.end, score: Math.round(c.score * 1000) / 1000, exact: c.errors === 0 };
}

function pickBest(ctx: Context, candidates: readonly Candidate[]): Scored | null {
  let list = candidates;
  if (list.length > MAX_SCORED) {
    // Rank by errors, then by how many context characters match exactly, then by distance to the hint.
    const cheap = list.map((c) => ({ c, k: c.errors * 1000 - quickContext(ctx, c) * 10 + (ctx.hint === null ? 0 : Math.abs(c.start - ctx.hint) / (ctx.text.length + 1)) }));
    cheap.sort((a, b) => a.k - b.k);
    list = cheap.slice(0, MAX_SCORED).map((x) => x.c);
  }
  let best: Scored | null = null;
  for (const c of list) {
    const s = scoreCandidate(ctx, c.start, c.end, c.errors);
    if (!best || s.score > best.score) best = s;
  }
  return best;
}

function quickContext(ctx: Context, c: Candidate): number {
  let n = 0;
  for (let i = 1; i <= ctx.prefix.length && ctx.text[c.start - i] === ctx.prefix[ctx.prefix.length - i]; i++) n++;
  for (let i = 0; i < ctx.suffix.length && ctx.text[c.end + i] === ctx.suffix[i]; i++) n++;
  return n;
}

function scoreCandidate(ctx: Context, start: number, end: number, errors: number): Scored {
  const { text, exact, prefix, suffix, hint } = ctx;
  let sum = W_QUOTE * Math.max(0, 1 - errors / exact.length);
  let weight = W_QUOTE;
  let ctxSum = 0;
  let ctxWeight = 0;
  if (prefix) {
    const before = reverse(text.slice(Math.max(0, start - prefix.length - 8), start));
    const s = 1 - anchoredDistance(reverse(prefix), before) / prefix.length;
    ctxSum += W_PREFIX * s;
    ctxWeight += W_PREFIX;
  }
  if (suffix) {
    const s = 1 - anchoredDistance(suffix, text.slice(end, end + suffix.length + 8)) / suffix.length;
    ctxSum += W_SUFFIX * s;
    ctxWeight += W_SUFFIX;
  }
  sum += ctxSum;
  weight += ctxWeight;
  if (hint !== null) {
    sum += W_POSITION * (1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length)));
    weight += W_POSITION;
  }
  return { start, end, errors, score: sum / weight, contextScore: ctxWeight ? ctxSum / ctxWeight : 1 };
}

/**
 * Edit distance between `pattern` and the best-fitting start of `text` (the alignment starts at
 * both strings' first character and may end anywhere in `text`). Capped at `pattern.length`.
 */
function anchoredDistance(pattern: string, text: string): number {
  const m = pattern.length;
  let prev = new Uint32Array(m + 1);
  let cur = new Uint32Array(m + 1);
  for (let i = 0; i <= m; i++) prev[i] = i;
  let best = prev[m]!;
  for (let j = 1; j <= text.length; j++) {
    cur[0] = j;
    const c = text.charCodeAt(j - 1);
    for (let i = 1; i <= m; i++) {
      const sub = prev[i - 1]! + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      cur[i] = Math.min(sub, prev[i]! + 1, cur[i - 1]! + 1);
    }
    if (cur[m]! < best) best = cur[m]!;
    [prev, cur] = [cur, prev];
  }
  return Math.min(best, m);
}

function reverse(s: string): string {
  let r = '';
  for (let i = s.length - 1; i >= 0; i--) r += s[i];
  return r;
}

/**
 * Every approximate occurrence of `pattern` in `text` with at most `maxErrors` edits (Levenshtein),
 * one per cluster of overlapping end positions (the fewest edits), with its start. Bit-parallel
 * (Myers 1999, blocks of 32 rows with Ukkonen's cut-off): time about `text.length * maxErrors / 32`.
 */
export function findApproximate(text: string, pattern: string, maxErrors: number): { start: number; end: number; errors: number }[] {
  if (!pattern) return [];
  const ends = matchEnds(text, pattern, maxErrors);
  // A run of consecutive end positions is one occurrence seen through different alignments: keep its best.
  const picked: { end: number; errors: number }[] = [];
  let prevEnd = -2;
  for (const e of ends) {
    const lastPicked = picked[picked.length - 1];
    if (lastPicked && e.end === prevEnd + 1) {
      if (e.errors < lastPicked.errors) picked[picked.length - 1] = e;
    } else picked.push(e);
    prevEnd = e.end;
  }
  const rpattern = reverse(pattern);
  return picked.map(({ end, errors }) => {
    const from = Math.max(0, end - pattern.length - errors);
    const window = reverse(text.slice(from, end));
    // The same pattern reversed, run back from the end, finds where this occurrence starts.
    let startBack = pattern.length;
    let bestFit = Infinity;
    for (const r of matchEnds(window, rpattern, errors, true)) {
      const fit = r.errors * 1000 + Math.abs(r.end - pattern.length);
      if (fit < bestFit) {
        bestFit = fit;
        startBack = r.end;
      }
    }
    return { start: end - startBack, end, errors };
  });
}

const WORD = 32;
const HIGH = 1 << 31;

/**
 * End offsets (exclusive) where `pattern` matches `text` with at most `k` edits, and the edits. With
 * `anchored`, the match must start at the text's first character (the top row counts skipped text).
 */
function matchEnds(text: string, pattern: string, k: number, anchored = false): { end: number; errors: number }[] {
  const m = pattern.length;
  const blocks = Math.ceil(m / WORD);
  const last = blocks - 1;
  const lastBit = 1 << ((m - 1) % WORD);
  // Peq: for each character of the pattern, the rows where it stands, one 32-bit word per block.
  // Characters map to a row of the table through a flat index (row 0: characters not in the pattern).
  const rowOf = new Uint16Array(65536);
  let rows = 1;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (rowOf[c] === 0) rowOf[c] = rows++;
  }
  const peq = new Int32Array(rows * blocks);
  for (let i = 0; i < m; i++) peq[rowOf[pattern.charCodeAt(i)]! * blocks + ((i / WORD) | 0)]! |= 1 << i % WORD;

  const P = new Int32Array(blocks).fill(-1);
  const M = new Int32Array(blocks);
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min((b + 1) * WORD, m);

  let y = Math.min(last, Math.max(0, Math.ceil(k / WORD) - 1));
  const out: { end: number; errors: number }[] = [];
  const n = text.length;
  for (let j = 0; j < n; j++) {
    const base = rowOf[text.charCodeAt(j)]! * blocks;
    let carry = anchored ? 1 : 0;
    for (let b = 0; b <= y; b++) {
      carry = advanceBlock(P, M, b, peq[base + b]!, carry, b === last ? lastBit : HIGH);
      score[b]! += carry;
    }
    if (y < last && score[y]! - carry <= k && ((peq[base + y + 1]! & 1) !== 0 || carry < 0)) {
      // The next block can now hold a cell within k: start it from the column "all +1 below".
      y++;
      P[y] = -1;
      M[y] = 0;
      const height = y === last ? m - y * WORD : WORD;
      score[y] = score[y - 1]! - carry + height + advanceBlock(P, M, y, peq[base + y]!, carry, y === last ? lastBit : HIGH);
    } else {
      while (y > 0 && score[y]! >= k + WORD) y--;
    }
    if (y === last && score[y]! <= k) out.push({ end: j + 1, errors: score[y]! });
  }
  return out;
}

/** One column step of block `b` (Myers/Hyyrö); returns the horizontal delta leaving its `top` row. */
function advanceBlock(P: Int32Array, M: Int32Array, b: number, eq: number, hin: number, top: number): number {
  let pv = P[b]!;
  const mv = M[b]!;
  const xv = eq | mv;
  if (hin < 0) eq |= 1;
  const xh = (((eq & pv) + pv) ^ pv) | eq;
  let ph = mv | ~(xh | pv);
  let mh = pv & xh;
  const hout = ph & top ? 1 : mh & top ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pv = mh | ~(xv | ph);
  P[b] = pv;
  M[b] = ph & xv;
  return hout;
}

/** The numbers written in a text (digits or words, scale applied), in order, with how they are written. */
export function numbersIn(text: string): { value: number; text: string }[] {
  const out: { value: number; text: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const prev = i > 0 ? text.charCodeAt(i - 1) : 32;
    if (!isAlnum(prev)) {
      const tok = readNumberAt(text, i);
      if (tok && tok.end > i) {
        out.push({ value: tok.value, text: text.slice(tok.start, tok.end) });
        i = tok.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** How the figures of a saved quote differ from the text now at its place (after the common start and end). */
export interface FigureEdit {
  /** The figures as the saved quote wrote them. */
  before: string[];
  /** The figures as the page writes them now. */
  after: string[];
}

/**
 * The figures that differ between a saved quote and the text re-anchored at its place, or null when
 * they are the same values ("7" and "seven" are the same; "7" and "9" are an edit by the outlet).
 */
export function figureEdit(savedQuote: string, anchoredText: string): FigureEdit | null {
  const a = numbersIn(savedQuote);
  const b = numbersIn(anchoredText);
  let head = 0;
  while (head < a.length && head < b.length && a[head]!.value === b[head]!.value) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail]!.value === b[b.length - 1 - tail]!.value) tail++;
  if (head + tail === a.length && head + tail === b.length) return null;
  return {
    before: a.slice(head, a.length - tail).map((n) => n.text),
    after: b.slice(head, b.length - tail).map((n) => n.text),
  };
}

/** True when the numbers of a re-anchored quote differ from the saved quote's: the outlet edited a figure. */
export function figureChanged(savedQuote: string, anchoredText: string): boolean {
  return figureEdit(savedQuote, anchoredText) !== null;
}
