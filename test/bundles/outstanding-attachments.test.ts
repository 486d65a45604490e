import { describe, expect, it } from 'vitest';
import { attachmentAnswers, categoriesAnswered } from '../../domain/bundles/attachment-check.ts';
import { type CaseDocumentFacts, outstandingAttachments, sameItem } from '../../domain/bundles/outstanding-attachments.ts';

/**
 * «Mangler vedlegg» cleared after the bundle (domain/bundles/outstanding-attachments.ts) by a later
 * document for what it is — its type, a decision-copy page, its own heading — never by a letter that
 * mentions the decision or the declaration (review s13 M1, M2).
 */
const letter = (...lines: string[]) => lines.join('\n');
const main: CaseDocumentFacts = {
  documentId: 'main',
  documentType: 'case_transfer',
  registeredAt: '2025-03-20T10:00:00Z',
  role: 'main',
  mainDocumentId: null,
  missingAttachments: ['Kopi av vedtak', 'Legeerklæring fra fastlege'],
};
const later = (documentId: string, documentType: string | null, pages: string[], day = '2025-04-02'): CaseDocumentFacts => ({
  documentId,
  documentType,
  registeredAt: `${day}T10:00:00Z`,
  answersAttachments: attachmentAnswers(pages),
});

const decisionCopy = letter('Helfo', 'Postboks 2415', '3104 Tønsberg', '', 'VEDTAK', '', 'Vi har avslått søknaden din om stønad til tannbehandling.', 'Du kan klage innen seks uker.');
const appealFollowUp = letter('Lise Berg', '', 'Ettersendelse til klage på vedtak om tannbehandling', '', 'Jeg viser til klagen min.', 'Med hilsen', 'Lise Berg');
const commentsOnDeclaration = letter('Lise Berg', '', 'Kommentarer til legeerklæringen', '', 'Jeg er uenig i det legen skriver.', 'Med hilsen', 'Lise Berg');

describe('attachmentAnswers / categoriesAnswered: what a document on its own can stand for', () => {
  it('a decision copy (its page kind) answers «decision»', () => {
    expect(attachmentAnswers([decisionCopy])).toContain('decision');
  });

  it('a heading that is the document\'s own («LEGEERKLÆRING», «Kopi av vedtaket») answers its kind', () => {
    expect(categoriesAnswered({ kind: 'letter', text: letter('Legekontoret Sentrum', '', 'LEGEERKLÆRING', '', 'Pasienten har hatt smerter siden 2023.') })).toContain('medical');
    expect(categoriesAnswered({ kind: 'letter', text: letter('Kopi av vedtaket', '', 'Vi har avslått søknaden.') })).toContain('decision');
  });

  it('a letter that mentions the decision or the declaration answers neither', () => {
    expect(attachmentAnswers([appealFollowUp])).not.toContain('decision');
    expect(attachmentAnswers([letter('Klage på vedtak', '', 'Jeg klager på vedtaket av 12.03.2025.')])).not.toContain('decision');
    expect(attachmentAnswers([commentsOnDeclaration])).not.toContain('medical');
  });
});

describe('outstandingAttachments', () => {
  it('a later decision copy clears «Kopi av vedtak» (QA s13), the declaration stays missing', () => {
    const { missing, cleared } = outstandingAttachments([main, later('decision', null, [decisionCopy])], []);
    expect(cleared).toEqual([{ item: 'Kopi av vedtak', resolution: 'received', documentId: 'decision', by: null, at: '2025-04-02T10:00:00Z' }]);
    expect(missing).toEqual(['Legeerklæring fra fastlege']);
  });

  it('a later document typed medical_declaration clears the declaration by its type', () => {
    expect(outstandingAttachments([main, later('decl', 'medical_declaration', ['Jeg bekrefter at pasienten ...'])], []).cleared.map((c) => c.item)).toEqual(['Legeerklæring fra fastlege']);
  });

  it('an appeal or comments that only mention «vedtak» / «legeerklæring» clear nothing', () => {
    const { missing, cleared } = outstandingAttachments([main, later('later-appeal', 'appeal', [appealFollowUp]), later('later-comment', 'comments', [commentsOnDeclaration], '2025-04-03')], []);
    expect(cleared).toEqual([]);
    expect(missing).toEqual(['Kopi av vedtak', 'Legeerklæring fra fastlege']);
  });

  it('an appeal is trusted by its type only, even if its pages were read as a decision', () => {
    const appeal: CaseDocumentFacts = { documentId: 'a', documentType: 'appeal', registeredAt: '2025-04-02T10:00:00Z', answersAttachments: ['decision'] };
    expect(outstandingAttachments([main, appeal], []).missing).toEqual(['Kopi av vedtak', 'Legeerklæring fra fastlege']);
  });

  it('a document of the bundle, or one before the letter, does not clear it', () => {
    const inBundle = { ...later('part', null, [decisionCopy]), mainDocumentId: 'main' };
    const before = later('old', null, [decisionCopy], '2025-03-01');
    expect(outstandingAttachments([main, inBundle, before], []).cleared).toEqual([]);
  });

  it('a later document that could not be read (no text, OCR failed, empty, a few stray marks) clears no «Røntgenbilder»: it stays missing', () => {
    const withImages = { ...main, missingAttachments: ['Røntgenbilder'] };
    for (const pages of [[], [''], ['', '  \n '], ['|| .', '']]) {
      expect(attachmentAnswers(pages)).toEqual([]);
      expect(outstandingAttachments([withImages, later('unread', null, pages)], [])).toEqual({ missing: ['Røntgenbilder'], cleared: [] });
    }
    // What a document says it is still answers: its own heading.
    expect(outstandingAttachments([withImages, later('rtg', null, [letter('RØNTGENBILDER', '', 'Tann 36 og 37, tatt 02.01.2025.')])], []).missing).toEqual([]);
  });

  it("an archivist's mark clears an item whatever its spelling, and an unknown kind only by hand", () => {
    const withOther = { ...main, missingAttachments: ['Diverse', 'Kopi av vedtak'] };
    const { missing, cleared } = outstandingAttachments([withOther, later('x', 'correspondence', ['Diverse papirer'])], [{ item: ' kopi AV vedtak', resolution: 'not_needed', by: 'bo', at: '2025-04-05T08:00:00Z' }]);
    expect(missing).toEqual(['Diverse']);
    expect(cleared).toEqual([{ item: 'Kopi av vedtak', resolution: 'not_needed', documentId: null, by: 'bo', at: '2025-04-05T08:00:00Z' }]);
    expect(sameItem(' Kopi av vedtak ', 'kopi av VEDTAK')).toBe(true);
  });
});
