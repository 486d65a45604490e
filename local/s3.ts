import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { Server } from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import S3rver from 's3rver';

export interface LocalServer {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** How long `stop` waits for the object writes under way (a page text's PUT takes milliseconds). */
const STOP_WAIT_MS = 10_000;

/**
 * An S3 server on loopback (s3rver) that keeps its objects under `directory`, so a later CLI call
 * sees the documents of an earlier one. Buckets are created at start.
 */
export async function startS3(options: { directory: string; buckets: string[]; /** Test hook: the wait of `stop` for writes under way (ms). */ stopWaitMs?: number }): Promise<LocalServer> {
  await mkdir(options.directory, { recursive: true });
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory: options.directory,
    silent: true,
    configureBuckets: options.buckets.map((name) => ({ name })),
  });
  const writing = mendStore((server as unknown as { store: FilesystemStore }).store);
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async stop() {
      // A write under way is finished first: its object and metadata files are then whole on disk. An
      // upload a browser stalls (a presigned PUT through serve) does not hold the shutdown for ever.
      const bound = new Promise<void>((resolve) => setTimeout(resolve, options.stopWaitMs ?? STOP_WAIT_MS).unref());
      const written = (async () => {
        while (writing.size > 0) await Promise.allSettled(writing);
      })();
      await Promise.race([written, bound]);
      // close() alone waits for every open connection, a stalled upload's too (up to Node's requestTimeout).
      (server as unknown as { httpServer?: Server }).httpServer?.closeAllConnections();
      await server.close();
    },
  };
}

/** The part of s3rver 3.7.1's FilesystemStore (not in its typings) mended below. */
interface FilesystemStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: unknown, md5: string): Promise<void>;
  putObject(object: { bucket: string; key: string; content: Buffer | NodeJS.ReadableStream; metadata: unknown }): Promise<{ size: number; md5: string }>;
  getSubresource(bucket: string, key: string | undefined, type: string): Promise<unknown>;
  getBucket(bucket: string): Promise<unknown>;
  listObjects(bucket: string, options: { maxKeys?: number } & Record<string, unknown>): Promise<unknown>;
}

/** Mends the store; answers the writes (object and metadata files) under way, for `stop`. */
function mendStore(store: FilesystemStore): Set<Promise<unknown>> {
  const writing = new Set<Promise<unknown>>();
  // s3rver answers a PUT once its checksum stream has seen the body, before the file stream has written
  // it: a GET right after (Classify reading the page text ExtractPage just stored) could find no object
  // or half of one (NoSuchKey, a SyntaxError in JSON.parse, a truncated PDF rejected) under load. Here
  // a PUT is answered only once the object's file is written, as S3 answers only once it is durable.
  store.putObject = (object) => {
    const write = putWhole(object);
    writing.add(write);
    void write.then(
      () => writing.delete(write),
      () => writing.delete(write),
    );
    return write;
  };
  const putWhole: FilesystemStore['putObject'] = async (object) => {
    const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(path.dirname(objectPath), { recursive: true });
    const md5 = createHash('md5');
    let size = 0;
    const counted = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        md5.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    await pipeline(Buffer.isBuffer(object.content) ? Readable.from([object.content]) : object.content, counted, createWriteStream(objectPath));
    const digest = md5.digest('hex');
    await store.putMetadata(object.bucket, object.key, object.metadata, digest);
    return { size, md5: digest };
  };

  // Every request reads the bucket's settings (CORS, website) and checks that the bucket exists, each an
  // fs call on the thread pool: three of the ~six file operations of a small PUT. They change only
  // through the store itself, so they are kept in memory and forgotten whenever the store writes one.
  const remembered = new Map<string, Promise<unknown>>();
  const remember = (id: string, read: () => Promise<unknown>, keepEmpty: boolean): Promise<unknown> => {
    let answer = remembered.get(id);
    if (!answer) {
      answer = read().then(
        (value) => {
          if (!value && !keepEmpty) remembered.delete(id);
          return value;
        },
        (error: unknown) => {
          remembered.delete(id);
          throw error;
        },
      );
      remembered.set(id, answer);
    }
    return answer;
  };
  // A LIST of more than 1000 keys came back as a 500 (InternalError): s3rver makes the continuation
  // token with DES, which OpenSSL 3 (Node 17 and later) refuses (ERR_OSSL_EVP_UNSUPPORTED; s3rver issue
  // #818, and 3.7.1 is its last release). So `reconcile` of a data dir with over 1000 uploads failed.
  // The page size S3 caps at 1000 is lifted here: the whole listing comes in one page, and no token is
  // made. A smaller max-keys a caller asks for is kept (none of ours pages with one locally).
  const listObjects = store.listObjects.bind(store);
  store.listObjects = (bucket, options) => listObjects(bucket, { ...options, maxKeys: options.maxKeys === undefined || options.maxKeys >= 1000 ? Number.POSITIVE_INFINITY : options.maxKeys });

  const getSubresource = store.getSubresource.bind(store);
  store.getSubresource = (bucket, key, type) => (key === undefined ? remember(`settings\0${bucket}\0${type}`, () => getSubresource(bucket, key, type), true) : getSubresource(bucket, key, type));
  const getBucket = store.getBucket.bind(store);
  store.getBucket = (bucket) => remember(`bucket\0${bucket}`, () => getBucket(bucket), false);
  const writers = store as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const method of ['putSubresource', 'deleteSubresource', 'putBucket', 'deleteBucket', 'reset']) {
    const original = writers[method]!.bind(store);
    writers[method] = (...args: unknown[]) => {
      remembered.clear();
      const out = original(...args);
      return out instanceof Promise ? out.finally(() => remembered.clear()) : out;
    };
  }
  return writing;
}
