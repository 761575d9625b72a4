import { describe, expect, it } from 'vitest';
import { parseTabEnvelope } from '../../lib/messaging/protocol';

describe('parseTabEnvelope', () => {
  it.each([
    ['a reveal', { dossierTab: 'revealMark', data: { kind: 'figure', index: 3 } }, { dossierTab: 'revealMark', data: { kind: 'figure', index: 3 } }],
    ['a reveal of a saved note', { dossierTab: 'revealMark', data: { kind: 'saved', index: 0, noteId: 'n-1' } }, { dossierTab: 'revealMark', data: { kind: 'saved', index: 0, noteId: 'n-1' } }],
    ['a switch', { dossierTab: 'setEnabled', data: { enabled: false } }, { dossierTab: 'setEnabled', data: { enabled: false } }],
    ['a payload-less message', { dossierTab: 'saveSelection', data: {} }, { dossierTab: 'saveSelection', data: {} }],
    ['unknown keys, dropped', { dossierTab: 'setEnabled', data: { enabled: true, evil: '<img>' } }, { dossierTab: 'setEnabled', data: { enabled: true } }],
  ])('accepts %s', (_what, message, expected) => {
    expect(parseTabEnvelope(message)).toEqual(expected);
  });

  it.each([
    ['a negative index', { dossierTab: 'revealMark', data: { kind: 'actor', index: -1 } }],
    ['a fractional index', { dossierTab: 'revealMark', data: { kind: 'actor', index: 1.5 } }],
    ['an unknown kind', { dossierTab: 'revealMark', data: { kind: 'script', index: 1 } }],
    ['an empty note id', { dossierTab: 'revealMark', data: { kind: 'saved', index: 0, noteId: '' } }],
    ['an overlong note id', { dossierTab: 'revealMark', data: { kind: 'saved', index: 0, noteId: 'x'.repeat(201) } }],
    ['a switch that is not a boolean', { dossierTab: 'setEnabled', data: { enabled: 'yes' } }],
    ['no payload', { dossierTab: 'saveSelection' }],
    ['an unknown message', { dossierTab: 'runScript', data: {} }],
    ['an inherited name', { dossierTab: 'toString', data: {} }],
    ['a background message', { dossier: 'getCounts', data: {} }],
    ['not an object', 'revealMark'],
    ['null', null],
  ])('refuses %s', (_what, message) => {
    expect(parseTabEnvelope(message)).toBeNull();
  });
});
