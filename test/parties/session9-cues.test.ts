import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { addressDoubt, DAMAGED_LINE, leadingConsonants, MARKED_NAME, NORWEGIAN_ONSET } from '../../domain/parties/address-doubts.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 9 (issue #16): the cues the eighth slice (corpus/parties/notes-and-institutions.ts) found
 * missing, each read from who the letter is from and whom it names, not from where a block sits.
 * The letters are written here with names and streets of their own (not the slice's lists).
 */
const postcodes = norwegianPostcodes();
const parties = (text: string) => extractParties(text, { hashNationalId: () => 'a'.repeat(64), postcodes });
const role = (text: string, r: string) => parties(text).find((p) => p.role === r);
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];

describe('addresses in the United States, Canada and Australia', () => {
  it('reads the number before the street, the state and ZIP or province and postal code after the city, and the country', () => {
    const cases = [
      ['880 Birch Lane, Apt 2C', 'Duluth, MN 55802', 'USA'],
      // A four-digit house number reads as a Norwegian postcode and the street as its place.
      ['1432 Lake Street', 'Minneapolis, MN 55407', 'USA'],
      ['71 Spadina Avenue', 'Toronto, ON M5V 2J4', 'Canada'],
      ['15 Ocean Street', 'Bondi NSW 2026', 'Australia'],
    ];
    for (const address of cases) {
      const letter = ['Ingrid Solum', ...address, '', ...own, '', 'May 2, 2025', '', 'I appeal the decision about my refund.', '', 'Sincerely,', 'Ingrid Solum'].join('\n');
      expect(role(letter, 'appellant'), address.join(' | ')).toMatchObject({ name: 'Ingrid Solum', address });
    }
  });
});

describe('a note with the name and address on one line', () => {
  it('reads parts separated by slashes, and "Fra" before the name with no colon', () => {
    const address = ['Løvåsveien 7', '5141 Fyllingsdalen'];
    for (const line of ['Tora Lien / Løvåsveien 7 / 5141 Fyllingsdalen', 'Fra Tora Lien, Løvåsveien 7, 5141 Fyllingsdalen', 'Fra Tora Lien / Løvåsveien 7 / 5141 Fyllingsdalen']) {
      const letter = [line, '', 'Jeg vil klage på vedtaket.', '', 'Hilsen', 'Tora Lien'].join('\n');
      expect(role(letter, 'appellant'), line).toMatchObject({ name: 'Tora Lien', address });
    }
    const foot = ['Hei!', '', 'Jeg vil klage på vedtaket.', '', 'Hilsen Tora', 'Tora Lien / Løvåsveien 7 / 5141 Fyllingsdalen'].join('\n');
    expect(role(foot, 'appellant')).toMatchObject({ name: 'Tora Lien', address });
  });
});

describe('a signature line with the telephone first', () => {
  it('reads the address after "Tlf. … |" under the signer’s name', () => {
    const letter = ['Fra: Hege Moen <hege.moen@example.no>', 'Emne: Klage', '', 'Jeg klager på vedtaket.', '', 'Mvh', 'Hege Moen', 'Tlf. 915 22 310 | Fjellgata 4, 9008 Tromsø'].join('\n');
    const appellant = role(letter, 'appellant');
    expect(appellant).toMatchObject({ name: 'Hege Moen' });
    // The letter writes it on one line; the window shows a street line and a postcode line.
    expect(appellant?.address).toEqual(['Fjellgata 4', '9008 Tromsø']);
  });
});

