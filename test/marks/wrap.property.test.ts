// @vitest-environment happy-dom
/**
 * Property: wrapping any spans of any article markup in marks never changes the page's text and
 * never throws; removing the marks gives back exactly the markup the page had.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { extractText } from '../../lib/engine/analyze';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { markSpecs } from '../../lib/marks/annotate.dom';
import { collectText } from '../../lib/marks/text-map.dom';
import { MARK_TAG, unwrapMarks, wrapMarks } from '../../lib/marks/wrap.dom';
import { isExcludedNode } from '../../lib/extract/article-root.dom';

const words = ['Islamic State', 'KNB', 'Aktobe', 'killed', '18', 'more than 300', 'citizens', '<img src=x onerror=alert(1)>', '&amp;', 'Нур-Султан', 'مرحبا', '“quoted”', 'IS’s', ' ', '\n', '23, 5%', 'Satpayev said', '. ', 'and'];
const text = fc.array(fc.constantFrom(...words), { minLength: 0, maxLength: 8 }).map((xs) => xs.join(' '));
const tags = ['p', 'b', 'i', 'span', 'a', 'div', 'em', 'mark', 'li', 'script', 'code', 'blockquote', 'h2'];

type Tree = { tag: string; children: (Tree | string)[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...tags),
    children: fc.array(fc.oneof({ depthSize: 'small' }, text, tie('node')), { maxLength: 4 }),
  }),
})).node;

function build(doc: Document, t: Tree): Element {
  const el = doc.createElement(t.tag);
  for (const c of t.children) el.appendChild(typeof c === 'string' ? doc.createTextNode(c) : build(doc, c));
  return el;
}

const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
const deps = { matcher: fb.matcher, actorIdForName: (n: string) => fb.actorIdForName(n) };

describe('marks in any markup', () => {
  it('never change the text, never throw, and come out leaving the markup as it was', async () => {
    let marked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(tree, { minLength: 1, maxLength: 4 }), async (trees) => {
        document.body.replaceChildren();
        const root = document.createElement('article');
        for (const t of trees) root.appendChild(build(document, t));
        document.body.appendChild(root);
        const html = root.innerHTML;
        const before = document.body.textContent;
        const map = collectText(root, isExcludedNode);
        // The real engine decides what to mark, on whatever text the markup holds.
        const ex = extractText(map.text, { sourceId: 's', title: null, publishedAt: null }, deps);
        const analysis = { source: { input: '', title: null, publishedAt: null, url: null, outlet: null }, actors: ex.actors, figures: ex.figures, claims: ex.claims, conflicts: [], incidents: [], timings: { extractMs: 0 } };
        const { marks } = await wrapMarks(map, markSpecs(analysis));
        marked += marks.length;
        expect(document.body.textContent).toBe(before);
        expect(root.querySelectorAll(`script ${MARK_TAG}, code ${MARK_TAG}`).length).toBe(0);
        unwrapMarks(root);
        expect(root.innerHTML).toBe(html);
      }),
      { numRuns: 150 },
    );
    // The property is about something: many runs did put marks in the page.
    expect(marked).toBeGreaterThan(100);
  });
});
