// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { followAddedText, isPageChange } from '../../lib/content/follow-added-text.dom';
import { markProcessed } from '../../lib/marks/annotate.dom';
import type { PageAnalysis } from '../../lib/messaging/views';
import { fakeSession } from './support';

const LATE = 'Later, the National Security Committee said it had detained 14 suspects in Shymkent and Taraz.';

function analysisOf(text: string, figure: string): PageAnalysis {
  const start = text.indexOf(figure);
  return {
    actors: [],
    figures: [{ text: figure, start, end: start + figure.length, value: 14, low: 14, high: 14, qualifier: 'exact', unit: 'count', counted: 'suspects', predicate: 'detained' }],
    claims: [],
    conflicts: [],
    source: { title: 't', outlet: null, publishedAt: null },
  } as unknown as PageAnalysis;
}

let article: HTMLElement;
beforeEach(() => {
  document.body.textContent = '';
  article = document.createElement('article');
  const p = document.createElement('p');
  p.textContent = 'The first paragraph, read by the pass, says nothing more here.';
  article.append(p);
  document.body.append(article);
});

describe('isPageChange', () => {
  it.each([
    ['a paragraph the page added', () => ({ target: article, addedNodes: [document.createElement('p')] }), true],
    ['a text node the page added', () => ({ target: article, addedNodes: [document.createTextNode('x')] }), true],
    ['a mark Dossier wrapped', () => ({ target: article, addedNodes: [document.createElement('dossier-mark')] }), false],
    ['a change inside a mark', () => ({ target: document.createElement('dossier-mark'), addedNodes: [document.createTextNode('x')] }), false],
    ['nothing added', () => ({ target: article, addedNodes: [] }), false],
  ])('tells %s', (_name, record, expected) => {
    const r = record();
    expect(isPageChange({ target: r.target, addedNodes: r.addedNodes as unknown as NodeList })).toBe(expected);
  });
});

describe('followAddedText', () => {
  it('analyses only the added text, as the next part, once the page is quiet, and marks it', async () => {
    const session = fakeSession(new AbortController().signal, { root: article });
    session.state.set({ ...session.state.get(), analysis: analysisOf('', 'x') });
    markProcessed(article, session.processed);
    const analyze = vi.fn(async (req: { text: string }) => analysisOf(req.text, '14 suspects'));
    const onAdded = vi.fn();
    followAddedText(session, { analyze, onAdded });
    const p = document.createElement('p');
    p.textContent = LATE;
    article.append(p);
    await vi.waitFor(() => expect(onAdded).toHaveBeenCalledTimes(1), { timeout: 3000 });
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(analyze.mock.calls[0]![0]).toMatchObject({ part: 1 });
    expect(analyze.mock.calls[0]![0].text.trim()).toBe(LATE);
    expect(p.querySelector('dossier-mark[data-kind="figure"]')?.textContent).toBe('14 suspects');
    // The figure is the page's second: its index follows the first part's.
    expect(p.querySelector('dossier-mark')?.getAttribute('data-index')).toBe('1');
    expect(session.state.get().analysis?.figures).toHaveLength(2);
  });

  it('stops watching when the session ends', async () => {
    const controller = new AbortController();
    const session = fakeSession(controller.signal, { root: article });
    session.state.set({ ...session.state.get(), analysis: analysisOf('', 'x') });
    const analyze = vi.fn(async (req: { text: string }) => analysisOf(req.text, '14 suspects'));
    followAddedText(session, { analyze, onAdded: () => undefined });
    controller.abort();
    const p = document.createElement('p');
    p.textContent = LATE;
    article.append(p);
    await new Promise((r) => setTimeout(r, 1200));
    expect(analyze).not.toHaveBeenCalled();
  });
});
