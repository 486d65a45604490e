// s3rver on a thread of its own (local/s3.ts): the embedded S3's request handling (koa, signature
// checks, its per-request reads of bucket settings, the object and metadata files) runs beside the
// pipeline's event loop instead of inside it, as S3 runs beside a Lambda.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parentPort, workerData } from 'node:worker_threads';
import S3rver from 's3rver';

const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  directory: workerData.directory,
  silent: true,
  configureBuckets: workerData.buckets.map((name) => ({ name })),
});

// Every request reads the bucket's settings (CORS, website) and checks that the bucket exists, each an
// fs call on the thread pool: three of the ~six file operations of a small PUT. They change only through
// the store itself, so they are kept here and forgotten whenever the store writes or deletes one.
const store = server.store;
const remembered = new Map();
const remember = (id, read) => {
  if (!remembered.has(id)) {
    remembered.set(
      id,
      read().then((value) => {
        if (!value && id.startsWith('bucket')) remembered.delete(id);
        return value;
      }, (error) => {
        remembered.delete(id);
        throw error;
      }),
    );
  }
  return remembered.get(id);
};
const getSubresource = store.getSubresource.bind(store);
store.getSubresource = (bucket, key, type) => (key === undefined ? remember(`settings\0${bucket}\0${type}`, () => getSubresource(bucket, key, type)) : getSubresource(bucket, key, type));
const getBucket = store.getBucket.bind(store);
store.getBucket = (bucket) => remember(`bucket\0${bucket}`, () => getBucket(bucket));
for (const method of ['putSubresource', 'deleteSubresource', 'putBucket', 'deleteBucket', 'reset']) {
  const original = store[method].bind(store);
  store[method] = (...args) => {
    remembered.clear();
    const out = original(...args);
    return out instanceof Promise ? out.finally(() => remembered.clear()) : out;
  };
}

// s3rver 3.7.1 answers a PUT once its checksum stream has seen the body, before the file stream has
// written it: a GET right after (Classify reading the page text ExtractPage just stored) could find no
// object or half of one (NoSuchKey, a SyntaxError in JSON.parse, a truncated PDF rejected) under load.
// Here a PUT is answered only once the object's file is written, as S3 answers only once it is durable.
store.putObject = async (object) => {
  const objectPath = store.getResourcePath(object.bucket, object.key, 'object');
  await mkdir(path.dirname(objectPath), { recursive: true });
  const md5 = createHash('md5');
  let size = 0;
  const counted = new Transform({
    transform(chunk, _encoding, callback) {
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

server.run().then(
  ({ port }) => parentPort.postMessage({ port }),
  (error) => parentPort.postMessage({ error: error.message }),
);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  server.close().then(
    () => {
      parentPort.postMessage({ stopped: true });
      parentPort.close();
    },
    (error) => {
      parentPort.postMessage({ stopped: true, error: error.message });
      parentPort.close();
    },
  );
});
