/**
 * npm run bench:api [-- --cases 10000 --review 1000 --connections 1,10 --seconds 10]
 *
 * The API as `serve` runs it (the same app, the embedded stack on dynalite, bearer tokens), loaded
 * over loopback from a second process by autocannon. Seeds routed cases across the areas (with their
 * deadlines) and documents waiting in review through the store's own writes, then reports p50/p99
 * latency and requests per second for: a queue page of 50, a case read, the review list (50) and one
 * review item. Target on a 2-core machine: p99 under 50 ms for the queue page and the case read;
 * the review list and item under 100 ms. Each row carries the 1-minute load average when it ended
 * (the machine is shared).
 *
 * Units per request: dynalite returns no ConsumedCapacity, so the same seeding (smaller) goes into
 * DynamoDB Local (AWS's emulator, which does: needs Java) and each request kind is sent 20 times
 * through the same app with every DynamoDB call metered (ReturnConsumedCapacity INDEXES). `--units 0`
 * skips it. README "The API on AWS" prices these units.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { Classification } from '../schemas/pipeline.ts';
import { openLocalRuntime } from '../local/service-runtime.ts';
import { buildApp } from '../service/app.ts';
import { ensureStarterTokens, localTokenAuthenticator } from '../service/auth/local-tokens.ts';
import { allocateCase } from '../functions/commons/store/cases.ts';
import { placeNewCase } from '../functions/commons/store/queues.ts';
import { changeDeadlines } from '../functions/commons/store/deadlines.ts';
import { recordReview } from '../functions/commons/store/documents.ts';
import { CapacityMeter, type Db } from '../functions/commons/store/db.ts';
import { createTable } from '../functions/commons/store/table-definition.ts';
import { dynamoAccessLog } from '../functions/commons/store/access-log.ts';
import { startDynamoDb } from '../local/dynamodb.ts';
import type { PostmottakConfig } from '../schemas/config.ts';
import { addDays } from '../domain/calendar.ts';
import { seededRandom } from '../domain/seeded-random.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-api', {
  options: {
    cases: { type: 'string', default: '10000' },
    review: { type: 'string', default: '1000' },
    connections: { type: 'string', default: '1,10' },
    seconds: { type: 'string', default: '10' },
    units: { type: 'string', default: '600' },
  },
});
const totalCases = Number(values.cases);
const totalReview = Number(values.review);
const random = seededRandom(11);
const run = promisify(execFile);

/** Routed cases across the areas (with deadlines, in their unassigned queues) and documents in review, through the store's own writes. */
async function seed(db: Db, config: PostmottakConfig, totalCases: number, totalReview: number): Promise<{ firstCase: string; reviewDoc: string }> {
  const areas = config.areas.map((a) => a.code);
  let firstCase = '';
  // Four writers at a time, one per year, since case numbers are taken one at a time per year.
  const years = [2022, 2023, 2024, 2025];
  await Promise.all(
    years.map(async (year, w) => {
      for (let i = w; i < totalCases; i += years.length) {
        const area = areas[i % areas.length]!;
        const receivedDate = addDays(`${year}-01-01`, Math.floor(random() * 360));
        const keywords = [config.areas.find((a) => a.code === area)!.keywords[0]!, ...(random() < 0.1 ? ['anke'] : [])];
        const { record } = await allocateCase(
          db,
          { title: `Klage – ${area}`, area, archiveCode: 'G', status: 'NY', keywords, receivedDate, references: [], nationalIdHashes: [], createdBy: `doc-bench-${i}`, createdAt: `${receivedDate}T09:00:00Z` },
          { existingMapping: async () => null, recordMapping: async () => {} },
        );
        await changeDeadlines(db, { caseId: record.caseId, area, fresh: true, change: { open: [{ kind: 'preliminary_reply', due: addDays(receivedDate, 30) }, { kind: 'case_processing', due: addDays(receivedDate, 90) }], openedBy: `doc-bench-${i}`, openedOn: receivedDate, close: [] } });
        await placeNewCase(db, { record, queue: `unassigned/${area}`, keywords, priority: keywords.includes('anke') ? 3 : 1, routedAt: `${receivedDate}T09:00:00Z`, routedBy: `doc-bench-${i}` });
        if (i === 0) firstCase = record.caseId;
      }
    }),
  );
  const classification: Classification = {
    documentType: 'correspondence', area: 'medical', language: 'nb', keywords: [], confidence: 0.6, typeConfidence: 0.6,
    fields: { nationalIds: [], caseReferences: ['24/113188'], decisionDate: null, decisionReceivedDate: null },
    reviewReason: null, textSource: 'text_layer', pages: 1, explanation: [{ feature: 'ettersendelse', weight: 1.2 }], modelVersion: 'bench',
  };
  let reviewDoc = '';
  for (let i = 0; i < totalReview; i += 1) {
    const documentId = `doc-bench-review-${String(i).padStart(5, '0')}`;
    const receivedDate = addDays('2025-01-01', i % 300);
    const intake = { bucket: 'postmottak-documents', key: `incoming/${i}/scan.pdf`, etag: `e${i}`, versionId: null, receivedDate, postmarkDate: null };
    await recordReview(db, {
      result: { file: 'scan.pdf', documentId, status: 'review', reason: 'The machine is not sure what this document is.', documentType: 'correspondence', confidence: 0.6, area: 'medical', language: 'nb', pages: 1, textSource: 'text_layer', fields: classification.fields, caseId: null, keywords: [], deadlines: [], closedDeadlines: [], queue: 'review' },
      receivedDate,
      resume: { intake, fileName: 'scan.pdf', pages: [], classification },
      queuedAt: `${receivedDate}T09:00:00Z`,
      overwrite: [],
    });
    if (i === totalReview - 1) reviewDoc = documentId;
  }
  return { firstCase, reviewDoc };
}

