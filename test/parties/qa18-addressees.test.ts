import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { splitContactTails } from '../../domain/parties/contact-tails.ts';
import { addressBlock } from '../../domain/letters/address-block.ts';

/** QA round 18 (Q02, Q32): the recipient's block at the top of a letter taken as its writer. Synthetic letters, new phrasings. */
const postcodes = norwegianPostcodes();
const role = (lines: string[], r: string) => extractParties(lines.join('\n'), { postcodes }).find((p) => p.role === r);

describe('a letterhead contact line that wraps after a separator («… Org.nr. 912 345 678 -» / «post@…»)', () => {
  it('is read as one line: the address, then each contact on its own', () => {
    expect(splitContactTails('Postboks 220 Sentrum, 7401 Trondheim  |  Org.nr. 921 334 556  |\nkontor@hovikadvokat.example')).toBe(
      'Postboks 220 Sentrum, 7401 Trondheim\nOrg.nr. 921 334 556\nkontor@hovikadvokat.example',
    );
  });
  it('a dash that ends a sentence line is left as it is', () => {
    expect(splitContactTails('Vi klager på vedtaket -\nog ber om svar.')).toBe('Vi klager på vedtaket -\nog ber om svar.');
  });
  it('a law firm whose wrapped contact line carries its address: the lawyer who signs represents the client, at the firm', () => {
    const text = [
      'HØVIK ADVOKATKONTOR DA',
      'Postboks 220 Sentrum, 7401 Trondheim - Org.nr. 921 334 556 -',
      'kontor@hovikadvokat.example',
      'Nav Trøndelag',
      'Postboks 4100',
      '7450 Trondheim',
      'Vår ref.: 88/KH Trondheim, 4. november 2026',
      'KLAGE PÅ VEDTAK OM SYKEPENGER',
      'Vi representerer Tormod Aasen, Nedre Bakklandet 14, 7014 Trondheim, og klager på vedtaket av 12.10.2026. Fullmakt vedlegges.',
      'Vi ber om at svar sendes til oss.',
      'Med vennlig hilsen',
      'Høvik Advokatkontor DA',
      'Kari Høvik',
      'advokat',
    ];
    const representative = role(text, 'representative');
    expect(representative?.name).toBe('Kari Høvik');
    // The envelope puts the postcode line under the street, however the letterhead wrote it.
    expect(addressBlock(representative?.address ?? [])).toEqual(['Postboks 220 Sentrum', '7401 Trondheim']);
    expect(role(text, 'first_instance')?.name).toBe('Nav Trøndelag');
  });
  it('a law firm whose address line is not read at all: the Nav block under its head is the recipient, and the lawyer still represents', () => {
    const text = [
      'ADVOKATFIRMAET STRAND & MOE',
      'Nav Innlandet',
      'Postboks 1300',
      '2302 Hamar',
      'Hamar, 9. november 2026',
      'Klage på vedtak om arbeidsavklaringspenger',
      'Vi er engasjert av Petter Lien, Storhamargata 5, 2317 Hamar, og påklager vedtaket av 20.10.2026. Fullmakt følger vedlagt.',
      'Med vennlig hilsen',
      'Ida Strand',
      'advokat',
    ];
    expect(role(text, 'representative')).toMatchObject({ name: 'Ida Strand' });
    expect(role(text, 'first_instance')?.name).toBe('Nav Innlandet');
  });
});

