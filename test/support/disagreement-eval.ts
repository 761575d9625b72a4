/**
 * Scores disagreement-finding on the project's own evaluation set (test/fixtures/disagreements/):
 * each event's pages are read in order, from an empty fact base, and the disagreements the engine
 * reports are matched against the ones the fixture expects. The expectations come from the texts
 * and the product's conventions (see the fixture folder's README), never from a run of the engine.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { runPage } from '../../lib/engine/run-page';
import { MemoryFactbase } from '../../lib/factbase/memory';

/** Where the events live: one folder per event. */
export const DISAGREEMENT_FIXTURES = fileURLToPath(new URL('../fixtures/disagreements/', import.meta.url));

/** The kinds of disagreement (PRODUCT.md, "Fact base"). */
export type DisagreementKind = 'conflict' | 'update' | 'scope';

/** Where one page of an event came from. */
export interface EventSource {
  page: string;
  url: string;
  outlet: string;
  /** YYYY-MM-DD, YYYY-MM, or null when the stored copy is undated (then the page has no Date line). */
  publishedAt: string | null;
  /** "excerpt": the publisher's own words; "paraphrase": the source's facts in our words. */
  text: 'excerpt' | 'paraphrase';
  note?: string;
}

/** A disagreement a reader must be shown on `page`, against a figure of the earlier `otherPage`. */
export interface ExpectedDisagreement {
  page: string;
  /** The figure as written on `page` (verbatim there). */
  figure: string;
  kind: DisagreementKind;
  value: number;
  otherValue: number;
  otherPage: string;
  /** The other figure as written on `otherPage` (verbatim there). */
  otherFigure?: string;
  why?: string;
}

/** A pair of figures that must never be reported as a conflict. */
export type MustNotConflict = Omit<ExpectedDisagreement, 'kind'>;

/** One event's expected.json. */
export interface EventExpectation {
  /**
   * A held-out event: scored on its own and never used to tune the engine, so its score says how
   * the rules carry to texts they were not fitted on.
   */
  heldOut?: boolean;
  /**
   * Which held-out set the event belongs to when there are several (absent: the first), so a set
   * added later can be scored apart from the one before it.
   */
  set?: string;
  event: { title: string; date: string; place: string };
  sources: EventSource[];
  disagreements: ExpectedDisagreement[];
  mustNotConflict: MustNotConflict[];
}

/** One page file of an event, in reading order. */
export interface EventPage {
  name: string;
  content: string;
}

/** One event folder, loaded. */
export interface EventFixture {
  id: string;
  expected: EventExpectation;
  pages: EventPage[];
}

/** A disagreement the engine reported, with the figure in the page's own text. */
export interface FoundDisagreement {
  page: string;
  kind: DisagreementKind;
  figure: string;
  /** Offsets of the figure in `text` of the page report. */
  start: number;
  end: number;
  value: number;
  otherValue: number;
  otherUrl: string | null;
  otherFigure: string;
  reason: string;
}

/** What the engine made of one page: its article text and the disagreements it reported. */
export interface PageReport {
  page: string;
  text: string;
  found: FoundDisagreement[];
}

/** Loads every event folder, pages sorted by name (their names give the reading order). */
export function loadEvents(dir = DISAGREEMENT_FIXTURES): EventFixture[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((id) => {
      const folder = join(dir, id);
      const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as EventExpectation;
      const pages = readdirSync(folder)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((name) => ({ name, content: readFileSync(join(folder, name), 'utf8') }));
      return { id, expected, pages };
    });
}

/** A text page's header lines (`Title:`, `Source:`, `Date:`) and the article body after them. */
export function splitHeader(content: string): { header: Record<string, string>; body: string } {
  const lines = content.replace(/\r\n?/g, '\n').split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^(Title|Source|Date):\s*(.*)$/.exec(lines[i]!);
    if (!m) break;
    header[m[1]!.toLowerCase()] = m[2]!.trim();
  }
  while (i < lines.length && lines[i]!.trim() === '') i++;
  return { header, body: lines.slice(i).join('\n') };
}

const parseHtml = (html: string): Document => parseHTML(html).document as unknown as Document;

/**
 * THE ENGINE CALL, and the only one: reads an event's pages in order against a fresh, empty fact
 * base and returns what each page reported. The engine is being reworked; re-point this function
 * (and only this one) when its entry point or its result's shape changes.
 */
export async function analyseEvent(pages: readonly EventPage[]): Promise<PageReport[]> {
  const fb = MemoryFactbase.fromBundle(null);
  const reports: PageReport[] = [];
  for (const p of pages) {
    const r = await runPage({ content: p.content, url: null, contentType: 'text' }, p.name, parseHtml, fb);
    const found: FoundDisagreement[] = [];
    for (const c of r.conflicts) {
      const claim = r.claims.find((cl) => cl.id === c.claim);
      const fig = claim ? r.figures[claim.figure] : undefined;
      // A sum ("four civilians and three guardsmen") stands for the span of all its parts.
      const text = claim?.figureText || fig?.text || '';
      found.push({
        page: p.name,
        kind: c.kind,
        figure: text,
        start: fig?.start ?? -1,
        end: fig ? fig.start + text.length : -1,
        value: claim?.value ?? Number.NaN,
        otherValue: c.other.value,
        otherUrl: c.other.url,
        otherFigure: c.other.figureText,
        reason: c.reason,
      });
    }
    reports.push({ page: p.name, text: r.text, found });
  }
  return reports;
}

