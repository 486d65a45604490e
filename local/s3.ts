import { mkdir } from 'node:fs/promises';
import S3rver from 's3rver';

export interface LocalServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/**
 * An S3 server on loopback (s3rver) that keeps its objects under `directory`, so a later CLI call
 * sees the documents of an earlier one. Buckets are created at start.
 */
export async function startS3(options: { directory: string; buckets: string[] }): Promise<LocalServer> {
  await mkdir(options.directory, { recursive: true });
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
