import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '#schemas/api';
import { openTestService, type TestService } from './fixtures.ts';
import { heldLetterRelease } from './held-letter-release.ts';

/**
 * QA session 11, HIGH 4: a held letter to an appellant abroad could not be released, since the API took
 * four-digit postcodes only. The release takes a country (name or code); the postcode is checked by the
 * country's rule (domain/letters/postal-countries.ts), Posten's table only for an address in Norway.
 */
let service: TestService;
beforeAll(async () => {
  service = await openTestService();
});
afterAll(async () => {
  await service?.close();
});

const { heldLetter, release } = heldLetterRelease(() => service);

describe('releasing a held letter to an address abroad', () => {
  it.each([
    ['Sverige', '4113', 'en', /postcode is not valid: a Swedish postcode is five digits, written 123 45/],
    ['DE', '1011', 'nb', /Postnummer: et tysk postnummer er fem sifre/],
    ['United Kingdom', '12345', 'nb', /Postnummer: et britisk postnummer er bokstaver og sifre, som M1 1AA/],
    // A country with no postcode rule (France) takes free text, but of letters, digits, spaces and hyphens only.
    ['FR', '!!!', 'en', /postcode is not valid: a postcode has letters, digits, spaces and hyphens only/],
    ['FR', '!!!', 'nb', /Postnummer: et postnummer har bare bokstaver, sifre, mellomrom og bindestrek/],
  ])('refuses a postcode that breaks the rule of %s (%s), in a sentence (%s)', async (country, postcode, language, words) => {
    const held = await heldLetter();
    const response = await release(held.letterId, { name: 'Sven Lindqvist', street: 'Storgatan 4', postcode, place: 'Göteborg', country }, language);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Problem.parse(response.json()).detail).toMatch(words);
    expect(await heldLetter()).toMatchObject({ status: 'held', releasedBy: null });
  });

  it('takes a Swedish address by its country code, writes the postcode as Posten Sverige does and the country last in capitals', async () => {
    const held = await heldLetter();
    const response = await release(held.letterId, { name: 'Sven Lindqvist', street: 'Storgatan 4', postcode: '41138', place: 'Göteborg', country: 'SE' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await heldLetter()).toMatchObject({ status: 'ready', recipient: { name: 'Sven Lindqvist', address: ['Storgatan 4', '411 38 Göteborg', 'SVERIGE'] } });
  });
});
