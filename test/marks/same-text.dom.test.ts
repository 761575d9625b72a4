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
    ['the hidden attribute', '<p hidden>A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['an inline display:none', '<div style="color: red; display:none">A hidden copy of Nursultan Nazarbayev saying this.</div>'],
    ['an inline visibility:hidden', '<p style="visibility: hidden">A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['aria-hidden', '<p aria-hidden="true">A hidden copy of Nursultan Nazarbayev saying this.</p>'],
    ['a visually-hidden class', '<span class="visually-hidden">A hidden copy of Nursultan Nazarbayev saying this.</span>'],
    ['a photo credit', '<figure><img src="a.jpg"><figcaption>Delegates arrive. <span class="credit">Ashraf Shazly/Agence France-Presse — Getty Images</span></figcaption></figure>'],
    ['a credit by its itemprop', '<div class="img"><img src="a.jpg"><span itemprop="copyrightHolder">Ashraf Shazly/AFP</span></div>'],
  ])('text hidden by %s is read by neither', async (_name, extra) => {
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
