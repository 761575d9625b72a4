/**
 * Saved notes in the W3C Web Annotation Data Model (JSON-LD): an AnnotationCollection whose one
 * page holds an Annotation per note, with the note and tags as TextualBody bodies and the page URL
 * with its quote and position selectors as the target.
 */
import type { Note } from '../factbase/schema';

/** The Web Annotation JSON-LD context. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** A TextualBody: the note (purpose "commenting") or one tag (purpose "tagging"). */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: 'commenting' | 'tagging';
  format?: 'text/plain';
}

/** One Web Annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body?: TextualBody[];
  target: { source: string; selector: Note['selectors'] };
}

/** The exported document: a collection with one page of annotations. */
export interface WebAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The annotation's IRI: `urn:uuid:` for UUID ids, else a `urn:dossier:note:` name. */
export function annotationId(noteId: string): string {
  return UUID.test(noteId) ? `urn:uuid:${noteId.toLowerCase()}` : `urn:dossier:note:${encodeURIComponent(noteId)}`;
}

/** One note as a Web Annotation. */
export function noteToAnnotation(note: Note): WebAnnotation {
  const body: TextualBody[] = [];
  if (note.text.trim()) body.push({ type: 'TextualBody', value: note.text, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return {
    id: annotationId(note.id),
    type: 'Annotation',
    motivation: note.text.trim() ? 'commenting' : 'highlighting',
    created: note.createdAt,
    modified: note.updatedAt,
    ...(body.length ? { body } : {}),
    target: { source: note.url, selector: note.selectors.map((s) => ({ ...s })) },
  };
}

/** The notes as a Web Annotation collection (serialise with `JSON.stringify`). */
export function notesToWebAnnotation(notes: readonly Note[]): WebAnnotationCollection {
  const items = notes.map(noteToAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Dossier notes',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}
