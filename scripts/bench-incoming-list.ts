/**
 * What a re-run's lookup of one file costs as the data dir grows: `npx tsx scripts/bench-incoming-list.ts
 * [--sizes 100,1000,4000] [--lookups 30]`. The re-run (local/interrupted-uploads.ts) lists
 * `incoming/<digest>-` for every file it is handed; the embedded S3 server (s3rver 3.7.1, its newest
 * release) answers a LIST by walking the bucket's directories with readdirSync and statSync, pruned to
 * the directories that can hold the prefix, so one lookup stats every upload directory under incoming/,
 * on the event loop the pipeline shares. Uploads are written as local/intake.ts names them; each size
 * adds to the last. Prints, per size, the median and p95 of one lookup and of the full incoming/ listing,
 * and how many keys a lookup answered outside its prefix (expected 0). Asserts nothing.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { startS3 } from '../local/s3.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-incoming-list', { options: { sizes: { type: 'string', default: '100,1000,4000' }, lookups: { type: 'string', default: '30' } } });
const sizes = values.sizes.split(',').map(Number).sort((a, b) => a - b);
const lookups = Math.max(5, Number(values.lookups));
const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-list-'));
const bucket = 'postmottak-bench';
const server = await startS3({ directory: dir, buckets: [bucket] });
process.env.AWS_ENDPOINT_URL_S3 = server.endpoint;
process.env.AWS_REGION ??= 'eu-north-1';
process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
const { s3Client } = await import('../functions/commons/clients.ts');
const { incomingObjects } = await import('../functions/commons/reconcile.ts');

const digest = (i: number) => createHash('sha256').update(`bench-${i}`).digest('hex').slice(0, 16);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
async function timed(list: () => Promise<number>): Promise<{ ms: number; keys: number }> {
  const start = performance.now();
  const keys = await list();
  return { ms: performance.now() - start, keys };
}
async function listed(prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const { key } of incomingObjects(bucket, prefix)) keys.push(key);
  return keys;
}

try {
  let written = 0;
  console.log('uploads under incoming/ | one file\'s lookup: median (p95) ms | keys outside its prefix | whole incoming/ listing: median ms');
  for (const size of sizes) {
    for (; written < size; written++) {
      const key = `incoming/${digest(written)}-${randomUUID().slice(0, 8)}/brev-${written}.pdf`;
      await s3Client().send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: `%PDF-1.4 bench ${written}` }));
    }
    const one: number[] = [];
    let outside = 0;
    for (let n = 0; n < lookups; n++) {
      const prefix = `incoming/${digest((n * 7919) % size)}-`;
      const run = await timed(async () => {
        const keys = await listed(prefix);
        outside += keys.filter((k) => !k.startsWith(prefix)).length;
        return keys.length;
      });
      one.push(run.ms);
    }
    const whole: number[] = [];
    for (let n = 0; n < 5; n++) whole.push((await timed(async () => (await listed('incoming/')).length)).ms);
    console.log(`${size} | ${quantile(one, 0.5).toFixed(1)} (${quantile(one, 0.95).toFixed(1)}) | ${outside} | ${quantile(whole, 0.5).toFixed(0)}`);
  }
} finally {
  s3Client().destroy();
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
