// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { markedActorIds, nameActorMarks } from '../../lib/marks/mark-names.dom';

beforeEach(() => {
  document.body.textContent = '';
  const p = document.createElement('p');
  for (const [id, label] of [['aktobe', 'Aktobe, place'], ['knb', 'KNB, organisation'], ['aktobe', 'Aktobe, place'], [null, 'Zorvex, person, not in the fact base']] as const) {
    const m = document.createElement('dossier-mark');
    if (id) m.setAttribute('data-actor-id', id);
    m.setAttribute('aria-label', label);
    m.textContent = label.split(',')[0]!;
    p.append(m, ' ');
  }
  document.body.append(p);
});

const labels = () => [...document.querySelectorAll('dossier-mark')].map((m) => m.getAttribute('aria-label'));

describe('nameActorMarks', () => {
  it('adds each linked actor\'s incident count to its marks\' names, and leaves actors it has no count for', () => {
    nameActorMarks(document, { aktobe: 3 });
    expect(labels()).toEqual(['Aktobe, place, 3 incidents', 'KNB, organisation', 'Aktobe, place, 3 incidents', 'Zorvex, person, not in the fact base']);
  });

  it('replaces an earlier count rather than adding a second, and says nothing for none', () => {
    nameActorMarks(document, { aktobe: 3, knb: 1 });
    nameActorMarks(document, { aktobe: 0, knb: 2 });
    expect(labels().slice(0, 2)).toEqual(['Aktobe, place', 'KNB, organisation, 2 incidents']);
  });
});

describe('markedActorIds', () => {
  it('lists each linked actor once, in page order', () => {
    expect(markedActorIds(document)).toEqual(['aktobe', 'knb']);
  });
});
