/**
 * A word split across elements is read whole (issue 16, item 1): a drop cap
 * (`<span class="first-letter">Z</span>imbabwe`), bold letters (`<b>Naz</b>arbayev`), a `<wbr>`, a
 * soft hyphen or an inline element inside a name give one name to the engine (the marks drawn
 * for it: names-split-marks.test.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import bundledRaw from '../../data/factbase.json';
import { runPage } from '../../lib/engine/run-page';
import { buildArticleText } from '../../lib/extract/article-text.dom';
import { parseBundle } from '../../lib/factbase/bundle';
import { MemoryFactbase } from '../../lib/factbase/memory';
import { SPLIT, page } from '../support/split-words';

const fb = MemoryFactbase.fromBundle(parseBundle(bundledRaw));
const parse = (h: string): Document => parseHTML(h).document as unknown as Document;

describe('a word split across elements', () => {
  it.each(SPLIT)('is one word of the text for %s', (_what, inner, whole) => {
    const doc = parse(page(inner));
    expect(buildArticleText(doc.querySelector('article')!).text).toContain(` ${whole} would attend`);
  });

  it.each(SPLIT)('is read as one name for %s', async (_what, inner, whole) => {
    const result = await runPage({ content: page(inner) }, 'split', parse, fb);
    const names = result.actors.map((a) => a.text);
    expect(names).toContain(whole);
    // No piece of it is a name of its own.
    const pieces = result.actors.filter((a) => whole.includes(a.text) && a.text !== whole && !whole.split(' ').includes(a.text));
    expect(pieces).toEqual([]);
  });

});
