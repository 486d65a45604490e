import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { carryOnWaiting, decideStage } from '../../stages/decide.ts';
import { classification, config, depsFor, personId, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { reasonNames, reasonText } from '../../domain/reasons/wording.ts';
import { documentParked } from '../../domain/events/stage-events.ts';

/**
 * Follow-ups wait for their case (issue 13): through the state machine's registry stages on the
 * embedded store (dynalite), an unsure appeal goes to review, its medical declaration and consent
 * wait beside it (one review item), and the archivist's decision on the appeal carries them on.
 */
describe('follow-ups wait beside the document that opens their case', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('waits, says which document it waits for, and is carried on when that one is decided', async () => {
    const deps = depsFor(db);
    const person = personId(501);
    const appeal = stateFor(classification({ documentType: 'appeal', area: 'dental', confidence: 0.4, typeConfidence: 0.5, fields: { nationalIds: [person], caseReferences: ['26/204417'] } }));
    const declaration = stateFor(classification({ documentType: 'medical_declaration', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [person], decisionDate: null } }));
    const consent = stateFor(classification({ documentType: 'consent', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [], caseReferences: ['26/204417'], decisionDate: null } }));

    const first = await runPipeline({ ...appeal, fileName: 'klage-kari.pdf', intake: { ...appeal.intake, receivedDate: '2025-03-18' } }, deps);
    expect(first.result.status).toBe('review');
    const appealId = first.result.documentId;

    const second = await runPipeline(declaration, deps);
    const third = await runPipeline(consent, deps);
    for (const waiting of [second, third]) {
      expect(waiting.result.status).toBe('review');
      expect(waiting.result.reason).toContain(`Waiting for case`);
      // QA s16: named as the archivist reads it (type, file, received date), not by its id; the id stays in the params.
      expect(waiting.result.reason).not.toContain(appealId);
      expect(waiting.result.reason).toContain('belongs with the appeal received 18.03.2025, which');
      expect(waiting.link.reasonCode).toMatchObject({ code: 'waiting_for_case', params: { waitsFor: appealId, waitsForType: 'appeal', waitsForFile: 'klage-kari.pdf', waitsForReceived: '2025-03-18' } });
      expect(reasonText(waiting.link.reasonCode!, 'nb', reasonNames(config))).toContain('hører til klage på vedtak mottatt 18.03.2025, som venter til kontroll');
      // Review: the file name holds people's names; SPEC lets events carry identifiers, types, areas, dates and
      // queue names only. Neither the stored reason nor the DocumentInReview event (bus, feed, archive) names it.
      expect((await getDocument(db, waiting.result.documentId))?.reason ?? '').not.toContain('klage-kari');
      const inReview = documentParked(waiting.result, '2025-03-20T09:00:00.000Z');
      expect(inReview.map((e) => e.type)).toEqual(['DocumentInReview']);
      expect(JSON.stringify(inReview)).not.toContain('klage-kari');
      expect(waiting.link.waitsFor).toBe(appealId);
    }

    // The archivist decides the appeal; its execution registers the case.
    const resumed = await decideStage({ documentId: appealId, archivist: 'Arkivar Test', decidedAt: '2025-03-20T10:00:00.000Z' }, deps);
    const decided = await runPipeline({ ...resumed, classification: resumed.classification! }, deps);
    expect(decided.result.status).toBe('routed');
    const caseId = decided.result.caseId;

    const followers = await carryOnWaiting(appealId, deps);
    expect(followers.map((s) => s.decision?.carriedOnAfter)).toEqual([appealId, appealId]);
    const results = [];
    for (const state of followers) results.push((await runPipeline({ ...state, classification: state.classification! }, deps)).result);
    expect(results.map((r) => r.status)).toEqual(['routed', 'routed']);
    expect(results.map((r) => r.caseId)).toEqual([caseId, caseId]);
    expect((await getDocument(db, second.result.documentId))?.status).toBe('routed');
  }, 60_000);

  it('a carried-on document that is itself unsure still goes to review (nobody looked at it)', async () => {
    const deps = depsFor(db);
    const person = personId(777);
    const appeal = stateFor(classification({ documentType: 'appeal', area: 'medical', confidence: 0.3, typeConfidence: 0.3, fields: { nationalIds: [person] } }));
    const unsure = stateFor(classification({ documentType: 'comments', area: 'medical', confidence: 0.4, typeConfidence: 0.45, fields: { nationalIds: [person], decisionDate: null } }));
    const first = await runPipeline(appeal, deps);
    const waiting = await runPipeline(unsure, deps);
    expect(waiting.link.waitsFor).toBe(first.result.documentId);
    const resumed = await decideStage({ documentId: first.result.documentId, archivist: 'Arkivar Test', decidedAt: '2025-03-20T10:00:00.000Z' }, deps);
    await runPipeline({ ...resumed, classification: resumed.classification! }, deps);
    const [state] = await carryOnWaiting(first.result.documentId, deps);
    const after = await runPipeline({ ...state!, classification: state!.classification! }, deps);
    expect(after.result.status).toBe('review');
    expect(after.result.reason).toMatch(/not sure/);
  }, 60_000);

  it('a follow-up with nothing in review to wait for is an ordinary review item', async () => {
    const deps = depsFor(db);
    const lone = stateFor(classification({ documentType: 'consent', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [personId(901)], decisionDate: null } }));
    const run = await runPipeline(lone, deps);
    expect(run.result.status).toBe('review');
    expect(run.result.reason).toMatch(/no open case matches/);
    expect(run.link.waitsFor ?? null).toBeNull();
  }, 60_000);
});

describe('an appeal that would open its case does not wait for a follow-up in review', () => {
  let db: Db;
  withFreshTable((fresh) => {
    db = fresh;
  });

  it('a consent in review ("no case") and then a confident appeal of the same person: the appeal opens the case', async () => {
    const deps = depsFor(db);
    const person = personId(1203);
    const consent = await runPipeline(stateFor(classification({ documentType: 'consent', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [person], decisionDate: null } })), deps);
    expect(consent.result.status).toBe('review');
    const appeal = await runPipeline(stateFor(classification({ documentType: 'appeal', area: 'dental', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [person] } })), deps);
    expect(appeal.result.status).toBe('routed');
    expect(appeal.link.waitsFor ?? null).toBeNull();
  }, 60_000);

  it('a confident transfer letter for an appeal in review waits for it instead of opening a second case', async () => {
    const deps = depsFor(db);
    const person = personId(1307);
    const appeal = await runPipeline(stateFor(classification({ documentType: 'appeal', area: 'pharmacy', confidence: 0.4, typeConfidence: 0.4, fields: { nationalIds: [person], caseReferences: ['26/311092'] } })), deps);
    const transfer = await runPipeline(stateFor(classification({ documentType: 'case_transfer', area: 'pharmacy', confidence: 0.99, typeConfidence: 0.99, fields: { nationalIds: [person], caseReferences: ['26/311092'] } })), deps);
    expect(transfer.result.status).toBe('review');
    expect(transfer.link.waitsFor).toBe(appeal.result.documentId);
  }, 60_000);
});
