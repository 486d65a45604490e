import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Session 16: addresses in a letter that are not the appellant's, and representatives in the five languages. */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('a block the line over it gives as someone else’s is never the writer’s head', () => {
  it('a neighbour’s block under «hans adress är:», the closing broken by the scan: no address for anyone', () => {
    // «halsning» for «hälsning»: the signature is not read, and the neighbour's block was the head.
    const text = [...HEAD, 'Överklagande', '', 'Jag överklagar beslutet. Min granne hjålper mig, hans adress år:', 'Sven Holm', 'Storgatan 4', '411 38 Göteborg', 'Sverige', '', 'Med vänlig halsning', 'Isak Lund'];
    expect(role(text, 'appellant')?.address ?? []).toEqual([]);
    expect(role(text, 'appellant')?.name).not.toBe('Sven Holm');
  });
  it('«Pårørende:» over a block under the signature: the signer is the appellant', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om omsorgslønn.', '', 'Med vennlig hilsen', 'Eilert Kvalvik', '', 'Pårørende:', 'Dagny Kvalvik', 'Skolegata 12', '1850 Mysen'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Eilert Kvalvik', address: [] });
  });
  it('a GP’s name and practice under «Spør gjerne legen min:»: the signer is the appellant, with no address', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg er uenig i avslaget på grunnstønad. Spør gjerne legen min:', 'Dr. Hanne Vik', 'Sentrum legekontor', 'Kirkegata 5', '3611 Kongsberg', '', 'Hilsen', 'Arild Næss'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Arild Næss', address: [] });
  });
  it('guard: «Min adresse er:» over the writer’s own block keeps it', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om bostøtte. Min adresse er:', 'Ivar Tangen', 'Fjellveien 3', '5003 Bergen', '', 'Hilsen', 'Ivar Tangen'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Ivar Tangen', address: ['Fjellveien 3', '5003 Bergen'] });
  });
});

describe('a person who appeals in the first person under a head that is not theirs', () => {
  const employer = (sign: string[]) => ['Bygg og Montasje AS', 'Industriveien 5', '1400 Ski', '', ...HEAD, 'Klage på vedtak om sykepenger', '', 'Jeg skriver dette på jobben. Jeg klager på vedtaket fra Nav av 4.04.2025.', '', 'Med vennlig hilsen', ...sign];
  it('an employer’s letterhead: the signer is the appellant, without the employer’s address', () => {
    expect(role(employer(['Geir Sund']), 'appellant')).toMatchObject({ name: 'Geir Sund', address: [] });
  });
  it('guard: a titled signer under an organisation’s head is not made the appellant', () => {
    expect(role(employer(['Geir Sund', 'saksbehandler']), 'appellant')).toBeUndefined();
  });
});

describe('representatives with no head of their own', () => {
  const letter = ['Appeal', '', 'I am writing on behalf of my mother, Solveig Lunde, of Birkeveien 3, 1415 Oppegård. She was refused home care. A signed power of attorney is enclosed.', '', 'Yours sincerely', 'Erik Lunde'];
  it('«on behalf of my mother, X, of <address>»: the mother at that address, the signer her representative', () => {
    expect(role([...HEAD, ...letter], 'appellant')).toMatchObject({ name: 'Solveig Lunde', address: ['Birkeveien 3', '1415 Oppegård'] });
    expect(role([...HEAD, ...letter], 'representative')).toMatchObject({ name: 'Erik Lunde', address: [] });
  });
  it('guard: a relative only named, with no words of representation, makes the signer no representative', () => {
    const text = [...HEAD, 'Klage', '', 'Jeg klager på vedtaket om hjemmesykepleie. Min mor, Solveig Lunde, hjelper meg av og til.', '', 'Med vennlig hilsen', 'Erik Lunde'];
    expect(role(text, 'representative')).toBeUndefined();
  });
});

describe('a move the writer writes in the first person', () => {
  const own = ['Hallvard Moe', 'Engveien 14', '1415 Oppegård', ''];
  it.each([
    ['nb', 'Jeg har flyttet til Tunvegen 3, 6800 Førde, og klager på vedtaket.'],
    ['nn', 'Eg har flytta til Tunvegen 3, 6800 Førde. Eg klagar på vedtaket.'],
    ['sv', 'Jag har flyttat till Tunvegen 3, 6800 Førde. Jag överklagar beslutet.'],
    ['da', 'Jeg er flyttet til Tunvegen 3, 6800 Førde. Jeg klager over afgørelsen.'],
    ['en', 'I have moved to Tunvegen 3, 6800 Førde. I appeal against the decision.'],
  ])('%s: the head’s address (maybe the one left) is withheld, with the reason', (_lang, sentence) => {
    const appellant = role([...own, ...HEAD, 'Klage', '', sentence, '', 'Med vennlig hilsen', 'Hallvard Moe'], 'appellant');
    expect(appellant).toMatchObject({ name: 'Hallvard Moe', address: [] });
    expect(appellant?.addressWithheld).toBeTruthy();
  });
  it.each([
    ['da', 'Jeg er flyttet, ny adresse: Tunvegen 3, 6800 Førde.'],
    ['nb', 'Jeg har flyttet, ny adresse: Tunvegen 3, 6800 Førde.'],
  ])('guard (%s): «flyttet, ny adresse: …» still gives the new address', (_lang, sentence) => {
    const appellant = role([...own, ...HEAD, 'Klage', '', sentence, 'Jeg klager på vedtaket.', '', 'Med vennlig hilsen', 'Hallvard Moe'], 'appellant');
    expect(appellant?.address).toEqual(['Tunvegen 3', '6800 Førde']);
  });
  it('guard: a move to the head’s own address keeps it', () => {
    const appellant = role([...own, ...HEAD, 'Klage', '', 'Jeg har flyttet til Engveien 14, 1415 Oppegård, og klager på vedtaket.', '', 'Med vennlig hilsen', 'Hallvard Moe'], 'appellant');
    expect(appellant?.address).toEqual(['Engveien 14', '1415 Oppegård']);
  });
});
