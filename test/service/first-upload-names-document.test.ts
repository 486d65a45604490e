import { describe, expect, it } from 'vitest';
import { contentDocumentId } from '#domain/identity';
import { firstUploadInFlightProblem } from '#schemas/problem-types';
import { handInFile } from '../../service/operations/intake.ts';
import { ApiProblem, problemBody } from '../../service/problems.ts';
import { FirstUploadInFlight, type ServiceContext } from '../../service/ports.ts';

/**
 * QA s17: the 409 for bytes whose first upload is still under way said so in words only; the page could not
 * point the archivist at the document. The bytes are that document (SPEC "Duplicates and re-runs": its id is
 * its content), so the problem+json names it: `documentId`.
 */
describe('the 409 of a first upload still in flight', () => {
  it('names the document the bytes are, in every language', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 a scan still under way');
    const ctx = {
      now: () => new Date('2025-03-21T10:00:00Z'),
      pipeline: { intake: async (upload: { fileName: string }) => Promise.reject(new FirstUploadInFlight(upload.fileName)), resume: async () => Promise.reject(new Error('unused')) },
    } as unknown as ServiceContext;
    const refusal = await handInFile(ctx, { person: 'mailroom', role: 'archivist' }, { bytes, fileName: 'klage.pdf', receivedDate: '2025-03-20', postmarkDate: null, batch: null }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiProblem);
    const problem = refusal as ApiProblem;
    expect([problem.status, problem.type]).toEqual([409, firstUploadInFlightProblem]);
    for (const language of ['en', 'nb'] as const) {
      const body = problemBody(problem, '/api/v1/intake', language);
      expect(body).toMatchObject({ documentId: contentDocumentId(bytes), status: 409, type: firstUploadInFlightProblem });
    }
  });
});
