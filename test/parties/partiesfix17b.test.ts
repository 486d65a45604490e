import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** The review of partiesfix17 (session 17): its letters x01–x24, each a way the branch routed an acknowledgement wrong (issue #16). */
const postcodes = norwegianPostcodes();
const parties = (lines: readonly string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: readonly string[], r: string) => parties(lines).find((p) => p.role === r);
const TO = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const letter = (head: readonly string[], title: string, body: readonly string[], closing: readonly string[]) => [...head, '', ...TO, title, '', ...body, '', ...closing];
const OMBUD = ['Pasient- og brukerombudet i Oslo', 'Postboks 7190 St. Olavs plass', '0130 Oslo'];
const OMBUD_SIGNS = ['Med vennlig hilsen', 'Pasient- og brukerombudet i Oslo', 'Lise Dahl'];
const UNION = ['Fagforbundet', 'Postboks 7003 St. Olavs plass', '0130 Oslo'];
const UNION_SIGNS = ['Med vennlig hilsen', 'Fagforbundet', 'Ola Nilsen'];

describe('a body that denies it assists, or has no power in this case, is no representative (review partiesfix17, H1)', () => {
  it.each([
    ['x02 «bistår ikke», a power only mentioned', OMBUD, ['Per Holm, Bjerkeveien 2, 1352 Kolsås, har bedt oss sende klagen videre. Ombudet bistår ikke i saken, men vi minner om at klager selv må sende fullmakt dersom en annen skal føre saken. Svar sendes direkte til klager.'], OMBUD_SIGNS],
    ['x03 «bistår pasienter …, men har ingen fullmakt i denne saken»', OMBUD, ['Vedlagt følger en klage fra Per Holm, Bjerkeveien 2, 1352 Kolsås, som kom til oss ved en feil. Ombudet bistår pasienter over hele landet, men har ingen fullmakt i denne saken. Per Holm ønsker selv å følge opp.'], OMBUD_SIGNS],
    ['x10 «bistår henne i arbeidsrettssaken …, men ikke i denne saken»', UNION, ['Vi har mottatt klagen fra Kari Vold, Solbakken 4, 7010 Trondheim. Fagforbundet bistår henne i arbeidsrettssaken mot arbeidsgiver, men ikke i denne saken. Fullmakten gjelder bare arbeidsrettssaken. Klagen sendes videre til rett instans.'], UNION_SIGNS],
    ['x18 sv «biträder inte … någon fullmakt finns inte»', ['Unionen', 'Box 1176', '111 91 Stockholm', 'Sverige'], ['Vi bifogar överklagandet från vår medlem Per Ahl, Storgatan 5, 111 22 Stockholm, Sverige. Unionen biträder inte i ärendet och någon fullmakt finns inte.'], ['Med vänlig hälsning', 'Unionen', 'Eva Lind']],
    ['x20 nn «bistår ikkje», a power only mentioned', ['Pasient- og brukarombodet i Vestland', 'Postboks 7990', '5020 Bergen'], ['Vedlagt er klaga frå Per Holm, Bjerkevegen 2, 5003 Bergen. Ombodet bistår ikkje i denne saka. Dersom nokon skal føre saka for han, må det ligge føre fullmakt.'], ['Med helsing', 'Pasient- og brukarombodet i Vestland', 'Lise Dahl']],
  ] as const)('%s', (_name, head, body, closing) => {
    const text = letter(head, _name.startsWith('x02') ? 'Klage fra Per Holm' : 'Oversending', body, closing);
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')).toBeDefined();
  });
  it('«bistår» and «fullmakt» in one sentence, or the power enclosed in the next, still make the signer the representative', () => {
    for (const body of ['Fagforbundet bistår vårt medlem Kari Vold, Solbakken 4, 7010 Trondheim, etter fullmakt, og klager på vedtaket.', 'Fagforbundet bistår vårt medlem Kari Vold, Solbakken 4, 7010 Trondheim, og klager på vedtaket. Fullmakt ligger ved.']) {
      expect(role(letter(UNION, 'Klage', [body], UNION_SIGNS), 'representative'), body).toMatchObject({ name: 'Ola Nilsen', address: ['Postboks 7003 St. Olavs plass', '0130 Oslo'] });
    }
  });
});

describe('a copy of the reply, a past send or a member who conducts the case is no reply asked to the body (review partiesfix17, H2)', () => {
  const MEMBER = 'Vedlagt følger klage fra vårt medlem Kari Vold, Solbakken 4, 7010 Trondheim';
  it.each([
    ['x15 «som fører saken selv» and «en kopi av svaret sendes til oss»', `${MEMBER}, som fører saken selv. Vi ber om at en kopi av svaret sendes til oss.`],
    ['a copy asked for alone', `${MEMBER}. Vi ber om at en kopi av svaret sendes til oss.`],
    ['«fører saken selv» beside «Svar sendes til oss»', `${MEMBER}, som fører saken selv. Svar sendes til oss.`],
    ['a past send', `${MEMBER}. Svaret ble sendt til oss i fjor, men saken er ny.`],
  ])('%s', (_name, body) => {
    const text = letter(UNION, 'Oversendelse', [body], UNION_SIGNS);
    expect(role(text, 'representative')).toBeUndefined();
    expect(role(text, 'appellant')?.name).toBe('Kari Vold');
  });
  it('a request for the reply itself («Svaret kan sendes til oss», «Svar bes sendt til Fagforbundet») still makes the signer the representative', () => {
    for (const ask of ['Svaret kan sendes til oss.', 'Svar bes sendt til Fagforbundet.']) {
      expect(role(letter(UNION, 'Klage', [`${MEMBER}. Vi klager på vedtaket. ${ask}`], UNION_SIGNS), 'representative')?.name, ask).toBe('Ola Nilsen');
    }
  });
});

describe('a move is read only from the address held, and only the writer’s own (review partiesfix17, H3, H4)', () => {
  const HEAD = ['Kari Berg', 'Elvegata 3', '8006 Bodø'];
  const appellant = (body: string, head: readonly string[] = HEAD) => role(letter(head, 'Klage på vedtak', [body], ['Hilsen', head[0]!]), 'appellant');
  it.each([
    ['x21 a past move from elsewhere, and later «hit til Bodø»', 'Jeg klager på vedtaket om bostøtte.\n\nJeg har flyttet fra Storgata 1, 0155 Oslo til Havnegata 3, 9008 Tromsø\nda jeg var student, og senere hit til Bodø, der jeg har bodd siden 2015.'],
    ['x05 two past moves, none from the head', 'Jeg klager på vedtaket. Vi flyttet fra Havnegata 3, 9008 Tromsø til Bodø i 2019, og jeg har bodd her siden. Jeg flyttet fra Storgata 1, 0155 Oslo til Havnegata 3, 9008 Tromsø i 2012.'],
    ['x12 a move from another town to the head’s', 'Jeg klager på vedtaket. Jeg flyttet fra Tromsø til Bodø for å være nær familien, og bor her fast nå.'],
    ['x23 the writer moved her mother («flyttet mor til»)', 'Jeg klager på vedtaket om pleiepenger. Jeg har flyttet mor til et sykehjem i Tromsø. Ny adresse er Havnegata 3, 9008 Tromsø. Hun trenger fortsatt tilsyn.'],
  ])('%s: the head’s address', (_name, body) => {
    expect(appellant(body)?.address).toEqual(['Elvegata 3', '8006 Bodø']);
  });
  it('English «I moved her to a care home. New address is …» is no move of the writer’s', () => {
    const head = ['John Smith', 'Elvegata 3', '8006 Bodø'];
    expect(appellant('I appeal the decision. I moved her to a care home in Tromsø. New address is Havnegata 3, 9008 Tromsø.', head)?.address).toEqual(['Elvegata 3', '8006 Bodø']);
  });
  it('x22 English: a move from London to Tromsø in 2010, «still live at the address above»', () => {
    const head = ['John Smith', 'Elvegata 3', '8006 Bodø'];
    expect(appellant('I appeal the decision. I moved from 12 High Street, London SW1A 1AA to Havnegata 3, 9008 Tromsø\nin 2010 and then to Bodø in 2014, where I still live at the address above.', head)?.address).toEqual(['Elvegata 3', '8006 Bodø']);
  });
  it('a move from the head’s address, street or town, gives the new one; an unread new one is withheld, never the head', () => {
    for (const from of ['Elvegata 3, 8006 Bodø', 'Elvegata 3', 'Bodø']) {
      expect(appellant(`Jeg klager på vedtaket. Jeg har flyttet fra ${from} til Havnegata 3, 9008 Tromsø.`)?.address, from).toEqual(['Havnegata 3', '9008 Tromsø']);
    }
    const unread = appellant('Jeg klager på vedtaket. Jeg har flyttet fra Bodø til en hybel hos søsteren min.');
    expect(unread?.address).toEqual([]);
    expect(unread?.addressWithheld).toBeTruthy();
  });
  it('«Jeg har flyttet. Ny adresse er …» and «Eg har flytta, og adressa mi er no …» still give the new address', () => {
    for (const moved of ['Jeg har flyttet.', 'Jeg har flyttet hit til Tromsø.', 'Jeg har flyttet nå.']) {
      expect(appellant(`Jeg klager på vedtaket. ${moved} Ny adresse er Havnegata 3, 9008 Tromsø.`)?.address, moved).toEqual(['Havnegata 3', '9008 Tromsø']);
    }
    expect(appellant('Eg klagar på vedtaket. Eg har flytta, og adressa mi er no Havnegata 3, 9008 Tromsø.')?.address).toEqual(['Havnegata 3', '9008 Tromsø']);
  });
});
