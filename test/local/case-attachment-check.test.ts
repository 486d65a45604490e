import { describe, expect, it } from 'vitest';
import type { CaseView } from '#schemas/api';
import { caseLines } from '../../local/case-handler-wording.ts';

/**
 * QA session 12 M5: the attachment check (kontroll av vedlegg) was in the API only; `postmottak case`
 * listed a bundle's parts as alike lines with no role and never said what was missing.
 */
const names = { areas: [{ code: 'medical', name: 'Legehjelp' }], documentTypes: [{ code: 'first_instance_transfer', name: 'Oversendelse fra førsteinstans' }, { code: 'decision', name: 'Vedtak' }] } as never;
const doc = (documentId: string, documentType: string, role: 'main' | 'attachment') => ({ documentId, fileName: 'helfo-oversendelse-600.pdf', documentType, receivedDate: '2026-11-24', role });

describe('postmottak case and a bundle', () => {
  it("names each part's role and the attachments the main letter lists that did not come", () => {
    const view = {
      case: { caseNumber: '2026/00022', title: 'Klage', area: 'medical', status: 'NY', handlerId: null, queue: 'unassigned/medical', keywords: [] },
      documents: [doc('doc-1-1', 'first_instance_transfer', 'main'), doc('doc-1-2', 'decision', 'attachment')],
      parties: [],
      deadlines: [],
      letters: [],
      journal: [],
      missingAttachments: ['Legeerklæring fra fastlege'],
    } as unknown as CaseView;
    const lines = caseLines(view, names).split('\n');
    expect(lines).toContain('  dokument doc-1-1  mottatt 24.11.2026  Oversendelse fra førsteinstans (hoveddokument)  helfo-oversendelse-600.pdf');
    expect(lines).toContain('  dokument doc-1-2  mottatt 24.11.2026  Vedtak (vedlegg)  helfo-oversendelse-600.pdf');
    expect(lines).toContain('  Mangler vedlegg (kontroll av vedlegg): «Legeerklæring fra fastlege» – hoveddokumentet lister det, men det kom ikke med.');
    expect(caseLines({ ...view, missingAttachments: [] }, names)).not.toContain('Mangler vedlegg');
  });
});
