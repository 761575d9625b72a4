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
 *   reading the main story", a bare "Photo") are dropped.
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
  'advertisement', 'skip advertisement', 'continue reading the main story',
  'story continues below advertisement', 'supported by', 'photo', 'image', 'video',
]);

// Characters that render as nothing inside a word.
const INVISIBLE = new Set([0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
// White space as HTML collapses it (no-break space too: a reader sees a space).
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0;

// A line break from <br> inside the paragraph buffer.
const BREAK = -2;

/** Options of {@link buildArticleText}. */
export interface BuildOptions {
  /** True for an element whose subtree contributes nothing. */
  exclude?: (el: Element) => boolean;
  /** False for a text node to leave out (text annotated before); a left-out node ends the paragraph. */
  keep?: (node: Text) => boolean;
}

/** Growable pair of Int32 arrays for the character origins. */
class Origins {
  node: Int32Array<ArrayBuffer> = new Int32Array(1024);
  offset: Int32Array<ArrayBuffer> = new Int32Array(1024);
  length = 0;
  push(n: number, o: number): void {
    if (this.length === this.node.length) {
      const grow = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.node = grow(this.node);
      this.offset = grow(this.offset);
    }
    this.node[this.length] = n;
    this.offset[this.length++] = o;
  }
}

/** Builds the article text of `root`'s subtree by the rules in this file's header. */
export function buildArticleText(root: Node, opts: BuildOptions = {}): TextMap {
  const exclude = opts.exclude;
  const keep = opts.keep;
  const nodes: Text[] = [];
  const out: string[] = [];
  const origins = new Origins();
  let lastKind: string | null = null;
  // The paragraph being collected: its text nodes (index into `nodes`, or BREAK for a <br>).
  let para: number[] = [];
  let paraHasText = false;
  const kinds: string[] = [];
  let cellPending = false;
  let preDepth = 0;
  const inPre = new Set<number>();

  const emit = (s: string, node: number, offset: number): void => {
    out.push(s);
    origins.push(node, offset);
  };

  // The paragraph's characters after collapsing, as parallel arrays (code, node, offset); a line
  // break from <br> is code 10 owned by no node.
  const pc: number[] = [];
  const pn: number[] = [];
  const po: number[] = [];

  const flush = (): void => {
    if (!paraHasText) {
      para = [];
      return;
    }
    pc.length = pn.length = po.length = 0;
    const pop = (): void => {
      pc.pop();
      pn.pop();
      po.pop();
    };
    const push = (c: number, n: number, o: number): void => {
      pc.push(c);
      pn.push(n);
      po.push(o);
    };
    for (const entry of para) {
      if (entry === BREAK) {
        // A space before a line break is trimmed.
        if (pc[pc.length - 1] === 32) pop();
        push(10, -1, -1);
        continue;
      }
      if (entry < 0) {
        // A cell boundary: one space, owned by no node.
        if (pc.length > 0 && pc[pc.length - 1] !== 32 && pc[pc.length - 1] !== 10) push(32, -1, -1);
        continue;
      }
      const data = nodes[entry]!.data;
      const pre = inPre.has(entry);
      for (let k = 0; k < data.length; k++) {
        const code = data.charCodeAt(k);
        if (INVISIBLE.has(code)) continue;
        if (pre && (code === 0x0a || code === 0x0d)) {
          // <pre> keeps its line breaks.
          if (pc[pc.length - 1] === 32) pop();
          if (code === 0x0d && data.charCodeAt(k + 1) === 0x0a) k++;
          push(10, -1, -1);
          continue;
        }
        if (isSpace(code)) {
          const prev = pc[pc.length - 1];
          if (prev === undefined || prev === 32 || prev === 10) continue;
          push(32, entry, k);
        } else push(code, entry, k);
      }
    }
    para = [];
    paraHasText = false;
    // Trim the end, then drop empty lines (a line break right after another, or at the start).
    while (pc.length > 0 && (pc[pc.length - 1] === 32 || pc[pc.length - 1] === 10)) pop();
    let first = 0;
    while (first < pc.length && pc[first] === 10) first++;
    if (first >= pc.length) return;
    if (pc.length - first < 40) {
      const plain = String.fromCharCode(...pc.slice(first)).toLowerCase();
      if (FURNITURE.has(plain)) return;
    }
    const kind = kinds[kinds.length - 1] ?? 'p';
    if (out.length > 0) {
      const sep = lastKind === kind && LINE_KINDS.has(kind) ? '\n' : '\n\n';
      for (const ch of sep) emit(ch, -1, -1);
    }
    for (let k = first; k < pc.length; k++) {
      // At most one blank line inside a paragraph ("<br><br>").
      if (pc[k] === 10 && pc[k - 1] === 10 && pc[k - 2] === 10) continue;
      emit(String.fromCharCode(pc[k]!), pn[k]!, po[k]!);
    }
    lastKind = kind;
  };

  const enter = (tag: string): void => {
    if (tag === 'br') {
      para.push(BREAK);
    } else if (BLOCK.has(tag)) {
      flush();
      kinds.push(tag);
      if (tag === 'pre') preDepth++;
    } else if (tag === 'td' || tag === 'th') {
      cellPending = paraHasText;
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

  if (root.nodeType === 1 && skipElement(root as Element)) return finish(nodes, out, origins);
  if (root.nodeType === 1) enter((root as Element).localName.toLowerCase());
  // Iterative walk (firstChild / nextSibling): cheap on linkedom and safe on very deep trees.
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3 || node.nodeType === 4) {
      const t = node as Text;
      if (keep && !keep(t)) {
        flush();
      } else if (t.data.length > 0) {
        if (cellPending) {
          para.push(-3);
          cellPending = false;
        }
        nodes.push(t);
        para.push(nodes.length - 1);
        if (preDepth > 0) inPre.add(nodes.length - 1);
        if (!paraHasText) for (let k = 0; k < t.data.length && !paraHasText; k++) paraHasText = !isSpace(t.data.charCodeAt(k)) && !INVISIBLE.has(t.data.charCodeAt(k));
      }
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
  if (root.nodeType === 1) leave((root as Element).localName.toLowerCase());
  flush();
  return finish(nodes, out, origins);
}

function finish(allNodes: Text[], out: string[], origins: Origins): TextMap {
  const text = out.join('');
  const srcNodeAll = origins.node.subarray(0, origins.length);
  const srcOffset = origins.offset.slice(0, origins.length);
  // Keep only the nodes that contributed a character, renumbered in order.
  const renumber = new Int32Array(allNodes.length).fill(-1);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const srcNode = new Int32Array(origins.length);
  for (let i = 0; i < origins.length; i++) {
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
