import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { Stack } from 'aws-cdk-lib';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { lambdaFunctions, triggerFunctions } from '../../functions/lambda-functions.ts';
import { postmottakApp } from '../../infra/compliance.ts';
import { PostmottakEdgeStack } from '../../infra/edge-stack.ts';
import { PostmottakStack } from '../../infra/postmottak-stack.ts';
import { RegionError } from '../../infra/region.ts';
import { DeploymentSettingsSchema, defaultSettings, parseSettings, reservedConcurrencySum, SettingsError } from '../../infra/settings.ts';
import { isPageDeploymentHandler, logicalId, ofType, scratchDir, synthesize, testSettings, type Synthesized } from './synth.ts';

// Issue #14 item 7: what reading the synthesized template found, each checked on the template.

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const allSpecs = [...lambdaFunctions, ...triggerFunctions];
const fnId = (name: string) => logicalId(s.stack, s.stack.functions.get(name)!.function);
const policyOf = (name: string) => s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(name)!.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
const actionsOf = (name: string) => policyOf(name).flatMap((st) => [st.Action].flat()) as string[];
const root = fileURLToPath(new URL('../..', import.meta.url));

describe('region', () => {
  it('builds the data stack for the configured region and the companion for us-east-1, whatever CDK_DEFAULT_REGION says', async () => {
    const out = scratchDir();
    // With an account the app refuses the shipped example alarm address (test/config/settings-slips.test.ts): a deliverable one here.
    const settings = path.join(out, 'deployment.json');
    writeFileSync(settings, JSON.stringify({ alarmEmail: 'drift@klageorgan.no' }));
    // The app as `cdk synth` runs it, with the CLI's environment: CDK_DEFAULT_REGION is always set.
    await promisify(execFile)(path.join(root, 'node_modules/.bin/tsx'), ['infra/app.ts'], {
      cwd: root,
      env: {
        ...process.env,
        CDK_DEFAULT_REGION: 'us-east-1',
        CDK_DEFAULT_ACCOUNT: '111111111111',
        CDK_OUTDIR: out,
        CDK_CONTEXT_JSON: JSON.stringify({ 'aws:cdk:bundling-stacks': [], settings }),
      },
      maxBuffer: 64 * 1024 * 1024,
    });
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as { artifacts: Record<string, { type: string; environment?: string }> };
    const stacks = Object.fromEntries(Object.entries(manifest.artifacts).filter(([, a]) => a.type === 'aws:cloudformation:stack').map(([name, a]) => [name, a.environment]));
    expect(stacks).toEqual({ PostmottakEdge: 'aws://111111111111/us-east-1', Postmottak: 'aws://111111111111/eu-north-1' });
  }, 300_000); // a guard against a hung synth, not a timing target: a full synth took 117 s beside three other test files at load 16–20

  it('refuses a data stack built for another region than the settings say', () => {
    const app = postmottakApp({ 'aws:cdk:bundling-stacks': [] }, scratchDir());
    expect(() => new PostmottakStack(app, 'Elsewhere', { env: { account: '111111111111', region: 'us-east-1' }, settings: testSettings, pageWebAclArn: 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1' })).toThrow(RegionError);
  });

  it('refuses a data stack that leaves its region to the deploying credentials', () => {
    const app = postmottakApp({ 'aws:cdk:bundling-stacks': [] }, scratchDir());
    expect(() => new PostmottakStack(app, 'Anywhere', { settings: testSettings, pageWebAclArn: 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1' })).toThrow(/must be given its region/);
  });

  it('keeps data outside eu-north-1 only when the settings say why, and writes the reason into the stack description', () => {
    const app = postmottakApp({ 'aws:cdk:bundling-stacks': [] }, scratchDir());
    const env = { account: '111111111111', region: 'eu-central-1' };
    const webAcl = 'arn:aws:wafv2:us-east-1:111111111111:global/webacl/x/1';
    expect(() => new PostmottakStack(app, 'NoReason', { env, settings: { ...testSettings, region: 'eu-central-1' }, pageWebAclArn: webAcl })).toThrow(/unless the settings say why/);
    const because = 'the data processing agreement names Frankfurt';
    const stack = new PostmottakStack(app, 'OnPurpose', { env, settings: { ...testSettings, region: 'eu-central-1', regionChosenBecause: because }, pageWebAclArn: webAcl });
    expect(stack.templateOptions.description).toContain(because);
  });

  it('lets the us-east-1 companion stack hold no data: a bucket added to it fails synth', () => {
    const app = postmottakApp({}, scratchDir());
    expect(() => new PostmottakEdgeStack(app, 'EdgeInStockholm', { env: { account: '111111111111', region: 'eu-north-1' } })).toThrow(RegionError);
    const edge = new PostmottakEdgeStack(app, 'Edge', { env: { account: '111111111111', region: 'us-east-1' } });
    new Bucket(edge, 'Stray');
    expect(() => app.synth()).toThrow(/Stray.*holds data/);
  });

  it('holds nothing in the companion stack but the CloudFront web ACL', () => {
    expect(Object.values(s.edgeTemplate.toJSON().Resources).map((r: any) => r.Type)).toEqual(['AWS::WAFv2::WebACL']);
    expect(s.edge.region).toBe('us-east-1');
    expect(s.stack.region).toBe('eu-north-1');
  });
});

describe('settings', () => {
  it('are validated data: a wrong field is named, not guessed at', () => {
    expect(() => parseSettings({ alarmEmail: 'not an address' }, 'deployment.json')).toThrow(SettingsError);
    expect(() => parseSettings({ alarmEmail: 'drift@klageorgan.test', pageConcurrency: 0 }, 'deployment.json')).toThrow(/pageConcurrency/);
    expect(() => parseSettings({}, 'deployment.json')).toThrow(/alarmEmail/);
  });

  it('the committed infra/deployment.json is valid', () => {
    expect(() => parseSettings(JSON.parse(readFileSync(path.join(root, 'infra/deployment.json'), 'utf8')), 'infra/deployment.json')).not.toThrow();
  });
});

describe('starting the encrypted stages', () => {
  it('start-intake and the api function may make and read the data key that encrypts the stages\' executions', () => {
    const dataKeyArn = { 'Fn::GetAtt': [logicalId(s.stack, s.stack.keys.data), 'Arn'] };
    for (const name of ['start-intake', 'api']) {
      const keyStatements = policyOf(name).filter((st) => JSON.stringify(st.Resource) === JSON.stringify(dataKeyArn));
      const actions = keyStatements.flatMap((st) => [st.Action].flat());
      expect(actions, name).toEqual(expect.arrayContaining(['kms:GenerateDataKey', 'kms:Decrypt']));
    }
    const stagesKey = s.stack.intake.stages.stateMachine.node.defaultChild as unknown as { encryptionConfiguration: unknown };
    expect(JSON.stringify(s.stack.resolve(stagesKey.encryptionConfiguration))).toContain(logicalId(s.stack, s.stack.keys.data));
  });
});

describe('reserved concurrency', () => {
  it('sums to what the assumed account limit allows, leaving Lambda its 100 unreserved', () => {
    const reserved = ofType(s.resources, 'AWS::Lambda::Function').filter(([id]) => !isPageDeploymentHandler(id)).map(([, f]) => f.ReservedConcurrentExecutions as number);
    expect(reserved.every((r) => Number.isInteger(r) && r > 0)).toBe(true);
    const sum = reserved.reduce((a, b) => a + b, 0);
    expect(sum).toBe(reservedConcurrencySum(defaultSettings));
    expect(sum).toBeLessThanOrEqual(defaultSettings.assumedAccountConcurrency - 100);
    // What a default account of 1,000 would not leave room for, and a smaller limit refused at synth.
    expect(sum).toBeLessThan(491);
    expect(() => parseSettings({ ...testSettings, assumedAccountConcurrency: 200 }, 'deployment.json')).toThrow(/reserved concurrency sums to \d+; an account limit of 200 allows at most 100/);
  });

  it('names every function, including ones added to the registry later', () => {
    const { reservedConcurrency, ...rest } = defaultSettings;
    const withoutApi = Object.fromEntries(Object.entries(reservedConcurrency).filter(([name]) => name !== 'api'));
    expect(DeploymentSettingsSchema.safeParse({ ...rest, reservedConcurrency: withoutApi }).success).toBe(false);
    for (const spec of allSpecs) expect(reservedConcurrency[spec.name], spec.name).toBeGreaterThan(0);
  });
});

describe('least privilege on the case register', () => {
  it('no function may DeleteItem; only register, which writes lookups in batches, may BatchWriteItem', () => {
    // On the case register; start-intake deletes its own start record after a failed start (its own table, test/infra/stack.test.ts).
    const caseTableId = logicalId(s.stack, s.stack.cases.table);
    const onRegister = (name: string) => policyOf(name).filter((st) => !JSON.stringify(st.Resource).includes(logicalId(s.stack, s.stack.startRecords.table))).flatMap((st) => [st.Action].flat()) as string[];
    expect(JSON.stringify(policyOf('register'))).toContain(caseTableId);
    for (const spec of allSpecs) expect(onRegister(spec.name), spec.name).not.toContain('dynamodb:DeleteItem');
    const batchWriters = allSpecs.filter((spec) => actionsOf(spec.name).includes('dynamodb:BatchWriteItem')).map((spec) => spec.name);
    expect(batchWriters).toEqual(['register']);
  });
});

describe('operations', () => {
  it('the alarm topic has the e-mail subscription the settings name', () => {
    s.template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: testSettings.alarmEmail, TopicArn: { Ref: logicalId(s.stack, s.stack.operations.topic) } });
  });

  it('alarms when an upload has waited in the intake queue too long', () => {
    const alarms = ofType(s.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a);
    const age = alarms.filter((a) => a.MetricName === 'ApproximateAgeOfOldestMessage');
    expect(age).toHaveLength(1);
    expect(age[0]).toMatchObject({
      Namespace: 'AWS/SQS',
      Threshold: defaultSettings.intakeQueueAgeAlarmMinutes * 60,
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.trigger.queue), 'QueueName'] } }],
      AlarmActions: [{ Ref: logicalId(s.stack, s.stack.operations.topic) }],
    });
  });

  it('the watcher\'s schedule has a dead-letter queue for events it could not deliver, and an alarm on it', () => {
    const rule = ofType(s.resources, 'AWS::Events::Rule').find(([, r]) => r.ScheduleExpression);
    expect(rule).toBeDefined();
    const target = rule![1].Targets[0];
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [fnId('watch-deadlines'), 'Arn'] });
    const dlqId = target.DeadLetterConfig.Arn['Fn::GetAtt'][0] as string;
    expect(s.resources[dlqId]!.Type).toBe('AWS::SQS::Queue');
    const alarms = ofType(s.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a);
    expect(alarms.some((a) => JSON.stringify(a.Dimensions) === JSON.stringify([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } }]))).toBe(true);
  });

  it('no retained resource has a fixed name that a redeploy would collide with', () => {
    const retained = Object.entries(s.resources).filter(([, r]) => (r as { DeletionPolicy?: string }).DeletionPolicy === 'Retain');
    expect(retained.length).toBeGreaterThan(5);
    let named = 0;
    for (const [id, resource] of retained) {
      for (const [key, value] of Object.entries(resource.Properties ?? {})) {
        if (!/Name$/.test(key) || key === 'KeyName') continue;
        named += 1;
        // A name is allowed only when it carries the stack's own id, which a new stack does not share.
        expect(JSON.stringify(value), `${id}.${key}`).toContain('AWS::StackId');
      }
    }
    expect(named).toBeGreaterThanOrEqual(3);
  });

  it('the stack holds the names it must (vault, vended log groups, WAF logs) as stack-unique ones', () => {
    const vault = ofType(s.resources, 'AWS::Backup::BackupVault')[0]![1];
    expect(JSON.stringify(vault.BackupVaultName)).toContain('AWS::StackId');
    const logGroups = ofType(s.resources, 'AWS::Logs::LogGroup').map(([, g]) => g.LogGroupName).filter(Boolean);
    // The stages machine's and the WAF's (the function groups are named by Lambda).
    expect(logGroups).toHaveLength(2);
    for (const name of logGroups) expect(JSON.stringify(name)).toContain('AWS::StackId');
    expect(Stack.of(s.stack.intake.stages.stateMachine).stackName).toBe('PostmottakTest');
  });
});

