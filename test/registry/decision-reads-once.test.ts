import { describe, expect, it } from 'vitest';
import type { ArchivistDecision } from '#schemas/pipeline';
import { DecisionError } from '#domain/errors';
import { decideStage, reviewItemOf } from '../../stages/decide.ts';
import type { AuditLog, StagePorts } from '../../stages/ports.ts';
import { classification, stateFor } from './fixtures.ts';

/**
 * Issue 15 item 7: the service reads the document (its national ids opened, two KMS Decrypts) to check
 * a decision, and passes what it read to the Decide stage instead of the stage reading it again. The
 * guarantee that stays: a decision on a document decided or taken out of review meanwhile is refused.
 */
function portsFor(documentId: string, options: { stillInReview: boolean }) {
  const reads: string[] = [];
  const resume = stateFor(classification({ documentType: 'appeal', area: 'dental' }));
  const record = { documentId, fileName: 'klage.pdf', status: 'review', reason: 'no decision date', resume };
  const documents = {
    get: async (id: string) => {
      reads.push(id);
      return id === documentId ? record : null;
    },
    recordDecision: async () => options.stillInReview,
  } as unknown as StagePorts['documents'];
  const audit: AuditLog = { record: async () => {} };
  return { ports: { documents, audit }, reads, record };
}

const decision: ArchivistDecision = { documentId: 'doc-1', archivist: 'Arkivar Test', documentType: 'appeal', area: 'dental', decidedAt: '2025-03-24T09:00:00.000Z' };

describe('a decision reads its document once', () => {
  it('does not read the document again when the caller passes what it read', async () => {
    const { ports, reads, record } = portsFor('doc-1', { stillInReview: true });
    const state = await decideStage(decision, ports, reviewItemOf(record as never));
    expect(reads).toEqual([]);
    expect(state.decision).toEqual(decision);
    expect(state.classification?.documentType).toBe('appeal');
  });

  it('reads it itself when nothing is passed (the CLI)', async () => {
    const { ports, reads } = portsFor('doc-1', { stillInReview: true });
    await decideStage(decision, ports);
    expect(reads).toEqual(['doc-1']);
  });

  it('still refuses a decision when the document left review after it was read', async () => {
    const { ports, record } = portsFor('doc-1', { stillInReview: false });
    await expect(decideStage(decision, ports, reviewItemOf(record as never))).rejects.toThrow(DecisionError);
  });

  it('refuses a read of another document', async () => {
    const { ports, record } = portsFor('doc-2', { stillInReview: true });
    await expect(decideStage(decision, ports, reviewItemOf(record as never))).rejects.toThrow(/not the one decided/);
  });

  it('treats a passed document that is not in review as not waiting', async () => {
    const { ports, record } = portsFor('doc-1', { stillInReview: true });
    await expect(decideStage(decision, ports, reviewItemOf({ ...record, status: 'routed' } as never))).rejects.toThrow(DecisionError);
  });
});
