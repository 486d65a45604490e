import { beforeAll, describe, expect, it } from 'vitest';
import { Match } from 'aws-cdk-lib/assertions';
import { lambdaFunctions, triggerFunctions, type LambdaFunctionSpec } from '../../functions/lambda-functions.ts';
import { tableDefinition } from '../../functions/commons/store/table-definition.ts';
import { placeholdersIn, readIntakeAsl } from '../../infra/asl.ts';
import { defaultSettings } from '../../infra/settings.ts';
import { reviewQueueAgeMetric } from '../../infra/constructs/operations.ts';
import { isPageDeploymentHandler, logicalId, ofType, synthesize, type Synthesized } from './synth.ts';

let s: Synthesized;
beforeAll(() => {
  s = synthesize();
});

const allSpecs = [...lambdaFunctions, ...triggerFunctions];
const fnId = (name: string) => logicalId(s.stack, s.stack.functions.get(name)!.function);
const policyOf = (name: string) => s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(name)!.policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];
const documentsBucketId = () => logicalId(s.stack, s.stack.documents.bucket);
const dataKeyId = () => logicalId(s.stack, s.stack.keys.data);

describe('document bucket', () => {
  it('is encrypted with the customer-managed data key, versioned, private, logged and announces objects on EventBridge', () => {
    const bucket = s.resources[documentsBucketId()]!.Properties!;
    expect(bucket.BucketEncryption.ServerSideEncryptionConfiguration).toEqual([
      { BucketKeyEnabled: true, ServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: { 'Fn::GetAtt': [dataKeyId(), 'Arn'] } } },
    ]);
    expect(s.resources[dataKeyId()]!.Properties!.EnableKeyRotation).toBe(true);
    expect(bucket.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.LoggingConfiguration.DestinationBucketName).toEqual({ Ref: logicalId(s.stack, s.stack.documents.accessLogs) });
    expect(bucket.NotificationConfiguration).toEqual({ EventBridgeConfiguration: { EventBridgeEnabled: true } });
  });

  it('denies every request without TLS', () => {
    s.template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: documentsBucketId() },
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('expires quarantine and OCR artefacts on their retention, and never the originals', () => {
    const rules = s.resources[documentsBucketId()]!.Properties!.LifecycleConfiguration.Rules as any[];
    const expiring = Object.fromEntries(rules.filter((r) => r.ExpirationInDays).map((r) => [r.Prefix, r.ExpirationInDays]));
    expect(expiring).toEqual({ 'documents/': defaultSettings.artefactRetentionDays, 'quarantine/': defaultSettings.quarantineRetentionDays });
    const originals = rules.filter((r) => r.Prefix === undefined || 'incoming/'.startsWith(r.Prefix ?? ''));
    expect(originals.length).toBeGreaterThan(0);
    for (const rule of originals) expect(rule.ExpirationInDays ?? rule.ExpirationDate).toBeUndefined();
  });
});

