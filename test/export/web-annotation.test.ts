import { describe, expect, it } from 'vitest';
import { describeRange } from '../../lib/anchor/quote-selector';
import { ANNO_CONTEXT, annotationId, notesToWebAnnotation } from '../../lib/export/web-annotation';
import type { Note } from '../../lib/factbase/schema';

const TEXT = 'Officials said more than 300 citizens had left the country to fight.';
const { quote, position } = describeRange(TEXT, 15, 37);

const note = (over: Partial<Note> = {}): Note => ({
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  url: 'https://central.asia-news.com/en_GB/articles/1',
  title: 'T',
  quote: quote.exact,
  selectors: [quote, position],
  text: 'Compare with 2015.',
  tags: ['foreign fighters', 'КНБ'],
  actorIds: [],
  claimIds: [],
  createdAt: '2026-11-21T10:00:00.000Z',
  updatedAt: '2026-11-22T10:00:00.000Z',
  ...over,
});

describe('notesToWebAnnotation', () => {
  it('writes an AnnotationCollection of Annotations with the note, tags and selectors', () => {
    const doc = notesToWebAnnotation([note()]);
    expect(doc['@context']).toBe(ANNO_CONTEXT);
    expect(doc).toMatchObject({ type: 'AnnotationCollection', total: 1, first: { type: 'AnnotationPage', startIndex: 0 } });
    expect(doc.first.items[0]).toEqual({
      id: 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
      type: 'Annotation',
      motivation: 'commenting',
      created: '2026-11-21T10:00:00.000Z',
      modified: '2026-11-22T10:00:00.000Z',
      body: [
        { type: 'TextualBody', value: 'Compare with 2015.', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'foreign fighters', purpose: 'tagging' },
        { type: 'TextualBody', value: 'КНБ', purpose: 'tagging' },
      ],
      target: {
        source: 'https://central.asia-news.com/en_GB/articles/1',
        selector: [
          { type: 'TextQuoteSelector', exact: 'more than 300 citizens', prefix: 'Officials said ', suffix: ' had left the country to fight.' },
          { type: 'TextPositionSelector', start: 15, end: 37 },
        ],
      },
    });
  });

  it('writes a bare highlight (no note, no tags) without a body', () => {
    const [a] = notesToWebAnnotation([note({ text: '  ', tags: [] })]).first.items;
    expect(a!.motivation).toBe('highlighting');
    expect(a).not.toHaveProperty('body');
  });

  it.each([
    ['a script tag', '<script>alert(1)</script>'],
    ['quotes and commas', 'He said "no", twice'],
    ['newlines', 'a\nb\r\nc'],
    ['a formula', '=HYPERLINK("http://evil","x")'],
    ['right-to-left scripts', 'قال المسؤولون — אמרו הפקידים'],
    ['Cyrillic', 'Более 300 граждан'],
  ])('carries %s through JSON unchanged', (_name, text) => {
    const doc = notesToWebAnnotation([note({ text, quote: text, selectors: [{ type: 'TextQuoteSelector', exact: text }], tags: [text] })]);
    const back = JSON.parse(JSON.stringify(doc)) as typeof doc;
    const [a] = back.first.items;
    expect(a!.body!.map((b) => b.value)).toEqual([text, text]);
    expect(a!.target.selector[0]).toEqual({ type: 'TextQuoteSelector', exact: text });
  });

  it.each([
    ['0F8FAD5B-D9CB-469F-A165-70867728950E', 'urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['note 1/2', 'urn:dossier:note:note%201%2F2'],
  ])('names note %j as %j', (id, iri) => {
    expect(annotationId(id)).toBe(iri);
  });
});
