import { join } from 'node:path';
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { elementText, looksLikeHtml, readPage, type HtmlParser } from '../../lib/extract/page';

const REAL = join(__dirname, '../fixtures/realpages/');
const SEEDS = join(__dirname, '../fixtures/seeds/');

// The Node path: linkedom, as the CLI and the bench use it.
const linkedom: HtmlParser = (html) => parseHTML(html).document as unknown as Document;

function real(name: string): string {
  return readFileSync(REAL + name, 'utf8');
}

function read(content: string, extra: { url?: string; contentType?: 'html' | 'text' } = {}) {
  return readPage({ content, ...extra }, linkedom);
}

interface RealCase {
  file: string;
  title: string;
  publishedAt: string;
  contains: string[];
  absent: string[];
}

const REAL_PAGES: RealCase[] = [
  {
    file: 'readability_wapo-1_tunisia-bardo-museum-attack_2015.html',
    title: 'Attack stokes instability fears in North Africa',
    // No date markup at all: it comes from the /2015/03/18/ in the canonical address.
    publishedAt: '2015-03-18',
    contains: [
      'CAIRO — Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people, including 17 foreigners,',
      'About 50 other people were wounded, according to local news reports.',
      'In January, Libyan militants loyal to the Islamic State beheaded 21 Christians — 20 of them Egyptian Copts — along the country’s coast.',
    ],
    absent: ['Privacy Policy', 'Terms of Service', 'Sign In', 'Top Comments', 'Most Read', 'Full Screen'],
  },
  {
    file: 'readability_bbc-1_obama-gun-laws_2015.html',
    title: "Obama admits US gun laws are his 'biggest frustration'",
    publishedAt: '2015-07-24',
    contains: [
      '"If you look at the number of Americans killed since 9/11 by terrorism, it\'s less than 100. If you look at the number that have been killed by gun violence, it\'s in the tens of thousands," Mr Obama said.',
      'After nine African-American churchgoers were killed in South Carolina in June,',
      'But with just 18 months left in power,',
    ],
    absent: ['Terms of Use', 'Most Popular', 'Skip to content', 'BBC navigation', 'Top Stories', 'More on this story', 'Advertisement'],
  },
  {
    file: 'readability_nytimes-1_us-lifts-sudan-sanctions_2017.html',
    title: 'United States to Lift Sudan Sanctions',
    publishedAt: '2017-01-13',
    contains: [
      'LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan and lift trade sanctions, Obama administration officials said late Thursday.',
      'In 1997, President Bill Clinton imposed a comprehensive trade embargo against Sudan and blocked the assets of the Sudanese government,',
      'killing more than 200 people',
      'Sudanese security services killed more than 10 civilians in Darfur.',
    ],
    absent: ['Site Index', 'Related Coverage', 'Terms of Service', 'Skip to navigation', 'Continue reading the main story', 'Advertisement'],
  },
  {
    file: 'readability_telegraph_zimbabwe-coup_2017.html',
    title: "Zimbabwe coup: Robert Mugabe and wife Grace 'insisting he finishes his term', as priest steps in to mediate",
    // The related-story teasers further down carry itemprop=datePublished 2017-11-21.
    publishedAt: '2017-11-16',
    contains: [
      'Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction are under house arrest',
      'The priest, Fidelis Mukonori, is acting as a middle-man between Mr Mugabe and the generals,',
      'there is little public affection for 52-year-old Grace,',
    ],
    absent: ['Related Topics', 'Family of woolly mammoth skeletons fail to sell at auction', 'News latest', '5x5 bulletin'],
  },
];

