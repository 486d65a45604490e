import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { schemaIssueNb, type SchemaIssue } from '../../service/problem-words-nb.ts';
import type { ProcessResult } from '#schemas/pipeline';
import { renderTextPdf } from '../../corpus/render.ts';
import { handIn } from '../../service/operations/intake.ts';
import { undatedAppeal } from '../support/undated-appeal.ts';
import { openTestService, type TestService } from './fixtures.ts';
import { classification, personId, runPipeline, stateFor } from '../registry/fixtures.ts';
import { dynamoStagePorts } from '../../functions/commons/store/repositories.ts';
import { sealingOf } from '../../functions/commons/store/sealed-national-ids.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * What QA found going wrong for a new user (session 9), through the real app over the embedded stack:
 * an appeal decided without its decision's date, a quarantine retry with a file already known, an
 * empty file uploaded from the page.
 */
let service: TestService;
let undated: ProcessResult;
const mailroom = { person: 'mailroom', role: 'archivist' as const };


beforeAll(async () => {
  service = await openTestService();
  undated = await handIn(service.runtime.context, mailroom, { bytes: await renderTextPdf([undatedAppeal]), fileName: 'klage-uten-dato.pdf', receivedDate: '2025-03-21', postmarkDate: null });
}, 120_000);
afterAll(async () => {
  await service?.close();
});

const inject = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: unknown) =>
  service.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });

