// @vitest-environment happy-dom
/**
 * The command line and the content script read the same article text: the known divergences of
 * issue 16 (a page with no prose, hidden copies of text, photo credits), each read both ways —
 * `readPage` on linkedom (the CLI's path) and `annotateDocument` on the live (happy-dom) page.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPage } from '../../lib/extract/page';
import { annotateDocument, type AnnotateDeps } from '../../lib/marks/annotate.dom';
import type { PageAnalysis } from '../../lib/messaging/views';

const linkedom = (h: string): Document => parseHTML(h).document as unknown as Document;

/** What the content script sends for analysis on `html` (null when it sends nothing). */
async function extensionText(html: string): Promise<string | null> {
  // The live document becomes the page: parsed, then its head and body put in place of this one's.
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.head.replaceWith(document.importNode(parsed.head, true));
  document.body.replaceWith(document.importNode(parsed.body, true));
  let sent: string | null = null;
  const deps: AnnotateDeps = {
    analyze: async (req) => {
      sent = req.text;
      return { actors: [], figures: [], claims: [], conflicts: [] } as unknown as PageAnalysis;
    },
  };
  await annotateDocument(document, deps);
  return sent;
}

const cliText = async (html: string): Promise<string> => (await readPage({ content: html, url: 'https://news.example/a' }, linkedom)).text;

const PROSE = [
  'Officials in the capital said on Tuesday that the talks would resume next week, after a pause of several months.',
  'The ministry, which did not give a reason for the delay, said both delegations had agreed to the new date.',
  'Observers said the talks, the first since the spring, would focus on trade, transport and the shared border.',
];
const article = (extra: string): string =>
  `<!DOCTYPE html><html><head><title>Talks</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks to resume</h1><p>${PROSE[0]}</p>${extra}<p>${PROSE[1]}</p><p>${PROSE[2]}</p></article></body></html>`;

describe('the command line and the content script read the same text', () => {
  it('a page with no prose: no article text either way (not the whole <body> in the command line)', async () => {
    const html = '<!DOCTYPE html><html><head><title>Index</title></head><body><nav><a href="/a">Politics</a> <a href="/b">Business</a> <a href="/c">Sport</a></nav><div><a href="/d">Latest news from Astana and the region</a></div><div>Sign in</div></body></html>';
    expect(await cliText(html)).toBe('');
    expect(await extensionText(html)).toBeNull();
  });

  it.each([
    ['text with the hidden attribute', '<p hidden>A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['text under an inline display:none', '<div style="color: red; display:none">A hidden copy of Nursultan Nazarbayev saying this.</div>'],
    ['text under an inline visibility:hidden', '<p style="visibility: hidden">A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['aria-hidden text', '<p aria-hidden="true">A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['text of a visually-hidden class', '<span class="visually-hidden">A hidden copy of Nursultan Nazarbayev saying this.</span>'],
    ['a photo credit', '<figure><img src="a.jpg"><figcaption>Delegates arrive. <span class="credit">Ashraf Shazly/Agence France-Presse — Getty Images</span></figcaption></figure>'],
    ['a credit by its itemprop', '<div class="img"><img src="a.jpg"><span itemprop="copyrightHolder">Ashraf Shazly/AFP</span></div>'],
    ['a photo caption', '<figure><img src="a.jpg"><figcaption>Nursultan Nazarbayev arrives for the talks.</figcaption></figure>'],
    ['a promo paragraph that is a link', '<p><strong>READ MORE: <a href="/x">Nazarbayev to visit the capital for talks on trade next week</a></strong></p>'],
    ['a list of links to other stories', '<h3>Don’t miss</h3><ul><li><a href="/a">Nazarbayev visits Astana</a></li><li><a href="/b">Shazly wins a prize for his photographs</a></li></ul>'],
    ['a time stamp', '<p>Updated Nov 19, 6:55 AM; Posted Nov 19, 6:51 AM by Shazly</p>'],
  ])('%s is read by neither', async (_name, extra) => {
    const html = article(extra);
    const cli = await cliText(html);
    expect(cli).toContain(PROSE[1]);
    expect(cli).not.toMatch(/Nazarbayev|Shazly/);
    expect(await extensionText(html)).toBe(cli);
  });

  it('text the page CSS hides is not read in the extension (the command line cannot see CSS)', async () => {
    const html = article('<div class="m-only">A copy of Nursultan Nazarbayev for small screens.</div>').replace('</head>', '<style>.m-only { display: none }</style></head>');
    const sent = await extensionText(html);
    expect(sent).toContain(PROSE[1]);
    expect(sent).not.toContain('Nazarbayev');
  });

  it('a page wrapped in one <form> (ASP.NET) has its article read, the same either way', async () => {
    const more = Array.from({ length: 12 }, (_, i) => `<p>${PROSE[i % 3]!.replace('the', `the ${i + 2}th`)}</p>`).join('');
    const html = article(more).replace('<body>', '<body><form id="aspnetForm" method="post">').replace('</body>', '</form></body>');
    const cli = await cliText(html);
    expect(cli).toContain(PROSE[0]);
    expect(await extensionText(html)).toBe(cli);
  });
});

describe('a short article beside many teasers of other stories', () => {
  it('is read from its <article>, not from the page of teasers around it, either way', async () => {
    const teaser = (i: number): string => `<div class="item"><h4>Story ${i}</h4><p>A summary of another story, number ${i}, with a clause, another clause, and a third one.</p></div>`;
    const html = `<!DOCTYPE html><html><head><title>Talks</title></head><body><div class="row"><div class="col"><article class="content"><h1>Talks to resume</h1><section>${[...PROSE, ...PROSE.map((p) => p.replace('said', 'added'))].map((p) => `<p>${p}</p>`).join('')}</section></article></div>${Array.from({ length: 8 }, (_, i) => teaser(i)).join('')}</div></body></html>`;
    const cli = await cliText(html);
    expect(cli).toContain(PROSE[1]);
    expect(cli).not.toContain('another story');
    expect(await extensionText(html)).toBe(cli);
  });
});