describe('readPage on real publisher pages', () => {
  it.each(REAL_PAGES)('finds the article body of $file', async ({ file, contains, absent }) => {
    const { text } = await read(real(file));
    for (const sentence of contains) expect(text).toContain(sentence);
    for (const furniture of absent) expect(text).not.toContain(furniture);
  });

  it.each(REAL_PAGES)('reads the title and date of $file', async ({ file, title, publishedAt }) => {
    const page = await read(real(file));
    expect(page.title).toBe(title);
    expect(page.publishedAt).toBe(publishedAt);
  });

  it.each(REAL_PAGES)('lays out $file as trimmed paragraphs separated by blank lines', async ({ file }) => {
    const { text } = await read(real(file));
    expect(text).toBe(text.trim());
    expect(text).not.toMatch(/\n{3,}/);
    expect(text).not.toMatch(/ {2,}|\t|\u00a0/);
    expect(text).not.toMatch(/ \n|\n /);
    expect(text.split('\n\n').length).toBeGreaterThan(10);
  });

  it('reads the byline, site name, canonical URL and language', async () => {
    const wapo = await read(real('readability_wapo-1_tunisia-bardo-museum-attack_2015.html'));
    expect(wapo.byline).toBe('Erin Cunningham');
    expect(wapo.siteName).toBe('Washington Post');
    expect(wapo.url).toMatch(/^http:\/\/www\.washingtonpost\.com\/world\/gunmen-storm-museum/);
    const telegraph = await read(real('readability_telegraph_zimbabwe-coup_2017.html'));
    expect(telegraph.lang).toBe('en-GB');
    expect(telegraph.siteName).toBe('The Telegraph');
    const nytimes = await read(real('readability_nytimes-1_us-lifts-sudan-sanctions_2017.html'), { url: 'https://example.org/x' });
    expect(nytimes.byline).toBe('Jeffrey Gettleman');
    // The given address wins over the page's canonical one.
    expect(nytimes.url).toBe('https://example.org/x');
  });

  it('gives the same text with happy-dom\'s DOMParser (the browser path) as with linkedom', async () => {
    // happy-dom 21 loads no scripts, stylesheets or iframes by default (no network in tests); the
    // setting only keeps it from logging every file it skipped.
    const window = new Window({ settings: { handleDisabledFileLoadingAsSuccess: true } });
    const domParser: HtmlParser = (html) =>
      new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    for (const file of ['readability_wapo-1_tunisia-bardo-museum-attack_2015.html', 'readability_telegraph_zimbabwe-coup_2017.html']) {
      const html = real(file);
      const viaHappyDom = await readPage({ content: html }, domParser);
      const viaLinkedom = await read(html);
      expect(viaHappyDom.text).toBe(viaLinkedom.text);
      expect(viaHappyDom.title).toBe(viaLinkedom.title);
      expect(viaHappyDom.publishedAt).toBe(viaLinkedom.publishedAt);
    }
    void window.happyDOM.close();
  });
});

describe('readPage on small HTML pages', () => {
  const para = (n: number) =>
    `Paragraph ${n} reports that the National Security Committee detained   several\n suspects in Almaty on Tuesday, officials said in a statement to reporters.`;
  const page = `<!doctype html><html lang="ru"><head><title>Arrests in Almaty | Example News</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2016-07-20T23:30:00-05:00"></head>
    <body><nav><a href="/">Home</a> <a href="/world">World news and analysis from our desk</a></nav>
    <article><h1>Arrests in Almaty</h1>${[1, 2, 3, 4, 5].map((n) => `<p>${para(n)}</p>`).join('')}
    <ul><li>First point of the list</li><li>Second point of the list</li></ul>
    <p>Line one<br>line two</p><script>var tracking = "never";</script><style>p{color:red}</style></article>
    <footer>Copyright Example News. All rights reserved. Contact us for licensing.</footer></body></html>`;

  it('keeps the article and leaves navigation, footer, scripts and styles out', async () => {
    const result = await read(page);
    expect(result.text).toContain(para(1).replace(/\s+/g, ' '));
    expect(result.text).toContain(para(5).replace(/\s+/g, ' '));
    expect(result.text).not.toMatch(/Home|World news|Copyright|tracking|color:red/);
    expect(result.title).toBe('Arrests in Almaty');
    expect(result.publishedAt).toBe('2016-07-20');
    expect(result.lang).toBe('ru');
    expect(result.siteName).toBe('Example News');
  });

  it('joins list items with one line break and keeps <br> as a line break', async () => {
    const { text } = await read(page);
    expect(text).toContain('First point of the list\nSecond point of the list');
    expect(text).toContain('Line one\nline two');
  });

  it('gives empty text for a page without any text', async () => {
    expect((await read('<!doctype html><html><head><title>Empty</title></head><body></body></html>')).text).toBe('');
    expect((await read('<html><body><script>document.write("x")</script><nav></nav><div>   </div></body></html>')).text).toBe('');
  });

  it('falls back to the page title without the site suffix when Readability finds nothing', async () => {
    const result = await read(`<html><head><title>Astana blast kills two - Example News</title>
      <meta property="og:site_name" content="Example News"></head></html>`);
    expect(result.text).toBe('');
    expect(result.title).toBe('Astana blast kills two');
  });

  it('strips a UTF-8 BOM before deciding what the content is', async () => {
    const result = await read(`\ufeff${page}`);
    expect(result.title).toBe('Arrests in Almaty');
    expect(result.text).not.toContain('\ufeff');
  });
});