/** True when the found figure and the expected figure text are the same words of the page. */
export function figureOverlaps(text: string, found: { figure: string; start: number; end: number }, expected: string): boolean {
  if (expected === '') return false;
  if (found.start >= 0 && text.includes(expected)) {
    for (let at = text.indexOf(expected); at !== -1; at = text.indexOf(expected, at + 1)) {
      if (at < found.end && found.start < at + expected.length) return true;
    }
    return false;
  }
  // The engine's text no longer holds the expected words (its text builder changed them), so
  // offsets cannot be checked: compare the words.
  const a = found.figure.toLowerCase();
  const b = expected.toLowerCase();
  return a !== '' && (a.includes(b) || b.includes(a));
}

const sameNumber = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** How one event scored. */
export interface EventScore {
  id: string;
  expected: number;
  /** Expected disagreements found (page, kind, other value and figure all match). */
  matched: number;
  found: number;
  /** Found disagreements that match an expected one. */
  foundExpected: number;
  /** Found disagreements of kind 'conflict' that match no expected one. */
  falseConflicts: number;
  /**
   * `mustNotConflict` pairs reported as a conflict: a conflict on that figure of the page against
   * the other page's value (and the other page, when the engine knows its address).
   */
  mustNotViolations: number;
  missed: ExpectedDisagreement[];
  unexpected: FoundDisagreement[];
  violations: MustNotConflict[];
}

/** Scores one event: runs the engine over its pages and matches what it found to what is expected. */
export async function scoreEvent(ev: EventFixture): Promise<EventScore> {
  const reports = await analyseEvent(ev.pages);
  const byPage = new Map(reports.map((r) => [r.page, r]));
  const urlOf = new Map(ev.pages.map((p) => [p.name, splitHeader(p.content).header.source ?? null]));
  const used = new Set<FoundDisagreement>();
  const missed: ExpectedDisagreement[] = [];
  let matched = 0;

  const candidates = (e: ExpectedDisagreement, strictOther: boolean): FoundDisagreement | undefined => {
    const report = byPage.get(e.page);
    if (!report) return undefined;
    return report.found.find(
      (f) =>
        !used.has(f) &&
        f.kind === e.kind &&
        sameNumber(f.otherValue, e.otherValue) &&
        figureOverlaps(report.text, f, e.figure) &&
        (!strictOther || f.otherUrl === urlOf.get(e.otherPage)),
    );
  };
  // One found disagreement answers at most one expected one; first pair those whose other page
  // is the expected one too, then the rest (the other page's URL may be unknown to the engine).
  const pending: ExpectedDisagreement[] = [];
  for (const e of ev.expected.disagreements) {
    const f = candidates(e, true);
    if (f) {
      used.add(f);
      matched++;
    } else pending.push(e);
  }
  for (const e of pending) {
    const f = candidates(e, false);
    if (f) {
      used.add(f);
      matched++;
    } else missed.push(e);
  }

  const all = reports.flatMap((r) => r.found);
  const unexpected = all.filter((f) => !used.has(f));
  const violations = ev.expected.mustNotConflict.filter((m) => {
    const report = byPage.get(m.page);
    if (!report) return false;
    return report.found.some(
      (f) =>
        f.kind === 'conflict' &&
        figureOverlaps(report.text, f, m.figure) &&
        sameNumber(f.otherValue, m.otherValue) &&
        (f.otherUrl === null || f.otherUrl === urlOf.get(m.otherPage)),
    );
  });
  return {
    id: ev.id,
    expected: ev.expected.disagreements.length,
    matched,
    found: all.length,
    foundExpected: used.size,
    falseConflicts: unexpected.filter((f) => f.kind === 'conflict').length,
    mustNotViolations: violations.length,
    missed,
    unexpected,
    violations,
  };
}

/** Totals over all events. */
export interface OverallScore {
  events: EventScore[];
  expected: number;
  matched: number;
  found: number;
  foundExpected: number;
  falseConflicts: number;
  mustNotViolations: number;
  mustNotPairs: number;
  /** matched / expected. */
  recall: number;
  /** foundExpected / found; 1 when nothing was found. */
  precision: number;
}

