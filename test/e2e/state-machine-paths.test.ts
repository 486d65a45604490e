import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '#local/stack';
import { loadLocalStateMachine, type LocalStateMachine } from '#local/state-machine';
import { processScan } from '#local/intake';
import { shutdownOcr } from '#engines/ocr/index';
import { dbFromEnv, recordDecision } from '../../functions/commons/store/service.ts';
import { renderTextPdf, zipArchive } from '../../corpus/render.ts';
import { idFor } from '../support/national-ids.ts';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '#commons/clients';
import { documentTextKey, pageTextKey } from '#domain/page-keys';
import { getDocument } from '../../functions/commons/store/documents.ts';
import { s3DocumentFiles } from '../../service/adapters/s3-document-files.ts';

/**
 * The real ASL, in-process, over real inputs: which states each kind of document passes through.
 * The paths are those Step Functions' execution history shows in AWS for the same definition.
 */
describe('paths through statemachines/intake.asl.json', () => {
  let dir: string;
  let stack: LocalStack;
  let machine: LocalStateMachine;
  const dates = { receivedDate: '2025-03-20', postmarkDate: null };
  const person = idFor(3, 4, 82);

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-paths-'));
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
    machine = await loadLocalStateMachine();
    await writeFile(path.join(dir, 'appeal.pdf'), await renderTextPdf([[
      'Klage på vedtak om stønad til tannbehandling', '', `Fødselsnummer: ${person}`, '',
      'Jeg klager på vedtaket av 12.03.2025 fra Helfo om avslag på stønad til tannbehandling hos tannlege.',
      'Jeg er uenig i vurderingen og ber om at vedtaket omgjøres.', '', 'Med vennlig hilsen', 'Per Olsen',
    ]]));
    await writeFile(path.join(dir, 'consent.pdf'), await renderTextPdf([[
      'SAMTYKKE TIL INNHENTING AV OPPLYSNINGER', '', `Navn: Ukjent Person, fødselsnummer ${idFor(9, 9, 79)}`, '',
      'Jeg samtykker i at klageorganet kan innhente opplysninger fra fastlegen min og fra sykehuset.', '', 'Sted og dato: Oslo, 15.03.2025', 'Underskrift',
    ]]));
    await writeFile(path.join(dir, 'archive.pdf'), zipArchive());
  });
  afterAll(async () => {
    await shutdownOcr();
    await stack.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('a new appeal: inspect, one page, classify, link, register, deadlines, route', async () => {
    const { result, path: states } = await processScan(machine, stack.bucket, path.join(dir, 'appeal.pdf'), dates);
    expect(result.status).toBe('routed');
    expect(states).toEqual(['IsArchivistDecision', 'Inspect', 'IsRejected', 'ExtractPages', 'ExtractPage', 'AnyPages', 'FindFailedPages', 'AnyPageFailed', 'Classify', 'PageTextsStored', 'IsSplit', 'Link', 'NeedsReview', 'Register', 'Deadlines', 'WriteLetters', 'Route']);
  });

  it('a file that is no scan: inspect, reject', async () => {
    const { result, path: states } = await processScan(machine, stack.bucket, path.join(dir, 'archive.pdf'), dates);
    expect(result.status).toBe('rejected');
    expect(states).toEqual(['IsArchivistDecision', 'Inspect', 'IsRejected', 'Reject']);
  });

  it('a consent without a case waits in review; the decision resumes at Link and registers it', async () => {
    const { result, path: states } = await processScan(machine, stack.bucket, path.join(dir, 'consent.pdf'), dates);
    expect(result).toMatchObject({ status: 'review', documentType: 'consent' });
    expect(states.at(-1)).toBe('Review');
    // Its one page travelled in the state: Classify stored it in the document's text artefact, the
    // review item keeps where it is (never the text), and the service reads it from there.
    const item = await getDocument(dbFromEnv(), result.documentId);
    expect(item?.resume?.pages?.map((p) => [p.textKey, 'inline' in p])).toEqual([[documentTextKey(result.documentId), false]]);
    await expect(s3Client().send(new HeadObjectCommand({ Bucket: stack.bucket, Key: pageTextKey(result.documentId, 0) }))).rejects.toMatchObject({ name: 'NotFound' });
    expect((await s3DocumentFiles(stack.bucket).readPage(result.documentId, 0))?.text).toContain('SAMTYKKE');

    const appeal = await processScan(machine, stack.bucket, path.join(dir, 'appeal.pdf'), dates);
    const input = await recordDecision(dbFromEnv(), { documentId: result.documentId, archivist: 'arkivar-1', caseId: appeal.result.caseId!, decidedAt: '2025-03-21T09:00:00Z' });
    const resumed = await machine.run(input as never);
    expect(resumed.path).toEqual(['IsArchivistDecision', 'Link', 'NeedsReview', 'Register', 'Deadlines', 'WriteLetters', 'Route']);
    expect(resumed.output).toMatchObject({ status: 'routed', caseId: appeal.result.caseId, queue: 'unit-mail/dental' });
  });
});
