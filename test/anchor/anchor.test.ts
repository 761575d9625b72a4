// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { offsetsToRange, rangeToOffsets } from '../../lib/anchor/anchor.dom';
import { savedMarkSpecs } from '../../lib/marks/saved-specs';
import { anchorQuote, describeRange } from '../../lib/anchor/quote-selector';
import { collectText } from '../../lib/marks/text-map.dom';
import { MARK_TAG, unwrapMarks, wrapMarks } from '../../lib/marks/wrap.dom';

function page(html: string) {
  const parsed = new DOMParser().parseFromString(`<header id="h">Site header</header><article id="a">${html}</article><footer id="f">Footer</footer>`, 'text/html');
  document.body.replaceChildren(...Array.from(parsed.body.childNodes).map((n) => document.importNode(n, true)));
  const article = document.getElementById('a')!;
  const map = collectText(article, (el) => el.tagName === 'FIGURE');
  return { article, map };
}

function textOf(root: Node, search: string): { node: Text; offset: number } {
  const walker = document.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(search);
    if (i >= 0) return { node: n as Text, offset: i };
  }
  throw new Error(`no text ${search}`);
}

afterEach(() => {
  document.body.textContent = '';
});

const ARTICLE = '<p>Officials said <b>more than 300</b> citizens had left.</p><figure>Photo caption</figure><p>Analyst Dosym Satpayev disagreed.</p>';

describe('rangeToOffsets', () => {
  it('maps a selection across an inline element to the text map’s offsets', () => {
    const { article, map } = page(ARTICLE);
    const a = textOf(article, 'said');
    const b = textOf(article, 'citizens');
    const range = document.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset + 'citizens'.length);
    const span = rangeToOffsets(map, range)!;
    expect(map.text.slice(span.start, span.end)).toBe('said more than 300 citizens');
  });

  it.each([
    ['starts in the header', 'h', 'Officials said more than 300 citizens had left.\n\nAnalyst'],
    ['ends in the footer', 'f', 'Analyst Dosym Satpayev disagreed.'],
  ])('clamps a selection that %s to the article', (_name, outside, expected) => {
    const { article, map } = page(ARTICLE);
    const range = document.createRange();
    const analyst = textOf(article, 'Analyst');
    if (outside === 'h') {
      range.setStart(document.getElementById('h')!.firstChild!, 2);
      range.setEnd(analyst.node, analyst.offset + 'Analyst'.length);
    } else {
      range.setStart(analyst.node, analyst.offset);
      range.setEnd(document.getElementById('f')!.firstChild!, 3);
    }
    const span = rangeToOffsets(map, range)!;
    expect(map.text.slice(span.start, span.end)).toBe(expected);
  });

  it('skips excluded subtrees (a caption) inside the selection and trims white space', () => {
    const { article, map } = page(ARTICLE);
    const range = document.createRange();
    const left = textOf(article, 'left.');
    range.setStart(left.node, left.offset + 'left.'.length);
    range.setEnd(textOf(article, 'Photo').node, 5);
    expect(rangeToOffsets(map, range)).toBeNull();
  });

  it.each([
    ['wholly outside the article', () => { const r = document.createRange(); r.selectNodeContents(document.getElementById('f')!); return r; }],
    ['collapsed', () => { const r = document.createRange(); r.setStart(document.getElementById('a')!, 0); return r; }],
  ])('returns null for a selection %s', (_name, make) => {
    const { map } = page(ARTICLE);
    expect(rangeToOffsets(map, make())).toBeNull();
  });

  it('maps a selection given by element boundaries (selectNodeContents)', () => {
    const { article, map } = page(ARTICLE);
    const range = document.createRange();
    range.selectNodeContents(article.querySelector('b')!);
    const span = rangeToOffsets(map, range)!;
    expect(map.text.slice(span.start, span.end)).toBe('more than 300');
  });
});

describe('offsetsToRange', () => {
  it('builds a DOM range over the offsets, skipping the block break', () => {
    const { map } = page(ARTICLE);
    const start = map.text.indexOf('citizens');
    const end = map.text.indexOf('Dosym');
    const range = offsetsToRange(map, start, end)!;
    expect(range.toString()).toBe('citizens had left.Photo captionAnalyst ');
  });
});

describe('savedMarkSpecs', () => {
  it('splits overlapping highlights into pieces that name every note', () => {
    expect(savedMarkSpecs([{ noteId: 'n1', start: 0, end: 10 }, { noteId: 'n2', start: 5, end: 15 }])).toEqual([
      { start: 0, end: 5, attrs: { 'data-kind': 'saved', 'data-note-id': 'n1', 'data-note-ids': 'n1' } },
      { start: 5, end: 10, attrs: { 'data-kind': 'saved', 'data-note-id': 'n1', 'data-note-ids': 'n1 n2' } },
      { start: 10, end: 15, attrs: { 'data-kind': 'saved', 'data-note-id': 'n2', 'data-note-ids': 'n2' } },
    ]);
  });

  it('keeps apart highlights that do not touch and drops empty ones', () => {
    expect(savedMarkSpecs([{ noteId: 'b', start: 20, end: 25 }, { noteId: 'a', start: 0, end: 4 }, { noteId: 'z', start: 7, end: 7 }]).map((s) => [s.start, s.end])).toEqual([
      [0, 4],
      [20, 25],
    ]);
  });

  it('draws a re-anchored highlight as saved marks and leaves the page text unchanged', async () => {
    const { article, map } = page(ARTICLE);
    const before = document.body.textContent;
    const s = map.text.indexOf('said');
    const { quote, position } = describeRange(map.text, s, map.text.indexOf(' had'));
    const anchor = anchorQuote(map.text, [quote, position])!;
    const { marks } = await wrapMarks(map, savedMarkSpecs([{ noteId: 'n1', start: anchor.start, end: anchor.end }]));
    expect(marks.map((m) => m.textContent).join('')).toBe('said more than 300 citizens');
    expect(article.querySelectorAll(`${MARK_TAG}[data-kind="saved"][data-note-id="n1"]`).length).toBe(marks.length);
    expect(document.body.textContent).toBe(before);
    unwrapMarks(article);
    expect(article.querySelector(MARK_TAG)).toBeNull();
  });
});
