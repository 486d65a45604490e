/**
 * npm run bench:route [-- --documents 10000 --concurrency 16 --engine dynamodb-local|dynalite]
 *
 * Registration + deadlines + routing (the Link, Register, Deadlines and Route stages, as the state
 * machine runs them) for synthetic classified documents against a local DynamoDB server, reporting
 * documents per second and the read and write capacity units DynamoDB reports per document
 * (ReturnConsumedCapacity INDEXES: table and index units; a failed conditional write counted as one).
 * DynamoDB Local is the default: it counts index writes the way DynamoDB bills them, dynalite does not.
 * Targets: <= 10 write units and <= 5 read units per document.
 */
import { performance } from 'node:perf_hooks';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Classification, IntakeInput } from '../schemas/pipeline.ts';
import type { DocumentType } from '../schemas/taxonomy.ts';
import { loadConfig } from '../config/load.ts';
import { addDays } from '../domain/calendar.ts';
import { documentIdFor } from '../domain/identity.ts';
import { startDynamoDb, type DynamoDbEngine } from '../local/dynamodb.ts';
import { CapacityMeter, type Db } from '../functions/commons/store/db.ts';
import { createTable } from '../functions/commons/store/table-definition.ts';
import { claimCase } from '../functions/commons/store/queues.ts';
import { noEvents, type StagePorts } from '../stages/ports.ts';
import { journaledPublisher } from '../functions/commons/events/journaled-publisher.ts';
import { registryStagesThroughAsl } from '../local/bound-stages.ts';
import { dynamoStagePorts } from '../functions/commons/store/repositories.ts';
import { localKeyWrapper } from '../functions/commons/crypto/national-id-vault.ts';

const benchNationalIdKey = localKeyWrapper(Buffer.alloc(32, 9));
import { seededRandom } from '../domain/seeded-random.ts';
import { scriptArgs } from './script-args.ts';

const { values } = scriptArgs('bench-route', {
  options: {
    documents: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '16' },
    engine: { type: 'string', default: 'dynamodb-local' },
    seed: { type: 'string', default: '7' },
  },
});
const total = Number(values.documents);
const concurrency = Number(values.concurrency);
const engine = values.engine as DynamoDbEngine;

// Seeded, so two runs process the same mail.
const random = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Synthetic national ids: birth month + 80, valid check digits (never a real person). */
function syntheticId(n: number): string {
  for (let individual = 100 + (n % 400); ; individual += 1) {
    const day = 1 + (n % 28);
    const month = 81 + (Math.floor(n / 28) % 12);
    const year = 30 + (Math.floor(n / 336) % 60);
    const body = `${String(day).padStart(2, '0')}${month}${String(year).padStart(2, '0')}${String(individual % 1000).padStart(3, '0')}`;
    const digits = [...body].map(Number);
    const k = (weights: number[], ds: number[]) => {
      const r = 11 - (weights.reduce((a, w, i) => a + w * ds[i]!, 0) % 11);
      return r === 11 ? 0 : r;
    };
    const k1 = k([3, 7, 6, 1, 8, 9, 4, 5, 2], digits);
    if (k1 === 10) continue;
    const k2 = k([5, 4, 3, 2, 7, 6, 5, 4, 3, 2], [...digits, k1]);
    if (k2 === 10) continue;
    return `${body}${k1}${k2}`;
  }
}

const config = loadConfig();
const areas = config.areas.map((a) => a.code);
const newCaseTypes: [DocumentType, number][] = [
  ['case_transfer', 15],
  ['appeal', 15],
  ['appeal_deadline_interrupting', 5],
];
const linkedTypes: [DocumentType, number][] = [
  ['medical_declaration', 20],
  ['comments', 10],
  ['correspondence', 10],
  ['consent', 5],
  ['expert_statement', 5],
  ['reopening_request', 5],
  ['legal_costs_claim', 3],
  ['invoice', 3],
  ['tribunal_appeal', 2],
  ['tribunal_ruling', 2],
];
function weighted(table: [DocumentType, number][]): DocumentType {
  const sum = table.reduce((a, [, w]) => a + w, 0);
  let r = random() * sum;
  for (const [type, w] of table) {
    r -= w;
    if (r < 0) return type;
  }
  return table[0]![0];
}

