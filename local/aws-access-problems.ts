/**
 * What a command that reads a deployed stack says when AWS refuses it: a wrong table or bucket name,
 * a role without the permission, no credentials at all. These are a person's mistakes (one line, exit
 * 2), not the program's; anything else is still thrown as it came.
 */
export interface DeployedNames {
  table: string;
  bucket: string;
}

export function awsAccessProblem(error: unknown, names: DeployedNames): string | null {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'ResourceNotFoundException':
      return `there is no table ${names.table} in this account and region (--table, or POSTMOTTAK_TABLE; AWS_REGION says where)`;
    case 'NoSuchBucket':
      return `there is no bucket ${names.bucket} (--bucket, or POSTMOTTAK_DOCUMENT_BUCKET)`;
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'KMSAccessDeniedException':
      return `AWS refused the read (${name}): reading examples needs dynamodb:Query and GetItem on ${names.table}, s3:GetObject on ${names.bucket}, and kms:Decrypt on both their keys`;
    case 'CredentialsProviderError':
      return 'no AWS credentials found: sign in (e.g. aws sso login, or AWS_PROFILE) and run the command again';
    default:
      return null;
  }
}
