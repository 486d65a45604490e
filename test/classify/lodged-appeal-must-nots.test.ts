import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.ts';
import { linkThreshold, mustLink } from '../../domain/config.ts';
import { classifyDocument } from '../../domain/classify/index.ts';
import { lodgedAppeal, readLodgedAppeal } from '../../domain/classify/lodged-appeal.ts';

// Review of opener21 (session 21): the lodged-appeal rule fired on declarations and costs claims that only mention
// an appeal — habitual, negated, possible, conditional, someone else's, reported — and the moved reading routed them
// as appeals at 0.99–1.00. Every probe routed wrong then is here; the letters are the reviewer's, with synthetic ids.
const config = loadConfig();
function routed(text: string) {
  const c = classifyDocument(text, config);
  const links = mustLink(config, c.documentType);
  const confidence = links ? c.typeConfidence : c.confidence;
  return { type: c.documentType, routed: c.hold === null && confidence >= linkThreshold(config, links ? 'mustLink' : 'newCase') };
}

const GP = (body: string) => `Legeerklæring\n\nPasient: Kari Nordmann, fnr. 15895012345\n\nJeg har vært fastlege for pasienten siden 2015. Hun har kroniske korsryggsmerter med utstråling til venstre ben, MR viser prolaps L4/L5. Hun har forsøkt fysioterapi og smertebehandling uten varig effekt. Funksjonsnivået er betydelig redusert, hun klarer ikke å sitte mer enn 30 minutter.\n\n${body}\n\nMed vennlig hilsen\nDr. Ola Hansen\nfastlege, Sentrum legekontor`;
const COST = (body: string) => `Krav om dekning av sakskostnader\n\nSak: Per Olsen, fnr. 03857512345\n\nVi viser til vedtak av 12.10.2026 hvor Nav omgjorde vedtaket om uføretrygd til gunst for vår klient. Vi krever etter forvaltningsloven § 36 dekning av vesentlige kostnader ved endringen av vedtaket.\n\n${body}\n\nTimeliste: 8,5 timer à kr 1 650 = kr 14 025. Salær totalt kr 14 025 eks. mva.\n\nMed vennlig hilsen\nAdvokatfirmaet Berg AS\nadvokat Lise Berg`;
const EN = (body: string) => `Medical certificate – work assessment allowance (AAP)\n\nPatient: John Smith, national id 15895012345\n\nI have been Mr Smith's general practitioner since 2012. He suffers from chronic obstructive pulmonary disease, requires home oxygen, and cannot walk more than 50 metres. His capacity for work is reduced by at least half and he needs continued work assessment allowance.\n\n${body}\n\nYours sincerely\nDr Jane Doe, GP`;
const NN = (body: string) => `Legeerklæring – arbeidsavklaringspengar\n\nPasient: Ola Vik, fnr. 15895012345\n\nEg har vore fastlege for pasienten sidan 2014. Han har alvorleg hjartesvikt, EF 25 prosent, og kan ikkje arbeide. Arbeidsevna er varig nedsett.\n\n${body}\n\nHelsing\nlege Siri Dale, fastlege`;
const SV = (body: string) => `Läkarintyg\n\nPatient: Anna Berg, född 1962\n\nPatienten har svår KOL med syrgasbehandling i hemmet och klarar inte att gå mer än 50 meter. Spirometri visar FEV1 35 procent av förväntat.\n\n${body}\n\nMed vänlig hälsning\nDr Erik Lund, distriktsläkare`;

