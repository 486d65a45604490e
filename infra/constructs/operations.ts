import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, Metric, SingleValueWidget, TextWidget, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { pascal } from './unique-names.ts';
import { dailyReconcileWindow } from '../../domain/reconcile-window.ts';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { StateMachine } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import type { PipelineFunction } from './pipeline-function.ts';

export interface OperationsProps {
  /** The Express machine of the stages (statemachines/intake.asl.json). */
  readonly stages: StateMachine;
  readonly intakeQueue: IQueue;
  readonly deadLetterQueue: IQueue;
  /** Checks the stages watchdog (functions/watch-stages) could not make after its retries. */
  readonly watchdogDeadLetterQueue: IQueue;
  /** Dead-letter queues of scheduled functions, by function name. */
  readonly scheduledDeadLetterQueues: Readonly<Record<string, IQueue>>;
  readonly functions: readonly PipelineFunction[];
  /** The task that records a document whose pipeline failed (RecordFailure in the ASL). */
  readonly recordFailure: PipelineFunction;
  readonly ocr: PipelineFunction;
  readonly key: IKey;
  readonly reviewAgeAlarmHours: number;
  /** Alarm when the oldest message in the intake queue is this old: uploads are not being started. */
  readonly intakeQueueAgeAlarmMinutes: number;
  /** Subscribed to the alarm topic (the recipient confirms once). */
  readonly alarmEmail: string;
  /** Dead-letter queues of schedules' targets (events EventBridge could not deliver), by function name. */
  readonly scheduleDeadLetterQueues: Readonly<Record<string, IQueue>>;
}

/**
 * How long the oldest document in the review queue has waited, in hours: a Powertools metric
 * (namespace postmottak, service postmottak) that the daily deadline watcher (functions/watch-deadlines)
 * publishes. Named here so the alarm and the publisher agree; if the watcher stops publishing, the
 * alarm goes to INSUFFICIENT_DATA, visibly, rather than reporting a healthy queue.
 */
export const reviewQueueAgeMetric = { namespace: 'postmottak', metricName: 'ReviewQueueOldestAgeHours', dimensionsMap: { service: 'postmottak' } } as const;

/**
 * Documents under incoming/ with no terminal outcome (stuck, failed, never started): the scheduled
 * reconcile (functions/reconcile) publishes it every morning. Missing data alarms too, as above: no
 * figure means nobody compared the bucket with the register.
 */
/** Documents the stages watchdog put in review because their execution ended without an outcome. */
export const unfinishedRecordedMetric = { namespace: 'postmottak', metricName: 'UnfinishedRecordedToReview', dimensionsMap: { service: 'postmottak' } } as const;

export const unfinishedDocumentsMetric = { namespace: 'postmottak', metricName: 'UnfinishedDocuments', dimensionsMap: { service: 'postmottak' } } as const;

/**
 * Alarms on what means a document is not moving (a failed execution, a document recorded as failed,
 * an event that could not start, a review waiting too long), all to one encrypted topic that the
 * operator subscribes to; and one dashboard with the pipeline's flow.
 */
