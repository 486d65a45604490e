import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from './powertools.ts';

/**
 * Each record of an SQS batch through `handle`, one after another. A record that throws is handed back
 * for redelivery (the event source reports batch item failures) and logged by its message id and the
 * error's name only: a body can carry an object key with a person's name in its file name.
 */
export async function eachRecord(event: SQSEvent, whatFailed: string, handle: (record: SQSRecord) => Promise<void>, onFailure?: () => void): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      await handle(record);
    } catch (error) {
      logger.error(whatFailed, { messageId: record.messageId, error: (error as Error).name });
      onFailure?.();
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