describe('trigger', () => {
  it('sends Object Created events under incoming/ of the document bucket to the intake queue, with a dead-letter queue', () => {
    const queueId = logicalId(s.stack, s.stack.trigger.queue);
    const dlqId = logicalId(s.stack, s.stack.trigger.deadLetterQueue);
    s.template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: { source: ['aws.s3'], 'detail-type': ['Object Created'], detail: { bucket: { name: [{ Ref: documentsBucketId() }] }, object: { key: [{ prefix: 'incoming/' }] } } },
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [queueId, 'Arn'] }, DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlqId, 'Arn'] } } })],
    });
    s.template.hasResourceProperties('AWS::SQS::Queue', { RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 } });
  });

  it('starts executions from the queue at a bounded concurrency, failing messages one by one', () => {
    s.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId('start-intake') },
      EventSourceArn: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.trigger.queue), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: defaultSettings.intakeMaxConcurrency },
    });
    const startStatements = policyOf('start-intake').filter((st) => [st.Action].flat().includes('states:StartExecution'));
    // The Express stages, no Standard guard: start-intake's own start records make the start once per upload.
    expect(startStatements).toEqual([expect.objectContaining({ Resource: { Ref: logicalId(s.stack, s.stack.intake.stages.stateMachine) } })]);
    expect(ofType(s.resources, 'AWS::StepFunctions::StateMachine')).toHaveLength(1);
  });

  it('gives start-intake a table of start records: keyed by id, expiring by TTL, encrypted with the data key, read and written only by start-intake', () => {
    const tableId = logicalId(s.stack, s.stack.startRecords.table);
    expect(s.resources[tableId]!.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      BillingMode: 'PAY_PER_REQUEST',
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [dataKeyId(), 'Arn'] } },
    });
    expect(s.resources[fnId('start-intake')]!.Properties!.Environment.Variables.IDEMPOTENCY_TABLE).toEqual({ Ref: tableId });
    // What Powertools idempotency does with a record: get, conditional put, complete, delete after a failed start.
    const onTable = policyOf('start-intake').filter((st) => JSON.stringify(st.Resource).includes(tableId));
    expect(onTable.flatMap((st) => [st.Action].flat()).sort()).toEqual(['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
    const others = allSpecs.filter((spec) => spec.name !== 'start-intake').filter((spec) => JSON.stringify(policyOf(spec.name)).includes(tableId));
    expect(others.map((spec) => spec.name)).toEqual([]);
  });

  it('samples traces at the configured rate where an intake\'s trace starts (start-intake, the stages machine, the stages watchdog), with no reservoir', () => {
    const rules = ofType(s.resources, 'AWS::XRay::SamplingRule').map(([, r]) => r.SamplingRule);
    expect(rules.map((r) => [r.ServiceType, r.FixedRate, r.ReservoirSize]).sort()).toEqual([
      ['AWS::Lambda::Function', defaultSettings.traceSampleRate, 0],
      ['AWS::Lambda::Function', defaultSettings.traceSampleRate, 0],
      ['AWS::StepFunctions::StateMachine', defaultSettings.traceSampleRate, 0],
    ]);
    expect(rules.filter((r) => r.ServiceType === 'AWS::Lambda::Function').map((r) => r.ServiceName)).toEqual([{ Ref: fnId('start-intake') }, { Ref: fnId('watch-stages') }]);
    expect(rules.find((r) => r.ServiceType === 'AWS::StepFunctions::StateMachine')!.ServiceName).toEqual({ 'Fn::GetAtt': [logicalId(s.stack, s.stack.intake.stages.stateMachine), 'Name'] });
    expect(defaultSettings.traceSampleRate).toBeLessThan(1);
  });

  it('encrypts both queues with the data key and refuses non-TLS access to them', () => {
    const queues = ofType(s.resources, 'AWS::SQS::Queue');
    expect(queues.length).toBeGreaterThanOrEqual(2);
    for (const [, queue] of queues) expect(queue.KmsMasterKeyId).toEqual({ 'Fn::GetAtt': [dataKeyId(), 'Arn'] });
    for (const [, policy] of ofType(s.resources, 'AWS::SQS::QueuePolicy')) {
      expect(policy.PolicyDocument.Statement).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    }
  });
});

const daily = triggerFunctions.filter((t) => (t.trigger as string) === 'daily');
describe.skipIf(daily.length === 0)('scheduled functions', () => {
  it('run every morning, and a run that fails after its retries lands in the function\'s dead-letter queue', () => {
    for (const spec of daily) {
      const props = s.resources[fnId(spec.name)]!.Properties!;
      const dlq = s.stack.functions.get(spec.name)!.deadLetterQueue!;
      expect(props.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': [logicalId(s.stack, dlq), 'Arn'] } });
      s.template.hasResourceProperties('AWS::Events::Rule', {
        ScheduleExpression: 'cron(0 4 * * ? *)',
        Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [fnId(spec.name), 'Arn'] } })],
      });
    }
  });
});

