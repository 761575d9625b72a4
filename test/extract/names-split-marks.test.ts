// @vitest-environment happy-dom
/**
 * A name split across elements (see names-split-words.test.ts) is drawn as pieces of one mention:
 * several `dossier-mark`s with one `data-index`, covering exactly the name, counted once by the
 * count the popup and the page's host show. (happy-dom: wrapping splits text nodes.)
 */
import { describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { extractText } from '../../lib/engine/analyze';
import { isExcludedNode } from '../../lib/extract/article-root.dom';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { markSpecs, markedMentions } from '../../lib/marks/annotate.dom';
import { collectText } from '../../lib/marks/text-map.dom';
import { MARK_TAG, wrapMarks } from '../../lib/marks/wrap.dom';
import { SPLIT, page } from '../support/split-words';

const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));

async function draw(inner: string) {
  const doc = new DOMParser().parseFromString(page(inner), 'text/html');
  const root = doc.querySelector('article')!;
  const before = doc.body.textContent;
  const map = collectText(root, isExcludedNode);
  const ex = extractText(map.text, { sourceId: 's', title: null, publishedAt: null }, { matcher: fb.matcher, actorIdForName: (n: string) => fb.actorIdForName(n) });
  const analysis = { source: { input: '', title: null, publishedAt: null, url: null, outlet: null }, actors: ex.actors, figures: ex.figures, claims: ex.claims, conflicts: [], incidents: [], timings: { extractMs: 0 } };
  const { marks } = await wrapMarks(map, markSpecs(analysis));
  return { doc, root, before, analysis, marks };
}

describe('a name split across elements, drawn', () => {
  it.each(SPLIT)('is drawn as pieces of one mention, counted once, for %s', async (_what, inner, whole) => {
    const { doc, root, before, analysis, marks } = await draw(inner);
    const index = analysis.actors.findIndex((a) => a.text === whole || a.text === whole.split(' ').pop());
    expect(index).toBeGreaterThanOrEqual(0);
    const pieces = Array.from(root.querySelectorAll(`${MARK_TAG}[data-index="${index}"]`)).filter((m) => m.getAttribute('data-kind') !== 'figure');
    // The marks keep the page's own characters (a soft hyphen stays in the page, unseen).
    expect(pieces.map((m) => m.textContent).join('').replace(/\u00ad/gu, '')).toBe(analysis.actors[index]!.text);
    expect(doc.body.textContent).toBe(before);
    // The popup's count and the host's data-actors count mentions, not pieces.
    expect(markedMentions(marks, ['actor', 'unknown'])).toBe(new Set(analysis.actors.map((_a, i) => i).filter((i) => root.querySelector(`${MARK_TAG}[data-index="${i}"]:not([data-kind="figure"])`))).size);
  });

  it('draws a name over a drop cap as two marks of the same mention', async () => {
    const { root } = await draw('<span class="first-letter">Z</span>imbabwe');
    const marks = Array.from(root.querySelectorAll(MARK_TAG)).filter((m) => /Z|imbabwe/.test(m.textContent ?? ''));
    expect(marks.map((m) => m.textContent)).toEqual(['Z', 'imbabwe']);
    expect(new Set(marks.map((m) => m.getAttribute('data-index'))).size).toBe(1);
  });
});
