import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '#schemas/api';
import { problemLanguage } from '../../service/problem-language.ts';
import { schemaIssueNb } from '../../service/problem-words-nb.ts';
import { addressCorrectionChecked } from '#domain/letters/postal-address';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * A refusal's words in the language the caller asks for: bokmål for the page and the CLI (Accept-Language
 * nb), English for downstream systems and whoever asks for nothing. The same refusal in both, told apart
 * by Content-Language; the type, status and instance do not change with the language.
 */
describe('the language of a problem, from Accept-Language', () => {
  const asked: [string | undefined, 'en' | 'nb'][] = [
    [undefined, 'en'],
    ['', 'en'],
    ['nb', 'nb'],
    ['nb-NO,nb;q=0.9,no;q=0.8,nn;q=0.7,en-US;q=0.6,en;q=0.5', 'nb'],
    ['no', 'nb'],
    ['nn-NO', 'nb'],
    // The POSIX form some clients send.
    ['nb_NO', 'nb'],
    ['no_NO, en;q=0.5', 'nb'],
    ['en-US,en;q=0.9', 'en'],
    ['en;q=0.4, nb;q=0.8', 'nb'],
    ['nb;q=0.3, en;q=0.8', 'en'],
    ['de-DE,de;q=0.9', 'en'],
    ['*', 'en'],
    ['nb;q=0, en;q=0.1', 'en'],
    // Equal weight: the range named first.
    ['nb, en', 'nb'],
    ['en, nb', 'en'],
    // A weight written with spaces is still read, and one that cannot be read keeps its range (as weight 1);
    // English refused outright leaves the wildcard to Norwegian.
    ['nb;q = 0.1, en;q=0.5', 'en'],
    ['nb ; q = 0.9, en;q=0.5', 'nb'],
    ['nb;q=abc', 'nb'],
    ['en;q=0, *;q=0.5', 'nb'],
    ['nb;q=0, *', 'en'],
    ['nb;q=0.3, *;q=0.8', 'en'],
  ];
  it.each(asked)('Accept-Language %j gives %s: bokmål when Norwegian ranks above English, English otherwise and by default', (header, language) => {
    expect(problemLanguage(header)).toBe(language);
  });
});

let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

type Request = { method: 'GET' | 'POST'; url: string; headers: Record<string, string>; payload?: object };

/** The same request asked in bokmål and in English (no Accept-Language): both problems, and their headers. */
async function both(request: Request, status: number) {
  const ask = async (language: Record<string, string>) => {
    const response = await service.app.inject({ ...request, headers: { ...request.headers, ...language } });
    expect(response.statusCode, response.body).toBe(status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.headers.vary).toMatch(/Accept-Language/i);
    return { problem: Problem.parse(response.json()), language: response.headers['content-language'] };
  };
  const nb = await ask({ 'accept-language': 'nb' });
  const en = await ask({});
  expect(nb.language).toBe('nb');
  expect(en.language).toBe('en');
  expect({ type: nb.problem.type, status: nb.problem.status, instance: nb.problem.instance }).toEqual({ type: en.problem.type, status: en.problem.status, instance: en.problem.instance });
  expect(nb.problem.detail).not.toBe(en.problem.detail);
  expect(nb.problem.title).not.toBe(en.problem.title);
  return { nb: nb.problem, en: en.problem };
}

