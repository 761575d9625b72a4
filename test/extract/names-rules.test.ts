/**
 * The judge's rules added for the held-out general-news pages (issue 16): each generalises to
 * other outlets, so each is pinned here on invented text, with the case it must not break.
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

describe('names that are not actors', () => {
  it.each<[string, string, string]>([
    ['a product line numbered like versions', 'The Zorblat Pi 3 is out. It is faster than the Zorblat Pi 2, and the Zorblat Pi sells well.', 'Zorblat Pi'],
    ['the same product line in other capitals', 'The Zorblat Pi 3 is out, faster than the Zorblat Pi 2 and the original Zorblat PI.', 'Zorblat PI'],
    ['a law', 'Funds fall under the Zorvex Company Act of 1940, lawyers said.', 'Zorvex Company Act'],
    ['a job title', 'If you are a Full Stack Developer, you know the Zorblat tools well, Dana Scully said.', 'Full Stack Developer'],
    ['software listed with abbreviations', 'Jobs list skills such as Zorbly.js, Quarnix, PHP, HTML, and CSS.', 'Quarnix'],
    ['a JavaScript library', 'Technologies like Backbone.js are less in demand, Dana Scully said.', 'Backbone'],
    ['a thing given its name', 'A new skin patch called Zorvaskin allowed people to eat peanuts.', 'Zorvaskin'],
    ['a thing with a specification before it', 'You should use a recent 32-bit Zornix image from the site.', 'Zornix'],
    ['an abbreviation spelled out in lowercase', 'An outbreak of ZRE (zorbic-resistant enterobacteria) sickened 11 people.', 'ZRE'],
    ['a device feature closing a run', 'Anyone who has set up Zorble ID will know it, Dana Scully said.', 'Zorble'],
    ['a word only in a heading', 'The Ultimate Engagement Tool for Marketers\n\nMarketers use video more than ever, the survey found.', 'Ultimate'],
    ['a word only in a title-case question', 'A Change in Zorblines?\n\nDoctors gave parents new advice this year, the study found.', 'Zorblines'],
  ])('drops %s', (_what, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  it('keeps a team of two words whose score follows it', () => {
    expect(names('The final was Zorbury Town 2, Quarnley Rovers 1, and fans of Zorbury Town cheered.')).toContain('Zorbury Town');
  });

  it('keeps a company quoted once among many plain mentions', () => {
    const text = 'Shareholders of Zorvex will vote. The sale leaves Zorvex with cash. Its new name will be something without “Zorvex” in it. Analysts expect Zorvex to agree, and Zorvex may.';
    expect(names(text).filter((n) => n === 'Zorvex').length).toBeGreaterThanOrEqual(4);
  });

  it('still drops a title quoted where it is named', () => {
    expect(names('Nintendo announced "Zorblat Quest," its first mobile game.')).not.toContain('Zorblat Quest');
  });

  it('keeps a person whose possessive stands before an institution', () => {
    expect(names("Obama's White House said on Monday that the plan would go ahead.")).not.toContain("Obama's White House");
  });

  it('keeps a list of companies joined by a comma alone apart from a software list', () => {
    expect(found('Browsing jobs on Zorbflow, WordZorb positions vary. Skills like PHP, HTML, and CSS help.')).toContain('Zorbflow');
  });
});

describe('names read whole', () => {
  it.each<[string, string]>([
    ['a possessive of an ordinary noun inside an institution', 'She directs the Zorbdoch Children’s Research Institute in Melbourne, Australia.'],
    ['an institution whose complement is listed with commas', 'It was presented at the Zorbic Academy of Allergy, Asthma and Immunology in Houston.'],
  ])('keeps %s as one name', (_what, text) => {
    const long = names(text).sort((a, b) => b.length - a.length)[0]!;
    expect(long).toMatch(/Zorbdoch Children’s Research Institute|Zorbic Academy of Allergy, Asthma and Immunology/u);
    expect(typeOf(text, long)).toBe('organization');
  });

  it('ends a name at the possessive of a head word', () => {
    expect(names("Researchers at Zorford University's Center on Poverty and Inequality said so.")).not.toContain("Zorford University's Center on Poverty and Inequality");
  });
});

describe('types from the pronoun that takes a name up', () => {
  it('makes a name taken up by "its" an organisation', () => {
    expect(typeOf('Zorb Overflow published its analysis of hiring trends on Monday.', 'Zorb Overflow')).toBe('organization');
  });

  it('types a two-word name opening with an English given name as a person', () => {
    expect(typeOf('The study was praised by Marissa Zorblin on Monday.', 'Marissa Zorblin')).toBe('person');
  });

  it('lets a cue after the name outweigh a given name of the package list', () => {
    expect(typeOf('Officers of Royal Zorbury police arrested a man.', 'Royal Zorbury')).toBe('organization');
  });
});
