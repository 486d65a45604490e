import { describe, expect, it } from 'vitest';
import { clearedAttachmentWords } from '../../domain/wording/attachment-check-nb.ts';

/** The case page names the later document that answered a listed attachment by its file name, as the document list does (review s13 L4). */
describe('clearedAttachmentWords', () => {
  const documents = [{ documentId: 'doc-7f3a', fileName: 'vedtak-helfo.pdf' }];

  it('names a later document by its file name, to be linked', () => {
    expect(clearedAttachmentWords({ item: 'Kopi av vedtak', resolution: 'received', documentId: 'doc-7f3a', by: null }, documents)).toEqual({
      text: 'Vedlegg «Kopi av vedtak» kom senere: ',
      document: { documentId: 'doc-7f3a', name: 'vedtak-helfo.pdf' },
    });
  });

  it('falls back to the id only for a document the case does not list, and words an archivist\'s mark', () => {
    expect(clearedAttachmentWords({ item: 'Bilder', resolution: 'received', documentId: 'doc-gone', by: null }, documents).document).toEqual({ documentId: 'doc-gone', name: 'doc-gone' });
    expect(clearedAttachmentWords({ item: 'Bilder', resolution: 'not_needed', documentId: null, by: 'Bo Arkivar' }, documents)).toEqual({ text: 'Vedlegg «Bilder» markert som ikke nødvendig av Bo Arkivar', document: null });
  });
});
