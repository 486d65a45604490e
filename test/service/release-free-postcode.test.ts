import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '#schemas/api';
import { OutboxList } from '#schemas/outbox';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * QA session 11 LOW: the postcode of a country with no postcode rule (France) is free text, but of
 * letters (any script), digits, spaces and hyphens only: signs are refused in a sentence (en, nb).
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const heldLetter = async () =>
  OutboxList.parse((await service.app.inject({ method: 'GET', url: `/api/v1/outbox?case=${service.seeded.transfer.caseId}`, headers: service.as('archivist') })).json()).letters[0]!;

const release = (letterId: string, payload: object, language = 'en') =>
  service.app.inject({ method: 'POST', url: `/api/v1/outbox/${letterId}/release`, headers: { ...service.as('archivist'), 'accept-language': language }, payload });

describe('releasing a held letter to a country with no postcode rule', () => {
  it.each([
    ['en', /postcode is not valid: a postcode has letters, digits, spaces and hyphens only/],
    ['nb', /postcode: et postnummer har bare bokstaver, sifre, mellomrom og bindestrek/],
  ])('refuses a postcode of signs for a country with no postcode rule (%s)', async (language, words) => {
    const held = await heldLetter();
    const response = await release(held.letterId, { name: 'Marie Dubois', street: '12 rue de Rivoli', postcode: '!!!', place: 'Paris', country: 'FR' }, language);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(response.json()).detail).toMatch(words);
    expect(await heldLetter()).toMatchObject({ status: 'held', releasedBy: null });
  });

  it('takes a free-text postcode of a country with no postcode rule as written', async () => {
    const held = await heldLetter();
    const response = await release(held.letterId, { name: 'Marie Dubois', street: '12 rue de Rivoli', postcode: '75001', place: 'Paris', country: 'FR' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await heldLetter()).toMatchObject({ status: 'ready', recipient: { name: 'Marie Dubois', address: ['12 rue de Rivoli', '75001 Paris', 'FRANKRIKE'] } });
  });

});
