import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { BlockPublicAccess, Bucket, BucketEncryption, type CfnBucket, ObjectOwnership, StorageClass } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

export interface DocumentStoreProps {
  readonly key: IKey;
  readonly artefactRetentionDays: number;
  readonly quarantineRetentionDays: number;
  readonly accessLogRetentionDays: number;
}

/** Prefixes of the document bucket; the functions' grants and the lifecycle rules name them from here. */
export const prefixes = {
  /** Originals as the mailroom uploaded them. Never expired. */
  incoming: 'incoming/',
  /** Per-document artefacts: page text, OCR word boxes, page images. */
  documents: 'documents/',
  /** Rejected files, kept for the mailroom with the reason. */
  quarantine: 'quarantine/',
  /** Letters postmottak writes (PDF/A), journaled as outgoing entries. Archive records: never expired here. */
  outbox: 'outbox/',
} as const;

/**
 * The document bucket: medical declarations are special-category personal data, so nothing in it is
 * public, unencrypted or reachable without TLS, every request is logged to a separate bucket, and a
 * deleted or overwritten original survives as a noncurrent version.
 */
export class DocumentStore extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: DocumentStoreProps) {
    super(scope, id);

    this.accessLogs = new Bucket(this, 'AccessLogs', {
      // S3 server access logging delivers only to buckets encrypted with S3-managed keys.
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-access-logs',
          expiration: Duration.days(props.accessLogRetentionDays),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
    });
    Validations.of(this.accessLogs).acknowledge(
      { id: 'AwsSolutions-S1', reason: 'This is the access-log bucket itself; logging its own requests into itself would loop.' },
      { id: 'HIPAA.Security-S3BucketLoggingEnabled', reason: 'This is the access-log bucket itself; logging its own requests into itself would loop.' },
      { id: 'HIPAA.Security-S3DefaultEncryptionKMS', reason: 'S3 server access logging can only deliver to a bucket encrypted with S3-managed keys (SSE-S3); it holds request records, not documents.' },
      { id: 'HIPAA.Security-S3BucketReplicationEnabled', reason: 'Access logs are an audit aid with a retention period; losing a region loses the service they audit too. The document bucket decides replication.' },
    );

    this.bucket = new Bucket(this, 'Documents', {
      encryption: BucketEncryption.KMS,
      encryptionKey: props.key,
      // One data key per bucket instead of one KMS call per object: the same protection, ~99% fewer KMS requests.
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'documents-bucket/',
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [
        {
          id: 'expire-ocr-artefacts',
          prefix: prefixes.documents,
          expiration: Duration.days(props.artefactRetentionDays),
          noncurrentVersionExpiration: Duration.days(1),
        },
        {
          id: 'expire-quarantine',
          prefix: prefixes.quarantine,
          expiration: Duration.days(props.quarantineRetentionDays),
          noncurrentVersionExpiration: Duration.days(1),
        },
        {
          // Originals do not expire. Replaced or deleted versions are kept long enough to undo a mistake,
          // in the infrequent-access class because nobody reads them unless something went wrong.
          id: 'originals-keep-noncurrent-versions',
          prefix: prefixes.incoming,
          noncurrentVersionTransitions: [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) }],
          noncurrentVersionExpiration: Duration.days(365),
        },
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
    });
    // EventBridge delivery set on the bucket itself. The L2 `eventBridgeEnabled` does the same through a
    // custom-resource Lambda (Python, with its own role and wildcard policy); this needs none.
    (this.bucket.node.defaultChild as CfnBucket).notificationConfiguration = {
      eventBridgeConfiguration: { eventBridgeEnabled: true },
    };
    Validations.of(this.bucket).acknowledge({
      id: 'HIPAA.Security-S3BucketReplicationEnabled',
      reason:
        'Durability comes from S3 (11 nines across AZs), versioning and a retained bucket. Cross-region replication of health data is a data-residency decision (there is no second AWS region in Norway) left to the operator; add a replication rule when one is chosen.',
    });
  }
}
