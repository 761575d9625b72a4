/**
 * Russian predicate cues: what a figure measures, from a word of its clause (погибли, убиты,
 * ранены, задержаны, осуждены, выехали, вернулись, эвакуированы ...). Each cue is a word start,
 * so every case, gender and number of a participle or verb form is one entry; the predicate names
 * are the English vocabulary's (lib/extract/predicates.ts), so Russian and English claims share keys.
 */
import type { Predicate } from '../predicates';

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
