import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../stages/records.ts';
import type { CaseRepository, DocumentRepository, StagePorts } from '../../stages/ports.ts';
import { noEvents } from '../../stages/ports.ts';
import { registryStagesThroughAsl } from '../../local/bound-stages.ts';
import { classification, config, stateFor } from '../registry/fixtures.ts';

/**
 * The flow is the ASL's, not a copy: with in-memory ports, a run takes the Task states the state
 * machine's choices lead to, and a stage that throws ends in RecordFailure through the ASL's Catch.
 */
function memoryPorts(overrides: Partial<CaseRepository> = {}): StagePorts & { reviews: string[]; journal: string[] } {
  const cases = new Map<string, CaseRecord>();
  const reviews: string[] = [];
  const journal: string[] = [];
  const documents: DocumentRepository = {
    get: async () => null,
    getAsStored: async () => null,
    writeJournalEntry: async (entry) => {
      journal.push(entry.caseId);
      return null;
    },
    recordReview: async (input) => {
      reviews.push(input.result.reason ?? '');
      return null;
    },
    recordRejection: async () => null,
    markRouted: async () => null,
    writeOffRestanse: async () => true,
    recordDecision: async () => true,
  };
  const caseRepository: CaseRepository = {
    get: async (caseId) => cases.get(caseId) ?? null,
    getWith: async (caseId) => ({ record: cases.get(caseId) ?? null, beside: { item: null } }),
    byReference: async () => [],
    byNationalIdHash: async () => [],
    join: async (caseId) => cases.get(caseId) ?? null,
    claimNewCase: async () => ({ caseId: null }),
    open: async (draft, entry) => {
      const record: CaseRecord = { ...draft, caseId: '2025-00001', caseNumber: '2025/00001', year: 2025, sequence: 1, noarkStatus: 'B', open: true, handlerId: null, priority: 1, version: 1 };
      cases.set(record.caseId, record);
      journal.push(`${record.caseId}:${entry.documentId}`);
      return record;
    },
    changeDeadlines: async () => ({ opened: [], closed: [] }),
    placeInQueue: async () => true,
    raise: async () => undefined,
    moveMail: async () => [],
    ...overrides,
  };
  return { config, documents, cases: caseRepository, clock: { now: () => new Date('2025-03-20T09:00:00Z') }, idHashKey: async () => 'k', events: noEvents, audit: { record: async () => undefined }, reviews, journal };
}

describe('the registry stages bound to statemachines/intake.asl.json', () => {
  it('a sure new appeal: Inspect and Classify pass its state on, then Link, Register, Deadlines, WriteLetters, Route', async () => {
    const ports = memoryPorts();
    const run = await registryStagesThroughAsl(ports).run(stateFor(classification()));
    expect(run.tasks).toEqual(['Inspect', 'Classify', 'Link', 'Register', 'Deadlines', 'WriteLetters', 'Route']);
    expect(run.result).toMatchObject({ status: 'routed', caseId: '2025-00001', queue: 'unassigned/dental' });
    expect(ports.journal).toEqual([`2025-00001:${run.result.documentId}`]);
  });

  it('an unsure document goes from Link to Review, registering nothing', async () => {
    const ports = memoryPorts();
    const run = await registryStagesThroughAsl(ports).run(stateFor(classification({ confidence: 0.2, typeConfidence: 0.2 })));
    expect(run.tasks).toEqual(['Inspect', 'Classify', 'Link', 'Review']);
    expect(run.result.status).toBe('review');
    expect(ports.journal).toEqual([]);
  });

  it('a stage that throws is caught by the ASL into RecordFailure, which names the stage and the error only', async () => {
    const ports = memoryPorts({
      byReference: async () => {
        throw new Error('the table is gone');
      },
    });
    const run = await registryStagesThroughAsl(ports).run(stateFor(classification({ fields: { caseReferences: ['24/1'] } })));
    expect(run.tasks).toEqual(['Inspect', 'Classify', 'Link', 'RecordFailure']);
    expect(run.result.status).toBe('review');
    expect(ports.reviews).toEqual(['Technical failure while linking the document to a case (Error); an archivist must register it by hand.']);
  });
});
