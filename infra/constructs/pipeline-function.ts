import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { Effect, ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { ApplicationLogLevel, Architecture, type CfnFunction, LoggingFormat, Runtime, SystemLogLevel } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { deadLetterQueue } from './dead-letter-queue.ts';
import { Construct } from 'constructs';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { bundleForThisMachineContext, bundlingFor, handlerEntry, lockFile, nodeModulesFor, projectRoot, type BundleCpu } from '../bundling.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { NATIONAL_ID_KMS_KEY_ENV, nationalIdKeyContext } from '../../functions/commons/crypto/kms-key-wrapper.ts';

export interface PipelineFunctionProps {
  /** The folder under functions/ whose handler.ts exports `handler`. */
  readonly name: string;
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  readonly reservedConcurrency: number;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
  readonly environment?: Readonly<Record<string, string>>;
  /**
   * 'synchronous': Step Functions or an SQS event source invokes it and handles failures.
   * 'asynchronous': a schedule invokes it; a run that fails after Lambda's own retries goes to a dead-letter queue.
   */
  readonly invocation: 'synchronous' | 'asynchronous';
  /** Encrypts the dead-letter queue of an asynchronously invoked function. */
  readonly dataKey: IKey;
}

export function retentionDays(days: number): RetentionDays {
  if (!Object.values(RetentionDays).includes(days)) throw new Error(`${days} days is not a CloudWatch Logs retention period`);
  return days as RetentionDays;
}

/**
 * One handler as a Lambda function with the project's defaults (Node.js 24, arm64, X-Ray, encrypted
 * log group with retention, Powertools settings), and a role whose every permission is written out
 * here, in one customer-managed policy: no AWS-managed policy, no CDK grant adding to it behind the
 * scenes. If anything does call a CDK grant on the function, the role grows an inline policy and
 * cdk-nag's HIPAA IAMNoInlinePolicy check fails the synth, which is the point.
 */
export class PipelineFunction extends Construct {
  readonly name: string;
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly policy: ManagedPolicy;
  readonly logGroup: LogGroup;
  /** Only for an asynchronously invoked function. */
  readonly deadLetterQueue?: Queue;

  constructor(scope: Construct, id: string, props: PipelineFunctionProps) {
    super(scope, id);
    this.name = props.name;
    const entry = handlerEntry(props.name);
    // Resolving the import graph costs esbuild time; only a synth that bundles needs it.
    const nodeModules = Stack.of(this).bundlingRequired ? nodeModulesFor(entry) : [];
    const forThisMachine = this.node.tryGetContext(bundleForThisMachineContext) === true;
    if (forThisMachine && process.arch !== 'x64' && process.arch !== 'arm64') throw new Error(`Lambda has no ${process.arch} architecture`);
    const cpu: BundleCpu = forThisMachine ? (process.arch as BundleCpu) : 'arm64';

    this.logGroup = new LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: retentionDays(props.logRetentionDays),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `postmottak ${props.name}`,
    });
    this.policy = new ManagedPolicy(this, 'Policy', {
      roles: [this.role],
      statements: [
        new PolicyStatement({ actions: ['logs:CreateLogStream', 'logs:PutLogEvents'], resources: [this.logGroup.logGroupArn] }),
        // X-Ray has no resource-level permissions: PutTraceSegments is allowed on * or not at all.
        new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], resources: ['*'] }),
      ],
    });

    this.function = new NodejsFunction(this, 'Function', {
      entry,
      handler: 'handler',
      projectRoot,
      depsLockFilePath: lockFile,
      runtime: Runtime.NODEJS_24_X,
      architecture: cpu === 'arm64' ? Architecture.ARM_64 : Architecture.X86_64,
      memorySize: props.memoryMb,
      timeout: Duration.seconds(props.timeoutSeconds),
      reservedConcurrentExecutions: props.reservedConcurrency,
      role: this.role,
      logGroup: this.logGroup,
      // Lambda's log-level filtering (needs the JSON format): the platform's START/END/REPORT lines are
      // INFO and are not ingested (a third of an invocation's log bytes, scripts/measure-log-bytes.ts);
      // duration, memory and errors stay in the function's CloudWatch metrics, traces in X-Ray. The
      // application stays at INFO: Powertools' metric lines carry no level, and Lambda files such a line
      // as INFO, so a higher level would drop every custom metric and the alarms on them.
      loggingFormat: LoggingFormat.JSON,
      systemLogLevelV2: SystemLogLevel.WARN,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      description: `postmottak ${props.name}`,
      bundling: bundlingFor(nodeModules, cpu),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'postmottak',
        POWERTOOLS_METRICS_NAMESPACE: 'postmottak',
        POWERTOOLS_LOG_LEVEL: 'INFO',
        // Execution state carries extracted fields; the tracer must not copy responses into traces.
        POWERTOOLS_TRACER_CAPTURE_RESPONSE: 'false',
        POWERTOOLS_TRACER_CAPTURE_ERROR: 'false',
        ...props.environment,
      },
    });
    // Active tracing set on the resource, not through the L2 prop, which would add its X-Ray grant as an
    // inline policy instead of the statement above.
    (this.function.node.defaultChild as CfnFunction).tracingConfig = { mode: 'Active' };
    // The function must not run before its permissions exist.
    this.function.node.addDependency(this.policy);

    if (props.invocation === 'asynchronous') {
      this.deadLetterQueue = deadLetterQueue(this, 'DeadLetters', props.dataKey);
      Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason: 'This is the dead-letter queue of a scheduled function; nothing reads it but an operator, so it has none of its own.' });
      // On the resource: the L2 `deadLetterQueue` prop would grant SendMessage as an inline policy.
      (this.function.node.defaultChild as CfnFunction).deadLetterConfig = { targetArn: this.deadLetterQueue.queueArn };
      this.allow(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetterQueue.queueArn] }));
      this.allow(new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [props.dataKey.keyArn] }));
    } else {
      Validations.of(this).acknowledge({
        id: 'HIPAA.Security-LambdaDLQ',
        reason:
          'Invoked synchronously (by Step Functions, whose Retry/Catch handle failures, by an SQS event source with its own dead-letter queue, or by API Gateway, which returns the failure to the caller); a Lambda DLQ only catches asynchronous invocations, which this function never gets.',
      });
    }

    Validations.of(this).acknowledge(
      { id: 'AwsSolutions-IAM5[Resource::*]', reason: 'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions; they only accept *.' },
      {
        id: 'HIPAA.Security-LambdaInsideVPC',
        reason:
          'The function reaches only AWS APIs (S3, DynamoDB, Step Functions, Secrets Manager), each over TLS with IAM authorisation and resource policies that deny non-TLS access; there is nothing in a VPC for it to reach, and a VPC would add NAT or interface endpoints without narrowing who can reach the data.',
      },
    );
  }

  allow(statement: PolicyStatement): void {
    if (statement.effect !== Effect.ALLOW) throw new Error('a function policy only allows');
    this.policy.addStatements(statement);
  }

  /** Read objects under the given prefixes of the document bucket (with versions), and decrypt them. */
  readObjects(bucket: IBucket, prefixes: readonly string[], key: IKey): void {
    if (prefixes.length === 0) return;
    this.allow(new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: prefixes.map((p) => bucket.arnForObjects(p)) }));
    this.allow(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.keyArn] }));
    this.acknowledgePrefixes(bucket, prefixes);
  }

  /**
   * List the keys under the given prefixes and no others: ListBucket is granted on the bucket itself,
   * so the prefix is a condition (a request without a Prefix, or with another, is refused).
   */
  listObjects(bucket: IBucket, prefixes: readonly string[]): void {
    if (prefixes.length === 0) return;
    this.allow(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLike: { 's3:prefix': prefixes.flatMap((p) => [p, `${p}*`]) } },
      }),
    );
  }

  /** Write objects under the given prefixes; SSE-KMS needs a data key for each upload. */
  writeObjects(bucket: IBucket, prefixes: readonly string[], key: IKey): void {
    if (prefixes.length === 0) return;
    this.allow(new PolicyStatement({ actions: ['s3:PutObject'], resources: prefixes.map((p) => bucket.arnForObjects(p)) }));
    this.allow(new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [key.keyArn] }));
    this.acknowledgePrefixes(bucket, prefixes);
  }

  /**
   * Nothing in postmottak deletes an item (the register only grows; corrections are new versions), so
   * no function may DeleteItem; BatchWriteItem, which can delete too, only where batches of puts are
   * written (`batchPut`).
   */
  useTable(table: ITable, access: 'read' | 'write', key: IKey, options: { batchPut?: boolean; announcesInFlight?: boolean } = {}): void {
    const read = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem', 'dynamodb:DescribeTable'];
    const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', ...(options.batchPut ? ['dynamodb:BatchWriteItem'] : [])];
    this.allow(new PolicyStatement({ actions: access === 'write' ? [...read, ...write] : read, resources: [table.tableArn, `${table.tableArn}/index/*`] }));
    this.allow(new PolicyStatement({ actions: access === 'write' ? ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'] : ['kms:Decrypt', 'kms:DescribeKey'], resources: [key.keyArn] }));
    if (options.announcesInFlight && access === 'read') {
      // Link's announcements (cases in flight) and batch-roll marks: items in the FLREF#/FLNID#/BATCH# partitions only, never an
      // update or another partition. The table key's Encrypt/GenerateDataKey as every writer has them
      // (what CDK's grantWriteData gives for a customer-managed key): KMS cannot be narrowed to a
      // partition, the DynamoDB condition is what keeps Link to its own items.
      this.allow(
        new PolicyStatement({
          actions: ['dynamodb:PutItem'],
          resources: [table.tableArn],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [...keys.inFlightPartitionPatterns] } },
        }),
      );
      this.allow(new PolicyStatement({ actions: ['kms:Encrypt', 'kms:GenerateDataKey'], resources: [key.keyArn] }));
    }
    this.function.addEnvironment('TABLE_NAME', table.tableName);
    Validations.of(this).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagName(this, table.tableArn)}/index/*]`,
      reason: "Queries through the table's own global secondary indexes (the access patterns of the data model); no other table.",
    });
  }

  /**
   * Seal and open national ids (GenerateDataKey/Decrypt on the national-id key), only under the
   * encryption context the wrapper uses, so the grant is good for national ids and nothing else.
   */
  useNationalIdKey(key: IKey): void {
    this.allow(
      new PolicyStatement({
        actions: ['kms:GenerateDataKey', 'kms:Decrypt'],
        resources: [key.keyArn],
        conditions: { StringEquals: { 'kms:EncryptionContext:purpose': nationalIdKeyContext.purpose } },
      }),
    );
    this.function.addEnvironment(NATIONAL_ID_KMS_KEY_ENV, key.keyArn);
  }

  readSecret(secret: ISecret, key: IKey, envName: string): void {
    this.allow(new PolicyStatement({ actions: ['secretsmanager:GetSecretValue'], resources: [secret.secretArn] }));
    this.allow(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [key.keyArn] }));
    this.function.addEnvironment(envName, secret.secretArn);
  }

  private acknowledgePrefixes(bucket: IBucket, prefixes: readonly string[]): void {
    for (const prefix of prefixes) {
      Validations.of(this).acknowledge({
        id: `AwsSolutions-IAM5[Resource::${nagName(this, bucket.arnForObjects(prefix))}]`,
        reason: `Objects under this stage's own prefix ${prefix} of the document bucket, and no other; object keys are per document and not known in advance.`,
      });
    }
  }
}

/** The form in which cdk-nag names a resource in a finding id (`<LogicalId.Arn>/incoming/*`), by cdk-nag's own function. */
export function nagName(scope: Construct, value: string): string {
  return flattenCfnReference(Stack.of(scope).resolve(value));
}
