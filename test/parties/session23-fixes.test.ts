import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';
import { REPRESENTATIVES_ADDRESS } from '../../domain/parties/address-doubts.ts';
import { labelledPartyLines } from '../../domain/parties/labelled-party-lines.ts';
import { chooseRecipient } from '../../domain/letters/recipient.ts';

/**
 * Session 23: what session 22 left (issue #16). Letters of the test's own (never the slice's): an errand power over one's
 * mail, a bank or a law firm beside a person in one power, a labelled address under a representative's labelled line.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];
const giver = ['Åse Nordby', 'Furuveien 9', '2408 Elverum', '', ...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjelpestønad.'];
const close = ['', 'Med vennlig hilsen', 'Åse Nordby'];
const ownHead = { name: 'Åse Nordby', address: ['Furuveien 9', '2408 Elverum'] };

describe('a power over one’s mail is no power over the case (errand powers)', () => {
  const sentences = [
    'Jeg gir min sønn Trond Nordby fullmakt, slik at han kan ta seg av posten min.',
    'Jeg gir fullmakt til min datter Kine Nordby til å ordne med posten min.',
    'Eg gjev dotter mi Kine Nordby fullmakt til å henta posta mi.',
    'Jag ger min son Trond Nordby fullmakt att ta hand om min post.',
    'Jeg giver min datter Kine Nordby fuldmagt til at hente min post.',
    'I have given my son Trond Nordby power of attorney so that he can deal with my mail.',
    'I gave my daughter Kine Nordby power of attorney to collect my post.',
    'Min sønn Trond Nordby har fullmakt til å ta seg av posten min.',
    'Jeg gir fullmakt til Nordea Bank Abp og min datter Kine Nordby til å betale regningene mine.',
  ];
  for (const sentence of sentences) {
    it(sentence, () => {
      const text = [...giver, sentence, ...close];
      // The writer appeals at her own head; the holder of the errand power is nobody's party (main: the holder appealed or represented).
      expect(role(text, 'appellant')).toMatchObject(ownHead);
      expect(role(text, 'representative')).toBeUndefined();
      expect(chooseRecipient(parties(text), postcodes)).toMatchObject({ status: 'ready' });
    });
  }
  it('near misses: the case’s power beside the mail, «e-post», and mail «fra dere» stay powers over the case', () => {
    for (const sentence of [
      'Jeg gir min sønn Trond Nordby fullmakt til å føre klagesaken for meg, og han tar seg også av posten min.',
      'Jeg gir min sønn Trond Nordby fullmakt til å sende e-post og snakke med saksbehandleren for meg.',
      'Jeg gir min sønn Trond Nordby fullmakt til å ta imot post fra dere og svare for meg.',
    ]) {
      const text = [...giver, sentence, ...close];
      expect(role(text, 'appellant'), sentence).toMatchObject({ name: 'Åse Nordby' });
      expect(role(text, 'representative'), sentence).toMatchObject({ name: 'Trond Nordby', address: [] });
    }
  });
});

describe('one power to an organisation and a person', () => {
  it('a law firm and its lawyer: the lawyer represents (of the firm), the giver appeals at her head', () => {
    for (const sentence of ['Jeg gir fullmakt til advokatfirmaet Strand & Berg AS og advokat Mona Strand til å føre klagesaken for meg.', 'Jag ger fullmakt till Advokatfirman Strand AB och advokat Mona Strand att föra min talan i ärendet.', 'Jeg giver fuldmagt til Advokatfirmaet Strand ApS og advokat Mona Strand til at føre sagen for mig.']) {
      const text = [...giver, sentence, ...close];
      expect(role(text, 'appellant'), sentence).toMatchObject(ownHead);
      expect(role(text, 'representative'), sentence).toMatchObject({ name: 'Mona Strand', address: [] });
      expect(role(text, 'representative')?.firm, sentence).toMatch(/^Advokatfirma/u);
      // Held for the lawyer, never sent to the giver's head as if she were the representative (main: sent to the giver).
      expect(chooseRecipient(parties(text), postcodes), sentence).toMatchObject({ status: 'held' });
    }
  });
  it('English «authorise … Solicitors and NN, solicitor, to act»', () => {
    const text = ['Ruth Young', 'Bryggen 4', '5003 Bergen', '', ...HEAD, 'Appeal', '', 'I appeal against the decision on my pension.', 'I hereby authorise Young & Hale Solicitors and Peter Hale, solicitor, to act for me in this appeal.', '', 'Yours faithfully', 'Ruth Young'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ruth Young', address: ['Bryggen 4', '5003 Bergen'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Peter Hale', firm: 'Young & Hale Solicitors', address: [] });
  });
  it('a bank or an association and a son in a power over the case: the son represents, and is neither’s (no firm)', () => {
    // Main read «Norsk Revmatikerforbund» as a second holder's name, and the bank's sentence as the son's appeal.
    for (const sentence of ['Jeg gir fullmakt til Sparebank 1 Østlandet og min sønn Trond Nordby. Han skal føre klagesaken for meg.', 'Jeg gir fullmakt til Norsk Revmatikerforbund og min sønn Trond Nordby til å føre klagesaken for meg.']) {
      const text = [...giver, sentence, ...close];
      expect(role(text, 'appellant'), sentence).toMatchObject(ownHead);
      expect(parties(text).filter((p) => p.role === 'representative'), sentence).toEqual([{ role: 'representative', name: 'Trond Nordby', address: [] }]);
    }
  });
  it('guard: two people in one power stay two holders (no organisation word)', () => {
    const text = [...giver, 'Jeg gir fullmakt til Siv Lorentzen og Pål Eide til å føre klagesaken for meg.', ...close];
    expect(parties(text).filter((p) => p.role === 'representative').map((p) => p.name)).toEqual(['Siv Lorentzen', 'Pål Eide']);
  });
});

describe('a labelled address belongs to the nearest labelled party above it', () => {
  const labelled = (lines: string[]) => [...HEAD, 'Klage', '', ...lines, '', 'Vi klager på vedtaket om arbeidsavklaringspenger.', '', 'Med hilsen', 'Geir Vold', 'advokat'];
  it('«Klager:» over «Adresse:», «Fullmektig:» over «Adresse:»: each keeps its own', () => {
    const text = labelled(['Klager: Siri Holt', 'Adresse: Elvegata 3, 3015 Drammen', 'Fullmektig: advokat Geir Vold', 'Adresse: Bragernes torg 2, 3017 Drammen']);
    expect(role(text, 'appellant')).toMatchObject({ name: 'Siri Holt', address: ['Elvegata 3', '3015 Drammen'] });
    expect(role(text, 'representative')).toMatchObject({ name: 'Geir Vold', address: ['Bragernes torg 2', '3017 Drammen'] });
  });
  it('only the lawyer’s address, under his line: never the appellant’s (on main it was hers)', () => {
    for (const lines of [
      ['Klager: Siri Holt', 'Fullmektig: advokat Geir Vold', 'Adresse: Bragernes torg 2, 3017 Drammen'],
      ['Klagande: Siri Holt', 'Ombud: advokat Geir Vold', 'Adress: Bragernes torg 2, 3017 Drammen'],
      ['Appellant: Siri Holt', 'Representative: Geir Vold, lawyer', 'Address: Bragernes torg 2, 3017 Drammen'],
    ]) {
      const text = labelled(lines);
      expect(role(text, 'appellant'), lines[1]).toMatchObject({ name: 'Siri Holt', address: [] });
      // Withheld by the labelled run when another reading had given it to her (never some other doubt).
      expect([undefined, REPRESENTATIVES_ADDRESS], lines[1]).toContain(role(text, 'appellant')?.addressWithheld);
      expect(chooseRecipient(parties(text), postcodes), lines[1]).toMatchObject({ status: 'ready', recipient: { name: 'Geir Vold' } });
      expect(role(text, 'representative'), lines[1]).toMatchObject({ name: 'Geir Vold', address: ['Bragernes torg 2', '3017 Drammen'] });
    }
  });
  it('da «Partsrepræsentant:» and sv «Fullmäktig:» over «Adresse:»: the form’s fields gave it to her; withheld, and the lawyer’s', () => {
    for (const lines of [
      ['Klager: Siri Holt', 'Partsrepræsentant: advokat Geir Vold', 'Adresse: Nørregade 40, 8000 Aarhus C, Danmark'],
      ['Klagande: Siri Holt', 'Fullmäktig: advokat Geir Vold', 'Adress: Drottninggatan 12, 111 51 Stockholm, Sverige'],
    ]) {
      const text = labelled(lines);
      expect(role(text, 'appellant'), lines[1]).toMatchObject({ name: 'Siri Holt', address: [], addressWithheld: REPRESENTATIVES_ADDRESS });
      expect(role(text, 'representative')?.address[0], lines[1]).toBe(lines[2]!.split(': ')[1]!.split(',')[0]);
    }
  });
  it('the representative’s line first, the appellant’s with her address under it: the address is hers', () => {
    const text = labelled(['Fullmektig: Geir Vold', 'Klager: Siri Holt', 'Adresse: Elvegata 3, 3015 Drammen']);
    expect(role(text, 'appellant')).toMatchObject({ name: 'Siri Holt', address: ['Elvegata 3', '3015 Drammen'] });
  });
  it('the run: an address line counts only right under a party’s line; a sideless «Ombud:» only beside the appellant’s', () => {
    expect(labelledPartyLines(['Klager: Siri Holt', 'Telefon: 912 34 567', 'Adresse: Elvegata 3, 3015 Drammen'].join('\n'))).toEqual([{ role: 'appellant', name: 'Siri Holt', address: [], line: 0 }]);
    expect(labelledPartyLines(['Klager: Siri Holt', 'Adresse: Elvegata 3, 3015 Drammen', '', 'Ombud: advokat Geir Vold', 'Adresse: Bragernes torg 2, 3017 Drammen'].join('\n')).map((p) => p.role)).toEqual(['appellant']);
    expect(labelledPartyLines(['Fullmektig: advokat Geir Vold', 'Adresse: Bragernes torg 2, 3017 Drammen'].join('\n'))).toEqual([]);
  });
});

