import { Duration, Validations } from 'aws-cdk-lib';
import { Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { deadLetterQueue } from './dead-letter-queue.ts';
import type { IStateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { PipelineFunction } from './pipeline-function.ts';
import type { IdempotencyTable } from './idempotency-table.ts';

export interface IntakeTriggerProps {
  readonly bucket: IBucket;
  readonly incomingPrefix: string;
  /** The Express stages (statemachines/intake.asl.json), started once per upload. */
  readonly stateMachine: IStateMachine;
  /** start-intake's start records: what makes a repeated event start nothing. */
  readonly startRecords: IdempotencyTable;
  /** The start-intake function (functions/start-intake). */
  readonly starter: PipelineFunction;
  readonly key: IKey;
  /** Concurrent start-intake invocations polling the queue: the rate at which executions start. */
  readonly maxConcurrency: number;
}

/**
 * S3 "Object Created" under incoming/ -> EventBridge rule -> SQS -> start-intake -> StartExecution of
 * the Express stages, once per upload (a start record per document id). The queue holds a burst (the mailroom's morning batch) and lets it out at
 * the pace the event source's maximum concurrency allows; an event that cannot be started after five
 * tries, or that EventBridge could not deliver at all, lands in one dead-letter queue, from which a
 * redrive sends it back through the same path.
 */
export class IntakeTrigger extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: IntakeTriggerProps) {
    super(scope, id);
    const { starter } = props;
    const visibilityTimeout = Duration.seconds(starter.function.timeout!.toSeconds() * 6);

    this.deadLetterQueue = deadLetterQueue(this, 'DeadLetters', props.key);
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue; its messages are redriven to the intake queue, not dead-lettered again.' });

    this.queue = new Queue(this, 'Intake', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.key,
      // SQS reuses a data key for this long instead of calling KMS per message.
      dataKeyReuse: Duration.hours(1),
      enforceSSL: true,
      visibilityTimeout,
      retentionPeriod: Duration.days(14),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    this.rule = new Rule(this, 'ObjectCreated', {
      description: 'postmottak: a scan uploaded under incoming/ starts its intake',
      eventPattern: {
        source: ['aws.s3'],
        detailType: ['Object Created'],
        detail: { bucket: { name: [props.bucket.bucketName] }, object: { key: [{ prefix: props.incomingPrefix }] } },
      },
      targets: [new SqsQueue(this.queue, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 185, maxEventAge: Duration.hours(24) })],
    });

    starter.function.addEventSourceMapping('FromIntakeQueue', {
      eventSourceArn: this.queue.queueArn,
      batchSize: 10,
      maxBatchingWindow: Duration.seconds(1),
      reportBatchItemFailures: true,
      maxConcurrency: props.maxConcurrency,
    });
    starter.allow(new PolicyStatement({ actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'], resources: [this.queue.queueArn] }));
    starter.allow(new PolicyStatement({ actions: ['states:StartExecution'], resources: [props.stateMachine.stateMachineArn] }));
    starter.function.addEnvironment('STATE_MACHINE_ARN', props.stateMachine.stateMachineArn);
    props.startRecords.grantStartRecords(starter);
  }
}
