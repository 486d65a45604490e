import { CfnOutput, Duration, RemovalPolicy, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { lambdaFunctions, triggerFunctions, type LambdaFunctionSpec, type TriggerFunctionSpec } from '../functions/lambda-functions.ts';
import { tableDefinition } from '../functions/commons/store/table-definition.ts';
import { defaultSettings, parseSettings, type DeploymentSettings, type DeploymentSettingsInput } from './settings.ts';
import { assertDataRegion } from './region.ts';
import { EventsBus } from './constructs/events-bus.ts';
import { Api } from './constructs/api.ts';
import { ArchivistsPage } from './constructs/archivists-page.ts';
import { PageFiles } from './constructs/page-files.ts';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { deadLetterQueue } from './constructs/dead-letter-queue.ts';
import { HttpMethods } from 'aws-cdk-lib/aws-s3';
import { EncryptionKeys } from './constructs/encryption-keys.ts';
import { DocumentStore, prefixes } from './constructs/document-store.ts';
import { CaseTable } from './constructs/case-table.ts';
import { PipelineFunction } from './constructs/pipeline-function.ts';
import { IntakeStateMachine } from './constructs/intake-state-machine.ts';
import { IntakeTrigger } from './constructs/intake-trigger.ts';
import { IdempotencyTable } from './constructs/idempotency-table.ts';
import { TraceSampling } from './constructs/trace-sampling.ts';
import { LogLevel } from 'aws-cdk-lib/aws-stepfunctions';
import { Operations } from './constructs/operations.ts';
import { StagesWatchdog } from './constructs/stages-watchdog.ts';
import { pascal } from './constructs/unique-names.ts';
import { UploaderPolicy } from './constructs/uploader-policy.ts';

export interface PostmottakStackProps extends StackProps {
  /** Over the defaults of infra/settings.ts; validated by its schema. */
  readonly settings?: Partial<DeploymentSettingsInput>;
  /** The CLOUDFRONT-scoped web ACL of the us-east-1 companion stack (infra/edge-stack.ts). */
  readonly pageWebAclArn: string;
}

/**
 * postmottak in AWS: the handlers of functions/ and the state machine of statemachines/, on an
 * encrypted document bucket and case table; the events bus; the JSON API behind API Gateway with
 * Cognito and WAF; the archivists' page behind CloudFront. It holds health data, so it is built only
 * for the configured region (infra/region.ts).
 */
export class PostmottakStack extends Stack {
  readonly keys: EncryptionKeys;
  readonly documents: DocumentStore;
  readonly cases: CaseTable;
  readonly functions: ReadonlyMap<string, PipelineFunction>;
  readonly intake: IntakeStateMachine;
  readonly trigger: IntakeTrigger;
  readonly startRecords: IdempotencyTable;
  readonly traceSampling: TraceSampling;
  readonly operations: Operations;
  readonly watchdog: StagesWatchdog;
  readonly events: EventsBus;
  readonly api: Api;
  readonly page: ArchivistsPage;
  readonly pageFiles: PageFiles;
  readonly uploader: UploaderPolicy;
  readonly settings: DeploymentSettings;

  constructor(scope: Construct, id: string, props: PostmottakStackProps) {
    const settings = parseSettings({ ...defaultSettings, ...props.settings }, `settings of stack ${id}`);
    super(scope, id, {
      ...props,
      crossRegionReferences: true,
      description: props.description ?? `postmottak: incoming-mail pipeline (OCR, classification, registration, deadlines, routing)${settings.regionChosenBecause ? `; data kept in ${settings.region} because ${settings.regionChosenBecause}` : ''}`,
    });
    assertDataRegion(this, settings);
    this.settings = settings;

    this.keys = new EncryptionKeys(this, 'Keys');
    const dataKey = this.keys.data;
    this.documents = new DocumentStore(this, 'DocumentStore', {
      key: dataKey,
      artefactRetentionDays: settings.artefactRetentionDays,
      quarantineRetentionDays: settings.quarantineRetentionDays,
      accessLogRetentionDays: settings.accessLogRetentionDays,
    });
    this.cases = new CaseTable(this, 'CaseTable', { definition: tableDefinition, key: dataKey });

    // The key for keyed hashes of national ids: random, made once, never in a template or a log.
    const idHashKey = new Secret(this, 'IdHashKey', {
      description: 'postmottak: key for keyed hashes of national identity numbers',
      encryptionKey: dataKey,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const rotationReason =
      'The secret keys the hashes stored as lookup keys in the case table; rotating it would orphan every stored hash. It is rotated only together with a re-keying of the table, as an operation of its own.';
    Validations.of(idHashKey).acknowledge(
      { id: 'AwsSolutions-SMG4', reason: rotationReason },
      { id: 'HIPAA.Security-SecretsManagerRotationEnabled', reason: rotationReason },
    );

    this.events = new EventsBus(this, 'Events', { archiveRetentionDays: settings.eventArchiveRetentionDays, schemaDiscovery: settings.eventSchemaDiscovery });

    const functions = new Map<string, PipelineFunction>();
    const build = (spec: LambdaFunctionSpec | TriggerFunctionSpec) => {
      const fn = new PipelineFunction(this, pascal(spec.name), {
        name: spec.name,
        memoryMb: spec.memoryMb,
        timeoutSeconds: spec.timeoutSeconds,
        reservedConcurrency: concurrencyFor(settings, spec.name),
        logKey: this.keys.operations,
        logRetentionDays: settings.logRetentionDays,
        environment: { DOCUMENT_BUCKET: this.documents.bucket.bucketName },
        invocation: 'trigger' in spec && spec.trigger === 'daily' ? 'asynchronous' : 'synchronous',
        dataKey,
      });
      fn.readObjects(this.documents.bucket, spec.access.s3Read, dataKey);
      fn.writeObjects(this.documents.bucket, spec.access.s3Write, dataKey);
      const access: LambdaFunctionSpec['access'] = spec.access;
      fn.listObjects(this.documents.bucket, access.s3List ?? []);
      if (access.table !== 'none') fn.useTable(this.cases.table, access.table, dataKey, { batchPut: access.tableBatchPut === true, announcesInFlight: access.announcesInFlight === true });
      // Only what links or registers by national id reads the key of their hashes.
      if (access.idHashKey) fn.readSecret(idHashKey, dataKey, 'ID_HASH_KEY_SECRET_ARN');
      if (access.publishesEvents) this.events.grantPublish(fn);
      // Only what seals national ids onto document items, or shows them, uses the key that wraps them.
      if (access.nationalIdKey) fn.useNationalIdKey(this.keys.nationalIds);
      functions.set(spec.name, fn);
      return fn;
    };
    const tasks = Object.fromEntries(lambdaFunctions.map((spec) => [spec.substitution, build(spec)]));
    const triggers = triggerFunctions.map((spec) => ({ spec: spec as TriggerFunctionSpec, fn: build(spec) }));
    this.functions = functions;
    // Every page is its own Lambda invocation in AWS, so the Map may read far more pages at once than
    // a laptop's cores (config.ocr.pageConcurrency); this keeps a long scan inside Express's 5 minutes.
    const inspect = functions.get('inspect');
    if (!inspect) throw new Error('functions/lambda-functions.ts lacks inspect');
    inspect.function.addEnvironment('PAGE_CONCURRENCY', String(settings.pageConcurrency));

    this.intake = new IntakeStateMachine(this, 'Intake', {
      tasks,
      dataKey,
      logKey: this.keys.operations,
      logRetentionDays: settings.logRetentionDays,
      logLevel: LogLevel[settings.stagesLogLevel],
    });

    const starter = triggers.find((t) => t.spec.trigger === 'object-created');
    if (!starter) throw new Error('functions/lambda-functions.ts names no object-created trigger function');
    this.startRecords = new IdempotencyTable(this, 'StartRecords', { key: dataKey });
    this.trigger = new IntakeTrigger(this, 'IntakeTrigger', {
      bucket: this.documents.bucket,
      incomingPrefix: prefixes.incoming,
      stateMachine: this.intake.stages.stateMachine,
      startRecords: this.startRecords,
      starter: starter.fn,
      key: dataKey,
      maxConcurrency: settings.intakeMaxConcurrency,
    });
    const watcher = triggers.find((t) => t.spec.trigger === 'stages-watch');
    if (!watcher) throw new Error('functions/lambda-functions.ts names no stages-watch function (functions/watch-stages)');
    this.watchdog = new StagesWatchdog(this, 'StagesWatchdog', { starter: starter.fn, watcher: watcher.fn, key: dataKey });
    this.traceSampling = new TraceSampling(this, 'TraceSampling', {
      rate: settings.traceSampleRate,
      starterFunctionName: starter.fn.function.functionName,
      stagesName: this.intake.stages.stateMachine.stateMachineName,
      watcherFunctionName: watcher.fn.function.functionName,
    });

    const scheduleDeadLetters = new Map<string, Queue>();
    for (const { spec, fn } of triggers.filter((t) => t.spec.trigger === 'daily')) {
      // What EventBridge could not deliver to the function at all (throttled past its retries, the
      // function missing or not permitted) lands here; a run that failed inside lands in the function's own.
      const undelivered = deadLetterQueue(this, `${pascal(spec.name)}ScheduleDeadLetters`, dataKey);
      Validations.of(undelivered).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of a schedule\'s target; nothing reads it but an operator, so it has none of its own.' });
      scheduleDeadLetters.set(spec.name, undelivered);
      new Rule(this, `${pascal(spec.name)}Schedule`, {
        description: `postmottak ${spec.name}, every morning before the office opens (04:00 UTC is 05:00/06:00 in Oslo)`,
        schedule: Schedule.cron({ minute: '0', hour: '4' }),
        // A failed run is retried by Lambda and then lands in the function's own dead-letter queue.
        targets: [new LambdaFunction(fn.function, { retryAttempts: 2, maxEventAge: Duration.hours(6), deadLetterQueue: undelivered })],
      });
    }

    const apiFunction = triggers.find((t) => t.spec.trigger === 'http');
    if (!apiFunction) throw new Error('functions/lambda-functions.ts names no http function (functions/api)');
    this.api = new Api(this, 'JsonApi', {
      fn: apiFunction.fn,
      stages: this.intake.stages.stateMachine,
      logKey: this.keys.operations,
      logRetentionDays: settings.logRetentionDays,
      throttle: settings.apiThrottle,
      signInDomainPrefix: settings.signInDomainPrefix,
      countries: settings.pageCountries,
    });
    this.page = new ArchivistsPage(this, 'Page', {
      api: this.api.restApi,
      webAclArn: props.pageWebAclArn,
      accessLogs: this.documents.accessLogs,
      documentBucket: this.documents.bucket,
      signInOrigin: this.api.domain.baseUrl(),
      countries: settings.pageCountries,
    });
    const pageClient = this.api.addPageClient(`https://${this.page.distribution.distributionDomainName}`);
    // The page's drag-and-drop upload PUTs each file straight into incoming/ by a presigned URL from
    // the API (API Gateway takes 10 MB at most). The signature is what authorises a PUT; CORS only lets
    // a browser on a CloudFront page send it. The distribution's own name cannot be used here: its
    // security-headers policy already names this bucket (connect-src), and the two would depend on
    // each other. PUT only, with the one header the URL signs.
    this.documents.bucket.addCorsRule({
      allowedOrigins: ['https://*.cloudfront.net'],
      allowedMethods: [HttpMethods.PUT],
      allowedHeaders: ['content-type'],
      maxAge: 600,
    });
    this.pageFiles = new PageFiles(this, 'PageFiles', { bucket: this.page.bucket, distribution: this.page.distribution, client: pageClient, domain: this.api.domain, logKey: this.keys.operations, logRetentionDays: settings.logRetentionDays });
    // Starting or reading an execution of a state machine encrypted with a customer-managed key needs the key.
    for (const starter of [starterFn(triggers), apiFunction.fn]) {
      starter.allow(new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [dataKey.keyArn] }));
    }

    this.uploader = new UploaderPolicy(this, 'Uploader', { bucket: this.documents.bucket, key: dataKey, prefix: prefixes.incoming });
    // What the first deploy's next steps need (README "First deploy"); the page's sign-in values are PageFiles' outputs.
    new CfnOutput(this, 'UserPoolId', { value: this.api.userPool.userPoolId, description: 'The user pool: people are created here and put in the group of their role' });
    new CfnOutput(this, 'DocumentBucketName', { value: this.documents.bucket.bucketName, description: 'The document bucket: postmottak upload --bucket' });
    new CfnOutput(this, 'UploaderPolicyArn', { value: this.uploader.policy.managedPolicyArn, description: "Attach to the mailroom scanner's IAM user or role: uploads to incoming/ only" });
    new CfnOutput(this, 'SystemClientId', { value: this.api.systemClient.userPoolClientId, description: 'The downstream systems\' app client (client credentials); its secret: aws cognito-idp describe-user-pool-client' });
    new CfnOutput(this, 'TokenEndpoint', { value: `${this.api.domain.baseUrl()}/oauth2/token`, description: 'Where a downstream system gets an access token (scope postmottak/system.read)' });

    const ocr = functions.get('extract-page');
    const recordFailure = functions.get('record-failure');
    if (!ocr || !recordFailure) throw new Error('functions/lambda-functions.ts lacks extract-page or record-failure');
    this.operations = new Operations(this, 'Operations', {
      stages: this.intake.stages.stateMachine,
      intakeQueue: this.trigger.queue,
      deadLetterQueue: this.trigger.deadLetterQueue,
      watchdogDeadLetterQueue: this.watchdog.deadLetterQueue,
      scheduledDeadLetterQueues: Object.fromEntries(triggers.flatMap(({ spec, fn }) => (fn.deadLetterQueue ? [[spec.name, fn.deadLetterQueue]] : []))),
      functions: [...functions.values()],
      recordFailure,
      ocr,
      key: this.keys.operations,
      reviewAgeAlarmHours: settings.reviewAgeAlarmHours,
      intakeQueueAgeAlarmMinutes: settings.intakeQueueAgeAlarmMinutes,
      alarmEmail: settings.alarmEmail,
      scheduleDeadLetterQueues: Object.fromEntries(scheduleDeadLetters),
    });
  }
}

function starterFn(triggers: { spec: TriggerFunctionSpec; fn: PipelineFunction }[]): PipelineFunction {
  const starter = triggers.find((t) => t.spec.trigger === 'object-created');
  if (!starter) throw new Error('functions/lambda-functions.ts names no object-created trigger function');
  return starter.fn;
}


function concurrencyFor(settings: DeploymentSettings, name: string): number {
  const value = settings.reservedConcurrency[name];
  if (value === undefined) throw new Error(`infra/settings.ts has no reserved concurrency for function '${name}'`);
  return value;
}
