import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Session 23's second review of parties23 (letters P10–P24, Q01, Q04 of the review): a person who only collects the writer's
 * mail got the acknowledgement because the next sentence named the case («Hun har ingenting med saken», «Han leverte også
 * klagen»), a line without a full stop was read on into «Klagen gjelder …», «alt av post» was read as a power over everything,
 * and a pluperfect «hadde gitt … fullmakt» (a power that has ended) named a holder.
 */
const postcodes = norwegianPostcodes();
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const own = ['Ingrid Solberg', 'Lindeveien 14', '1440 Drøbak', '', ...HEAD, 'Klage på vedtak', '', 'Jeg klager på vedtaket om uføretrygd datert 3. mars.'];
const body = (...lines: string[]) => [...own, ...lines, '', 'Med vennlig hilsen', 'Ingrid Solberg'].join('\n');
const enOwn = ['Ingrid Solberg', 'Lindeveien 14', '1440 Drøbak', '', ...HEAD, 'Appeal', '', 'I appeal the decision on disability benefit of 3 March.'];
const enBody = (...lines: string[]) => [...enOwn, ...lines, '', 'Yours sincerely', 'Ingrid Solberg'].join('\n');
const D = 'min datter Eva Solberg, Storgata 5, 0155 Oslo,';
const read = (text: string) => {
  const found = extractParties(text, { postcodes });
  const to = chooseRecipient(found, postcodes);
  return {
    representatives: found.filter((p) => p.role === 'representative').map((p) => p.name),
    to: to.status === 'ready' ? to.recipient.name : to.status,
  };
};

describe('one who only collects the mail is no representative: the writer is answered', () => {
  const letters: [string, string][] = [
    ['P10', body(`Jeg har gitt ${D} fullmakt til å hente posten min. Hun har ingenting med saken å gjøre.`)],
    ['P11', body(`Jeg har gitt ${D} fullmakt til å hente posten min. Hun jobber selv i Nav.`)],
    ['P12', [...own, `Jeg gir ${D} fullmakt til å hente posten min`, 'Klagen gjelder at jeg mener vedtaket er feil.', '', 'Med vennlig hilsen', 'Ingrid Solberg'].join('\n')],
    ['P13', enBody('I have given my neighbour Tom Berg, Storgata 5, 0155 Oslo, power of attorney to collect my post. He knows nothing about the case.')],
    ['P14', body(`Jeg har gitt ${D} fullmakt til å hente alt av post til meg.`)],
    ['P14 sv', body('Jag ger min dotter Eva Solberg, Storgata 5, 0155 Oslo, fullmakt att ta hand om allt som kommer i posten.')],
    ['P19', body(`Jeg har gitt ${D} fullmakt til å hente posten min. Hun kan ringe dere om posten.`)],
    ['P21', body(`Jeg har gitt ${D} fullmakt til å hente posten min. Hun har ingen fullmakt i klagesaken.`)],
    ['P22', body('Jeg har gitt min nabo Tom Berg, Storgata 5, 0155 Oslo, fullmakt til å hente posten min. Han leverte også klagen for meg på kontoret deres.')],
    ['P23', enBody('I have given my daughter Eva Solberg, Storgata 5, 0155 Oslo, power of attorney to collect my mail. She has no say in the appeal.')],
    ['P24', [...own, 'Min datter Eva Solberg, Storgata 5, 0155 Oslo, har fullmakt til å hente posten min', 'Saken gjelder uføretrygd fra mars.', '', 'Med vennlig hilsen', 'Ingrid Solberg'].join('\n')],
    ['Q01', body(`Jeg hadde gitt ${D} fullmakt til å føre klagen, men fullmakten er trukket tilbake. Send svar til meg.`)],
  ];
  it.each(letters)('%s', (_id, text) => {
    // Before the fix each went to the mail's holder (ready to Eva Solberg / Tom Berg). Q01 keeps main's reading of the writer.
    const { representatives, to } = read(text);
    expect({ to, holders: representatives.filter((name) => name !== 'Ingrid Solberg') }).toEqual({ to: 'Ingrid Solberg', holders: [] });
  });
});

describe('the next sentence that gives the holder an action on the case keeps the power', () => {
  const letters: [string, string, string][] = [
    ['Q04', body(`Jeg har gitt ${D} fullmakt til å hente posten min. Hun skal også føre klagen for meg.`), 'Eva Solberg'],
    ['sv', body('Jag ger min dotter Eva Solberg, Storgata 5, 0155 Oslo, fullmakt att hämta min post. Hon ska också föra ärendet för mig.'), 'Eva Solberg'],
    ['en', enBody('I give my son Per Solberg, Storgata 5, 0155 Oslo, power of attorney to collect my mail. He will also represent me in this appeal.'), 'Per Solberg'],
    ['W01', body(`Jeg gir ${D} fullmakt til å ta seg av posten min og`, 'føre klagesaken for meg.'), 'Eva Solberg'],
  ];
  it.each(letters)('%s', (_id, text, holder) => {
    expect(read(text)).toEqual({ representatives: [holder], to: holder });
  });
});