describe('state machines', () => {
  const stagesId = () => logicalId(s.stack, s.stack.intake.stages.stateMachine);
  const machine = (id: string) => s.resources[id]!.Properties!;
  /** What CloudFormation will do: substitute each placeholder by the ARN its value resolves to. */
  const substitute = (text: string, substitutions: Record<string, any>) =>
    text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (_, name: string) => `arn:aws:x:eu-north-1:111111111111:${JSON.stringify(substitutions[name])}`);
  const policyOfMachine = (part: 'stages') =>
    s.resources[logicalId(s.stack, { node: { defaultChild: s.stack.intake[part].policy.node.defaultChild } })]!.Properties!.PolicyDocument.Statement as any[];

  it('the stages are intake.asl.json itself, unchanged, with every placeholder substituted by its own function ARN', () => {
    const stages = machine(stagesId());
    expect(stages.Definition).toBeUndefined();
    expect(JSON.parse(s.asset(stages.DefinitionS3Location.Key))).toEqual(JSON.parse(readIntakeAsl()));

    const placeholders = placeholdersIn(readIntakeAsl());
    expect(placeholders.length).toBe(lambdaFunctions.length);
    expect(Object.keys(stages.DefinitionSubstitutions).sort()).toEqual([...placeholders].sort());
    for (const spec of lambdaFunctions) {
      expect(stages.DefinitionSubstitutions[spec.substitution]).toEqual({ 'Fn::GetAtt': [fnId(spec.name), 'Arn'] });
    }
    expect(substitute(readIntakeAsl(), stages.DefinitionSubstitutions)).not.toMatch(/\$\{|undefined/);
  });

  it('the stages run as Express, log at the configured level (every failure by default) without execution data, trace with X-Ray and encrypt with the data key', () => {
    expect(machine(stagesId())).toMatchObject({
      StateMachineType: 'EXPRESS',
      LoggingConfiguration: { Level: defaultSettings.stagesLogLevel, IncludeExecutionData: false, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.intake.stages.logGroup), 'Arn'] } } }] },
      TracingConfiguration: { Enabled: true },
      EncryptionConfiguration: { Type: 'CUSTOMER_MANAGED_KMS_KEY', KmsKeyId: { 'Fn::GetAtt': [dataKeyId(), 'Arn'] } },
    });
    expect(defaultSettings.stagesLogLevel).toBe('ERROR');
    expect(ofType(s.resources, 'AWS::StepFunctions::StateMachine')).toHaveLength(1);
  });

  it('the stages may invoke exactly the task functions, and no trigger function, and start nothing', () => {
    const statements = policyOfMachine('stages');
    const invoke = statements.filter((st) => [st.Action].flat().includes('lambda:InvokeFunction'));
    expect(invoke).toHaveLength(1);
    const invoked = (invoke[0].Resource as { 'Fn::GetAtt': [string, string] }[]).map((r) => r['Fn::GetAtt'][0]).sort();
    expect(invoked).toEqual(lambdaFunctions.map((spec) => fnId(spec.name)).sort());
    expect(statements.flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('states:') || a.startsWith('events:'))).toEqual([]);
  });

  it('the inspect function gives the Map the deployment\'s page concurrency', () => {
    expect(s.resources[fnId('inspect')]!.Properties!.Environment.Variables.PAGE_CONCURRENCY).toBe(String(defaultSettings.pageConcurrency));
  });
});

