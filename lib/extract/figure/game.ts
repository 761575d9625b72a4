/**
 * A game's own bookkeeping is not a figure: scores ("112-107", "Wild 4, Sabres 1:"), records
 * ("14-0-1", "(4-7, 3-4)"), streaks ("lost five straight"), game clocks ("55 seconds left") and stat
 * lines ("31 points, 10 rebounds", "101 yards on 14 carries"). Every outlet reports them alike; the
 * product compares figures sources may disagree on (test/fixtures/realpages/gold/README.md: sport).
 * Money, percentages and counts of people in the same report stay figures.
 *
 * Two checks: `gameTallyEnd` at a run of digits (before any figure is built), and `dropGameFigures`
 * once over the drafts of a text. A sentence with a stat or a score in it is about a game, and
 * there a bare count or a record noun ("15 games", "four of five") is bookkeeping too. The words
 * are in data/lexicon/game-figures.json (and the market words that keep "points" a figure in
 * market-figures.json).
 */
import data from '../../../data/lexicon/game-figures.json';
import market from '../../../data/lexicon/market-figures.json';
import { escapeRegExp } from '../normalize';
import { type Draft } from './draft';

const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((w) => w.toLowerCase()));
const alternation = (xs: readonly string[]): string =>
  xs.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|');

const STAT_NOUNS = lower(data.statNouns);
const STAT_PHRASES = lower(data.statPhrases);
const RECORD_NOUNS = lower(data.recordNouns);
const MODEL_NOUNS = lower(data.modelNouns);
const VERBS_BEFORE = lower(data.verbsBefore);
// The last words of the two-word phrases ("free throws", "TD passes"): only these heads look further.
// (Each list's words end in "s": isStat looks at that letter first.)
const PHRASE_HEADS = new Set([...STAT_PHRASES].map((p) => p.slice(p.lastIndexOf(' ') + 1)));
const COMPOUND_AFTER = new RegExp(`[-–](?:${alternation(data.compounds)})(?![\\p{L}])`, 'iuy');
const CLOCK_AFTER = new RegExp(`\\s+(?:${alternation(data.clockAfter)})\\b`, 'iy');
const MARKET = new RegExp(`(?:^|[^\\p{L}&])(?:${alternation(market.cues)})(?![\\p{L}])`, 'iu');
const STREAK_AFTER = /\s+(?:straight|consecutive|in\s+a\s+row)\b/iy;
const MODEL_AFTER = /\s+(\p{Lu}[\p{L}\d-]*\s+)?(\p{Ll}[\p{Ll}-]*)\b/uy;
// "1 TFL", "2 QH": a stat abbreviation after a bare count, as written (case kept: "int" is no stat).
const STAT_ABBREVIATION_AFTER = new RegExp(`\\s+(?:${alternation(data.statAbbreviations)})(?![\\p{L}\\d])`, 'uy');
// A table row with this many stats in it is a stat line: its other numbers are cells of it too.
const STAT_ROW_MIN = 3;

