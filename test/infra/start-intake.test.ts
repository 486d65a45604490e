import { describe, expect, it } from 'vitest';
import { documentIdFor } from '../../domain/identity.ts';
import { keyCandidates, startRequestFor } from '../../domain/intake/start-request.ts';
import { startIntakeFor, type StartIntakeDeps } from '../../functions/start-intake/start.ts';
import { ExecutionState } from '../../schemas/state.ts';

const object = { bucket: 'postmottak-documents', key: 'incoming/3f2a9c1b/Legeerklæring 2.pdf', etag: '"9b2cf535f27731c974343645a3985328"', versionId: 'v1', eventTime: '2025-03-19T23:30:00Z' };

function eventBody(key: string, overrides: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: '0',
    id: '17793124-05d4-b198-2fde-7ededc63b103',
    'detail-type': 'Object Created',
    source: 'aws.s3',
    account: '111111111111',
    time: object.eventTime,
    region: 'eu-north-1',
    resources: ['arn:aws:s3:::postmottak-documents'],
    detail: {
      version: '0',
      bucket: { name: object.bucket },
      object: { key, size: 5, etag: '9b2cf535f27731c974343645a3985328', 'version-id': 'v1', sequencer: '00617F08299329D189' },
      'request-id': 'N4N7GDK58NMKJ12R',
      requester: '111111111111',
      reason: 'PutObject',
      ...overrides,
    },
  });
}

/** S3 with one object (and its metadata) and Step Functions that remembers the names it started. */
function fakeAws(metadata: Record<string, string>, existingKey = object.key) {
  const started = new Map<string, unknown>();
  const heads: string[] = [];
  const deps: StartIntakeDeps = {
    async headObject({ key }) {
      heads.push(key);
      return key === existingKey ? metadata : null;
    },
    async startExecution({ name, input }) {
      if (started.has(name)) return 'already-started';
      started.set(name, input);
      return 'started';
    },
  };
  return { deps, started, heads };
}

describe('start-intake', () => {
  it('names the execution by the document id, and a repeated event starts nothing new', async () => {
    const aws = fakeAws({ 'received-date': '2025-03-20' });
    const first = await startIntakeFor(eventBody(object.key), aws.deps);
    const again = await startIntakeFor(eventBody(object.key), aws.deps);
    expect(first).toEqual({ documentId: documentIdFor(object), outcome: 'started' });
    expect(again).toEqual({ documentId: first.documentId, outcome: 'already-started' });
    expect(aws.started.size).toBe(1);
    expect(first.documentId).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
  });

  it('starts with the execution state the ASL expects: intake with the mailroom dates, and the file name', async () => {
    const aws = fakeAws({ 'received-date': '2025-03-18', 'postmark-date': '2025-03-14' });
    const { documentId } = await startIntakeFor(eventBody(object.key), aws.deps);
    const input = ExecutionState.parse(aws.started.get(documentId));
    expect(input).toEqual({
      intake: { bucket: object.bucket, key: object.key, etag: '9b2cf535f27731c974343645a3985328', versionId: 'v1', receivedDate: '2025-03-18', postmarkDate: '2025-03-14' },
      fileName: 'Legeerklæring 2.pdf',
    });
  });

  it("takes the received date from the day S3 got the object in Oslo when the mailroom set none (23:30 UTC is tomorrow in Oslo)", () => {
    const { input } = startRequestFor(object, {});
    expect(input.intake.receivedDate).toBe('2025-03-20');
    expect(input.intake.postmarkDate).toBeNull();
    expect(startRequestFor(object, { 'received-date': 'yesterday' }).input.intake.receivedDate).toBe('2025-03-20');
  });

  it('starts a file put straight into the bucket under a name with a national id with the name masked (QA s14 e H1)', () => {
    const named = { ...object, key: 'incoming/3f2a9c1b/15889010069 legeerklaering.pdf' };
    expect(startRequestFor(named, {}).input.fileName).toBe('158890***** legeerklaering.pdf');
  });

  it('finds the object when the event carries its key percent-encoded', async () => {
    const aws = fakeAws({});
    const encoded = 'incoming/3f2a9c1b/Legeerkl%C3%A6ring+2.pdf';
    const { documentId } = await startIntakeFor(eventBody(encoded), aws.deps);
    expect(aws.heads).toEqual([encoded, object.key]);
    expect(documentId).toBe(documentIdFor(object));
    expect(keyCandidates('incoming/a/100%.pdf')).toEqual(['incoming/a/100%.pdf']);
  });

  it('fails (to be retried, then dead-lettered) when the object is gone, and on anything that is not an Object Created event', async () => {
    await expect(startIntakeFor(eventBody(object.key), fakeAws({}, 'incoming/other').deps)).rejects.toThrow(/does not exist/);
    await expect(startIntakeFor(JSON.stringify({ hello: 'world' }), fakeAws({}).deps)).rejects.toThrow();
    const deleted = JSON.parse(eventBody(object.key));
    delete deleted.detail.object.etag;
    await expect(startIntakeFor(JSON.stringify(deleted), fakeAws({}).deps)).rejects.toThrow(/ETag/);
  });
});