describe('functions', () => {
  it('one per entry of the function list, each from its own handler, on Node.js 24 arm64 with active tracing, sized from the list', () => {
    const functions = ofType(s.resources, 'AWS::Lambda::Function').filter(([id]) => !isPageDeploymentHandler(id));
    expect(ofType(s.resources, 'AWS::Lambda::Function').filter(([id]) => isPageDeploymentHandler(id))).toHaveLength(1);
    expect(functions).toHaveLength(allSpecs.length);
    for (const spec of allSpecs) {
      const props = s.resources[fnId(spec.name)]!.Properties!;
      expect(props).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        MemorySize: spec.memoryMb,
        Timeout: spec.timeoutSeconds,
        ReservedConcurrentExecutions: defaultSettings.reservedConcurrency[spec.name],
        TracingConfig: { Mode: 'Active' },
      });
      expect(props.Environment.Variables).toMatchObject({ DOCUMENT_BUCKET: { Ref: documentsBucketId() }, POWERTOOLS_SERVICE_NAME: 'postmottak' });
    }
  });

  it('writes logs only to its own KMS-encrypted log group with a retention', () => {
    for (const spec of allSpecs) {
      const logging = s.resources[fnId(spec.name)]!.Properties!.LoggingConfig;
      // JSON, so Lambda filters by level: no START/END/REPORT (system INFO); the application at INFO,
      // where Lambda files Powertools' level-less metric lines.
      expect(logging).toMatchObject({ LogFormat: 'JSON', SystemLogLevel: 'WARN', ApplicationLogLevel: 'INFO' });
      const logGroupId = logging.LogGroup.Ref;
      expect(s.resources[logGroupId]!.Properties).toMatchObject({ RetentionInDays: defaultSettings.logRetentionDays, KmsKeyId: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.keys.operations), 'Arn'] } });
      const logStatements = policyOf(spec.name).filter((st) => [st.Action].flat().some((a: string) => a.startsWith('logs:')));
      expect(logStatements).toEqual([expect.objectContaining({ Resource: { 'Fn::GetAtt': [logGroupId, 'Arn'] } })]);
    }
  });

  it('touches only its own prefixes of the document bucket, as the function list says', () => {
    const objectArn = (prefix: string) => ({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [documentsBucketId(), 'Arn'] }, `/${prefix}`]] });
    for (const spec of allSpecs) {
      const statements = policyOf(spec.name);
      const s3 = (action: string) => statements.filter((st) => [st.Action].flat().includes(action)).flatMap((st) => [st.Resource].flat());
      const sorted = (values: unknown[]) => values.map((v) => JSON.stringify(v)).sort();
      expect(sorted(s3('s3:GetObject'))).toEqual(sorted(spec.access.s3Read.map(objectArn)));
      expect(sorted(s3('s3:PutObject'))).toEqual(sorted(spec.access.s3Write.map(objectArn)));
      const s3Actions = statements.flatMap((st) => [st.Action].flat()).filter((a: string) => a.startsWith('s3:'));
      const lists = 's3List' in spec.access && spec.access.s3List.length > 0;
      expect(new Set(s3Actions)).toEqual(
        new Set([...(spec.access.s3Read.length ? ['s3:GetObject', 's3:GetObjectVersion'] : []), ...(spec.access.s3Write.length ? ['s3:PutObject'] : []), ...(lists ? ['s3:ListBucket'] : [])]),
      );
    }
  });

  it('reads or writes the case table only as the registry says; only classify (parties), link, review, record-failure, watch-stages and reconcile (keyed hashes beside sealed ids), register and the api (candidate cases by national id), and watch-deadlines (the notice id of a joined appellant) get the id-hash secret', () => {
    const secretId = logicalId(s.stack, { node: { defaultChild: s.stack.node.findChild('IdHashKey').node.defaultChild } });
    const readers = allSpecs.filter((spec) => policyOf(spec.name).some((st) => [st.Action].flat().includes('secretsmanager:GetSecretValue'))).map((spec) => spec.name);
    expect(readers.sort()).toEqual(['api', 'classify', 'link', 'reconcile', 'record-failure', 'register', 'review', 'watch-deadlines', 'watch-stages']);
    for (const name of readers) {
      expect(s.resources[fnId(name)]!.Properties!.Environment.Variables.ID_HASH_KEY_SECRET_ARN).toEqual({ Ref: secretId });
      expect(policyOf(name).find((st) => [st.Action].flat().includes('secretsmanager:GetSecretValue')).Resource).toEqual({ Ref: secretId });
    }
    for (const spec of allSpecs.filter((x) => !readers.includes(x.name))) expect(s.resources[fnId(spec.name)]!.Properties!.Environment.Variables.ID_HASH_KEY_SECRET_ARN, spec.name).toBeUndefined();
    const tableId = logicalId(s.stack, s.stack.cases.table);
    // start-intake's start records are a table of their own (its test is under the intake trigger).
    const startRecordsId = logicalId(s.stack, s.stack.startRecords.table);
    for (const spec of allSpecs) {
      const statements = policyOf(spec.name).filter((st) => !JSON.stringify(st.Resource).includes(startRecordsId));
      const actions = statements.flatMap((st) => [st.Action].flat()) as string[];
      const dynamo = actions.filter((a) => a.startsWith('dynamodb:'));
      const writes = dynamo.filter((a) => /Put|Update|Delete|Write/.test(a));
      const env = s.resources[fnId(spec.name)]!.Properties!.Environment.Variables;
      if (spec.access.table === 'none') {
        expect(dynamo).toEqual([]);
        expect(env.TABLE_NAME).toBeUndefined();
        continue;
      }
      expect(env.TABLE_NAME).toEqual({ Ref: tableId });
      const access: LambdaFunctionSpec['access'] = spec.access;
      expect(writes.length > 0).toBe(spec.access.table === 'write' || access.announcesInFlight === true);
      const tableStatement = statements.find((st) => [st.Action].flat().some((a: string) => a.startsWith('dynamodb:')));
      expect(tableStatement.Resource).toEqual([{ 'Fn::GetAtt': [tableId, 'Arn'] }, { 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, '/index/*']] }]);
    }
  });

  it("lets Link put only its announcements of cases in flight: PutItem on the FLREF#/FLNID#/BATCH# partitions, no UpdateItem; the table key's Encrypt only on the data key", () => {
    const tableId = logicalId(s.stack, s.stack.cases.table);
    const link = s.stack.functions.get('link')!;
    const policy = s.template.toJSON().Resources[logicalId(s.stack, { node: { defaultChild: link.policy.node.defaultChild } })];
    const statements = policy.Properties.PolicyDocument.Statement as any[];
    const actions = statements.flatMap((st) => [st.Action].flat()) as string[];
    expect(actions).not.toContain('dynamodb:UpdateItem');
    expect(actions).not.toContain('dynamodb:BatchWriteItem');
    expect(actions.filter((a) => a === 'dynamodb:PutItem')).toHaveLength(1);
    expect(statements.filter((st) => [st.Action].flat().includes('dynamodb:PutItem'))).toEqual([
      { Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: { 'Fn::GetAtt': [tableId, 'Arn'] }, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['FLREF#*', 'FLNID#*', 'BATCH#*'] } } },
    ]);
    const encrypting = statements.filter((st) => [st.Action].flat().some((a: string) => a === 'kms:Encrypt' || a === 'kms:GenerateDataKey'));
    // (CDK merges it with the read's Decrypt/DescribeKey on the same key into one statement.)
    expect(encrypting).toEqual([{ Effect: 'Allow', Action: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'], Resource: { 'Fn::GetAtt': [dataKeyId(), 'Arn'] } }]);
    // The same through the assertions API, on the template as synthesized.
    s.template.hasResourceProperties('AWS::IAM::ManagedPolicy', {
      Roles: [{ Ref: logicalId(s.stack, link.role) }],
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'dynamodb:PutItem', Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['FLREF#*', 'FLNID#*', 'BATCH#*'] } } })]) },
    });
  });

  it('lets only the functions that seal or show national ids use the national-id key, and only under its encryption context', () => {
    const keyArn = { 'Fn::GetAtt': [logicalId(s.stack, s.stack.keys.nationalIds), 'Arn'] };
    const onKey = (name: string) => policyOf(name).filter((st) => JSON.stringify([st.Resource].flat()) === JSON.stringify([keyArn]));
    const users = allSpecs.filter((spec) => onKey(spec.name).length > 0).map((spec) => spec.name);
    expect(users.sort()).toEqual(['api', 'inspect', 'reconcile', 'record-failure', 'register', 'review', 'route', 'watch-stages']);
    for (const name of users) {
      expect(onKey(name)).toEqual([
        { Effect: 'Allow', Action: ['kms:Decrypt', 'kms:GenerateDataKey'], Resource: keyArn, Condition: { StringEquals: { 'kms:EncryptionContext:purpose': 'postmottak-national-ids' } } },
      ]);
      expect(s.resources[fnId(name)]!.Properties!.Environment.Variables.NATIONAL_ID_KMS_KEY_ARN).toEqual(keyArn);
    }
    for (const spec of allSpecs.filter((x) => !users.includes(x.name))) {
      expect(s.resources[fnId(spec.name)]!.Properties!.Environment.Variables.NATIONAL_ID_KMS_KEY_ARN, spec.name).toBeUndefined();
      expect(JSON.stringify(policyOf(spec.name)), spec.name).not.toContain(logicalId(s.stack, s.stack.keys.nationalIds));
    }
    // No other role in the stack (state machines, API Gateway, the page) may use it either.
    const keyId = logicalId(s.stack, s.stack.keys.nationalIds);
    const fnPolicies = new Set(allSpecs.map((spec) => logicalId(s.stack, { node: { defaultChild: s.stack.functions.get(spec.name)!.policy.node.defaultChild } })));
    const elsewhere = Object.entries(s.resources).filter(([id, r]) => !fnPolicies.has(id) && id !== keyId && /IAM|KMS/.test(r.Type) && JSON.stringify(r).includes(keyId));
    expect(elsewhere.map(([id]) => id)).toEqual([]);
    expect(s.resources[keyId]!.Properties).toMatchObject({ EnableKeyRotation: true });
  });

  it('grants nothing on * but X-Ray, no action wildcards, and no inline or AWS-managed policies', () => {
    for (const spec of allSpecs) {
      for (const st of policyOf(spec.name)) {
        expect(st.Effect).toBe('Allow');
        for (const action of [st.Action].flat()) expect(action).not.toContain('*');
        if (st.Resource === '*') expect([st.Action].flat().every((a: string) => a.startsWith('xray:'))).toBe(true);
      }
    }
    expect(ofType(s.resources, 'AWS::IAM::Policy').filter(([id]) => !isPageDeploymentHandler(id))).toEqual([]);
    for (const [id, role] of ofType(s.resources, 'AWS::IAM::Role')) {
      if (isPageDeploymentHandler(id)) continue;
      // AWS Backup's and API Gateway's account-level logging role use the policies AWS documents for them (acknowledged in cdk-nag).
      if (['backup.amazonaws.com', 'apigateway.amazonaws.com'].includes(role.AssumeRolePolicyDocument.Statement[0].Principal.Service)) continue;
      expect(role.ManagedPolicyArns).toBeUndefined();
      expect(role.Policies).toBeUndefined();
    }
  });
});