describe('what a stack deletion or replacement keeps (QA s13 L1)', () => {
  it('retains the events archive and every dead-letter queue (the intake one holds the uploads that could not start)', () => {
    const refOf = (arn: unknown) => (arn as { 'Fn::GetAtt'?: [string, string] } | undefined)?.['Fn::GetAtt']?.[0];
    const dlqs = new Set<string>();
    for (const [, q] of ofType(s.resources, 'AWS::SQS::Queue')) if (q.RedrivePolicy) dlqs.add(refOf(q.RedrivePolicy.deadLetterTargetArn)!);
    for (const [, f] of ofType(s.resources, 'AWS::Lambda::Function')) if (f.DeadLetterConfig) dlqs.add(refOf(f.DeadLetterConfig.TargetArn)!);
    for (const [, r] of ofType(s.resources, 'AWS::Events::Rule')) for (const t of r.Targets ?? []) if (t.DeadLetterConfig) dlqs.add(refOf(t.DeadLetterConfig.Arn)!);
    // The intake's, the stages watchdog's, the scheduled functions' and the schedules' own.
    expect(dlqs.size).toBeGreaterThanOrEqual(4);
    const archives = ofType(s.resources, 'AWS::Events::Archive').map(([id]) => id);
    expect(archives).toHaveLength(1);
    for (const id of [...dlqs, ...archives]) {
      expect(s.resources[id], id).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    }
  });
});
