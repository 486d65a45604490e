import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * Session 11 (issue #16): who a letter is FROM and on whose BEHALF, read from words rather than layout, found on
 * the tenth development slice (corpus/parties/representatives-and-offices.ts). Each failed before its change.
 * The letters here are written apart from the slice's, with synthetic names.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) =>
  extractParties(lines.join('\n'), { hashNationalId: () => 'a'.repeat(64), postcodes }).map((p) => ({ role: p.role, name: p.name, address: p.address, ...(p.addressWithheld ? { addressWithheld: p.addressWithheld } : {}), ...(p.firm ? { firm: p.firm } : {}) }));
const role = (read: ReturnType<typeof parties>, r: string) => read.find((p) => p.role === r);
const own = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'];
const helperHead = ['Trond Moe', 'Lykkeveien 3', '0467 Oslo', ''];

describe('a helper writes the appeal for someone they name with an article or after "skriver denne klagen"', () => {
  it('"skriver denne klagen for en venninne, …" names the appellant, and her block below the body is her address', () => {
    const letter = [...helperHead, ...own, '', 'Jeg skriver denne klagen for en venninne, Synne Kvale, som ikke kan skrive selv.', 'Fullmakt er vedlagt.', '', 'Hilsen', 'Trond Moe', '', 'Synne Kvale', 'Kirkeveien 4', '5003 Bergen'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
    expect(role(read, 'representative')).toEqual({ role: 'representative', name: 'Trond Moe', address: ['Lykkeveien 3', '0467 Oslo'] });
  });
  it('"… har bedt meg skrive for seg" makes the writer the representative; his own address is never the appellant’s', () => {
    const letter = [...helperHead, ...own, '', 'Gjelder: Synne Kvale', '', 'Synne har bedt meg skrive for seg. Vi klager på vedtaket.', '', 'Hilsen', 'Trond Moe'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: [] });
    expect(role(read, 'representative')?.name).toBe('Trond Moe');
  });
});

describe('labels and sentences that name whom an office or a firm acts for', () => {
  it('a guardian’s "Vergehaver:" over the ward’s address', () => {
    const letter = [...helperHead, ...own, '', 'Vergehaver:', 'Synne Kvale', 'Kirkeveien 4', '5003 Bergen', '', 'Som verge klager jeg på vedtaket.', '', 'Hilsen', 'Trond Moe', 'verge'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
    expect(role(read, 'representative')?.name).toBe('Trond Moe');
  });
  it('a case line "Sak: …, address – topic" gives the client and her address, the lawyer the representative', () => {
    const letter = ['Advokatfirmaet Lien Berg AS', 'Rådhusgata 5', '0151 Oslo', '', ...own, '', 'Sak: Synne Kvale, Kirkeveien 4, 5003 Bergen – klage over avslag', '', 'Vedtaket påklages.', '', 'Med vennlig hilsen', 'Ole Lien', 'advokat'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
    expect(role(read, 'representative')?.name).toBe('Ole Lien');
  });
  it('an English solicitor "instructed by … of <address>"', () => {
    const letter = ['Greyfield Legal LLP', '9 Castle Street', 'York YO1 9RN', 'United Kingdom', '', ...own, '', 'Dear Sir or Madam,', '', 'We are instructed by Synne Kvale of Kirkeveien 4, 5003 Bergen, Norway, who wishes to appeal the decision.', '', 'Yours faithfully,', '', 'Mark Dunn', 'Solicitor', 'for Greyfield Legal LLP'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen', 'Norway'] });
    expect(role(read, 'representative')?.name).toBe('Mark Dunn');
  });
  it('"… er medlem hos oss" names the member an organisation signs for, whatever the organisation’s name', () => {
    const letter = ['HLF Sunnmøre', 'Postboks 12', '9008 Tromsø', '', ...own, '', 'Synne Kvale er medlem hos oss og har bedt om hjelp.', 'Vi klager på vedtaket på medlemmets vegne.', '', 'Med vennlig hilsen', 'for HLF Sunnmøre', 'Trond Moe', 'rådgiver'];
    const read = parties(letter);
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: [] });
    expect(role(read, 'representative')).toEqual({ role: 'representative', name: 'Trond Moe', firm: 'HLF Sunnmøre', address: ['Postboks 12', '9008 Tromsø'] });
  });
  it('«Innbygger:» names the resident a service office wrote an appeal down for; the clerk is no representative', () => {
    const letter = ['Eksempel kommune', 'Servicetorget', 'Postboks 20', '9008 Tromsø', '', ...own, '', 'Klagen under ble levert muntlig og skrevet ned av oss.', '', 'Innbygger: Synne Kvale', '', '«Jeg er uenig i vedtaket.»', '', 'Med hilsen', 'Trond Moe', 'servicekonsulent'];
    const read = parties(letter);
    expect(role(read, 'appellant')?.name).toBe('Synne Kvale');
    expect(role(read, 'representative')).toBeUndefined();
  });
});

describe('an e-mail whose sender signs for the appellant by name', () => {
  const mail = (body: string) => ['Fra: Trond Moe <trond.moe@example.no>', 'Til: post@klageorgan.example', 'Emne: Merknader, Synne Kvale', '', 'Hei,', body, 'Mvh Trond Moe, for Synne Kvale'];
  it('makes the sender the representative with no other words of representation', () => {
    const read = parties(mail('Det står i vedtaket at behandlingen ikke er prøvd, men hun har brukt den i mange år.'));
    expect(role(read, 'appellant')?.name).toBe('Synne Kvale');
    expect(role(read, 'representative')).toEqual({ role: 'representative', name: 'Trond Moe', address: [] });
  });
  it('also when a sentence of the body near the end names the first instance', () => {
    const read = parties(mail('Vi har fått oversendelsesbrevet fra Helfo i går, og det de skriver der er rett og slett feil. Fullmakt er vedlagt.'));
    expect(role(read, 'representative')).toEqual({ role: 'representative', name: 'Trond Moe', address: [] });
  });
});

describe('a doctor who appeals for a patient in the first person', () => {
  const letter = (sentence: string) => ['Sentrum legekontor, Torget 2, 9008 Tromsø', '', 'Helfo Legemidler', 'Postboks 2415, 3104 Tønsberg', '', 'KLAGE PÅ AVSLAG', 'Pasient: Synne Kvale, Kirkeveien 4, 5003 Bergen', '', sentence, '', 'Mvh', 'Trond Moe', 'fastlege'];
  it('"Jeg klager på vegne av pasienten" makes the doctor the representative, the patient the appellant', () => {
    const read = parties(letter('Jeg klager på vegne av pasienten, etter fullmakt, på vedtaket av 19.10.2026.'));
    expect(role(read, 'appellant')).toEqual({ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
    expect(role(read, 'representative')?.name).toBe('Trond Moe');
  });
  it('a doctor who reports on the patient acts for nobody (a guard)', () => {
    expect(role(parties(letter('Pasienten har hatt plagene i mange år, og jeg støtter klagen hennes.')), 'representative')).toBeUndefined();
  });
});

describe('one list of words for a relative', () => {
  it('a relative by marriage or further kin names whom the writer appeals for, as "min mor" does', () => {
    for (const kin of ['Svigermor min, Synne Kvale,', 'Min tante Synne Kvale']) {
      const letter = [...helperHead, ...own, '', `${kin} fikk avslag på søknaden. Jeg klager på vedtaket for henne.`, '', 'Hilsen', 'Trond Moe'];
      const read = parties(letter);
      expect(role(read, 'appellant'), kin).toEqual({ role: 'appellant', name: 'Synne Kvale', address: [] });
      expect(role(read, 'representative')?.name, kin).toBe('Trond Moe');
    }
  });
  it('"Jeg er far til …" / "I am the father of …" names whom the writer appeals for', () => {
    for (const sentence of ['Jeg er far til Synne Kvale, og klager på vedtaket dere sendte.', 'I am the father of Synne Kvale and appeal the decision you sent.']) {
      const letter = [...own, '', sentence, '', 'Hilsen', 'Trond Moe', 'Lykkeveien 3, 0467 Oslo'];
      const read = parties(letter);
      expect(role(read, 'appellant'), sentence).toEqual({ role: 'appellant', name: 'Synne Kvale', address: [] });
      expect(role(read, 'representative')?.name, sentence).toBe('Trond Moe');
    }
  });
});

describe('a wrong address is worse than none', () => {
  it('withholds the address written after a name the letter writes another nearly equal way (a misread), as it does for a head', () => {
    const letter = [...helperHead, ...own, '', 'Vår ref.: vergemål for Asmund Kvale, Kirkeveien 4, 5003 Bergen', '', 'Jeg er oppnevnt verge for Åsmund Kvale og klager på vegne av ham.', '', 'Hilsen', 'Trond Moe', 'verge'];
    const appellant = role(parties(letter), 'appellant');
    expect(appellant?.address).toEqual([]);
    expect(appellant?.addressWithheld).toMatch(/two ways/u);
  });
});

describe('guards that passed before', () => {
  it('a Nav case worker’s forwarding e-mail signed with the unit gives no representative', () => {
    const mail = ['Fra: Trond Moe <trond.moe@nav.no>', 'Emne: Klage fra Synne Kvale', '', 'Oversender klagen for Synne Kvale.', '', 'Mvh Trond Moe', 'NAV Vest'];
    expect(role(parties(mail), 'representative')).toBeUndefined();
  });
  it('the address after a name written one way only is still given', () => {
    const letter = [...helperHead, ...own, '', 'Vår ref.: vergemål for Åsmund Kvale, Kirkeveien 4, 5003 Bergen', '', 'Jeg er oppnevnt verge for Åsmund Kvale og klager på vegne av ham.', '', 'Hilsen', 'Trond Moe', 'verge'];
    expect(role(parties(letter), 'appellant')).toEqual({ role: 'appellant', name: 'Åsmund Kvale', address: ['Kirkeveien 4', '5003 Bergen'] });
  });
  it('the appellant’s own letter that mentions a friend who helped is still hers, with her address', () => {
    const letter = ['Synne Kvale', 'Kirkeveien 4', '5003 Bergen', '', ...own, '', 'Jeg klager på vedtaket. En god venn, Trond Moe, har lest gjennom klagen.', '', 'Hilsen', 'Synne Kvale'];
    expect(parties(letter)).toEqual([{ role: 'appellant', name: 'Synne Kvale', address: ['Kirkeveien 4', '5003 Bergen'] }]);
  });
});