describe('a line ending in a separator is joined with the next only where the join is contact details', () => {
  it('a firm’s name ending in a bar keeps its own line over the address and contacts', () => {
    expect(splitContactTails('BERGE & NÆSS ADVOKATER AS |\nKongens gate 9, 7011 Trondheim | Tlf 73 11 22 33 | post@bergenaess.example')).toBe(
      'BERGE & NÆSS ADVOKATER AS |\nKongens gate 9, 7011 Trondheim\nTlf 73 11 22 33\npost@bergenaess.example',
    );
  });
  it('a street line ending in a dash is not joined to the postcode line after it', () => {
    expect(splitContactTails('Postboks 650 –\n9256 Tromsø – troms@ombudet.example')).toBe('Postboks 650 –\n9256 Tromsø\ntroms@ombudet.example');
  });
  it('a contact line broken after a separator is joined with the telephone and e-mail under it', () => {
    expect(splitContactTails('Org.nr. 921 334 556 |\nTlf 73 11 22 33 | post@bergenaess.example')).toBe('Org.nr. 921 334 556\nTlf 73 11 22 33\npost@bergenaess.example');
  });
  it('a law firm whose name line ends in a bar: the lawyer keeps the firm and its address', () => {
    const text = [
      'BERGE & NÆSS ADVOKATER AS |',
      'Kongens gate 9, 7011 Trondheim | Tlf 73 11 22 33 | post@bergenaess.example',
      '',
      'Nav Trøndelag',
      'Postboks 4100',
      '7450 Trondheim',
      '',
      'Vi representerer Eirik Moen, Elgeseter gate 30, 7030 Trondheim, og klager på vedtaket av 2.11.2026. Fullmakt vedlegges.',
      'Med vennlig hilsen',
      'Hanne Berge',
      'advokat',
    ];
    const representative = role(text, 'representative');
    expect(representative?.name).toBe('Hanne Berge');
    expect(representative?.firm).toMatch(/^BERGE & NÆSS ADVOKATER AS$/u);
    expect(addressBlock(representative?.address ?? [])).toEqual(['Kongens gate 9', '7011 Trondheim']);
  });
  it('an ombud’s letterhead whose box ends in a dash: the adviser who signs represents the patient', () => {
    const text = [
      'Pasient- og brukerombudet i Troms og Finnmark',
      'Postboks 650 –',
      '9256 Tromsø – troms@ombudet.example',
      '',
      'Helfo Behandlere',
      'Postboks 2415',
      '3104 Tønsberg',
      '',
      'Vi skriver på vegne av Solveig Nilsen, Skippergata 4, 9008 Tromsø, som klager på vedtaket om refusjon.',
      'Med vennlig hilsen',
      'Trond Eliassen',
      'seniorrådgiver',
    ];
    expect(role(text, 'representative')?.name).toBe('Trond Eliassen');
    expect(role(text, 'appellant')?.name).toBe('Solveig Nilsen');
  });
});

describe('a first instance’s transfer to the appeals body («Til Nav Klageinstans …») over the appellant’s block', () => {
  it('the appellant keeps the address of the block under it', () => {
    const text = [
      'Til Nav Klageinstans Midt-Norge',
      'Postboks 6600',
      '7486 Trondheim',
      '',
      'Marit Sandvik',
      'Fjordgata 12',
      '7010 Trondheim',
      '',
      'OVERSENDELSE AV KLAGE PÅ VEDTAK OM DAGPENGER',
      'Nav Trondheim har gått gjennom klagen fra Marit Sandvik og opprettholder vedtaket.',
      'Med vennlig hilsen',
      'Lars Fagerli',
      'rådgiver',
      'Nav Trondheim',
    ];
    const appellant = role(text, 'appellant');
    expect(appellant?.name).toBe('Marit Sandvik');
    expect(addressBlock(appellant?.address ?? [])).toEqual(['Fjordgata 12', '7010 Trondheim']);
  });
});

describe('a block addressed to the first instance («Til Nav …», «Till …», «To …») is never the writer', () => {
  const letter = (to: string, body: string, closing: string, name: string, address: string) => [
    to,
    'Kirkegata 8',
    '9600 Hammerfest',
    '',
    'Hammerfest, 20.11.2026',
    '',
    body,
    '',
    closing,
    name,
    address,
  ];
  const expectAppellant = (text: string[], name: string, envelope: string[]) => {
    const appellant = role(text, 'appellant');
    expect(appellant?.name).toBe(name);
    expect(addressBlock(appellant?.address ?? [])).toEqual(envelope);
  };
  it('bokmål «Til Nav Hammerfest»: the appellant is the signer at her address under the signature', () => {
    const text = letter('Til Nav Hammerfest', 'Jeg klager på vedtaket om arbeidsavklaringspenger som jeg fikk 10. november.', 'Vennlig hilsen', 'Randi Olsen Bakke', 'Strandgata 21, 9600 Hammerfest');
    expectAppellant(text, 'Randi Olsen Bakke', ['Strandgata 21', '9600 Hammerfest']);
    expect(role(text, 'first_instance')?.name).toBe('Nav Hammerfest');
  });
  it('nynorsk «Til Nav Hammerfest»', () => {
    const text = letter('Til Nav Hammerfest', 'Eg klagar på vedtaket om uføretrygd som eg fekk 10. november.', 'Helsing', 'Sigve Haugen', 'Storvegen 3, 9600 Hammerfest');
    expectAppellant(text, 'Sigve Haugen', ['Storvegen 3', '9600 Hammerfest']);
  });
  it('English «To Nav Hammerfest»', () => {
    const text = letter('To Nav Hammerfest', 'I appeal against the decision on my sickness benefit which I received on 10 November.', 'Yours sincerely', 'Aisha Karim', 'Fjordgata 7, 9600 Hammerfest');
    expectAppellant(text, 'Aisha Karim', ['Fjordgata 7', '9600 Hammerfest']);
  });
});