describe('a flat number after "leil."', () => {
  it('keeps "leil. H0304" as part of the street line', () => {
    const address = ['Sandbrekka 12, leil. H0304', '5224 Nesttun'];
    const letter = ['Per Aas', ...address, '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Per Aas'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Per Aas', address });
  });
});

describe('a hospital department writes about a patient', () => {
  const head = ['Sørlandet sykehus HF', 'Revmatologisk avdeling', 'Postboks 416 Lundsiden', '4604 Kristiansand', '', ...own, ''];
  const close = ['', 'Vi støtter pasientens klage.', '', 'Med hilsen', 'Ole Ness', 'overlege'];
  it('names the patient after "Vedrørende pasient" with no colon', () => {
    const letter = [...head, 'Vedrørende pasient Synne Fosse, født 02.03.1971', ...close].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Synne Fosse' });
    expect(role(letter, 'representative')).toBeUndefined();
  });
  it('reads a "Bosatt:" line under the patient as the patient’s address, never the hospital’s', () => {
    const letter = [...head, 'Vedrørende: Synne Fosse, født 02.03.1971', 'Bosatt: Heiveien 3, 4620 Kristiansand S', ...close].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Synne Fosse', address: ['Heiveien 3', '4620 Kristiansand S'] });
  });
});

describe('someone writes for the appellant and names them', () => {
  it('reads the parent’s address written in brackets after the name; the writer is the representative', () => {
    const letter = ['Siri Holm', 'Bakkelia 3', '3060 Svelvik', '', ...own, '', 'Jeg klager på vegne av min mor, Astri Holm (Bekkestien 9, 3080 Holmestrand).', 'Fullmakt er vedlagt.', '', 'Hilsen', 'Siri Holm'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Astri Holm', address: ['Bekkestien 9', '3080 Holmestrand'] });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Siri Holm', address: ['Bakkelia 3', '3060 Svelvik'] });
  });
  it('names the user of a municipality’s service after "for brukeren vår", with the address after the name', () => {
    const letter = ['Vefsn kommune', 'Tildelingskontoret', 'Postboks 560', '8651 Mosjøen', '', ...own, '', 'Klage for brukeren vår, Arvid Lie, Øvre Olderskog 4, 8663 Mosjøen.', 'Fullmakt fra brukeren er vedlagt.', '', 'Med hilsen', 'Berit Sand', 'saksbehandler'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Arvid Lie', address: ['Øvre Olderskog 4', '8663 Mosjøen'] });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Berit Sand' });
  });
  it('reads a place Posten writes with "på" in it', () => {
    const letter = ['Vefsn kommune', 'Tildelingskontoret', 'Postboks 560', '8651 Mosjøen', '', ...own, '', 'Klage for brukeren vår, Arvid Lie, Nordbyvegen 4, 2350 Nes på Hedmarken.', 'Fullmakt fra brukeren er vedlagt.', '', 'Med hilsen', 'Berit Sand', 'saksbehandler'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Arvid Lie', address: ['Nordbyvegen 4', '2350 Nes på Hedmarken'] });
  });
});

describe('marks the scan leaves that no writer writes (wrong addresses of the development slices through noise)', () => {
  const headLetter = (name: string, address: string[]) => [name, ...address, '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', name].join('\n');
  it('withholds a ring on the last letter of a street’s definite suffix ("Kirkegatå", "Solliå")', () => {
    for (const address of [['Kirkegatå 71', '3001 Drammen'], ['Solliå 13', '6037 Eidsnes']]) {
      expect(role(headLetter('Mona Rød', address), 'appellant'), address[0]).toMatchObject({ name: 'Mona Rød', address: [], addressWithheld: DAMAGED_LINE });
    }
  });
  it('keeps å where Norwegian writes it ("Tveitåvegen", "Strå 3", "Mo i Rana")', () => {
    for (const address of [['Tveitåvegen 4', '5302 Strusshamn'], ['Strå 3', '4336 Sandnes'], ['Kirkegata 71', '8622 Mo i Rana']]) {
      expect(role(headLetter('Mona Rød', address), 'appellant'), address[0]).toMatchObject({ address });
    }
  });
  it('withholds å, ø or æ in a street abroad outside the Nordic countries, not in a c/o line or a Nordic address', () => {
    expect(role(headLetter('Johan Thomsen', ['Hauptstråße 36', 'D-10115 Berlin']), 'appellant')).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    for (const address of [['c/o Kari Sørensen', 'Calle Real 5', '29680 Estepona', 'Spania'], ['Ågatan 5', '753 20 Uppsala', 'Sverige'], ['Åbovägen 3', '22100 Mariehamn', 'Finland']]) {
      expect(role(headLetter('Johan Thomsen', address), 'appellant'), address.join(' | ')).toMatchObject({ address });
    }
  });
  it('withholds the address of a name whose "-sen" carries an é ("Jensén"), and keeps "Rosén" and "Lindén"', () => {
    expect(role(headLetter('Liv Jensén', ['Solvangvegen 40', '2480 Koppang']), 'appellant')).toMatchObject({ address: [], addressWithheld: MARKED_NAME });
    for (const name of ['Liv Rosén', 'Liv Lindén']) {
      expect(role(headLetter(name, ['Solvangvegen 40', '2480 Koppang']), 'appellant'), name).toMatchObject({ name, address: ['Solvangvegen 40', '2480 Koppang'] });
    }
  });
  it('withholds a Norwegian street word that starts with consonants no Norwegian word starts with ("Fkornveien")', () => {
    for (const address of [['Fkornveien 86', '4916 Borøy'], ['Flvebakken 112', '3282 Kvelde']]) {
      expect(role(headLetter('Nasra Myhre', address), 'appellant'), address[0]).toMatchObject({ address: [], addressWithheld: DAMAGED_LINE });
    }
    for (const address of [['Skjærgårdsveien 3', '4916 Borøy'], ['Christian Michelsens gate 5', '5003 Bergen'], ['Thorvald Meyers gate 12', '0552 Oslo'], ['Mjøsvegen 4', '2312 Ottestad']]) {
      expect(role(headLetter('Nasra Myhre', address), 'appellant'), address[0]).toMatchObject({ address });
    }
    // A practice's or a firm's line over the street: "Psykologpraksis" starts as "psykolog" does, "DNB" is an acronym.
    for (const address of [['Storm Psykologpraksis', 'Munkegata 30', '7011 Trondheim'], ['DNB Eiendom', 'Munkegata 30', '7011 Trondheim']]) {
      expect(addressDoubt(address, postcodes), address[0]).toBeNull();
    }
  });
  it('lets every place name in Posten’s table start as it does', () => {
    const flagged = [...postcodes.places.values()].flatMap((p) => p.split(/[\s-]+/u)).filter((w) => /^\p{L}{2,}$/u.test(w) && !NORWEGIAN_ONSET.test(leadingConsonants(w)));
    expect(flagged).toEqual([]);
  });
});

