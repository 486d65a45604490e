import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { ProcessResult } from '#schemas/pipeline';
import { decisionConfidence } from '#domain/registry/result';
import { classification, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * QA s15 (link15 item 3): a follow-up routed onto its case on P(type right) reported the joint
 * confidence (0.41) in its JSON line. The line reports the confidence the decision used, and says which.
 */
describe('the confidence a JSON line reports', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('is P(type right) for a follow-up registered on an existing case, the joint one for the letter that opened it', async () => {
    const person = personId(57);
    const appeal = await runPipeline(stateFor(classification({ confidence: 0.96, typeConfidence: 0.99, fields: { nationalIds: [person] } })), depsFor(db));
    expect(ProcessResult.parse(appeal.result)).toMatchObject({ status: 'routed', confidence: 0.96, confidenceOf: 'type_and_area' });

    // Type sure, area a guess: routed on its type (it takes the case's area). Before: confidence 0.41, nothing said.
    const declaration = classification({ documentType: 'medical_declaration', area: 'disability', confidence: 0.41, typeConfidence: 0.98, fields: { nationalIds: [person], decisionDate: null } });
    const followUp = await runPipeline(stateFor(declaration), depsFor(db));
    expect(ProcessResult.parse(followUp.result)).toMatchObject({ status: 'routed', caseId: appeal.result.caseId, area: 'dental', confidence: 0.98, confidenceOf: 'type' });
  });

  it('is P(type right) for a follow-up that found its case and went to review on its type, as its reason says', async () => {
    // Fix s16 item 3: before, the line said 0.3 (joint, «type_and_area») while the reason said 0.6 under the must-link threshold.
    const person = personId(59);
    const appeal = await runPipeline(stateFor(classification({ confidence: 0.96, typeConfidence: 0.99, fields: { nationalIds: [person] } })), depsFor(db));
    const unsureType = classification({ documentType: 'medical_declaration', area: 'disability', confidence: 0.3, typeConfidence: 0.6, fields: { nationalIds: [person], decisionDate: null } });
    const followUp = await runPipeline(stateFor(unsureType), depsFor(db));
    expect(followUp.link.reasonCode).toMatchObject({ code: 'unsure', params: { confidence: 0.6 } });
    expect(ProcessResult.parse(followUp.result)).toMatchObject({ status: 'review', confidence: 0.6, confidenceOf: 'type' });
    expect(appeal.result.caseId).not.toBeNull();
  });

  it('is the joint one on a line that went to review without a case, and for a classification from before typeConfidence', async () => {
    const unsure = await runPipeline(stateFor(classification({ documentType: 'medical_declaration', confidence: 0.3, typeConfidence: 0.5, fields: { nationalIds: [personId(58)], decisionDate: null } })), depsFor(db));
    expect(unsure.result).toMatchObject({ status: 'review', confidence: 0.3, confidenceOf: 'type_and_area' });
    expect(decisionConfidence({ confidence: 0.41 }, true)).toEqual({ confidence: 0.41, confidenceOf: 'type_and_area' });
  });
});
