import { describe, expect, it } from 'vitest';
import type { ProcessResult } from '#schemas/pipeline';
import { loadConfig } from '../../config/load.ts';
import { handInFile } from '../../service/operations/intake.ts';
import type { ServiceContext } from '../../service/ports.ts';

/**
 * The intake's bokmål reason is read after the file is registered: when that read fails (throttled, timed
 * out), the registered file's line is answered with its English reason, never an error the caller would
 * retry — a retry would hand the file in again.
 */
describe('the intake answer when the reason cannot be worded', () => {
  it('answers the registered line with reasonNb null when the document read fails', async () => {
    const line: ProcessResult = {
      file: 'brev.pdf', documentId: 'doc-1', status: 'review', reason: 'The machine is unsure what the document is.', documentType: null, confidence: 0.4,
      area: null, language: 'nb', pages: 1, textSource: 'text_layer', fields: null, caseId: null, keywords: [], deadlines: [], closedDeadlines: [], queue: 'review',
    };
    const throttled = Object.assign(new Error('Rate of requests exceeds the allowed throughput.'), { name: 'ProvisionedThroughputExceededException' });
    const ctx = {
      config: loadConfig(),
      now: () => new Date('2025-03-20T10:00:00Z'),
      db: { client: { send: async () => Promise.reject(throttled) }, table: 'postmottak' },
      pipeline: { intake: async () => line },
    } as unknown as ServiceContext;
    const answer = await handInFile(ctx, { person: 'mailroom', role: 'archivist' }, { bytes: new Uint8Array([1]), fileName: 'brev.pdf', receivedDate: '2025-03-20', postmarkDate: null });
    expect(answer).toMatchObject({ documentId: 'doc-1', status: 'review', reason: line.reason, reasonNb: null });
  });
});
