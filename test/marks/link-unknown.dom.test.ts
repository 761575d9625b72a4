// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { linkUnknownMarks } from '../../lib/marks/mark-names.dom';

describe('linkUnknownMarks', () => {
  it('turns every mark of the added name into the new actor’s mark at once, text unchanged', () => {
    document.body.textContent = '';
    const p = document.createElement('p');
    for (const [i, word] of [['0', 'Zorvex'], ['1', 'Dana'], ['2', 'Zorvex']] as const) {
      const m = document.createElement('dossier-mark');
      m.setAttribute('data-kind', 'unknown');
      m.setAttribute('data-index', i);
      m.textContent = word;
      p.append(m, ' ');
    }
    document.body.append(p);
    const before = document.body.textContent;
    expect(linkUnknownMarks(document, [0, 2], 'user-zorvex')).toBe(2);
    const marks = [...document.querySelectorAll('dossier-mark')];
    expect(marks.map((m) => m.getAttribute('data-kind'))).toEqual(['actor', 'unknown', 'actor']);
    expect(marks[2]!.getAttribute('data-actor-id')).toBe('user-zorvex');
    expect(marks[0]!.getAttribute('style')).toContain('dotted');
    expect(document.body.textContent).toBe(before);
  });
});
