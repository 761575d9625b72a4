import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { claimKey, countedClass, countedRelation, isComparableKey, placeKey, placeSpellingKey, predicateClass } from '../../lib/claims/claim-key';
import { runPage } from '../../lib/engine/run-page';
import { MemoryFactbase } from '../../lib/factbase/memory';

const base = { predicate: 'killed', unit: 'count', subject: null, incidentId: null, place: 'name:aktobe', asOf: '2016-06-06' };

describe('claim keys', () => {
  it('keys an event figure by its incident once linked, so two articles about one attack meet', () => {
    const a = claimKey({ ...base, incidentId: 'inc-1', place: 'name:aktobe' });
    const b = claimKey({ ...base, incidentId: 'inc-1', place: 'name:aktobe-region', asOf: '2016-08' });
    expect(a).toBe('killed|count|incident:inc-1');
    expect(b).toBe(a);
  });

  it('keys an unlinked event figure by place and year, so 2011 and 2016 tolls in one city stay apart', () => {
    expect(claimKey({ ...base, asOf: '2011-05-17' })).not.toBe(claimKey(base));
    expect(claimKey({ ...base, place: 'name:aktobe region' })).toBe(claimKey(base));
  });

  it('keys a stock by whose it is, whatever the date or place', () => {
    const f = { ...base, predicate: 'departed', subject: 'kz', place: 'name:syria' };
    expect(claimKey(f)).toBe('fighters-abroad|count|subject:kz');
    expect(claimKey({ ...f, predicate: 'joined', asOf: '2019-02-24', place: null })).toBe(claimKey(f));
  });

  it('groups predicates that count the same thing, and keeps money apart from counts', () => {
    expect(predicateClass('arrested')).toBe(predicateClass('detained'));
    expect(predicateClass('killed')).not.toBe(predicateClass('wounded'));
    expect(claimKey({ ...base, predicate: 'spending', unit: 'currency:KZT', subject: 'kz' })).toBe('spending|money|subject:kz');
  });

  it('drops administrative suffixes from places: "Aktobe Province" and "Aktobe" meet', () => {
    expect(placeKey('name:aktobe province')).toBe('name:aktobe');
    expect(placeKey('name:aktobe-region')).toBe('name:aktobe');
    expect(placeKey('name:regional')).toBe('name:regional');
  });

  it('refuses to compare event figures that no date places in a year', () => {
    expect(isComparableKey(claimKey({ ...base, asOf: null }))).toBe(false);
    expect(isComparableKey(claimKey(base))).toBe(true);
  });

  it.each([
    ['wives and children', 'with-families'],
    ['policemen', 'security'],
    ['gunmen', 'militants'],
    ['citizens', 'people'],
  ])('names the population of "%s" as %s', (noun, cls) => {
    expect(countedClass(noun, 'killed')).toBe(cls);
  });

  it('counts militants abroad as people, and sees women among people as a scope difference', () => {
    expect(countedClass('militants', 'fighters-abroad')).toBe('people');
    expect(countedRelation('people', 'women')).toBe('scope');
    expect(countedRelation('security', 'militants')).toBe('unrelated');
  });

  it('folds spellings of one place: romanisations, suffixes and Russian case endings meet, other towns do not', () => {
    expect(placeSpellingKey('Aqtobe')).toBe(placeSpellingKey('name:aktobe region'));
    expect(placeSpellingKey('name:taraze')).toBe(placeSpellingKey('Taraz'));
    expect(placeSpellingKey('name:zhanaozene')).toBe(placeSpellingKey('Zhanaozen'));
    expect(placeSpellingKey('Atyrau')).not.toBe(placeSpellingKey('Aktau'));
    expect(placeSpellingKey('Uzen')).toBe('uzen');
  });
});

describe('place spellings in the pipeline', () => {
  it('lets a Russian report on "Таразе" meet an English one on Taraz with an empty fact base', async () => {
    const fb = MemoryFactbase.fromBundle(null);
    const parse = (h: string) => parseHTML(h).document as unknown as Document;
    const read = (content: string, label: string) => runPage({ content, url: null, contentType: 'text' }, label, parse, fb);
    await read('Title: Attack in Taraz\nDate: 2011-11-12\n\nSeven people were killed in a shooting in the city of Taraz on November 12, officials said.', 'en.txt');
    const ru = await read('Title: Нападение в Таразе\nDate: 2011-11-13\n\nВ Таразе 12 ноября в результате нападения погибли восемь человек, сообщили в МВД.', 'ru.txt');
    expect(ru.conflicts.map((c) => [c.kind, c.other.value])).toEqual([['conflict', 7]]);
  });
});

