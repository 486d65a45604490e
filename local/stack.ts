import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { startS3, type LocalServer } from './s3.ts';
import { startDynamoDb } from './dynamodb.ts';
import { resetClients, documentClient } from '../functions/commons/clients.ts';
import { ensureTable } from '../functions/commons/store/table-definition.ts';
import { checkedIdHashKey } from './id-hash-key-check.ts';
import { checkedNationalIdKey } from './national-id-key-check.ts';

/**
 * The embedded stack: a loopback S3 server and a loopback DynamoDB server whose state lives in
 * `dataDir`, and the environment the handlers read in AWS (bucket, table, endpoints), so the same
 * handlers with the same AWS SDK clients run against them.
 */
export const localBucket = 'postmottak-documents';
export const localTable = 'postmottak';

export interface LocalStack {
  readonly dataDir: string;
  readonly bucket: string;
  stop(): Promise<void>;
}

/** The keyed-hash secret for national ids: made once per data directory, never printed; null when the file is missing. */
async function readIdHashKey(file: string): Promise<string | null> {
  try {
    return (await readFile(file, 'utf8')).trim() || null;
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

async function makeIdHashKey(file: string): Promise<string> {
  const key = randomBytes(32).toString('base64');
  // 'wx': never overwrite a key file another process has just written.
  await writeFile(file, key + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * `whileStarting`: main-thread work the caller will need (the classifier model's parse), run while the
 * DynamoDB server's thread boots on the other core rather than after the stack is up.
 */
export async function startLocalStack(options: { dataDir: string; verbose?: boolean; whileStarting?: () => void }): Promise<LocalStack> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(dataDir, { recursive: true });
  const servers: LocalServer[] = [];
  try {
    servers.push(await startS3({ directory: path.join(dataDir, 's3'), buckets: [localBucket] }));
    const dynamoDbStarting = startDynamoDb({ dataDir: path.join(dataDir, 'dynamodb'), thread: true });
    options.whileStarting?.();
    servers.push(await dynamoDbStarting);
    const [s3, dynamodb] = servers as [LocalServer, LocalServer];

    Object.assign(process.env, {
      AWS_REGION: 'eu-north-1',
      // s3rver checks signatures against its fixed development credentials; DynamoDB's local
      // server accepts any. No real credentials are ever read on this path.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_SESSION_TOKEN: '',
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      AWS_ENDPOINT_URL_DYNAMODB: dynamodb.endpoint,
      DOCUMENT_BUCKET: localBucket,
      TABLE_NAME: localTable,
      POSTMOTTAK_EVENT_LOG: path.join(dataDir, 'events.jsonl'),
      POWERTOOLS_DEV: 'true',
      POWERTOOLS_LOG_LEVEL: options.verbose ? 'DEBUG' : 'WARN',
      POWERTOOLS_METRICS_DISABLED: 'true',
      POWERTOOLS_TRACE_ENABLED: 'false',
      // With tracing off, the X-Ray SDK (loaded by Powertools' tracer) would still put an async hook
      // with destroy tracking on every promise of the process (cls-hooked): ~7% of a text document's
      // CPU here (scripts/bench-pipeline.ts). Manual mode, read when the SDK loads, creates none.
      AWS_XRAY_MANUAL_MODE: 'true',
      // What local-only settings (POSTMOTTAK_FAULTS) check: they are refused anywhere else.
      POSTMOTTAK_LOCAL_STACK: 'true',
    });
    delete process.env.AWS_PROFILE;
    resetClients();
    await ensureTable(documentClient(), localTable);
    // Checked against the table's key check value: a lost key is detected, never silently replaced.
    const keyFile = path.join(dataDir, 'id-hash.key');
    process.env.ID_HASH_KEY = await checkedIdHashKey(documentClient(), localTable, await readIdHashKey(keyFile), () => makeIdHashKey(keyFile));
    process.env.NATIONAL_ID_KEY = await checkedNationalIdKey(documentClient(), localTable, path.join(dataDir, 'national-id.key'));
  } catch (error) {
    await Promise.allSettled(servers.map((s) => s.stop()));
    throw error;
  }

  return {
    dataDir,
    bucket: localBucket,
    async stop() {
      resetClients();
      await Promise.allSettled(servers.map((s) => s.stop()));
    },
  };
}
