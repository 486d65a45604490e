import { IdempotencyConfig, makeIdempotent } from '@aws-lambda-powertools/idempotency';
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import type { StartRequest } from '#domain/intake/start-request';

/**
 * How long a started document's record answers a repeated event: the intake queue and its dead-letter
 * queue keep a message 14 days, so a duplicate redriven from either is still recognised; a day more
 * for the redrive itself. DynamoDB's TTL then removes the record (the table's `expiration`).
 */
export const STARTED_RECORD_DAYS = 15;

export interface IdempotentStartOptions {
  readonly tableName: string;
  readonly client?: DynamoDBClient;
}

export interface IdempotentStart {
  /** Starts the stages for this request once; a request whose record exists (completed, or in progress and not expired) starts nothing. */
  start(request: StartRequest): Promise<'started' | 'already-started'>;
  /** The invocation's context: an in-progress record expires when this invocation would have timed out. */
  registerContext(context: Context): void;
}

/**
 * Exactly-once start per upload without a Standard execution (README "Why no guard"): the document id
 * (a digest of bucket, key, ETag and version) keys a record in the idempotency table, written
 * IN_PROGRESS before StartExecution and COMPLETED after it (Powertools idempotency, on DynamoDB with a
 * conditional write). A repeated S3 event finds the record and starts nothing. A start that fails
 * deletes its record, so the message's retry starts it; a start that crashed (the Lambda killed
 * between the record and StartExecution) leaves an IN_PROGRESS record that expires with the invocation's
 * time, after which the redelivered message starts it. What slips through (a crash after StartExecution
 * and before COMPLETED) is a second execution of the same upload, which the register's own duplicate
 * handling (SPEC.md "Duplicates and re-runs") turns into no second document.
 */
export function idempotentStart(startExecution: (request: StartRequest) => Promise<void>, options: IdempotentStartOptions): IdempotentStart {
  const persistenceStore = new DynamoDBPersistenceLayer({
    tableName: options.tableName,
    ...(options.client ? { awsSdkV3Client: options.client } : {}),
  });
  const config = new IdempotencyConfig({
    // The execution name is the document id: the same upload, the same key, whatever else the event says.
    eventKeyJmesPath: 'name',
    expiresAfterSeconds: STARTED_RECORD_DAYS * 24 * 3600,
    throwOnNoIdempotencyKey: true,
    // Only a repeated request is answered from a record: the hook marks it so the caller can count it.
    responseHook: (response) => ({ ...(response as object), repeated: true }),
  });
  const once = makeIdempotent(
    async (request: StartRequest): Promise<{ documentId: string; repeated?: boolean }> => {
      await startExecution(request);
      return { documentId: request.name };
    },
    { persistenceStore, config },
  );
  return {
    async start(request) {
      const result = await once(request);
      return result.repeated ? 'already-started' : 'started';
    },
    registerContext(context) {
      config.registerLambdaContext(context);
    },
  };
}
