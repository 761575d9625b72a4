// @vitest-environment happy-dom
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { isExcludedNode } from '../../lib/extract/article-root.dom';
import { findArticleRoot } from '../../lib/extract/readability-root.dom';

// Pages are parsed in a happy-dom Window of their own whose console drops happy-dom's notice for
// every iframe it does not load (a real page has a dozen ad frames, and findArticleRoot clones the
// document). happy-dom 21 loads no scripts, stylesheets or iframes unless told to, so nothing goes
// to the network.
const quietConsole = Object.assign(Object.create(console) as Console, {
  error: (...args: unknown[]) => {
    if (!String(args[0]).includes('loading is disabled')) console.error(...args);
  },
});
const pageWindow = new Window({ console: quietConsole, settings: { handleDisabledFileLoadingAsSuccess: true } });
afterAll(() => pageWindow.happyDOM.close());

function load(html: string): Document {
  return new pageWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

function realPage(file: string): Document {
  return load(readFileSync(join(__dirname, '../fixtures/realpages', file), 'utf8'));
}

// The text annotation would walk: the root without the subtrees isExcludedNode rules out.
function annotatableText(el: Element): string {
  const copy = el.cloneNode(true) as Element;
  Array.from(copy.querySelectorAll('*')).filter(isExcludedNode).forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ');
}

describe('findArticleRoot on real publisher pages', () => {
  it.each([
    {
      file: 'readability_wapo-1_tunisia-bardo-museum-attack_2015.html',
      first: 'Gunmen opened fire on visitors at Tunisia’s most renowned museum on Wednesday, killing at least 19 people',
      last: 'al-Qaeda militants killed more than 20 people in a car bombing outside a synagogue',
      outside: ['Privacy Policy', 'Terms of Service', 'Top Comments', 'Most Read'],
      selector: 'article',
    },
    {
      file: 'readability_bbc-1_obama-gun-laws_2015.html',
      first: 'President Barack Obama has admitted that his failure to pass "common sense gun safety laws"',
      last: 'Mr Obama will become the first US president to address the African Union',
      outside: ['Terms of Use', 'Most Popular', 'BBC navigation', 'Top Stories', 'More on this story'],
      selector: '.story-body__inner',
    },
    {
      file: 'readability_nytimes-1_us-lifts-sudan-sanctions_2017.html',
      first: 'After nearly 20 years of hostile relations, the American government plans to reverse its position on Sudan',
      last: 'the Obama administration had made a “deal with the devil.”',
      outside: ['Site Index', 'Related Coverage', 'Terms of Service', 'Skip to navigation'],
      // Not the whole <article>: it also holds the header, share tools and related coverage.
      selector: '.story-body-1',
    },
    {
      file: 'readability_telegraph_zimbabwe-coup_2017.html',
      first: 'Zimbabwe President Robert Mugabe, his wife Grace and two key figures from her G40 political faction',
      last: 'a regional breadbasket reduced to destitution by economic policies',
      outside: ['Related Topics', 'Family of woolly mammoth skeletons fail to sell at auction', 'News latest'],
      selector: '[itemprop="articleBody"]',
    },
  ])('finds the body of $file', ({ file, first, last, outside, selector }) => {
    const doc = realPage(file);
    const before = doc.documentElement.outerHTML;
    const root = findArticleRoot(doc);
    expect(root).not.toBeNull();
    expect(root!.ownerDocument).toBe(doc); // the live document, not Readability's copy
    expect(['body', 'html']).not.toContain(root!.localName);
    expect(root!.matches(selector)).toBe(true);
    const text = annotatableText(root!);
    expect(text).toContain(first);
    expect(text).toContain(last);
    for (const furniture of outside) expect(text).not.toContain(furniture);
    // Readability ran on a copy: the live page is untouched.
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('findArticleRoot on small pages', () => {
  const paragraph = (n: number) =>
    `<p>Paragraph ${n}: the National Security Committee said on Tuesday that ${n * 7} suspects were detained in Almaty and Aktobe after raids.</p>`;
  const paragraphs = [1, 2, 3, 4, 5, 6].map(paragraph).join('');

  it('returns the container of the paragraphs, not the page, and prefers <article>', () => {
    const doc = load(`<html><body>
      <header><nav><a href="/">Home</a><a href="/world">World</a></nav></header>
      <main><article><h1>Arrests in Almaty</h1><div class="story">${paragraphs}</div></article>
      <aside><h2>Most read</h2><ul><li><a href="/a">A much longer teaser headline about something else entirely</a></li></ul></aside></main>
      <footer>Copyright Example News</footer></body></html>`);
    const root = findArticleRoot(doc);
    expect(root?.localName).toBe('article');
    expect(root!.textContent).toContain('Paragraph 1:');
    expect(root!.textContent).toContain('Paragraph 6:');
    expect(root!.textContent).not.toContain('Most read');
  });

  it('stays on the story container when <article> also holds a long comment thread', () => {
    const comments = Array.from({ length: 12 }, (_, i) =>
      `<div class="comment">Commenter ${i} wrote a long reply about the arrests and what the government should do next about it all.</div>`).join('');
    const doc = load(`<html><body><article><div class="story">${paragraphs}</div>
      <section class="comments">${comments}</section></article></body></html>`);
    const root = findArticleRoot(doc);
    expect(root?.className).toBe('story');
  });

  it('finds paragraphs written as <div>s (which Readability turns into <p>s)', () => {
    const divs = paragraphs.replace(/<(\/?)p>/g, '<$1div>');
    const doc = load(`<html><body><div id="nav"><a href="/">Home</a></div><div id="content">${divs}</div><div id="foot">Contact</div></body></html>`);
    expect(findArticleRoot(doc)?.id).toBe('content');
  });

  it('returns <body> only when the paragraphs sit directly in it', () => {
    const doc = load(`<html><body>${paragraphs}</body></html>`);
    expect(findArticleRoot(doc)?.localName).toBe('body');
  });

  it('returns null when the page has no article text', () => {
    expect(findArticleRoot(load('<html><body><nav><a href="/">Home</a></nav></body></html>'))).toBeNull();
    expect(findArticleRoot(load('<html><body></body></html>'))).toBeNull();
  });
});

describe('isExcludedNode', () => {
  const el = (html: string): Element => {
    const doc = load(`<html><body>${html}</body></html>`);
    return doc.body.firstElementChild!;
  };

  it.each([
    '<script>x</script>', '<style>p{}</style>', '<noscript>n</noscript>', '<template>t</template>',
    '<textarea>t</textarea>', '<input>', '<select><option>o</option></select>', '<button>Share</button>',
    '<code>x = 1</code>', '<pre>x</pre>', '<kbd>Ctrl</kbd>', '<samp>out</samp>', '<svg></svg>',
    '<math></math>', '<iframe></iframe>', '<nav>links</nav>', '<aside>related</aside>',
    '<footer>foot</footer>', '<div contenteditable="true">edit</div>', '<div contenteditable>edit</div>',
    '<div aria-hidden="true">x</div>', '<div hidden>x</div>', '<div class="comments">x</div>',
    '<section id="comments">x</section>', '<dossier-mark data-kind="actor">x</dossier-mark>',
    '<dossier-ui></dossier-ui>', '<div role="navigation">x</div>',
  ])('excludes %s', (html) => {
    expect(isExcludedNode(el(html))).toBe(true);
  });

  it.each([
    '<p>text</p>', '<div>text</div>', '<span>text</span>', '<a href="/">link</a>', '<header>headline</header>',
    '<figure><figcaption>c</figcaption></figure>', '<blockquote>q</blockquote>', '<div class="comment-count">3</div>',
    '<div aria-hidden="false">x</div>', '<div contenteditable="false">x</div>', '<h1>Title</h1>',
  ])('keeps %s', (html) => {
    expect(isExcludedNode(el(html))).toBe(false);
  });
});
