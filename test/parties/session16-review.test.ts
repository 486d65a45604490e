import { describe, expect, it } from 'vitest';
import { norwegianPostcodes } from '../../config/postcodes.ts';
import { extractParties } from '../../domain/parties/index.ts';

/** Session 16's review (rv-parties16): letters where a session 16 rule read the wrong person as a party. */
const postcodes = norwegianPostcodes();
const parties = (lines: string[]) => extractParties(lines.join('\n'), { postcodes });
const role = (lines: string[], r: string) => parties(lines).find((p) => p.role === r);
const HEAD = ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo', ''];

describe('an untitled signer under an organisation’s head who appeals about someone else is not the appellant (HIGH-1)', () => {
  const letter = (head: string[], body: string, signer: string) => [...head, '', ...HEAD, 'Klage', '', body, '', 'Med vennlig hilsen', signer];
  const employer = ['Bygg og Montasje AS', 'Industriveien 5', '1400 Ski'];
  const careHome = ['Solgården bo- og omsorgssenter', 'Parkveien 2', '1415 Oppegård'];
  const practice = ['Sentrum legekontor', 'Kirkegata 5', '3611 Kongsberg'];
  it.each([
    ['an employer’s HR person about an employee', employer, 'Jeg klager på vedtaket om refusjon av sykepenger til bedriften for en ansatt.', 'Geir Sund'],
    ['a care home’s staff about a resident', careHome, 'Jeg klager på vedtaket om hjemmesykepleie til en av beboerne våre, som ikke klarer å skrive selv.', 'Marit Berg'],
    ['a practice about its patient', practice, 'Jeg klager på vedtaket om avslag på grunnstønad til pasienten.', 'Hanne Vik'],
    ['a practice about its own refund', practice, 'Jeg klager på vedtaket om refusjon av takster til legekontoret.', 'Hanne Vik'],
  ])('%s: no appellant', (_what, head, body, signer) => {
    expect(role(letter(head, body, signer), 'appellant')).toBeUndefined();
  });
  it('guard: the signer’s own sick pay under the employer’s head: the signer, with no address', () => {
    expect(role(letter(employer, 'Jeg klager på vedtaket om mine sykepenger.', 'Geir Sund'), 'appellant')).toMatchObject({ name: 'Geir Sund', address: [] });
  });
  it('guard: the signer’s own matter, but under a care home’s head: no appellant', () => {
    expect(role(letter(careHome, 'Jeg klager på vedtaket om mine sykepenger.', 'Marit Berg'), 'appellant')).toBeUndefined();
  });
});

describe('«on behalf of my mother, X» needs the words in the sentence that names her, and not her own mandate (MEDIUM-2)', () => {
  const letter = (body: string, signer: string) => [...HEAD, 'Klage', '', body, '', 'Med vennlig hilsen', signer];
  it.each([
    ['en: the mother holds a power of attorney for the bank only', 'I appeal the refusal of my home care. My mother, Solveig Lunde, has power of attorney for my bank only.', 'Erik Lunde'],
    ['en: «on behalf of myself» in another sentence', 'I appeal the refusal of my home care on behalf of myself. My mother, Solveig Lunde, helps me with the post.', 'Erik Lunde'],
    ['nb: a mandate for the mother, but the appeal is the writer’s', 'Jeg klager på avslaget på hjemmesykepleie. Jeg har fullmakt for min mor, Solveig Lunde, men denne klagen gjelder meg.', 'Erik Lunde'],
    ['sv: the mother is a god man for a brother', 'Jag överklagar beslutet om hemtjänst. Min mamma, Solveig Lunde, är god man för min bror.', 'Erik Lunde'],
    ['en: the son holds the power of attorney', 'I appeal the refusal of my home care. My son, Erik Lunde, holds a power of attorney and can be contacted.', 'Solveig Lunde'],
  ])('%s: the signer is no representative', (_what, body, signer) => {
    expect(role(letter(body, signer), 'representative')).toBeUndefined();
  });
});

describe('the untitled signer’s own matter, written as the signer’s illness', () => {
  it('Nav’s address copied to the top, «Jeg var syk hele perioden»: the signer, with no address', () => {
    const text = ['Nav Klageinstans Øst', 'Postboks 100', '0130 Oslo', '', 'Klage på vedtak om sykepenger', '', 'Jeg klager på vedtaket av 2.05.2025. Jeg var syk i hele perioden.', '', 'Med vennlig hilsen', 'Tore Lie'];
    expect(role(text, 'appellant')).toMatchObject({ name: 'Tore Lie', address: [] });
  });
});
