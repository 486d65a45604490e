import { describe, expect, it } from 'vitest';
import { extractFields } from '#domain/fields/index';
import { receiptNotSaid, receiptSaid } from '../../corpus/receipt-dates-dev.ts';

/**
 * When the party received the decision, as writers say it in the five languages (QA s22 a15: «Vedtaket kom min klient
 * i hende 20. oktober 2026» was not read, the appeal deadline counted from the decision's date and a timely appeal was
 * marked missed), and dates near receive words that are not that receipt (session 22 dev slice).
 */
describe('decisionReceivedDate: «i hende», «tog emot» and the rest of the dev slice', () => {
  it.each(receiptSaid.map((l) => [l.id, l.language, l] as const))('%s (%s): the receipt said is read', (_, __, letter) => {
    expect(extractFields(letter.text, 'first_instance')).toMatchObject({ decisionDate: letter.decisionDate, decisionReceivedDate: letter.decisionReceivedDate });
  });

  it.each(receiptNotSaid.map((l) => [l.id, l.language, l] as const))('%s (%s): no receipt is read where none of the decision is said', (_, __, letter) => {
    expect(extractFields(letter.text, 'first_instance')).toMatchObject({ decisionDate: letter.decisionDate, decisionReceivedDate: null });
  });

  it('QA s22 a15: a lawyer\'s «kom min klient i hende», laid out as OCR reads a two-column letterhead', () => {
    const text = `Advokatfirma Berg og Lie DA                                   Tlf 32 00 00 00
Drammen, 26. november 2026

Klage på vedtak om stans av arbeidsavklaringspenger

På vegne av min klient påklages Navs vedtak datert 14. oktober 2026 om stans av
arbeidsavklaringspenger. Vedtaket kom min klient i hende 20. oktober 2026, og
klagefristen er dermed overholdt.`;
    expect(extractFields(text, 'first_instance')).toMatchObject({ decisionDate: '2026-10-14', decisionReceivedDate: '2026-10-20' });
  });

  it.each([
    ['nb, «oss» in a letter for a client', 'Vi klager på vegne av klienten på vedtak datert 14. oktober 2026. Vedtaket kom oss i hende 28. oktober 2026.'],
    ['nb, the application', 'Jeg klager på vedtak datert 14. oktober 2026. Søknaden kom Nav i hende 2. juni 2026.'],
    ['da, the office received the application', 'Jeg klager over afgørelsen af 1. oktober 2026. Kommunen tog imod min ansøgning 4. juni 2026.'],
    ['sv, a doctor received the writer', 'Jag överklagar beslutet från den 2 oktober 2026. Läkaren tog emot mig den 9 oktober 2026.'],
  ])('«i hende» / «tog emot» of someone else, or of something else, dates no receipt (%s)', (_, text) => {
    expect(extractFields(text, 'first_instance').decisionReceivedDate).toBeNull();
  });
});
