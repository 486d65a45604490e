import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedRoles, openBareService, type BareService } from './fixtures.ts';

/**
 * QA s17: PUT /cases/{case}/parties/{role} answers 409 (two parties in that role) but its OpenAPI responses
 * did not list it. Every status a route answers must be in its responses: this walks every operation the
 * OpenAPI document lists, calls it as each role it names (and without a token) with input that is wrong in
 * each way a caller can get it wrong — unknown ids, nonsense in the query, a body that is no JSON, of
 * another media type, too large or empty — and compares each status answered with the ones documented.
 */
let service: BareService;
beforeAll(async () => {
  service = await openBareService();
});
afterAll(async () => {
  await service?.app.close();
  await service?.runtime.close();
  await rm(service?.dir ?? '', { recursive: true, force: true });
});

type Operation = { description?: string; responses: Record<string, unknown>; requestBody?: { content?: Record<string, unknown> } };


/** Path parameters of the right shape that name nothing stored, and ones of no shape at all. */
const shaped: Record<string, string> = { case: '2025-99999', documentId: 'doc-000000000000000000000000', letterId: 'ltr-none', role: 'appellant', handlerId: 'nobody', area: 'dental', page: '1' };
const badQuery = '?limit=abc&from=nope&to=nope&before=nope&date=nope&received=nope&format=nope&order=nope&case=nope&cursor=%25%25%25&since=x';

describe('every status a route answers is in its OpenAPI responses', () => {
  it('walks every operation with wrong input of each kind, as each role it names and without a token', async () => {
    const openapi = (await service.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    const undeclared = new Set<string>();
    let calls = 0;
    for (const [template, operations] of Object.entries(openapi.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const declared = Object.keys(operation.responses);
        const json = Boolean(operation.requestBody?.content?.['application/json']);
        const shapedUrl = template.replace(/\{(\w+)\}/g, (_, name: string) => shaped[name] ?? 'x');
        const variants: { url: string; headers?: Record<string, string>; payload?: string }[] = [
          { url: shapedUrl },
          { url: template.replace(/\{[^}]+\}/g, '%20') + badQuery },
          ...(json
            ? [
                { url: shapedUrl, headers: { 'content-type': 'application/json' }, payload: '{}' },
                { url: shapedUrl, headers: { 'content-type': 'application/json' }, payload: '{"not json' },
                { url: shapedUrl, headers: { 'content-type': 'application/json' }, payload: '' },
                { url: shapedUrl, headers: { 'content-type': 'text/plain' }, payload: 'x' },
                { url: shapedUrl, headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ note: 'x'.repeat(1_100_000) }) },
              ]
            : []),
        ];
        const callers: (Record<string, string> | null)[] = [null, ...documentedRoles(operation.description).map((role) => ({ authorization: `Bearer ${service.tokens[role]}` }))];
        for (const caller of callers) {
          for (const variant of variants) {
            const response = await service.app.inject({ method: method.toUpperCase() as 'GET', url: variant.url, headers: { ...caller, ...variant.headers }, ...(variant.payload !== undefined ? { payload: variant.payload } : {}) });
            calls += 1;
            if (!declared.includes(String(response.statusCode))) undeclared.add(`${method} ${template} ${response.statusCode}`);
          }
        }
      }
    }
    expect(calls).toBeGreaterThan(200);
    expect([...undeclared].sort()).toEqual([]);
  }, 240_000);

  it('lists the 409 of a party correction on a case with two parties in the role', async () => {
    const openapi = (await service.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, Operation>> };
    expect(Object.keys(openapi.paths['/api/v1/cases/{case}/parties/{role}']!.put!.responses)).toContain('409');
  });
});
