/**
 * routeRussian: which paragraphs go to the Russian rules, and whether anything is left for the
 * English ones (the engine skips them on a page all in Russian).
 */
import { describe, expect, it } from 'vitest';
import { routeRussian } from '../../../lib/extract/ru/route-ru';
import { splitSentences } from '../../../lib/extract/sentences';

const RU = 'В Актобе задержаны семь человек, сообщили в полиции.';
const EN = 'Police in Aktobe said seven people were detained on Sunday.';

function route(text: string): ReturnType<typeof routeRussian> {
  return routeRussian(text, splitSentences(text));
}

describe('routeRussian', () => {
  it('leaves the English rules nothing on a page all in Russian', () => {
    const r = route(`${RU}\n\n${RU}\n`);
    expect(r?.restBlank).toBe(true);
    expect(r?.rest.trim()).toBe('');
  });

  it.each([
    ['before', `${EN}\n\n${RU}`],
    ['after', `${RU}\n\n${EN}`],
    ['between', `${RU}\n${EN}\n${RU}`],
  ])('keeps an English paragraph %s the Russian ones for the English rules', (_, text) => {
    const r = route(text);
    expect(r?.restBlank).toBe(false);
    expect(r?.rest).toContain(EN);
    expect(r?.rest).toHaveLength(text.length);
  });

  it('does not route a page without Cyrillic', () => {
    expect(route(EN)).toBeNull();
  });
});
