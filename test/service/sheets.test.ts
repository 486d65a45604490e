import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPdfPage } from '#engines/pdf/pages';
import { readSheetCode } from '../../engines/sheets/read-sheet-code.ts';
import { updateExpression, updateItem } from '../../functions/commons/store/db.ts';
import { keys } from '../../functions/commons/store/keys.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * GET /api/v1/sheets/cover and /sheets/separator (issue #15 item 3): the PDFs the page downloads and
 * `postmottak coversheet`/`separator` write, for the roles that print sheets, refused in a sentence otherwise.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const get = (url: string, role: Parameters<TestService['as']>[0], language = 'en') => service.app.inject({ method: 'GET', url, headers: { ...service.as(role), 'accept-language': language } });

describe('the sheets routes', () => {
  it("answers a case's cover sheet as a PDF download whose code names the case and the type asked for", async () => {
    const caseId = service.seeded.transfer.caseId!;
    const answer = await get(`/api/v1/sheets/cover?case=${caseId}&type=consent`, 'caseworker');
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toBe(`attachment; filename="forside-${caseId}.pdf"`);
    const found = await readSheetCode(await renderPdfPage(answer.rawPayload, 0, 200));
    // The code names the case's own area although none was asked for, so Link can check it (review finding, session 10).
    expect(found?.code).toEqual({ kind: 'cover', caseNumber: caseId.replace('-', '/'), documentType: 'consent', area: service.seeded.transfer.area });
  });

  it("refuses a sheet asked for with an area that is not the case's, and prints one asked for with the case's own", async () => {
    const { caseId, area } = service.seeded.transfer;
    const other = area === 'dental' ? 'sick_pay' : 'dental';
    const refused = await get(`/api/v1/sheets/cover?case=${caseId}&area=${other}`, 'archivist', 'nb');
    expect(refused.statusCode).toBe(400);
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().detail).toMatch(new RegExp(`^Sak ${caseId!.replace('-', '/')} gjelder .+, ikke .+: en førsteside viser sakens eget saksområde\\.$`));
    const own = await get(`/api/v1/sheets/cover?case=${caseId}&area=${area}`, 'archivist');
    expect(own.statusCode).toBe(200);
    expect((await readSheetCode(await renderPdfPage(own.rawPayload, 0, 200)))?.code).toMatchObject({ area });
  });

  it('refuses a type or area not configured, a case that does not exist and a role that does not print sheets', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const badType = await get(`/api/v1/sheets/cover?case=${caseId}&type=letter`, 'archivist', 'nb');
    expect(badType.statusCode).toBe(400);
    expect(badType.json().detail).toMatch(/^Ukjent dokumenttype «letter» \(en av .*\bappeal\b.*\)\.$/);
    expect((await get(`/api/v1/sheets/cover?case=${caseId}&area=teeth`, 'archivist')).json().detail).toMatch(/^Unknown case area 'teeth' \(one of .*\bdental\b/);
    expect((await get('/api/v1/sheets/cover?case=2025/09999', 'archivist', 'nb')).json()).toMatchObject({ status: 404, detail: 'Det finnes ingen sak 2025/09999.' });
    expect((await get('/api/v1/sheets/cover?case=25-1', 'archivist')).statusCode).toBe(400);
    for (const role of ['reader', 'system', 'auditor'] as const) {
      expect((await get(`/api/v1/sheets/cover?case=${caseId}`, role)).statusCode, role).toBe(403);
      expect((await get('/api/v1/sheets/separator', role)).statusCode, role).toBe(403);
    }
  });

  it('refuses a cover sheet for a closed case with a 409 that says so, in bokmål for the page and the CLI', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const setOpen = (open: boolean) => updateItem(service.runtime.context.db, { Key: keys.case(caseId), ...updateExpression({ set: { open } }) });
    await setOpen(false);
    try {
      const refused = await get(`/api/v1/sheets/cover?case=${caseId}`, 'archivist', 'nb');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toBe(`Sak ${caseId.replace('-', '/')} er avsluttet: en førsteside ville sende post til en avsluttet sak.`);
    } finally {
      await setOpen(true);
    }
    expect((await get(`/api/v1/sheets/cover?case=${caseId}`, 'archivist')).statusCode).toBe(200);
  });

  it('answers the separator sheet, whose code is the separator', async () => {
    const answer = await get('/api/v1/sheets/separator', 'archivist');
    expect(answer.headers['content-disposition']).toBe('attachment; filename="skilleark.pdf"');
    expect((await readSheetCode(await renderPdfPage(answer.rawPayload, 0, 200)))?.code).toEqual({ kind: 'separator' });
  });
});
