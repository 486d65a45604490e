import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestService, type TestService } from './fixtures.ts';
import { heldLetterRelease } from './held-letter-release.ts';

/**
 * QA session 11 LOW: the postcode of a country with no postcode rule (France) is free text, of letters
 * (any script), digits, spaces and hyphens only; signs are refused (test/service/release-abroad.test.ts),
 * a French postcode is taken and printed as written.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const { heldLetter, release } = heldLetterRelease(() => service);

describe('releasing a held letter to a country with no postcode rule', () => {
  it('takes a free-text postcode of a country with no postcode rule as written', async () => {
    const held = await heldLetter();
    const response = await release(held.letterId, { name: 'Marie Dubois', street: '12 rue de Rivoli', postcode: '75001', place: 'Paris', country: 'FR' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await heldLetter()).toMatchObject({ status: 'ready', recipient: { name: 'Marie Dubois', address: ['12 rue de Rivoli', '75001 Paris', 'FRANKRIKE'] } });
  });
});
