import type { ProcessResult } from '#schemas/pipeline';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Classification, IntakeInput } from '#schemas/pipeline';
import type { ExecutionState } from '#schemas/state';
import type { DocumentType } from '#schemas/taxonomy';
import { parseConfig } from '#domain/config';
import { documentIdFor } from '#domain/identity';
import defaults from '../../config/postmottak.json' with { type: 'json' };
import { CapacityMeter, type Db } from '../../functions/commons/store/db.ts';
import { createTable } from '../../functions/commons/store/table-definition.ts';
import type { StagePorts } from '../../stages/ports.ts';
import { registryStagesThroughAsl } from '../../local/bound-stages.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { localKeyWrapper } from '../../functions/commons/crypto/national-id-vault.ts';
import type { SealingDb } from '../../functions/commons/store/sealed-national-ids.ts';

/** A fixed test key for the sealed national ids on document items. */
const nationalIdKey = Buffer.alloc(32, 5);
import { idFor } from '../support/national-ids.ts';

// The Link logic at fixed thresholds (session 4's): the configured ones are chosen on the unseen-writer
// calibration half by scripts/calibrate.ts and move with the model; these tests are about the logic.
export const config = parseConfig({ ...defaults, linkThresholds: { newCase: 0.91, mustLink: 0.95 } });
export const hashKey = 'test-key-for-national-id-hashes-0123456789';

export function classification(overrides: Partial<Omit<Classification, 'fields'>> & { fields?: Partial<Classification['fields']> } = {}): Classification {
  const { fields, ...rest } = overrides;
  return {
    documentType: 'appeal',
    area: 'dental',
    language: 'nb',
    keywords: [],
    confidence: 0.97,
    typeConfidence: 0.97,
    reviewReason: null,
    textSource: 'ocr',
    pages: 2,
    explanation: [],
    modelVersion: 'test',
    ...rest,
    fields: { nationalIds: [], caseReferences: [], decisionDate: '2025-03-12', decisionReceivedDate: null, ...fields },
  };
}

let uploads = 0;

/** The execution state after Classify, for an upload of its own (a distinct document id). */
export function stateFor(c: Classification, options: { receivedDate?: string; postmarkDate?: string | null; key?: string } = {}): ExecutionState & { classification: Classification } {
  uploads += 1;
  const intake: IntakeInput = {
    bucket: 'postmottak-documents',
    key: options.key ?? `incoming/${uploads}-${Math.random().toString(36).slice(2)}/scan.pdf`,
    etag: `etag-${uploads}`,
    versionId: null,
    receivedDate: options.receivedDate ?? '2025-03-20',
    postmarkDate: options.postmarkDate ?? null,
  };
  const documentId = documentIdFor(intake);
  return {
    intake,
    fileName: 'scan.pdf',
    inspection: { status: 'ok', documentId, format: 'pdf', pageCount: c.pages, pageConcurrency: 1, pages: [] },
    pages: [],
    classification: c,
  };
}

export function personId(seed: number): string {
  return idFor(1 + (seed % 28), 1 + (Math.floor(seed / 28) % 12), 40 + (Math.floor(seed / 336) % 50), 100);
}

export function depsFor(db: Db, now = new Date('2025-03-20T09:00:00Z')): StagePorts {
  return dynamoStagePorts(db, { config, idHashKey: async () => hashKey, now: () => now, nationalIdKey: () => localKeyWrapper(nationalIdKey) });
}

/**
 * A classified document through statemachines/intake.asl.json with the registry stages bound in
 * process: Link -> (Review | Register -> Deadlines -> Route), in the order and with the choices the
 * state machine has. `link` is always there; registration and deadlines when the document was registered.
 */
export async function runPipeline(state: ExecutionState & { classification: Classification }, deps: StagePorts) {
  const run = await registryStagesThroughAsl(deps).run(state);
  if (run.tasks.includes('RecordFailure')) throw new Error(`the execution failed and went to RecordFailure: ${run.result.reason}`);
  return { ...run, link: run.link! };
}

let tables = 0;

/** A fresh table on the server at `endpoint`, so tests do not see each other's cases. */
export async function freshDb(endpoint: string, meter?: CapacityMeter): Promise<Db> {
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint, region: 'eu-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 8 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  tables += 1;
  const table = `postmottak-test-${process.pid}-${tables}`;
  await createTable(client, table);
  // Reads and writes straight through the store seal and open with the same keys as the stage ports.
  const db: SealingDb = { client, table, meter, nationalIdSealing: { wrapper: () => localKeyWrapper(nationalIdKey), hashKey: async () => hashKey } };
  return db;
}

export type { DocumentType };
export { CapacityMeter };

/** A document's result as Review writes it: unsure, no type, no case. */
export function reviewResult(documentId: string): ProcessResult {
  return {
    file: 'brev.pdf',
    documentId,
    status: 'review',
    reason: 'Type unsure',
    documentType: null,
    confidence: null,
    area: null,
    language: null,
    pages: 1,
    textSource: 'text_layer',
    fields: null,
    caseId: null,
    keywords: [],
    deadlines: [],
    closedDeadlines: [],
    queue: 'review',
  };
}