describe('a helper who is no relative writes for the appellant', () => {
  it('reads "hjelper naboen min, …" and "på vegne av min venn …": the named person appeals, the writer represents them', () => {
    for (const sentence of ['Jeg hjelper naboen min, Ola Hansen, med denne klagen. Han har gitt meg fullmakt.', 'Jeg klager på vegne av min venn Ola Hansen. Fullmakt er vedlagt.', 'Eg klagar på vegner av grannen min, Ola Hansen. Fullmakt ligg ved.']) {
      const letter = ['Terje Holm', 'Bakkeveien 3', '3060 Svelvik', '', ...own, '', sentence, '', 'Hilsen', 'Terje Holm'].join('\n');
      expect(role(letter, 'appellant'), sentence).toMatchObject({ name: 'Ola Hansen' });
      expect(role(letter, 'representative'), sentence).toMatchObject({ name: 'Terje Holm', address: ['Bakkeveien 3', '3060 Svelvik'] });
    }
  });
});

describe('representatives: who the letter is from and on whose behalf', () => {
  const head = ['Terje Holm', 'Bakkeveien 3', '3060 Svelvik', '', ...own, ''];
  it('reads a signer who signs "(verge)" under a letter about someone else as that person’s representative', () => {
    const letter = [...head, 'Klage på vedtak – Ola Hansen', '', 'Vi klager på vedtaket.', '', 'Hilsen', 'Terje Holm (verge)'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Ola Hansen' });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Terje Holm', address: ['Bakkeveien 3', '3060 Svelvik'] });
  });
  it('reads "Fullmektig: name, address" on one line at the foot as the representative, and keeps the appellant’s head', () => {
    const letter = ['Ola Hansen', 'Bakkeveien 3', '3060 Svelvik', '', ...own, '', 'Jeg klager på vedtaket.', '', 'Hilsen', 'Ola Hansen', '', 'Fullmektig: Terje Holm, Kirkeveien 2, 3060 Svelvik'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Ola Hansen', address: ['Bakkeveien 3', '3060 Svelvik'] });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Terje Holm', address: ['Kirkeveien 2', '3060 Svelvik'] });
  });
  it('reads a lawyer’s "Klient:" label as the appellant', () => {
    const letter = ['Advokatfirmaet Holm & Berg AS', 'Kongens gate 5', '7011 Trondheim', '', ...own, '', 'Klient: Ola Hansen', 'Sak: Klage på vedtak', '', 'Fullmakt vedlagt.', '', 'Med vennlig hilsen', 'Terje Holm', 'advokat'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Ola Hansen' });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Terje Holm', firm: 'Advokatfirmaet Holm & Berg AS' });
  });
  it('reads an association that "bistår … med klage" with "Fullmakt vedlagt" as the representative', () => {
    const letter = ['Norsk Pasientforening', 'Postboks 376 Sentrum', '0102 Oslo', '', ...own, '', 'Vi bistår Ola Hansen med klage på vedtaket. Fullmakt vedlagt.', '', 'Med hilsen', 'Terje Holm', 'jurist'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Ola Hansen' });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Terje Holm', firm: 'Norsk Pasientforening' });
  });
  it('keeps the appellant’s own head when the writer gives the appeals body a power to fetch records (consent, no representation)', () => {
    const letter = ['Ola Hansen', 'Bakkeveien 3', '3060 Svelvik', '', ...own, '', 'Jeg klager på vedtaket. Jeg gir dere fullmakt til å innhente journal fra fastlegen min.', '', 'Hilsen', 'Ola Hansen'].join('\n');
    expect(parties(letter)).toEqual([expect.objectContaining({ role: 'appellant', name: 'Ola Hansen', address: ['Bakkeveien 3', '3060 Svelvik'] })]);
  });
  it('still reads a power given to the writer as representation', () => {
    const letter = [...head, 'Min bror Ola Hansen har gitt meg fullmakt til å klage på vedtaket.', '', 'Hilsen', 'Terje Holm'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Ola Hansen' });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Terje Holm' });
  });
});

