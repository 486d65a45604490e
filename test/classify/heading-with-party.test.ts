import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { classifyDocument } from '#domain/classify/index';
import { headingLines } from '#domain/classify/rules';

/**
 * A heading that ends on the party and their national id runs past 70 characters (rules.ts endsOnNationalId):
 * read as a heading up to 110, so «Klage på vedtak om …» names the appeal. Synthetic ids (month + 80).
 */
const config = loadConfig();
const APPEAL_CUE = 'rule:heading "klage på vedtak"';
const cueFires = (text: string) => classifyDocument(text, config).explanation.some((e) => e.feature === APPEAL_CUE);

const letter = (heading: string, body: string) =>
  `Fagforeningen Vest\nPostboks 12\n5804 Bergen\n\nNav Vestland\nPostboks 6000\n5892 Bergen\n\nBergen, 20.11.2026\n\n${heading}\n\n${body}\n\nMed vennlig hilsen\nfor Fagforeningen Vest\n\nKari Nordmo\nrådgiver`;

const AAP_BODY = 'Vi bistår vårt medlem i denne saken. Det klages på vedtak datert 20.10.2026 om stans av arbeidsavklaringspenger. Medlemmet var innlagt på sykehus og kunne ikke møte til aktiviteten.';
const DISABILITY_BODY = 'Jeg klager på vedtaket fra Nav datert 03.10.2026 om avslag på uføretrygd. Jeg har ikke arbeidsevne, slik legen min skriver.';

describe('a long heading that ends on the party and their national id', () => {
  it('is a heading line; a long line that does not end on an id is not', () => {
    const heading = 'Klage på vedtak om stans av arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003';
    expect(heading.length).toBeGreaterThan(70);
    expect(headingLines(`${heading}\n\nTekst.`)).toContain(heading);
    expect(headingLines('Klage på vedtak om stans av arbeidsavklaringspenger for Linn Marie Sveen, som er vårt medlem i Agder\n')).toEqual([]);
    expect(headingLines(`${'Klage på vedtak om stans av arbeidsavklaringspenger og mye annet for vårt medlem Linn Marie Sveen '}, f.nr. 23859014003`)).toEqual([]);
  });

  const appeals = [
    'Klage på vedtak om stans av arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003',
    'Klage på vedtak om avslag på uføretrygd for Gro Anette Hjelmeland-Strand, fødselsnummer 27816612190',
    'Klage på Navs vedtak om tilbakekreving av sykepenger – Ola Kristian Nordmann, fnr. 040588 12345',
    'Klage over vedtak om stans av arbeidsavklaringspengar – Sindre Olav Myklebust, fnr 12907812345',
    'Klage – vedtak om avslag på arbeidsavklaringspenger, Per Arne Solbakken, f.nr. 15895012345',
    'Klage på vedtak av 20.10.2026 om stans av arbeidsavklaringspenger – Anne Li, f.nr. 01917055555',
    'Klage på avslag på søknad om arbeidsavklaringspenger – vårt medlem Jonas Berg, 31856612345',
    'KLAGE PÅ VEDTAK OM STANS AV ARBEIDSAVKLARINGSPENGER – LINN MARIE SVEEN, F.NR. 23859014003',
    'Appeal against the decision on work assessment allowance – Tomasz Nowak, national id 09878512345',
    'Klage på vedtak om arbeidsavklaringspenger for vårt medlem Kari Heggelund Aas, f.nr. 22846012345',
  ];
  it.each(appeals)('names the appeal: %s', (heading) => {
    expect(heading.length).toBeGreaterThan(70);
    const c = classifyDocument(letter(heading, AAP_BODY), config);
    expect(c.explanation.some((e) => e.feature === APPEAL_CUE)).toBe(true);
    expect(c.documentType).toBe('appeal');
  });

  it('reads a heading wrapped before the id as ending on its label (the id on the next line)', () => {
    const wrapped = 'Klage på vedtak om stans av arbeidsavklaringspenger – Linn Marie Sveen, f.nr.';
    expect(headingLines(`${wrapped}\n23859014003\n\nTekst.`)).toContain(wrapped);
    expect(cueFires(letter(`${wrapped}\n23859014003`, AAP_BODY))).toBe(true);
    expect(cueFires(letter('Oversendelse av klage på vedtak om stans av arbeidsavklaringspenger – Linn Sveen, f.nr.\n23859014003', AAP_BODY))).toBe(false);
  });

  it('lets a union\'s appeal headed with its member\'s name and id through on the type (QA s23 1127-02 pattern)', () => {
    const c = classifyDocument(letter(appeals[0]!, AAP_BODY), config);
    expect(c.documentType).toBe('appeal');
    expect(c.area).toBe('work_assessment');
    expect(c.typeConfidence).toBeGreaterThan(0.95);
  });

  // Near misses: the same long headings with the id, but they forward, comment on, add to or promise an
  // appeal, or are not a heading at all: the appeal cue must not fire on them.
  const notAppeals: [string, string][] = [
    ['Oversendelse av klage på vedtak om arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003', 'Nav Klageinstans oversender klagen på vedtaket datert 20.10.2026 til behandling.'],
    ['Merknader til klage på vedtak om arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003', 'Vi viser til oversendelsen og har følgende merknader til vedtaket.'],
    ['Fristavbrytende klage på vedtak om arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003', 'Vi klager på vedtaket datert 20.10.2026. Begrunnelse kommer senere.'],
    ['Tilleggsopplysninger til klage på vedtak om uføretrygd – Gro Anette Hjelmeland, f.nr. 27816612190', 'Her er legeerklæringen vi lovet i klagen på vedtaket datert 28.10.2026.'],
    ['Anke over Nav Klageinstans sitt vedtak om arbeidsavklaringspenger – Linn Marie Sveen, 23859014003', 'Vedtaket datert 20.10.2026 ankes til Trygderetten.'],
    ['Klagen på vedtak om arbeidsavklaringspenger – begrunnelse følger – Linn Marie Sveen, 23859014003', 'Vi klager på vedtaket datert 20.10.2026.'],
    ['Klager: Linn Marie Sveen, Tollbodgata 19, 4611 Kristiansand, fødselsnummer 23859014003', 'Nav oversender saken om stans av arbeidsavklaringspenger, vedtak datert 20.10.2026.'],
    ['Sak om arbeidsavklaringspenger for vårt medlem Linn Marie Sveen, Kristiansand, f.nr. 23859014003', 'Vi spør hvor lang tid behandlingen av saken tar. Vedtaket er datert 20.10.2026.'],
    ['Spørsmål om saksbehandlingstid i saken om arbeidsavklaringspenger – Linn Marie Sveen, 23859014003', 'Når kan vi vente svar? Vedtaket er datert 20.10.2026.'],
    ['Klage på vedtak om stans av arbeidsavklaringspenger for vårt medlem Linn Marie Sveen, Kristiansand, f.nr. 23859014003', 'Vi ber om innsyn i saken om vedtaket datert 20.10.2026.'],
  ];
  it.each(notAppeals)('does not name an appeal: %s', (heading, body) => {
    expect(heading.length).toBeGreaterThan(70);
    expect(cueFires(letter(heading, body))).toBe(false);
  });

  it('leaves a lodged disability appeal under such a heading its area', () => {
    const c = classifyDocument(letter('Klage på vedtak om avslag på uføretrygd for Gro Anette Hjelmeland-Strand, fødselsnummer 27816612190', DISABILITY_BODY), config);
    expect(c.documentType).toBe('appeal');
    expect(c.area).toBe('disability');
  });
});

