import { describe, expect, it } from 'vitest';
import { runFollowUps } from '../../lib/content/follow-ups';

describe('runFollowUps', () => {
  it('runs every step in order and reports none failed', async () => {
    const ran: string[] = [];
    const failed = await runFollowUps([
      { name: 'a', run: () => void ran.push('a') },
      { name: 'b', run: async () => void ran.push('b') },
    ]);
    expect(ran).toEqual(['a', 'b']);
    expect(failed).toEqual([]);
  });
  it('keeps going after a step throws or rejects, and names what failed', async () => {
    const ran: string[] = [];
    const failed = await runFollowUps([
      { name: 'report', run: () => Promise.reject(new TypeError('we.action is undefined')) },
      { name: 'saved highlights', run: () => void ran.push('saved') },
      { name: 'odd', run: () => { throw 'not an Error'; } },
      { name: 'added text', run: () => void ran.push('added') },
    ]);
    expect(ran).toEqual(['saved', 'added']);
    expect(failed).toEqual(['report: we.action is undefined', 'odd: not an Error']);
  });
});
