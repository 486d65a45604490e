import { beforeAll, describe, expect, it } from 'vitest';
import { unfinishedDocumentsMetric } from '../../infra/constructs/operations.ts';
import { logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

/**
 * Issue 14 item 2 in AWS: the scheduled reconcile may list incoming/ and read what it compares, and
 * write the register only as RecordFailure does (an upload still unfinished on its last day goes to
 * review); what it finds unfinished raises an alarm on the alarm topic.
 */
let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const fn = () => s.stack.functions.get('reconcile')!;
const statements = () => s.resources[logicalId(s.stack, { node: { defaultChild: fn().policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
const withAction = (action: string) => statements().filter((st) => [st.Action].flat().includes(action));
const bucketArn = () => ({ 'Fn::GetAtt': [logicalId(s.stack, s.stack.documents.bucket), 'Arn'] });

describe('the scheduled reconcile', () => {
  it('may list the document bucket only under incoming/', () => {
    const list = withAction('s3:ListBucket');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ Effect: 'Allow', Action: 's3:ListBucket', Resource: bucketArn(), Condition: { StringLike: { 's3:prefix': ['incoming/', 'incoming/*'] } } });
    // No other function lists the bucket.
    for (const [name, other] of s.stack.functions) {
      if (name === 'reconcile') continue;
      const policy = s.resources[logicalId(s.stack, { node: { defaultChild: other.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
      expect(policy.flatMap((st) => [st.Action].flat()), name).not.toContain('s3:ListBucket');
    }
  });

  it('reads the objects under incoming/, writes no object, and writes the register as RecordFailure does (an upload on its last day to review)', () => {
    const actions = statements().flatMap((st) => [st.Action].flat()) as string[];
    expect(withAction('s3:GetObject').flatMap((st) => [st.Resource].flat())).toEqual([{ 'Fn::Join': ['', [bucketArn(), '/incoming/*']] }]);
    expect(actions.filter((a) => a.startsWith('s3:')).sort()).toEqual(['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket']);
    // QA s10 fix review: on an upload's last run one still unfinished goes to review with RecordFailure's code.
    const tableActions = (name: string) => (s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(name)!.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[]).flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('dynamodb:')).sort();
    expect(tableActions('reconcile')).toEqual(tableActions('record-failure'));
    // What it may send is its failed event, to its own dead-letter queue (encrypted: hence GenerateDataKey).
    expect(withAction('sqs:SendMessage').map((st) => st.Resource)).toEqual([{ 'Fn::GetAtt': [logicalId(s.stack, fn().deadLetterQueue!), 'Arn'] }]);
    expect(actions.filter((a) => a.startsWith('sqs:'))).toEqual(['sqs:SendMessage']);
    // It starts nothing: an unfinished upload is a person's matter, not redriven by itself.
    expect(actions.filter((a) => a.startsWith('states:'))).toEqual([]);
  });

  it('runs every morning', () => {
    const rules = ofType(s.resources, 'AWS::Events::Rule').map(([, r]) => r).filter((r) => r.ScheduleExpression);
    const mine = rules.filter((r) => r.Targets.some((t: any) => JSON.stringify(t.Arn).includes(logicalId(s.stack, fn().function))));
    expect(mine.map((r) => r.ScheduleExpression)).toEqual(['cron(0 4 * * ? *)']);
  });

  it('alarms on the UnfinishedDocuments it publishes, to the alarm topic, and when it stops publishing', () => {
    const alarms = ofType(s.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a).filter((a) => a.MetricName === unfinishedDocumentsMetric.metricName);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({
      Namespace: unfinishedDocumentsMetric.namespace,
      Dimensions: [{ Name: 'service', Value: 'postmottak' }],
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'missing',
      AlarmActions: [{ Ref: logicalId(s.stack, s.stack.operations.topic) }],
    });
  });
});