// "112-107", "14-0-1", "4-7": one to three numbers of up to three digits joined by hyphens or
// en dashes, not running on into more digits, a decimal or a percent.
const CHAIN = /(\d{1,3})[-–](\d{1,3})(?:[-–](\d{1,3}))?(?![\d%]|[.,]\d|[-–]\d)/y;
// "20-of-24 passing", "2-for-5 at the plate".
const STAT_PAIR = /\d{1,3}-(?:of|for)-\d{1,3}(?!\d)/y;
// A pair written low-high is a record where records stand: "(4-7, 3-4)" (a pair in brackets), "a 3-4 mark".
const RECORD_AFTER = /(?:\s+(?:record|mark|overall|start|skid|streak|in\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:conference|league|division|last|past)))\b/y;
const RECORD_BEFORE = /(?:\(|\d[-–]\d{1,3},\s)$/;
// "2-6 in the AFC", "0-3 in AFC West", "3-1 in Group B": a pair in a named league or group is its record there.
const RECORD_IN_NAME = /\s+in\s+(?:the\s+)?\p{Lu}/uy;
// A round-up's head line: "Wild 4, Sabres 1:", "Blue Jackets 5, Canadiens 2:".
const ROUNDUP = /(?:\p{Lu}[\p{L}.'’]*[ ]){1,3}\d{1,3}, (?:\p{Lu}[\p{L}.'’]*[ ]){1,3}\d{1,3}:/uy;

/** A run of digits that is no figure: where it ends, and whether it says the sentence is about a game. */
export interface Tally {
  end: number;
  game: boolean;
}

/**
 * The score, record or stat pair whose first number starts at `s` ("112-107", "14-0-1",
 * "20-of-24", the "3-4" of "(6-5, 3-4)", either number of "Wild 4, Sabres 1:"), or null. A pair
 * written high-low is a score (a range runs upwards: "5-10 people"); low-high only where a record
 * stands. A compound ("an 11-game streak", "a 3-pointer") ends after its word. A high-low pair no
 * game ends with ("787-9": three digits, then fewer than 50) is a model's number: no figure, but no
 * game either.
 */
export function gameTally(text: string, s: number, numEnd: number): Tally | null {
  const end = gameTallyEnd(text, s, numEnd);
  if (end < 0) return null;
  // A game's loser with a three-digit winner has more than 50 (basketball); "787-9" is a model.
  const model = numEnd - s === 3 && text.charCodeAt(numEnd) === 45 && /^-\d{1,2}$/.test(text.slice(numEnd, end)) && Number(text.slice(numEnd + 1, end)) < 50;
  return { end, game: !model };
}

function gameTallyEnd(text: string, s: number, numEnd: number): number {
  const next = text.charCodeAt(numEnd);
  if (next === 45 || next === 0x2013) {
    STAT_PAIR.lastIndex = s;
    if (STAT_PAIR.test(text)) return STAT_PAIR.lastIndex;
    COMPOUND_AFTER.lastIndex = numEnd;
    if (COMPOUND_AFTER.test(text)) return COMPOUND_AFTER.lastIndex;
    CHAIN.lastIndex = s;
    const m = CHAIN.exec(text);
    if (!m || m.index !== s) return -1;
    const e = CHAIN.lastIndex;
    if (m[3] !== undefined || Number(m[1]) >= Number(m[2])) return e;
    RECORD_AFTER.lastIndex = e;
    if (RECORD_AFTER.test(text)) return e;
    RECORD_IN_NAME.lastIndex = e;
    if (RECORD_IN_NAME.test(text)) return e;
    const close = text.charCodeAt(e);
    return (close === 44 || close === 41) && RECORD_BEFORE.test(text.slice(Math.max(0, s - 12), s)) ? e : -1;
  }
  // A head line's number has a name before it and, after its comma, the other name ("Wild 4, Sabres
  // 1:"); after its colon, a space. Most numbers before a comma or a colon fail this at once.
  const headLine = next === 44 ? isUpperCode(text.charCodeAt(numEnd + 2)) : next === 58 && text.charCodeAt(numEnd + 1) === 32;
  if (headLine && numEnd - s <= 3 && text.charCodeAt(s - 1) === 32) {
    // A head line is short: look back at most 60 characters for its start.
    let ls = s;
    while (ls > 0 && s - ls <= 60 && text.charCodeAt(ls - 1) !== 10) ls--;
    if (ls > 0 && text.charCodeAt(ls - 1) !== 10) return -1;
    ROUNDUP.lastIndex = ls;
    if (ROUNDUP.test(text) && ROUNDUP.lastIndex > s) return ROUNDUP.lastIndex;
  }
  return -1;
}

const isUpperCode = (c: number): boolean => c >= 65 && c <= 90;
const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** The last word of a counted noun phrase, lowercase. */
function head(counted: string): string {
  const i = counted.lastIndexOf(' ');
  return (i < 0 ? counted : counted.slice(i + 1)).toLowerCase();
}

/** Whether a draft is a stat of a game by its own wording, whatever the sentence says. */
function isStat(text: string, d: Draft): boolean {
  const numEnd = d.numEnd;
  // A stat of one: "1 goal", "1 assist", "1 save" (the lists hold the plural).
  if (d.counted && d.value === 1 && d.counted.indexOf(' ') < 0 && STAT_NOUNS.has(`${d.counted.toLowerCase()}s`)) return true;
  // A row of a box score ("Rockledge 14 11 6 15 — 44"): bare numbers side by side count nothing.
  // Digits only: "five 787 Dreamliner sales" counts five of them.
  if (!d.counted && d.unit === 'count' && d.qualifier === 'exact' && isDigitCode(text.charCodeAt(d.start)) && inNumberRow(text, d.start, d.end)) return true;
  // A share in a table's row ("Ogunjobi 63 85%": plays, then their share) has a bare number as the cell before it.
  if (d.unit === 'percent' && d.qualifier === 'exact' && isDigitCode(text.charCodeAt(d.start)) && cellBefore(text, d.start)) return true;
  if (!d.counted && d.unit === 'count' && numEnd > 0) {
    STAT_ABBREVIATION_AFTER.lastIndex = numEnd;
    if (STAT_ABBREVIATION_AFTER.test(text)) return true;
  }
  // Every noun of the lists is a plural ending in "s": one look at the last letter spares the rest.
  if (d.counted && d.counted.charCodeAt(d.counted.length - 1) === 115) {
    const h = head(d.counted);
    if (PHRASE_HEADS.has(h)) {
      const c = d.counted.toLowerCase();
      if (STAT_PHRASES.has(c) || STAT_PHRASES.has(c.slice(c.indexOf(' ') + 1))) return true;
    }
    if (STAT_NOUNS.has(h)) {
      // An index's points ("fell 102.2 points", "25 basis points") are a market's figures.
      if (h === 'points') return !MARKET.test(text.slice(d.sentence.start, d.sentence.end));
      return true;
    }
    if ((h === 'seconds' || h === 'minutes') && d.qualifier === 'exact') {
      CLOCK_AFTER.lastIndex = d.end;
      if (CLOCK_AFTER.test(text)) return true;
    }
  } else if (d.unit === 'minutes' && d.qualifier === 'exact') {
    CLOCK_AFTER.lastIndex = d.end;
    if (CLOCK_AFTER.test(text)) return true;
  }
  if (d.unit !== 'count' || numEnd < 0) return false;
  if (!d.counted || (d.counted.charCodeAt(d.counted.length - 1) === 115 && RECORD_NOUNS.has(head(d.counted)))) {
    STREAK_AFTER.lastIndex = numEnd;
    if (STREAK_AFTER.test(text)) return true; // "lost five straight", "six consecutive games"
    if (verbBefore(text, d.start, d.sentence.start)) return true; // "won three", "stopped 22 shots"
  }
  return false;
}

/** Whether the number at [start, end) stands beside another bare number on its line, or after a row's dash. */
function inNumberRow(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  let c = text.charCodeAt(i);
  if (c === 0x2014 || c === 0x2013) {
    i--;
    while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
    c = text.charCodeAt(i);
  }
  if (i < start - 1 && c >= 0x30 && c <= 0x39) return true;
  let j = end;
  while (j < text.length && (text.charCodeAt(j) === 0x20 || text.charCodeAt(j) === 0xa0)) j++;
  const n = text.charCodeAt(j);
  return j > end && n >= 0x30 && n <= 0x39;
}

/**
 * Whether a bare whole number stands right before `start` on its line, spaces between: a table's
 * cell. A year before a share ("In 2019 45% of") is a date, not a cell.
 */
function cellBefore(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i--;
  if (i === start - 1) return false;
  let b = i;
  while (b >= 0 && isDigitCode(text.charCodeAt(b))) b--;
  if (b === i || i - b > 3) return false; // no digits, or four and more (a year)
  const c = text.charCodeAt(b);
  return b < 0 || c === 0x20 || c === 0xa0 || c === 0x0a;
}

/** The word ending before `end` (after spaces), lowercase, and where it starts; null when none. */
function wordBefore(text: string, end: number, from: number): [string, number] | null {
  let e = end;
  while (e > from && text.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > from && e - b < 16 && /[A-Za-z]/.test(text[b - 1]!)) b--;
  return b < e && e < end ? [text.slice(b, e).toLowerCase(), b] : null;
}

/** Whether a game's verb stands right before `start` ("won three", "trailed by two", "rushed for 101"). */
function verbBefore(text: string, start: number, from: number): boolean {
  const w = wordBefore(text, start, from);
  if (!w) return false;
  if (VERBS_BEFORE.has(w[0])) return true;
  if (w[0] !== 'by' && w[0] !== 'for' && w[0] !== 'with') return false;
  const v = wordBefore(text, w[1], from);
  return v !== null && VERBS_BEFORE.has(`${v[0]} ${w[0]}`);
}

/**
 * Drops the drafts that are a game's bookkeeping: stats by their noun, then, in a sentence with a
 * stat or a score in it (`gameSentences`, by sentence start, filled by the caller as it skips
 * scores), bare counts and counts of record nouns. Other figures of those sentences ("$250,000
 * fines", "30 people") stay. Also drops a number read as a model's name ("the 777 program").
 */
export function dropGameFigures(text: string, drafts: Draft[], gameSentences: Set<number>): Draft[] {
  const stat = new Set<Draft>();
  // Stats per line (by the line's start), for the rows of a stat table.
  let statsPerLine: Map<number, number> | null = null;
  for (const d of drafts) {
    if (isStat(text, d)) {
      stat.add(d);
      gameSentences.add(d.sentence.start);
      const ls = lineStartOf(text, d.start);
      statsPerLine ??= new Map();
      statsPerLine.set(ls, (statsPerLine.get(ls) ?? 0) + 1);
    }
  }
  // In a row of stats ("1 tackle (1 combined). 1 sack, 1 TFL, 2 QH, 1 pass defended.") every count
  // and share is the row's bookkeeping, whatever its noun.
  if (statsPerLine) {
    for (const d of drafts) {
      if (stat.has(d) || (d.unit !== 'count' && d.unit !== 'percent') || d.qualifier === 'vague') continue;
      if ((statsPerLine.get(lineStartOf(text, d.start)) ?? 0) >= STAT_ROW_MIN) stat.add(d);
    }
  }
  // Most texts drop nothing: the array is copied only from the first draft dropped.
  let kept: Draft[] | null = null;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (stat.has(d) || isGameCount(text, d, gameSentences)) kept ??= drafts.slice(0, i);
    else kept?.push(d);
  }
  return kept ?? drafts;
}

