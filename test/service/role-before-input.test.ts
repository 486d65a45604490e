import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allRoles, documentedRoles, openBareService, type BareService } from './fixtures.ts';
import { expectProblem } from '../support/problem-response.ts';

/**
 * QA s13 c #7: `/access-log` without from/to told a caseworker «In the query, from is missing» and
 * only with the dates 403: a person was told to fix a query they may never run. The role is checked
 * before the path, the query and the body, on every route: each operation the OpenAPI document lists,
 * called by each role it does not name with input that is wrong everywhere it can be, answers 403.
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



// Wrong in every place a route reads: a path segment no parameter takes, every query parameter any
// route knows set to nonsense, and a body that is not JSON.
const badQuery = '?limit=abc&from=nope&to=nope&before=nope&after=-1&date=nope&received=nope&format=nope&order=nope&case=nope&cursor=%%%';

describe('the role before the input', () => {
  it('answers 403, not 400, to a role an operation does not name, however wrong the request is', async () => {
    const openapi = (await service.app.inject({ method: 'GET', url: '/openapi.json' })).json() as { paths: Record<string, Record<string, { description?: string }>> };
    const refused: string[] = [];
    for (const [pathTemplate, operations] of Object.entries(openapi.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const url = pathTemplate.replace(/\{[^}]+\}/g, '%20') + badQuery;
        for (const role of allRoles.filter((r) => !documentedRoles(operation.description).includes(r))) {
          const response = await service.app.inject({
            method: method.toUpperCase() as 'GET' | 'POST',
            url,
            headers: { authorization: `Bearer ${service.tokens[role]}`, ...(method === 'post' ? { 'content-type': 'application/json' } : {}) },
            ...(method === 'post' ? { payload: '{"not json' } : {}),
          });
          const problem = expectProblem(response, 403);
          expect(problem.detail).toMatch(new RegExp(`^(The ${role} role may not|Only the operator)`));
          refused.push(`${role} ${method} ${pathTemplate}`);
        }
      }
    }
    // The table is not empty by accident: the auditor alone is refused nearly every operation.
    expect(refused).toContain('caseworker get /api/v1/access-log');
    expect(refused).toContain('reader post /api/v1/cases/{case}/claim');
    expect(refused.length).toBeGreaterThan(60);
  });

  it('still answers 400 to a role that may, when the query is wrong', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/v1/access-log', headers: { authorization: `Bearer ${service.tokens.auditor}` } });
    const problem = expectProblem(response, 400) as { detail: string; errors?: { path: string }[] };
    expect(problem.detail).toContain('The first day is missing');
    expect(problem.errors?.map((e) => e.path)).toContain('from');
  });
});