describe('a representative the letter names in so many words', () => {
  it('reads "…, ved verge <name>" right after the appellant’s name, never the counterparty’s "ved advokat"', () => {
    const ruling = ['TRYGDERETTEN', 'Postboks 8019 Dep, 0030 Oslo', '', 'KJENNELSE', '', 'Ankende part: Sigrid Vold, ved verge Arne Vold', 'Ankemotpart: Nasjonalt klageorgan for helsetjenesten, ved advokat Lise Dahl', '', 'Anken forkastes.'].join('\n');
    expect(role(ruling, 'appellant')).toMatchObject({ name: 'Sigrid Vold' });
    expect(role(ruling, 'representative')).toMatchObject({ name: 'Arne Vold' });
  });
  it('reads the holder of the appellant’s power to pursue the case, and never a power to fetch records', () => {
    const consent = (sentence: string) => ['Sigrid Vold', 'Bekkestien 9', '3080 Holmestrand', '', ...own, '', 'Jeg klager på vedtaket og samtykker til at dere innhenter opplysninger fra fastlegen min.', sentence, '', 'Hilsen', 'Sigrid Vold'].join('\n');
    for (const sentence of ['Datteren min Hilde Vold har fullmakt til å føre saken for meg.', 'Jeg gir min sønn Arne Vold fullmakt til å klage på mine vegne.', 'Arne Vold er min fullmektig i saken.']) {
      expect(role(consent(sentence), 'appellant'), sentence).toMatchObject({ name: 'Sigrid Vold' });
      expect(role(consent(sentence), 'representative'), sentence).toMatchObject({ name: sentence.includes('Hilde') ? 'Hilde Vold' : 'Arne Vold' });
    }
    expect(role(consent('Fastlegen min Per Dahl har fullmakt til å innhente journal.'), 'representative')).toBeUndefined();
  });
  it('reads the lawyer a law firm’s letter ends in, with no closing and no title', () => {
    const letter = ['ADVOKATFIRMAN BERG & ROS KB', '', ...own, '', 'Angående: Sigrid Vold', '', 'Vi vidhåller överklagandet för vår klient.', '', 'Johan Berg'].join('\n');
    expect(role(letter, 'appellant')).toMatchObject({ name: 'Sigrid Vold' });
    expect(role(letter, 'representative')).toMatchObject({ name: 'Johan Berg' });
    // The client left unnamed ("min klient"): the lawyer still acts for them.
    const unnamed = ['ADVOKATFIRMAN BERG & ROS KB', '', ...own, '', 'Min klient vidhåller överklagandet.', '', 'Johan Berg'].join('\n');
    expect(role(unnamed, 'representative')).toMatchObject({ name: 'Johan Berg' });
  });
});

describe('a holder of the power the scan broke, beside a labelled representative', () => {
  it('keeps the labelled "Fullmektig:" block and never reads a broken name’s tail as the holder', () => {
    const letter = ['Klagar: Kjersti Osman          Fullmektig: Ingvild Petter Nygård', 'Bakkegata 62                   Tårnvegen 11', '1475 Finstadjordet             7320 Fannrem', '', ...own, '', 'Eg klagar på vedtaket.', 'Ingv ild Petter Nygård har fullmakt til å klaga på mine vegner.', '', 'Helsing', 'Kjersti Osman'].join('\n');
    expect(role(letter, 'representative')).toMatchObject({ name: 'Ingvild Petter Nygård', address: ['Tårnvegen 11', '7320 Fannrem'] });
  });
  it('never reads the tail of a name the scan broke as the holder', () => {
    const letter = ['Kjersti Osman', 'Bakkegata 62', '1475 Finstadjordet', '', ...own, '', 'Eg klagar på vedtaket.', 'Ingv ild Petter Nygård har fullmakt til å klaga på mine vegner.', '', 'Helsing', 'Kjersti Osman'].join('\n');
    expect(role(letter, 'representative')).toBeUndefined();
  });
});
