import { Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { ServicePrincipal, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

/**
 * Customer-managed keys, rotated yearly. Two, so that who may read documents and who may read
 * operational logs are separate decisions: `data` encrypts everything that holds personal data
 * (documents, the case table, queues with events naming documents, the id-hash secret, execution
 * history); `operations` encrypts log groups and the alarm topic. A third, `nationalIds`, wraps the
 * data keys of the national ids sealed on document items: every function that reads the table may
 * decrypt with `data`, but only those that seal or show national ids may use this one.
 */
export class EncryptionKeys extends Construct {
  readonly data: Key;
  readonly operations: Key;
  /** Wraps the data keys of the national ids sealed on document items; used only under their encryption context. */
  readonly nationalIds: Key;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    const { region, account } = Stack.of(this);

    this.data = new Key(this, 'DataKey', {
      description: 'postmottak: documents, case table, intake queues, id-hash secret, execution history',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.nationalIds = new Key(this, 'NationalIdKey', {
      description: 'postmottak: wraps the data keys of national ids sealed on document and review items',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      // Losing it makes every sealed copy unreadable (the keyed hashes for lookup stay usable).
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.operations = new Key(this, 'OperationsKey', {
      description: 'postmottak: CloudWatch log groups and the alarm topic',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // CloudWatch Logs encrypts log groups with the key only when its key policy lets the service do so,
    // and only for this account's log groups in this region.
    this.operations.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal(`logs.${region}.amazonaws.com`)],
        actions: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncryptFrom', 'kms:ReEncryptTo', 'kms:GenerateDataKey', 'kms:GenerateDataKeyWithoutPlaintext', 'kms:DescribeKey'],
        resources: ['*'],
        conditions: { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': `arn:aws:logs:${region}:${account}:log-group:*` } },
      }),
    );
    // CloudWatch alarms publish to the encrypted alarm topic.
    this.operations.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': account } },
      }),
    );
  }
}
