// @vitest-environment happy-dom
/**
 * The one article-text builder: the same text for the same markup whether the DOM is linkedom's
 * (the command line) or a browser's (the content script), with every character traced to its node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isExcludedNode, locateArticleRoot } from '../../lib/extract/article-root.dom';
import { buildArticleText, buildArticleTextSliced, nodePieces } from '../../lib/extract/article-text.dom';
import { readPage } from '../../lib/extract/page';

const LAYOUTS = join(__dirname, '../fixtures/layouts');
const linkedom = (h: string): Document => parseHTML(/<html/i.test(h) ? h : `<!doctype html><html><body>${h}</body></html>`).document as unknown as Document;
const browser = (h: string): Document => new DOMParser().parseFromString(h, 'text/html');

describe('buildArticleText', () => {
  it('reads a list followed by a <center> note as lines of one paragraph, then a new paragraph', () => {
    const html = '<div><ul><li>Almaty: 12</li><li>Astana: 7</li></ul><center><font>Note</font></center></div>';
    for (const parse of [linkedom, browser]) expect(buildArticleText(parse(html).body).text).toBe('Almaty: 12\nAstana: 7\n\nNote');
  });

  it.each([
    ['<p>  Two   spaces\n and a line  </p><p>Next</p>', 'Two spaces and a line\n\nNext'],
    ['<p>Netan\u00adyahu and Zero\u200bWidth</p>', 'Netanyahu and ZeroWidth'],
    ['<p>one<br>two<br><br>three<br><br><br>four</p>', 'one\ntwo\n\nthree\n\nfour'],
    ['<table><tr><td>City</td><td>Detained</td></tr><tr><td>Almaty</td><td>12</td></tr></table>', 'City Detained\nAlmaty 12'],
    ['<p>Advertisement</p><p>Story</p>', 'Story'],
    ['<p>A <b>bold</b> <i>word</i>.</p>', 'A bold word.'],
  ])('renders %j as %j', (html, expected) => {
    expect(buildArticleText(linkedom(html).body).text).toBe(expected);
    expect(buildArticleText(browser(html).body).text).toBe(expected);
  });

  it.each([
    // A name's hover card (a photo and the person's other stories) is not read; the name is.
    ['<p>Rep. <span class="rollover-people"><a class="rollover-people-link">Ilhan Omar</a><span class="rollover-people-block"><a class="name">Ilhan Omar</a><a>Hillicon Valley: a story</a></span></span> said on Monday that the threats against her had grown.</p>', 'Rep. Ilhan Omar said on Monday that the threats against her had grown.'],
    ['<p>The <span class="tooltip">KNB<span class="tooltiptext">National Security Committee</span></span> said.</p>', 'The KNB said.'],
  ])('leaves out the hover card in %j', (html, expected) => {
    for (const parse of [linkedom, browser]) expect(buildArticleText(parse(html).body, { exclude: isExcludedNode }).text).toBe(expected);
  });

  it('traces every character to its text node, across collapsed spaces and dropped soft hyphens', () => {
    const doc = browser('<p>The  Netan\u00adyahu   government</p>');
    const map = buildArticleText(doc.body);
    const at = map.text.indexOf('Netanyahu');
    const [piece] = nodePieces(map, at, at + 'Netanyahu'.length);
    const node = map.nodes[piece!.node]!;
    // The piece covers the soft hyphen inside the name, so a mark wraps the whole word.
    expect(node.data.slice(piece!.from, piece!.to)).toBe('Netan\u00adyahu');
  });

  it('gives the same text in slices as in one go', async () => {
    const html = readFileSync(join(LAYOUTS, 'list-and-center.html'), 'utf8').repeat(50);
    const doc = browser(html);
    const whole = buildArticleText(doc.body, { exclude: isExcludedNode });
    let pauses = 0;
    const sliced = await buildArticleTextSliced(doc.body, { exclude: isExcludedNode }, async () => void pauses++, 0);
    expect(sliced.text).toBe(whole.text);
    expect(pauses).toBeGreaterThan(0);
  });
});

describe('the command line and the content script on the same markup', () => {
  it.each(['aljazeera-style.html', 'list-and-center.html'])('find the same article and build the same text for %s', async (file) => {
    const html = readFileSync(join(LAYOUTS, file), 'utf8');
    const cli = await readPage({ content: html, url: 'https://example.org/a' }, linkedom);
    const doc = browser(html);
    const root = await locateArticleRoot(doc);
    expect(root).not.toBeNull();
    const live = buildArticleText(root!, { exclude: isExcludedNode }).text;
    expect(live).toBe(cli.text);
    expect(cli.text.length).toBeGreaterThan(300);
  });

  it('reads the Al Jazeera layout\'s article although the app is aria-hidden behind a dialog, without its ads and "More on" box', async () => {
    const { text } = await readPage({ content: readFileSync(join(LAYOUTS, 'aljazeera-style.html'), 'utf8') }, linkedom);
    expect(text).toContain('A gunman killed four people, among them two police officers');
    expect(text).toContain('acts of terrorism.');
    expect(text).not.toContain('Most Read');
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Share on Facebook');
  });
});
