/**
 * Russian predicate cues: what a figure measures, from a word of its clause (погибли, убиты,
 * ранены, задержаны, осуждены, выехали, вернулись, эвакуированы ...). Each cue is a word start,
 * so every case, gender and number of a participle or verb form is one entry; the predicate names
 * are the English vocabulary's (lib/extract/predicates.ts), so Russian and English claims share keys.
 */
import type { Predicate } from '../predicate-cues';

const CUES: ReadonlyArray<readonly [string, Predicate]> = [
  ['погиб', 'killed'], ['убит', 'killed'], ['убил', 'killed'], ['убив', 'killed'], ['ликвидирова', 'killed'],
  ['уничтож', 'killed'], ['скончал', 'killed'], ['гибел', 'killed'], ['застрел', 'killed'], ['смерт', 'killed'],
  ['жертв', 'casualties'],
  ['ранен', 'wounded'], ['ранил', 'wounded'], ['ранени', 'wounded'], ['пострада', 'wounded'], ['госпитализир', 'wounded'],
  ['задерж', 'detained'], ['арест', 'arrested'], ['осужд', 'convicted'], ['осуждён', 'convicted'],
  ['приговор', 'sentenced'], ['обвин', 'charged'], ['экстрадир', 'extradited'],
  ['выехал', 'departed'], ['выехав', 'departed'], ['уехал', 'departed'], ['уехав', 'departed'], ['выезд', 'departed'],
  ['вернул', 'returned'], ['вернув', 'returned'], ['возвращ', 'returned'], ['возвратил', 'returned'],
  ['репатриир', 'returned'], ['эвакуир', 'returned'], ['вывезен', 'returned'], ['вывезл', 'returned'],
  ['воюют', 'fighters-abroad'], ['воевал', 'fighters-abroad'], ['воюющ', 'fighters-abroad'],
  ['завербова', 'recruited'], ['вербов', 'recruited'], ['изъят', 'seized'], ['изъял', 'seized'],
  ['беженц', 'refugees'], ['выделен', 'spending'], ['выделил', 'spending'], ['потрач', 'spending'],
];

const BY_FIRST = new Map<string, (readonly [string, Predicate])[]>();
for (const cue of CUES) {
  const list = BY_FIRST.get(cue[0].slice(0, 2)) ?? [];
  list.push(cue);
  BY_FIRST.set(cue[0].slice(0, 2), list);
}

// The first two letters (lowercase, ё as е) of every cue, for `mayCue`.
const CUE_START = new Uint8Array(64 * 64);
const startKey = (a: number, b: number): number => ((cueLetter(a) - 0x430) << 6) | (cueLetter(b) - 0x430);
for (const key of BY_FIRST.keys()) CUE_START[startKey(key.charCodeAt(0), key.charCodeAt(1))] = 1;

// A basic Russian letter's code unit lowercased, ё as е (0..31 above а).
function cueLetter(c: number): number {
  const lower = c >= 0x410 && c <= 0x42f ? c + 0x20 : c === 0x401 || c === 0x451 ? 0x435 : c;
  return lower >= 0x430 && lower <= 0x44f ? lower : 0x430 + 63;
}

/**
 * False when the word text[start, end) (basic Russian letters only) cannot cue a predicate: too
 * short, or its first two letters begin no cue. Lets a scanner pass over a word without slicing it.
 */
export function mayCue(text: string, start: number, end: number): boolean {
  return end - start >= 4 && CUE_START[startKey(text.charCodeAt(start), text.charCodeAt(start + 1))] === 1;
}

// Answers by word as written: a page asks about the same words again and again.
let known = new Map<string, Predicate | null>();

/** The predicate a Russian word cues, or null. */
export function predicateRu(word: string): Predicate | null {
  let p = known.get(word);
  if (p === undefined) {
    p = cueOf(word);
    if (known.size >= 20_000) known = new Map();
    known.set(word, p);
  }
  return p;
}

function cueOf(word: string): Predicate | null {
  const w = word.toLowerCase().replace(/ё/g, 'е');
  // "ранее" (earlier) and "рано" (early) start like "ранен" (wounded).
  if (w.length < 4 || /^ранее$|^рано$/.test(w)) return null;
  for (const [stem, p] of BY_FIRST.get(w.slice(0, 2)) ?? []) if (w.startsWith(stem.replace(/ё/g, 'е'))) return p;
  return null;
}