describe('a declaration or a costs claim that only tells of an appeal is not routed as one (review probes)', () => {
  // Each was routed as an appeal at 0.99–1.00 on the reviewed branch; on main each routed with its own type.
  it.each([
    ['habitual', GP('Som fastlege klager jeg ofte på slike vedtak fra Nav, men i dette tilfellet ber jeg om at funksjonsnivået vurderes på nytt.')],
    ['restricted', GP('Vi klager på vedtak bare når pasienten ber om det. Hun har selv sendt klage.')],
    ['negated, costs', COST('Klienten opplyser at han ble bedt om å klage. Vi klager imidlertid ikke på vedtaket, da det er til gunst.')],
    ['reported speech', GP('Pasienten skrev til meg: Jeg klager på vedtaket. Hun har sendt klagen selv til Nav.')],
    ['habitual, costs', COST('Som advokater klager vi ofte på avslag om uføretrygd, og vi har god erfaring med slike saker.')],
    ['conditional passive (dersom)', GP('Dersom vedtaket påklages, ber jeg om at denne erklæringen legges ved saken.')],
    ['conditional passive (hvis)', GP('Hvis vedtaket påklages, står jeg gjerne til disposisjon for utfyllende opplysninger.')],
    ['negated (derfor ikke)', GP('Jeg klager derfor ikke på vedtaket, men ber om at ny informasjon vurderes.')],
    ['negated (naturligvis ikke)', COST('Vi klager naturligvis ikke på vedtaket, som er til gunst for klienten.')],
    ['never', GP('Jeg klager aldri på vedtak på vegne av pasienter; hun har selv sendt klage.')],
    ['habitual passive', GP('Slike vedtak påklages ofte, og jeg har skrevet denne erklæringen på pasientens oppfordring.')],
    ["someone else's appeal", GP('Vedtaket påklages av pasienten selv i eget brev. Jeg sender denne erklæringen som dokumentasjon.')],
    ['possible, later', GP('Jeg klager kanskje på vedtaket senere dersom det ikke endres.')],
    ['en appeal to you', EN('I appeal to you to reconsider the decision of 2 October 2026 stopping his work assessment allowance.')],
    ['nn conditional passive', NN('Dersom vedtaket påklagast, ber eg om at denne fråsegna vert lagd ved.')],
    ['nn negated', NN('Eg klagar difor ikkje på vedtaket, men sender nye opplysningar.')],
    // Held on the reviewed branch only by the model's doubt; the rule read an appeal in each.
    ['sv conditional passive', SV('Om beslutet överklagas bör detta intyg bifogas.')],
    ['sv negated', SV('Jag överklagar alltså inte beslutet, men vill lämna kompletterande uppgifter.')],
    ['sv never', SV('Jag överklagar aldrig beslut utan patientens samtycke; patienten har själv överklagat beslutet den 3 oktober.')],
    ['en habitual', EN('As his doctors we appeal such decisions only rarely; the patient has lodged his own appeal against the decision.')],
    ['nn possible, later', NN('Eg klagar truleg på vedtaket seinare om det ikkje vert endra.')],
    ['da habitual', `Lægeerklæring\n\nPatient: Jens Hansen\n\nPatienten har sclerose med tiltagende gangbesvær og kan ikke arbejde. MR viser nye læsioner.\n\nSom praktiserende læge påklager jeg sjældent afgørelser, men patienten har selv klaget over afgørelsen.\n\nMed venlig hilsen\nLæge Mette Sørensen`],
  ])('%s: lodges nothing, not routed as an appeal', (_what, text) => {
    expect(lodgedAppeal(text)).toBeNull();
    const r = routed(text);
    expect(r.routed && r.type.startsWith('appeal')).toBe(false);
  });

  // An appeal of the costs decision inside a costs claim: which it is, an archivist decides (held either way).
  it.each([
    ['herved', COST('Vi påklager herved også sakskostnadsavgjørelsen i vedtaket av 12.10.2026, som bare ga delvis dekning.')],
    ['også', COST('Vi klager også på vedtaket om salær, som bare dekket halvparten av timene.')],
  ])('a costs claim appealing the costs decision (%s) is held', (_what, text) => {
    expect(routed(text).routed).toBe(false);
  });
});

describe('what fires, and what routes on the moved reading', () => {
  it.each([
    ['Det klages herved på Navs vedtak datert 3.10.2026 om arbeidsavklaringspenger.', true],
    ['Det påklages herved vedtaket av 3.10.2026 fra Nav.', true],
    ['Der klages hermed over afgørelsen af 30. september 2026.', true],
    ['Härmed överklagas beslutet från Försäkringskassan den 7 oktober 2026.', true],
    // Impersonal without «herved»: read, but never routed on the moved weight.
    ['Det klages på vedtaket av 3.10.2026.', false],
    // First person but neither a date nor the first instance named.
    ['Jeg klager på vedtaket om uføretrygd.', false],
  ])('%s (firm %s)', (text, firm) => {
    expect(readLodgedAppeal(text)?.firm).toBe(firm);
  });

  it.each([
    ['Vedtaket av 22.09.2026 om avslag på sykepenger påklages.'],
    ['Vedtaket av 22.09.2026 påklages av pasienten.'],
    ['Dersom vedtaket av 22.09.2026 påklages herved, sendes saken til klageinstansen.'],
    ['The decision of 2 October 2026 is appealed.'],
    ['If the decision is hereby appealed, we will send papers.'],
  ])('the passive without «herved», by another or in a condition does not fire: %s', (text) => {
    expect(lodgedAppeal(text)).toBeNull();
  });

  it('a declaration-headed letter that lodges the appeal is an appeal for the archivist, not routed', () => {
    const text = GP('Pasienten ønsker å klage, og jeg påklager på hans vegne vedtaket av 2.10.2026 om avslag på uføretrygd.');
    expect(readLodgedAppeal(text)).toEqual({ words: 'jeg påklager på hans vegne vedtaket', firm: false, newWording: false });
    const c = classifyDocument(text, config);
    expect(c.documentType).toBe('appeal');
    expect(routed(text).routed).toBe(false);
    expect(c.explanation.map((e) => e.feature)).toContain('rule:lodged appeal read against the model, held');
  });

  it('a lawyer\'s appeal headed as one, first person with date and Nav, routes as an appeal', () => {
    const text = `Klage på vedtak om arbeidsavklaringspenger\n\nKlient: Per Olsen, fnr. 03857512345\n\nVi representerer Per Olsen og påklager herved Navs vedtak av 1.10.2026. Vedtaket bygger på feil faktum: klienten har dokumentert nedsatt arbeidsevne.\n\nVi krever dekning av sakskostnader etter fvl. § 36. Timeliste vedlagt: 4 timer.\n\nMed vennlig hilsen\nadvokat Lise Berg`;
    expect(readLodgedAppeal(text)?.firm).toBe(true);
    expect(routed(text)).toEqual({ type: 'appeal', routed: true });
  });
});

