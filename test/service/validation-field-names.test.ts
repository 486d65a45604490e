import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldWords } from '../../service/field-words.ts';
import { openApiDocument } from '../../service/openapi.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * QA s17: a 400 named the field by the schema's path («I innholdet: place: et poststed er et navn»). The
 * detail names it in words («Poststed: …»), and the path is for programs in `errors[]`, on every route
 * the shared validation answers for.
 */
type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[]; oneOf?: Schema[]; allOf?: Schema[] };
type Operation = { parameters?: { name: string; in: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } };

/** Every field name a request can carry: each route's path and query parameters and its JSON body's keys, however deep. */
async function requestFieldNames(): Promise<Set<string>> {
  const document = (await openApiDocument()) as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  const names = new Set<string>();
  const seen = new Set<Schema>();
  const walk = (schema: Schema | undefined) => {
    if (!schema || seen.has(schema)) return;
    seen.add(schema);
    if (schema.$ref) return walk(document.components.schemas[schema.$ref.split('/').pop()!]);
    for (const each of [...(schema.anyOf ?? []), ...(schema.oneOf ?? []), ...(schema.allOf ?? [])]) walk(each);
    for (const [key, value] of Object.entries(schema.properties ?? {})) {
      names.add(key);
      walk(value);
    }
    walk(schema.items);
  };
  for (const operations of Object.values(document.paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) if (parameter.in !== 'header') names.add(parameter.name);
      walk(operation.requestBody?.content?.['application/json']?.schema);
    }
  }
  return names;
}

describe('every field a request can carry has its words', () => {
  it('in English and in bokmål, none of them the key itself', async () => {
    const names = await requestFieldNames();
    expect(names.size).toBeGreaterThan(30);
    const missing = [...names].filter((name) => !fieldWords[name]);
    expect(missing).toEqual([]);
    for (const name of names) {
      expect(fieldWords[name]!.nb, name).not.toBe(name);
      expect(fieldWords[name]!.en, name).toMatch(/^the /);
    }
  });
});

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

async function refusedIn(language: 'en' | 'nb', method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const response = await service.app.inject({ method, url, headers: { ...service.as('archivist'), 'accept-language': language }, ...(payload ? { payload } : {}) });
  expect(response.statusCode, response.body).toBe(400);
  return response.json() as { detail: string; errors: { in: string; path: string; code: string }[] };
}

describe('a request the schema refuses names the field in words, its path apart', () => {
  it("a party correction's post town: «Poststed: …», the path `place` in errors[]", async () => {
    const caseId = service.seeded.transfer.caseId!;
    const body = { name: 'Kari Nordmann', street: 'Storgata 1', postcode: '5006', place: '5006' };
    const nb = await refusedIn('nb', 'PUT', `/api/v1/cases/${caseId}/parties/appellant`, body);
    expect(nb.detail).toBe('Poststed: et poststed er et navn, uten sifre.');
    expect(nb.detail).not.toMatch(/\bplace\b/);
    expect(nb.errors).toEqual([{ in: 'body', path: 'place', code: expect.any(String) }]);
    const en = await refusedIn('en', 'PUT', `/api/v1/cases/${caseId}/parties/appellant`, body);
    expect(en.detail).toBe('The post town is not valid: a place is a name, without digits.');
    expect(en.errors).toEqual(nb.errors);
  });

  it('a nested field and a query parameter, each by its words, every path kept', async () => {
    const nested = await refusedIn('nb', 'POST', '/api/v1/review/doc-none/decision', { area: 'Dental', fields: { decisionDate: 20250312 } });
    expect(nested.detail).toMatch(/^Område: .*; vedtaksdato: må være en dato skrevet ÅÅÅÅ-MM-DD\.$/);
    expect(nested.errors.map((e) => [e.in, e.path])).toEqual([['body', 'area'], ['body', 'fields.decisionDate']]);
    const query = await refusedIn('nb', 'GET', '/api/v1/queues/review?limit=201');
    expect(query.detail).toBe('Antall per side: høyst 200.');
    expect(query.errors).toEqual([{ in: 'querystring', path: 'limit', code: 'too_big' }]);
  });

  it('an item of a list by its number from 1', async () => {
    const refused = await refusedIn('en', 'POST', '/api/v1/review/doc-none/decision', { fields: { caseReferences: ['ok', 7] } });
    expect(refused.errors.map((e) => e.path)).toContain('fields.caseReferences.1');
    expect(refused.detail).toContain('The case reference no. 2');
  });
});
