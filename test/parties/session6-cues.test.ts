import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { DAMAGED_LINE } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { PRACTICE_NAME_DOUBT } from '../../domain/parties/practice.ts';
import { ID_A } from '../support/national-ids.ts';

/**
 * Cues for writers the reader had not met (issue #16, session 6): each case is a kind of letter the
 * reader got wrong before — a practitioner appealing from their practice, labelled blocks, a "v/"
 * line, particles, a legal form in lower case, postcodes abroad, a line the scan damaged.
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'];

describe('a practitioner appealing for themself from their practice', () => {
  it('is the appellant at the practice’s address, business name first, and the practice is no sender of its own', () => {
    const text = ['Bråten Kiropraktikk', 'Bjerkeveien 12', '0467 Oslo', 'Org.nr. 912 345 678', '', ...own, '', 'Klage på vedtak om tilbakekreving av refusjon', '', 'Jeg klager på vedtaket fra Helfo om min praksis.', '', 'Med vennlig hilsen', '', 'Gunnar Bråten', 'kiropraktor'].join('\n');
    const found = parties(text);
    expect(found.find((p) => p.role === 'appellant')).toMatchObject({ name: 'Gunnar Bråten', address: ['Bråten Kiropraktikk', 'Bjerkeveien 12', '0467 Oslo'] });
    expect(found.filter((p) => p.role === 'sender')).toEqual([]);
  });

  it('reads a titled head over the practice written on one line', () => {
    const text = ['Kiropraktor Eirik Sandvold', 'Sandvold Kiropraktikk, Havnegata 12, 8006 Bodø', '', ...own, '', 'Klage – vedtak om tilbakebetaling', '', 'Jeg klager på Helfos vedtak om tilbakebetaling.', '', 'Mvh', 'Eirik Sandvold', 'kiropraktor'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eirik Sandvold', address: ['Sandvold Kiropraktikk', 'Havnegata 12', '8006 Bodø'] });
  });

  it('leaves out a head that is the person with a title, and withholds a title with part of the name', () => {
    const titled = ['Fysioterapeut Rune Vold', 'Postboks 773', '4099 Stavanger', '', ...own, '', 'KLAGE PÅ VEDTAK', '', 'Jeg er ikke enig i at jeg skal betale tilbake refusjonen.', '', 'Mvh', '', 'Rune Vold', 'fysioterapeut'].join('\n');
    expect(role(titled, 'appellant')).toMatchObject({ name: 'Rune Vold', address: ['Postboks 773', '4099 Stavanger'] });
    const partial = [...own, '', 'Jeg klager på vedtaket om sykepenger.', '', 'Mvh', 'Liv Strand Aasen', 'Frisør Liv, Strandgata 5, 8006 Bodø'].join('\n');
    expect(role(partial, 'appellant')).toMatchObject({ name: 'Liv Strand Aasen', address: [], addressWithheld: PRACTICE_NAME_DOUBT });
  });

  it('never makes a doctor writing about a named patient the appellant', () => {
    const text = ['Sentrum Legekontor AS', 'Storgata 41', '8006 Bodø', '', ...own, '', 'Legeerklæring', `Pasient: Kari Nordmann, f.nr. ${ID_A}`, '', 'Jeg har undersøkt pasienten og støtter klagen.', '', 'Med vennlig hilsen', 'Per Hansen', 'fastlege'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Kari Nordmann' });
    expect(role(text, 'appellant')?.address).toEqual([]);
  });

  it('takes a head and a signature one misread apart for one person, not a business named after them', () => {
    const text = ['Sverre Kvalvik', 'Postboks 909', '8006 Bodø', '', ...own, '', 'Eg vil klage på vedtaket frå Nav.', '', 'Med venleg helsing', '', 'Sverre Kvalviik'].join('\n');
    const appellant = role(text, 'appellant');
    expect(appellant?.address).toEqual([]);
    expect(appellant?.addressWithheld).toBeDefined();
  });
});

describe('labelled blocks and lines of an address', () => {
  it('reads an appellant’s and a representative’s block, each under its label, one under the other or side by side', () => {
    const under = ['Klager: Tomas Lunde', 'Lillevannsveien 73', '3137 Torød', '', 'Fullmektig: Amund Halvorsen', 'Bakkegata 11', '9008 Tromsø', '', ...own, '', 'Amund Halvorsen har fullmakt til å klage på mine vegne.', '', 'Vennlig hilsen', 'Tomas Lunde'].join('\n');
    const beside = ['Klagande: Elsa Nyström             Ombud: Amund Halvorsen', 'Kvernhusvegen 134                   Bakkegata 11', '6512 Kristiansund N                 9008 Tromsø', '', 'Jag överklagar beslutet. Amund Halvorsen är mitt ombud.', '', 'Vänliga hälsningar', 'Elsa Nyström'].join('\n');
    expect(role(under, 'appellant')).toMatchObject({ name: 'Tomas Lunde', address: ['Lillevannsveien 73', '3137 Torød'] });
    expect(role(under, 'representative')).toMatchObject({ name: 'Amund Halvorsen', address: ['Bakkegata 11', '9008 Tromsø'] });
    expect(role(beside, 'appellant')).toMatchObject({ name: 'Elsa Nyström', address: ['Kvernhusvegen 134', '6512 Kristiansund N'] });
    expect(role(beside, 'representative')).toMatchObject({ name: 'Amund Halvorsen', address: ['Bakkegata 11', '9008 Tromsø'] });
  });

  it('reads a "Gjelder:" block as whom the letter is about, and the signer’s own address as theirs', () => {
    const text = ['Gjelder: Signe Løvås', 'Tollbugata 51C', '3832 Lunde', '', ...own, '', 'Jeg skriver på vegne av min mor, Signe Løvås.', '', 'Vennlig hilsen', '', 'Ivar Hovland', 'Skogstien 56', '6402 Molde'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Signe Løvås', address: ['Tollbugata 51C', '3832 Lunde'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Ivar Hovland', address: ['Skogstien 56', '6402 Molde'] });
  });

  it('keeps a "v/" line under the name as a line of the person’s address', () => {
    const text = ['Tone Vestby', 'v/ Solbakken sykehjem', 'Torggata 1', '2512 Kvikne', '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Tone Vestby'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tone Vestby', address: ['v/ Solbakken sykehjem', 'Torggata 1', '2512 Kvikne'] });
  });

  it('reads names with two particles, and a legal form only in capitals', () => {
    const particles = ['Anne-Marie van der Berg', 'Bakkegata 144 H0106', '3741 SKIEN', '', ...own, '', 'Eg klagar på vedtaket.', '', 'Med venleg helsing', 'Anne-Marie van der Berg'].join('\n');
    const lower = ['Sara da Silva', 'Kongens gate 71', '0450 Oslo', '', ...own, '', 'I appeal against the decision.', '', 'Kind regards', 'Sara da Silva'].join('\n');
    const firm = ['Berg Regnskap DA', 'Kongens gate 71', '0450 Oslo', '', ...own, '', 'Vi sender regningen.', '', 'Hilsen', 'Kari Berg'].join('\n');
    expect(role(particles, 'appellant')).toMatchObject({ name: 'Anne-Marie van der Berg', address: ['Bakkegata 144 H0106', '3741 SKIEN'] });
    expect(role(lower, 'appellant')).toMatchObject({ name: 'Sara da Silva', address: ['Kongens gate 71', '0450 Oslo'] });
    expect(role(firm, 'appellant')).toBeUndefined();
  });

  it('reads postcodes abroad over a country line: Finnish, Icelandic, Polish, Dutch', () => {
    const letter = (address: string[]) => ['Hanne Rustad', ...address, '', ...own, '', 'Eg klagar på vedtaket.', '', 'Helsing', 'Hanne Rustad'].join('\n');
    for (const address of [
      ['Mannerheimintie 77 A 16', '00100 Helsinki', 'Finland'],
      ['Laugavegur 12', '101 Reykjavík', 'Island'],
      ['ul. Marszałkowska 75', 'PL-00-950 Warszawa', 'Polen'],
      ['Keizersgracht 189', '1015 CJ Amsterdam', 'Holland'],
    ]) {
      expect(role(letter(address), 'appellant'), address.join(' | ')).toMatchObject({ name: 'Hanne Rustad', address });
    }
  });
});

describe('a line the scan damaged', () => {
  it('withholds an address with a broken word or an apostrophe inside a word, and passes "Mo i Rana"', () => {
    const letter = (street: string, postcode: string) => ['Oddny Halvorsen', street, postcode, '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Oddny Halvorsen'].join('\n');
    expect(role(letter('Tårnvege n 22', '3527 Bjoneroa'), 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    expect(role(letter("Lil'levannsveien 86", '7010 Trondheim'), 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    expect(role(letter('Tårnvegen 22', '8601 Mo i Rana'), 'appellant')).toMatchObject({ address: ['Tårnvegen 22', '8601 Mo i Rana'] });
  });

  it('says why when a 6 was read as G in the postcode', () => {
    const letter = ['Tone Tran', 'Havnegata 157', '4G04 Kristiansand S', '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Tone Tran'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ address: [], addressWithheld: 'the postcode line could not be read with certainty' });
  });
});

describe('the appellant named in the text, however the writer writes the name', () => {
  it('leaves a title out of the name after a label', () => {
    const text = ['Til klageinstansen', 'Angående dr. Eirik Sandvold i Bodø, ref 25/90231-14', '', 'Han er en god lege.', '', 'Hilsen', 'Solveig Hansen, Bodø'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eirik Sandvold', address: [] });
  });

  it('reads a register’s surname-first form after a label', () => {
    const text = ['Vårdcentralen Eda', 'Järnvägsgatan 3, 673 32 Charlottenberg', '', 'LÄKARUTLÅTANDE', '', 'Patient: Nyström, Per-Anders', '', 'Arbetsförmågan är nedsatt.', '', 'Lars Edvardsson', 'specialist i allmänmedicin'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Per-Anders Nyström' });
    const topics = ['Kari Nordmann', 'Storgata 1', '0467 Oslo', '', 'Vedr.: Refusjon, Tannbehandling', '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Kari Nordmann'].join('\n');
    expect(role(topics, 'appellant')).toMatchObject({ name: 'Kari Nordmann', address: ['Storgata 1', '0467 Oslo'] });
  });

  it('reads the person a regarding line names after its topic', () => {
    const text = ['Speciallæge Henrik Mølgaard', 'Kongensgade 48, 6700 Esbjerg', '', 'FAKTURA', 'Til: Nav klageinstans', 'Vedr.: speciallægeerklæring, Morten Skov', '', 'I alt DKK 16 000,00'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Morten Skov' });
  });

  it('leaves a reference after the name out of a subject line', () => {
    const text = ['Fra: Jon Berntsen', 'Til: post@klageinstansen.no', 'Emne: Ettersending - Emil Berntsen ref 26/433871', '', 'Vi glemte å legge ved henvisningen.', '', 'Mvh Jon Berntsen'].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Emil Berntsen' });
  });

  it('takes the id under a signer’s name and title for the signer’s, and a practice’s name in the address under an id', () => {
    const signed = [...own, '', 'Jeg har mottatt kopi av oversendelsen og vil komme med merknader.', '', 'Eirik Sandvold', `lege, f.nr. ${ID_A}`].join('\n');
    expect(role(signed, 'appellant')).toMatchObject({ name: 'Eirik Sandvold' });
    const transfer = ['HELFO', 'Postboks 2415, 3104 Tønsberg', '', 'Oversendelse av klage', '', `Behandler: lege Eirik Sandvold, f.nr. ${ID_A}`, 'Adresse: Sandvold Legekontor AS, Storgata 41, 8006 Bodø', '', 'Med vennlig hilsen', 'Helfo'].join('\n');
    expect(role(transfer, 'appellant')).toMatchObject({ name: 'Eirik Sandvold', address: ['Sandvold Legekontor AS', 'Storgata 41', '8006 Bodø'] });
  });
});

describe('the practitioner rule stays with practitioners', () => {
  it('never makes a case worker signing for an organisation the appellant at its address', () => {
    const text = ['Bydel Frogner, Oslo kommune', 'Postboks 2400 Solli', '0201 Oslo', '', ...own, '', 'Klage på vedtak', '', 'Vi klager på vedtaket om refusjon.', '', 'Med vennlig hilsen', 'Kari Lunde', 'saksbehandler'].join('\n');
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('the practice is the signer’s own', () => {
  it('never gives a patient the address of the clinic whose letterhead the appeal is printed on', () => {
    const text = ['Sentrum Legekontor AS', 'Storgata 41', '8006 Bodø', '', ...own, '', 'Klage på vedtak', '', 'Jeg klager på vedtaket om refusjon.', '', 'Med vennlig hilsen', 'Kari Nordmann'].join('\n');
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('a letter that ends in its writer’s name and title with no closing', () => {
  it('is signed by that name: a practitioner commenting from their practice, their own id under the name', () => {
    const text = ['Sandvold Legekontor AS', 'Storgata 41, 8006 Bodø', '', ...own, '', 'Merknader til oversendelsen', '', 'Jeg har mottatt kopi av oversendelsen og vil komme med merknader.', '', 'Eirik Sandvold', `lege, f.nr. ${ID_A}`].join('\n');
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eirik Sandvold', address: ['Sandvold Legekontor AS', 'Storgata 41, 8006 Bodø'] });
  });
});