describe('review of openers23: long id-ending headings that are no new appeal', () => {
  it.each([
    'Klage på vedtak om stans av arbeidsavklaringspenger trekkes – Linn Marie Sveen, f.nr. 23859014003',
    'Klage på vedtak om arbeidsavklaringspenger – bekreftelse på mottatt klage, Linn Sveen, fnr. 23859014003',
    'Klage på vedtak om AAP – kvittering for mottatt klage fra Linn Marie Sveen, f.nr. 23859014003',
  ])('a withdrawal or a receipt does not name an appeal: %s', (heading) => {
    expect(heading.length).toBeGreaterThan(70);
    expect(cueFires(letter(heading, 'Vi viser til klagen. Medlemmet ønsker ikke lenger å føre saken videre.'))).toBe(false);
  });

  it('a short withdrawal heading does not name an appeal either (main read it so)', () => {
    expect(cueFires(letter('Klage på vedtak om stans av AAP trekkes', 'Vi viser til klagen vår av 20.10.2026.'))).toBe(false);
  });

  it('a reply subject ending on an id is not read as a heading', () => {
    const reply = 'SV: Klage på vedtak om AAP for vårt medlem Linn Marie Sveen, f.nr. 23859014003';
    expect(reply.length).toBeGreaterThan(70);
    expect(headingLines(`${reply}\n\nTakk for svaret.`)).not.toContain(reply);
    expect(cueFires(letter(reply, 'Takk for svaret deres. Vi lurer på når saken blir behandlet.'))).toBe(false);
  });

  it('a heading about a deduction («trekk i») still names the appeal', () => {
    expect(cueFires(letter('Klage på vedtak om trekk i arbeidsavklaringspenger – Linn Marie Sveen, f.nr. 23859014003', AAP_BODY))).toBe(true);
  });
});
