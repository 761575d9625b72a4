/** Markup that splits a name across elements, shared by the names-split-* tests. */

/** Markup that splits a name, and the name. */
export const SPLIT: Array<[string, string, string]> = [
  ['a drop cap', '<span class="first-letter">Z</span>imbabwe', 'Zimbabwe'],
  ['bold letters', '<b>Naz</b>arbayev', 'Nazarbayev'],
  ['a word break opportunity', 'Benjamin Ne<wbr>tanyahu', 'Benjamin Netanyahu'],
  ['a soft hyphen', 'Mr Netan&shy;yahu', 'Netanyahu'],
  ['an inline element in a surname', 'Martin In<span class="x">dyk</span>', 'Martin Indyk'],
  ['a link over part of a city', 'Ber<a href="/berlin">lin</a>', 'Berlin'],
];

/** A small article page with `inner` in its first paragraph. */
export const page = (inner: string): string =>
  `<!DOCTYPE html><html><head><title>Talks</title></head><body><article><h1>Talks resume</h1><p>Officials said on Tuesday that ${inner} would attend the talks, and the meeting went on for hours after that.</p><p>The talks were described as long and difficult by everyone who took part in them on the day.</p></article></body></html>`;