// A crowd is people counted, in a game's sentence too ("in front of 15,522", "a crowd of 40,000").
const CROWD_BEFORE = /(?:in front of|crowd of|attendance of|sellout of|before a crowd of|before)\s+$/i;

function isGameCount(text: string, d: Draft, gameSentences: Set<number>): boolean {
  if (d.unit !== 'count' || d.qualifier === 'vague' || d.fraction) return false;
  if (gameSentences.size > 0) {
    if (!d.counted) {
      if (gameSentences.has(d.sentence.start) && !CROWD_BEFORE.test(text.slice(Math.max(d.sentence.start, d.start - 24), d.start))) return true;
      // A bare number with decimals counts no one: in a paragraph about a game it is a rating ("an
      // elite 93.2 defensive grade" before "He had two INTs"). A whole one may be people ("40 were hurt").
      if (!Number.isInteger(d.value) && gameInParagraph(text, d.start, gameSentences)) return true;
    } else if (d.counted.charCodeAt(d.counted.length - 1) === 115 && RECORD_NOUNS.has(head(d.counted))) {
      // A record noun reads as a record anywhere in a paragraph about a game ("Kidd, who did it
      // against 28 teams" after "86 triple-doubles"); a bare count only in its own sentence.
      if (gameSentences.has(d.sentence.start) || gameInParagraph(text, d.start, gameSentences)) return true;
    }
  }
  return !d.counted && isModelNumber(text, d);
}

/** Where the line holding `at` starts. */
const lineStartOf = (text: string, at: number): number => text.lastIndexOf('\n', at - 1) + 1;

/** Whether a sentence about a game starts in the paragraph (the line) around `at`. */
function gameInParagraph(text: string, at: number, gameSentences: Set<number>): boolean {
  const a = lineStartOf(text, at);
  let b = text.indexOf('\n', at);
  if (b < 0) b = text.length;
  for (const s of gameSentences) if (s >= a && s < b) return true;
  return false;
}

/** "the 777 program", "its 737 Max jet": three digits before a model noun, or a name and a singular noun. */
function isModelNumber(text: string, d: Draft): boolean {
  const numEnd = d.numEnd;
  if (numEnd < 0 || d.qualifier !== 'exact' || numEnd - d.start !== 3 || !/^\d{3}$/.test(text.slice(d.start, numEnd))) return false;
  MODEL_AFTER.lastIndex = numEnd;
  const m = MODEL_AFTER.exec(text);
  if (!m) return false;
  const noun = m[2]!;
  if (m[1]) return !noun.endsWith('s') && !/(?:ed|ing|ly)$/.test(noun);
  return MODEL_NOUNS.has(noun);
}
