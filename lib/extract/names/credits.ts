/**
 * Photo and image credits inside the article text: "(Jacquelyn Martin / Associated Press)",
 * "Photo: Jane Roe / Getty Images", "Credit: STR/AFP", "AP Photo/John Roe", "Main image credit:
 * Getty", "Jason Roe/ZDNet" closing a caption. The photographer and the agency are page furniture, not actors the article reports on,
 * so no unknown name inside a credit is marked. A caption ("Image: X, left, has replaced Y") is
 * text about the story and keeps its names: a credit's words are names and a few joining words only.
 */

/** [start, end) spans of credits, in text order. */
export type CreditSpans = ReadonlyArray<readonly [number, number]>;

// "(First Last / Agency)": a parenthesised name, a slash, a source.
const PAREN_CREDIT = /\((?:\p{Lu}[\p{L}.'’-]*\s){1,3}\p{Lu}[\p{L}.'’-]*\s?\/\s?[^()\n]{1,40}\)/gu;
// "Jason Roe/ZDNet" closing a line or a caption: a photographer and an outlet.
const NAME_SLASH_OUTLET = /(?:\p{Lu}[\p{L}.'’-]*\s){1,2}\p{Lu}[\p{L}.'’-]*\s?\/\s?\p{Lu}[\p{L}\d&.]*(?:\s\p{Lu}[\p{L}\d&.]*)?(?=[ \t]*(?:\n|$|\)|\|))/gu;
// "Photo: ...", "Image credit: ...", "Photo by ...", "AP Photo/...": a credit's label.
const CREDIT_LABEL = /(?:^|[^\p{L}])((?:main\s+)?(?:image|photo|picture)\s+credit|credit|photo(?:graph)?|image|picture)s?(?::|\s+by)[ \t]+|(?:^|[^\p{L}])((?:AP|AFP|Reuters|EPA)\s+Photo\/)/giu;
// A name of an agency or a photographer, with slashes and the few lowercase words credits use.
const CREDIT_WORDS = /^(?:(?:\p{Lu}[\p{L}\d.'’&-]*|of|and|via|for|the|images?|photos?|staff|file)(?:\s*\/\s*|[ \t]+|(?=[)\].,;]?\s*$)|(?=[)\],;])))+/u;

/** The credits of `text` (one pass per pattern, nothing when the text has no slash or colon). */
export function creditSpans(text: string): CreditSpans {
  const out: Array<[number, number]> = [];
  if (text.includes('/')) {
    PAREN_CREDIT.lastIndex = 0;
    for (let m = PAREN_CREDIT.exec(text); m; m = PAREN_CREDIT.exec(text)) out.push([m.index, m.index + m[0].length]);
    NAME_SLASH_OUTLET.lastIndex = 0;
    for (let m = NAME_SLASH_OUTLET.exec(text); m; m = NAME_SLASH_OUTLET.exec(text)) out.push([m.index, m.index + m[0].length]);
  }
  CREDIT_LABEL.lastIndex = 0;
  for (let m = CREDIT_LABEL.exec(text); m; m = CREDIT_LABEL.exec(text)) {
    const from = m.index + m[0].length;
    let eol = text.indexOf('\n', from);
    if (eol < 0) eol = text.length;
    // The credit runs to the end of its line or its closing bracket, at most 60 characters.
    const close = text.slice(from, Math.min(eol, from + 61));
    const rest = /^[^)\]]*/u.exec(close)![0];
    if (rest.length === 0 || rest.length > 60 || (eol - from > 60 && rest.length === close.length)) continue;
    const words = CREDIT_WORDS.exec(rest);
    if (!words || words[0].trimEnd().length < rest.trimEnd().replace(/[.,;]$/u, '').length) continue;
    out.push([m.index, from + rest.length]);
  }
  out.sort((a, b) => a[0] - b[0]);
  return out;
}

/** True when [start, end) lies inside one of the credits. */
export function inCredit(spans: CreditSpans, start: number, end: number): boolean {
  for (const [a, b] of spans) {
    if (a > start) return false;
    if (end <= b) return true;
  }
  return false;
}
