/**
 * The ONE builder of the article text that every offset in Dossier refers to. The content script
 * runs it on the live page; the command line runs it on the same markup parsed with linkedom. Both
 * get the same text, the same sentences and the same offsets, because this is the only code that
 * turns an article's DOM into text.
 *
 * How the text is built (the rules a reader's eye applies to rendered HTML):
 * - each block (p, h1-h6, blockquote, figcaption, div, section, center, ...) is one paragraph;
 *   paragraphs are separated by a blank line ("\n\n");
 * - consecutive list items, table rows and definition terms/details are separated by one "\n",
 *   so a list reads as one paragraph of lines;
 * - `<br>` is a line break ("\n") inside its paragraph; table cells of a row are separated by a space;
 * - inside a paragraph, runs of white space (no-break space included) collapse to one space and
 *   each line is trimmed, as a browser renders it;
 * - soft hyphens, zero-width spaces and joiners and byte-order marks are dropped: they would cut
 *   a name in two ("Netan&shy;yahu");
 * - excluded subtrees (the caller's `exclude`: scripts, navigation, galleries, Dossier's own UI)
 *   contribute nothing; whole paragraphs that are page furniture ("Advertisement", "Continue
 *   reading the main story", a bare "Photo") or a short time stamp ("Published 1 day ago",
 *   "Updated Nov 19, 6:55 AM") are dropped.
 *
 * Every character of the text remembers where it came from (text node and offset in it), so marks
 * can be wrapped and selections turned into offsets although white space was collapsed and
 * invisible characters dropped. Separators the builder adds belong to no node.
 */

/** The article text and, for each of its characters, the text node and offset it came from. */
export interface TextMap {
  text: string;
  /** The text nodes that contributed, in document order. */
  nodes: Text[];
  /** `starts[i]`: offset in `text` of the first character that came from `nodes[i]`. */
  starts: number[];
  /** `ends[i]`: one past the offset in `text` of the last character from `nodes[i]`. */
  ends: number[];
  /** For each character of `text`: the index into `nodes` it came from, or -1 for a separator. */
  srcNode: Int32Array;
  /** For each character of `text`: its offset inside its node's data (-1 for a separator). */
  srcOffset: Int32Array;
}

// Elements that end the current paragraph and start a new one.
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
// Elements whose content is never rendered as text (or is a control, not prose).
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'svg', 'math', 'iframe', 'object',
  'embed', 'canvas', 'audio', 'video', 'select', 'datalist', 'textarea', 'button', 'input',
]);
// Paragraph kinds joined with a single "\n" to a neighbour of the same kind.
const LINE_KINDS = new Set(['li', 'tr', 'dt', 'dd']);

// Whole paragraphs that are page furniture some layouts keep inside the article. Exact matches only.
const FURNITURE = new Set([
  'advertisement', 'advert', 'skip advertisement', 'continue reading the main story',
  'story continues below advertisement', 'supported by', 'photo', 'image', 'video',
]);
// Short paragraphs that only date the page ("Published 1 day ago", "PUBLISHED: 10:48, Tue, Nov 19,
// 2019 | UPDATED: 11:05", "Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM"): a time stamp, no news.
const STAMP = /^(?:(?:first )?published|updated|posted|last updated|last modified)\b[^.!?]*\d[^.!?]*$/i;
const STAMP_MAX = 90;

// Characters that render as nothing inside a word.
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
// White space as HTML collapses it (no-break space too: a reader sees a space).
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;

/** Options of {@link buildArticleText}. */
export interface BuildOptions {
  /** True for an element whose subtree contributes nothing. */
  exclude?: (el: Element) => boolean;
  /** False for a text node to leave out (text annotated before); a left-out node ends the paragraph. */
  keep?: (node: Text) => boolean;
}

/** The text being built, as UTF-16 code units with their origins, in growable typed arrays. */
class Output {
  code: Uint16Array<ArrayBuffer> = new Uint16Array(4096);
  node: Int32Array<ArrayBuffer> = new Int32Array(4096);
  offset: Int32Array<ArrayBuffer> = new Int32Array(4096);
  length = 0;
  push(c: number, n: number, o: number): void {
    if (this.length === this.code.length) this.grow();
    this.code[this.length] = c;
    this.node[this.length] = n;
    this.offset[this.length++] = o;
  }
  private grow(): void {
    const size = this.code.length * 2;
    const code = new Uint16Array(size);
    code.set(this.code);
    const node = new Int32Array(size);
    node.set(this.node);
    const offset = new Int32Array(size);
    offset.set(this.offset);
    [this.code, this.node, this.offset] = [code, node, offset];
  }
  text(from = 0, to = this.length): string {
    // In chunks: String.fromCharCode takes its arguments on the stack.
    let s = '';
    for (let i = from; i < to; i += 8192) s += String.fromCharCode.apply(null, this.code.subarray(i, Math.min(to, i + 8192)) as unknown as number[]);
    return s;
  }
}

