import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { applyDocument, changedFacts, correctedKeywords, withdrawDocument, type DocumentFacts } from '#domain/registry/correction';
import { openDeadlines, type DeadlineBook } from '#domain/registry/deadline-book';

const config = loadConfig();
const appeal: DocumentFacts = { documentType: 'appeal', area: 'dental', receivedDate: '2025-03-20', postmarkDate: null, decisionDate: '2025-03-12', decisionReceivedDate: null };

describe('a correction of a routed document', () => {
  it('lists only the fields that change, each from what to what', () => {
    expect(changedFacts(appeal, { area: 'dental', decisionDate: '2025-01-02', postmarkDate: null })).toEqual({ decisionDate: { from: '2025-03-12', to: '2025-01-02' } });
  });

  it('re-dates an appeal: the appeal deadline is worked out again and is now missed', () => {
    const { book } = applyDocument({}, 'doc-1', appeal, config);
    const before = Object.values(book).find((d) => d.kind === 'appeal_deadline')!;
    expect(before).toMatchObject({ due: '2025-04-23', missed: false, status: 'met' });
    const redated = { ...appeal, decisionDate: '2025-01-02' };
    const after = applyDocument(withdrawDocument(book, 'doc-1', 'drop', 'correction:Ingrid', '2025-04-01'), 'doc-1', redated, config);
    const deadlines = Object.values(after.book);
    // 2 January + 6 weeks = Thursday 13 February; the mail came 20 March.
    expect(deadlines.filter((d) => d.kind === 'appeal_deadline')).toEqual([expect.objectContaining({ due: '2025-02-13', missed: true, status: 'missed' })]);
    expect(deadlines.map((d) => d.kind).sort()).toEqual(['appeal_deadline', 'case_processing', 'preliminary_reply']);
    expect(after.missedKeywords).toEqual(['oversittet-klagefrist']);
  });

  it('leaving a case closes what the document opened there and opens again what it had closed', () => {
    let book: DeadlineBook = openDeadlines({}, [{ kind: 'medical_declaration', due: '2025-04-10' }], 'handler:Erik', '2025-03-20');
    const declaration: DocumentFacts = { ...appeal, documentType: 'medical_declaration', decisionDate: null };
    book = applyDocument(book, 'doc-2', declaration, config).book;
    expect(Object.values(book)).toEqual([expect.objectContaining({ kind: 'medical_declaration', status: 'closed', closedBy: 'doc-2' })]);
    const left = withdrawDocument(book, 'doc-2', 'close', 'correction:Ingrid', '2025-04-01');
    expect(Object.values(left)).toEqual([expect.not.objectContaining({ closedBy: expect.anything() })]);
    expect(Object.values(left)[0]!.status).toBe('open');

    const fromTransfer = applyDocument({}, 'doc-3', { ...appeal, documentType: 'case_transfer' }, config).book;
    const moved = withdrawDocument(fromTransfer, 'doc-3', 'close', 'correction:Ingrid', '2025-04-01');
    expect(Object.values(moved).map((d) => [d.kind, d.status, d.closedBy])).toEqual(
      Object.values(fromTransfer).map((d) => [d.kind, 'closed', 'correction:Ingrid']),
    );
  });

  it("takes the old type's and area's keywords off the case and puts the new ones on, keeping the rest", () => {
    const before = { facts: { ...appeal, documentType: 'tribunal_appeal' as const }, missedKeywords: ['oversittet-ankefrist'] };
    const after = { facts: { ...appeal, documentType: 'appeal' as const, area: 'physiotherapy' }, missedKeywords: [] };
    const keywords = correctedKeywords(['anke', 'oversittet-ankefrist', 'tannbehandling', 'hastesak'], config, before, after);
    expect(keywords).toContain('fysioterapi');
    expect(keywords).toContain('hastesak');
    expect(keywords).not.toContain('anke');
    expect(keywords).not.toContain('tannbehandling');
    expect(keywords).not.toContain('oversittet-ankefrist');
  });
});
