import { S3EventNotificationEventBridgeSchema } from '@aws-lambda-powertools/parser/schemas';
import { ObjectNotFoundError } from '#domain/errors';
import { keyCandidates, startRequestFor, type StartRequest } from '#domain/intake/start-request';

/** The two AWS calls the trigger makes, passed in so the logic is testable without AWS. */
export interface StartIntakeDeps {
  /** The object's user metadata, or null when no object has this key (and version). */
  headObject(request: { bucket: string; key: string; versionId: string | null }): Promise<Readonly<Record<string, string>> | null>;
  /** Starts the execution once per name (./idempotent-start.ts); resolves 'already-started' when this name was started before. */
  startExecution(request: StartRequest): Promise<'started' | 'already-started'>;
}

export type StartOutcome = { documentId: string; outcome: 'started' | 'already-started' };

export { ObjectNotFoundError };

/**
 * One SQS message (an EventBridge "Object Created" event for incoming/) to one execution of the intake
 * state machine, named by the document id, the key of its start record: a repeated event starts nothing new.
 */
export async function startIntakeFor(messageBody: string, deps: StartIntakeDeps): Promise<StartOutcome> {
  const event = S3EventNotificationEventBridgeSchema.parse(JSON.parse(messageBody));
  const { bucket, object } = event.detail;
  if (!object.etag) throw new Error('the S3 event carries no ETag; it is not an Object Created event');
  const versionId = object['version-id'] ?? null;

  for (const key of keyCandidates(object.key)) {
    const metadata = await deps.headObject({ bucket: bucket.name, key, versionId });
    if (!metadata) continue;
    const request = startRequestFor({ bucket: bucket.name, key, etag: object.etag, versionId, eventTime: event.time }, metadata);
    return { documentId: request.name, outcome: await deps.startExecution(request) };
  }
  // Not skipped silently: the message fails, is retried, and ends in the dead-letter queue, whose alarm
  // tells an operator that an upload announced by S3 could not be found.
  throw new ObjectNotFoundError('the uploaded object named by the event does not exist (deleted before intake?)');
}
