// dynalite on a thread of its own (local/dynamodb.ts): the embedded DynamoDB's request parsing and
// LevelDB work run beside the service's event loop instead of inside it, as DynamoDB runs beside a Lambda.
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';

const require = createRequire(import.meta.url);
const dynalite = require('dynalite');

// Table creation is instant (createTableMs 0) so ensureTable does not wait on an emulated delay.
const server = dynalite({ path: workerData.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
server.once('error', (error) => parentPort.postMessage({ error: error.message }));
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  server.close((error) => {
    parentPort.postMessage({ stopped: true, error: error?.message });
    parentPort.close();
  });
});
