import { ArnFormat, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { stackUniqueSuffix } from './unique-names.ts';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CustomerManagedEncryptionConfiguration, DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { intakeAslPath, placeholdersIn, readIntakeAsl } from '../asl.ts';
import { retentionDays, type PipelineFunction } from './pipeline-function.ts';

export interface IntakeStateMachineProps {
  /** One function per `${...}` placeholder of intake.asl.json, keyed by the placeholder's name. */
  readonly tasks: Readonly<Record<string, PipelineFunction>>;
  readonly dataKey: IKey;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
  /** What the Express machine logs (infra/settings.ts stagesLogLevel): ERROR keeps every failure, not every state entered. */
  readonly logLevel: LogLevel;
}

/**
 * statemachines/intake.asl.json, the one definition of the stages, as an Express workflow: billed by
 * duration, not by the dozen-plus state transitions a document makes. start-intake starts it once per
 * upload (a record in the idempotency table, not a Standard execution named by the document id: README
 * "Why no guard"), the archivist's decision synchronously (StartSyncExecution). A review does not wait
 * in it: it ends the execution, and the decision starts a new one.
 */
export class IntakeStateMachine extends Construct {
  /** The stages (intake.asl.json), Express: what start-intake and the archivist's decision start. */
  readonly stages: FileStateMachine;

  constructor(scope: Construct, id: string, props: IntakeStateMachineProps) {
    super(scope, id);
    const placeholders = placeholdersIn(readIntakeAsl());
    const missing = placeholders.filter((p) => !props.tasks[p]);
    const unused = Object.keys(props.tasks).filter((p) => !placeholders.includes(p));
    if (missing.length || unused.length) {
      throw new Error(`the ASL placeholders and the functions disagree: no function for [${missing.join(', ')}], no placeholder for [${unused.join(', ')}]`);
    }
    const common = { dataKey: props.dataKey, logKey: props.logKey, logRetentionDays: props.logRetentionDays, logLevel: props.logLevel };

    this.stages = new FileStateMachine(this, 'Stages', {
      ...common,
      file: intakeAslPath,
      type: StateMachineType.EXPRESS,
      logName: 'intake',
      substitutions: Object.fromEntries(Object.entries(props.tasks).map(([placeholder, task]) => [placeholder, task.function.functionArn])),
      statements: [new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: Object.values(props.tasks).map((t) => t.function.functionArn) })],
    });
  }
}

interface FileStateMachineProps {
  readonly file: string;
  readonly type: StateMachineType;
  readonly substitutions: Record<string, string>;
  readonly statements: PolicyStatement[];
  /** The log group is /aws/vendedlogs/states/postmottak-<logName>-<the stack's own id>. */
  readonly logName: string;
  readonly dataKey: IKey;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
  readonly logLevel: LogLevel;
}

/** An ASL file as it is, placeholders substituted, with its own role, encrypted logs and X-Ray. */
export class FileStateMachine extends Construct {
  readonly stateMachine: StateMachine;
  readonly logGroup: LogGroup;
  readonly role: Role;
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: FileStateMachineProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.logGroup = new LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: retentionDays(props.logRetentionDays),
      removalPolicy: RemovalPolicy.RETAIN,
      // Vended logs from Step Functions must go to a group under /aws/vendedlogs/ to avoid the
      // resource-policy size limit that many state machines would otherwise hit. The group is retained,
      // so its name carries the stack's own id: a redeployed stack never collides with it.
      logGroupName: Fn.join('', [`/aws/vendedlogs/states/postmottak-${props.logName}-`, stackUniqueSuffix(stack)]),
    });

    this.role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('states.amazonaws.com'), description: `postmottak ${props.logName} state machine` });
    this.policy = new ManagedPolicy(this, 'Policy', {
      roles: [this.role],
      statements: [
        ...props.statements,
        // Execution data is encrypted with the data key (it holds extracted fields).
        new PolicyStatement({
          actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
          resources: [props.dataKey.keyArn],
          // The machine's own ARN would make the policy depend on the machine that depends on it.
          conditions: { StringLike: { 'kms:EncryptionContext:aws:states:stateMachineArn': stack.formatArn({ service: 'states', resource: 'stateMachine', resourceName: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) } },
        }),
        // Log delivery encrypts what it writes for an encrypted state machine with the same key (the
        // group itself is encrypted with the operations key). The context names the account's logs ARN;
        // a `*` in it is a pattern, so ArnLike (StringEquals would compare it as the literal `*` and never match).
        new PolicyStatement({
          actions: ['kms:GenerateDataKey'],
          resources: [props.dataKey.keyArn],
          conditions: { ArnLike: { 'kms:EncryptionContext:SourceArn': stack.formatArn({ service: 'logs', resource: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) } },
        }),
        // Log delivery and X-Ray: these APIs have no resource-level permissions.
        new PolicyStatement({
          actions: ['logs:CreateLogDelivery', 'logs:GetLogDelivery', 'logs:UpdateLogDelivery', 'logs:DeleteLogDelivery', 'logs:ListLogDeliveries', 'logs:PutResourcePolicy', 'logs:DescribeResourcePolicies', 'logs:DescribeLogGroups'],
          resources: ['*'],
        }),
        new PolicyStatement({ actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets'], resources: ['*'] }),
      ],
    });

    this.stateMachine = new StateMachine(this, 'StateMachine', {
      definitionBody: DefinitionBody.fromFile(props.file),
      definitionSubstitutions: props.substitutions,
      stateMachineType: props.type,
      // Passed without policy updates: every permission is in the policy above, none added behind it.
      role: this.role.withoutPolicyUpdates(),
      tracingEnabled: true,
      // Never the execution's input or output: those hold extracted fields of special-category personal
      // data, and logs are read by operators, not case handlers. An Express execution keeps no other
      // history; a document's own is its journal in the table.
      logs: { destination: this.logGroup, level: props.logLevel, includeExecutionData: false },
      encryptionConfiguration: new CustomerManagedEncryptionConfiguration(props.dataKey),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine.node.addDependency(this.policy);
    if (props.logLevel !== LogLevel.ALL) {
      Validations.of(this.stateMachine).acknowledge({
        id: 'AwsSolutions-SF1',
        reason: 'The Express stages log every failed, timed-out and caught task and execution (level ERROR, infra/settings.ts stagesLogLevel); each document\'s path is in its journal in the case table, and the daily reconcile finds an upload without an outcome. Every state entered of every execution would be logged for no reader.',
      });
    }

    Validations.of(this.policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'CloudWatch Logs delivery (CreateLogDelivery etc.) and X-Ray (PutTraceSegments etc.) support no resource-level permissions; Step Functions documents exactly these statements with *.',
    });
  }
}
