import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * A dead-letter queue as every one in the stack is: KMS-encrypted with the data key, TLS only, messages kept
 * 14 days, and retained when the stack is deleted or the queue replaced (QA s13 L1): what it holds (an upload's
 * S3 event that could not start its intake, a schedule that could not run) is the only trace of that work.
 */
export function deadLetterQueue(scope: Construct, id: string, key: IKey): Queue {
  return new Queue(scope, id, {
    encryption: QueueEncryption.KMS,
    encryptionMasterKey: key,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
    removalPolicy: RemovalPolicy.RETAIN,
  });
}
