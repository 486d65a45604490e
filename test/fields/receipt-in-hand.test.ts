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

  /** Review of qafix22: who it came to must be the party or one who gets it for the party, from a fixed list. */
  it.each([
    ['B1 nb, «undertegnede»', 'Undertegnede advokat påklager på vegne av min klient Navs vedtak datert 14. oktober 2026. Vedtaket kom undertegnede i hende 28. oktober 2026.'],
    ['B2 nb, «vårt kontor»', 'På vegne av klienten påklages vedtak datert 14. oktober 2026. Vedtaket kom vårt kontor i hende 28. oktober 2026.'],
    ['B3 nb, «advokatfirmaet»', 'På vegne av klienten påklages vedtak datert 14. oktober 2026. Vedtaket kom advokatfirmaet i hende 28. oktober 2026.'],
    ['B4 nb, the appeal came to Nav', 'Jeg klager på vedtak datert 14. oktober 2026. Klagen på vedtaket kom Nav i hende 3. november 2026.'],
    ['B10 nb, a copy to the GP', 'Jeg klager på vedtaket av 6. oktober 2026. Kopi av vedtaket kom fastlegen min i hende 9. oktober 2026.'],
    ['B11 nb, the appeal came to Helfo', 'Vi viser til klage på vedtak av 6. oktober 2026. Klagen på vedtaket kom Helfo i hende 2. november 2026 og er rettidig.'],
    ['C2 nb, no decision date', 'Jeg klager på vedtaket om sykepenger. Klagen på vedtaket kom Nav i hende 3. november 2026.'],
    ['C3 nb, «advokaten»', 'Som advokat for klienten påklager jeg vedtak datert 14. oktober 2026. Vedtaket kom advokaten i hende 28. oktober 2026.'],
    ['C5 da, «vores kontor»', 'Som advokat for klienten klager jeg over afgørelsen af 5. oktober 2026. Afgørelsen kom vores kontor i hænde den 20. oktober 2026.'],
    ['C6 sv, «byrån»', 'Som ombud för klienten överklagar jag beslutet från den 5 oktober 2026. Beslutet kom byrån tillhanda den 20 oktober 2026.'],
    ['nb, «meg» from a representative', 'Som fullmektig for min mor klager jeg på vedtak datert 14. oktober 2026. Vedtaket kom meg i hende 28. oktober 2026.'],
  ])('«i hende» of one not on the list, or of a representative, dates no receipt (%s)', (_, text) => {
    expect(extractFields(text, 'first_instance').decisionReceivedDate).toBeNull();
  });

  it.each([
    ['C4 nb, the representative\'s day beside the party\'s', 'Som fullmektig for min mor klager jeg på vedtak datert 14. oktober 2026. Vedtaket kom meg i hende 28. oktober 2026, mor fikk det 16. oktober 2026.', '2026-10-16'],
    ['nb, «mannen min»', 'Jeg klager på vegne av mannen min på vedtaket datert 14. oktober 2026. Vedtaket kom mannen min i hende 21. oktober 2026.', '2026-10-21'],
    ['sv, «min man»', 'Jag överklagar för min man beslutet från den 5 oktober 2026. Beslutet kom min man tillhanda den 20 oktober 2026.', '2026-10-20'],
    ['da, «vores klient»', 'Som advokat for klienten klager jeg over afgørelsen af 5. oktober 2026. Afgørelsen kom vores klient i hænde den 20. oktober 2026.', '2026-10-20'],
    ['nn, «parten»', 'Eg klagar på vedtak datert 14. oktober 2026. Vedtaket kom parten i hende 28. oktober 2026.', '2026-10-28'],
  ])('the party\'s own «i hende» is read (%s)', (_, text, received) => {
    expect(extractFields(text, 'first_instance').decisionReceivedDate).toBe(received);
  });
});
