import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { osloDate } from '#domain/calendar';
import type { ProcessResult } from '#schemas/pipeline';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { classification, personId, runPipeline, stateFor } from '../registry/fixtures.ts';
import { openTestService, type TestService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';
import { unsureInReview } from '../support/in-review.ts';

/**
 * QA session 12, M1: «who read this person's medical declaration this week?». Reads made while a
 * document waited in review were logged with the document and no case, and the log could be filtered
 * by case only, so the auditor could not find them. Now a case's filter takes its documents' reads,
 * and the auditor can ask by document and by national id (compared as its keyed hash).
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => service?.close());

interface Row {
  person: string;
  action: string;
  caseId?: string;
  documentId?: string;
  filter?: string;
}
const today = () => osloDate(new Date());
const readLog = async (query: string) => {
  const answer = await service.app.inject({ method: 'GET', url: `/api/v1/access-log?from=${today()}&to=${today()}${query}`, headers: service.as('auditor') });
  expect(answer.statusCode, answer.body).toBe(200);
  return (answer.json() as { records: Row[] }).records;
};

const person = personId(831);
let declaration: ProcessResult;
let caseId: string;

beforeAll(async () => {
  const ctx = service.runtime.context;
  const sealing = sealingOf(ctx.db);
  const deps = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: sealing.hashKey, now: ctx.now, nationalIdKey: sealing.wrapper });
  const inReview = async (overrides: Parameters<typeof classification>[0]) =>
    (await runPipeline(stateFor(classification({ confidence: 0.3, typeConfidence: 0.3, ...overrides }), { receivedDate: '2025-03-20' }), deps)).result;
  declaration = await inReview({ documentType: 'medical_declaration', fields: { nationalIds: [person] } });
  const appeal = await inReview({ documentType: 'appeal', fields: { nationalIds: [person], decisionDate: '2025-03-03' } });
  // Bjørn reads the declaration while it waits in review: logged with the document, no case.
  const bjorn = await service.person('Bjørn Arkivar', 'archivist');
  expect((await service.app.inject({ method: 'GET', url: `/api/v1/review/${declaration.documentId}`, headers: bjorn })).statusCode).toBe(200);
  // The appeal opens the person's case; the declaration is then put on it.
  const anna = await service.person('Anna Arkivar', 'archivist');
  const opened = await service.app.inject({ method: 'POST', url: `/api/v1/review/${appeal.documentId}/decision`, headers: anna, payload: { documentType: 'appeal', area: 'dental' } });
  expect(opened.statusCode, opened.body).toBe(200);
  caseId = (opened.json() as { result: ProcessResult }).result.caseId!;
  const joined = await service.app.inject({ method: 'POST', url: `/api/v1/review/${declaration.documentId}/decision`, headers: anna, payload: { documentType: 'medical_declaration', area: 'dental', case: caseId } });
  expect(joined.statusCode, joined.body).toBe(200);
}, 120_000);

const bjornsRead = (rows: Row[]) => rows.filter((r) => r.person === 'Bjørn Arkivar' && r.action === 'review:read' && r.documentId === declaration.documentId);

describe('the access log about a case, a document or a person', () => {
  it("finds under the case a read of its document made while the document waited in review", async () => {
    expect(bjornsRead(await readLog(`&case=${caseId}`))).toHaveLength(1);
  });

  it('filters by document', async () => {
    const rows = await readLog(`&document=${declaration.documentId}`);
    expect(bjornsRead(rows)).toHaveLength(1);
    expect(rows.filter((r) => r.action !== 'access-log:read').every((r) => r.documentId === declaration.documentId)).toBe(true);
  });

  it('filters by the national id the auditor types, and keeps only its hash in the auditor\'s own entry', async () => {
    expect(bjornsRead(await readLog(`&nationalId=${person}`))).toHaveLength(1);
    expect(bjornsRead(await readLog(`&nationalId=${personId(832)}`))).toHaveLength(0);
    const own = (await readLog('&person=revisor')).concat(await readLog(''));
    const filters = own.filter((r) => r.action === 'access-log:read').map((r) => r.filter ?? '');
    expect(filters.some((f) => f.includes('nationalIdHash='))).toBe(true);
    expect(filters.join(' ')).not.toContain(person);
  });

  it("finds by national id a read of the person's document that still waits in review (no case yet)", async () => {
    const waiting = personId(833);
    const stillInReview = await unsureInReview(service, { documentType: 'medical_declaration', fields: { nationalIds: [waiting] } });
    const cecilie = await service.person('Cecilie Arkivar', 'archivist');
    expect((await service.app.inject({ method: 'GET', url: `/api/v1/review/${stillInReview.documentId}`, headers: cecilie })).statusCode).toBe(200);
    const reads = (rows: Row[]) => rows.filter((r) => r.person === 'Cecilie Arkivar' && r.documentId === stillInReview.documentId);
    expect(reads(await readLog(`&nationalId=${waiting}`))).toHaveLength(1);
    // Another person's id does not find it.
    expect(reads(await readLog(`&nationalId=${personId(834)}`))).toHaveLength(0);
  });

  it('refuses something that is not a national id with a 400', async () => {
    const answer = await service.app.inject({ method: 'GET', url: `/api/v1/access-log?from=${today()}&to=${today()}&nationalId=12345`, headers: service.as('auditor') });
    expectProblem(answer, 400);
  });
});
