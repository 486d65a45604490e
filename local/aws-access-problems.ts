/**
 * What a command that reads a deployed stack says when AWS refuses it: a wrong table or bucket name,
 * a role without the permission, no credentials at all. These are a person's mistakes (one line, exit
 * 2), not the program's; anything else is still thrown as it came.
 */
import { isNotLoggedIn, notLoggedIn } from './aws-credentials-wording.ts';

export interface DeployedNames {
  table: string;
  bucket: string;
}

export function awsAccessProblem(error: unknown, names: DeployedNames): string | null {
  const name = (error as { name?: unknown } | null)?.name;
  switch (name) {
    case 'ResourceNotFoundException':
      return `det finnes ingen tabell ${names.table} i denne kontoen og regionen (--table, eller POSTMOTTAK_TABLE; AWS_REGION sier hvor)`;
    case 'NoSuchBucket':
      return `det finnes ingen bøtte ${names.bucket} (--bucket, eller POSTMOTTAK_DOCUMENT_BUCKET)`;
    case 'AccessDenied':
    case 'AccessDeniedException':
    case 'KMSAccessDeniedException':
      return `AWS nektet lesingen (${name}): å lese eksempler krever dynamodb:Query og GetItem på ${names.table}, s3:GetObject på ${names.bucket} og kms:Decrypt på begges nøkler`;
    default:
      return isNotLoggedIn(error) ? notLoggedIn : null;
  }
}
