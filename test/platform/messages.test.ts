import { describe, expect, it } from 'vitest';
import { describeError } from '../../lib/platform/messages';
import { parseEnvelope } from '../../lib/messaging/protocol';

describe('describeError', () => {
  it('names a storage-quota error plainly instead of passing the browser’s text along', () => {
    const err = Object.assign(new Error('QuotaExceededError: quota'), { name: 'QuotaExceededError' });
    expect(describeError(err)).toMatch(/storage for Dossier is full.*Nothing was saved/);
  });
  it('passes other errors’ messages through', () => {
    expect(describeError(new Error('no such actor'))).toBe('no such actor');
  });
});

describe('parseEnvelope', () => {
  it.each([
    ['a string', 'hello'],
    ['an unknown message', { dossier: 'rmrf', data: {} }],
    ['a wrongly typed field', { dossier: 'getTabDossier', data: { tabId: '1' } }],
    ['a huge string', { dossier: 'listNotes', data: { text: 'x'.repeat(10_000) } }],
    ['a prototype trick', { dossier: '__proto__', data: {} }],
  ])('refuses %s', (_name, message) => {
    expect(parseEnvelope(message)).toBeNull();
  });
  it('accepts a well-formed message', () => {
    expect(parseEnvelope({ dossier: 'getTabDossier', data: { tabId: 3 } })).toEqual({ dossier: 'getTabDossier', data: { tabId: 3 } });
  });
});
