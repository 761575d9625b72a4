// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { NumberLine, niceTicks, tickLabel } from '../../components/NumberLine';

describe('niceTicks', () => {
  it.each([
    [0, 320, [0, 100, 200, 300]],
    [200, 320, [200, 250, 300]],
    [0, 7.5, [0, 2, 4, 6]],
  ])('steps from %d to %d at 1, 2 or 5 times a power of ten', (min, max, ticks) => {
    expect(niceTicks(min, max)).toEqual(ticks);
  });
});

describe('tickLabel', () => {
  it.each([
    [1500, '1,500'],
    [2_500_000, '2.5M'],
    [13_500_000_000, '13.5B'],
  ])('writes %d as %s', (n, label) => {
    expect(tickLabel(n)).toBe(label);
  });
});

describe('NumberLine', () => {
  it('draws labelled rows, numeric ticks, an arrow for an open end, and a caption listing the values', () => {
    const el = document.createElement('div');
    render(
      <NumberLine
        items={[
          { label: 'This page', date: '2014-07-08', low: 225, high: 275, value: 250, current: true },
          { label: 'Steppe Dispatch', date: '2014-11-25', low: 301, high: null, value: 300 },
        ]}
      />,
      el,
    );
    const line = el.querySelector('[data-testid="number-line"]')!;
    const ticks = [...line.querySelectorAll('.nl-tick')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.every((t) => /^[\d,]+$/.test(t ?? ''))).toBe(true);
    expect([...line.querySelectorAll('.nl-label')].map((t) => t.textContent)).toEqual(['This page', 'Steppe Dispatch']);
    expect([...line.querySelectorAll('.nl-date')].map((t) => t.textContent)).toEqual(['2014-07-08', '2014-11-25']);
    expect(line.querySelectorAll('polygon.nl-bar')).toHaveLength(1);
    expect(line.querySelector('figcaption')!.textContent).toBe(
      'This page (2014-07-08): between 225 and 275, stated as 250; Steppe Dispatch (2014-11-25): 301 or more, stated as 300',
    );
  });
});
