import { describe, expect, it } from 'vitest';
import { judgeNames } from '../../lib/extract/names/judge';
import { findUnknownActors } from '../../lib/extract/proper-nouns';
import { splitSentences } from '../../lib/extract/sentences';

function judged(text: string): ReturnType<typeof judgeNames> {
  return judgeNames(text, [], findUnknownActors(text, splitSentences(text), []));
}
const names = (text: string): string[] => judged(text).actors.map((m) => m.text);
const typeOf = (text: string, name: string): string | undefined => judged(text).actors.find((m) => m.text === name)?.type;

describe('judgeNames: products, works and labels are no actors', () => {
  it.each<[string, string, string]>([
    ['a console of the lexicon', 'The Xbox is fast, and Dana Scully bought one.', 'Xbox'],
    ['a name opening with a console', 'The Xbox One X is fast, Dana Scully said.', 'Xbox One X'],
    ['the tail of a product name', 'The Xbox One X is fast. The One X is also quiet, Dana Scully said.', 'One X'],
    ['a browser', 'You can install plug-ins for Firefox and Chrome, Dana Scully said.', 'Firefox'],
    ['a film franchise', 'Fans of Star Wars will be pleased, Dana Scully said.', 'Star Wars'],
    ['a title in title-case quotes', 'A sign advertised “First of the Season Fresh Alaskan Halibut” at the counter, Dana Scully said.', 'Season Fresh Alaskan Halibut'],
    ['titles listed after a noun for works', 'We tested a few titles during our review: Zorblat Quest, Morning Glory and Tindle Tale.', 'Morning Glory'],
    ['games listed after "like"', 'It includes already-released games like Zorblat Quest and Tindle Tale, Dana Scully said.', 'Tindle Tale'],
    ['an ordinary word in capitals', 'Make sure a user is targeted before, but never AFTER they buy, Dana Scully said.', 'AFTER'],
    ['a holiday in the possessive', 'Shoppers came in for Mother’s Day, Dana Scully said.', 'Mother'],
    ['a title opening with a capitalised article', 'Lucasfilm spent $15 million to remaster A New Hope last year.', 'A New Hope'],
    ['a long title opening with "The"', 'Lucasfilm remastered The Empire Strikes Back in 1997.', 'The Empire Strikes Back'],
    ['the words an abbreviation stands for', 'The name stands for Light, Encrypted and Open, Dana Scully said.', 'Encrypted'],
    ['a short capitalised prefix of a compound', 'They sold Non-invasive ads, Dana Scully said.', 'Non'],
    ['a product of the lexicon longer than the spotted name', 'We played Gears of War 4 on a PC, Dana Scully said.', 'Gears'],
    ['an app listed with a browser before a closing "and"', 'I had windows open for Zorbits, Safari, and photos, Dana Scully said.', 'Zorbits'],
  ])('drops %s', (_, text, word) => {
    expect(names(text)).not.toContain(word);
  });

  it('keeps a product maker named in the possessive as an organisation', () => {
    const text = 'Zorvex makes consoles. Zorvex’s console is fast, and Zorvex sells it widely.';
    expect(typeOf(text, 'Zorvex')).toBe('organization');
  });

  it('keeps an all-caps name that is also an ordinary word when "the" introduces it', () => {
    expect(names('According to the SITE monitoring group, a message appeared online.')).toContain('SITE');
  });

  it('keeps an organisation whose name opens with a product', () => {
    expect(names('The Raspberry Pi Foundation sold the board, Dana Scully said.')).toContain('Raspberry Pi Foundation');
  });

  it('keeps a nickname in quotes introduced as such', () => {
    const text = 'His wife Grace spoke. Dubbed "Gucci Grace" by critics, Grace said little. Grace left.';
    expect(names(text).filter((n) => n === 'Grace').length).toBeGreaterThanOrEqual(2);
  });
});

describe('judgeNames: the forms of a name', () => {
  it('reads a possessive name with its head word as one name', () => {
    const text = 'Prices matched those at Costco or Zam’s Club last week, Dana Scully said.';
    expect(names(text)).toContain('Zam’s Club');
    expect(typeOf(text, 'Zam’s Club')).toBe('organization');
  });

  it('gives back the sentence-start word the body writes inside the name', () => {
    const text = 'Amazon bought Whole Foods in 2017. Whole Foods is cheaper now, Dana Scully said.';
    expect(names(text).filter((n) => n === 'Whole Foods')).toHaveLength(2);
    expect(names(text)).not.toContain('Foods');
  });

  it('keeps the particle of a surname in its short form', () => {
    const text = 'The philosopher Luis de Miranda wrote a book. Later, de Miranda said neon is a mood. De Miranda smiled.';
    const marked = names(text);
    expect(marked).toContain('de Miranda');
    expect(marked).toContain('De Miranda');
    expect(judged(text).actors.find((m) => m.text === 'de Miranda')?.refersTo).toBe('Luis de Miranda');
  });

  it('reads a party member after a state as the state', () => {
    const text = '“The issue has just disappeared,” said Senator Dana Scully, a Virginia Democrat.';
    expect(names(text)).toContain('Virginia');
    expect(names(text)).not.toContain('Virginia Democrat');
  });

  it('ends a name at a stop after a one-letter word', () => {
    const text = 'It is faster than the One S. The Zorvex console is quiet, Dana Scully said.';
    expect(names(text).some((n) => n.includes('. The'))).toBe(false);
  });

  it.each<[string, string, string, string]>([
    ['a place beside a known state', 'The boat went on to Ketchikan, Alaska. In Ketchikan the crew rested.', 'Ketchikan', 'place'],
    ['a region after a direction', 'He is an elder of the tribe of eastern Zorthland, and Zorthland mourns.', 'Zorthland', 'place'],
    ['a firm joined by an ampersand', 'Industrial Light & Magic began remastering the saga.', 'Industrial Light & Magic', 'organization'],
    ['a name ending in "Research"', 'It had 100 brands, according to Zorvex Research, a firm.', 'Zorvex Research', 'organization'],
  ])('types %s', (_, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('types a name cut out of a heading from the body, not from the heading run', () => {
    const text = 'Zorvane Administration Mulls a Tax Cut\n\nMr. Zorvane has called for spending, and Mr. Zorvane said so again.';
    expect(judged(text).actors.filter((m) => m.text === 'Zorvane').map((m) => m.type)).toContain('person');
    expect(judged(text).actors.filter((m) => m.text === 'Zorvane').every((m) => m.type === 'person')).toBe(true);
  });

  it('types the name before "administration" as a person', () => {
    expect(typeOf('Critics pilloried the Zorvane administration for the stimulus.', 'Zorvane')).toBe('person');
  });
});
