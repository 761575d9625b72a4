// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { isExcludedNode, locateArticleRoot, portableText } from '../../lib/extract/article-root.dom';

const REAL = join(__dirname, '../fixtures/realpages');
const LAYOUTS = join(__dirname, '../fixtures/layouts');

// A window of its own that loads no stylesheets and says nothing about it.
const quiet = Object.assign(Object.create(console) as Console, { error: () => undefined, warn: () => undefined });
const pageWindow = new Window({ console: quiet, settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => pageWindow.happyDOM.close());

function load(html: string): Document {
  return new pageWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('locateArticleRoot (the sliced locator of the content script)', () => {
  it.each([
    ['readability_wapo-1_tunisia-bardo-museum-attack_2015.html', 'killing at least 19 people', 'a car bombing outside a synagogue', 'Top Comments'],
    ['readability_bbc-1_obama-gun-laws_2015.html', 'common sense gun safety laws', 'address the African Union', 'Most Popular'],
    ['readability_nytimes-1_us-lifts-sudan-sanctions_2017.html', 'reverse its position on Sudan', 'deal with the devil', 'Site Index'],
    ['readability_telegraph_zimbabwe-coup_2017.html', 'two key figures from her G40 political faction', 'reduced to destitution by economic policies', 'Related Topics'],
  ])('finds the whole body of %s and nothing around it', async (file, first, last, furniture) => {
    const doc = load(readFileSync(join(REAL, file), 'utf8'));
    const root = await locateArticleRoot(doc);
    expect(root).not.toBeNull();
    expect(['body', 'html']).not.toContain(root!.localName);
    const text = (root!.textContent ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(first);
    expect(text).toContain(last);
    expect(text).not.toContain(furniture);
  });

  it('yields between slices on a long page and still finds the body', async () => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i}, with words, commas, and enough text to count as prose in an article.</p>`).join('');
    const doc = load(`<html><body><nav><p>Home, News, Sport, and more links here for readers</p></nav><article><h1>T</h1><div class="body">${paragraphs}</div></article><aside class="related"><p>Related story one, which is also long enough to count</p></aside></body></html>`);
    let yields = 0;
    const root = await locateArticleRoot(doc, { sliceMs: 0, yieldToPage: async () => void yields++ });
    expect(yields).toBeGreaterThan(10);
    expect(root?.textContent).toContain('Paragraph 2999');
    expect(root?.textContent).not.toContain('Related story one');
  });

  it('returns null for a page without prose', async () => {
    expect(await locateArticleRoot(load('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
  });
});

describe('isExcludedNode on furniture inside the article', () => {
  it.each([
    ['<div class="wp-volt-gal-caption">At least 17 dead</div>', true],
    ['<div class="ad-slot">Skip Ad</div>', true],
    ['<aside class="related-links">More</aside>', true],
    ['<div class="share-bar">Share on Facebook</div>', true],
    [`<div class="article share-enabled">${'Long prose. '.repeat(200)}</div>`, false],
    ['<div class="story-body">Text</div>', false],
  ])('%s excluded: %s', (html, excluded) => {
    const doc = load(`<html><body>${html}</body></html>`);
    expect(isExcludedNode(doc.body.firstElementChild!)).toBe(excluded);
  });

  it('takes a newsletter box whose markup is long but whose text is short for furniture', () => {
    const indent = `\n${' '.repeat(60)}`;
    const lines = ['Sign up for The Steppe Brief, a weekly newsletter.', 'Monthly', '$7 a month', 'Annual', '$70 a year', 'We accept Apple Pay.'];
    const doc = load(`<html><body><div class="newsletter-signup">${lines.map((l) => `${indent}<p>${indent}${l}${indent}</p>`.repeat(4)).join('')}</div></body></html>`);
    const box = doc.body.firstElementChild!;
    expect(box.textContent!.length).toBeGreaterThan(1500);
    expect(isExcludedNode(box)).toBe(true);
  });
});

// A browser running scripts parses <noscript> as one raw text node holding its markup; linkedom
// (the command line) and happy-dom parse elements. Turning one into the other is what the same
// page looks like in the tab.
function noscriptsAsRawText(doc: Document): void {
  for (const ns of Array.from(doc.querySelectorAll('noscript'))) ns.replaceChildren(doc.createTextNode(ns.innerHTML));
}

describe('the same measures in every DOM', () => {
  it('portableText leaves out <noscript> and <template> content however they were parsed', () => {
    const doc = load('<html><body><div id="a">Before <noscript><img alt="x" src="https://example.invalid/a.jpg"></noscript><template><p>Later</p></template>after.</div></body></html>');
    const el = doc.getElementById('a')!;
    expect(portableText(el)).toBe('Before after.');
    noscriptsAsRawText(doc);
    expect(el.textContent).toContain('example.invalid');
    expect(portableText(el)).toBe('Before after.');
  });

  it('stops early past a limit, and the text it gives is then longer than the limit', () => {
    const doc = load(`<html><body><div id="a">${'<p>word word</p>'.repeat(500)}</div></body></html>`);
    const el = doc.getElementById('a')!;
    expect(portableText(el).length).toBeGreaterThan(4000);
    expect(portableText(el, 100).length).toBeGreaterThan(100);
    expect(portableText(el, 100).length).toBeLessThan(portableText(el).length);
  });

  it('reads a bare-div paragraph holding a <noscript> block as a paragraph, parsed either way', async () => {
    const prose = (n: number): string => `In the city, officials said, the talks went on, and on, for ${n} hours, with more to come later.`;
    const html = `<html><body><div id="side"><div>${prose(1)}</div></div><div id="story"><div>${prose(2)} ${prose(3)} ${prose(4)}<noscript><p>Please turn on JavaScript to see the map.</p></noscript></div></div></body></html>`;
    const asElements = await locateArticleRoot(load(html));
    const tab = load(html);
    noscriptsAsRawText(tab);
    const asText = await locateArticleRoot(tab);
    expect(asElements?.id).toBe('story');
    expect(asText?.id).toBe('story');
  });

  it('chooses the same article root on a page whose images have <noscript> fallbacks, parsed either way', async () => {
    const html = readFileSync(join(LAYOUTS, 'script-added-boxes.html'), 'utf8');
    const asElements = await locateArticleRoot(load(html));
    const tab = load(html);
    noscriptsAsRawText(tab);
    const asText = await locateArticleRoot(tab);
    expect(asElements?.id).toBe('story-body');
    expect(asText?.id).toBe('story-body');
  });
});

describe('locateArticleRoot on short and div-only articles', () => {
  it('finds an article of one paragraph', async () => {
    const doc = load('<html><body><nav><p>Home, News, and Sport: the sections</p></nav><article><h1>T</h1><div class="article-body"><p>The explosion at a market in Bishkek on April 10 killed 3 people, officials said.</p></div></article></body></html>');
    expect((await locateArticleRoot(doc))?.textContent).toContain('killed 3 people');
  });
  it('finds an article written in bare divs', async () => {
    const doc = load(`<html><body><div id="story">${Array.from({ length: 4 }, (_, i) => `<div>Paragraph ${i}, written as a div, with commas, and enough words to be prose.</div>`).join('')}</div></body></html>`);
    expect((await locateArticleRoot(doc))?.id).toBe('story');
  });
});
