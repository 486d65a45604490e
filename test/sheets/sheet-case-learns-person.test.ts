import { describe, expect, it } from 'vitest';
import { classificationUnderCover } from '#domain/sheets/cover';
import type { Db } from '../../functions/commons/store/db.ts';
import { getCase } from '../../functions/commons/store/cases.ts';
import { decideStage } from '../../stages/decide.ts';
import { withFreshTable } from '../support/fresh-table.ts';
import { idFor } from '../support/national-ids.ts';
import { classification, depsFor, runPipeline, stateFor } from '../registry/fixtures.ts';

/**
 * Review finding (session 11): a case opened by a letter that named no national id knows nobody, so a
 * document under its cover sheet that names a person goes to an archivist (sheet_case_persons_unknown).
 * The archivist choosing the sheet's case confirms that person belongs under the sheet: the sheet's
 * check learns the document's id, so the person's next document under the sheet is filed without asking
 * again. Review of that fix (session 11): the id must not enter the case's national-id lookups, or the
 * person's own letters without a sheet were routed onto the case on the strength of that one decision.
 */
const kari = idFor(12, 3, 61);
const ola = idFor(4, 7, 55);
const types = ['appeal', 'medical_declaration', 'correspondence'];

describe("an archivist's choice of a sheet's case teaches the case the document's person", () => {
  let db: Db;
  withFreshTable(
    (fresh) => {
      db = fresh;
    },
    { per: 'test' },
  );

  /** A case opened by an appeal naming `openerIds`, and a document of `documentType` under its cover sheet naming `nationalIds`. */
  const sheetCase = async (deps: ReturnType<typeof depsFor>, openerIds: string[], documentType = 'medical_declaration') => {
    const opener = await runPipeline(stateFor(classification({ documentType: 'appeal', fields: { nationalIds: openerIds } })), deps);
    const caseId = opener.result.caseId!;
    const caseNumber = (await getCase(db, caseId))!.caseNumber;
    const underSheet = (nationalIds: string[]) =>
      stateFor(classificationUnderCover(classification({ documentType, fields: { nationalIds } }), { kind: 'cover', caseNumber, documentType: null, area: 'dental' }, types));
    return { opener, caseId, underSheet };
  };
  /** The archivist files the document on the case; the pipeline resumes. */
  const decideOn = async (deps: ReturnType<typeof depsFor>, documentId: string, caseId: string) => {
    const resumed = await decideStage({ documentId, archivist: 'Arkivar Test', caseId, decidedAt: '2025-03-20T10:00:00.000Z' }, deps);
    return runPipeline({ ...resumed, classification: resumed.classification! }, deps);
  };

  it('files the second document of the same person under the sheet after the first was decided', async () => {
    const deps = depsFor(db);
    const { opener, caseId, underSheet } = await sheetCase(deps, []);
    expect(opener.result.status).toBe('routed');

    const first = await runPipeline(underSheet([kari]), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_persons_unknown' } });

    const decided = await decideOn(deps, first.result.documentId, caseId);
    expect(decided.result).toMatchObject({ status: 'routed', caseId });

    const second = await runPipeline(underSheet([kari]), deps);
    expect(second.link).toMatchObject({ review: false, caseId, matchedBy: 'cover_sheet' });
    // Another person's document under the same sheet still goes to an archivist.
    const other = await runPipeline(underSheet([ola]), deps);
    expect(other.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_person_mismatch' } });
  }, 60_000);

  it("does not route the person's later letters without a sheet onto the case by the learned id", async () => {
    const deps = depsFor(db);
    const { caseId, underSheet } = await sheetCase(deps, [ola], 'correspondence');
    const first = await runPipeline(underSheet([kari]), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_person_mismatch' } });
    expect((await decideOn(deps, first.result.documentId, caseId)).result).toMatchObject({ status: 'routed', caseId });

    for (const documentType of ['appeal', 'medical_declaration'] as const) {
      const later = await runPipeline(stateFor(classification({ documentType, fields: { nationalIds: [kari], caseReferences: [] } })), deps);
      expect(later.link.caseId === caseId && later.link.matchedBy === 'national_id').toBe(false);
      expect(later.result.caseId).not.toBe(caseId);
    }
    // The case's lookups still know only the person whose letter opened it.
    expect((await getCase(db, caseId))!.nationalIdHashes).toHaveLength(1);
  }, 60_000);

  it('learns nobody from a decided document that names more than one id', async () => {
    const deps = depsFor(db);
    const { caseId, underSheet } = await sheetCase(deps, []);
    const first = await runPipeline(underSheet([kari, ola]), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_persons_unknown' } });
    await decideOn(deps, first.result.documentId, caseId);
    expect((await getCase(db, caseId))!.sheetConfirmedHashes ?? []).toEqual([]);
    expect((await runPipeline(underSheet([ola]), deps)).link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_persons_unknown' } });
  }, 60_000);

  it('a confirmed mismatch adds the person beside the one the case knew', async () => {
    const deps = depsFor(db);
    const { caseId, underSheet } = await sheetCase(deps, [ola]);
    const first = await runPipeline(underSheet([kari]), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_person_mismatch' } });
    await decideOn(deps, first.result.documentId, caseId);
    const stored = (await getCase(db, caseId))!;
    expect(stored.nationalIdHashes).toHaveLength(1);
    expect(stored.sheetConfirmedHashes).toHaveLength(1);
    expect((await runPipeline(underSheet([kari]), deps)).link).toMatchObject({ review: false, caseId, matchedBy: 'cover_sheet' });
  }, 60_000);
});
