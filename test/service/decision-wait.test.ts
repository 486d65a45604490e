import { describe, expect, it } from 'vitest';
import type { ExecutionState } from '#schemas/state';
import { loadConfig } from '#config/load';
import type { Db } from '../../functions/commons/store/db.ts';
import { decide } from '../../service/operations/review.ts';
import { ApiProblem } from '../../service/problems.ts';
import type { Pipeline, ServiceContext } from '../../service/ports.ts';
import { classification, depsFor, personId, runPipeline, stateFor } from '../registry/fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * When the decided document's stages outlast the API's wait (202 "still on its way"), the documents
 * that waited beside it are still carried on: started without waiting, not left to a request that ends.
 */
describe('a decision whose execution outlasts the wait', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('answers 202 and starts the documents waiting beside it, each carried on after the decided one', async () => {
    const deps = depsFor(db);
    const person = personId(612);
    const appeal = await runPipeline(stateFor(classification({ documentType: 'appeal', area: 'dental', confidence: 0.4, typeConfidence: 0.5, fields: { nationalIds: [person], caseReferences: ['26/204533'] } })), deps);
    const declaration = await runPipeline(stateFor(classification({ documentType: 'medical_declaration', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [person], decisionDate: null } })), deps);
    expect(declaration.link.waitsFor).toBe(appeal.result.documentId);

    const started: ExecutionState[] = [];
    const pipeline: Pipeline = {
      resume: async () => Promise.reject(new ApiProblem('on-its-way', 'The decision is recorded and the document is still on its way.', 'Avgjørelsen er lagret, og dokumentet er fortsatt underveis.')),
      start: async (state) => void started.push(state),
    };
    const ctx = { db, pipeline, config: loadConfig(), now: () => new Date('2025-03-20T10:00:00Z') } as unknown as ServiceContext;
    await expect(decide(ctx, { person: 'Ingrid Arkivar', role: 'archivist' }, appeal.result.documentId, {})).rejects.toMatchObject({ status: 202 });
    expect(started.map((s) => [s.decision?.documentId, s.decision?.carriedOnAfter])).toEqual([[declaration.result.documentId, appeal.result.documentId]]);
  }, 60_000);
});
