import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, dateFromUrl, findPublishedDate, parseHeaderDate } from '../../lib/extract/metadata';

const doc = (head: string, body = '') =>
  parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;

const ldJson = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('parseHeaderDate', () => {
  it.each([
    ['2016-07-20', '2016-07-20'],
    ['2016-7-2', '2016-07-02'],
    ['2016-07-20T23:30:00-05:00', '2016-07-20'],
    ['2017-11-16T14:15+0000', '2017-11-16'],
    ['2016/07/20', '2016-07-20'],
    ['20170113', '2017-01-13'],
    ['July 20, 2016', '2016-07-20'],
    ['Jul. 20, 2016', '2016-07-20'],
    ['Jan. 13, 2017', '2017-01-13'],
    ['Wednesday, July 20th, 2016 at 10:30 AM', '2016-07-20'],
    ['Sept 9 2016', '2016-09-09'],
    ['20 July 2016', '2016-07-20'],
    ['20th of July, 2016', '2016-07-20'],
    ['Wed, 20 Jul 2016 10:30:00 +0600', '2016-07-20'],
    ['20 июля 2016 г.', '2016-07-20'],
    ['20.07.2016', '2016-07-20'],
    ['20/07/2016', '2016-07-20'],
    ['07/20/2016', '2016-07-20'],
    ['July 2016', '2016-07'],
    ['2016-07', '2016-07'],
    ['2016', '2016'],
    ['  2016  ', '2016'],
  ])('reads %j as %s', (input, expected) => {
    expect(parseHeaderDate(input)).toBe(expected);
  });

  it.each([
    ['03/04/2016'], // day-first or month-first: not guessed
    ['2016-02-30'],
    ['2016-13-01'],
    ['Blursday 40, 2016'],
    ['yesterday'],
    ['300 killed'],
    ['12345'],
    [''],
  ])('refuses %j', (input) => {
    expect(parseHeaderDate(input)).toBeNull();
  });
});

describe('findPublishedDate', () => {
  it('reads datePublished from a NewsArticle in JSON-LD', () => {
    expect(findPublishedDate(doc(ldJson({ '@type': 'NewsArticle', datePublished: '2016-07-20T09:00:00+06:00' })))).toBe('2016-07-20');
  });

  it('finds the article inside an @graph array, ahead of the WebPage', () => {
    const data = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', datePublished: '2010-01-01' },
        { '@type': ['NewsArticle'], headline: 'x', datePublished: '2016-07-20' },
      ],
    };
    expect(findPublishedDate(doc(ldJson(data)))).toBe('2016-07-20');
  });

  it('reads a top-level JSON-LD array and falls back to any datePublished', () => {
    expect(findPublishedDate(doc(ldJson([{ '@type': 'Organization' }, { '@type': 'WebPage', datePublished: '2015-05-05' }])))).toBe('2015-05-05');
  });

  it('skips broken JSON-LD and uses the meta tags', () => {
    const head = '<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="2016-07-20T23:30:00-05:00">';
    // Late evening in New York is the next day in UTC: the date as written is kept.
    expect(findPublishedDate(doc(head))).toBe('2016-07-20');
  });

  it.each([
    ['<meta property="og:published_time" content="2016-07-20">'],
    ['<meta property="article:published" content="2016-07-20T00:00:04-05:00">'],
    ['<meta name="pubdate" content="2016-07-20">'],
    ['<meta name="publishdate" content="20160720">'],
    ['<meta name="date" content="2016-07-20">'],
    ['<meta name="DC.date.issued" content="2016-07-20">'],
    ['<meta name="sailthru.date" content="2016-07-20 10:30:00">'],
    ['<meta name="parsely-pub-date" content="2016-07-20T04:30:00Z">'],
    ['<meta itemprop="datePublished" content="2016-07-20">'],
  ])('reads %s', (head) => {
    expect(findPublishedDate(doc(head))).toBe('2016-07-20');
  });

  it('takes the first itemprop=datePublished, not those of related stories', () => {
    const body = '<article><time itemprop="datePublished" datetime="2016-07-20T10:00">20 July</time></article>'
      + '<aside><time itemprop="datePublished" datetime="2016-08-01">1 Aug</time></aside>';
    expect(findPublishedDate(doc('', body))).toBe('2016-07-20');
  });

  it('reads <time datetime> inside the article, and not elsewhere', () => {
    expect(findPublishedDate(doc('', '<article><p>x</p><time datetime="2016-07-20">July 20</time></article>'))).toBe('2016-07-20');
    expect(findPublishedDate(doc('', '<div class="sidebar"><time datetime="2016-07-20">July 20</time></div>'))).toBeNull();
  });

  it('falls back to a date in the canonical address', () => {
    expect(findPublishedDate(doc('<link rel="canonical" href="https://example.org/world/2015/03/18/story.html">'))).toBe('2015-03-18');
    expect(findPublishedDate(doc('<meta property="og:url" content="https://example.org/2016/07/slug/">'))).toBe('2016-07');
  });

  it('gives null for a page with no date', () => {
    expect(findPublishedDate(doc('<title>x</title>', '<p>Posted in 2016, 300 killed</p>'))).toBeNull();
  });

  it.each([
    ['readability_bbc-1_obama-gun-laws_2015.html', '2015-07-24'], // JSON-LD
    ['readability_nytimes-1_us-lifts-sudan-sanctions_2017.html', '2017-01-13'], // article:published
    ['readability_telegraph_zimbabwe-coup_2017.html', '2017-11-16'], // first itemprop, not the teasers' 2017-11-21
    ['readability_wapo-1_tunisia-bardo-museum-attack_2015.html', '2015-03-18'], // canonical URL only
  ])('dates the real page %s as %s', (file, expected) => {
    const html = readFileSync(join(__dirname, '../fixtures/realpages', file), 'utf8');
    expect(findPublishedDate(parseHTML(html).document as unknown as Document)).toBe(expected);
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['http://www.washingtonpost.com/world/gunmen-storm-museum/2015/03/18/00202e76_story.html', '2015-03-18'],
    ['https://www.nytimes.com/2017/01/13/world/africa/sudan-sanctions.html', '2017-01-13'],
    ['https://example.org/2016-07-20/story', '2016-07-20'],
    ['https://example.org/2016/07/story-slug', '2016-07'],
    ['https://example.org/news/33646704', null],
    ['https://example.org/2016/13/40/x', null],
    ['not a url at all', null],
    [null, null],
  ])('reads %s as %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('canonicalUrl', () => {
  it('prefers <link rel=canonical> over og:url', () => {
    expect(canonicalUrl(doc('<meta property="og:url" content="https://b.example/"><link rel="canonical" href=" https://a.example/ ">'))).toBe('https://a.example/');
    expect(canonicalUrl(doc('<meta property="og:url" content="https://b.example/">'))).toBe('https://b.example/');
    expect(canonicalUrl(doc(''))).toBeNull();
  });
});