describe('an appeal without its decision date', () => {
  it('waits in review for the date', () => {
    expect(undated).toMatchObject({ status: 'review', documentType: 'appeal', fields: { decisionDate: null, decisionReceivedDate: null } });
  });

  it('is not decided without the date (422, en and nb), and stays in review', async () => {
    const url = `/api/v1/review/${undated.documentId}/decision`;
    const en = expectProblem(await inject('POST', url, service.as('archivist'), { documentType: 'appeal', area: 'dental' }), 422);
    expect(en.detail).toContain('needs the date of the decision');
    const nb = expectProblem(await inject('POST', url, { ...service.as('archivist'), 'accept-language': 'nb' }, { documentType: 'appeal', area: 'dental' }), 422);
    expect(nb.detail).toContain('Legg inn datoen');
    const doc = (await inject('GET', `/api/v1/documents/${undated.documentId}`, service.as('archivist'))).json();
    expect(doc.status).toBe('review');
  });

  it('refuses a decision date after the day the mail was received, and a decision received before it was made', async () => {
    const url = `/api/v1/review/${undated.documentId}/decision`;
    const later = expectProblem(await inject('POST', url, { ...service.as('archivist'), 'accept-language': 'nb' }, { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-05-01' } }), 422);
    expect(later.detail).toBe('Vedtaksdatoen 01.05.2025 er etter dagen posten ble mottatt, 21.03.2025.');
    const backwards = expectProblem(await inject('POST', url, service.as('archivist'), { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-03-01', decisionReceivedDate: '2025-02-20' } }), 422);
    expect(backwards.detail).toContain('before it was made');
  });

  it('with the date given, opens the appeal deadline counted from it and checks it', async () => {
    const response = await inject('POST', `/api/v1/review/${undated.documentId}/decision`, service.as('archivist'), { documentType: 'appeal', area: 'dental', fields: { decisionDate: '2025-01-10' } });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = response.json() as { result: ProcessResult };
    expect(result.status).toBe('routed');
    // 10.01.2025 + 6 weeks = Fri 21.02.2025; received 21.03.2025, so missed.
    expect(result.deadlines).toContainEqual({ kind: 'appeal_deadline', due: '2025-02-21', missed: true });
    expect(result.keywords).toContain('oversittet-klagefrist');
  });
});

describe('a quarantine retry with a file already known', () => {
  it('is refused with 409 naming the known document, and the original stays in quarantine', async () => {
    const { rejected, transfer } = service.seeded;
    const retry = (language: string) =>
      service.app.inject({ method: 'POST', url: `/api/v1/quarantine/${rejected.documentId}/retry`, headers: { ...service.as('archivist'), 'accept-language': language, 'content-type': 'application/pdf' }, payload: service.transferPdf });
    const en = expectProblem(await retry('en'), 409);
    expect(en.detail).toContain(`already known as document ${transfer.documentId}`);
    const nb = expectProblem(await retry('nb'), 409);
    expect(nb.detail).toContain(`allerede mottatt som dokument ${transfer.documentId}`);
    expect(nb.detail).toContain('blir liggende i karantene');

    const quarantine = (await inject('GET', '/api/v1/queues/quarantine', service.as('archivist'))).json().items.map((i: { documentId: string }) => i.documentId);
    expect(quarantine).toContain(rejected.documentId);
    const doc = (await inject('GET', `/api/v1/documents/${rejected.documentId}`, service.as('archivist'))).json();
    expect(doc).toMatchObject({ status: 'rejected', queue: 'quarantine' });
    // The known document was not touched either.
    expect((await inject('GET', `/api/v1/documents/${transfer.documentId}`, service.as('archivist'))).json()).toMatchObject({ status: 'routed', caseId: transfer.caseId });
  });
});

describe('an empty file uploaded from the page', () => {
  it('gets its slot, and the intake rejects it into quarantine with the reason the command line gives', async () => {
    const slot = await inject('POST', '/api/v1/uploads', service.as('archivist'), { fileName: 'tom.pdf', size: 0, contentType: 'application/pdf', received: '2025-03-21' });
    expect(slot.statusCode, slot.body).toBe(200);
    const { url, headers } = slot.json() as { url: string; headers: Record<string, string> };
    const sent = await service.app.inject({ method: 'POST', url, headers: { ...headers, ...service.as('archivist') }, payload: Buffer.alloc(0) });
    expect(sent.statusCode, sent.body).toBe(200);
    const line = sent.json() as ProcessResult & { reasonNb: string };
    expect(line).toMatchObject({ status: 'rejected', queue: 'quarantine' });
    // The same reason as a file handed in by `process` (the same intake, one file).
    const cli = await handIn(service.runtime.context, mailroom, { bytes: new Uint8Array(0), fileName: 'tom-cli.pdf', receivedDate: '2025-03-21', postmarkDate: null });
    expect(line.reason).toBe(cli.reason);
    expect(line.reasonNb).toMatch(/tom/i);
    const quarantine = (await inject('GET', '/api/v1/queues/quarantine', service.as('archivist'))).json().items.map((i: { documentId: string }) => i.documentId);
    expect(quarantine).toContain(line.documentId);
  });

  it('refuses a negative size in words that say the rule: «minst 0»', async () => {
    const refused = expectProblem(await inject('POST', '/api/v1/uploads', { ...service.as('archivist'), 'accept-language': 'nb' }, { fileName: 'x.pdf', size: -1, contentType: 'application/pdf' }), 400);
    expect(refused.detail).toBe('Størrelse: minst 0.');
  });
});

describe('a bound the value may not reach, in bokmål', () => {
  it('is «over 0» for a number that must be positive and «under 10» below an exclusive 10, not «minst 0»/«høyst 10»', () => {
    const issueOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error!.issues[0] as SchemaIssue;
    expect(schemaIssueNb(issueOf(z.number().positive(), 0))).toBe('over 0');
    expect(schemaIssueNb(issueOf(z.number().lt(10), 10))).toBe('under 10');
    expect(schemaIssueNb(issueOf(z.number().min(1), 0))).toBe('minst 1');
  });
});

describe('days that cannot be', () => {
  it('refuses a received day still to come at the intake and at the page\'s upload slot (400, en and nb)', async () => {
    const intake = await service.app.inject({ method: 'POST', url: '/api/v1/intake?fileName=x.pdf&received=2099-01-01', headers: { ...service.as('archivist'), 'accept-language': 'nb', 'content-type': 'application/pdf' }, payload: service.transferPdf });
    expect(expectProblem(intake, 400).detail).toMatch(/^Mottaksdatoen 01\.01\.2099 er etter i dag \(\d\d\.\d\d\.\d{4}\): posten kan ikke være mottatt en dag som ikke har kommet ennå\.$/);
    const slot = await inject('POST', '/api/v1/uploads', service.as('archivist'), { fileName: 'x.pdf', size: 10, contentType: 'application/pdf', received: '2099-01-01' });
    expect(expectProblem(slot, 400).detail).toContain('is after today');
  });

  it('refuses marking a letter sent on a day still to come, and leaves it as it was', async () => {
    const letters = (await inject('GET', '/api/v1/outbox', service.as('archivist'))).json().letters as { letterId: string; status: string }[];
    const letter = letters[0]!;
    const refused = await inject('POST', `/api/v1/outbox/${letter.letterId}/sent`, { ...service.as('archivist'), 'accept-language': 'nb' }, { on: '2099-01-01' });
    expect(expectProblem(refused, 400).detail).toContain('et brev kan ikke være sendt en dag som ikke har kommet ennå');
    const after = (await inject('GET', '/api/v1/outbox', service.as('archivist'))).json().letters as { letterId: string; status: string }[];
    expect(after.find((l) => l.letterId === letter.letterId)?.status).toBe(letter.status);
  });

  it('refuses opening a deadline from a day still to come, and opens nothing', async () => {
    const { caseId } = service.seeded.transfer;
    const erik = { ...(await service.person('Erik Fremtid', 'caseworker')), 'accept-language': 'nb' };
    const refused = await inject('POST', `/api/v1/cases/${caseId}/deadlines`, erik, { kind: 'comments', openedOn: '2099-01-01' });
    expect(expectProblem(refused, 400).detail).toMatch(/^Åpningsdagen 01\.01\.2099 er etter i dag \(\d\d\.\d\d\.\d{4}\): en frist kan ikke åpnes en dag som ikke har kommet ennå\.$/);
    const deadlines = (await inject('GET', `/api/v1/cases/${caseId}`, erik)).json().deadlines as { kind: string; openedBy: string }[];
    expect(deadlines.filter((d) => d.openedBy === 'handler:Erik Fremtid')).toEqual([]);
  });

  it('refuses a correction that sets a decision date after the day the mail was received (422, en and nb)', async () => {
    const { transfer } = service.seeded;
    const refused = await inject('POST', `/api/v1/documents/${transfer.documentId}/correction`, { ...service.as('archivist'), 'accept-language': 'nb' }, { decisionDate: '2025-05-01' });
    expect(expectProblem(refused, 422).detail).toBe('Vedtaksdatoen 01.05.2025 er etter dagen posten ble mottatt, 20.03.2025.');
    const doc = (await inject('GET', `/api/v1/documents/${transfer.documentId}`, service.as('archivist'))).json();
    expect(doc.fields.decisionDate).toBe(transfer.fields?.decisionDate);
  });
});

describe("a decision against the machine's area guess", () => {
  it('leaves none of the guessed area\'s keywords on the document or its case', async () => {
    const ctx = service.runtime.context;
    const sealing = sealingOf(ctx.db);
    const deps = dynamoStagePorts(ctx.db, { config: ctx.config, idHashKey: sealing.hashKey, now: ctx.now, nationalIdKey: sealing.wrapper });
    const guessed = ctx.config.areas.find((a) => a.code === 'patient_travel')!.keywords;
    const decided = ctx.config.areas.find((a) => a.code === 'physiotherapy')!.keywords;
    const foreign = guessed.filter((k) => !decided.includes(k));
    expect(foreign.length).toBeGreaterThan(0);
    // The machine's unsure guess: an appeal about patient travel, with that area's words.
    const unsure = await runPipeline(stateFor(classification({ documentType: 'appeal', area: 'patient_travel', keywords: guessed, confidence: 0.3, typeConfidence: 0.9, fields: { nationalIds: [personId(777)] } })), deps);
    expect(unsure.result.status).toBe('review');

    const response = await inject('POST', `/api/v1/review/${unsure.result.documentId}/decision`, service.as('archivist'), { documentType: 'appeal', area: 'physiotherapy' });
    expect(response.statusCode, response.body).toBe(200);
    const { result } = response.json() as { result: ProcessResult };
    expect(result).toMatchObject({ status: 'routed', area: 'physiotherapy' });
    for (const word of decided) expect(result.keywords).toContain(word);
    for (const word of foreign) expect(result.keywords).not.toContain(word);
    const doc = (await inject('GET', `/api/v1/documents/${result.documentId}`, service.as('archivist'))).json() as { keywords: string[] };
    for (const word of foreign) expect(doc.keywords).not.toContain(word);
    const view = (await inject('GET', `/api/v1/cases/${result.caseId}`, service.as('archivist'))).json() as { case: { keywords: string[] } };
    for (const word of decided) expect(view.case.keywords).toContain(word);
    for (const word of foreign) expect(view.case.keywords).not.toContain(word);
  });
});
