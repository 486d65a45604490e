import type { Classification } from '#schemas/pipeline';
import { chosenCaseMismatches } from '#domain/registry/chosen-case-check';
import { nationalIdHash } from '#domain/registry/national-id-hash';
import { partyNationalIdHashes } from '#domain/sheets/cover-case-check';
import type { CaseRecord } from '../../functions/commons/store/cases.ts';
import { idHashKey } from '../../functions/commons/store/id-hash-key.ts';
import { dynamoLetterRepository } from '../../functions/commons/store/letters.ts';
import type { ServiceContext } from '../ports.ts';
import { unprocessable } from '../problems.ts';
import { otherPersonsCaseProblem } from '#schemas/problem-types';

/**
 * An archivist's chosen case that is another person's is refused (422) unless confirmed (`confirmed`,
 * the body's confirmOtherPerson); answers whether the case looked like another person's and was
 * confirmed, so the decision's audit line can say so (never whose ids). A slip in
 * the case number would put one person's appeal, often with health data, on someone else's case.
 * The case's people are compared as the Link stage compares a cover sheet's: the opener's ids, those
 * an archivist confirmed under the sheet, and the parties registered since (domain/registry/chosen-case-check.ts).
 */
export async function refuseOtherPersonsCase(ctx: ServiceContext, chosen: CaseRecord, fields: Pick<Classification['fields'], 'nationalIds' | 'caseReferences'>, confirmed = false): Promise<boolean> {
  const ids = [...new Set(fields.nationalIds)];
  const key = ids.length ? await idHashKey() : '';
  const parties = ids.length ? ((await dynamoLetterRepository(ctx.db).parties(chosen.caseId))?.parties ?? []) : [];
  const mismatches = chosenCaseMismatches({
    caseId: chosen.caseId,
    caseNationalIdHashes: [...chosen.nationalIdHashes, ...(chosen.sheetConfirmedHashes ?? []), ...partyNationalIdHashes(parties)],
    caseReferences: chosen.references,
    documentNationalIdHashes: ids.map((id) => nationalIdHash(id, key)),
    documentReferences: fields.caseReferences,
  });
  if (!mismatches.length) return false;
  if (confirmed) return true;
  const en = mismatches.map((m) => (m === 'national_id' ? "the national id read from the document is none of the case's people's" : `its references (${fields.caseReferences.join(', ')}) are none of the case's`));
  const nb = mismatches.map((m) => (m === 'national_id' ? 'fødselsnummeret i dokumentet er ikke noen av sakens parters' : `referansene i dokumentet (${fields.caseReferences.join(', ')}) er ikke sakens`));
  throw unprocessable(
    `Case ${chosen.caseNumber} looks like another person's: ${en.join(', and ')}. Choose the right case, or confirm this one (confirmOtherPerson: true; on the command line --confirm-other-person).`,
    `Sak ${chosen.caseNumber} ser ut til å være en annen persons: ${nb.join(', og ')}. Velg riktig sak, eller bekreft denne (--confirm-other-person).`,
    otherPersonsCaseProblem,
  );
}
