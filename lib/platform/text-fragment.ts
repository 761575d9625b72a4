/**
 * Links that open a page at a saved highlight with a text fragment (`#:~:text=`), which
 * Chromium-based browsers and Safari scroll to and highlight; others just open the page.
 */

/** Longest start of a quote put in a fragment: long fragments break on small edits of the page. */
export const FRAGMENT_CHARS = 80;

/** Encodes a fragment term: encodeURIComponent plus "-" (a text fragment's prefix/suffix marker). */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

/** The first ~`max` characters of a quote, whitespace collapsed, cut at a word boundary when one is near. */
export function fragmentText(quote: string, max: number = FRAGMENT_CHARS): string {
  const flat = quote.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space >= max / 2 ? cut.slice(0, space) : cut).trim();
}

/** The URL with its fragment replaced by a text fragment for the start of the quote (the URL as it is when the quote is empty). */
export function textFragmentUrl(url: string, quote: string): string {
  const base = url.replace(/#.*$/s, '');
  const text = fragmentText(quote);
  return text ? `${base}#:~:text=${encodeTerm(text)}` : url;
}
