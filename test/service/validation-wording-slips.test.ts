import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaIssueWords, schemaRulesNb } from '../../service/schema-issue-words.ts';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * Review findings on left11 (session 11): a schema's own `.regex` rule missing from the wording table
 * was said as «is not written in the right form»; «at least 1 characters»; a number given as «abc»
 * was «missing or not a number»; a date given as a number was «not a string».
 */
const root = path.resolve(import.meta.dirname, '../..');
/** Every `.regex(/…/, 'rule')` of the request and event schemas, with the rule it words itself by. */
function regexRules(): string[] {
  const dir = path.join(root, 'schemas');
  const rules: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const match of source.matchAll(/\.regex\(\s*\/(?:\\.|[^/\\\n])+\/[a-z]*\s*,\s*(['"])((?:\\.|(?!\1).)*)\1\s*\)/g)) rules.push(match[2]!);
  }
  return rules;
}

describe("every schema's own rule is worded in both languages", () => {
  it('finds the rules (the scan reads the schemas)', () => {
    expect(regexRules()).toEqual(expect.arrayContaining(['a name has letters', 'area codes are lower-case slugs', 'a queue name']));
  });

  it.each(regexRules())('«%s» has its bokmål, and the English names it', (rule) => {
    expect(schemaRulesNb[rule]).toMatch(/\p{L}/u);
    const words = schemaIssueWords({ code: 'invalid_format', format: 'regex', message: rule });
    expect(words).toEqual({ en: `is not valid: ${rule}`, nb: schemaRulesNb[rule] });
  });
});

describe('the words of a bound, a wrong kind and a date', () => {
  it('counts one character or item in the singular', () => {
    expect(schemaIssueWords({ code: 'too_small', minimum: 1, inclusive: true, origin: 'string' })).toEqual({ en: 'must be at least 1 character', nb: 'minst 1 tegn' });
    expect(schemaIssueWords({ code: 'too_big', maximum: 1, inclusive: true, origin: 'array' })).toEqual({ en: 'must be at most 1 item', nb: 'høyst 1 element' });
    expect(schemaIssueWords({ code: 'too_big', maximum: 255, inclusive: true, origin: 'string' })).toEqual({ en: 'must be at most 255 characters', nb: 'høyst 255 tegn' });
  });
});

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

async function refused(method: 'GET' | 'POST', url: string, payload?: object) {
  const ask = (language: 'en' | 'nb') => service.app.inject({ method, url, headers: { ...service.as('archivist'), 'accept-language': language }, ...(payload ? { payload } : {}) });
  const [en, nb] = await Promise.all([ask('en'), ask('nb')]);
  expect([en.statusCode, nb.statusCode]).toEqual([400, 400]);
  return { en: en.json().detail as string, nb: nb.json().detail as string };
}

describe('a refused request, in words that fit what was sent', () => {
  it('says a number given as letters is not a number, not that it is missing', async () => {
    expect(await refused('GET', '/api/v1/queues/review?limit=abc')).toEqual({ en: 'The number per page is not a number.', nb: 'Antall per side: er ikke et tall.' });
  });

  it('says a missing field is missing, and an empty name is under one character', async () => {
    const detail = await refused('POST', '/api/v1/uploads', { fileName: '', contentType: 'application/pdf' });
    expect(detail).toEqual({ en: 'The file name must be at least 1 character; the size is missing.', nb: 'Filnavn: minst 1 tegn; størrelse: mangler.' });
  });

  it("names a date's form when a date is given as a number, and an area's rule (the decision)", async () => {
    const detail = await refused('POST', '/api/v1/review/doc-none/decision', { area: 'Dental', fields: { decisionDate: 20250312 } });
    expect(detail).toEqual({
      en: 'The area is not valid: area codes are lower-case slugs; the decision date must be a date written YYYY-MM-DD.',
      nb: `Område: ${schemaRulesNb['area codes are lower-case slugs']}; vedtaksdato: må være en dato skrevet ÅÅÅÅ-MM-DD.`,
    });
  });
});
