// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { articleSelection } from '../../lib/content/selection.dom';

let article: HTMLElement;
let aside: HTMLElement;
beforeEach(() => {
  document.body.textContent = '';
  article = document.createElement('article');
  article.textContent = 'Security forces detained 14 suspects in Aktobe.';
  aside = document.createElement('aside');
  aside.textContent = 'Related: more stories.';
  document.body.append(article, aside);
  document.getSelection()!.removeAllRanges();
});

function select(node: Node, start: number, end: number): void {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  document.getSelection()!.addRange(range);
}

describe('articleSelection', () => {
  it('gives the text of a selection in the article', () => {
    const at = article.textContent!.indexOf('detained 14 suspects');
    select(article.firstChild!, at, at + 'detained 14 suspects'.length);
    expect(articleSelection(document, article)?.text).toBe('detained 14 suspects');
  });

  it.each([
    ['nothing is selected', () => undefined],
    ['the selection is outside the article', () => select(aside.firstChild!, 0, 7)],
    ['the selection is only spaces', () => {
      article.append(document.createTextNode('   '));
      select(article.lastChild!, 0, 3);
    }],
  ])('is null when %s', (_name, make) => {
    make();
    expect(articleSelection(document, article)).toBeNull();
  });

  it('is null before the pass found the article', () => {
    select(article.firstChild!, 0, 8);
    expect(articleSelection(document, null)).toBeNull();
  });
});
