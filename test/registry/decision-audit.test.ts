import { describe, expect, it } from 'vitest';
import type { ArchivistDecision } from '#schemas/pipeline';
import { decideStage } from '../../stages/decide.ts';
import type { AuditLog, StagePorts } from '../../stages/ports.ts';
import { classification, stateFor } from './fixtures.ts';

/**
 * Review of qafixA: the decision date an archivist types starts the appeal deadline, so the audit
 * trail keeps it (and the day the decision was received) beside who decided, not only type and area.
 */
function portsFor(documentId: string) {
  const recorded: Parameters<AuditLog['record']>[0][] = [];
  const review = stateFor(classification({ documentType: 'appeal', area: 'dental' }));
  const documents = {
    get: async (id: string) => (id === documentId ? { documentId, fileName: 'klage.pdf', status: 'review', reason: 'no decision date', resume: review } : null),
    recordDecision: async () => true,
  } as unknown as StagePorts['documents'];
  const audit: AuditLog = { record: async (entry) => void recorded.push(entry) };
  return { ports: { documents, audit }, recorded };
}

describe("an archivist's decision in the audit trail", () => {
  const base: ArchivistDecision = { documentId: 'doc-1', archivist: 'Arkivar Test', documentType: 'appeal', area: 'dental', decidedAt: '2025-03-24T09:00:00.000Z' };

  it('keeps the decision date and the day it was received that the archivist typed', async () => {
    const { ports, recorded } = portsFor('doc-1');
    await decideStage({ ...base, fields: { decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' } }, ports);
    expect(recorded).toEqual([
      expect.objectContaining({ event: 'ArchivistDecision', actor: 'Arkivar Test', documentId: 'doc-1', details: expect.objectContaining({ documentType: 'appeal', area: 'dental', decisionDate: '2025-03-03', decisionReceivedDate: '2025-03-05' }) }),
    ]);
  });

  it('records no date the archivist did not type', async () => {
    const { ports, recorded } = portsFor('doc-1');
    await decideStage(base, ports);
    expect(Object.keys(recorded[0]!.details ?? {})).not.toContain('decisionDate');
    expect(Object.keys(recorded[0]!.details ?? {})).not.toContain('decisionReceivedDate');
  });
});
