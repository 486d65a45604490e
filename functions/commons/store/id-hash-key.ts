import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/**
 * The key of the national-id hashes. On a laptop the embedded runtime sets ID_HASH_KEY (a random key
 * kept in the data directory); in AWS the function gets ID_HASH_KEY_SECRET_ARN and reads the secret
 * once per process. The key is never logged.
 */
let cached: Promise<string> | undefined;

export function idHashKey(): Promise<string> {
  const direct = process.env.ID_HASH_KEY;
  if (direct) return Promise.resolve(direct);
  cached ??= (async () => {
    const arn = process.env.ID_HASH_KEY_SECRET_ARN;
    if (!arn) throw new Error('neither ID_HASH_KEY nor ID_HASH_KEY_SECRET_ARN is set');
    const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: arn }));
    if (!out.SecretString) throw new Error('the national-id hash key secret has no string value');
    return out.SecretString;
  })().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}
