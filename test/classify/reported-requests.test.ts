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
});
