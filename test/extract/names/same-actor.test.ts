import { describe, expect, it } from 'vitest';
import { judgeNames } from '../../../lib/extract/names/judge';
import { capitalsForms } from '../../../lib/extract/names/same-actor';
import { findUnknownActors } from '../../../lib/extract/proper-nouns';
import { splitSentences } from '../../../lib/extract/sentences';
import type { ActorMention } from '../../../lib/extract/types';

const judged = (text: string, known: ActorMention[] = []) => judgeNames(text, known, findUnknownActors(text, splitSentences(text), known));

describe('capitalsForms', () => {
  it('pairs a name in capitals with its ordinary form, and leaves acronyms alone', () => {
    expect([...capitalsForms(['CAIRO', 'Cairo', 'AP', 'NEW YORK', 'New York', 'BBC'])]).toEqual([
      ['CAIRO', 'Cairo'],
      ['NEW YORK', 'New York'],
    ]);
  });
});

describe('judgeNames: one actor per page', () => {
  it('folds an all-caps dateline into the place the body names', () => {
    const { actors } = judged('ZORVIA (AP) — Police in Zorvia arrested 12 people on Monday.\n\nThe attack in Zorvia was the deadliest this year.');
    const dateline = actors.find((m) => m.text === 'ZORVIA');
    expect(dateline?.refersTo).toBe('Zorvia');
    expect(dateline?.type).toBe(actors.find((m) => m.text === 'Zorvia')?.type);
  });

  it('gives a short form the fact-base actor its full name was matched to', () => {
    const text = 'Zhanar Omarova, the mayor, spoke on Monday. Critics said Omarova was wrong.';
    const start = text.indexOf('Zhanar Omarova');
    const known: ActorMention = { text: 'Zhanar Omarova', start, end: start + 14, type: 'person', actorId: 'person:omarova', canonical: 'Zhanar Omarova', confidence: 1 };
    const short = judged(text, [known]).actors.find((m) => m.text === 'Omarova');
    expect(short).toMatchObject({ actorId: 'person:omarova', canonical: 'Zhanar Omarova', type: 'person', refersTo: 'Zhanar Omarova' });
  });
});
