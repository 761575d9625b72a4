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
// A code unit that may start a walk: anything but ASCII other than A-Z, and lowercase а-я, ё.
const WALK_CANDIDATE = /[^\0-@[-\x7f\u0430-\u044f\u0451]/g;

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
      const len = text.length;
      // Walks start only at capitalised words, and most of a page is lowercase: the scan looks
      // for a capital at a word start, then reads that word and the few after it that a walk asks
      // for (words: maximal runs of letters and digits). Folding never moves a word's edges
      // (letters and digits fold to letters and digits, everything else to something else), so
      // words are folded one at a time, only when looked up.
      const starts: number[] = [];
      const ends: number[] = [];
      const folds: (string | undefined)[] = [];
      // The word list from the current capital: word 0 is [starts[0], ends[0]); `have` of them read.
      let have = 0;
      const readTo = (j: number): boolean => {
        while (have <= j) {
          let p = have === 0 ? starts[0]! : ends[have - 1]!;
          if (have > 0) {
            while (p < len && !isWordUnit(text.charCodeAt(p))) p++;
            if (p >= len) return false;
            starts[have] = p;
          }
          while (p < len && isWordUnit(text.charCodeAt(p))) p++;
          ends[have] = p;
          folds[have] = undefined;
          have++;
        }
        return true;
      };
      const exists = (j: number): boolean => j < have || readTo(j);
      const foldedWord = (j: number): string => (exists(j) ? (folds[j] ??= foldWord(text, starts[j]!, ends[j]!)) : '');
      const original = (j: number): string => (exists(j) ? text.slice(starts[j], ends[j]) : '');
      const joined = (j: number): boolean => {
        if (!exists(j + 1)) return false;
        const gap = starts[j + 1]! - ends[j]!;
        if (gap === 0 || gap > 3) return false;
        for (let k = ends[j]!; k < starts[j + 1]!; k++) {
          const c = foldCode(text.charCodeAt(k));
          if (c !== 0x20 && !(c === 0x2e && gap === 1)) return false;
        }
        return true;
      };
      let dotted = false;
      let bestEnd = -1;
      // The longest alias of `root` from word 0: its actor (or -1), its last word in `bestEnd`.
      const walk = (root: TrieNode, key: (j: number) => string): number => {
        let node: TrieNode | undefined = root;
        let best = -1;
        bestEnd = -1;
        let bestDotted = false;
        for (let j = 0; exists(j); j++) {
          node = node.next?.get(key(j));
          if (!node) break;
          if (node.actor !== -1) {
            best = node.actor;
            bestEnd = j;
            bestDotted = node.dotted;
          }
          if (!node.next || !joined(j)) break;
        }
        dotted = bestDotted;
        return best;
      };
      const out: ActorMention[] = [];
      // The RegExp engine skips, in native code, what cannot start a walk: ASCII that is not a
      // capital (lowercase letters, digits, spaces, punctuation) and lowercase Russian letters
      // (а-я, ё), most of any page. `test` with the global flag moves lastIndex past the match
      // without building a match array.
      WALK_CANDIDATE.lastIndex = 0;
      for (let i = 0; WALK_CANDIDATE.test(text); WALK_CANDIDATE.lastIndex = i + 1) {
        i = WALK_CANDIDATE.lastIndex - 1;
        const first = text.charCodeAt(i);
        if (!isWordUnit(first) || (i > 0 && isWordUnit(text.charCodeAt(i - 1)))) continue;
        let e = i + 1;
        while (e < len && isWordUnit(text.charCodeAt(e))) e++;
        // Capital Russian letters tell their case by code unit; other scripts ask the RegExp.
        const russianCapital = (first >= 0x410 && first <= 0x42f) || first === 0x401;
        if (first > 127 && !russianCapital && !UPPER_START.test(text.slice(i, e))) {
          i = e - 1;
          continue;
        }
        starts[0] = i;
        ends[0] = e;
        folds[0] = undefined;
        have = 1;
        let actor = walk(folded, foldedWord);
        let last = bestEnd;
        let endsDot = dotted;
        let confidence = 1;
        // Acronym tokens are capitals and digits only: a word with a lowercase second letter
        // ("Kazakhstan", "Назарбаев", most capitalised words) cannot start one.
        const second = e - i > 1 ? text.charCodeAt(i + 1) : 0;
        if (!((second >= 97 && second <= 122) || (second >= 0x430 && second <= 0x44f) || second === 0x451)) {
          const acr = walk(acronyms, original);
          if (acr !== -1 && bestEnd > last && !insideShouting(bestEnd)) {
            actor = acr;
            last = bestEnd;
            endsDot = dotted;
          }
        }
        const cyrillic = first >= 0x400 && first <= 0x4ff;
        // Romanisation variants are Latin; a Cyrillic word's variants are its case forms (below).
        if (actor === -1 && !cyrillic) {
          actor = walk(skeleton, (j) => skel(foldedWord(j)));
          last = bestEnd;
          endsDot = false;
          confidence = 0.8;
        }
        if (cyrillic) {
          const [ru, ruLast] = russian.walk(0, Number.MAX_SAFE_INTEGER, original, joined);
          if (ru !== -1 && ruLast > last) {
            actor = ru;
            last = ruLast;
            endsDot = false;
            confidence = 0.9;
          }
          if (actor === -1) {
            // A Cyrillic acronym reaches its Latin one by transliteration (КНБ → KNB); a regional
            // department's "Д" prefix names the same body (ДКНБ).
            const acr = russian.acronym(original(0));
            for (const form of acr) {
              const a = walk(acronyms, (j) => (j === 0 ? form : original(j)));
              if (a !== -1) {
                actor = a;
                last = 0;
                confidence = 0.9;
                break;
              }
            }
          }
        }
        if (actor === -1) {
          i = e - 1;
          continue;
        }
        const entry = table[actor]!;
        const end = ends[last]! + (endsDot && text[ends[last]!] === '.' ? 1 : 0);
        out.push({ text: text.slice(i, end), start: i, end, type: entry.type, actorId: entry.id, canonical: entry.name, confidence });
        i = ends[last]! - 1;
      }
      return out;

      // An acronym inside an all-caps headline ("THIS IS HOW") is just a word in capitals: the
      // word before it and the one after are capitals too.
      function insideShouting(last: number): boolean {
        let pe = starts[0]!;
        while (pe > 0 && !isWordUnit(text.charCodeAt(pe - 1))) pe--;
        let ps = pe;
        while (ps > 0 && isWordUnit(text.charCodeAt(ps - 1))) ps--;
        const previous = text.slice(ps, pe);
        const before = previous.length > 1 && ALL_UPPER.test(previous) && pe + 3 >= starts[0]!;
        const next = original(last + 1);
        const after = next.length > 1 && ALL_UPPER.test(next) && starts[last + 1]! <= ends[last]! + 3;
        return before && after;
      }
    },
  };
}
