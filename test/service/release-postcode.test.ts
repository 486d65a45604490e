import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '#schemas/api';
import { OutboxList } from '#schemas/outbox';
import { openTestService, type TestService } from './fixtures.ts';

/**
 * A held letter's release checks the written postcode against its place by Posten's table, as the
 * letter plan does when it holds a letter (config/postcodes.ts): «0150 Bergen» (0150 is Oslo) is
 * refused in a sentence, in English and in bokmål, and the letter stays held.
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

describe('releasing a held letter', () => {
  it.each([
    ['en', /The postcode 0150 is not Bergen's \(0150 is Oslo\): the postcode and the place name do not agree/],
    ['nb', /Postnummer 0150 hører ikke til Bergen \(0150 er Oslo\): postnummer og poststed stemmer ikke overens/],
  ])('refuses a postcode that is not the place\'s (%s), and the letter stays held', async (language, words) => {
    const held = await heldLetter();
    expect(held.status).toBe('held');
    const response = await service.app.inject({
      method: 'POST',
      url: `/api/v1/outbox/${held.letterId}/release`,
      headers: { ...service.as('archivist'), 'accept-language': language },
      payload: { name: 'Kari Nordmann', street: 'Bakkeveien 4', postcode: '0150', place: 'Bergen' },
    });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(response.json()).detail).toMatch(words);
    expect(await heldLetter()).toMatchObject({ status: 'held', releasedBy: null });
  });

  it('takes a postcode that is the place\'s', async () => {
    const held = await heldLetter();
    const response = await service.app.inject({
      method: 'POST',
      url: `/api/v1/outbox/${held.letterId}/release`,
      headers: service.as('archivist'),
      payload: { name: 'Kari Nordmann', street: 'Bakkeveien 4', postcode: '0150', place: 'Oslo' },
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(await heldLetter()).toMatchObject({ status: 'ready', recipient: { address: ['Bakkeveien 4', '0150 Oslo'] } });
  });

  it('answers 404 for an unknown letter and 409 for one no longer held before it looks at the postcode', async () => {
    const payload = { name: 'Kari Nordmann', street: 'Bakkeveien 4', postcode: '0150', place: 'Bergen' };
    const unknown = await service.app.inject({ method: 'POST', url: '/api/v1/outbox/no-such-letter/release', headers: service.as('archivist'), payload });
    expect(unknown.statusCode, unknown.body).toBe(404);
    const released = await heldLetter();
    expect(released.status).toBe('ready');
    const again = await service.app.inject({ method: 'POST', url: `/api/v1/outbox/${released.letterId}/release`, headers: service.as('archivist'), payload });
    expect(again.statusCode, again.body).toBe(409);
  });
});