/**
 * Builds the article text of `root`'s subtree by the rules in this file's header, in one pass:
 * spaces and line breaks are held back until the next visible character, so nothing is trimmed
 * afterwards, and a paragraph found to be furniture is taken back whole.
 */
export function buildArticleText(root: Node, opts: BuildOptions = {}): TextMap {
  const builder = textBuilder(root, opts);
  while (!builder.step(Number.POSITIVE_INFINITY));
  return builder.result();
}

/**
 * The same text as {@link buildArticleText}, built in slices of about `sliceMs` with `pause()`
 * awaited between them, so a very long page never holds the page's main thread for long.
 */
export async function buildArticleTextSliced(root: Node, opts: BuildOptions, pause: () => Promise<void>, sliceMs = 8): Promise<TextMap> {
  const builder = textBuilder(root, opts);
  while (!builder.step(sliceMs)) await pause();
  return builder.result();
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** The walk, resumable: `step(ms)` works for about that long and says whether it is done. */
function textBuilder(root: Node, opts: BuildOptions): { step(ms: number): boolean; result(): TextMap } {
  const exclude = opts.exclude;
  const keep = opts.keep;
  const nodes: Text[] = [];
  const out = new Output();
  const kinds: string[] = [];
  let lastKind: string | null = null;
  let preDepth = 0;
  // The paragraph being built.
  let paraStart = 0; // where its separator starts
  let paraFirst = -1; // its first character, -1 while it has none
  let spaceNode = -2; // a held-back space's origin (-2: none, -1: a cell boundary's)
  let spaceOffset = -1;
  let breaks = 0; // held-back line breaks (at most 2: one blank line)

  const flush = (): void => {
    if (paraFirst >= 0 && out.length - paraFirst < STAMP_MAX) {
      const plain = out.text(paraFirst).toLowerCase();
      if (FURNITURE.has(plain) || STAMP.test(plain)) out.length = paraStart;
      else lastKind = kinds[kinds.length - 1] ?? 'p';
    } else if (paraFirst >= 0) lastKind = kinds[kinds.length - 1] ?? 'p';
    paraFirst = -1;
    spaceNode = -2;
    breaks = 0;
  };

  const visible = (c: number, n: number, o: number): void => {
    if (paraFirst < 0) {
      paraStart = out.length;
      if (out.length > 0) {
        const kind = kinds[kinds.length - 1] ?? 'p';
        out.push(10, -1, -1);
        if (!(lastKind === kind && LINE_KINDS.has(kind))) out.push(10, -1, -1);
      }
      paraFirst = out.length;
    } else if (breaks > 0) {
      for (let k = 0; k < breaks; k++) out.push(10, -1, -1);
    } else if (spaceNode !== -2) {
      out.push(32, spaceNode, spaceOffset);
    }
    breaks = 0;
    spaceNode = -2;
    out.push(c, n, o);
  };

  const lineBreak = (): void => {
    if (paraFirst >= 0) {
      breaks = Math.min(2, breaks + 1);
      spaceNode = -2;
    }
  };

  const text = (t: Text): void => {
    const data = t.data;
    const n = nodes.length;
    const pre = preDepth > 0;
    for (let k = 0; k < data.length; k++) {
      const c = data.charCodeAt(k);
      if (INVISIBLE.has(c)) continue;
      if (pre && (c === 0x0a || c === 0x0d)) {
        if (c === 0x0d && data.charCodeAt(k + 1) === 0x0a) k++;
        lineBreak();
      } else if (isSpace(c)) {
        if (paraFirst >= 0 && breaks === 0 && spaceNode === -2) {
          spaceNode = n;
          spaceOffset = k;
        }
      } else {
        visible(c, n, k);
      }
    }
    // Every node is numbered, used or not: `finish` keeps only those that gave a character.
    nodes.push(t);
  };

  const enter = (tag: string): void => {
    if (tag === 'br') lineBreak();
    else if (BLOCK.has(tag)) {
      flush();
      kinds.push(tag);
      if (tag === 'pre') preDepth++;
    } else if ((tag === 'td' || tag === 'th') && paraFirst >= 0 && breaks === 0 && spaceNode === -2) {
      // Cells of a row: one space between them, owned by no node.
      spaceNode = -1;
      spaceOffset = -1;
    }
  };
  const leave = (tag: string): void => {
    if (BLOCK.has(tag)) {
      flush();
      kinds.pop();
      if (tag === 'pre') preDepth--;
    }
  };

  const skipElement = (el: Element): boolean => SKIP.has(el.localName.toLowerCase()) || (exclude?.(el) ?? false);

  const skipRoot = root.nodeType === 1 && skipElement(root as Element);
  if (root.nodeType === 1 && !skipRoot) enter((root as Element).localName.toLowerCase());
  // Iterative walk (firstChild / nextSibling): cheap on linkedom and safe on very deep trees.
  let node: Node | null = skipRoot ? null : root.firstChild;
  let done = false;
  const step = (ms: number): boolean => {
    if (done) return true;
    const until = ms === Number.POSITIVE_INFINITY ? ms : clock() + ms;
    let count = 0;
    while (node) {
      if ((++count & 255) === 0 && clock() > until) return false;
      let descend = false;
      if (node.nodeType === 3 || node.nodeType === 4) {
        const t = node as Text;
        if (keep && !keep(t)) flush();
        else if (t.data.length > 0) text(t);
      } else if (node.nodeType === 1) {
        const el = node as Element;
        if (!skipElement(el)) {
          const tag = el.localName.toLowerCase();
          enter(tag);
          if (el.firstChild) descend = true;
          else leave(tag);
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Climb until a next sibling exists, closing every element left on the way.
      while (node && node !== root && !node.nextSibling) {
        node = node.parentNode;
        if (node && node !== root && node.nodeType === 1) leave((node as Element).localName.toLowerCase());
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    if (root.nodeType === 1 && !skipRoot) leave((root as Element).localName.toLowerCase());
    flush();
    done = true;
    return true;
  };
  return { step, result: () => finish(nodes, out) };
}

function finish(allNodes: Text[], out: Output): TextMap {
  const text = out.text();
  const srcNodeAll = out.node;
  const srcOffset = out.offset.slice(0, out.length);
  // Keep only the nodes that contributed a character, renumbered in order.
  const renumber = new Int32Array(allNodes.length).fill(-1);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const srcNode = new Int32Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const n = srcNodeAll[i]!;
    if (n < 0) {
      srcNode[i] = -1;
      continue;
    }
    let r = renumber[n]!;
    if (r < 0) {
      r = renumber[n] = nodes.length;
      nodes.push(allNodes[n]!);
      starts.push(i);
      ends.push(i + 1);
    } else ends[r] = i + 1;
    srcNode[i] = r;
  }
  return { text, nodes, starts, ends, srcNode, srcOffset };
}

/** Index (into `map.nodes`) of the node the character at `pos` came from, or -1. */
export function nodeAt(map: TextMap, pos: number): number {
  return pos >= 0 && pos < map.srcNode.length ? map.srcNode[pos]! : -1;
}

/**
 * The text offset of a point inside node `i` at `offset` of its data: the first character from
 * that node at or after the point, or the end of the node's text when none.
 */
export function textOffsetInNode(map: TextMap, i: number, offset: number): number {
  let lo = map.starts[i]!;
  let hi = map.ends[i]!;
  // Characters of one node are in order of their offsets; separators of other nodes never sit inside.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.srcNode[mid] !== i || map.srcOffset[mid]! < offset) {
      if (map.srcNode[mid] === i) lo = mid + 1;
      else {
        // A separator inside the node's range (a cell space): decide by the next character of the node.
        let k = mid;
        while (k < hi && map.srcNode[k] !== i) k++;
        if (k < hi && map.srcOffset[k]! < offset) lo = k + 1;
        else hi = mid;
      }
    } else hi = mid;
  }
  return lo;
}

/**
 * The pieces of `[start, end)` of the text, per node: `from`/`to` are offsets in the node's data.
 * Separators are skipped; characters dropped while building (soft hyphens, collapsed spaces)
 * inside a piece are covered by it.
 */
export function nodePieces(map: TextMap, start: number, end: number): { node: number; from: number; to: number }[] {
  const pieces: { node: number; from: number; to: number }[] = [];
  for (let pos = Math.max(0, start); pos < end && pos < map.srcNode.length; pos++) {
    const n = map.srcNode[pos]!;
    if (n < 0) continue;
    const last = pieces[pieces.length - 1];
    if (last && last.node === n) last.to = map.srcOffset[pos]! + 1;
    else pieces.push({ node: n, from: map.srcOffset[pos]!, to: map.srcOffset[pos]! + 1 });
  }
  return pieces;
}