// Review of opener22 (session 22): five letters main routed right (a declaration, a costs claim) routed as appeals at
// 0.99+ on the widened rule — someone else's passive «på vegne av», a «that»-clause's subject, a topic read as a part,
// a bare «Mor»/«Far» (the patient's parent) in a clinician's letter. The reviewer's letters, with synthetic ids.
const review22 = {
  q04: `Til Nav\nVedr. Tor Hansen (fnr. 11856012345)\n\nJeg er fastlege for Tor Hansen. Vedtaket fra Nav av 3.10.2026 om avslag på uføretrygd påklages på vegne av pasienten av advokat Lund, og jeg beskriver her helsetilstanden.\nDiagnose: M54.5 lumbago, F32.1 depressiv episode. Arbeidsufør siden mars 2025. Inntektsevnen er varig nedsatt med minst 50 prosent.\nFunksjonsevne: kan ikke sitte mer enn 20 minutter.\nMed vennlig hilsen\nLise Moe, fastlege`,
  p05: `Advokatfirmaet Lund AS\nNav\n\nVedtaket av 20.10.2026 om avslag på uføretrygd påklages på vegne av min klient i eget brev av i dag.\nI dette brevet fremmes krav om dekning av sakskostnader etter forvaltningsloven § 36 for arbeidet frem til nå.\nSalær: 12 timer à kr 1 800 = kr 21 600.\nMed hilsen\nadvokat Ola Lund`,
  q06: `Til Nav\nVedr. Randi Aas (fnr. 21876512345)\n\nJeg er kjent med at pasienten er uenig og vil klage på vedtaket fra Nav av 3.10.2026 om avslag på arbeidsavklaringspenger.\nDiagnose: M79.7 fibromyalgi, F41.1 generalisert angst. Hun har vært sykmeldt siden januar 2025.\nFunksjonsevne: betydelig redusert, klarer ikke mer enn 2 timer lett arbeid. Hun har behov for aktiv behandling.\nMed hilsen\nJon Nes, lege`,
  r02: `Til Nav\nGjeld Randi Aas (fnr. 21876512345)\n\nEg veit at pasienten er usamd og vil klage på vedtaket frå Nav av 3.10.2026 om avslag på arbeidsavklaringspengar.\nDiagnose: M79.7 fibromyalgi. Ho har vore sjukmeld sidan januar 2025. Funksjonsevna er sterkt redusert.\nHelsing\nJon Nes, lege`,
  r04: `Til Udbetaling Danmark\nVedr. Jens Holm (cpr 1789651234)\n\nJeg ved at patienten er uenig og vil klage over afgørelsen af 3. oktober 2026 om førtidspension.\nDiagnose: I50 hjertesvigt. Arbejdsevnen er varigt nedsat.\nMed venlig hilsen\nMette Krogh, praktiserende læge`,
  q07: `To Nav\nRe: Anna Novak (national id 14897012345)\n\nI know that my patient disagrees and would like to appeal the decision of 3 October 2026 refusing her disability benefit.\nDiagnosis: M51.1 lumbar disc disorder with radiculopathy. She is unable to work more than two hours a day; her earning capacity is permanently reduced.\nDr Mark Evans, GP`,
  q15: `Til Nav\nVedr. Kari Hauge (fnr. 13886012345)\n\nSom fastlege klager jeg bare når det gjelder vedtak fra Nav der legeerklæringen åpenbart er misforstått, slik som her med arbeidsavklaringspenger.\nDiagnose: F43.1 posttraumatisk stresslidelse. Arbeidsufør. Funksjonsevne sterkt nedsatt.\nMed hilsen\nJon Nes, lege`,
  q02: `Til Nav\nVedr. Sofie Lie, f. 120918 (fnr. 12891812345)\n\nPasienten er 8 år. Mor klager over søvnvansker siden vedtaket av 3.10.2026 om stans i hjelpestønad.\nDiagnose: G40.3 epilepsi. Jenta har 2-3 anfall i uka og trenger tilsyn om natten. Hjelpestønad er etter min vurdering nødvendig.\nFunksjonsevne: trenger tilsyn og pleie utover det som er vanlig for alderen.\nMed hilsen\ndr. Per Holm, barnelege`,
  r01: `Til Nav\nVedr. søknad om hjelpestønad for Sofie Lie, f. 120918 (fnr. 12891812345)\n\nSofie er 8 år og har epilepsi. Mor klager over uro siden vedtaket av 3.10.2026 om hjelpestønad, og jenta sover dårlig.\nDiagnose: G40.3 epilepsi. Hun har 2-3 anfall i uka og trenger tilsyn om natten. Behovet for tilsyn og pleie er vesentlig større enn for friske barn på samme alder.\nHjelpestønad sats 2 er etter min vurdering riktig.\nMed hilsen\ndr. Per Holm, barnelege`,
  q03: `Til Nav\nVedr. Jonas Vik, f. 020516 (fnr. 02851612345)\n\nFar vil klage på vedtaket av 14.10.2026 om grunnstønad når han har fått denne erklæringen.\nDiagnose: Q90 Downs syndrom. Betydelig forsinket utvikling, trenger hjelp i alle daglige gjøremål. Ekstrautgifter til diett og slitasje.\nMed hilsen\nAnne Dahl, barnelege`,
};

