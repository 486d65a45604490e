import { ArnFormat, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { ManagedPolicy, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { CustomerManagedEncryptionConfiguration, DefinitionBody, LogLevel, StateMachine, StateMachineType } from 'aws-cdk-lib/aws-stepfunctions';
import { Construct } from 'constructs';
import { intakeAslPath, placeholdersIn, readIntakeAsl } from '../asl.ts';
import { retentionDays, type PipelineFunction } from './pipeline-function.ts';

export interface IntakeStateMachineProps {
  /** One function per `${...}` placeholder of the ASL file, keyed by the placeholder's name. */
  readonly tasks: Readonly<Record<string, PipelineFunction>>;
  readonly dataKey: IKey;
  readonly logKey: IKey;
  readonly logRetentionDays: number;
}

/**
 * statemachines/intake.asl.json as it is, with each task's `${...FunctionArn}` replaced by its
 * function's ARN: the same file the embedded runtime runs. A Standard workflow, because a document
 * may wait for an archivist for days and every step must be in the execution history exactly once.
 */
export class IntakeStateMachine extends Construct {
  readonly stateMachine: StateMachine;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: IntakeStateMachineProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const placeholders = placeholdersIn(readIntakeAsl());
    const missing = placeholders.filter((p) => !props.tasks[p]);
    const unused = Object.keys(props.tasks).filter((p) => !placeholders.includes(p));
    if (missing.length || unused.length) {
      throw new Error(`the ASL placeholders and the functions disagree: no function for [${missing.join(', ')}], no placeholder for [${unused.join(', ')}]`);
    }

    this.logGroup = new LogGroup(this, 'Logs', {
      encryptionKey: props.logKey,
      retention: retentionDays(props.logRetentionDays),
      removalPolicy: RemovalPolicy.RETAIN,
      // Vended logs from Step Functions must go to a group under /aws/vendedlogs/ to avoid the
      // resource-policy size limit that many state machines would otherwise hit.
      logGroupName: `/aws/vendedlogs/states/${stack.stackName}-intake`,
    });

    const role = new Role(this, 'Role', { assumedBy: new ServicePrincipal('states.amazonaws.com'), description: 'postmottak intake state machine' });
    const functions = Object.values(props.tasks).map((t) => t.function);
    const policy = new ManagedPolicy(this, 'Policy', {
      roles: [role],
      statements: [
        new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: functions.map((f) => f.functionArn) }),
        // Execution history is encrypted with the data key (it holds extracted fields).
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
      definitionBody: DefinitionBody.fromFile(intakeAslPath),
      definitionSubstitutions: Object.fromEntries(Object.entries(props.tasks).map(([placeholder, task]) => [placeholder, task.function.functionArn])),
      stateMachineType: StateMachineType.STANDARD,
      // Passed without policy updates: every permission is in the policy above, none added behind it.
      role: role.withoutPolicyUpdates(),
      tracingEnabled: true,
      // Every event, but never the execution's input or output: those hold extracted fields of
      // special-category personal data, and logs are read by operators, not case handlers.
      logs: { destination: this.logGroup, level: LogLevel.ALL, includeExecutionData: false },
      encryptionConfiguration: new CustomerManagedEncryptionConfiguration(props.dataKey),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.stateMachine.node.addDependency(policy);

    Validations.of(policy).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'CloudWatch Logs delivery (CreateLogDelivery etc.) and X-Ray (PutTraceSegments etc.) support no resource-level permissions; Step Functions documents exactly these statements with *.',
    });
  }
}
