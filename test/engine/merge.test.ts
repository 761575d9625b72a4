import { describe, expect, it } from 'vitest';
import { appendAnalysis } from '../../lib/engine/merge';
import type { PageResult } from '../../lib/engine/types';
import { pageClaim } from '../support/records';

type Analysis = Omit<PageResult, 'text'>;
const fig = (text: string) => ({ text, start: 0, end: text.length, value: 1, low: 1, high: 1, qualifier: 'exact' as const, unit: 'count', counted: null, predicate: 'killed', sentence: { start: 0, end: 10 } });
const analysis = (figs: string[], claimIds: string[]): Analysis => ({
  source: { input: 'x', title: null, publishedAt: null, url: null, outlet: null },
  actors: [],
  figures: figs.map(fig),
  claims: claimIds.map((id, i) => pageClaim(id, { figure: i, quote: 'q', key: 'k', counted: null, value: 1, low: 1, high: 1 })),
  conflicts: [],
  incidents: [],
  timings: { extractMs: 1 },
});

describe('appendAnalysis', () => {
  it('appends a later part, shifting its claims’ figure indexes past the page’s figures', () => {
    const merged = appendAnalysis(analysis(['a', 'b'], ['c0', 'c1']), analysis(['c'], ['p1']));
    expect(merged.figures.map((f) => f.text)).toEqual(['a', 'b', 'c']);
    expect(merged.claims.map((c) => [c.id, c.figure])).toEqual([['c0', 0], ['c1', 1], ['p1', 2]]);
  });
});
