import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { reasonNames, reasonText } from '#domain/reasons/wording';
import { decideLink } from '#domain/registry/linking';
import { withFreshTable } from '../support/fresh-table.ts';
import { classification, config, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';

/**
 * QA review of session 9: the machine registered a decision date it read after the day the mail was
 * received (a misread year), so an appeal deadline was counted from a day that cannot be, and a
 * missed-deadline word the classifier gave was put on a case whose deadline the Deadlines stage found
 * kept. A read date after the received day now sends the document to review with its own reason,
 * where a deadline counts from it; a case's keywords are its area's, its type's and the deadline
 * stage's.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const names = reasonNames(config);

describe('a decision date read after the day the mail was received', () => {
  it('sends an appeal to review with its own reason, in English and bokmål, and opens no case', async () => {
    const state = stateFor(classification({ fields: { nationalIds: [personId(901)], decisionDate: '2025-03-12', decisionReceivedDate: '2025-03-14' } }), { receivedDate: '2025-03-01' });
    const { result } = await runPipeline(state, depsFor(db, new Date('2025-03-01T09:00:00Z')));
    expect(result).toMatchObject({ status: 'review', queue: 'review', caseId: null, deadlines: [] });
    expect(result.reason).toBe(
      'The decision date read from the appeal, 2025-03-12, is after the day the mail was received, 2025-03-01: probably misread. Check the date, so that the appeal deadline is not counted from a day that cannot be right.',
    );
    const link = decideLink({ documentId: 'doc-1', classification: state.classification, referenceMatches: [], nationalIdMatches: [], receivedDate: '2025-03-01' }, config);
    expect(reasonText(link.reasonCode!, 'nb', names)).toBe(
      'Vedtaksdatoen som ble lest i dokumentet (Klage på vedtak), 12.03.2025, er etter dagen posten ble mottatt, 01.03.2025: trolig feillest. Kontroller datoen, så klagefristen ikke regnes fra en dag som ikke kan stemme.',
    );
  });

  it('names the date the decision was received when only that one is late, and «ankefristen» for a tribunal appeal', () => {
    const tribunal = classification({ documentType: 'tribunal_appeal', fields: { decisionDate: '2025-02-20', decisionReceivedDate: '2025-03-14' } });
    const link = decideLink({ documentId: 'doc-2', classification: tribunal, referenceMatches: [], nationalIdMatches: [], receivedDate: '2025-03-01' }, config);
    expect(link.reasonCode).toMatchObject({ code: 'no_matching_case', also: { code: 'decision_date_after_received', params: { field: 'decisionReceivedDate', date: '2025-03-14' } } });
    expect(reasonText(link.reasonCode!, 'nb', names)).toContain('Datoen vedtaket ble mottatt som ble lest i dokumentet (Anke til Trygderetten), 14.03.2025');
    expect(reasonText(link.reasonCode!, 'nb', names)).toContain('så ankefristen ikke regnes');
  });

  it('is no reason to stop a type no deadline counts from the decision of (a case transfer), and none on or before the received day', async () => {
    const transfer = await runPipeline(stateFor(classification({ documentType: 'case_transfer', fields: { nationalIds: [personId(902)], decisionDate: '2025-04-15' } }), { receivedDate: '2025-03-20' }), depsFor(db));
    expect(transfer.result.status).toBe('routed');
    const sameDay = await runPipeline(stateFor(classification({ fields: { nationalIds: [personId(903)], decisionDate: '2025-03-01', decisionReceivedDate: '2025-03-01' } }), { receivedDate: '2025-03-01' }), depsFor(db));
    expect(sameDay.result).toMatchObject({ status: 'routed', deadlines: expect.arrayContaining([{ kind: 'appeal_deadline', due: '2025-04-14', missed: false }]) });
  });
});

describe("a case's keywords", () => {
  it("leave out a missed-deadline word the classifier gave when the Deadlines stage found the deadline kept", async () => {
    // Decided 12.03.2025, received 20.03.2025: the six weeks run to 23.04.2025, so the appeal is in time.
    const state = stateFor(classification({ keywords: ['tannbehandling', 'oversittet-klagefrist'], fields: { nationalIds: [personId(904)] } }));
    const { result } = await runPipeline(state, depsFor(db));
    expect(result).toMatchObject({ status: 'routed', deadlines: expect.arrayContaining([{ kind: 'appeal_deadline', due: '2025-04-23', missed: false }]) });
    expect(result.keywords).toEqual(['tannbehandling']);
    expect((await getCase(db, result.caseId!))?.keywords).toEqual(['tannbehandling']);
  });
});