describe('elementText', () => {
  const el = (html: string) => parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node;

  it.each([
    ['<p>a  b\n\t c</p><p>d</p>', 'a b c\n\nd'],
    ['<h2>Head</h2><div>Body <b>bold</b> <i>it</i>alic</div>', 'Head\n\nBody bold italic'],
    ['<ul><li>x</li><li>y</li></ul><p>z</p>', 'x\ny\n\nz'],
    ['<div>outer <p>inner</p> tail</div>', 'outer\n\ninner\n\ntail'],
    ['<p>one<br>two<br><br>three</p>', 'one\ntwo\n\nthree'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>', 'a b\nc d'],
    ['<pre>line 1\n  line 2</pre>', 'line 1\nline 2'],
    ['<p>Nur\u00adSultan\u200b city&nbsp;&nbsp;hall</p>', 'NurSultan city hall'],
    ['<p>kept</p><script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template><svg><text>s</text></svg>', 'kept'],
    ['<figure><img src="a.jpg"><figcaption>A caption</figcaption></figure><blockquote>Quoted</blockquote>', 'A caption\n\nQuoted'],
    ['', ''],
  ])('renders %j as %j', (html, expected) => {
    expect(elementText(el(html))).toBe(expected);
  });
});

describe('readPage on plain text', () => {
  it('takes a Title/Source/Date header off the article', async () => {
    const result = await read('Title: Arrests in Almaty\nSource: https://example.org/news/2016/07/arrests\nDate: July 20, 2016\n\nFirst paragraph.\n\nSecond.\n');
    expect(result).toMatchObject({
      title: 'Arrests in Almaty',
      text: 'First paragraph.\n\nSecond.\n',
      publishedAt: '2016-07-20',
      url: 'https://example.org/news/2016/07/arrests',
      siteName: null,
    });
  });

  it('reads the header in any order and case, with an outlet name as source', async () => {
    const result = await read('date: 20 July 2016\nSOURCE: Tengrinews\ntitle:   Blast in Aktobe  \n\n\nBody text.');
    expect(result).toMatchObject({ title: 'Blast in Aktobe', siteName: 'Tengrinews', publishedAt: '2016-07-20', url: null, text: 'Body text.' });
  });

  it.each([
    ['Date: 2016\n\nText', '2016'],
    ['Date: July 2016\n\nText', '2016-07'],
    ['Date: 2016-07-20T10:00:00+06:00\n\nText', '2016-07-20'],
    ['Date: sometime last week\n\nText', null],
  ])('parses the date of %j', async (content, expected) => {
    expect((await read(content)).publishedAt).toBe(expected);
  });

  it('keeps a page without a header whole, first line included, and gives no title', async () => {
    const content = 'Astana recognizes reality of domestic threat\n\nKazakh authorities stated on Friday...';
    const result = await read(content);
    expect(result.title).toBeNull();
    expect(result.text).toBe(content);
  });

  it('keeps a "Title:" line that is not followed by a blank line as article text', async () => {
    const content = 'Title: not a header\nbecause the article goes straight on.';
    expect(await read(content)).toMatchObject({ title: null, text: content });
  });

  it('normalises line endings and strips a BOM but keeps everything else as is', async () => {
    const result = await read('\ufeffTitle: T\r\n\r\n  Indented line\r\nnext\rlast  \r\n');
    expect(result.title).toBe('T');
    expect(result.text).toBe('  Indented line\nnext\nlast  \n');
  });

  it('gives empty text for empty input and for a header alone', async () => {
    expect((await read('')).text).toBe('');
    expect((await read('Title: Only a title')).text).toBe('');
    expect((await read('Title: Only a title')).title).toBe('Only a title');
  });

  it('treats a text given as text as text even if it mentions tags', async () => {
    const result = await read('<p> is a paragraph tag.', { contentType: 'text' });
    expect(result.text).toBe('<p> is a paragraph tag.');
  });

  it.each(readdirSync(SEEDS).filter((f) => f.endsWith('.txt')))('keeps seed %s exactly (it has no header)', async (file) => {
    const content = readFileSync(SEEDS + file, 'utf8');
    const result = await read(content);
    expect(result.title).toBeNull();
    expect(result.text).toBe(content.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  });
});

describe('looksLikeHtml', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', true],
    ['\n\n  <html lang="en">', true],
    ['<!-- saved page --><head><title>x</title></head>', true],
    ['<p>Just a fragment</p>', true],
    ['<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', true],
    ['Some text that mentions <b> somewhere', false],
    ['Title: A story\n\nThe <html> tag is mentioned later in the article body.', false],
    ['Kazakhstan: More than 300 citizens are now members of ISIS', false],
    ['', false],
  ])('says %j is HTML: %s', async (content, expected) => {
    expect(looksLikeHtml(content)).toBe(expected);
  });
});
