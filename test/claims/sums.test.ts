import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/engine/analyze';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';

const deps = { matcher: buildAliasMatcher([]), actorIdForName: () => null };
const claimsOf = (text: string) => extractText(text, { sourceId: 's', title: null, publishedAt: '2016-06-06' }, deps).claims;

describe('sums and breakdowns', () => {
  it('reads "Four civilians and three National Guardsmen died" as one claim of 7 victims with its parts', () => {
    const claims = claimsOf('Four civilians and three National Guardsmen died in those attacks, the ministry said.');
    const sum = claims.find((c) => c.parts);
    expect(sum).toMatchObject({ value: 7, low: 7, high: 7, role: 'victims', figureText: 'Four civilians and three National Guardsmen' });
    expect(sum!.parts!.map((p) => [p.value, p.role])).toEqual([[4, 'civilians'], [3, 'security']]);
    expect(claims.filter((c) => c.partOf === sum!.id).map((c) => c.value)).toEqual([4, 3]);
  });

  it('makes no sum of a list of figures for one population, or of figures for different measures', () => {
    expect(claimsOf('Seven people died in Aktobe and eight people died in Atyrau.').some((c) => c.parts)).toBe(false);
    expect(claimsOf('Five policemen were killed and twelve civilians were wounded.').some((c) => c.parts)).toBe(false);
  });
});
