import { describe, expect, it } from 'vitest';
import { claimGroupWords, claimScopeWords } from '../../components/options/claim-key-words';

describe('claim keys in words', () => {
  it.each([
    ['fighters-abroad|count|subject:kazakhstan', 'fighters-abroad', 'count', 'fighters abroad, about Kazakhstan'],
    ['killed|count|place:aktobe|2016', 'killed', 'count', 'killed, in Aktobe, 2016'],
    ['spending|money|subject:name:ministry-of-finance', 'spending', 'currency:KZT', 'spending (money), about Ministry of Finance'],
  ])('says %s as "%s"', (key, predicate, unit, words) => {
    expect(claimGroupWords({ key, predicate, unit })).toBe(words);
  });

  it('says when a key has no subject, place or year', () => {
    expect(claimScopeWords('killed|count|place:-|-')).toBe('no subject, place or year');
  });
});
