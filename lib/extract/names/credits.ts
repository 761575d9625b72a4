/**
 * Photo and image credits inside the article text: "(Jacquelyn Martin / Associated Press)",
 * "Photo: Jane Roe / Getty Images", "Credit: STR/AFP", "AP Photo/John Roe", "Main image credit:
 * Getty", "Jason Roe/ZDNet" closing a caption. The photographer and the agency are page furniture,
 * not actors the article reports on, so no unknown name inside a credit is marked. A caption ("Image: X, left, has replaced Y") is
 * text about the story and keeps its names: a credit's words are names and a few joining words only.
 */

/** [start, end) spans of credits, in text order. */
export type CreditSpans = ReadonlyArray<readonly [number, number]>;

// The patterns are tried only around the page's few slashes and colons (a scan of the whole text
// with them cost milliseconds on a long page).
// Before a slash: "(First Last " of "(First Last / Agency)", or a line's "First Last" of "First Last/Outlet".
const NAME_BEFORE_SLASH = /(?:^|[(\n]|\s)((?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*)\s?$/u;
// After it: the source, to the closing bracket or the end of the line.
const SOURCE_AFTER_SLASH = /^\s?(\p{Lu}[\p{L}\d&.]*(?:\s\p{Lu}[\p{L}\d&.]*){0,3})[ \t]*(?=\n|$|\)|\|)/u;
// The label before a colon: "Photo", "Image credit", "Main image credit", "Credit".
const LABEL_BEFORE_COLON = /(?:^|[^a-z])((?:main )?(?:image|photo|picture) credit|credit|photo(?:graph)?|image|picture)s?$/u;
// A name of an agency or a photographer, with slashes and the few lowercase words credits use.
const CREDIT_WORDS = /^(?:(?:\p{Lu}[\p{L}\d.'’&-]*|of|and|via|for|the|images?|photos?|staff|file)(?:\s*\/\s*|[ \t]+|(?=[)\].,;]?\s*$)|(?=[)\],;])))+/u;

/** The credits of `text`: "(Name / Agency)", "Name/Outlet" closing a line, "Photo: …", "Photo by …", "AP Photo/…". */
export function creditSpans(text: string): CreditSpans {
  const out: Array<[number, number]> = [];
  for (let i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
    const before = text.slice(Math.max(0, i - 48), i);
    const after = SOURCE_AFTER_SLASH.exec(text.slice(i + 1, i + 48));
    if (!after) continue;
    // "AP Photo/John Roe": the agency's photo label, then the photographer.
    if (/(?:^|[^\p{L}])(?:AP|AFP|Reuters|EPA) Photo$/u.test(before)) {
      out.push([i - 'Photo'.length, i + 1 + after[0].length]);
      continue;
    }
    const name = NAME_BEFORE_SLASH.exec(before);
    if (!name || name[1]!.includes('\n')) continue;
    const from = i - before.length + name.index + name[0].length - name[1]!.length - (/\s$/u.test(name[0]) ? 1 : 0);
    const opened = text.charCodeAt(from - 1) === 0x28;
    const closes = text.charCodeAt(i + 1 + after[0].length) === 0x29;
    // In brackets ("(Jane Roe / AP)"), or a whole line's end ("Jason Roe/ZDNet" after a caption).
    const lineStart = text.lastIndexOf('\n', from - 1) + 1;
    if ((opened && closes) || (!opened && !closes && (lineStart === from || /[.!?”"]\s*$/u.test(text.slice(lineStart, from))))) out.push([from, i + 1 + after[0].length]);
  }
  for (let c = text.indexOf(':'); c >= 0; c = text.indexOf(':', c + 1)) {
    const label = LABEL_BEFORE_COLON.exec(text.slice(Math.max(0, c - 20), c).toLowerCase());
    if (label) pushLabelled(text, c - label[1]!.length - (label[0].endsWith('s') && !label[1]!.endsWith('s') ? 1 : 0), c + 1, out);
  }
  for (let b = text.indexOf('hoto by '); b >= 0; b = text.indexOf('hoto by ', b + 1)) {
    if (b > 0 && (text[b - 1] === 'P' || text[b - 1] === 'p')) pushLabelled(text, b - 1, b + 7, out);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

// A label's credit runs to the end of its line or its closing bracket, at most 60 characters, and
// holds names only ("Image: Jose Roe, left, has replaced X" is a caption).
function pushLabelled(text: string, labelAt: number, afterLabel: number, out: Array<[number, number]>): void {
  let from = afterLabel;
  while (text.charCodeAt(from) === 0x20 || text.charCodeAt(from) === 0x09) from++;
  if (from === afterLabel) return;
  let eol = text.indexOf('\n', from);
  if (eol < 0) eol = text.length;
  const close = text.slice(from, Math.min(eol, from + 61));
  const rest = /^[^)\]]*/u.exec(close)![0];
  if (rest.length === 0 || (eol - from > 60 && rest.length === close.length)) return;
  const words = CREDIT_WORDS.exec(rest);
  if (!words || words[0].trimEnd().length < rest.trimEnd().replace(/[.,;]$/u, '').length) return;
  out.push([labelAt, from + rest.length]);
}

/** True when [start, end) lies inside one of the credits. */
export function inCredit(spans: CreditSpans, start: number, end: number): boolean {
  for (const [a, b] of spans) {
    if (a > start) return false;
    if (end <= b) return true;
  }
  return false;
}
