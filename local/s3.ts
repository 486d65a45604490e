import { mkdir } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import S3rver from 's3rver';

export interface LocalServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * An S3 server on loopback (s3rver) that keeps its objects under `directory`, so a later CLI call
 * sees the documents of an earlier one. Buckets are created at start. `thread`: on a worker thread of
 * its own (the embedded stack's choice, as for DynamoDB in dynamodb.ts): its work per request (koa,
 * the signature check, two reads of bucket settings, the object and metadata files) was the largest
 * part of a document's upload, all on the pipeline's event loop.
 */
export async function startS3(options: { directory: string; buckets: string[]; thread?: boolean }): Promise<LocalServer> {
  await mkdir(options.directory, { recursive: true });
  if (options.thread) return startS3Thread(options.directory, options.buckets);
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: options.directory,
    silent: true,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return { endpoint: `http://127.0.0.1:${port}`, stop: () => server.close() };
}

async function startS3Thread(directory: string, buckets: string[]): Promise<LocalServer> {
  const worker = new Worker(new URL('./s3rver-thread.mjs', import.meta.url), { workerData: { directory, buckets } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { port?: number; error?: string }) => (message.port ? resolve(message.port) : reject(new Error(`s3rver did not start: ${message.error}`))));
  });
  // The thread keeps no process alive on its own: a CLI command that ends does not wait for it.
  worker.unref();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      const stopped = new Promise<{ error?: string }>((resolve) => worker.once('message', resolve));
      // Held open until the server has closed, so no write is cut off.
      worker.ref();
      worker.postMessage('stop');
      const answer: { error?: string } = await Promise.race([stopped, exited.then(() => ({}))]);
      await exited;
      if (answer.error) throw new Error(answer.error);
    },
  };
}
