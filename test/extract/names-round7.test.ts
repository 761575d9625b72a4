/**
 * The name rules written against the benchmark sets 4 to 7 together (issue 16, seventh round): the
 * threshold for lone words with no cue, the evidence that lifts one above it, teams named in the
 * plural, firms named by their trade, seats of institutions, models and tickers, titles before names.
 * Each is pinned here on invented text, with the case it must not break.
 */
import { describe, expect, it } from 'vitest';
import { MAYBE_BELOW, judgeNames } from '../../lib/extract/names/judge';
import { findUnknownActors } from '../../lib/extract/proper-nouns';
import { splitSentences } from '../../lib/extract/sentences';

const judged = (text: string) => judgeNames(text, [], findUnknownActors(text, splitSentences(text), []));
const names = (text: string): string[] => judged(text).actors.map((m) => m.text);
const maybes = (text: string): string[] => judged(text).maybe.map((m) => m.text);
const typeOf = (text: string, name: string): string | undefined => judged(text).actors.find((m) => m.text === name)?.type;

describe('a lone word with no cue is only a maybe', () => {
  it('lists it as maybe, below the threshold, with its reason', () => {
    const text = 'The rovers were compared with the Zorbatron, which landed first.';
    expect(names(text)).not.toContain('Zorbatron');
    expect(maybes(text)).toContain('Zorbatron');
    const m = judged(text).maybe.find((x) => x.text === 'Zorbatron')!;
    expect(m.confidence).toBeLessThan(MAYBE_BELOW);
    expect(m.reason).toMatch(/no clear cue/u);
  });

  it.each<[string, string, string]>([
    ['named again, once mid-sentence', 'Zorvex will show a car, and the show opens while Zorvex is still building it.', 'Zorvex'],
    ['its possessive', "Buyers of Zorbus' iconic jets waited for a year.", 'Zorbus'],
    ['a verb that needs an agent before it', 'A doctor at the scene told Zorptly that he tried to help.', 'Zorptly'],
    ['a list with an organisation sure of its type', 'The group owns Zorvel Entertainment, Quarnfilm and Zorbtech.', 'Quarnfilm'],
  ])('marks it when %s', (_what, text, name) => {
    expect(names(text)).toContain(name);
    expect(typeOf(text, name)).toBe('organization');
  });

  it('drops a guessed lone word numbered before a noun ("Euro 2020 qualifying")', () => {
    const text = 'Zorbo 2030 qualifying is over, and the teams are known.';
    expect(names(text)).not.toContain('Zorbo');
  });
});

describe('teams and firms', () => {
  it('types a plural after "the" as an organisation, and the full name it ends', () => {
    const text = 'The surging Zorbville Quarnakers won again. Davis scored 30 for the Quarnakers, and the Quarnakers lead the league.';
    expect(typeOf(text, 'Zorbville Quarnakers')).toBe('organization');
    expect(typeOf(text, 'Quarnakers')).toBe('organization');
  });

  it('keeps a singular name ending in -is after "the" as it was ("the Zortemis program")', () => {
    const text = 'NASA runs the Zortemis program. Zortemis aims to land in 2030, and Zortemis will fly.';
    expect(judged(text).actors.find((m) => m.text === 'Zortemis')?.reason ?? '').not.toMatch(/plural/u);
  });

  it.each(['Securities', 'Steel', 'Works', 'Machines', 'Interactive'])('types a name ending with the trade word %s as an organisation', (trade) => {
    const text = `The report from Zorvak ${trade} said the market was calm, and Zorvak ${trade} repeated it.`;
    expect(typeOf(text, `Zorvak ${trade}`)).toBe('organization');
  });

  it('does not make a person of a one-word name that only speaks ("Zorota says")', () => {
    const text = 'Zorota is rolling out a plug-in car. Zorota says the battery is under the seats, and Zorota will sell it next year.';
    expect(typeOf(text, 'Zorota')).toBe('organization');
  });
});

describe('institutions, titles, models', () => {
  it('types the White House as an organisation, even after "at"', () => {
    expect(typeOf('He met the envoy at the White House on Monday, and the White House said no.', 'White House')).toBe('organization');
  });

  it.each([
    ['NASA Administrator Jim Zorbenstine said so.', 'Jim Zorbenstine'],
    ['She was told by former National Security Adviser John Zorbolt that it was over.', 'John Zorbolt'],
    ['Public Ombudsman Nadia Zorbuz said the deaths were caused by gunfire.', 'Nadia Zorbuz'],
  ])('cuts a title off the person: %s', (text, person) => {
    expect(names(text)).toContain(person);
    expect(typeOf(text, person)).toBe('person');
  });

  it('cuts a country before a given name off the person ("envoy to Ukraine Kurt Volker")', () => {
    const text = 'Another diplomat, former special envoy to Ukraine Kurt Zorbker, shifted his account.';
    expect(names(text)).toContain('Kurt Zorbker');
    expect(names(text)).not.toContain('Ukraine Kurt Zorbker');
  });

  it.each(['ZRAV4', 'A330zeo', 'TNG50', 'NKc1', 'US10YT'])('marks no model, ticker or code mixing letters and digits: %s', (code) => {
    expect(names(`The ${code} fell 3% on Monday, and the ${code} rose later, traders said.`)).not.toContain(code);
  });

  it('keeps a group named by one letter and digits ("G40")', () => {
    expect(names('The G40 faction lost power, and members of the G40 fled.')).toContain('G40');
  });

  it('does not read "in" before an abbreviation as a place', () => {
    expect(typeOf('He became the first player in ZBA history to do it, and he played in the ZBA for years.', 'ZBA')).toBe('organization');
  });

  it("drops a guessed name after an organisation's possessive (\"SpaceX's Starship\"), not a person there", () => {
    const text = "Zorbcorp Inc said it was ready. Zorbcorp Inc's Quarnship will fly, and the Quarnship is tall. Zorbcorp Inc's Steve Zorkle spoke.";
    expect(names(text)).not.toContain('Quarnship');
    expect(names(text)).toContain('Steve Zorkle');
  });

  it('marks no market index ("the Nikkei", "the Sensex")', () => {
    const text = 'The Sensex rallied, and the Sensex closed higher while the Nikkei fell.';
    expect(names(text)).not.toContain('Sensex');
    expect(names(text)).not.toContain('Nikkei');
  });

  it('lists a default person made of everyday words of the page as a maybe ("Big Bang")', () => {
    const text = 'The universe evolved since the Big Bang. It was a big change, and the Big Bang remains hard to model.';
    expect(names(text)).not.toContain('Big Bang');
  });
});
