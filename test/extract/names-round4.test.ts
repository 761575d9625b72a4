/**
 * The name rules added for the fourth held-out set of general-news pages (issue 16: sport, energy,
 * business, media pages of the Zyte article-extraction benchmark). Each generalises to other
 * outlets, so each is pinned here on invented text, with the case it must not break.
 */
import { describe, expect, it } from 'vitest';
import { judgeNames } from '../../lib/extract/names/judge';
import { findUnknownActors } from '../../lib/extract/proper-nouns';
import { splitSentences } from '../../lib/extract/sentences';

const judged = (text: string) => judgeNames(text, [], findUnknownActors(text, splitSentences(text), []));
const names = (text: string): string[] => judged(text).actors.map((m) => m.text);
// Marked or listed as "maybe" (a lone word with no cue is only a maybe: judge.ts, MAYBE_BELOW).
const found = (text: string): string[] => [...judged(text).actors, ...judged(text).maybe].map((m) => m.text);
const typeOf = (text: string, name: string): string | undefined => judged(text).actors.find((m) => m.text === name)?.type;
const reasonOf = (text: string, name: string): string | undefined => judged(text).actors.find((m) => m.text === name)?.reason;

describe('names read whole', () => {
  it.each<[string, string, string]>([
    ['an ampersand between capitals', 'Officials of ZG&E said the lines were safe, and ZG&E will cut power.', 'ZG&E'],
    ['a complement of head words listed with commas', 'The Ministry of Trade, Industry and Energy unveiled a plan on Monday.', 'Ministry of Trade, Industry and Energy'],
    ['two particles between given name and surname', 'Kukov had beaten Botic van de Zorschulp 6-2, the referee said.', 'Botic van de Zorschulp'],
    ["a title's possessive inside an office's name", "The Zorvania Governor's Office of Emergency Services wrote a letter.", "Zorvania Governor's Office of Emergency Services"],
    ['a name of several words before a slash', 'Radio Free Zorbia/Radio Liberty reported on Monday.', 'Radio Free Zorbia/Radio Liberty'],
  ])('reads %s as one name', (_what, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each<[string, string, string[]]>([
    ['two single names joined by a slash', 'Executives of Zorcast/Quixfinity were asked to testify.', ['Zorcast', 'Quixfinity']],
    ['two firms across "and" when the page names the first alone', 'Zorvett grew. The merger of Zorvett and Quarnhouse Media is final, and Zorvett said so.', ['Zorvett', 'Quarnhouse Media']],
  ])('splits %s', (_what, text, want) => {
    for (const w of want) expect(found(text)).toContain(w);
  });

  it('keeps an institution whose name has "and" inside', () => {
    expect(names('The Zorbian Bank for Reconstruction and Development lent money.')).toContain('Zorbian Bank for Reconstruction and Development');
  });

  it('cuts a count word that opens the sentence from a place', () => {
    expect(names('One Zapa County station has seen no rain since May.')).toContain('Zapa County');
  });
});

describe('names that are not actors', () => {
  it.each<[string, string, string]>([
    ['a unit after a number and a slash', 'Module costs fell to $0.23/W this year, Zorbex said.', 'W'],
    ['a plan named with capitals', 'The initiative is part of the Fourth Zorbic Technology Development Plan, submitted this week.', 'Fourth Zorbic Technology Development Plan'],
    ['an abbreviation of a technology', 'The PV industry grew as PV cell makers cut costs.', 'PV'],
    ['a telescope', 'Data collected by the Zorble Space Telescope backed the plumes.', 'Zorble Space Telescope'],
  ])('drops %s', (_what, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('drops an everyday word of an all-caps heading beside a known name', () => {
    const text = 'The hosts lost.\n\nUS FALLS\n\nThe United States lost to Zorbia. It falls to fifth.';
    const us = text.indexOf('US');
    const known = [{ start: us, end: us + 2, text: 'US', type: 'place' as const, actorId: 'united-states', canonical: 'United States', confidence: 1 }];
    const unknown = findUnknownActors(text, splitSentences(text), [{ start: us, end: us + 2 }]);
    expect(unknown.map((m) => m.text)).toContain('FALLS');
    expect(judgeNames(text, known, unknown).actors.map((m) => m.text)).not.toContain('FALLS');
  });

  it.each<[string, string, string]>([
    ['a letter alone', 'Teams of Groups Q and Z advance, and Zorbia leads Group Q.', 'Z'],
    ['a label lettered like a name', 'Zorbia leads Group Q after beating Quarnia on Monday.', 'Group Q'],
    ['a competition', 'Zorbia beat Quarnia in the Zorbis Cup on Monday.', 'Zorbis Cup'],
    ['an awards ceremony', 'She performed at the American Zusic Awards on Sunday.', 'American Zusic Awards'],
    ["a maker's product", 'Zorbex sells many devices. The Zorbex Quill Dot is small, and Zorbex ships it in May.', 'Zorbex Quill Dot'],
  ])('drops %s', (_what, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('keeps a person whose given name the page uses alone', () => {
    expect(names('Police said Zupita Zorvanyi lost her dress. Zupita had worn it to the show.')).toContain('Zupita Zorvanyi');
  });

  it('keeps a lettered name that is a person', () => {
    expect(names('The speech of Malcolm X was read aloud on Monday.')).toContain('Malcolm X');
  });

  it('keeps an abbreviation in an all-caps heading', () => {
    expect(names('ZNTO MEETS\n\nThe alliance met on Monday, and ZNTO leaders spoke.')).toContain('ZNTO');
  });
});

describe('types', () => {
  it.each<[string, string, string, string]>([
    ['a club with FC before its name', 'He has managed FC Zorto and won the league twice.', 'FC Zorto', 'organization'],
    ['a club named "United"', 'He was sacked by Zorchester United in December.', 'Zorchester United', 'organization'],
    ['a firm with an ampersand', 'Officials of ZG&E said so.', 'ZG&E', 'organization'],
    ['a name opening with "The"', "The office did not respond to The Zill's request for comment.", 'The Zill', 'organization'],
    ['a town after "north of"', 'The blackouts will hit counties north of Zacramento on Wednesday.', 'Zacramento', 'place'],
    ['a body named after its chiefs', 'General Zark Zilley, chairman of the Joint Chiefs of Staff, spoke.', 'Joint Chiefs of Staff', 'organization'],
    ['a chamber of a parliament', 'A vote in the Zorbian House of Representatives failed.', 'Zorbian House of Representatives', 'organization'],
    ['a newspaper whose hyphenated last word is a head', 'He bought the Zan Diego Union-Tribune for $500 million.', 'Zan Diego Union-Tribune', 'organization'],
    ['a dateline city with its state', 'ZUFFALO, N.Y. — Zach Zarise scored twice on Tuesday.', 'ZUFFALO', 'place'],
    ['the state of a dateline', 'ZUFFALO, N.Y. — Zach Zarise scored twice on Tuesday.', 'N.Y.', 'place'],
  ])('types %s', (_what, text, name, type) => {
    expect(typeOf(text, name)).toBe(type);
  });

  it('reads a newspaper head alone mid-sentence as the paper', () => {
    expect(typeOf('Zorvett bid for Tribune, and Tribune declined the offer.', 'Tribune')).toBe('organization');
  });

  it('gives a club its full name when the page names it without its label', () => {
    const text = 'He has managed FC Zorto, and Zorto won the cup under him.';
    expect(typeOf(text, 'Zorto')).toBe('organization');
    expect(reasonOf(text, 'Zorto')).toContain('FC Zorto');
  });

  it('does not type a name after "new" as a place', () => {
    expect(typeOf('The merged Zorvett will be big. The new Zorvett, as Reed dubbed it, owns 263 papers, and Zorvett reported a loss.', 'Zorvett')).toBe('organization');
  });

  it('does not let a possessive partner type a person', () => {
    expect(typeOf("Zorbia's Novak Zokovic and Britain's Andy Zurray will play on Wednesday.", 'Novak Zokovic')).toBe('person');
  });
});

describe('photo and image credits', () => {
  it.each<[string, string, string]>([
    ['a photographer and an agency in brackets', 'Zorvett is merging with Quarnhouse. (Jacquelyn Zartin / Zorbic Press)\nZorvett said so.', 'Jacquelyn Zartin'],
    ['an agency after a credit label', 'Zorvett shares rose on Monday, Zorvett said.\n\nMain image credit: Zetty', 'Zetty'],
    ['a photographer after "Photo:"', 'Zorvett shares rose, Zorvett said.\nPhoto: Jane Zoe / Zetty Images\nMore text here.', 'Jane Zoe'],
    ['a photographer after "AP Photo/"', 'Fans cheered in Zorbia on Monday. (AP Photo/John Zoe)', 'John Zoe'],
  ])('marks no name in %s', (_what, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('marks no name in a photographer and outlet closing a caption', () => {
    expect(names('The Zorbex Quill is small and light.\nJason Zipriani/ZDNet\nZorbex ships it in May.')).not.toContain('Jason Zipriani');
  });

  it('keeps the names of a caption that tells the story', () => {
    expect(names('Image: Jose Zourinho, left, has replaced Mauricio Zochettino as manager.')).toContain('Jose Zourinho');
  });
});
