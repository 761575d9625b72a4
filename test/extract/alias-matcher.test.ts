import { describe, expect, it } from 'vitest';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';
import type { Actor } from '../../lib/factbase/schema';

const actor = (id: string, type: Actor['type'], name: string, aliases: string[] = []): Actor => ({
  id, type, name, aliases, description: '', origin: 'bundled',
});

const matcher = buildAliasMatcher([
  actor('isil', 'organization', 'Islamic State', ['IS', 'ISIS', 'ISIL', 'Daesh', 'IS-K test']),
  actor('wk', 'organization', 'Wilayat Khorasan', ['IS-K']),
  actor('knb', 'organization', 'National Security Committee', ['KNB', 'NSC']),
  actor('hut', 'organization', 'Hizb ut-Tahrir', ['Hizb-ut-Tahrir']),
  actor('satpayev', 'person', 'Dosym Satpayev', ['Satpayev']),
  actor('satanovsky', 'person', 'Yevgeny Satanovsky', ['Satanovsky']),
  actor('aktobe', 'place', 'Aktobe', ['Актобе']),
  actor('astana', 'place', 'Astana', ['Nur-Sultan']),
  actor('total', 'organization', 'Total'),
]);

const found = (text: string) => matcher.match(text).map((m) => [m.text, m.actorId]);

describe('buildAliasMatcher', () => {
  it('never takes the verb "is" for the Islamic State, but finds IS and its possessive', () => {
    expect(found("This is what IS's leaders said; it is IS.")).toEqual([['IS', 'isil'], ['IS', 'isil']]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found('referring to IS-K, and the Islamic State itself')).toEqual([['IS-K', 'wk'], ['Islamic State', 'isil']]);
  });

  it.each([
    ['Hizb ut-Tahrir', 'hut'],
    ['Hizb-ut-Tahrir', 'hut'],
    ['Hizb ut Tahrir', 'hut'],
    ['Nur-Sultan', 'astana'],
    ['Nur Sultan', 'astana'],
    ['Satpaev', 'satpayev'],
    ['Satanovskiy', 'satanovsky'],
    ['Aqtobe', 'aktobe'],
    ['Актобе', 'aktobe'],
    ['NATIONAL SECURITY COMMITTEE', 'knb'],
  ])('links the variant %s', (variant, id) => {
    const text = `Reports from ${variant} said so.`;
    const [m] = matcher.match(text);
    expect(m?.actorId).toBe(id);
    expect(text.slice(m!.start, m!.end)).toBe(variant);
  });

  it('keeps offsets exact around accented and non-Latin text', () => {
    const text = 'Ämbassadør — «Satpayev» said in Актобе.';
    const ms = matcher.match(text);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual(['Satpayev', 'Актобе']);
  });

  it('does not match a name written in lower case as an ordinary word', () => {
    expect(found('the total is high')).toEqual([]);
  });

  it('does not take an acronym inside an all-caps headline', () => {
    expect(found('WHY THIS IS BAD')).toEqual([]);
  });

  it('does not join words across punctuation', () => {
    expect(found('Islamic. State')).toEqual([]);
  });
});

describe('aliases written with dots', () => {
  const m = buildAliasMatcher([actor('us', 'place', 'United States', ['U.S.', 'US'])]);
  it('keeps the final dot of "U.S." in the mention', () => {
    const text = 'the U.S. government said';
    expect(m.match(text).map((x) => x.text)).toEqual(['U.S.']);
  });
  it('still finds "US" without dots', () => {
    expect(m.match('US officials').map((x) => x.text)).toEqual(['US']);
  });
});
