// A stand-in for the Lambda Node.js runtime, run as an unprivileged user with the function's asset
// folder as its working directory: it imports the bundle named by _HANDLER from LAMBDA_TASK_ROOT
// (top-level code is the init phase), then runs one invocation per IPC message, as Lambda does, and
// answers with the result or the error's name and message (what Step Functions matches Retry and
// Catch on). Plain JavaScript: it runs without tsx, like the bundle itself.
import { accessSync, constants, rmSync, writeFileSync } from 'node:fs';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const taskRoot = process.env.LAMBDA_TASK_ROOT;
const [file, exportName] = (process.env._HANDLER ?? '').split('.');

function writable(dir) {
  try {
    accessSync(dir, constants.W_OK);
    const probe = path.join(dir, `.probe-${randomUUID()}`);
    writeFileSync(probe, 'x');
    rmSync(probe);
    return true;
  } catch {
    return false;
  }
}

const codeWritable = writable(taskRoot);
const tmpWritable = writable('/tmp');
const started = performance.now();
let handler;
try {
  const module = await import(pathToFileURL(path.join(taskRoot, `${file}.mjs`)).href);
  handler = module[exportName];
  if (typeof handler !== 'function') throw new Error(`${file}.mjs exports no function ${exportName}`);
} catch (error) {
  process.send({ type: 'init-error', error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  process.exit(1);
}
process.send({ type: 'ready', codeWritable, tmpWritable, initMs: performance.now() - started });

process.on('message', async (message) => {
  process.env._X_AMZN_TRACE_ID = `Root=1-${Math.floor(Date.now() / 1000).toString(16)}-${randomBytes(12).toString('hex')};Parent=${randomBytes(8).toString('hex')};Sampled=0`;
  const deadline = Date.now() + message.timeoutMs;
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: process.env.AWS_LAMBDA_FUNCTION_NAME,
    functionVersion: process.env.AWS_LAMBDA_FUNCTION_VERSION,
    invokedFunctionArn: message.functionArn,
    memoryLimitInMB: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    awsRequestId: randomUUID(),
    logGroupName: process.env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: process.env.AWS_LAMBDA_LOG_STREAM_NAME,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
  try {
    const result = await handler(message.event, context);
    process.send({ type: 'result', id: message.id, result: result === undefined ? null : result });
  } catch (error) {
    process.send({ type: 'error', id: message.id, error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) } });
  }
});
