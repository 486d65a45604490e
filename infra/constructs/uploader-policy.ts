import { Stack, Validations } from 'aws-cdk-lib';
import { ManagedPolicy, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { nagName } from './pipeline-function.ts';

export interface UploaderPolicyProps {
  readonly bucket: IBucket;
  /** The bucket's SSE-KMS key. */
  readonly key: IKey;
  /** incoming/: what the mailroom may write, and all it may see. */
  readonly prefix: string;
}

/**
 * What the mailroom's scanner (`postmottak upload --bucket`, or the scanner's own S3 client) needs,
 * as a managed policy the operator attaches to that user or role: put originals under incoming/ and
 * list that prefix (the upload looks for the same bytes there first), nothing else — it never reads an
 * original back. The bucket is SSE-KMS, so S3 asks KMS on the uploader's behalf: a data key for each
 * object, and Decrypt of it to complete a multipart upload (lib-storage sends a file over 8 MB in
 * parts); only through S3 (`kms:ViaService`), so the key cannot be used outside it.
 */
export class UploaderPolicy extends Construct {
  readonly policy: ManagedPolicy;

  constructor(scope: Construct, id: string, props: UploaderPolicyProps) {
    super(scope, id);
    const objects = props.bucket.arnForObjects(`${props.prefix}*`);
    this.policy = new ManagedPolicy(this, 'Policy', {
      description: "postmottak: the mailroom's uploads to incoming/ of the document bucket (attach to the scanner's user or role)",
      statements: [
        // AbortMultipartUpload: lib-storage cancels a failed multipart upload instead of leaving its parts.
        new PolicyStatement({ sid: 'PutOriginals', actions: ['s3:PutObject', 's3:AbortMultipartUpload'], resources: [objects] }),
        new PolicyStatement({ sid: 'ListIncoming', actions: ['s3:ListBucket'], resources: [props.bucket.bucketArn], conditions: { StringLike: { 's3:prefix': `${props.prefix}*` } } }),
        new PolicyStatement({
          sid: 'EncryptThroughS3',
          actions: ['kms:GenerateDataKey', 'kms:Encrypt', 'kms:Decrypt'],
          resources: [props.key.keyArn],
          conditions: { StringEquals: { 'kms:ViaService': `s3.${Stack.of(this).region}.amazonaws.com` } },
        }),
      ],
    });
    Validations.of(this.policy).acknowledge({
      id: `AwsSolutions-IAM5[Resource::${nagName(this, objects)}]`,
      reason: `Uploads are new objects under ${props.prefix}, whose keys (the content's hash and the file name) are not known in advance; nothing outside that prefix.`,
    });
  }
}

