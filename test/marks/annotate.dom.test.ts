// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markedMentions, markSpecs } from '../../lib/marks/annotate.dom';
import type { PageAnalysis } from '../../lib/messaging/views';

const actor = (text: string, start: number, actorId: string | null, type = 'place') => ({ text, start, end: start + text.length, actorId, type, canonical: actorId ? text : null });
const figure = (text: string, start: number) => ({ text, start, end: start + text.length });

/** A page analysis with just what marks are made from (the rest of the shape is not read). */
function analysis(over: Partial<Record<'actors' | 'figures' | 'claims' | 'conflicts', unknown[]>>): PageAnalysis {
  return { actors: [], figures: [], claims: [], conflicts: [], ...over } as unknown as PageAnalysis;
}

describe('markSpecs', () => {
  it('marks known and unknown actors and figures with their kind, index and accessible name, in text order', () => {
    const specs = markSpecs(analysis({ actors: [actor('Aktobe', 20, 'aktobe'), actor('Zorvex', 0, null, 'organization')], figures: [figure('seven people', 40)] }));
    expect(specs.map((s) => [s.start, s.attrs['data-kind'], s.attrs['data-index']])).toEqual([
      [0, 'unknown', '1'],
      [20, 'actor', '0'],
      [40, 'figure', '0'],
    ]);
    expect(specs[0]!.attrs['aria-label']).toBe('Zorvex, organisation, not in the fact base');
    expect(specs[1]!.attrs['data-actor-id']).toBe('aktobe');
    expect(specs[2]!.attrs['aria-label']).toBe('seven people, figure');
    expect(specs.every((s) => s.attrs.tabindex === '-1' && s.attrs.role === 'button')).toBe(true);
  });

  it('keeps a mention inside a longer one, after it, as the command line lists both', () => {
    const specs = markSpecs(analysis({ actors: [actor('Aktobe', 10, 'aktobe')], figures: [figure('300 Aktobe residents', 6)] }));
    expect(specs.map((s) => [s.attrs['data-kind'], s.start, s.end])).toEqual([
      ['figure', 6, 26],
      ['actor', 10, 16],
    ]);
  });

  it('drops a mention crossing the edge of an earlier one, and a second one of the same span', () => {
    const specs = markSpecs(analysis({ actors: [actor('residents of Aktobe', 0, null), actor('Aktobe Province', 13, 'aktobe-province'), actor('Taraz', 40, 'taraz')], figures: [figure('Taraz', 40)] }));
    expect(specs.map((s) => [s.attrs['data-kind'], s.start, s.end])).toEqual([
      ['unknown', 0, 19],
      ['actor', 40, 45],
    ]);
  });

  it('names each figure\'s strongest disagreement, and flags only a conflict as data-conflict', () => {
    const specs = markSpecs(
      analysis({
        figures: [figure('seven', 0), figure('nine', 10), figure('ten', 20)],
        claims: [{ id: 'a', figure: 0 }, { id: 'b', figure: 1 }, { id: 'c', figure: 2 }],
        conflicts: [{ kind: 'update', claim: 'a' }, { kind: 'conflict', claim: 'a' }, { kind: 'scope', claim: 'b' }],
      }),
    );
    expect(specs.map((s) => [s.attrs['data-disagreement'] ?? null, s.attrs['data-conflict'] ?? null])).toEqual([
      ['conflict', 'true'],
      ['scope', null],
      [null, null],
    ]);
    expect(specs[0]!.attrs['aria-label']).toBe('seven, figure, another source disagrees');
    expect(specs[1]!.attrs['aria-label']).toBe('nine, figure, another source counts differently');
  });

  it('numbers the marks of text added later after the page\'s earlier mentions', () => {
    const specs = markSpecs(analysis({ actors: [actor('Aktobe', 0, 'aktobe')], figures: [figure('seven', 10)] }), { actors: 4, figures: 9 });
    expect(specs.map((s) => s.attrs['data-index'])).toEqual(['4', '9']);
  });
});

describe('markedMentions', () => {
  it('counts a mention split over several marks once, and only the kinds asked for', () => {
    const mark = (kind: string, index: string) => {
      const m = document.createElement('dossier-mark');
      m.setAttribute('data-kind', kind);
      m.setAttribute('data-index', index);
      return m;
    };
    const marks = [mark('actor', '0'), mark('actor', '0'), mark('unknown', '1'), mark('figure', '0'), mark('figure', '0'), mark('saved', '0')];
    expect(markedMentions(marks, ['actor', 'unknown'])).toBe(2);
    expect(markedMentions(marks, ['figure'])).toBe(1);
  });
});
