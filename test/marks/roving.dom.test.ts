// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startRoving } from '../../lib/marks/roving.dom';

function page(): void {
  document.body.textContent = '';
  const p = document.createElement('p');
  const marks: [string, string, string | null][] = [
    ['actor', '0', null],
    ['figure', '0', null],
    // One mention split over two pieces is one stop.
    ['actor', '1', null],
    ['actor', '1', null],
    ['figure', '1', 'conflict'],
  ];
  for (const [kind, index, disagreement] of marks) {
    const m = document.createElement('dossier-mark');
    m.setAttribute('data-kind', kind);
    m.setAttribute('data-index', index);
    m.setAttribute('tabindex', '-1');
    if (disagreement) m.setAttribute('data-disagreement', disagreement);
    m.textContent = `${kind}${index} `;
    p.append(m);
  }
  document.body.append(p);
}

const stops = (): Element[] => [...document.querySelectorAll('dossier-mark[tabindex="0"]')];
const key = (k: string): void => {
  document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
};

describe('startRoving', () => {
  let controller: AbortController;
  beforeEach(() => {
    page();
    controller = new AbortController();
  });
  afterEach(() => controller.abort());

  it('leaves exactly one mark in the tab order', () => {
    startRoving(document, controller.signal).refresh();
    expect(stops()).toHaveLength(1);
    expect(stops()[0]!.textContent).toBe('actor0 ');
  });

  it('moves with j / k and the arrows, over mentions rather than pieces, and the focused mark becomes the stop', () => {
    const roving = startRoving(document, controller.signal);
    roving.refresh();
    (stops()[0] as HTMLElement).focus();
    key('j');
    expect(document.activeElement!.textContent).toBe('figure0 ');
    key('ArrowDown');
    expect(document.activeElement!.textContent).toBe('actor1 ');
    key('j');
    expect(document.activeElement!.textContent).toBe('figure1 ');
    key('k');
    key('ArrowLeft');
    expect(document.activeElement!.textContent).toBe('figure0 ');
    expect(stops()).toEqual([document.activeElement]);
  });

  it('jumps to the next disagreement, wrapping round', () => {
    const roving = startRoving(document, controller.signal);
    roving.refresh();
    expect(roving.nextDisagreement()?.getAttribute('data-disagreement')).toBe('conflict');
    expect(roving.nextDisagreement()?.getAttribute('data-index')).toBe('1');
  });

  it('stops listening when its signal aborts', () => {
    startRoving(document, controller.signal).refresh();
    (stops()[0] as HTMLElement).focus();
    controller.abort();
    key('j');
    expect(document.activeElement!.textContent).toBe('actor0 ');
  });
});
