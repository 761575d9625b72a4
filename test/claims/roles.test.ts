import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atWordStart, roleOf, roleRelation, sumRole } from '../../lib/claims/roles';

const role = (predicate: string, figureText: string, sentence: string, counted: string | null = null, before = '', after = '') =>
  roleOf({ predicate, counted, figureText, sentence, before, after });

describe('roleOf', () => {
  it.each([
    ['killed', 'three National Guardsmen', 'Four civilians and three National Guardsmen died in those attacks.', 'National Guardsmen', 'security'],
    ['killed', 'Four civilians', 'Four civilians and three National Guardsmen died.', 'civilians', 'civilians'],
    ['killed', '13 of the attackers', 'Security forces killed 13 of the attackers.', 'attackers', 'attackers'],
    ['killed', 'seven people', 'Militants killed seven people.', 'people', 'victims'],
    ['killed', '25 people', 'Including the 18 attackers, the violence left 25 people dead.', 'people', 'all-dead'],
    ['killed', '21 people', '21 people died, among them 17 foreign tourists, two Tunisians and the two attackers.', 'people', 'all-dead'],
    ['detained', 'Nine suspects', 'Nine suspects were detained.', 'suspects', 'detainees'],
    ['returned', '516 citizens', 'Kazakhstan repatriated 516 citizens.', 'citizens', 'returnees'],
    ['returned', '74 women', 'Among them were 74 women.', 'women', 'women'],
    ['fighters-abroad', 'About 300 citizens', 'About 300 citizens are fighting in Syria.', 'citizens', 'fighters'],
    ['fighters-abroad', 'Around 500 Kazakhstanis', 'Around 500 Kazakhstanis, including the fighters’ wives and children, have left for Syria.', 'Kazakhstanis', 'fighters-with-families'],
  ])('reads %s "%s" as %s', (predicate, figureText, sentence, counted, expected) => {
    expect(role(predicate, figureText, sentence, counted)).toBe(expected);
  });

  it('takes the population named before a figure without a noun ("the number of attackers killed has risen to 18")', () => {
    const s = 'The number of attackers killed has risen to 18, up from 13.';
    expect(role('killed', '18', s, null, 'The number of attackers killed has risen to ')).toBe('attackers');
  });

  it('takes whom "members" counts from the "of" phrase after it', () => {
    const s = '16 members of the police or national guard had been killed.';
    expect(role('killed', '16 members', s, 'members', '', ' of the police or national guard had been killed.')).toBe('security');
  });
});

describe('roleRelation', () => {
  it.each([
    ['victims', 'victims', 'same'],
    ['all-dead', 'victims', 'scope'],
    ['attackers', 'all-dead', 'scope'],
    ['fighters-with-families', 'fighters', 'scope'],
    ['victims', 'attackers', 'unrelated'],
    // A breakdown is a part, neither compared nor a difference of scope.
    ['victims', 'civilians', 'unrelated'],
    ['returnees', 'women', 'unrelated'],
  ] as const)('relates %s and %s as %s', (a, b, expected) => {
    expect(roleRelation(a, b)).toBe(expected);
  });
});

describe('sumRole', () => {
  it('calls civilians and security forces together victims, and attackers among them all the dead', () => {
    expect(sumRole(['civilians', 'security'])).toBe('victims');
    expect(sumRole(['victims', 'attackers'])).toBe('all-dead');
  });
});

describe('atWordStart', () => {
  // What the Russian role tests were written as: the stems behind a look-behind for a letter.
  const STEMS = 'террорист|боевик|мирн\\p{L}*\\s+(?:жител|граждан)|дет(?:ей|и)(?!\\p{L})|жертв';
  const lookBehind = new RegExp(`(?<!\\p{L})(?:${STEMS})`, 'iu');
  const after = new RegExp(`(?:${STEMS})`, 'giu');
  it.each([
    ['7 террористов', true],
    ['антитеррористов', false],
    ['антитеррористов и 3 боевика', true],
    ['Боевики', true],
    ['10 мирных жителей', true],
    ['немирных жителей', false],
    ['детей', true],
    ['детский', false],
    ['xжертвы', false],
    ['-жертвы', true],
    // A letter outside the BMP (a surrogate pair) before the stem is a letter; an emoji is not.
    ['𝐀жертвы', false],
    ['😀жертвы', true],
    ['', false],
  ])('%s → %s, as the look-behind reads it', (s, want) => {
    expect(lookBehind.test(s)).toBe(want);
    expect(atWordStart(after, s)).toBe(want);
  });
  it('agrees with the look-behind on the Russian test pages, word by word and by sentence', () => {
    const dir = 'test/fixtures/ru';
    let checked = 0;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
      const text = (JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { text: string }).text;
      for (const piece of text.split(/[.\n]/)) {
        expect(atWordStart(after, piece)).toBe(lookBehind.test(piece));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
