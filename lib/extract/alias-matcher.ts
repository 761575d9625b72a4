/**
 * The known-actor matcher: a token trie over every name and alias in the fact base, walked over a
 * length-preserving folded copy of the text so offsets map straight back to the page. See
 * lib/extract/README.md for the rules (acronyms, capitals, skeleton variants).
 */
import type { ActorType } from './vocabulary';

/** What the matcher needs of an actor: its id, type, name and aliases. */
export interface NamedActor {
  id: string;
  type: ActorType;
  name: string;
  aliases: readonly string[];
}
import { aliasKey, foldCode, foldWord, isWordUnit, skeletonKey } from './normalize';
import { russianIndex, type RussianIndex } from './ru/match-ru';
import type { ActorMention } from './types';

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Index into the matcher's actor table, when a whole alias ends here. */
  actor: number;
  /** The alias ends with a dot ("U.S."): a dot after the match belongs to it. */
  dotted: boolean;
}

interface ActorEntry {
  id: string;
  type: ActorType;
  name: string;
}

/** A matcher built once per fact-base version; `match` is then linear in the text. */
export interface AliasMatcher {
  /** How many aliases went into it. */
  readonly size: number;
  /** Finds every known actor's name or alias in `text`, longest match first, left to right. */
  match(text: string): ActorMention[];
}

// Acronyms are matched on the text as written, so the verb "is" is never the Islamic State.
const ACRONYM = /^[\p{Lu}\p{N}][\p{Lu}\p{N}.\-&]{0,6}$/u;
const TOKEN = /[\p{L}\p{N}]+/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}]+$/u;

function newNode(): TrieNode {
  return { next: undefined, actor: -1, dotted: false };
}

function insert(root: TrieNode, tokens: readonly string[], actor: number, dotted = false): void {
  let node = root;
  for (const t of tokens) {
    node.next ??= new Map();
    let child = node.next.get(t);
    if (!child) {
      child = newNode();
      node.next.set(t, child);
    }
    node = child;
  }
  // The first actor to claim an alias keeps it; later duplicates are ambiguous and lose.
  if (node.actor === -1) node.actor = actor;
  if (dotted) node.dotted = true;
}

function tokensOf(key: string): string[] {
  return key.match(TOKEN) ?? [];
}

