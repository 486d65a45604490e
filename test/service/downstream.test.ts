import ExcelJS from 'exceljs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '#schemas/json-schema';
import { osloDate } from '#domain/calendar';
import { kari, openTestService, type TestService } from './fixtures.ts';

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(async () => service?.close());

const get = (url: string, role: Parameters<TestService['as']>[0]) => service.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: service.as(role) });

/** A validator for the 200 answer of `path` as /openapi.json documents it. */
function openApiValidator(path: string) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema({ ...(service.app.swagger() as object), $id: 'openapi' });
  const pointer = `/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`;
  return ajv.compile({ $ref: `openapi#${pointer}` });
}

describe('GET /api/v1/events', () => {
  it('gives the system role what the pipeline published, oldest first, each valid against its JSON Schema and the OpenAPI document, with no national id', async () => {
    const answer = await get('/events', 'system');
    expect(answer.statusCode).toBe(200);
    const { events } = answer.json() as { events: { id: string; type: string; caseId?: string; documentId?: string }[] };
    const { transfer, orphan, rejected } = service.seeded;
    expect(events.filter((e) => e.documentId === transfer.documentId).map((e) => e.type)).toEqual([
      'DocumentReceived',
      'DocumentRegistered',
      'CaseCreated',
      'DeadlineOpened',
      'DeadlineOpened',
      // The transfer opened the case, so WriteLetters wrote its acknowledgement (held: the transfer gives no address).
      'LetterReady',
      'CaseRouted',
    ]);
    expect(events.filter((e) => e.documentId === orphan.documentId).map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentInReview']);
    expect(events.filter((e) => e.documentId === rejected.documentId).map((e) => e.type)).toEqual(['DocumentReceived', 'DocumentRejected']);
    expect(answer.body).not.toContain(kari);

    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const files = jsonSchemaFiles();
    for (const event of events) {
      const text = files[`events/${event.type}.schema.json`];
      expect(text, event.type).toBeDefined();
      const validate = ajv.getSchema(JSON.parse(text!).$id) ?? ajv.compile(JSON.parse(text!));
      expect(validate(event), `${event.type}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const validatePage = openApiValidator('/api/v1/events');
    expect(validatePage(answer.json()), JSON.stringify(validatePage.errors)).toBe(true);
  });

  it('reads on from an id, and says so when the id is unknown', async () => {
    const all = (await get('/events', 'system')).json().events as { id: string }[];
    const after = await get(`/events?since=${all[2]!.id}&limit=2`, 'system');
    expect(after.json()).toEqual({ events: all.slice(3, 5), last: all[4]!.id });
    expect((await get(`/events?since=${'0'.repeat(32)}`, 'system')).statusCode).toBe(400);
  });

  it('is for the system role', async () => {
    const refused = await get('/events', 'reader');
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
  });
});

describe('GET /api/v1/export', () => {
  it("lists the cases received in the range with the director's columns, as JSON valid against /openapi.json", async () => {
    const answer = await get('/export?from=2025-03-01&to=2025-03-31&format=json', 'system');
    expect(answer.statusCode).toBe(200);
    const validate = openApiValidator('/api/v1/export');
    expect(validate(answer.json()), JSON.stringify(validate.errors)).toBe(true);
    const caseNumber = service.seeded.transfer.caseId!.replace('-', '/');
    expect(answer.json().rows).toEqual([
      {
        caseNumber,
        receivedDate: '2025-03-20',
        area: 'dental',
        documentType: 'case_transfer',
        keywords: expect.arrayContaining(service.seeded.transfer.keywords),
        firstInstanceReference: '24/113188',
        preliminaryReplyDue: '2025-04-22',
        caseProcessingDue: expect.stringMatching(/^2025-06-2\d$/),
        // No acknowledgement has met the seeded transfer's preliminary reply: the cell is empty.
        preliminaryReply: null,
        queueOrHandler: 'unassigned/dental',
        status: 'NY',
        caseStatus: 'NY',
        closed: false,
      },
    ]);
    expect((await get('/export?from=2025-04-01&to=2025-04-30&format=json', 'system')).json().rows).toEqual([]);
  });

  it('as CSV with a header row, and as an xlsx workbook', async () => {
    const csv = await get('/export?from=2025-03-20&to=2025-03-20', 'reader');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('Saksnummer,Mottatt,Saksområde,Dokumenttype,Stikkord,Førsteinstans ref.,Foreløpig svar frist,Saksbehandlingsfrist,Kø / saksbehandler,Status,Foreløpig svar');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('24/113188');

    const xlsx = await get('/export?from=2025-03-20&to=2025-03-20&format=xlsx', 'caseworker');
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Saksnummer');
    expect(sheet.getRow(2).getCell(1).value).toBe(service.seeded.transfer.caseId!.replace('-', '/'));
    expect(sheet.getRow(2).getCell(6).value).toBe('24/113188');
  });

  it('as format=csv-excel, the CSV Norwegian Excel opens right: semicolons, BOM, names, days dd.mm.yyyy', async () => {
    const csv = await get('/export?from=2025-03-20&to=2025-03-20&format=csv-excel', 'reader');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.startsWith('\uFEFF')).toBe(true);
    const lines = csv.body.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Saksnummer;Mottatt;Saksområde;Dokumenttype;Stikkord;Førsteinstans ref.;Foreløpig svar frist;Saksbehandlingsfrist;Kø / saksbehandler;Status;Foreløpig svar');
    expect(lines).toHaveLength(2);
    const cells = lines[1]!.split(';');
    expect(cells).toHaveLength(11);
    const areaName = service.runtime.context.config.areas.find((a) => a.code === 'dental')!.name;
    expect(cells.slice(1, 3)).toEqual(['20.03.2025', areaName]);
    expect(cells[5]).toBe('"=""24/113188"""');
    expect(cells[6]).toBe('22.04.2025');
  });

  it('keeps codes and ISO days in CSV and JSON (programs read them), and gives people names and dd.mm.åååå in the xlsx', async () => {
    const config = service.runtime.context.config;
    const [row] = (await get('/export?from=2025-03-20&to=2025-03-20&format=json', 'reader')).json().rows as Record<string, string>[];
    expect(row).toMatchObject({ receivedDate: '2025-03-20', area: 'dental', documentType: 'case_transfer', queueOrHandler: expect.stringMatching(/^(unassigned\/dental|handler\/.+)$/) });
    const csvRow = (await get('/export?from=2025-03-20&to=2025-03-20', 'reader')).body.replace(/^\uFEFF/, '').trimEnd().split('\r\n')[1]!;
    expect(csvRow).toContain(',2025-03-20,dental,case_transfer,');

    const xlsx = await get('/export?from=2025-03-20&to=2025-03-20&format=xlsx', 'reader');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells = (workbook.worksheets[0]!.getRow(2).values as unknown[]).slice(1);
    const areaName = config.areas.find((a) => a.code === 'dental')!.name;
    const typeName = config.typeRules.find((r) => r.type === 'case_transfer')!.names.nb;
    // Days are date cells shown as people write them (they sort as days); names for codes.
    expect(cells.slice(1, 4)).toEqual([new Date('2025-03-20T00:00:00Z'), areaName, typeName]);
    const sheetRow = workbook.worksheets[0]!.getRow(2);
    for (const column of [2, 7, 8]) expect(sheetRow.getCell(column).numFmt, `column ${column}`).toBe('dd.mm.yyyy');
    expect(cells[6]).toEqual(new Date(`${row!.preliminaryReplyDue}T00:00:00Z`));
    expect(cells[7]).toEqual(new Date(`${row!.caseProcessingDue}T00:00:00Z`));
    const queue = String(row!.queueOrHandler);
    expect(cells[8]).toBe(queue.startsWith('unassigned/') ? `Ufordelte saker – ${areaName}` : queue.slice('handler/'.length));
    expect(cells.filter((c) => typeof c === 'string').join(' ')).not.toMatch(/\d{4}-\d\d-\d\d|\bdental\b|case_transfer|unassigned\//);
  });

  it('answers 400 for a from after to, and 403 to the auditor', async () => {
    const backwards = await get('/export?from=2025-03-31&to=2025-03-01', 'system');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().detail).toContain('after');
    expect((await get('/export?from=2025-03-01&to=2025-03-31', 'auditor')).statusCode).toBe(403);
  });
});

describe('the access log', () => {
  it("records who read a case's personal data, when and why, and only the auditor reads it", async () => {
    const caseId = service.seeded.transfer.caseId!;
    const erik = await service.person('Erik Handler', 'caseworker');
    const before = Date.now();
    const read = await service.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}?why=${encodeURIComponent('klage fra parten')}`, headers: erik });
    expect(read.statusCode).toBe(200);
    expect((await get(`/documents/${service.seeded.transfer.documentId}/text`, 'archivist')).statusCode).toBe(200);

    // The log's days are Oslo calendar days (between 23:00 and 24:00 UTC, tomorrow's UTC date).
    const today = osloDate(new Date());
    const log = await get(`/access-log?from=${today}&to=${today}&case=${caseId}`, 'auditor');
    expect(log.statusCode).toBe(200);
    const records = log.json().records as { at: string; person: string; action: string; caseId?: string; why?: string }[];
    expect(records).toContainEqual(expect.objectContaining({ person: 'Erik Handler', role: 'caseworker', action: 'case:read', caseId, why: 'klage fra parten' }));
    expect(records).toContainEqual(expect.objectContaining({ person: 'starter-archivist', action: 'document:text', caseId }));
    const erikRead = records.find((r) => r.person === 'Erik Handler')!;
    expect(Date.parse(erikRead.at)).toBeGreaterThanOrEqual(before - 1000);

    for (const role of ['archivist', 'caseworker', 'reader', 'system'] as const) {
      expect((await get(`/access-log?from=${today}&to=${today}`, role)).statusCode, role).toBe(403);
    }
    expect((await get(`/cases/${caseId}`, 'auditor')).statusCode).toBe(403);
  });
});
