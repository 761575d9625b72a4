// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, nodeAt, textNodesUnder } from '../../lib/marks/text-map.dom';

function page(): HTMLElement {
  document.body.textContent = '';
  const a = document.createElement('article');
  const p1 = document.createElement('p');
  p1.textContent = 'Seven people died.';
  const fig = document.createElement('figure');
  fig.textContent = 'A caption';
  const p2 = document.createElement('p');
  p2.append('Police ', Object.assign(document.createElement('b'), { textContent: 'said' }), ' so.');
  a.append(p1, fig, p2);
  document.body.append(a);
  return a;
}

const noFigures = (el: Element) => el.tagName === 'FIGURE';

describe('collectText', () => {
  it('joins the article\'s text outside excluded subtrees, each character traced back to its node', () => {
    const map = collectText(page(), noFigures);
    expect(map.text).not.toContain('caption');
    expect(map.text).toContain('Seven people died.');
    expect(map.text).toContain('Police said so.');
    const at = map.text.indexOf('said');
    expect(map.nodes[nodeAt(map, at)]!.data).toBe('said');
  });
});

describe('textNodesUnder', () => {
  it('lists the text nodes outside excluded subtrees in document order', () => {
    expect(textNodesUnder(page(), noFigures).map((t) => t.data)).toEqual(['Seven people died.', 'Police ', 'said', ' so.']);
  });
});
