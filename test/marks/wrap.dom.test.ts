// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText } from '../../lib/marks/text-map.dom';
import { MARK_TAG, unwrapMarks, wrapMarks, type MarkSpec } from '../../lib/marks/wrap.dom';

const spec = (text: string, needle: string, kind: string, index: string, from = 0): MarkSpec => {
  const start = text.indexOf(needle, from);
  return { start, end: start + needle.length, attrs: { 'data-kind': kind, 'data-index': index } };
};

/** Each mark as `kind#index[text]`, nested marks inside their parent's brackets' text. */
function described(root: Element): string[] {
  return Array.from(root.querySelectorAll(MARK_TAG)).map((m) => `${m.parentElement?.localName === MARK_TAG ? '  ' : ''}${m.getAttribute('data-kind')}#${m.getAttribute('data-index')}[${m.textContent}]`);
}

describe('wrapMarks', () => {
  it('marks a mention inside another inside its mark, across element boundaries too', async () => {
    // <article><p>Officials said <b>two NASA</b> astronauts and two Los-Angeles hospitals were named.</p></article>
    const root = document.createElement('article');
    const p = document.createElement('p');
    const b = document.createElement('b');
    b.textContent = 'two NASA';
    p.append('Officials said ', b, ' astronauts and two Los-Angeles hospitals were named.');
    root.append(p);
    document.body.replaceChildren(root);
    const html = root.innerHTML;
    const before = document.body.textContent;
    const map = collectText(root, () => false);
    const specs = [
      spec(map.text, 'two NASA astronauts', 'figure', '0'),
      spec(map.text, 'NASA', 'actor', '0'),
      spec(map.text, 'two Los-Angeles hospitals', 'figure', '1'),
      spec(map.text, 'Los-Angeles', 'unknown', '1'),
    ];
    const { marks } = await wrapMarks(map, specs);
    expect(described(root)).toEqual([
      'figure#0[two NASA]',
      '  actor#0[NASA]',
      'figure#0[ astronauts]',
      'figure#1[two Los-Angeles hospitals]',
      '  unknown#1[Los-Angeles]',
    ]);
    // In the specs' order, a mention's pieces together.
    expect(marks.map((m) => `${m.getAttribute('data-kind')}#${m.getAttribute('data-index')}`)).toEqual(['figure#0', 'figure#0', 'actor#0', 'figure#1', 'unknown#1']);
    expect(document.body.textContent).toBe(before);
    unwrapMarks(root);
    expect(root.innerHTML).toBe(html);
  });
});
