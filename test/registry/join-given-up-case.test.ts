import { describe, expect, it } from 'vitest';
import type { Db } from '../../functions/commons/store/db.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { documentsOnCase, giveUpCase } from '../../functions/commons/store/given-up-case.ts';
import type { CaseGivenUp } from '../../domain/registry/case-given-up.ts';
import { linkStage } from '../../stages/link.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { registerStage } from '../../stages/register.ts';
import { classification, depsFor, runPipeline, stateFor } from './fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * QA s12 atomic 1: Link matches a letter to a case, the case is given up as opened in error, and only then
 * does Register join the letter. Nothing is filed on the closed case (where no queue shows it): Register's
 * join is conditional on the case being open, and the letter goes to review saying which case closed.
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const givenUp = (documentId: string): CaseGivenUp => ({ reason: 'opened_in_error', cause: 'forwarded', documentId, movedTo: null, by: 'mailroom', at: '2025-03-20T10:00:00Z' });

describe('a letter matched to a case given up before it joins', () => {
  it('is filed on no closed case: Register refuses the join, the letter goes to review naming the case', async () => {
    const opened = await runPipeline(stateFor(classification({ fields: { caseReferences: ['GU-1'] } })), depsFor(db));
    const caseId = opened.registration!.caseId;
    const letter = stateFor(classification({ documentType: 'correspondence', fields: { caseReferences: ['GU-1'] } }));
    const deps = depsFor(db);
    const link = await linkStage(letter, deps);
    expect(link.caseId).toBe(caseId);

    const record = (await getCase(db, caseId))!;
    expect(await giveUpCase(db, { record, givenUp: givenUp(opened.result.documentId) })).toBe(true);

    await expect(registerStage({ ...letter, link }, deps)).rejects.toMatchObject({ name: 'CaseClosed' });
    expect((await documentsOnCase(db, caseId)).map((d) => d.documentId)).toEqual([opened.result.documentId]);
    const parked = await recordFailureStage({ ...letter, link, failure: { Error: 'CaseClosed' } }, deps);
    expect(parked).toMatchObject({ status: 'review', queue: 'review' });
    expect(parked.reason).toContain(`case ${opened.registration!.caseNumber}, which was closed`);
    expect((await getDocument(db, parked.documentId))?.status).toBe('review');
  });

  it('a join the giving up did not see makes it ask again; a re-run of a registration made before answers it', async () => {
    const opened = await runPipeline(stateFor(classification({ fields: { caseReferences: ['GU-2'] } })), depsFor(db));
    const caseId = opened.registration!.caseId;
    const readBefore = (await getCase(db, caseId))!;
    const letter = stateFor(classification({ documentType: 'correspondence', fields: { caseReferences: ['GU-2'] } }));
    const deps = depsFor(db);
    const link = await linkStage(letter, deps);
    const registration = await registerStage({ ...letter, link }, deps);
    expect(registration.caseId).toBe(caseId);
    // The giving up read the case before the letter joined: its write is refused, and its rule is asked again.
    expect(await giveUpCase(db, { record: readBefore, givenUp: givenUp(opened.result.documentId) })).toBe(false);
    expect((await getCase(db, caseId))?.open).toBe(true);
    // Given up after the letter joined (it is left on the case for the archivist), Register's retry answers as before.
    expect(await giveUpCase(db, { record: (await getCase(db, caseId))!, givenUp: givenUp(opened.result.documentId) })).toBe(true);
    expect(await registerStage({ ...letter, link }, deps)).toEqual(registration);
  });
});