/** Scores every event of the set. */
export async function scoreAll(events: readonly EventFixture[] = loadEvents()): Promise<OverallScore> {
  const scores: EventScore[] = [];
  for (const ev of events) scores.push(await scoreEvent(ev));
  const sum = (k: 'expected' | 'matched' | 'found' | 'foundExpected' | 'falseConflicts' | 'mustNotViolations'): number =>
    scores.reduce((n, s) => n + s[k], 0);
  const expected = sum('expected');
  const found = sum('found');
  return {
    events: scores,
    expected,
    matched: sum('matched'),
    found,
    foundExpected: sum('foundExpected'),
    falseConflicts: sum('falseConflicts'),
    mustNotViolations: sum('mustNotViolations'),
    mustNotPairs: events.reduce((n, e) => n + e.expected.mustNotConflict.length, 0),
    recall: expected === 0 ? 1 : sum('matched') / expected,
    precision: found === 0 ? 1 : sum('foundExpected') / found,
  };
}

/** A plain-text table of the scores, one row per event and a total. */
export function formatScores(s: OverallScore): string {
  const rows = [['event', 'expected', 'found', 'matched', 'recall', 'precision', 'false conflicts', 'mustNot violated']];
  const pct = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(2));
  for (const e of s.events) {
    rows.push([e.id, String(e.expected), String(e.found), String(e.matched), pct(e.matched, e.expected), pct(e.foundExpected, e.found), String(e.falseConflicts), String(e.mustNotViolations)]);
  }
  rows.push(['TOTAL', String(s.expected), String(s.found), String(s.matched), s.recall.toFixed(2), s.precision.toFixed(2), String(s.falseConflicts), `${s.mustNotViolations}/${s.mustNotPairs}`]);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}

/**
 * Checks that the fixture set is well formed and returns every problem found (empty when none):
 * page names and headers, dates in reading order, origins, and every figure text verbatim.
 */
export function fixtureProblems(events: readonly EventFixture[]): string[] {
  const problems: string[] = [];
  for (const ev of events) {
    const at = (msg: string): void => void problems.push(`${ev.id}: ${msg}`);
    const names = ev.pages.map((p) => p.name);
    if (names.length < 2 || names.length > 5) at(`has ${names.length} sources, not 2-5`);
    names.forEach((n, i) => {
      if (!n.startsWith(`${String(i + 1).padStart(2, '0')}-`)) at(`page ${n} is not numbered ${i + 1} in reading order`);
    });
    const bodies = new Map<string, string>();
    let lastDate = '';
    for (const p of ev.pages) {
      const { header, body } = splitHeader(p.content);
      bodies.set(p.name, body);
      if (!header.title) at(`${p.name} has no Title line`);
      if (!header.source) at(`${p.name} has no Source line`);
      if (body.trim().length < 200) at(`${p.name} has almost no article text`);
      const src = ev.expected.sources.find((s) => s.page === p.name);
      if (!src) {
        at(`${p.name} has no origin in expected.json`);
        continue;
      }
      if (header.date !== (src.publishedAt ?? undefined)) at(`${p.name}: Date line ${header.date ?? '(none)'} differs from publishedAt ${src.publishedAt}`);
      if (header.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(header.date)) at(`${p.name}: Date ${header.date} is not YYYY[-MM[-DD]]`);
      if (header.date && header.date < lastDate.slice(0, header.date.length)) at(`${p.name} is dated before the page read before it`);
      if (header.date) lastDate = header.date;
      if (header.source !== src.url) at(`${p.name}: Source line differs from the origin's url`);
    }
    for (const s of ev.expected.sources) {
      if (!names.includes(s.page)) at(`origin listed for a missing page ${s.page}`);
      if (!s.url || !s.outlet) at(`${s.page}: origin needs url and outlet`);
      if (s.text !== 'excerpt' && s.text !== 'paraphrase') at(`${s.page}: text must be "excerpt" or "paraphrase"`);
      if (s.publishedAt === null && !s.note) at(`${s.page}: an undated source needs a note`);
    }
    const { title, date, place } = ev.expected.event ?? {};
    if (!title || !date || !place) at('event needs title, date and place');
    const checkPair = (what: string, e: MustNotConflict, kind?: string): void => {
      const body = bodies.get(e.page);
      const otherBody = bodies.get(e.otherPage);
      if (body === undefined) return at(`${what} on missing page ${e.page}`);
      if (otherBody === undefined) return at(`${what} against missing page ${e.otherPage}`);
      if (!body.includes(e.figure)) at(`${what}: "${e.figure}" is not in ${e.page}`);
      if (e.otherFigure !== undefined && !otherBody.includes(e.otherFigure)) at(`${what}: "${e.otherFigure}" is not in ${e.otherPage}`);
      if (names.indexOf(e.otherPage) >= names.indexOf(e.page)) at(`${what}: ${e.otherPage} is not read before ${e.page}`);
      if (typeof e.value !== 'number' || typeof e.otherValue !== 'number') at(`${what}: value and otherValue must be numbers`);
      if (kind !== undefined && !['conflict', 'update', 'scope'].includes(kind)) at(`${what}: unknown kind ${kind}`);
    };
    ev.expected.disagreements.forEach((d, i) => checkPair(`disagreement ${i + 1}`, d, d.kind));
    ev.expected.mustNotConflict.forEach((m, i) => checkPair(`mustNotConflict ${i + 1}`, m));
  }
  return problems;
}
