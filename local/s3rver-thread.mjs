// s3rver on a thread of its own (local/s3.ts): the embedded S3's request handling (koa, signature
// checks, its per-request reads of bucket settings, the object and metadata files) runs beside the
// pipeline's event loop instead of inside it, as S3 runs beside a Lambda.
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
