// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/quote-selector';
import type { Note } from '../../lib/factbase/schema';
import { articleMap, drawSavedNotes } from '../../lib/marks/saved.dom';

function article(text: string): HTMLElement {
  document.body.textContent = '';
  const a = document.createElement('article');
  const p = document.createElement('p');
  p.textContent = text;
  a.append(p);
  document.body.append(a);
  return a;
}

function noteOn(text: string, quote: string, id: string): Note {
  const start = text.indexOf(quote);
  const { quote: q, position } = describeRange(text, start, start + quote.length);
  return { id, url: 'https://example.org/a', title: 'A', quote, selectors: [q, position], text: '', tags: [], actorIds: [], claimIds: [], createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };
}

const TEXT = 'Officials said more than 300 citizens had left to fight abroad, and 50 had come back.';

describe('drawSavedNotes', () => {
  it('draws each note found as saved marks, reports one no longer on the page, and leaves the text unchanged', async () => {
    const root = article(TEXT);
    const before = document.body.textContent;
    const found = noteOn(TEXT, 'more than 300 citizens', 'n1');
    const gone = { ...noteOn(TEXT, 'had come back', 'n2'), quote: 'were sentenced in Almaty', selectors: [{ type: 'TextQuoteSelector' as const, exact: 'were sentenced in Almaty', prefix: 'xyz ', suffix: ' qqq' }] };
    const r = await drawSavedNotes(root, [found, gone]);
    expect(r.found.map((f) => [f.note.id, f.exact, f.edit])).toEqual([['n1', true, null]]);
    expect(r.missing.map((n) => n.id)).toEqual(['n2']);
    const marks = [...root.querySelectorAll('dossier-mark[data-kind="saved"]')];
    expect(marks.map((m) => m.textContent).join('')).toBe('more than 300 citizens');
    expect(marks.every((m) => m.getAttribute('data-note-id') === 'n1')).toBe(true);
    expect(document.body.textContent).toBe(before);
  });

  it('does nothing without notes', async () => {
    const root = article(TEXT);
    expect(await drawSavedNotes(root, [])).toEqual({ found: [], missing: [] });
    expect(root.querySelector('dossier-mark')).toBeNull();
  });
});

describe('articleMap', () => {
  it('keeps the text inside Dossier\'s own marks, so offsets match the page before marking', async () => {
    const root = article(TEXT);
    const plain = articleMap(root).text;
    await drawSavedNotes(root, [noteOn(TEXT, '50 had come back', 'n3')]);
    expect(root.querySelector('dossier-mark')).not.toBeNull();
    expect(articleMap(root).text).toBe(plain);
  });
});
