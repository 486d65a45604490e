import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { firstUploadInFlightProblem } from '#schemas/problem-types';
import { appealOf } from '../../corpus/robustness-mail.ts';
import { buildApp } from '../../service/app.ts';
import { ensureStarterTokens, localTokenAuthenticator } from '../../service/auth/local-tokens.ts';
import { openLocalRuntime } from '../../local/service-runtime.ts';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { s3Client } from '../../functions/commons/clients.ts';
import { RECEIVED_DATE_METADATA, startRequestFor } from '../../domain/intake/start-request.ts';
import { machineHeldAt } from '../support/interleaved-stack.ts';
import { expectProblem } from '../support/problem-response.ts';
import { duplicateInFlightWaitSeconds } from '../../statemachines/retry-waits.ts';
import { contentDocumentId } from '../../domain/identity.ts';

/**
 * Session 14: through `serve`, a file whose bytes' first upload was still being processed by another
 * execution on the data dir (a `reconcile --redrive` beside it) ended at the ASL's DuplicateInFlight and
 * came back as a generic 500; the CLI alone printed the sentence. It is a 409 with that sentence and
 * Retry-After. The first upload runs on a machine of its own, held at Classify (its claim made);
 * POSTMOTTAK_FAULTS at rate 0 makes every Retry wait 0 ms, so the second spends Inspect's Retry at once.
 */
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-in-flight-'));
afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
});

/**
 * The first upload under a key of its own (not this runtime's incoming/{digest}-…, which the runtime
 * would take for an interrupted run of its own and drive on): another execution's upload, as S3 would announce it.
 */
async function dropElsewhere(bucket: string, bytes: Uint8Array) {
  const key = 'incoming/annen-kjoring/klage.pdf';
  const metadata = { [RECEIVED_DATE_METADATA]: '2025-03-20', 'file-name': 'klage.pdf' };
  const put = await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: bytes, Metadata: metadata }));
  const { input } = startRequestFor({ bucket, key, etag: put.ETag!, versionId: put.VersionId ?? null, eventTime: new Date().toISOString() }, metadata);
  return { ...input, fileName: 'klage.pdf' };
}

describe('a file sent through the API while its bytes\' first upload is in flight', () => {
  it("answers 409 problem+json with the page's sentence in bokmål and Retry-After as long as Inspect waits, and the first is routed", { timeout: 180_000 }, async () => {
    vi.stubEnv('POSTMOTTAK_FAULTS', JSON.stringify({ rate: 0 }));
    const dataDir = path.join(dir, 'state');
    const runtime = await openLocalRuntime({ dataDir, command: 'test', stateMachine: { waitMs: 0 } });
    const tokens = await ensureStarterTokens(dataDir);
    const app = await buildApp({ context: runtime.context, authenticator: localTokenAuthenticator(dataDir), webDir: null });
    const { machine: other, held, released } = await machineHeldAt('Classify');
    try {
      const bytes = await appealOf(614);
      const firstRun = other.run((await dropElsewhere(runtime.stack.bucket, bytes)) as never);
      firstRun.catch(() => undefined);
      await held.opened;
      const send = (language: string) =>
        app.inject({ method: 'POST', url: '/api/v1/intake?fileName=klage-igjen.pdf&received=2025-03-20', headers: { authorization: `Bearer ${tokens.archivist}`, 'content-type': 'application/pdf', 'accept-language': language }, payload: bytes });
      try {
        const nb = await send('nb');
        const problem = expectProblem(nb, 409);
        expect(problem.type).toBe(firstUploadInFlightProblem);
        expect(problem.title).toBe('Behandles fortsatt');
        // Programs get the id the file's document will have (the bytes' content id), not yet readable.
        expect(problem.documentId).toBe(contentDocumentId(bytes));
        // The page's words (upload it again), not the command line's; and as long a wait as Inspect's Retry gives the first.
        expect(problem.detail).toBe('De samme bytene behandles fortsatt fra en tidligere opplasting av filen; last den opp igjen om 3 minutter, så får den svaret sitt.');
        expect(Number(nb.headers['retry-after'])).toBe(Math.ceil(duplicateInFlightWaitSeconds));
        const en = expectProblem(await send('en'), 409);
        expect(en.detail).toContain('still being processed from an earlier upload');
      } finally {
        released.open();
      }
      const first = (await firstRun).output as unknown as ProcessResult;
      expect(first.status).toBe('routed');
      // Sent again once the first has its outcome: its duplicate, with its answer.
      const again = await send('nb');
      expect(again.statusCode, again.body).toBe(200);
      expect(again.json()).toMatchObject({ documentId: first.documentId, duplicateOf: first.documentId, status: 'routed' });

      const openapi = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
      const intake = openapi.paths['/api/v1/intake'].post;
      expect(Object.keys(intake.responses)).toContain('409');
      expect(intake.description).toContain('Retry-After');
    } finally {
      await app.close();
      await runtime.close();
    }
  });
});
