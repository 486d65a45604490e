import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { deadlineInterruptionSignal, readWritersAppeal } from '../../domain/classify/deadline-interrupting.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { linkThreshold } from '../../domain/config.ts';
import { reportedRequestDevSlice } from '../../corpus/reported-requests-dev.ts';

/**
 * A request someone else made, told in passing («brev om å sende inn mer», «Nav ba meg sende mer», «a letter asking me
 * to send more»), is no promise of the grounds (QA s22 a10); a promise beside such a request still is.
 */
describe('requests the writer reports are not the writer\'s promise', () => {
  it.each(reportedRequestDevSlice.map((l) => [l.id, l.promises, l.text] as const))('dev slice %s: promises the grounds later = %s', (_, promises, text) => {
    expect(deadlineInterruptionSignal(text) !== null).toBe(promises);
  });

  it('QA s22 a10: an e-mail appeal with its grounds that says no letter asked for more is routed as an ordinary appeal', () => {
    const text = `Fra: Kari Nordmann <kari@example.no>
Emne: Klage på vedtak om yrkesskade

Hei

Jeg klager på vedtaket fra Nav om at ulykken min ikke godkjennes som yrkesskade. Vedtaket er datert 22.10.2026.

Jeg falt fra stillaset på jobb 3. juni i år. Dere skriver at det er usikkert om skaden i skulderen skyldes ulykken, men jeg hadde aldri problemer med skulderen før. En kollega så at jeg falt.

Jeg mener skaden må godkjennes som yrkesskade etter folketrygdloven kapittel 13. Jeg har ikke fått noe brev om å sende inn mer, men kan skaffe uttalelse fra kollegaen.

Mvh
Kari Nordmann`;
    const reading = readWritersAppeal(text);
    expect(reading.interruption).toBeNull();
    expect(reading.asksToSendLater).toBe(false);
    const config = loadConfig();
    const c = classifyDocument(text, config);
    expect(c.documentType).toBe('appeal');
    expect(c.confidence).toBeGreaterThanOrEqual(linkThreshold(config, 'newCase'));
  });

  it.each([
    ['nb, message noun', 'Jeg klager på vedtaket. Jeg fikk beskjed om å sende resten av papirene, og de ligger ved.'],
    ['nb, asked', 'Jeg klager på vedtaket. Helfo har bedt meg om å sende mer dokumentasjon, og den er sendt.'],
    ['en', 'I appeal the decision. You asked me to send more receipts, which are enclosed.'],
  ])('the request told is taken out up to its clause\'s end (%s)', (_, text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });

  it.each([
    ['the writer asks to send later', 'Jeg klager på vedtaket. Jeg ber om å få sende mer dokumentasjon senere.'],
    ['a promise after the request, in its own clause', 'Jeg klager på vedtaket. Nav ba meg sende mer, og jeg sender begrunnelsen senere.'],
    ['a promise in the next sentence', 'Jeg klager på vedtaket. Jeg fikk brev om å sende inn mer. Begrunnelsen kommer når legen har skrevet.'],
  ])('a promise still reads (%s)', (_, text) => {
    expect(deadlineInterruptionSignal(text)).not.toBeNull();
  });

  /** Review of qafix22: a message noun with «om at» and no send verb, or a promise after the request without a comma. */
  it.each([
    ['A1 nb, «og» with no comma', 'Jeg klager på vedtaket om sykepenger. Nav ba meg sende mer og jeg sender begrunnelsen senere.'],
    ['A4 nb, the writer\'s own «beskjed om at»', 'Jeg gir med dette beskjed om at jeg klager på vedtaket og at begrunnelsen ettersendes.'],
    ['A5 nb, the writer\'s own «anmodning om å få»', 'Jeg klager på vedtaket om arbeidsavklaringspenger. Dette er også en anmodning om å få utsatt frist til å begrunne klagen.'],
    ['A7 sv, the writer\'s own «meddelande om att»', 'Jag överklagar beslutet. Detta är ett meddelande om att jag överklagar och att motiveringen kommer senare.'],
    ['A9 en, «and I will»', 'I appeal the decision. You asked me to send more and I will send my full reasons later.'],
    ['A10 nn, «og» opens the next clause', 'Eg klagar på vedtaket. Helfo bad meg sende meir og grunngjevinga kjem seinare.'],
    ['A12 nb, OCR without stops', 'Jeg klager på vedtaket Nav ba meg sende inn klagen selv om jeg ikke rekker å skrive alt nå'],
    ['R1 nb, «melding om at»', 'Jeg sender med dette melding om at jeg klager på vedtaket om arbeidsavklaringspenger, og at begrunnelse ettersendes.'],
    ['nb, the writer\'s own «forespørsel»', 'Jeg klager på vedtaket. Jeg sender en forespørsel om å sende begrunnelsen senere.'],
  ])('a promise beside or inside a message noun still reads (%s)', (_, text) => {
    expect(deadlineInterruptionSignal(text)).not.toBeNull();
  });

  it.each([
    ['N1 nb, «ba meg sende inn mer … og det gjorde jeg»', 'Jeg klager på vedtaket. Saksbehandleren ba meg sende inn mer dokumentasjon i august og det gjorde jeg straks.'],
    ['N2 sv, «uppmanade mig att skicka»', 'Jag överklagar beslutet. Handläggaren uppmanade mig att skicka mer underlag och det gjorde jag.'],
    ['N3 en, «a reminder about sending»', 'I appeal the decision. I got a reminder about sending more receipts and they are enclosed.'],
    ['N4 da, «besked om at sende»', 'Jeg klager over afgørelsen. Jeg fik besked om at sende mere dokumentation, og den er vedlagt.'],
    ['nb, four words after the verb', 'Jeg klager på vedtaket. Jeg fikk brev om å sende inn mer dokumentasjon senere.'],
  ])('the request told is still taken out (%s)', (_, text) => {
    expect(deadlineInterruptionSignal(text)).toBeNull();
  });

  it.each([
    ['A4', 'Klage på vedtak om sykepenger datert 3. oktober 2026\n\nJeg gir med dette beskjed om at jeg klager på vedtaket og at begrunnelsen ettersendes.\n\nHilsen Kari Nordmann'],
    ['R1', 'Klage på vedtak datert 3. oktober 2026\n\nJeg sender med dette melding om at jeg klager på vedtaket om arbeidsavklaringspenger, og at begrunnelse ettersendes.\n\nMvh Per Hansen'],
  ])('%s: the writer\'s own notice of a promise stays a deadline-interrupting appeal through classifyDocument', (_, text) => {
    expect(classifyDocument(text, loadConfig()).documentType).toBe('appeal_deadline_interrupting');
  });
});
