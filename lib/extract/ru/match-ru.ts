/**
 * The Russian part of the known-actor matcher: a trie over every alias word's Latin key (see
 * names-ru.ts), and an index from each key's shorter beginnings to the key, so a Cyrillic word's
 * stem finds the alias words it may be a case form of.
 */
import { endingAllowance, isCyrillic, latinKey, russianWordKeys, transliterate } from './names-ru';

interface Node {
  next: Map<string, Node> | undefined;
  actor: number;
}

/** Built with the matcher; `walk` is called at each capitalised Cyrillic word. */
export interface RussianIndex {
  /** Adds an alias (its folded tokens) for the actor at `index`. */
  add(tokens: readonly string[], index: number): void;
  /** True when the word is Cyrillic. */
  isCyrillic(word: string): boolean;
  /** The longest alias starting at token i: [actor, last token] or [-1, -1]. */
  walk(i: number, n: number, word: (j: number) => string, joined: (j: number) => boolean): [number, number];
  /** Latin forms of a Cyrillic acronym to look up ("КНБ" → KNB; "ДКНБ" → DKNB, KNB). */
  acronym(word: string): readonly string[];
}

// Three letters at least: a two-letter acronym transliterated is another language's word as often as
// not (УК, the criminal code, is not the UK; РФ is no Latin acronym).
const ACRONYM = /^[\u0400-\u042f\u0401]{3,6}$/;
const NO_FORMS: readonly string[] = [];

interface Candidates {
  keys: string[];
  continueOnly: string | null;
}
// A place adjective made from a town in -ск (Актюбинск → Актюбинской области, Омск → Омском районе).
const ADJECTIVE_ENDING = /[сц]к(?:ой|ая|ую|ий|ого|ому|ом|ых|их|ие|ым|ими)$/u;

/** A new, empty Russian index. */
export function russianIndex(): RussianIndex {
  const root: Node = { next: undefined, actor: -1 };
  const prefixes = new Map<string, string[]>();
  let cache = new Map<string, Candidates>();
  const index = (key: string): void => {
    for (let r = 0; r <= 4 && key.length - r >= 3; r++) {
      const p = key.slice(0, key.length - r);
      const list = prefixes.get(p);
      if (!list) prefixes.set(p, [key]);
      else if (!list.includes(key)) list.push(key);
    }
  };
  // The alias keys a text word may stand for, and the one it may only continue through: an
  // adjective's ending on a town's stem ("Актюбинской" on Актюбинск) is the region's adjective, so
  // it reaches "Aktyubinsk Oblast" with the next word but never the town alone.
  const candidates = (word: string): Candidates => {
    let c = cache.get(word);
    if (c) return c;
    if (!isCyrillic(word)) c = { keys: [latinKey(word)], continueOnly: null };
    else {
      const { whole, stem } = russianWordKeys(word);
      c = { keys: [whole], continueOnly: ADJECTIVE_ENDING.test(word) ? stem : null };
      for (const k of prefixes.get(stem) ?? []) if (k !== whole && k.length - stem.length <= endingAllowance(stem.length)) c.keys.push(k);
    }
    if (cache.size > 50_000) cache = new Map();
    cache.set(word, c);
    return c;
  };
  // The longest alias found by `descend` so far: one walk at a time, and no closure made per walk.
  let best = -1;
  let bestEnd = -1;
  const descend = (node: Node, j: number, n: number, word: (j: number) => string, joined: (j: number) => boolean): void => {
    const { keys, continueOnly } = candidates(word(j));
    for (const k of keys) {
      const child = node.next?.get(k);
      if (!child) continue;
      if (child.actor !== -1 && j > bestEnd && k !== continueOnly) {
        best = child.actor;
        bestEnd = j;
      }
      if (child.next && j + 1 < n && joined(j)) descend(child, j + 1, n, word, joined);
    }
  };
  return {
    add(tokens, actor) {
      let node = root;
      for (const t of tokens) {
        const key = latinKey(t);
        if (!key) return;
        index(key);
        node.next ??= new Map();
        let child = node.next.get(key);
        if (!child) {
          child = { next: undefined, actor: -1 };
          node.next.set(key, child);
        }
        node = child;
      }
      if (node.actor === -1) node.actor = actor;
    },
    isCyrillic,
    walk(i, n, word, joined) {
      best = -1;
      bestEnd = -1;
      descend(root, i, n, word, joined);
      return [best, bestEnd];
    },
    acronym(word) {
      // Most capitalised words are not acronyms: a lowercase second letter says so without the RegExp.
      const second = word.charCodeAt(1);
      if (word.length < 3 || word.length > 6 || (second >= 0x430 && second <= 0x44f) || second === 0x451 || !ACRONYM.test(word)) return NO_FORMS;
      const latin = transliterate(word).toUpperCase();
      return word.startsWith('Д') && word.length >= 3 ? [latin, transliterate(word.slice(1)).toUpperCase()] : [latin];
    },
  };
}
