import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { documentIdFor } from '#domain/identity';
import { reasonNames, reasonText } from '#domain/reasons/wording';
import { decisionDateProblem } from '#domain/registry/decision-dates';
import { decideLink } from '#domain/registry/linking';
import { withFreshTable } from '../support/fresh-table.ts';
import { classification, config, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';

/**
 * QA of session 16 (L04): a deadline-interrupting appeal whose decision date was not read was routed
 * with no appeal deadline, so nobody could see whether it came in time. It opens `appeal_deadline` like
 * an appeal, so it goes to review for the date (SPEC "Registration, deadlines and routing"), and the
 * archivist's date routes it with all its deadlines.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const undated = (seed: number) => classification({ documentType: 'appeal_deadline_interrupting', fields: { nationalIds: [personId(seed)], decisionDate: null, decisionReceivedDate: null } });

describe('a deadline-interrupting appeal without a decision date', () => {
  it('goes to review with the reason an undated appeal has, and opens no case', async () => {
    const { result } = await runPipeline(stateFor(undated(951), { receivedDate: '2025-03-20' }), depsFor(db));
    expect(result).toMatchObject({ status: 'review', caseId: null, deadlines: [] });
    const link = decideLink({ documentId: 'doc-adi-1', classification: undated(951), referenceMatches: [], nationalIdMatches: [], receivedDate: '2025-03-20' }, config);
    expect(link.reasonCode).toMatchObject({ code: 'no_decision_date', params: { documentType: 'appeal_deadline_interrupting' } });
    expect(reasonText(link.reasonCode!, 'nb', reasonNames(config))).toContain('Fristavbrytende klage');
  });

  it('cannot be decided without the date, and is with it', () => {
    const dates = { documentType: 'appeal_deadline_interrupting', decisionReceivedDate: null, receivedDate: '2025-03-20', given: [] } as const;
    expect(decisionDateProblem({ ...dates, decisionDate: null }, config)).toEqual({ code: 'missing', documentType: 'appeal_deadline_interrupting' });
    expect(decisionDateProblem({ ...dates, decisionDate: '2025-03-12', given: ['decisionDate'] }, config)).toBeNull();
  });

  it("is routed with its appeal deadline and grounds once the archivist gives the decision's date", async () => {
    const state = stateFor(undated(952), { receivedDate: '2025-03-20' });
    const decision = { documentId: documentIdFor(state.intake), archivist: 'arkivar-1', fields: { decisionDate: '2025-03-12' }, decidedAt: '2025-03-20T10:00:00.000Z' };
    const { result } = await runPipeline({ ...state, decision }, depsFor(db));
    expect(result.status).toBe('routed');
    expect(result.deadlines).toEqual(expect.arrayContaining([{ kind: 'appeal_deadline', due: '2025-04-23', missed: false }, expect.objectContaining({ kind: 'grounds' }), expect.objectContaining({ kind: 'preliminary_reply' })]));
  });
});
