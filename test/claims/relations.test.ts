import { describe, expect, it } from 'vitest';
import { linkParts, markStatedChanges } from '../../lib/claims/relations';
import { extractText } from '../../lib/engine/analyze';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';

const deps = { matcher: buildAliasMatcher([]), actorIdForName: () => null };
const read = (text: string) => extractText(text, { sourceId: 's', title: null, publishedAt: '2016-06-06' }, deps);
const byText = (claims: ReturnType<typeof read>['claims'], figure: string) => {
  const c = claims.find((x) => x.figureText.startsWith(figure) && !x.parts);
  if (!c) throw new Error(`no claim for "${figure}"`);
  return c;
};

describe('markStatedChanges', () => {
  it('makes the figure before a sentence that only gives the old value a stated change', () => {
    const text = 'The riots killed at least 225 people. Until now the death toll had stood at 164.';
    const { figures, claims } = read(text);
    for (const c of claims) c.statedChange = false;
    markStatedChanges(text, figures, claims);
    expect(byText(claims, 'at least 225').statedChange).toBe(true);
    expect(byText(claims, '164').statedChange).toBe(false);
  });

  it('leaves the figure before alone when the old value shares its sentence with a current one', () => {
    const text = 'The riots killed at least 225 people. Until now the death toll had stood at 164.';
    const { figures, claims } = read(text);
    for (const c of claims) c.statedChange = false;
    // The 225 moved into the 164's sentence: that sentence gives a current value, so it states no change.
    const old = byText(claims, '164');
    const current = byText(claims, 'at least 225');
    figures[current.figure] = { ...figures[current.figure]!, sentence: figures[old.figure]!.sentence };
    markStatedChanges(text, figures, claims);
    expect(current.statedChange).toBe(false);
  });

  it('carries a stated change to every mention of the same figure on the page', () => {
    const text = 'The riots killed at least 225 people. Until now the death toll had stood at 164.\n\nThe riots killed 225 people, officials said.';
    const { figures, claims } = read(text);
    for (const c of claims) c.statedChange = false;
    markStatedChanges(text, figures, claims);
    const mentions = claims.filter((c) => c.value === 225 && !c.previous);
    expect(mentions.length).toBe(2);
    expect(mentions.every((c) => c.statedChange)).toBe(true);
  });
});

describe('linkParts', () => {
  it('makes the items of a list after a colon parts of the toll before it', () => {
    const text = 'Six people were killed in the attack: four police officers, a border guard and a civilian.';
    const { figures, claims } = read(text);
    for (const c of claims) delete c.partOf;
    linkParts(text, figures, claims);
    expect(byText(claims, 'four police').partOf).toBe(byText(claims, 'Six people').id);
  });

  it('links nothing across sentences: a list after a colon in another sentence is not a breakdown', () => {
    const text = 'Six people were killed in the attack. Officials named them: four police officers.';
    const { figures, claims } = read(text);
    for (const c of claims) delete c.partOf;
    linkParts(text, figures, claims);
    expect(byText(claims, 'four police').partOf).toBeUndefined();
  });
});
