import { Duration, Validations } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { Construct } from 'constructs';
import { STAGES_WATCH_DELAY_SECONDS } from '../../functions/commons/stages-watch.ts';
import type { PipelineFunction } from './pipeline-function.ts';

export interface StagesWatchdogProps {
  /** start-intake: sends a message per upload it starts. */
  readonly starter: PipelineFunction;
  /** functions/watch-stages: reads them when the delay is over. */
  readonly watcher: PipelineFunction;
  readonly key: IKey;
}

/**
 * The per-document watchdog that replaced the Standard guard's catch (README "Why no guard"): a check
 * queue whose messages are delivered STAGES_WATCH_DELAY_SECONDS after start-intake sent them, when the
 * upload's Express execution has ended, to watch-stages, which records a document without an outcome
 * to review. A message that cannot be checked after five tries lands in the dead-letter queue, which
 * the operations alarm watches.
 */
export class StagesWatchdog extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: StagesWatchdogProps) {
    super(scope, id);
    const { starter, watcher } = props;
    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetters', props.key);
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of the stages watchdog; an operator redrives it to the check queue, it is not dead-lettered again.' });

    this.queue = new Queue(this, 'Checks', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      dataKeyReuse: Duration.hours(1),
      enforceSSL: true,
      deliveryDelay: Duration.seconds(STAGES_WATCH_DELAY_SECONDS),
      visibilityTimeout: Duration.seconds(watcher.function.timeout!.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    starter.allow(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.queue.queueArn] }));
    starter.function.addEnvironment('STAGES_WATCH_QUEUE_URL', this.queue.queueUrl);

    watcher.function.addEventSourceMapping('FromCheckQueue', {
      eventSourceArn: this.queue.queueArn,
      batchSize: 10,
      maxBatchingWindow: Duration.seconds(5),
      reportBatchItemFailures: true,
    });
    watcher.allow(new PolicyStatement({ actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'], resources: [this.queue.queueArn] }));
    // The queue's messages are encrypted with the data key: reading them decrypts.
    watcher.allow(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [props.key.keyArn] }));
  }
}
