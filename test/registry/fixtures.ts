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
import { deadlinesStage } from '../../stages/deadlines.ts';
import { linkStage } from '../../stages/link.ts';
import type { StagePorts } from '../../stages/ports.ts';
import { registerStage } from '../../stages/register.ts';
import { reviewStage } from '../../stages/review.ts';
import { routeStage } from '../../stages/route.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { idFor } from '../support/national-ids.ts';

export const config = parseConfig(defaults);
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
  return dynamoStagePorts(db, { config, idHashKey: async () => hashKey, now: () => now });
}

/** Link -> (Review | Register -> Deadlines -> Route), as the state machine runs them. */
export async function runPipeline(state: ExecutionState & { classification: Classification }, deps: StagePorts) {
  const link = await linkStage(state, deps);
  if (link.review) return { link, result: await reviewStage({ ...state, link }, deps) };
  const registration = await registerStage({ ...state, link }, deps);
  const deadlines = await deadlinesStage({ ...state, link, registration }, deps);
  const result = await routeStage({ ...state, link, registration, deadlines }, deps);
  return { link, registration, deadlines, result };
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
  return { client, table, meter };
}

export type { DocumentType };
export { CapacityMeter };