/**
 * DynamoDB capacity units per request kind, on DynamoDB Local (which returns ConsumedCapacity; dynalite
 * does not): the same seeding, smaller, and the same app with every call metered.
 */
async function unitsPerRequest(cases: number, review: number): Promise<void> {
  const server = await startDynamoDb({ engine: 'dynamodb-local' });
  try {
    const meter = new CapacityMeter();
    // The runtime's client points at dynalite; this one at DynamoDB Local, same table definition.
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient } = await import('@aws-sdk/lib-dynamodb');
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: server.endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }), { marshallOptions: { removeUndefinedValues: true } });
    const table = 'postmottak-units';
    await createTable(client, table);
    const metered: Db = { client, table, meter };
    const { firstCase, reviewDoc } = await seed(metered, runtime.context.config, cases, review);
    const context = { ...runtime.context, db: metered, accessLog: dynamoAccessLog(metered) };
    const app = await buildApp({ context, authenticator: localTokenAuthenticator(runtime.stack.dataDir), webDir: null });
    const tokens = await ensureStarterTokens(runtime.stack.dataDir);
    const area = runtime.context.config.areas[0]!.code;
    const kinds = [
      { name: 'queue page of 50', role: 'caseworker' as const, url: `/api/v1/queues/unassigned/${area}?limit=50` },
      { name: 'case read', role: 'caseworker' as const, url: `/api/v1/cases/${firstCase}` },
      { name: 'review list (50)', role: 'archivist' as const, url: `/api/v1/review?limit=50` },
      { name: 'review item', role: 'archivist' as const, url: `/api/v1/review/${reviewDoc}` },
    ];
    const times = 20;
    process.stdout.write(`\nDynamoDB units per request (DynamoDB Local, ${cases} cases, ${review} in review, ${times} requests each, ReturnConsumedCapacity INDEXES):\n| request | DynamoDB calls | read units | write units |\n|---|---|---|---|\n`);
    for (const kind of kinds) {
      meter.reset();
      for (let i = 0; i < times; i += 1) {
        const answer = await app.inject({ method: 'GET', url: kind.url, headers: { authorization: `Bearer ${tokens[kind.role]}` } });
        if (answer.statusCode !== 200) throw new Error(`${kind.name}: ${answer.statusCode} ${answer.body.slice(0, 200)}`);
      }
      if (meter.requests > 0 && meter.read + meter.write === 0) process.stdout.write(`| ${kind.name} | ${(meter.requests / times).toFixed(1)} | (no ConsumedCapacity returned) | |\n`);
      else process.stdout.write(`| ${kind.name} | ${(meter.requests / times).toFixed(1)} | ${(meter.read / times).toFixed(2)} | ${(meter.write / times).toFixed(2)} |\n`);
    }
    await app.close();
    client.destroy();
  } finally {
    await server.stop();
  }
}

const dir = await mkdtemp(path.join(tmpdir(), 'postmottak-bench-api-'));
const runtime = await openLocalRuntime({ dataDir: path.join(dir, 'state'), command: 'bench:api' });
try {
  const { config } = runtime.context;
  const areas = config.areas.map((a) => a.code);
  const started = performance.now();
  const { firstCase, reviewDoc } = await seed(runtime.context.db, config, totalCases, totalReview);
  process.stderr.write(`seeded ${totalCases} cases and ${totalReview} documents in review in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);

  const tokens = await ensureStarterTokens(runtime.stack.dataDir);
  const app = await buildApp({ context: runtime.context, authenticator: localTokenAuthenticator(runtime.stack.dataDir), webDir: null });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const autocannon = fileURLToPath(new URL('../node_modules/.bin/autocannon', import.meta.url));

  const scenarios = [
    { name: 'queue page of 50', role: 'caseworker' as const, url: `${base}/api/v1/queues/unassigned/${areas[0]}?limit=50` },
    { name: 'case read', role: 'caseworker' as const, url: `${base}/api/v1/cases/${firstCase}` },
    { name: 'review list (50)', role: 'archivist' as const, url: `${base}/api/v1/review?limit=50` },
    { name: 'review item', role: 'archivist' as const, url: `${base}/api/v1/review/${reviewDoc}` },
  ];
  process.stdout.write(`| request | connections | p50 ms | p99 ms | requests/s | non-2xx | load average (1 min) |\n|---|---|---|---|---|---|---|\n`);
  for (const connections of values.connections!.split(',')) {
    for (const scenario of scenarios) {
      // A second process: autocannon's own CLI, JSON summary on standard output.
      const { stdout } = await run(autocannon, ['-j', '-c', connections, '-d', values.seconds!, '-H', `authorization=Bearer ${tokens[scenario.role]}`, scenario.url], { maxBuffer: 16 * 1024 * 1024 });
      const summary = JSON.parse(stdout) as { latency: { p50: number; p99: number }; requests: { average: number }; non2xx: number };
      process.stdout.write(`| ${scenario.name} | ${connections} | ${summary.latency.p50} | ${summary.latency.p99} | ${summary.requests.average.toFixed(0)} | ${summary.non2xx} | ${loadavg()[0]!.toFixed(1)} |\n`);
    }
  }
  process.stdout.write(`load average while measured: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
  await app.close();
  if (Number(values.units) > 0) await unitsPerRequest(Number(values.units), Math.ceil(Number(values.units) / 10));
} finally {
  await runtime.close();
  await rm(dir, { recursive: true, force: true });
}