export class Operations extends Construct {
  readonly topic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsProps) {
    super(scope, id);
    this.topic = new Topic(this, 'Alarms', { displayName: 'postmottak alarms', masterKey: props.key, enforceSSL: true });
    this.topic.addSubscription(new EmailSubscription(props.alarmEmail));
    const action = new SnsAction(this.topic);
    const fiveMinutes = Duration.minutes(5);
    const alarm = (name: string, metric: IMetric, description: string, threshold = 1, treatMissingData = TreatMissingData.NOT_BREACHING) => {
      const created = new Alarm(this, name, {
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData,
        alarmDescription: description,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
      return created;
    };

    // Express executions keep no history in the console: these alarms, the log group (every failure) and
    // the daily reconcile (every upload without an outcome, by document id) are what there is.
    const stagesFailed = props.stages.metricFailed({ period: fiveMinutes, statistic: 'Sum' });
    const stagesTimedOut = props.stages.metricTimedOut({ period: fiveMinutes, statistic: 'Sum' });
    alarm('StagesFailed', stagesFailed, 'An Express execution of the intake stages failed: RecordFailure itself could not record the document. Look at the stages\' log group; the stages watchdog puts the document in review 10 minutes after its start (UnfinishedRecordedToReview).');
    alarm('StagesTimedOut', stagesTimedOut, 'An Express execution of the intake stages ran past its 5 minutes (too many pages for the page concurrency, or throttling); the stages watchdog puts the document in review 10 minutes after its start (UnfinishedRecordedToReview).');
    const recorded = props.recordFailure.function.metricInvocations({ period: fiveMinutes, statistic: 'Sum' });
    alarm('DocumentsRecordedAsFailed', recorded, 'A stage failed after its retries and the document was recorded as failed (RecordFailure ran).');
    const recordedByWatchdog = new Metric({ ...unfinishedRecordedMetric, period: fiveMinutes, statistic: 'Sum' });
    alarm('UnfinishedRecordedToReview', recordedByWatchdog, 'The stages watchdog found a document whose execution ended without an outcome (StagesFailed or StagesTimedOut) and put it in the review queue (technical failure, StagesUnfinished), or the scheduled reconcile did on the last day it reads the upload (UnfinishedAtReconcileWindowEnd: the watchdog missed it, or no execution started). Nothing to restart; look at why.');
    const deadLetters = props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' });
    alarm('IntakeDeadLetters', deadLetters, 'An upload could not start its intake (or EventBridge could not deliver the event). Redrive the dead-letter queue after fixing the cause.');
    const watchdogDeadLetters = props.watchdogDeadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' });
    alarm('WatchdogDeadLetters', watchdogDeadLetters, 'The stages watchdog could not check an upload after five tries: if its execution ended without an outcome, the document waits for the daily reconcile. Redrive the dead-letter queue to the check queue after fixing the cause.');
    for (const [name, queue] of Object.entries(props.scheduledDeadLetterQueues)) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' });
      alarm(`${pascal(name)}Failed`, depth, `The scheduled ${name} run failed after its retries; its event is in the dead-letter queue.`);
    }
    for (const [name, queue] of Object.entries(props.scheduleDeadLetterQueues)) {
      const depth = queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' });
      alarm(`${pascal(name)}NotDelivered`, depth, `EventBridge could not deliver the scheduled ${name} run to its function; the event is in the schedule's dead-letter queue.`);
    }
    // Uploads wait in the intake queue only while start-intake cannot keep up or keeps failing.
    const intakeAge = props.intakeQueue.metricApproximateAgeOfOldestMessage({ period: fiveMinutes, statistic: 'Maximum' });
    alarm('IntakeWaitingTooLong', intakeAge, `An upload has waited ${props.intakeQueueAgeAlarmMinutes} minutes or more in the intake queue without its intake starting.`, props.intakeQueueAgeAlarmMinutes * 60);
    // Daily, as the watcher that publishes it runs daily.
    const reviewAge = new Metric({ ...reviewQueueAgeMetric, period: Duration.days(1), statistic: 'Maximum' });
    // Missing data is not "fine" here: no figure means nobody is measuring the review queue.
    alarm('ReviewWaitingTooLong', reviewAge, `The oldest document waiting for an archivist has waited ${props.reviewAgeAlarmHours} hours or more.`, props.reviewAgeAlarmHours, TreatMissingData.MISSING);

    const unfinished = new Metric({ ...unfinishedDocumentsMetric, period: Duration.days(1), statistic: 'Maximum' });
    alarm(
      'DocumentsUnfinished',
      unfinished,
      `The scheduled reconcile found uploads under incoming/ with no outcome (stuck, failed or never started). Its log names them by document id; after fixing the cause, start the intake stages again for each object. It reads an upload for ${dailyReconcileWindow.windowDays} days: on the last it puts one still unfinished in the review queue (UnfinishedRecordedToReview), where ReviewWaitingTooLong watches it, so this alarm clearing then does not mean it was fixed.`,
      1,
      TreatMissingData.MISSING,
    );

    this.dashboard = new Dashboard(this, 'Dashboard', { defaultInterval: Duration.days(1) });
    this.dashboard.addWidgets(
      new TextWidget({ markdown: '# postmottak intake\nS3 incoming/ → EventBridge → SQS → start-intake (once per upload) → stages (Step Functions Express). Alarms go to the alarm topic.', width: 24, height: 2 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'Executions',
        left: [props.stages.metricStarted({ period: fiveMinutes, statistic: 'Sum' }), props.stages.metricSucceeded({ period: fiveMinutes, statistic: 'Sum' }), stagesFailed, stagesTimedOut],
        width: 12,
      }),
      new GraphWidget({ title: 'Intake queue', left: [props.intakeQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }), deadLetters], right: [intakeAge], width: 12 }),
    );
    this.dashboard.addWidgets(
      new GraphWidget({
        title: 'OCR (extract-page)',
        left: [props.ocr.function.metricDuration({ period: fiveMinutes, statistic: 'p90' }), props.ocr.function.metricDuration({ period: fiveMinutes, statistic: 'Average' })],
        right: [props.ocr.function.metricInvocations({ period: fiveMinutes, statistic: 'Sum' }), props.ocr.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum' })],
        width: 12,
      }),
      new GraphWidget({ title: 'Function errors', left: props.functions.map((f) => f.function.metricErrors({ period: fiveMinutes, statistic: 'Sum', label: f.name })), width: 12 }),
    );
    this.dashboard.addWidgets(
      new SingleValueWidget({ title: 'Oldest document in review (hours)', metrics: [reviewAge], width: 8 }),
      new GraphWidget({ title: 'Documents recorded as failed (RecordFailure, stages watchdog)', left: [recorded, recordedByWatchdog], width: 8 }),
      new GraphWidget({ title: 'Throttles', left: props.functions.map((f) => f.function.metricThrottles({ period: fiveMinutes, statistic: 'Sum', label: f.name })), width: 8 }),
    );
    this.dashboard.addWidgets(new SingleValueWidget({ title: 'Unfinished documents (daily reconcile)', metrics: [unfinished], width: 8 }));
  }
}
