/**
 * Saved notes as Markdown: grouped by article (title, outlet, date, link), each quote a blockquote
 * with its note, tags, actors and figures. Every piece of user or page text is escaped, so a quote
 * can neither break the structure nor become HTML.
 */
import type { Note } from '../factbase/schema';

/** Names for the ids a note links to, so exports can print them (ids are printed when missing). */
export interface ExportLookups {
  /** Fact-base actors by id. */
  actors?: ReadonlyMap<string, { name: string }>;
  /** Claims by id, with their figure as written ("more than 300 citizens"). */
  claims?: ReadonlyMap<string, { figureText: string }>;
}

/** Options of `notesToMarkdown`. */
export interface MarkdownOptions extends ExportLookups {
  /** The document's heading (default "Dossier notes"). */
  title?: string;
  /** When the export was made, printed under the heading. */
  exportedAt?: Date;
}

// Characters that start Markdown/HTML structure anywhere in a line.
const INLINE = /[\\`*_[\]<>|~]/g;
// Structure that only counts at the start of a line: headings, lists, quotes, rules, setext underlines.
const LINE_START = /^(#|>|[-+=]|\d+[.)])/;

/** Text escaped for a Markdown line: it renders as itself, never as structure or HTML. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(INLINE, '\\$&')
    // An entity ("&lt;", "&#60;") would render as another character.
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^\s+/, '')
    .replace(LINE_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/**
 * Multi-line text escaped line by line, with `lead` before each line (e.g. "> " for a blockquote);
 * a single line break stays a line break (a trailing backslash), a blank line a paragraph break.
 */
function escapeLines(text: string, lead: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdown(line).trimEnd());
  return lines.map((e, i) => (e ? `${lead}${e}${lines[i + 1] ? '\\' : ''}` : lead.trimEnd())).join('\n');
}

/** An http(s) URL fit for a link destination, or null (other schemes are printed, not linked). */
export function safeLinkUrl(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    // href percent-encodes spaces, quotes and angle brackets; parentheses stay, which <...> allows.
    return u.href.replace(/[<>\s]/g, encodeURIComponent);
  } catch {
    return null;
  }
}

function day(iso: string): string {
  return /^\d{4}-\d{2}-\d{2}/.exec(iso)?.[0] ?? iso;
}

function positionOf(note: Note): number {
  for (const s of note.selectors) if (s.type === 'TextPositionSelector') return s.start;
  return Number.MAX_SAFE_INTEGER;
}

/** Notes grouped by article URL: articles by their newest note first, notes in reading order. */
export function groupByArticle(notes: readonly Note[]): { url: string; notes: Note[] }[] {
  const groups = new Map<string, Note[]>();
  for (const n of notes) {
    const list = groups.get(n.url) ?? [];
    list.push(n);
    groups.set(n.url, list);
  }
  const newest = (list: Note[]) => list.reduce((m, n) => (n.createdAt > m ? n.createdAt : m), '');
  return [...groups]
    .map(([url, list]) => ({
      url,
      notes: list.sort((a, b) => positionOf(a) - positionOf(b) || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id)),
    }))
    .sort((a, b) => newest(b.notes).localeCompare(newest(a.notes)) || a.url.localeCompare(b.url));
}

/** Names of a note's actors (ids when unknown). */
export function actorNames(note: Note, lookups: ExportLookups): string[] {
  return note.actorIds.map((id) => lookups.actors?.get(id)?.name ?? id);
}

/** A note's figures as written (claims the lookups do not know are left out). */
export function figureTexts(note: Note, lookups: ExportLookups): string[] {
  return note.claimIds.flatMap((id) => {
    const t = lookups.claims?.get(id)?.figureText;
    return t ? [t] : [];
  });
}

/** The notes as one Markdown document, grouped by article; pleasant to read and to paste. */
export function notesToMarkdown(notes: readonly Note[], opts: MarkdownOptions = {}): string {
  const out: string[] = [`# ${escapeMarkdown(opts.title ?? 'Dossier notes')}`, ''];
  const groups = groupByArticle(notes);
  const count = `${notes.length} ${notes.length === 1 ? 'note' : 'notes'} from ${groups.length} ${groups.length === 1 ? 'article' : 'articles'}`;
  out.push(opts.exportedAt ? `*Exported ${day(opts.exportedAt.toISOString())} · ${count}*` : `*${count}*`, '');
  for (const group of groups) {
    const first = group.notes[0]!;
    const title = escapeMarkdown(first.title.replace(/\s+/g, ' ').trim() || first.url || 'Untitled');
    const href = safeLinkUrl(group.url);
    out.push(`## ${href ? `[${title}](<${href}>)` : title}`, '');
    const meta = [first.outlet ? escapeMarkdown(first.outlet.replace(/\s+/g, ' ')) : null, first.publishedAt ?? null].filter(Boolean);
    const link = href ? `<${href}>` : escapeMarkdown(group.url);
    out.push([...meta, link].filter(Boolean).join(' · '), '');
    for (const note of group.notes) {
      out.push(escapeLines(note.quote, '> '), '');
      if (note.text.trim()) out.push(escapeLines(note.text.trim(), ''), '');
      const facts: string[] = [];
      if (note.tags.length) facts.push(`**Tags:** ${note.tags.map(escapeMarkdown).join(', ')}`);
      const actors = actorNames(note, opts);
      if (actors.length) facts.push(`**Actors:** ${actors.map(escapeMarkdown).join(', ')}`);
      const figures = figureTexts(note, opts);
      if (figures.length) facts.push(`**Figures:** ${figures.map(escapeMarkdown).join('; ')}`);
      facts.push(`*Saved ${day(note.createdAt)}${note.updatedAt && day(note.updatedAt) !== day(note.createdAt) ? `, edited ${day(note.updatedAt)}` : ''}*`);
      // Two trailing spaces are fragile in editors; a backslash is CommonMark's explicit line break.
      out.push(facts.join('\\\n'), '');
    }
    out.push('---', '');
  }
  return out.join('\n').replace(/\n+$/, '\n');
}
