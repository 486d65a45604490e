import { beforeAll, describe, expect, it } from 'vitest';
import { lambdaFunctions } from '../../functions/lambda-functions.ts';
import { EXPRESS_LIMIT_SECONDS, STAGES_WATCH_DELAY_SECONDS } from '../../functions/commons/stages-watch.ts';
import { unfinishedRecordedMetric } from '../../infra/constructs/operations.ts';
import { logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

/**
 * The per-document watchdog in the template (README "Why no guard"): a check queue that delays
 * start-intake's message past the execution's end, watch-stages reading it, its own dead-letter queue
 * and alarms, and grants no wider than the work.
 */
let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const statementsOf = (name: string) => {
  const fn = s.stack.functions.get(name)!;
  return s.resources[logicalId(s.stack, { node: { defaultChild: fn.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
};
const queueArn = (queue: { node: { defaultChild?: unknown } }) => ({ 'Fn::GetAtt': [logicalId(s.stack, queue), 'Arn'] });
const checks = () => s.resources[logicalId(s.stack, s.stack.watchdog.queue)]!.Properties!;

describe('the stages watchdog', () => {
  it('delays each check past the Express limit and the longest stage a late task may still run, within what SQS allows', () => {
    const longestStage = Math.max(...lambdaFunctions.map((f) => f.timeoutSeconds));
    expect(checks().DelaySeconds).toBe(STAGES_WATCH_DELAY_SECONDS);
    expect(checks().DelaySeconds).toBeGreaterThanOrEqual(EXPRESS_LIMIT_SECONDS + longestStage);
    expect(checks().DelaySeconds).toBeLessThanOrEqual(900);
  });

  it('keeps the checks encrypted with the data key and sends a check that fails five times to its own dead-letter queue', () => {
    expect(checks().KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [expect.any(String), 'Arn'] });
    expect(checks().RedrivePolicy).toEqual({ deadLetterTargetArn: queueArn(s.stack.watchdog.deadLetterQueue), maxReceiveCount: 5 });
    expect(s.resources[logicalId(s.stack, s.stack.watchdog.deadLetterQueue)]!.Properties!.KmsMasterKeyId).toBeDefined();
    // The intake queue's dead letters are another queue: a failed check is not redriven as an upload.
    expect(logicalId(s.stack, s.stack.watchdog.deadLetterQueue)).not.toBe(logicalId(s.stack, s.stack.trigger.deadLetterQueue));
  });

  it('is read by watch-stages alone, reporting failures per message', () => {
    const mappings = ofType(s.resources, 'AWS::Lambda::EventSourceMapping').map(([, m]) => m).filter((m) => JSON.stringify(m.EventSourceArn) === JSON.stringify(queueArn(s.stack.watchdog.queue)));
    expect(mappings).toHaveLength(1);
    expect(mappings[0]).toMatchObject({ FunctionName: { Ref: logicalId(s.stack, s.stack.functions.get('watch-stages')!.function) }, FunctionResponseTypes: ['ReportBatchItemFailures'] });
  });

  it('lets start-intake send to the check queue and nothing else of it, and tells it the queue', () => {
    const sends = statementsOf('start-intake').filter((st) => [st.Action].flat().includes('sqs:SendMessage'));
    expect(sends.map((st) => st.Resource)).toEqual([queueArn(s.stack.watchdog.queue)]);
    const starter = s.resources[logicalId(s.stack, s.stack.functions.get('start-intake')!.function)]!.Properties!;
    expect(starter.Environment.Variables.STAGES_WATCH_QUEUE_URL).toEqual({ Ref: logicalId(s.stack, s.stack.watchdog.queue) });
    // No other function may send to it.
    for (const [name] of s.stack.functions) {
      if (name === 'start-intake') continue;
      const sent = statementsOf(name).filter((st) => [st.Action].flat().includes('sqs:SendMessage')).map((st) => JSON.stringify(st.Resource));
      expect(sent, name).not.toContain(JSON.stringify(queueArn(s.stack.watchdog.queue)));
    }
  });

  it('gives watch-stages the uploads to read, the register to write and its queue to consume, and no S3 writes, lists or executions', () => {
    const statements = statementsOf('watch-stages');
    const actions = statements.flatMap((st) => [st.Action].flat()) as string[];
    expect(actions.filter((a) => a.startsWith('s3:')).sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion']);
    expect(statements.filter((st) => [st.Action].flat().includes('s3:GetObject')).flatMap((st) => [st.Resource].flat())).toEqual([{ 'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId(s.stack, s.stack.documents.bucket), 'Arn'] }, '/incoming/*']] }]);
    const sqs = statements.filter((st) => [st.Action].flat().some((a: string) => a.startsWith('sqs:')));
    expect(sqs.map((st) => st.Resource)).toEqual([queueArn(s.stack.watchdog.queue)]);
    expect(actions.filter((a) => a.startsWith('sqs:')).sort()).toEqual(['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:ReceiveMessage']);
    expect(actions.filter((a) => a.startsWith('states:'))).toEqual([]);
    // What it writes to the register, it writes as RecordFailure does: the same table actions.
    const tableActions = (name: string) => statementsOf(name).flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('dynamodb:')).sort();
    expect(tableActions('watch-stages')).toEqual(tableActions('record-failure'));
  });

  it('alarms on a check it could not make and on every document it put in review, to the alarm topic', () => {
    const alarms = ofType(s.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a);
    const topic = [{ Ref: logicalId(s.stack, s.stack.operations.topic) }];
    const deadLetters = alarms.filter((a) => a.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(a.Dimensions).includes(logicalId(s.stack, s.stack.watchdog.deadLetterQueue)));
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({ Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: topic });
    const recorded = alarms.filter((a) => a.MetricName === unfinishedRecordedMetric.metricName);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ Namespace: 'postmottak', Dimensions: [{ Name: 'service', Value: 'postmottak' }], Threshold: 1, AlarmActions: topic });
  });
});
