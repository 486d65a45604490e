import { Duration, Fn, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import { stackUniqueSuffix } from './unique-names.ts';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
import { Schedule } from 'aws-cdk-lib/aws-events';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { KeyAttribute, TableDefinition } from '../../functions/commons/store/table-definition.ts';

export interface CaseTableProps {
  /** functions/commons/store/table-definition.ts: the same keys and indexes the embedded runtime creates. */
  readonly definition: TableDefinition;
  readonly key: IKey;
}

const attribute = (key: KeyAttribute): Attribute => ({ name: key.name, type: { S: AttributeType.STRING }[key.type] });

/**
 * The case register: cases, journal entries, deadlines, queue items and the review queue in one
 * table. On-demand (intake comes in bursts), encrypted with the data key, point-in-time recovery and a
 * daily backup, protected from deletion.
 */
export class CaseTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: CaseTableProps) {
    super(scope, id);
    const { definition } = props;
    if (definition.billingMode !== 'PAY_PER_REQUEST') throw new Error('the case table is on-demand: intake comes in bursts');

    this.table = new Table(this, 'Table', {
      partitionKey: attribute(definition.partitionKey),
      sortKey: attribute(definition.sortKey),
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // No stream: downstream systems get postmottak's events on the EventBridge bus, published by the
      // stages themselves; a stream nobody reads would only keep every change, with old and new images
      // of personal data, for 24 hours more.
    });
    for (const index of definition.globalSecondaryIndexes) {
      const { projection } = index;
      this.table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
        ...(projection.type === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projection.nonKeyAttributes] }
          : { projectionType: projection.type === 'ALL' ? ProjectionType.ALL : ProjectionType.KEYS_ONLY }),
      });
    }

    // PITR covers 35 days; the register of an appeals body must outlive an undetected mistake longer.
    // A vault must be named; a retained one outlives its stack, so the name carries the stack's own id.
    const vault = new BackupVault(this, 'Vault', { backupVaultName: Fn.join('-', ['postmottak-register', stackUniqueSuffix(Stack.of(this))]), encryptionKey: props.key, removalPolicy: RemovalPolicy.RETAIN });
    const plan = new BackupPlan(this, 'Plan', { backupVault: vault });
    plan.addRule(new BackupPlanRule({ ruleName: 'daily', scheduleExpression: Schedule.cron({ hour: '2', minute: '0' }), deleteAfter: Duration.days(35) }));
    plan.addRule(new BackupPlanRule({ ruleName: 'monthly', scheduleExpression: Schedule.cron({ day: '1', hour: '3', minute: '0' }), deleteAfter: Duration.days(366) }));
    const selection = plan.addSelection('Table', { resources: [BackupResource.fromDynamoDbTable(this.table)] });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason: 'AWS Backup needs its service-role policy to take and restore backups; AWS maintains it as the service changes.',
    });
  }
}