interface KnownCase {
  caseNumber: string;
  caseId: string;
  reference: string;
  nationalId: string;
}
const known: KnownCase[] = [];

function classification(documentType: DocumentType, area: string, fields: Partial<Classification['fields']>): Classification {
  return {
    documentType,
    area,
    language: 'nb',
    keywords: [],
    confidence: 0.96,
    reviewReason: null,
    textSource: 'ocr',
    pages: 2,
    explanation: [],
    modelVersion: 'bench',
    fields: { nationalIds: [], caseReferences: [], decisionDate: null, decisionReceivedDate: null, ...fields },
  };
}

interface Job {
  n: number;
  intake: IntakeInput;
  classification: Classification;
  kind: string;
}

function nextJob(n: number): Job {
  const receivedDate = addDays('2025-01-02', Math.floor((n / total) * 360));
  const intake: IntakeInput = { bucket: 'bench', key: `incoming/${n}/scan.pdf`, etag: `e${n}`, versionId: null, receivedDate, postmarkDate: null };
  const linked = known.length > 20 && random() < 0.65;
  if (!linked) {
    const type = weighted(newCaseTypes);
    const decisionDate = addDays(receivedDate, -Math.floor(7 + random() * 50));
    return {
      n,
      intake,
      kind: type,
      classification: classification(type, pick(areas), { caseReferences: [`NAV-${n}/24`], nationalIds: [syntheticId(n)], decisionDate }),
    };
  }
  const target = pick(known);
  const type = weighted(linkedTypes);
  const how = random();
  const fields: Partial<Classification['fields']> =
    how < 0.5 ? { caseReferences: [target.caseNumber] } : how < 0.8 ? { caseReferences: [target.reference] } : { nationalIds: [target.nationalId] };
  if (type === 'tribunal_appeal') fields.decisionDate = addDays(receivedDate, -20);
  return { n, intake, kind: type, classification: classification(type, pick(areas), fields) };
}

interface Outcome {
  caseId: string | null;
  queue: string;
  kind: string;
  created: boolean;
  read: number;
  write: number;
  ms: number;
  status: string;
}

