import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { DuplicateInFlight, TransientError } from '../../domain/errors.ts';
import { claimContent } from '../../functions/commons/store/content-claims.ts';

/**
 * The claim Inspect makes on a document's bytes, when another upload holds it and has no outcome yet.
 * The client is mocked for this error path only: the put's condition fails, the first's document is not
 * there yet. The error must carry the name the ASL waits on and then ends as a duplicate
 * (statemachines/intake.asl.json DuplicateInFlight), not TransientError's, whose spent Retry led to
 * RecordFailure and «Teknisk feil … registrer manuelt» in AWS.
 */
describe('claiming bytes whose first upload is still in flight', () => {
  it('throws DuplicateInFlight, which the ASL does not take for a transient failure', async () => {
    const send = vi.fn(async (command: unknown) => {
      if (command instanceof PutCommand) throw new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });
      if (command instanceof GetCommand) return { Item: undefined };
      throw new Error(`unexpected ${String(command)}`);
    });
    const db = { client: { send } as unknown as DynamoDBDocumentClient, table: 'postmottak' };
    const attempt = claimContent(db, { documentId: 'doc-abc', upload: 'second-upload', fileName: 'klage.pdf', claimedAt: '2025-03-20T08:00:00Z' });
    await expect(attempt).rejects.toBeInstanceOf(DuplicateInFlight);
    await expect(attempt).rejects.toMatchObject({ name: 'DuplicateInFlight' });
    await expect(attempt).rejects.not.toBeInstanceOf(TransientError);
    expect(send.mock.calls.some(([command]) => command instanceof PutCommand)).toBe(true);
  });
});