describe('review of opener22: no firm lodging, never routed as an appeal', () => {
  it.each([
    ['q04', 'on behalf, lodged by the lawyer', true],
    ['p05', 'on behalf, lodged in another letter', true],
    ['q06', 'nb «at»-clause: the patient will appeal', false],
    ['r02', 'nn «at»-clause', false],
    ['r04', 'da «at»-clause', false],
    ['q07', 'en «that»-clause', false],
    ['q15', '«bare når det gjelder»: a topic, no part', false],
    ['q02', '«Mor klager over søvnvansker siden vedtaket»: history', false],
    ['r01', '«Mor klager over uro siden vedtaket»: history', false],
    ['q03', 'bare «Far», «når han har fått denne erklæringen»', true],
  ] as const)('%s (%s)', (id, _what, read) => {
    const text = review22[id];
    const reading = readLodgedAppeal(text);
    expect(reading !== null).toBe(read);
    expect(reading?.firm ?? false).toBe(false);
    const r = routed(text);
    expect(r.routed && r.type.startsWith('appeal')).toBe(false);
  });

  // Real lodgings the fixes keep firm: a writer's own relative, the part of a decision, a wish with «men».
  it.each([
    ['p13 da relative', 'Til Udbetaling Danmark / Nav\n\nMin far klager over afgørelsen af 14. oktober 2026 om afslag på alderspension, da hans arbejdsår i Norge ikke er medregnet.\nVedlagt er lægeerklæring fra hans læge: diagnose I50 hjertesvigt.\nMed venlig hilsen\nJens Holm'],
    ['p14 nb partial', 'Nav\nVi påklager vedtaket av 20.10.2026 bare for den delen som gjelder tilbakekreving, og krever dekning av sakskostnader etter fvl. § 36.\nMed hilsen advokat Ola Lund'],
    ['p16 nn relative, postposed', 'Til Nav\n\nMor mi vil klage på vedtaket frå Nav av 19.10.2026 om avslag på grunnstønad. Ho har høge utgifter til diett.\nHelsing Ola Nes'],
    ['p22 nb wish with «men»', 'Til Nav\n\nJeg ønsker å klage på vedtaket av 3.10.2026 om avslag på arbeidsavklaringspenger, men jeg vet ikke hva jeg skal skrive. Legen min sier jeg er syk.\nDiagnose fra legen: F32.1.\nHilsen Per Aas'],
  ])('%s stays firm', (_what, text) => {
    expect(readLodgedAppeal(text)?.firm).toBe(true);
  });
});
