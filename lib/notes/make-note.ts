/**
 * Building a saved highlight (`Note`) from a selection of the page's article text (pure).
 */
import { describeRange, trimSpan } from '../anchor/quote-selector';
import { PartialDateSchema, type Note } from '../factbase/schema';
import * as v from 'valibot';

/** The page a highlight is saved from. */
export interface NotePage {
  url: string;
  title: string;
  outlet?: string | null;
  /** The page's publication date, in any ISO-like form; kept as YYYY(-MM(-DD)) or dropped. */
  publishedAt?: string | null;
}

/** A span of the page analysis (an actor mention or a figure's claim) that may fall in the selection. */
export interface AnalysisSpan {
  start: number;
  end: number;
}

/** What `makeNote` needs. */
export interface MakeNoteInput {
  page: NotePage;
  /** The article text the offsets refer to (the content script's text map). */
  text: string;
  start: number;
  end: number;
  /** Actor mentions of the page analysis; those inside the selection with a fact-base id are linked. */
  actors?: readonly (AnalysisSpan & { actorId: string | null })[];
  /** The page's claims with the span of their figure; those inside the selection are linked. */
  claims?: readonly (AnalysisSpan & { id: string })[];
  /** The reader's note. */
  noteText?: string;
  tags?: readonly string[];
  now: Date;
  /** Makes the note's id (the extension passes `() => crypto.randomUUID()`). */
  newId: () => string;
}

/** The longest quote a note holds (the schema's limit on long text). */
export const MAX_QUOTE_LENGTH = 20_000;
const MAX_TAG_LENGTH = 100;

/** Tags as stored: trimmed, inner white space collapsed, a leading "#" dropped, no empties, no case-insensitive repeats. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/g, ' ').trim().replace(/^#+\s*/, '').slice(0, MAX_TAG_LENGTH).trim();
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** A publication date cut to what the schema keeps (YYYY, YYYY-MM or YYYY-MM-DD), or null. */
export function notePublishedAt(date: string | null | undefined): string | null {
  const m = date ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(date.trim()) : null;
  // The most precise valid prefix: "2016-13-01" still tells the year.
  const found = m ? m[0] : '';
  for (const cut of [found, found.slice(0, 7), found.slice(0, 4)]) if (cut && v.is(PartialDateSchema, cut)) return cut;
  return null;
}

/**
 * A new note for the selection `[start, end)` of `text` (trimmed of white space): its quote, W3C
 * quote and position selectors, the linked actors and claims inside it, and both times set to `now`.
 * Throws a `RangeError` when the selection is empty or longer than `MAX_QUOTE_LENGTH`.
 */
export function makeNote(input: MakeNoteInput): Note {
  const { start, end } = trimSpan(input.text, input.start, input.end);
  if (start >= end) throw new RangeError('The selection holds no text to save.');
  if (end - start > MAX_QUOTE_LENGTH) throw new RangeError(`The selection is too long to save (over ${MAX_QUOTE_LENGTH} characters).`);
  const { quote, position } = describeRange(input.text, start, end);
  const inside = (s: AnalysisSpan) => s.start < end && s.end > start;
  const actorIds = unique((input.actors ?? []).filter(inside).flatMap((a) => (a.actorId ? [a.actorId] : [])));
  const claimIds = unique((input.claims ?? []).filter(inside).map((c) => c.id));
  const at = input.now.toISOString();
  return {
    id: input.newId(),
    url: input.page.url,
    title: input.page.title.slice(0, 2_000),
    outlet: input.page.outlet ? input.page.outlet.slice(0, 2_000) : null,
    publishedAt: notePublishedAt(input.page.publishedAt),
    quote: quote.exact,
    selectors: [quote, position],
    text: (input.noteText ?? '').slice(0, 20_000),
    tags: normalizeTags(input.tags ?? []),
    actorIds,
    claimIds,
    createdAt: at,
    updatedAt: at,
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}
