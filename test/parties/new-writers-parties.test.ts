import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Letters from new writers (issue #16, session 15): each read wrongly, or not at all, before the rules it names. */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('a signature written in lower case', () => {
  const body = ['hei', '', 'jeg klager på vedtaket fra nav om sykepengene. det er feil, jeg har jobba siden mai.', ''];

  it('reads name, street and postcode + place when Posten’s table knows the code, telephone lines under it or not', () => {
    for (const tail of [[], ['tlf 912 34 567']]) {
      expect(role([...body, 'tommy hansen', 'granveien 4b', '1415 oppegård', ...tail], 'appellant')).toEqual({ role: 'appellant', name: 'Tommy Hansen', address: ['Granveien 4b', '1415 Oppegård'] });
    }
    // A PDF's text layer drops the blank line: the block stands right under the body's last sentence.
    expect(role([...body.slice(0, -1), 'tommy hansen', 'granveien 4b', '1415 oppegård', 'fnr 17846710019', 'tlf 912 34 567'], 'appellant')?.address).toEqual(['Granveien 4b', '1415 Oppegård']);
    expect(role([...body, 'mvh', 'sigrun eide', 'tverrvegen 7', '6800 førde'], 'appellant')).toEqual({ role: 'appellant', name: 'Sigrun Eide', address: ['Tverrvegen 7', '6800 Førde'] });
  });

  it('reads a name alone under a closing, and never an address from a lower-case sentence of the body', () => {
    const text = ['hei', '', 'jeg klager. da jeg bodde i granveien 4b, 1415 oppegård fikk jeg hjelp, men nå får jeg ingenting.', '', 'hilsen', 'tommy hansen'];
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Tommy Hansen', address: [] });
  });

  it('leaves a block whose postcode is another place’s, or a name line with no street, unread', () => {
    expect(role([...body, 'tommy hansen', 'granveien 4b', '1415 bergen'], 'appellant')).toBeUndefined();
    expect(role([...body, 'tommy hansen', '1415 oppegård'], 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('a care home writing for a resident', () => {
  it('makes the home’s nurse the representative at the home’s address, from its head', () => {
    const text = ['Solstua bo- og behandlingssenter', 'Engveien 4', '1415 Oppegård', '', ...HEAD, 'Klage på vedtak – Oddny Vatne', '', 'Vi skriver på vegne av vår beboer, Oddny Vatne, som har gitt oss fullmakt til å klage.', '', 'Med vennlig hilsen', 'Lisbeth Holm', 'sykepleier'];
    expect(role(text, 'representative')).toEqual({ role: 'representative', name: 'Lisbeth Holm', firm: 'Solstua bo- og behandlingssenter', address: ['Engveien 4', '1415 Oppegård'] });
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Oddny Vatne', address: [] });
  });

  it('reads the home under the signer’s name and title when the letter has no head (nynorsk)', () => {
    const text = (mandate: string) => [...HEAD, 'Klage', '', 'Eg er sjukepleiar og skriv på vegner av Oddny Vatne, som bur hjå oss og har bede meg klage på vedtaket.', mandate, '', 'Venleg helsing', 'Lisbeth Holm', 'sjukepleiar', 'Fjellheim sjukeheim', 'Tunvegen 2', '6800 Førde'];
    expect(role(text('Fullmakta ligg ved.'), 'representative')).toEqual({ role: 'representative', name: 'Lisbeth Holm', firm: 'Fjellheim sjukeheim', address: ['Tunvegen 2', '6800 Førde'] });
    // Without a power of attorney a carer's letter may be a statement: the answer must not go to the home (review 14 H3).
    expect(role(text(''), 'representative')).toBeUndefined();
    expect(role(text(''), 'appellant')).toEqual({ role: 'appellant', name: 'Oddny Vatne', address: [] });
  });
});

describe('representatives named in other ways', () => {
  it('reads Fellesorganisasjonen’s adviser as the member’s representative', () => {
    const text = ['Fellesorganisasjonen', 'Postboks 4693 Sofienberg', '0506 Oslo', '', ...HEAD, 'Klage på vegne av Petter Nesje', '', 'Vi bistår Petter Nesje og klager på vedtaket på hans vegne.', 'Fullmakt er vedlagt.', '', 'Med vennlig hilsen', 'Marius Lund', 'rådgiver'];
    expect(role(text, 'representative')).toEqual({ role: 'representative', name: 'Marius Lund', firm: 'Fellesorganisasjonen', address: ['Postboks 4693 Sofienberg', '0506 Oslo'] });
  });

  it('reads «på min mors vägnar, …» (Swedish): the mother is the appellant at her address, the writer her representative', () => {
    const text = ['Jorunn Rønning', 'Tunvegen 44', '1415 Oppegård', '', ...HEAD, 'Klage', '', 'Jag skriver på min mors vägnar, Dagny Fosse, Dalsvegen 52, 6800 Førde, som har gett mig fullmakt (bifogas).', '', 'Med vänlig hälsning', 'Jorunn Rønning'];
    expect(role(text, 'appellant')).toEqual({ role: 'appellant', name: 'Dagny Fosse', address: ['Dalsvegen 52', '6800 Førde'] });
    expect(role(text, 'representative')).toEqual({ role: 'representative', name: 'Jorunn Rønning', address: ['Tunvegen 44', '1415 Oppegård'] });
  });

  it('takes a lawyer who «var tidligere min fullmektig» and acts no longer for no one’s representative: the head is the appellant’s', () => {
    const text = ['Sølvi Hussain', 'Tunvegen 38', '6800 Førde', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket.', 'Advokat Kåre Dahle var tidligere min fullmektig, men fører ikke saken lenger. Skriv til meg.', '', 'Med vennlig hilsen', 'Sølvi Hussain'];
    expect(parties(text).filter((p) => p.role !== 'first_instance')).toEqual([{ role: 'appellant', name: 'Sølvi Hussain', address: ['Tunvegen 38', '6800 Førde'] }]);
  });
});

describe('an address change in the letter', () => {
  const letter = (sentence: string) => ['Gunnar Bøe', 'Engveien 4', '1415 Oppegård', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket.', sentence, '', 'Med vennlig hilsen', 'Gunnar Bøe'];
  it.each([
    ['Ny adresse fra 1. mars: Tunvegen 2, 6800 Førde.'],
    ['Ny adresse frå 1. mars er Tunvegen 2, 6800 Førde.'],
    ['Jag har flyttat, ny adress: Tunvegen 2, 6800 Førde.'],
    ['New address from 1 March: Tunvegen 2, 6800 Førde.'],
  ])('gives the new address, never the head’s old one: %s', (sentence) => {
    expect(role(letter(sentence), 'appellant')).toEqual({ role: 'appellant', name: 'Gunnar Bøe', address: ['Tunvegen 2', '6800 Førde'] });
  });
});
