// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { markSelector, revealMark } from '../../lib/content/reveal.dom';
import { mark } from './support';

let ctx: ContentScriptContext;
beforeEach(() => {
  vi.useFakeTimers();
  document.body.textContent = '';
  const p = document.createElement('p');
  p.append(mark('actor', 0, 'Kazakhstan'), ' ', mark('unknown', 1, 'Zorvex'), ' ', mark('figure', 1, '14 suspects'), ' ');
  const saved = mark('saved', 0, 'a quote', { 'data-note-ids': 'n1 note-2' });
  saved.removeAttribute('data-index');
  p.append(saved);
  document.body.append(p);
  Element.prototype.scrollIntoView = vi.fn();
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  vi.useRealTimers();
});

describe('revealMark', () => {
  it.each([
    ['an actor', { kind: 'actor', index: 0 }, 'Kazakhstan'],
    ['an unknown name, by its actor index', { kind: 'actor', index: 1 }, 'Zorvex'],
    ['a saved highlight, by one of its note ids', { kind: 'saved', index: 0, noteId: 'note-2' }, 'a quote'],
    ['a figure, not the unknown name with the same index', { kind: 'figure', index: 1 }, '14 suspects'],
  ] as const)('finds %s', (_name, ref, text) => {
    expect(document.querySelector(markSelector(ref))?.textContent).toBe(text);
  });

  it('scrolls to the mark, focuses it and flashes an outline that goes again', () => {
    const target = document.querySelector<HTMLElement>(markSelector({ kind: 'figure', index: 1 }))!;
    expect(revealMark(ctx, document, { kind: 'figure', index: 1 })).toBe(true);
    expect(target.scrollIntoView).toHaveBeenCalled();
    expect(document.activeElement).toBe(target);
    expect(target.style.getPropertyValue('outline')).toContain('solid');
    vi.advanceTimersByTime(2000);
    expect(target.style.getPropertyValue('outline')).toBe('');
  });

  it('does nothing for a mark the page does not have', () => {
    expect(revealMark(ctx, document, { kind: 'figure', index: 99 })).toBe(false);
  });
});