describe('case table', () => {
  it('is the table of functions/commons/store/table-definition.ts: on demand, encrypted, recoverable, protected, with no stream nobody reads', () => {
    const [[id, table]] = ofType(s.resources, 'AWS::DynamoDB::Table') as [[string, Record<string, any>]];
    expect(table).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: tableDefinition.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: tableDefinition.sortKey.name, KeyType: 'RANGE' },
      ],
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      DeletionProtectionEnabled: true,
      // The announcements of cases in flight expire; nothing else carries the attribute.
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS', KMSMasterKeyId: { 'Fn::GetAtt': [dataKeyId(), 'Arn'] } },
    });
    expect(table.StreamSpecification).toBeUndefined();
    expect(ofType(s.resources, 'AWS::Lambda::EventSourceMapping').filter(([, m]) => JSON.stringify(m.EventSourceArn).includes('StreamArn'))).toEqual([]);
    expect(table.GlobalSecondaryIndexes.map((i: any) => [i.IndexName, i.KeySchema.map((k: any) => k.AttributeName), i.Projection.ProjectionType])).toEqual(
      tableDefinition.globalSecondaryIndexes.map((i) => [i.indexName, [i.partitionKey.name, i.sortKey.name], i.projection.type]),
    );
    expect(s.resources[id]!).toMatchObject({ DeletionPolicy: 'Retain' });
    s.template.hasResourceProperties('AWS::Backup::BackupSelection', {
      BackupSelection: { Resources: [{ 'Fn::GetAtt': [id, 'Arn'] }] },
    });
  });
});

