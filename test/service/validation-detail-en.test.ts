import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * A request the schema refuses, in English (session 10, "Left, noticed"): the detail was zod's own text
 * («limit: Too big: expected number to be <=200»), the bokmål one a sentence. Now both say, per field,
 * where it is, its name and what it must be, from one wording table (service/schema-issue-words.ts).
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

type Request = { method: 'GET' | 'POST'; url: string; role: 'archivist' | 'caseworker' | 'system'; payload?: object };

async function inEnglish(request: Request) {
  const response = await service.app.inject({ method: request.method, url: request.url, headers: { ...service.as(request.role), 'accept-language': 'en' }, ...(request.payload ? { payload: request.payload } : {}) });
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-language']).toBe('en');
  return response.json().detail as string;
}

describe("a request the schema refuses, in English: the field and what it must be", () => {
  it('a bound on a number in the query', async () => {
    expect(await inEnglish({ method: 'GET', url: '/api/v1/queues/review?limit=201', role: 'archivist' })).toBe('The number per page must be at most 200.');
  });

  it('the values a query parameter takes, and the form a date is written in', async () => {
    expect(await inEnglish({ method: 'GET', url: '/api/v1/queues/review?order=x', role: 'archivist' })).toBe('The order must be "oldest" or "priority".');
    expect(await inEnglish({ method: 'GET', url: '/api/v1/queues/review?from=x', role: 'archivist' })).toBe('The first day must be a date written YYYY-MM-DD.');
  });

  it("a body's missing field and a negative size, each named (the upload slot)", async () => {
    const detail = await inEnglish({ method: 'POST', url: '/api/v1/uploads', role: 'archivist', payload: { size: -1, contentType: 'application/pdf' } });
    expect(detail).toBe('The file name is missing; the size must be at least 0.');
  });

  it("the rules a held letter's address words itself (the outbox)", async () => {
    const detail = await inEnglish({ method: 'POST', url: '/api/v1/outbox/no-such-letter/release', role: 'archivist', payload: { name: 'Kari Nordmann', street: 'Storgata 1', postcode: '506', place: 'Bergen' } });
    expect(detail).toBe('The postcode is not valid: a postcode is four digits.');
  });

  it('an event id in the query of the event feed', async () => {
    const detail = await inEnglish({ method: 'GET', url: '/api/v1/events?since=xyz', role: 'system' });
    expect(detail).toBe('The last event id is not valid: an event id (32 hex digits).');
  });

  it('never passes on the schema library\'s own words', async () => {
    const details = await Promise.all([
      inEnglish({ method: 'GET', url: '/api/v1/queues/review?limit=201', role: 'archivist' }),
      inEnglish({ method: 'POST', url: '/api/v1/uploads', role: 'archivist', payload: { fileName: 'a.pdf', size: 'ten', contentType: 'application/pdf' } }),
    ]);
    for (const detail of details) expect(detail).not.toMatch(/Too big|Too small|Invalid input|expected .* to be|received/);
  });
});