/** Builds the matcher from the fact base's actors. */
export function buildAliasMatcher(actors: readonly NamedActor[]): AliasMatcher {
  const table: ActorEntry[] = [];
  const folded = newNode();
  const skeleton = newNode();
  const acronyms = newNode();
  let size = 0;
  // Case forms of Russian names (Назарбаева, в Актюбинской области) through stems and transliteration.
  const russian: RussianIndex = russianIndex();
  for (const actor of actors) {
    const index = table.push({ id: actor.id, type: actor.type, name: actor.name }) - 1;
    for (const alias of [actor.name, ...actor.aliases]) {
      const trimmed = alias.trim();
      if (!trimmed) continue;
      size++;
      if (ACRONYM.test(trimmed) && trimmed.replace(/[^\p{L}]/gu, '').length <= 6) {
        insert(acronyms, trimmed.match(TOKEN) ?? [], index, trimmed.endsWith('.'));
        continue;
      }
      const key = aliasKey(trimmed);
      const tokens = tokensOf(key);
      if (tokens.length === 0) continue;
      insert(folded, tokens, index, trimmed.endsWith('.'));
      russian.add(tokens, index);
      const skel = tokens.map((t) => skeletonKey(t));
      if (skel.every((s) => s.length >= 4 || skel.length > 1)) insert(skeleton, skel, index);
    }
  }

  const skeletonCache = new Map<string, string>();
  const skel = (t: string): string => {
    let s = skeletonCache.get(t);
    if (s === undefined) {
      s = skeletonKey(t);
      if (skeletonCache.size < 50_000) skeletonCache.set(t, s);
    }
    return s;
  };

  return {
    size,
    match(text: string): ActorMention[] {
      // Words are found on the page text and folded one at a time, only those a walk asks for
      // (capitalised words and the few after them): folding never changes where a word starts or
      // ends (letters and digits fold to letters and digits, everything else to something else).
      const starts: number[] = [];
      const ends: number[] = [];
      for (let i = 0, len = text.length; i < len; ) {
        if (!isWordUnit(text.charCodeAt(i))) {
          i++;
          continue;
        }
        const s = i;
        while (i < len && isWordUnit(text.charCodeAt(i))) i++;
        starts.push(s);
        ends.push(i);
      }
      const wordCache: (string | undefined)[] = new Array(starts.length);
      const words = {
        get: (j: number): string => (wordCache[j] ??= foldWord(text, starts[j]!, ends[j]!)),
      };
      const out: ActorMention[] = [];
      const n = starts.length;
      const joined = (i: number): boolean => {
        const gap = starts[i + 1]! - ends[i]!;
        if (gap === 0 || gap > 3) return false;
        for (let k = ends[i]!; k < starts[i + 1]!; k++) {
          const c = foldCode(text.charCodeAt(k));
          if (c !== 0x20 && !(c === 0x2e && gap === 1)) return false;
        }
        return true;
      };
      let dotted = false;
      const walk = (root: TrieNode, i: number, key: (j: number) => string): [number, number] => {
        let node: TrieNode | undefined = root;
        let best = -1;
        let bestEnd = -1;
        let bestDotted = false;
        for (let j = i; j < n; j++) {
          node = node.next?.get(key(j));
          if (!node) break;
          if (node.actor !== -1) {
            best = node.actor;
            bestEnd = j;
            bestDotted = node.dotted;
          }
          if (!node.next || j + 1 >= n || !joined(j)) break;
        }
        dotted = bestDotted;
        return [best, bestEnd];
      };
      const original = (j: number): string => text.slice(starts[j], ends[j]);
      for (let i = 0; i < n; i++) {
        const first = text.charCodeAt(starts[i]!);
        const capital = (first >= 65 && first <= 90) || (first > 127 && UPPER_START.test(original(i)));
        if (!capital) continue;
        let [actor, last] = walk(folded, i, words.get);
        let endsDot = dotted;
        let confidence = 1;
        // Acronym tokens are capitals and digits only: a word with a lowercase second letter
        // ("Kazakhstan", most capitalised words) cannot start one.
        const second = ends[i]! - starts[i]! > 1 ? text.charCodeAt(starts[i]! + 1) : 0;
        if (!(second >= 97 && second <= 122)) {
          const [acr, acrLast] = walk(acronyms, i, original);
          if (acr !== -1 && acrLast > last && !insideShouting(i, acrLast)) {
            actor = acr;
            last = acrLast;
            endsDot = dotted;
          }
        }
        const cyrillic = first >= 0x400 && first <= 0x4ff;
        // Romanisation variants are Latin; a Cyrillic word's variants are its case forms (below).
        if (actor === -1 && !cyrillic) {
          [actor, last] = walk(skeleton, i, (j) => skel(words.get(j)));
          endsDot = false;
          confidence = 0.8;
        }
        if (cyrillic) {
          const [ru, ruLast] = russian.walk(i, n, original, joined);
          if (ru !== -1 && ruLast > last) {
            actor = ru;
            last = ruLast;
            endsDot = false;
            confidence = 0.9;
          }
          if (actor === -1) {
            // A Cyrillic acronym reaches its Latin one by transliteration (КНБ → KNB); a regional
            // department's "Д" prefix names the same body (ДКНБ).
            const acr = russian.acronym(original(i));
            for (const form of acr) {
              const [a] = walk(acronyms, i, (j) => (j === i ? form : original(j)));
              if (a !== -1) {
                actor = a;
                last = i;
                confidence = 0.9;
                break;
              }
            }
          }
        }
        if (actor === -1) continue;
        const entry = table[actor]!;
        const start = starts[i]!;
        const end = ends[last]! + (endsDot && text[ends[last]!] === '.' ? 1 : 0);
        out.push({ text: text.slice(start, end), start, end, type: entry.type, actorId: entry.id, canonical: entry.name, confidence });
        i = last;
      }
      return out;

      // An acronym inside an all-caps headline ("THIS IS HOW") is just a word in capitals.
      function insideShouting(i: number, last: number): boolean {
        const before = i > 0 && ALL_UPPER.test(original(i - 1)) && original(i - 1).length > 1 && ends[i - 1]! + 3 >= starts[i]!;
        const after = last + 1 < n && ALL_UPPER.test(original(last + 1)) && original(last + 1).length > 1 && starts[last + 1]! <= ends[last]! + 3;
        return before && after;
      }
    },
  };
}
