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
 * The archivist choosing the sheet's case confirms that person is the case's: the case learns the
 * document's ids, so the person's next document under the sheet is filed without asking again.
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

  it('files the second document of the same person under the sheet after the first was decided', async () => {
    const deps = depsFor(db);
    const opener = await runPipeline(stateFor(classification({ documentType: 'appeal', fields: { nationalIds: [] } })), deps);
    expect(opener.result.status).toBe('routed');
    const caseId = opener.result.caseId!;
    const caseNumber = (await getCase(db, caseId))!.caseNumber;
    const underSheet = (nationalIds: string[]) =>
      stateFor(classificationUnderCover(classification({ documentType: 'medical_declaration', fields: { nationalIds } }), { kind: 'cover', caseNumber, documentType: null, area: 'dental' }, types));

    const first = await runPipeline(underSheet([kari]), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_persons_unknown' } });

    const resumed = await decideStage({ documentId: first.result.documentId, archivist: 'Arkivar Test', caseId, decidedAt: '2025-03-20T10:00:00.000Z' }, deps);
    const decided = await runPipeline({ ...resumed, classification: resumed.classification! }, deps);
    expect(decided.result).toMatchObject({ status: 'routed', caseId });

    const second = await runPipeline(underSheet([kari]), deps);
    expect(second.link).toMatchObject({ review: false, caseId, matchedBy: 'cover_sheet' });
    // Another person's document under the same sheet still goes to an archivist.
    const other = await runPipeline(underSheet([ola]), deps);
    expect(other.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_person_mismatch' } });
    // The case is found by the person's id too, as a case opened by the person's own letter is.
    expect((await deps.cases.byNationalIdHash((await getCase(db, caseId))!.nationalIdHashes[0]!)).map((hit) => hit.caseId)).toEqual([caseId]);
  }, 60_000);

  it('a confirmed mismatch adds the person beside the one the case knew', async () => {
    const deps = depsFor(db);
    const opener = await runPipeline(stateFor(classification({ documentType: 'appeal', fields: { nationalIds: [ola] } })), deps);
    const caseId = opener.result.caseId!;
    const caseNumber = (await getCase(db, caseId))!.caseNumber;
    const underSheet = () => stateFor(classificationUnderCover(classification({ documentType: 'medical_declaration', fields: { nationalIds: [kari] } }), { kind: 'cover', caseNumber, documentType: null, area: 'dental' }, types));
    const first = await runPipeline(underSheet(), deps);
    expect(first.link).toMatchObject({ review: true, reasonCode: { code: 'sheet_case_person_mismatch' } });
    const resumed = await decideStage({ documentId: first.result.documentId, archivist: 'Arkivar Test', caseId, decidedAt: '2025-03-20T10:00:00.000Z' }, deps);
    await runPipeline({ ...resumed, classification: resumed.classification! }, deps);
    expect((await getCase(db, caseId))!.nationalIdHashes).toHaveLength(2);
    expect((await runPipeline(underSheet(), deps)).link).toMatchObject({ review: false, caseId, matchedBy: 'cover_sheet' });
  }, 60_000);
});
