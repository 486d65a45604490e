import { ArnFormat, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { stackUniqueSuffix } from './unique-names.ts';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CustomerManagedEncryptionConfiguration, DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { flattenCfnReference } from 'cdk-nag/lib/utils/flatten-cfn-reference.js';
import { expressArnPlaceholder, guardAslPath, intakeAslPath, placeholdersIn, readGuardAsl, readIntakeAsl } from '../asl.ts';
import { retentionDays, type PipelineFunction } from './pipeline-function.ts';

export interface IntakeStateMachineProps {
  /** One function per `${...}` placeholder of intake.asl.json, keyed by the placeholder's name. */
  readonly tasks: Readonly<Record<string, PipelineFunction>>;
  readonly dataKey: IKey;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
}

/**
 * Two state machines from two files. statemachines/intake.asl.json, the one definition of the stages,
 * runs as an Express workflow: billed by duration, not by the dozen-plus state transitions a document
 * makes. statemachines/intake-guard.asl.json is a one-task Standard workflow that start-intake starts
 * by name (the document id), so a repeated event starts nothing new, and that waits for the Express
 * execution (startExecution.sync:2). A review does not wait in either: it ends the execution, and the
 * archivist's decision starts the guard anew.
 */
export class IntakeStateMachine extends Construct {
  /** The stages (intake.asl.json), Express. */
  readonly stages: FileStateMachine;
  /** The Standard guard: what start-intake and the archivist's decision start. */
  readonly guard: FileStateMachine;

  constructor(scope: Construct, id: string, props: IntakeStateMachineProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const placeholders = placeholdersIn(readIntakeAsl());
    const missing = placeholders.filter((p) => !props.tasks[p]);
    const unused = Object.keys(props.tasks).filter((p) => !placeholders.includes(p));
    if (missing.length || unused.length) {
      throw new Error(`the ASL placeholders and the functions disagree: no function for [${missing.join(', ')}], no placeholder for [${unused.join(', ')}]`);
    }
    const common = { dataKey: props.dataKey, logKey: props.logKey, logRetentionDays: props.logRetentionDays };

    this.stages = new FileStateMachine(this, 'Stages', {
      ...common,
      file: intakeAslPath,
      type: StateMachineType.EXPRESS,
      logName: 'intake',
      substitutions: Object.fromEntries(Object.entries(props.tasks).map(([placeholder, task]) => [placeholder, task.function.functionArn])),
      statements: [new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: Object.values(props.tasks).map((t) => t.function.functionArn) })],
    });

    const recordFailure = props.tasks.RecordFailureFunctionArn;
    if (!recordFailure) throw new Error('intake.asl.json has no ${RecordFailureFunctionArn}, which the guard uses too');
    const guardPlaceholders = placeholdersIn(readGuardAsl()).sort();
    if (guardPlaceholders.join() !== [expressArnPlaceholder, 'RecordFailureFunctionArn'].sort().join()) {
      throw new Error(`intake-guard.asl.json has placeholders [${guardPlaceholders.join(', ')}]; the stack substitutes ${expressArnPlaceholder} and RecordFailureFunctionArn`);
    }
    const stagesName = this.stages.stateMachine.stateMachineName;
    const executionsOf = (resource: 'execution' | 'express') =>
      stack.formatArn({ service: 'states', resource, resourceName: `${stagesName}:*`, arnFormat: ArnFormat.COLON_RESOURCE_NAME });
    this.guard = new FileStateMachine(this, 'Guard', {
      ...common,
      file: guardAslPath,
      type: StateMachineType.STANDARD,
      logName: 'intake-guard',
      substitutions: { [expressArnPlaceholder]: this.stages.stateMachine.stateMachineArn, RecordFailureFunctionArn: recordFailure.function.functionArn },
      statements: [
        new PolicyStatement({ actions: ['states:StartExecution'], resources: [this.stages.stateMachine.stateMachineArn] }),
        // What startExecution.sync needs to follow and, when the guard stops, stop its child.
        // Express execution ARNs are ...:express:<machine>:<name>:<id>; CDK's task grants only ...:execution:.
        new PolicyStatement({ actions: ['states:DescribeExecution', 'states:StopExecution'], resources: [executionsOf('execution'), executionsOf('express')] }),
        // .sync learns that the child ended through this rule, which Step Functions manages in the account.
        new PolicyStatement({
          actions: ['events:PutTargets', 'events:PutRule', 'events:DescribeRule'],
          resources: [stack.formatArn({ service: 'events', resource: 'rule', resourceName: 'StepFunctionsGetEventsForStepFunctionsExecutionRule' })],
        }),
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [recordFailure.function.functionArn] }),
      ],
    });
    const reasons = {
      execution: 'Executions of the Express stages machine only: their names are chosen at run time (the document id), so DescribeExecution/StopExecution for startExecution.sync cannot name them in advance.',
      express: 'Express executions of the stages machine only (ARN form ...:express:<machine>:<name>:<id>): their names are chosen at run time, so they cannot be named in advance.',
    } as const;
    Validations.of(this.guard.policy).acknowledge(
      ...(['execution', 'express'] as const).map((resource) => ({
        // The form in which cdk-nag names the resource in the finding id, by cdk-nag's own function.
        id: `AwsSolutions-IAM5[Resource::${flattenCfnReference(stack.resolve(executionsOf(resource)))}]`,
        reason: reasons[resource],
      })),
    );
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
        // Log delivery encrypts what it writes for an encrypted state machine with the same key.
        new PolicyStatement({
          actions: ['kms:GenerateDataKey'],
          resources: [props.dataKey.keyArn],
          conditions: { StringEquals: { 'kms:EncryptionContext:SourceArn': stack.formatArn({ service: 'logs', resource: '*', arnFormat: ArnFormat.COLON_RESOURCE_NAME }) } },
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
      // Every event, but never the execution's input or output: those hold extracted fields of
      // special-category personal data, and logs are read by operators, not case handlers. For the
      // Express machine these logs are the only history there is.
      logs: { destination: this.logGroup, level: LogLevel.ALL, includeExecutionData: false },
      encryptionConfiguration: new CustomerManagedEncryptionConfiguration(props.dataKey),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine.node.addDependency(this.policy);

    Validations.of(this.policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'CloudWatch Logs delivery (CreateLogDelivery etc.) and X-Ray (PutTraceSegments etc.) support no resource-level permissions; Step Functions documents exactly these statements with *.',
    });
  }
}
