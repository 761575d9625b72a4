import { describe, expect, it } from 'vitest';
import { extractText } from '../../lib/engine/analyze';
import { buildAliasMatcher } from '../../lib/extract/alias-matcher';

const deps = { matcher: buildAliasMatcher([{ id: 'aktobe', type: 'place', name: 'Aktobe', aliases: [] }, { id: 'almaty', type: 'place', name: 'Almaty', aliases: [] }]), actorIdForName: (n: string) => (/aktobe/i.test(n) ? 'aktobe' : /almaty/i.test(n) ? 'almaty' : null) };
const claims = (text: string, publishedAt = '2016-07-20') => extractText(text, { sourceId: 's', title: null, publishedAt }, deps).claims.filter((c) => c.predicate === 'killed');

describe('the event date and place of a toll', () => {
  it('takes "that day" from the day named before, even in an earlier paragraph', () => {
    const [c] = claims('The attacks began on June 5 in Aktobe.\n\nOn that day, gunmen attacked two gun stores in Aktobe, killing seven people.');
    expect(c).toMatchObject({ eventDate: '2016-06-05', dateBasis: 'text', place: 'aktobe' });
  });

  it('does not take the day a statement was made, or a toll rose, for the day of the event', () => {
    const [c] = claims('The death toll from the attack in Almaty rose on Wednesday to 9, the ministry said on Thursday.', '2016-07-22');
    expect(c!.dateBasis).toBe('publication');
  });

  it('resolves a weekday against the publication date', () => {
    const [c] = claims('Gunmen killed four people in Aktobe on Sunday.', '2016-06-06');
    expect(c).toMatchObject({ eventDate: '2016-06-05', dateBasis: 'text' });
  });

  it('puts a toll with no place of its own where the lead says, not where the dateline files from', () => {
    const [c] = claims('MOSCOW (AP) — Officials in Almaty said on Monday that gunmen had attacked a police station.\n\nSeven people were killed.', '2016-07-19');
    expect(c!.place).toBe('almaty');
  });
});
