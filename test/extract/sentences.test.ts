import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../lib/extract/sentences';

const pieces = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops followed by a capital', () => {
    expect(pieces('One went. Two came.')).toEqual(['One went.', 'Two came.']);
  });
  it('keeps abbreviations and initials inside the sentence', () => {
    expect(pieces('Mr. Smith met J. Doe in the U.S. capital. Then left.')).toEqual([
      'Mr. Smith met J. Doe in the U.S. capital.',
      'Then left.',
    ]);
  });
  it('ends a sentence at a line break and after closing quotes', () => {
    expect(pieces('Heading\n"It is real." He said so.')).toEqual(['Heading', '"It is real."', 'He said so.']);
  });
  it('does not split decimals', () => {
    expect(pieces('It cost 13.5 billion. Next.')).toEqual(['It cost 13.5 billion.', 'Next.']);
  });
});
