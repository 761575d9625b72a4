import { describe, expect, it } from 'vitest';
import { BackupError, buildBackup, MAX_BACKUP_RECORDS, parseBackup } from '../../lib/export/backup';
import { exportFileName, exportMimeType } from '../../lib/export/export-file';
import type { Actor, Note } from '../../lib/factbase/schema';

const NOW = new Date('2026-11-21T12:00:00.000Z');

const note = (over: Partial<Note> = {}): Note => ({
  id: 'n1',
  url: 'https://example.org/a',
  title: '<script>alert(1)</script>',
  outlet: null,
  publishedAt: '2016-07',
  quote: 'He said "no", then\nleft — قال — Более',
  selectors: [{ type: 'TextQuoteSelector', exact: 'He said', prefix: '', suffix: ' "no"' }, { type: 'TextPositionSelector', start: 0, end: 7 }],
  text: '=HYPERLINK("x")',
  tags: ['t'],
  actorIds: ['user-a'],
  claimIds: [],
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
  ...over,
});

const actor = (id: string, origin: Actor['origin']): Actor & { aliasKeys: string[] } => ({
  id, type: 'person', name: id, aliases: [], description: '', origin, aliasKeys: [id],
});

const empty = { notes: [], actors: [], sources: [], incidents: [], claims: [] };

describe('buildBackup', () => {
  it('writes the versioned format with notes and user records, bundled ones and index fields left out', () => {
    const b = buildBackup({ ...empty, notes: [note()], actors: [actor('user-a', 'user'), actor('bundled-b', 'bundled')] }, NOW);
    expect(b).toMatchObject({ format: 'dossier-backup', version: 1, exportedAt: '2026-11-21T12:00:00.000Z' });
    expect(b.actors).toEqual([{ id: 'user-a', type: 'person', name: 'user-a', aliases: [], description: '', origin: 'user' }]);
    // A note's own actorIds are data, not an index field.
    expect(b.notes[0]!.actorIds).toEqual(['user-a']);
  });

  it('serialises the same data to the same text whatever order its keys were built in', () => {
    const n = note();
    const shuffled = Object.fromEntries(Object.entries(n).reverse()) as Note;
    expect(JSON.stringify(buildBackup({ ...empty, notes: [shuffled] }, NOW))).toBe(JSON.stringify(buildBackup({ ...empty, notes: [n] }, NOW)));
  });

  it('parses back to the same data', () => {
    const b = buildBackup({ ...empty, notes: [note(), note({ id: 'n0' })], actors: [actor('user-a', 'user')] }, NOW);
    expect(parseBackup(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(b)));
  });
});

describe('parseBackup', () => {
  const good = () => JSON.parse(JSON.stringify(buildBackup({ ...empty, notes: [note()] }, NOW))) as Record<string, unknown>;

  it('accepts a file with a byte-order mark', () => {
    expect(parseBackup(`\uFEFF${JSON.stringify(good())}`).notes).toHaveLength(1);
  });

  it.each([
    ['truncated JSON', () => JSON.stringify(good()).slice(0, 80), /not valid JSON.*truncated/],
    ['a JSON array', () => [], /expected a JSON object/],
    ['another format', () => ({ ...good(), format: 'dossier-factbase' }), /format: expected "dossier-backup" but found "dossier-factbase" \(this is a fact-base bundle/],
    ['a newer version', () => ({ ...good(), version: 2 }), /version: .*reads backup version 1, the file is version 2 \(made by a newer Dossier/],
    ['a missing version', () => ({ ...good(), version: undefined }), /version: .*version missing/],
    ['a wrong type deep inside', () => {
      const b = good();
      ((b.notes as Note[])[0]!.selectors[1] as unknown as { start: string }).start = '0';
      return b;
    }, /notes\.0\.selectors\.1/],
    ['a missing list', () => ({ ...good(), claims: undefined }), /claims: /],
    ['an oversize string', () => {
      const b = good();
      (b.notes as Note[])[0]!.text = 'x'.repeat(20_001);
      return b;
    }, /notes\.0\.text: .*20000/],
    ['an oversize timestamp', () => {
      const b = good();
      (b.notes as Note[])[0]!.createdAt = `2026-11-21T10:00:00.000Z${' '.repeat(100)}`;
      return b;
    }, /notes\.0\.createdAt/],
    ['too many records', () => ({ ...good(), claims: new Array(MAX_BACKUP_RECORDS), notes: [note(), note()] }), /holds 200002 records, more than the 200000/],
  ])('refuses %s, naming the problem', (_name, make, message) => {
    const data: unknown = make();
    expect(() => parseBackup(data)).toThrow(BackupError);
    expect(() => parseBackup(data)).toThrow(message);
  });

  it('lists each problem as path and message', () => {
    const b = good();
    (b.notes as Note[])[0]!.tags = [42 as unknown as string];
    (b.notes as Note[])[0]!.url = null as unknown as string;
    try {
      parseBackup(b);
      expect.unreachable();
    } catch (e) {
      expect((e as BackupError).problems).toEqual([expect.stringMatching(/^notes\.0\.url: Invalid type/), expect.stringMatching(/^notes\.0\.tags\.0: Invalid type/)]);
    }
  });
});

describe('exportFileName', () => {
  it.each([
    ['markdown', 'dossier-notes-2026-11-21.md', 'text/markdown;charset=utf-8'],
    ['csv', 'dossier-notes-2026-11-21.csv', 'text/csv;charset=utf-8'],
    ['jsonld', 'dossier-notes-2026-11-21.jsonld', 'application/ld+json'],
    ['backup', 'dossier-backup-2026-11-21.json', 'application/json'],
  ] as const)('names a %s export %s', (kind, name, mime) => {
    expect(exportFileName(kind, new Date(2026, 10, 21, 23, 59))).toBe(name);
    expect(exportMimeType(kind)).toBe(mime);
  });
});
