/**
 * The names and MIME types of the notes' export files (Markdown, CSV, Web Annotation, backup).
 */

/** The kinds of export file. */
export type ExportKind = 'markdown' | 'csv' | 'jsonld' | 'backup';

const FILE = {
  markdown: { stem: 'dossier-notes', ext: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { stem: 'dossier-notes', ext: 'csv', mime: 'text/csv;charset=utf-8' },
  jsonld: { stem: 'dossier-notes', ext: 'jsonld', mime: 'application/ld+json' },
  backup: { stem: 'dossier-backup', ext: 'json', mime: 'application/json' },
} as const;

/** The download name of an export made on `date` (the local day), e.g. `dossier-notes-2026-11-21.md`. */
export function exportFileName(kind: ExportKind, date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `${FILE[kind].stem}-${day}.${FILE[kind].ext}`;
}

/** The MIME type of an export file, for the download's Blob. */
export function exportMimeType(kind: ExportKind): string {
  return FILE[kind].mime;
}