describe('operations', () => {
  it('alarms on failed executions, documents recorded as failed, dead letters and the age of the oldest review, to the alarm topic', () => {
    const topicId = logicalId(s.stack, s.stack.operations.topic);
    const alarms = ofType(s.resources, 'AWS::CloudWatch::Alarm').map(([, a]) => a);
    const byMetric = (name: string) => alarms.filter((a) => a.MetricName === name);
    // Failed and timed-out Express executions of the stages: with no guard, these, the stages watchdog and the daily reconcile are what finds them.
    for (const metric of ['ExecutionsFailed', 'ExecutionsTimedOut']) {
      expect(byMetric(metric).map((a) => a.Dimensions), metric).toEqual([[{ Name: 'StateMachineArn', Value: { Ref: logicalId(s.stack, s.stack.intake.stages.stateMachine) } }]]);
    }
    expect(byMetric('ApproximateNumberOfMessagesVisible')[0]!.Dimensions).toEqual([{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.trigger.deadLetterQueue), 'QueueName'] } }]);
    expect(byMetric(reviewQueueAgeMetric.metricName)[0]).toMatchObject({ Namespace: 'postmottak', Threshold: defaultSettings.reviewAgeAlarmHours });
    expect(byMetric('Invocations')[0]!.Dimensions).toEqual([{ Name: 'FunctionName', Value: { Ref: fnId('record-failure') } }]);
    for (const alarm of alarms) expect(alarm.AlarmActions).toEqual([{ Ref: topicId }]);
    s.template.resourceCountIs('AWS::CloudWatch::Dashboard', 1);
    s.template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [logicalId(s.stack, s.stack.keys.operations), 'Arn'] } });
  });
});
