import { S3Client } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * AWS clients, built once per process and reused across invocations. In AWS they use the default
 * endpoints; on a laptop local/ sets AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL_DYNAMODB to the loopback
 * servers it started, which the SDK reads itself.
 */
let s3: S3Client | undefined;
let ddb: DynamoDBDocumentClient | undefined;

export function s3Client(): S3Client {
  s3 ??= new S3Client({
    // Path-style addressing for the loopback S3 server (no DNS for bucket subdomains there).
    forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL_S3),
    // The default CRC checksums corrupt streamed bodies on s3rver (MEASURED.md); S3 does not require them.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return s3;
}

export function documentClient(): DynamoDBDocumentClient {
  ddb ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return ddb;
}

/** For the embedded runtime, which points a fresh process at new loopback ports. */
export function resetClients(): void {
  s3?.destroy();
  ddb?.destroy();
  s3 = undefined;
  ddb = undefined;
}