describe('every refusal the page can meet, in bokmål when asked', () => {
  it('sign-in: an unknown token', async () => {
    const { nb, en } = await both({ method: 'GET', url: '/api/v1/queues/review', headers: { authorization: 'Bearer pm_not-a-token-anyone-was-given' } }, 401);
    expect(nb.title).toBe('Du må logge inn');
    expect(nb.detail).toContain('Logg inn med en nøkkel');
    expect(en.detail).toContain('Sign in with a token');
  });

  it("a role's limits: a case handler asking for the review queue, and for the text of a document on no case", async () => {
    const review = await both({ method: 'GET', url: '/api/v1/review', headers: service.as('caseworker') }, 403);
    expect(review.nb.detail).toBe('Rollen saksbehandler kan ikke lese kontrollkøen.');
    expect(review.en.detail).toBe('The caseworker role may not read the review queue.');
    const text = await both({ method: 'GET', url: `/api/v1/documents/${service.seeded.orphan.documentId}/text`, headers: service.as('caseworker') }, 403);
    expect(text.nb.detail).toContain(`Rollen saksbehandler kan ikke lese teksten i dokument ${service.seeded.orphan.documentId}: det er ikke på noen sak ennå`);
  });

  it('a stale decision: the document left the review queue before the archivist decided', async () => {
    const { transfer } = service.seeded;
    const { nb } = await both({ method: 'POST', url: `/api/v1/review/${transfer.documentId}/decision`, headers: service.as('archivist'), payload: { area: 'dental' } }, 409);
    expect(nb.title).toBe('Noen kom først');
    expect(nb.detail).toBe(`Dokument ${transfer.documentId} venter ikke i kontrollkøen: det er allerede journalført og fordelt på sak ${transfer.caseId!.replace('-', '/')}.`);
  });

  it('a date range the wrong way round, with its days as dd.mm.åååå', async () => {
    const { nb } = await both({ method: 'GET', url: '/api/v1/queues/review?from=2025-04-01&to=2025-03-01', headers: service.as('archivist') }, 400);
    expect(nb.detail).toBe('Fra-datoen 01.04.2025 er etter til-datoen 01.03.2025: ingen post kan være mottatt i det tidsrommet.');
  });

  it('an unknown case, and a case number that is none', async () => {
    expect((await both({ method: 'GET', url: '/api/v1/cases/2025-09999', headers: service.as('caseworker') }, 404)).nb.detail).toBe('Det finnes ingen sak 2025/09999.');
    expect((await both({ method: 'GET', url: '/api/v1/cases/abc', headers: service.as('caseworker') }, 400)).nb.detail).toBe('«abc» er ikke et saksnummer. Skriv det som 2025/00001 (eller 2025-00001).');
  });

  it('a case another handler claimed first', async () => {
    const caseId = service.seeded.transfer.caseId!;
    const first = await service.person('Kari Først', 'caseworker');
    expect((await service.app.inject({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: first })).statusCode).toBe(200);
    const { nb } = await both({ method: 'POST', url: `/api/v1/cases/${caseId}/claim`, headers: await service.person('Ola Etter', 'caseworker') }, 409);
    expect(nb.detail).toBe(`Sak ${caseId.replace('-', '/')} ble tatt av Kari Først først.`);
  });

  it("the upload's refusals: a postmark after the received day, a file above the limit, a role that may not hand in", async () => {
    const limit = service.runtime.context.config.limits.maxBytes;
    const postmark = await both({ method: 'POST', url: '/api/v1/uploads', headers: service.as('archivist'), payload: { fileName: 'brev.pdf', size: 10, contentType: 'application/pdf', postmarked: '2099-01-02' } }, 400);
    expect(postmark.nb.detail).toMatch(/^Poststempelet 02\.01\.2099 er etter mottaksdatoen \d{2}\.\d{2}\.\d{4}\.$/);
    const large = await both({ method: 'POST', url: '/api/v1/uploads', headers: service.as('archivist'), payload: { fileName: 'stor.pdf', size: limit + 1, contentType: 'application/pdf' } }, 422);
    expect(large.nb.detail).toMatch(/^stor\.pdf er .+; filer over .+ tas ikke imot\.$/);
    const role = await both({ method: 'POST', url: '/api/v1/uploads', headers: service.as('caseworker'), payload: { fileName: 'a.pdf', size: 10, contentType: 'application/pdf' } }, 403);
    expect(role.nb.detail).toBe('Rollen saksbehandler kan ikke levere inn skannede dokumenter.');
  });

  it('a request the schema refuses says where in bokmål', async () => {
    const { nb } = await both({ method: 'GET', url: '/api/v1/queues/review?limit=201', headers: service.as('archivist') }, 400);
    expect(nb.detail).toBe('Antall per side: høyst 200.');
  });

  it("names the rule a schema words itself in bokmål: every rule of a held letter's address", () => {
    const parsed = addressCorrectionChecked.safeParse({ name: '123', street: '45', postcode: '506', place: '5006' });
    expect(parsed.success).toBe(false);
    const said = Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [String(issue.path[0]), schemaIssueNb(issue as never)]));
    expect(said).toEqual({ name: 'et navn har bokstaver', street: 'en gate eller postboks har bokstaver', postcode: 'et postnummer er fire sifre', place: 'et poststed er et navn, uten sifre' });
    // Abroad, the country's own rule, in bokmål too (domain/letters/postal-countries.ts).
    const abroad = (country: string, postcode: string) => addressCorrectionChecked.safeParse({ name: 'Sven Lindqvist', street: 'Storgatan 4', postcode, place: 'Göteborg', country }).error?.issues.map((issue) => schemaIssueNb(issue as never));
    expect(abroad('Sverige', '4113')).toEqual(['et svensk postnummer er fem sifre, skrevet 123 45']);
    expect(abroad('DE', '1011')).toEqual(['et tysk postnummer er fem sifre']);
    expect(abroad('DK', '80000')).toEqual(['et dansk postnummer er fire sifre']);
    expect(abroad('United Kingdom', '12345')).toEqual(['et britisk postnummer er bokstaver og sifre, som M1 1AA']);
    expect(abroad('Sverige1', '411 38')).toEqual(['et land er et navn eller en landkode, uten sifre']);
    expect(abroad('Atlantis', '')).toEqual(['et land vi kjenner, med navnet på norsk, engelsk eller landets eget språk, eller landkoden (SE)']);
  });

  it('a browser that ranks Norwegian first gets bokmål without the page saying so', async () => {
    const response = await service.app.inject({ method: 'GET', url: '/api/v1/cases/2025-09999', headers: { ...service.as('caseworker'), 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' } });
    expect(response.headers['content-language']).toBe('nb');
    expect(response.json().detail).toBe('Det finnes ingen sak 2025/09999.');
  });
});
