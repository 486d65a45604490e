import { describe, expect, it } from 'vitest';
import { plainNames, reasonText } from '#domain/reasons/wording';
import type { Db } from '../../functions/commons/store/db.ts';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { recordFailureStage } from '../../stages/record-failure.ts';
import { classification, depsFor, stateFor } from '../registry/fixtures.ts';
import { withFreshTable } from '../support/fresh-table.ts';

/**
 * A Lambda that met a broken settings file (AWS: its init failed with a SettingsFileError): the review
 * item the document becomes names the file and the field, so the archivist can say what to correct,
 * not only «Teknisk feil (SettingsFileError)» (QA session 13, review of fixD1, M2).
 */
let db: Db;
withFreshTable((fresh) => {
  db = fresh;
});

const message = '/var/task/letters.json (POSTMOTTAK_LETTERS_FILE): templates.appeal_acknowledgement.nb.title: ukjent plassholder «{x}»; kjente: {caseNumber}; rett filen og start på nytt';
const named = 'letters.json (POSTMOTTAK_LETTERS_FILE): templates.appeal_acknowledgement.nb.title';

describe('RecordFailure after a settings-file slip', () => {
  it('stores a review reason that names the file and the field', async () => {
    const { intake, fileName, inspection } = stateFor(classification());
    const failure = { Error: 'SettingsFileError', Cause: JSON.stringify({ errorType: 'SettingsFileError', errorMessage: message }) };
    await recordFailureStage({ intake, fileName, inspection, pages: [], failure }, depsFor(db));
    const item = await getDocument(db, inspection!.documentId);
    expect(item?.status).toBe('review');
    expect(item?.reason).toContain(named);
    expect(reasonText(item!.reasonCode!, 'nb', plainNames)).toContain(named);
  });
});
