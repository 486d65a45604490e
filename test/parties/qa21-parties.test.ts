import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/**
 * QA session 21 (issue #16): who wrote it. Letters of the test's own, in the shapes of the QA engineer's A03, A04, A06,
 * C02 and D03; each case but the guards failed on parties21 before this change.
 */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);

describe('the addressee block is never a party', () => {
  it('«The Appeals Body» over a Norwegian box and «Norway», under an Irish writer’s head: the writer appeals', () => {
    const text = ['Siobhan Kelly', '22 Seafield Road', 'Clontarf', 'Dublin 3, D03 P6X2', 'Ireland', '', 'The Appeals Body', 'P.O. Box 2210 Sentrum', '0103 Oslo', 'Norway', '', 'Dublin, 2 December 2026', '', 'Further documents', '', 'Please find enclosed the invoice for my treatment.', '', 'Yours sincerely,', 'Siobhan Kelly'];
    const all = parties(text);
    expect(all.some((p) => /appeals body/iu.test(p.name))).toBe(false);
    expect(role(text, 'appellant')?.name).toBe('Siobhan Kelly');
  });
  it('a guard: «Klageinstansen» alone over its box: no party, the writer at the head appeals', () => {
    const text = ['Per Moen', 'Moveien 3', '2611 Lillehammer', '', 'Klageinstansen', 'Postboks 2210 Sentrum', '0103 Oslo', '', 'Klage', '', 'Jeg klager på vedtaket om dagpenger.', '', 'Hilsen', 'Per Moen'];
    expect(parties(text).some((p) => /klageinstans/iu.test(p.name))).toBe(false);
    expect(role(text, 'appellant')).toMatchObject({ name: 'Per Moen', address: ['Moveien 3', '2611 Lillehammer'] });
  });
});

describe('a head abroad with a locality line between the street and the Dublin district', () => {
  const head = ['Siobhan Kelly', '22 Seafield Road', 'Clontarf', 'Dublin 3, D03 P6X2', 'Ireland', '', 'Helfo', 'Postboks 2415', '3104 Tønsberg', 'Norway', '', 'Dublin, 2 December 2026', '', 'Appeal', '', 'I wish to appeal against your decision on my treatment abroad.', '', 'Yours sincerely,', 'Siobhan Kelly'];
  it('the signer at the head abroad appeals, with the address as written', () => {
    expect(role(head, 'appellant')).toMatchObject({ name: 'Siobhan Kelly', address: ['22 Seafield Road', 'Clontarf', 'Dublin 3, D03 P6X2', 'Ireland'] });
  });
  it('a guard: an Eircode not of the district written before it («Dublin 3, D15 …») gives no address', () => {
    const wrong = head.map((l) => (l === 'Dublin 3, D03 P6X2' ? 'Dublin 3, D15 P6X2' : l));
    expect(role(wrong, 'appellant')?.address ?? []).toEqual([]);
  });
});

describe('a subject line’s prefix is no part of a name', () => {
  it('«Klagesak Ola Brun, f.nr. … – krav om sakskostnader» in a lawyer’s letter: the client is «Ola Brun»', () => {
    const text = ['ADVOKATKONTORET HAUGE AS', 'Postboks 88 Sentrum, 5803 Bergen', '', 'Klageinstansen for helse- og trygdesaker', 'Postboks 2210 Sentrum', '0103 Oslo', '', 'Klagesak Ola Brun, f.nr. 12856710023 - krav om dekning av sakskostnader', '', 'Vi fremmer krav om dekning av sakskostnader, jf. forvaltningsloven § 36.', '', 'Med vennlig hilsen', 'Eva Hauge', 'advokat'];
    expect(role(text, 'appellant')?.name).toBe('Ola Brun');
  });
});

describe('a letterhead’s one address line with the organisation number after a run of spaces', () => {
  it('«Postboks 88 Sentrum, 5803 Bergen   Org.nr. 912 345 678»: the firm’s address is the representative’s', () => {
    const text = ['ADVOKATKONTORET HAUGE AS', 'Postboks 88 Sentrum, 5803 Bergen   Org.nr. 912 345 678', '', 'NAV', 'Postboks 6600 Etterstad', '0607 Oslo', '', 'KLAGE PÅ VEDTAK OM DAGPENGER - OLA BRUN', '', 'Undertegnede er engasjert som advokat for Ola Brun, Brugata 4, 5003 Bergen. Fullmakt vedlegges.', 'På vegne av min klient påklages vedtaket.', '', 'Med vennlig hilsen', 'Eva Hauge', 'advokat'];
    expect(role(text, 'representative')).toMatchObject({ name: 'Eva Hauge', address: ['Postboks 88 Sentrum, 5803 Bergen'] });
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ola Brun', address: ['Brugata 4', '5003 Bergen'] });
  });
});

describe('a flat in the street line is ordinary Norwegian addressing', () => {
  const transfer = (address: string) => ['NAV Arbeid og ytelser', 'Postboks 354 Sentrum, 8601 Mo i Rana', '', 'Klageinstansen for helse- og trygdesaker', 'Postboks 2210 Sentrum', '0103 Oslo', '', 'Oversendelse av klagesak', '', 'Klager: Nora Lund', 'Fødselsnummer: 12856710023', `Adresse: ${address}`, '', 'Vi oversender klagesak for Nora Lund.', '', 'Med hilsen', 'Anne Moe', 'saksbehandler'];
  it.each([
    ['Lundveien 7, leil. H0304, 1430 Ås', 'Lundveien 7, leil. H0304'],
    ['Lundveien 7, H0304, 1430 Ås', 'Lundveien 7, H0304'],
    ['Lundveien 7, leilighet 3, 1430 Ås', 'Lundveien 7, leilighet 3'],
  ])('«%s»', (address, street) => {
    expect(role(transfer(address), 'appellant')).toMatchObject({ name: 'Nora Lund', address: [street, '1430 Ås'] });
  });
  it('a guard: a word that is no flat in that place still holds the address', () => {
    expect(role(transfer('Lundveien 7, bak butikken, 1430 Ås'), 'appellant')?.address).toEqual([]);
  });
});

describe('«Ang.» is a subject prefix, «Ang» a name (review qaparties21)', () => {
  it('«Ang Lee» at the head appeals, with the address', () => {
    const text = ['Ang Lee', 'Storgata 12', '0155 Oslo', '', 'Klage', '', 'Jeg klager på vedtaket om refusjon fra Helfo datert 3.11.2026.', '', 'Hilsen', 'Ang Lee'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ang Lee', address: ['Storgata 12', '0155 Oslo'] });
  });
});
