import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import { BackupPlan, BackupPlanRule, BackupResource, BackupVault } from 'aws-cdk-lib/aws-backup';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption, type Attribute } from 'aws-cdk-lib/aws-dynamodb';
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
 * daily backup, protected from deletion, and a stream of every change for downstream systems.
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
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Every change, old and new image, for downstream systems (and the events they will subscribe to).
      stream: StreamViewType.NEW_AND_OLD_IMAGES,
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
    const vault = new BackupVault(this, 'Vault', { encryptionKey: props.key, removalPolicy: RemovalPolicy.RETAIN });
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
