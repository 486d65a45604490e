import type { S3Client } from '@aws-sdk/client-s3';
import { credentialsProblem } from '../aws-credentials-wording.ts';

/**
 * Whether `upload --bucket` can reach AWS at all, asked once before any file is tried: without a
 * region or credentials every file would fail alike, each with the SDK's English. A person's setup
 * mistake: one bokmål line saying what to set (exit 2); credentials that could not be fetched for
 * another reason are named by the SDK's code (../aws-credentials-wording.ts). Null when both are there; whether the bucket
 * exists and the role may write to it is for the first upload to find.
 */
export async function awsUploadProblem(s3: S3Client, bucket: string): Promise<string | null> {
  try {
    await s3.config.region();
  } catch {
    return `--bucket ${bucket}: ingen AWS-region er satt; sett AWS_REGION (for eksempel AWS_REGION=eu-north-1), eller velg en profil med region med AWS_PROFILE; ingenting ble lastet opp`;
  }
  try {
    await s3.config.credentials();
  } catch (error) {
    return `--bucket ${bucket}: ${credentialsProblem(error)}; ingenting ble lastet opp`;
  }
  return null;
}
