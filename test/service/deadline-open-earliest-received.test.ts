import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderTextPdf } from '../../corpus/render.ts';
import { expectProblem } from '../support/problem-response.ts';
import { declarationOnKarisCase, openTestService, type TestService } from './fixtures.ts';

/**
 * Review finding (session 10): a deadline opened on a case was bounded by the case's received date
 * alone, the opening document's. A document registered on the case since, received earlier (scanned
 * late), shows the case's mail was in the house before: a deadline may be opened from that day, and
 * not before it.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
}, 120_000);
afterAll(() => service?.close());

describe("a deadline opened on a case with a document received before the case's own date", () => {
  it('is opened from the earliest received day among its documents, and refused before it (422)', async () => {
    const { caseId } = service.seeded.transfer;
    const { handIn } = await import('../../service/operations/intake.ts');
    const declaration = await handIn(service.runtime.context, { person: 'mailroom', role: 'archivist' }, { bytes: await renderTextPdf([declarationOnKarisCase]), fileName: 'erklaering.pdf', receivedDate: '2025-03-18', postmarkDate: null });
    expect(declaration).toMatchObject({ status: 'routed', caseId });
    const erik = { ...(await service.person('Erik Tidlig', 'caseworker')), 'accept-language': 'nb' };
    const open = (openedOn: string) => service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/deadlines`, headers: erik, payload: { kind: 'comments', openedOn } });

    expect(expectProblem(await open('2025-03-17'), 422).detail).toBe('Saken ble mottatt 18.03.2025; en frist kan ikke åpnes 17.03.2025, før saken ble mottatt.');
    const opened = await open('2025-03-18');
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ caseId, deadline: { kind: 'comments' } });
  });
});
