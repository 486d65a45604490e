import { describe, expect, it } from 'vitest';
import { loadConfig } from '#config/load';
import { closeEveryOpen, deadlineBookChanges, leavesCaseWithoutCarrier, lettersOfGivenUpCase } from '../../domain/registry/case-given-up.ts';
import { givenUpLetterNote } from '../../domain/registry/case-given-up-wording.ts';
import type { DeadlineBook } from '../../domain/registry/deadline-book.ts';
import { incomingCaseRow } from '../../domain/export/incoming-cases.ts';
import { humanExportRow } from '../../domain/export/incoming-cases-human.ts';
import { configuredNames } from '../../domain/wording/names-nb.ts';

/** The rule of a case opened in error (QA s11 HIGH 1–2), pure: when a case is given up, and what the feed hears. */
const config = loadConfig();
const doc = (documentId: string, documentType: string, outcome: string | null = null) => ({ documentId, documentType, outcome });

describe('a case left without its opening document', () => {
  it('is given up when its opener leaves and nothing left on it opens a case by itself', () => {
    const documents = [doc('a', 'appeal'), doc('d', 'medical_declaration')];
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'a', documents }, config)).toBe(true);
    // Another document leaving while the opener stays is no loss.
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'd', documents }, config)).toBe(false);
    // A transfer letter still carries the case whose appeal left; a duplicate-marked one does not.
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'a', documents: [...documents, doc('t', 'case_transfer')] }, config)).toBe(false);
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'a', documents: [...documents, doc('t', 'case_transfer', 'duplicate')] }, config)).toBe(true);
    // Whichever document leaves last takes the case with it: the opener gone first, then the other appeal.
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'b', documents: [doc('b', 'appeal'), doc('d', 'medical_declaration')] }, config)).toBe(true);
    expect(leavesCaseWithoutCarrier({ createdBy: 'a', leaving: 'b', documents: [doc('a', 'appeal'), doc('b', 'appeal')] }, config)).toBe(false);
    // A declaration filed first opened the case: it carries it when the appeal that joined leaves.
    expect(leavesCaseWithoutCarrier({ createdBy: 'd', leaving: 'b', documents: [doc('d', 'medical_declaration'), doc('b', 'appeal')] }, config)).toBe(false);
  });

  it('closes every open deadline, withdraws unsent letters and keeps sent ones apart', () => {
    const book: DeadlineBook = {
      p: { id: 'p', kind: 'preliminary_reply', due: '2025-04-22', status: 'met', openedBy: 'a', openedOn: '2025-03-20', closedBy: 'letter:x', closedOn: '2025-03-20' },
      c: { id: 'c', kind: 'case_processing', due: '2025-06-20', status: 'open', openedBy: 'a', openedOn: '2025-03-20' },
    };
    const closed = closeEveryOpen(book, 'given-up:anne', '2025-03-25');
    expect(closed.c).toMatchObject({ status: 'closed', closedBy: 'given-up:anne' });
    expect(closed.p).toEqual(book.p);
    expect(deadlineBookChanges(book, closed)).toEqual({ opened: [], closed: [book.c] });
    expect(deadlineBookChanges(closed, book).opened).toEqual([book.c]);
    const letters = lettersOfGivenUpCase([{ letterId: '1', status: 'ready' }, { letterId: '2', status: 'held' }, { letterId: '3', status: 'sent' }]);
    expect(letters.withdraw.map((l) => l.letterId)).toEqual(['1', '2']);
    expect(letters.alreadySent.map((l) => l.letterId)).toEqual(['3']);
  });

  it('tells the archivist of a letter posted and of documents left on the case, and nothing when there is nothing to do', () => {
    expect(givenUpLetterNote('2025/00008', [])).toBeNull();
    expect(givenUpLetterNote('2025/00008', [{ kind: 'appeal_acknowledgement', sentOn: '2025-03-24' }])).toContain('allerede sendt brev om den (24. mars 2025)');
    expect(givenUpLetterNote('2025/00008', [], 2)).toBe('2 dokumenter ligger fortsatt på sak 2025/00008: flytt dem til riktig sak.');
  });

  it("is in no queue in the director's export: the queue cell is empty, «—» in the human sheet", () => {
    const facts = { caseNumber: '2025/00008', receivedDate: '2025-03-21', area: 'dental', keywords: [], references: [], handlerId: null, status: 'NY', createdBy: 'a' };
    const waiting = incomingCaseRow({ ...facts, open: true }, 'appeal', []);
    expect(waiting.queueOrHandler).toBe('unassigned/dental');
    const givenUp = incomingCaseRow({ ...facts, open: false, givenUp: { reason: 'opened_in_error' } }, 'appeal', []);
    expect(givenUp).toMatchObject({ queueOrHandler: '', openedInError: true, status: 'NY (avsluttet – opprettet ved feil)' });
    expect(humanExportRow(givenUp, configuredNames(config)).queueOrHandler).toBe('—');
  });
});
