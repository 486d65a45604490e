import { RemovalPolicy, Validations } from 'aws-cdk-lib';
import { AttributeType, BillingMode, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';
import type { PipelineFunction } from './pipeline-function.ts';

export interface IdempotencyTableProps {
  readonly key: IKey;
}

/**
 * start-intake's start records (functions/start-intake/idempotent-start.ts, Powertools idempotency):
 * one item per upload, keyed `id` (the function and a hash of the document id), IN_PROGRESS then
 * COMPLETED, removed by TTL on `expiration` after 15 days. It replaces a Standard execution per
 * document as what makes a repeated S3 event start nothing: two small writes instead of a state transition.
 */
export class IdempotencyTable extends Construct {
  readonly table: Table;

  constructor(scope: Construct, id: string, props: IdempotencyTableProps) {
    super(scope, id);
    this.table = new Table(this, 'Table', {
      partitionKey: { name: 'id', type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiration',
      // Nothing personal is in it (a digest and a status), but every table of the stack uses the data key.
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: props.key,
      // Start records are worth nothing once lost but a second execution of an upload, which the register turns into no second document.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const reason = 'Start records that expire after 15 days: a restore would bring back only which uploads were started, and losing them costs at most a second execution of an upload, which the register recognises as the same document (SPEC.md "Duplicates and re-runs").';
    Validations.of(this.table).acknowledge(
      { id: 'AwsSolutions-DDB3', reason },
      { id: 'HIPAA.Security-DynamoDBPITREnabled', reason },
      { id: 'HIPAA.Security-DynamoDBInBackupPlan', reason },
    );
  }

  /** What Powertools idempotency does with a record: read it, write it conditionally, complete it, delete it on a failed start. */
  grantStartRecords(fn: PipelineFunction): void {
    fn.allow(new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem'], resources: [this.table.tableArn] }));
    fn.allow(new PolicyStatement({ actions: ['kms:Decrypt', 'kms:DescribeKey', 'kms:Encrypt', 'kms:GenerateDataKey'], resources: [this.table.encryptionKey!.keyArn] }));
    fn.function.addEnvironment('IDEMPOTENCY_TABLE', this.table.tableName);
  }
}
