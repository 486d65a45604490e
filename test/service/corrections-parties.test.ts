import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseView } from '#schemas/api';
import { idFor } from '../support/national-ids.ts';
import { appealBy, handInAppeal as handInOne } from './appeal-hand-in.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * QA s11 LOW: an appeal moved onto another case brings its writer as a party of that case, beside the
 * appellant the case has (so the extended-processing notice reaches both); a repeated move adds nobody twice.
 */
let service: TestService;

const handInAppeal = (lines: string[], fileName: string) => handInOne(service, lines, fileName);

beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const inject = (method: 'GET' | 'POST', url: string, payload?: object) => service.app.inject({ method, url, headers: service.as('archivist'), ...(payload ? { payload } : {}) });
const appellantsOf = async (caseId: string) =>
  CaseView.parse((await inject('GET', `/api/v1/cases/${caseId}`)).json())
    .parties.filter((p) => p.role === 'appellant')
    .map((p) => p.name)
    .sort();

describe('an appeal moved onto another case', () => {
  it("adds its appellant to the receiving case's parties, keeping the case's own, once", async () => {
    const receiving = await handInAppeal(appealBy('Lise Berg', 'Kirkeveien 3, 0368 Oslo', idFor(9, 5, 41)), 'lise.pdf');
    const moved = await handInAppeal(appealBy('Per Hansen', 'Storgata 5, 0155 Oslo', idFor(14, 2, 77)), 'per.pdf');
    expect(await appellantsOf(receiving.caseId!)).toEqual(['Lise Berg']);

    const response = await inject('POST', `/api/v1/documents/${moved.documentId}/correction`, { case: receiving.caseId });
    expect(response.statusCode, response.body).toBe(200);
    expect(await appellantsOf(receiving.caseId!)).toEqual(['Lise Berg', 'Per Hansen']);

    // The same move again changes nothing, and the parties stay as they are.
    const again = await inject('POST', `/api/v1/documents/${moved.documentId}/correction`, { case: receiving.caseId });
    expect(again.statusCode, again.body).toBe(400);
    expect(await appellantsOf(receiving.caseId!)).toEqual(['Lise Berg', 'Per Hansen']);
  });
});