async function main(): Promise<void> {
  process.stderr.write(`starting ${engine}…\n`);
  const server = await startDynamoDb({ engine });
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: server.endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 10 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  const table = 'postmottak-bench';
  await createTable(client, table);
  const unmetered: Db = { client, table };
  const outcomes: Outcome[] = [];
  let next = 0;
  const started = performance.now();

  const firstJobs: Job[] = [];
  const firstResults = new Map<number, Outcome>();
  const run = async (job: Job, learn = true): Promise<Outcome> => {
    const meter = new CapacityMeter();
    // Events go into the table's feed as in AWS (functions/commons/events/publisher-from-env.ts), so their
    // writes are counted with the stages' own; the bus behind the feed is not DynamoDB's.
    const metered: Db = { client, table, meter };
    const deps: StagePorts = dynamoStagePorts(metered, { config, idHashKey: async () => 'bench-national-id-hash-key-0123456789', now: () => new Date(), nationalIdKey: () => benchNationalIdKey, events: journaledPublisher(metered, noEvents) });
    const documentId = documentIdFor(job.intake);
    const s = { intake: job.intake, fileName: 'scan.pdf', inspection: { status: 'ok' as const, documentId, format: 'pdf' as const, pageCount: 2, pageConcurrency: 1, pages: [] }, pages: [], classification: job.classification };
    const t0 = performance.now();
    // The stages in the state machine's order and choices (statemachines/intake.asl.json).
    const { result, registration } = await registryStagesThroughAsl(deps).run(s);
    if (!registration) {
      return { caseId: result.caseId, queue: result.queue, kind: job.kind, created: false, read: meter.read, write: meter.write, ms: performance.now() - t0, status: result.status };
    }
    if (registration.created && learn) {
      known.push({ caseNumber: registration.caseNumber, caseId: registration.caseId, reference: job.classification.fields.caseReferences[0]!, nationalId: job.classification.fields.nationalIds[0]! });
      // A tenth of new cases is claimed soon after, so later mail also goes to handler/{id}.
      if (random() < 0.1) await claimCase(unmetered, { caseId: registration.caseId, handlerId: `h${1 + Math.floor(random() * 20)}`, at: new Date().toISOString() });
    }
    return { caseId: result.caseId, queue: result.queue, kind: job.kind, created: registration.created, read: meter.read, write: meter.write, ms: performance.now() - t0, status: result.status };
  };

  const worker = async () => {
    while (next < total) {
      const job = nextJob(next++);
      const outcome = await run(job);
      outcomes.push(outcome);
      if (job.n < 100) {
        firstJobs.push(job);
        firstResults.set(job.n, outcome);
      }
      if (outcomes.length % 1000 === 0) process.stderr.write(`${outcomes.length}/${total}\n`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;

  // The first 100 documents again (a repeated upload or a duplicated event): the same answers, no
  // new case numbers, and what the idempotent re-run costs.
  const repeats: Outcome[] = [];
  let differing = 0;
  for (const job of firstJobs) {
    const again = await run(job, false);
    repeats.push(again);
    const before = firstResults.get(job.n);
    if (!before || before.caseId !== again.caseId || before.queue !== again.queue) differing += 1;
  }

  client.destroy();
  await server.stop();

  const sum = (xs: Outcome[], f: (o: Outcome) => number) => xs.reduce((a, o) => a + f(o), 0);
  const per = (xs: Outcome[]) => ({ read: sum(xs, (o) => o.read) / xs.length, write: sum(xs, (o) => o.write) / xs.length });
  const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const all = per(outcomes);
  const lines = [
    `bench:route — ${total} documents, ${concurrency} in flight, ${engine} (${server.endpoint})`,
    `throughput           ${(total / seconds).toFixed(0)} documents/s (${seconds.toFixed(1)} s)`,
    `latency per document p50 ${percentile(outcomes.map((o) => o.ms), 0.5).toFixed(1)} ms, p95 ${percentile(outcomes.map((o) => o.ms), 0.95).toFixed(1)} ms`,
    `capacity per document ${all.write.toFixed(2)} WCU (target <= 10), ${all.read.toFixed(2)} RCU (target <= 5)  ${all.write <= 10 && all.read <= 5 ? 'OK' : 'OVER TARGET'}`,
    '',
    'by document type      n      WCU    RCU   max WCU',
  ];
  const kinds = [...new Set(outcomes.map((o) => `${o.kind}${o.created ? ' (new case)' : ''}`))].sort();
  for (const kind of kinds) {
    const xs = outcomes.filter((o) => `${o.kind}${o.created ? ' (new case)' : ''}` === kind);
    const p = per(xs);
    lines.push(`${kind.padEnd(42).slice(0, 42)} ${String(xs.length).padStart(5)}  ${p.write.toFixed(2).padStart(5)}  ${p.read.toFixed(2).padStart(5)}  ${Math.max(...xs.map((o) => o.write)).toFixed(0).padStart(5)}`);
  }
  const statuses = Object.entries(outcomes.reduce<Record<string, number>>((acc, o) => {
    acc[o.status] = (acc[o.status] ?? 0) + 1;
    return acc;
  }, {}));
  lines.push('', `outcomes: ${statuses.map(([s, c]) => `${s} ${c}`).join(', ')}`);
  const r = per(repeats);
  lines.push(`repeated documents: ${repeats.length}, answers differing from the first run: ${differing}; a re-run costs ${r.write.toFixed(2)} WCU, ${r.read.toFixed(2)} RCU`);
  process.stdout.write(lines.join('\n') + '\n');
}

await main();
