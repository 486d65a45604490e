/**
 * Slice A of the unseen-writer set, written from SPEC.md's taxonomy and a situation invented for
 * each letter, never from the training templates. The national ids are computed (synthetic, month
 * + 80) so the truth and the text cannot disagree; everything else is written by hand.
 *
 *   npx tsx eval-sets/unseen-writers/src/letters-a.ts > eval-sets/unseen-writers/letters-a.jsonl
 */
import { idFor, spaced } from '../../../test/support/national-ids.ts';

type Party = { name: string; address: string[] | null };
interface Spec {
  b: string; sit: string; st: string; t: string; a: string; lg: string;
  ids?: string[]; refs?: string[]; dd?: string | null; rd?: string | null;
  app?: [string, ...string[]] | null; rep?: [string, string | null, ...string[]] | null; fi?: string | null;
  link?: string | null; text: string;
}
const records: object[] = [];

/** Adds one letter and returns its id, for the follow-ups' linksTo. */
function L(s: Spec): string {
  const id = `ua-${String(records.length + 1).padStart(3, '0')}`;
  const appellant: Party | null = s.app ? { name: s.app[0], address: s.app.length > 1 ? s.app.slice(1) : null } : null;
  const representative = s.rep
    ? { name: s.rep[0], firm: s.rep[1], address: s.rep.length > 2 ? (s.rep.slice(2) as string[]) : null }
    : null;
  records.push({
    id, batch: s.b, situation: s.sit, style: s.st, documentType: s.t, area: s.a, language: s.lg,
    text: s.text.replace(/^\n/, ''),
    truth: {
      nationalIds: s.ids ?? [], caseReferences: s.refs ?? [], decisionDate: s.dd ?? null,
      decisionReceivedDate: s.rd ?? null,
      parties: { appellant, representative, firstInstance: s.fi ?? null },
    },
    linksTo: s.link ?? null,
  });
  return id;
}
const sp = (id: string) => spaced(id, [6, 5]);
const sp3 = (id: string) => spaced(id, [2, 2, 2, 5]);

// ── ua-b01: a dental appeal by e-mail and what follows it; a sick-pay transfer; strangers' follow-ups
{
  const b = 'ua-b01';
  const kari = idFor(14, 3, 71, 212);
  const app: [string, ...string[]] = ['Kari Solberg', 'Løvåsveien 17 B', '5145 Fyllingsdalen'];
  const a1 = L({ b, sit: 'A woman e-mails her appeal against Helfo refusing support for gum treatment.', st: 'email', t: 'appeal', a: 'dental', lg: 'nb',
    ids: [kari], refs: ['26/204417'], dd: '2026-09-14', rd: '2026-09-18', app, fi: 'Helfo',
    text: `
Fra: Kari Solberg <kari.solberg71@online.no>
Til: post@klageinstansen.no
Sendt: 2. oktober 2026 21:47
Emne: Klage - tannkjøttbehandling

Hei

Jeg vil klage på vedtaket fra Helfo datert 14.09.2026 om at jeg ikke får stønad til behandling av periodontitt. Deres ref.: 26/204417
Brevet kom i postkassen 18.09.2026.

Jeg har gått til tannpleier i over to år og tannlegen min skrev at dette er alvorlig periodontitt, med beintap rundt flere tenner. Hvordan kan dere da si at det ikke er "sykdom"? Jeg har betalt nesten 19 000 kr selv og det klarer jeg ikke lenger.

Jeg er helt uenig i vurderingen og ber om at noen ser på saken på nytt. Røntgenbildene kan tannlege Brekke sende hvis dere trenger dem.

Fødselsnummer: ${sp(kari)}

Mvh
Kari Solberg
Løvåsveien 17 B
5145 Fyllingsdalen
Tlf 952 18 330` });

  L({ b, sit: 'The same woman signs and returns a consent for the appeals body to obtain records from her dentist.', st: 'form', t: 'consent', a: 'dental', lg: 'nb',
    ids: [kari], app, link: a1, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGER

Navn: Kari Solberg
Fødselsnummer: ${kari}
Adresse: Løvåsveien 17 B, 5145 Fyllingsdalen

Jeg samtykker i at klageinstansen kan innhente opplysninger om min tannbehandling, journal og røntgenbilder fra:

[x] Tannlege Ole Brekke, Fyllingsdalen Tannklinikk
[x] Tannpleier i samme klinikk
[ ] Annen behandler: ________________

Opplysningene skal bare brukes i behandlingen av klagesaken min.

Sted/dato: Bergen 09.10.26
Underskrift: Kari Solberg` });

  L({ b, sit: 'Her husband rings up and then writes a short note asking when the case will be decided.', st: 'handwritten-note', t: 'correspondence', a: 'dental', lg: 'nb',
    ids: [kari], app: ['Kari Solberg'], link: a1, text: `
Til klageinstansen

Jeg skriver for min kone Kari Solberg (f.nr ${sp3(kari)}) som har klaget på tannbehandlingen.
Hun har fått et brev men vi skjønner ikke når saken blir avgjort. Hun har vondt og må bestemme om hun skal fortsette behandlingen nå eller vente.
Kan dere ringe meg på 41 27 60 09?

Hilsen
Tor Solberg
Løvåsveien 17 B, Fyllingsdalen` });

  L({ b, sit: 'She comments on the transfer letter Helfo wrote, saying Helfo misread the dentist.', st: 'typed-letter', t: 'comments', a: 'dental', lg: 'nb',
    ids: [kari], refs: ['26/204417'], dd: '2026-09-14', app, fi: 'Helfo', link: a1, text: `
Kari Solberg
Løvåsveien 17 B
5145 Fyllingsdalen

Bergen, 3. november 2026

MERKNADER TIL OVERSENDELSEN FRA HELFO

Jeg har fått kopi av brevet der Helfo sender klagen min videre, Helfos ref. 26/204417 – og jeg har noen merknader.

Helfo skriver at tannlegen ikke har dokumentert "tilbakevendende" sykdom. Det stemmer ikke. I journalen står det at lommene var over 6 mm både i 2024 og 2025. Det er også feil at jeg har fått "vanlig tannrens". Jeg har fått dyp rens med bedøvelse fire ganger.

Jeg står ved klagen på vedtaket av 14.09.2026 og håper dere ser på journalen selv.

Med vennlig hilsen
Kari Solberg
fnr. ${kari}` });
}
{
  const b = 'ua-b01';
  const arne = idFor(2, 11, 66, 341);
  const t1 = L({ b, sit: 'A Nav unit sends an employee\'s sick-pay appeal on after upholding its decision.', st: 'first-instance-letter', t: 'case_transfer', a: 'sick_pay', lg: 'nb',
    ids: [arne], refs: ['24/113188', '2026/07712'], dd: '2026-08-21', app: ['Arne Kvalheim', 'Sjøgata 4', '6002 Ålesund'], fi: 'Nav Arbeid og ytelser Ålesund', text: `
NAV ARBEID OG YTELSER ÅLESUND
Postboks 1500, 6025 Ålesund

Klageinstansen
Postboks 4104
0168 Oslo

Vår ref.: 24/113188
Saksnr. hos klageinstansen: 2026/07712
Dato: 12.10.2026

Oversendelse av klagesak – sykepenger – Arne Kvalheim, fnr. ${arne}
Adresse: Sjøgata 4, 6002 Ålesund

Vi oversender klagesaken til behandling. Arne Kvalheim har klaget på vedtak datert 21.08.2026 der krav om sykepenger fra 3. juni 2026 ble avslått fordi arbeidsuførheten ikke skyldes sykdom eller skade, jf. folketrygdloven § 8-4.

Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Klageren mener konflikten på arbeidsplassen har gjort ham syk. Legeerklæringen beskriver først og fremst arbeidsmiljøet.

Sakens dokumenter følger vedlagt i egen liste. Klageren har fått kopi av dette brevet.

Med hilsen
Randi Aasen
saksbehandler` });

  L({ b, sit: 'His GP writes a declaration in a Infodoc-style layout for the sick-pay case.', st: 'gp-epj-infodoc', t: 'medical_declaration', a: 'sick_pay', lg: 'nb',
    ids: [arne], app: ['Arne Kvalheim', 'Sjøgata 4', '6002 Ålesund'], link: t1, text: `
Infodoc Plenario — Utskrift av notat
Ålesund Legesenter, Keiser Wilhelms gate 20, 6003 Ålesund

Pasient: Kvalheim, Arne   F.nr: ${sp(arne)}
Adresse: Sjøgata 4, 6002 Ålesund

LEGEERKLÆRING TIL KLAGEINSTANSEN

Diagnose: P02 Akutt stressreaksjon (ICPC-2), F43.2 Tilpasningsforstyrrelse (ICD-10)

Pasienten har vært fulgt av undertegnede siden mai 2026. Han har søvnvansker, hjertebank og redusert konsentrasjon. Symptomene er vel dokumentert og er ikke bare en reaksjon på arbeidsmiljøet; han har hatt sammenlignbare plager hjemme. Funksjonsevnen har vært nedsatt slik at han etter min vurdering var arbeidsufør 100 % fra 03.06.2026.

Ålesund 20.10.2026
Lege Hilde Vatne, spesialist i allmennmedisin
HPR-nr. 9123456` });

  const ola = idFor(27, 1, 58, 118);
  L({ b, sit: 'A man with a case already under way sends a terse nynorsk consent slip.', st: 'handwritten-note', t: 'consent', a: 'disability', lg: 'nn',
    ids: [ola], refs: ['2026/05530'], app: ['Ola Tveit', 'Tveitavegen 88', '3864 Rauland'], text: `
Til klageinstansen – sak 2026/05530

Eg samtykkjer i at de hentar inn opplysningar frå fastlegen min og frå sjukehuset i Skien om helsa mi, til bruk i saka om uføretrygd.

Ola Tveit
fnr ${ola}
Tveitavegen 88, 3864 Rauland

10/11-26  Ola Tveit` });

  const siri = idFor(9, 6, 94, 402);
  L({ b, sit: 'A young woman on AAP sends a short nynorsk e-mail to stop the appeal deadline and promises more later.', st: 'email', t: 'appeal_deadline_interrupting', a: 'work_assessment', lg: 'nn',
    ids: [siri], dd: '2026-10-06', app: ['Siri Haugland', 'Storgata 31', '5700 Voss'], fi: 'Nav Voss', text: `
Frå: Siri Haugland <sirih94@gmail.com>
Til: post@klageinstansen.no
Emne: klage AAP

Hei!
Eg klagar på vedtaket frå Nav Voss av 06.10.2026 om at arbeidsavklaringspengane mine blir stansa.
Eg rekk ikkje å skriva ei skikkeleg grunngjeving no, eg ligg på sjukehus denne veka. Fullstendig grunngjeving kjem seinare, seinast innan 3 veker. Ver venleg å rekna denne e-posten som fristavbrytande.

Fnr ${siri}
Siri Haugland, Storgata 31, 5700 Voss` });
}
// ── ua-b02: a physiotherapy appeal handwritten; patient travel transfer from Pasientreiser; reopening
{
  const b = 'ua-b02';
  const gunn = idFor(21, 4, 49, 233);
  const app: [string, ...string[]] = ['Gunnhild Moen', 'Fjellvegen 3', '2640 Vinstra'];
  const a = L({ b, sit: 'A 77-year-old writes by hand that she was refused refund for physiotherapy without a referral.', st: 'handwritten-note', t: 'appeal', a: 'physiotherapy', lg: 'nb',
    ids: [gunn], dd: '2026-09-30', app, fi: 'Helfo', text: `
Klage

Jeg klager på brevet fra Helfo av 30. september 2026 om at jeg ikke får dekket fysioterapien.
Jeg HADDE henvisning fra doktoren, men den gikk ut i august og ingen sa ifra til meg. Fysioterapeuten sa det var i orden.
Jeg har artrose i begge knærne og går dårlig uten behandlingen. Jeg er 77 år og har ikke råd til 600 kr hver gang.

Håper dere forstår.
Gunnhild Moen
Fjellvegen 3
2640 Vinstra
fødselsnr. ${sp(gunn)}` });

  L({ b, sit: 'Her physiotherapist adds a typed note confirming the treatment plan, as correspondence for the case.', st: 'typed-letter', t: 'correspondence', a: 'physiotherapy', lg: 'nb',
    ids: [gunn], app: ['Gunnhild Moen'], link: a, text: `
Vinstra Fysioterapi AS
Nedregate 6, 2640 Vinstra

Til klageinstansen

Gjelder: Gunnhild Moen, f.nr. ${gunn}

Til orientering: Gunnhild Moen har vært i behandling hos oss siden mars 2025 etter henvisning fra fastlege, for artrose i begge kne. Ny henvisning ble skrevet 2. oktober 2026 da vi oppdaget at den gamle var utløpt. Behandlingen har vært sammenhengende, to ganger i uken. Vi ettersender gjerne behandlingsjournal om det trengs.

Vennlig hilsen
Espen Lunde
fysioterapeut, MNFF` });

  L({ b, sit: 'She sends back the consent form with a scribbled remark.', st: 'form', t: 'consent', a: 'physiotherapy', lg: 'nb',
    ids: [gunn], app, link: a, text: `
SAMTYKKE

Jeg, Gunnhild Moen, f.nr. ${gunn}, samtykker til at klageinstansen kan innhente opplysninger fra fastlegen min og fra Vinstra Fysioterapi som er nødvendige for å behandle klagen.

Adresse: Fjellvegen 3, 2640 Vinstra

Dato: 14.10.2026    Signatur: Gunnhild Moen

(Dere kan også ringe dattera mi, Liv, på 906 44 120 hvis noe er uklart)` });

  const per = idFor(5, 2, 83, 514);
  const t = L({ b, sit: 'Pasientreiser sends on an appeal about refused taxi refund for travel to a hospital.', st: 'first-instance-letter', t: 'case_transfer', a: 'patient_travel', lg: 'nb',
    ids: [per], refs: ['PR-2026-118842'], dd: '2026-08-11', app: ['Per Ivar Nyhus', 'Bjørkelia 12', '9310 Sørreisa'], fi: 'Pasientreiser Helse Nord', text: `
Pasientreiser
Helse Nord

Klageinstansen
Postboks 4104
0168 Oslo

Vår ref: PR-2026-118842
Tromsø, 29.09.2026

OVERSENDING AV KLAGE – REFUSJON AV REISEUTGIFTER

Pasient: Per Ivar Nyhus, fødselsnummer ${per}
Adresse: Bjørkelia 12, 9310 Sørreisa

Pasienten klager på vedtak av 11.08.2026 der han fikk refundert reise med rutegående transport, men ikke taxi, for reise til UNN Tromsø 3. juli 2026. Klagen kom inn innen fristen.

Vi har vurdert klagen på nytt, men kan ikke se at det foreligger medisinske grunner som tilsier bruk av taxi. Det er ikke fremlagt rekvisisjon fra behandler. Vi opprettholder vedtaket og sender saken over til klageinstansen.

Kopi av klage, vedtak og reiseregning ligger ved.

Vennlig hilsen
Pasientreiser Helse Nord
Marit Lyngmo` });

  L({ b, sit: 'The patient comments that the transfer letter ignores his ankle in plaster.', st: 'email', t: 'comments', a: 'patient_travel', lg: 'nb',
    ids: [per], refs: ['PR-2026-118842'], app: ['Per Ivar Nyhus'], link: t, text: `
Fra: Per Ivar Nyhus
Til: post@klageinstansen.no
Emne: Merknad til oversendelsesbrevet, ref PR-2026-118842

Fikk kopi av brevet fra pasientreiser. De skriver at det ikke er "medisinske grunner" for taxi. Jeg hadde gips på venstre fot og krykker!! Bussen går fra Sørreisa kl 0610 og jeg skulle være på UNN kl 08. Det står i journalen fra legevakta at jeg hadde brudd.

Ellers ingen merknader.
Per Ivar Nyhus
fnr ${per}` });

  const hans = idFor(13, 12, 55, 287);
  L({ b, sit: 'A retired man asks the appeals body to reopen its own decision on occupational injury with a new specialist report.', st: 'typed-letter', t: 'reopening_request', a: 'occupational_injury', lg: 'nb',
    ids: [hans], refs: ['2025/11093'], dd: '2026-03-17', app: ['Hans Fosse', 'Kaigata 9', '4370 Egersund'], text: `
Hans Fosse
Kaigata 9
4370 Egersund

Klageinstansen

Egersund, 19.10.2026

Begjæring om gjenopptak – sak 2025/11093

Jeg ber om at saken min om yrkesskade tas opp igjen. Klageinstansen avgjorde saken 17. mars 2026 og mente at hørselstapet mitt ikke skyldes støy på Egersund verft.

Jeg har nå fått en ny uttalelse fra øre-nese-hals-spesialist ved Stavanger universitetssjukehus som sier at tapet er typisk for støyskade (hakk ved 4000 Hz på begge ører). Dette er nye opplysninger som ikke var med da dere vurderte saken. Jeg ber derfor om omgjøring.

Kopi av spesialisterklæringen ligger ved.

Med hilsen
Hans Fosse
fnr. ${sp(hans)}` });

  const ingrid = idFor(30, 8, 77, 199);
  L({ b, sit: 'A nynorsk-writing woman, refused blue prescription for a migraine drug, interrupts the deadline.', st: 'typed-letter', t: 'appeal_deadline_interrupting', a: 'pharmacy', lg: 'nn',
    ids: [ingrid], refs: ['26/318824'], dd: '2026-10-19', rd: '2026-10-22', app: ['Ingrid Bø', 'Hovdevegen 40', '6856 Sogndal'], fi: 'Helfo', text: `
Ingrid Bø
Hovdevegen 40
6856 Sogndal

Helfo / klageinstansen

Sogndal 30.10.2026

Klage på vedtak om blåresept – dykkar ref. 26/318824

Eg viser til vedtak frå Helfo datert 19.10.2026, som eg fekk 22.10.2026, om avslag på individuell stønad til Aimovig.

Eg klagar på vedtaket. Eg ventar på ny epikrise frå nevrologen og vil senda ei fullstendig grunngjeving når den ligg føre. Klagen er meint å avbryta klagefristen.

Fødselsnummer: ${ingrid}

Helsing
Ingrid Bø` });
}
// ── ua-b03: a nynorsk day — disability appeal, its follow-ups, a Nav transfer on AAP
{
  const b = 'ua-b03';
  const jorunn = idFor(3, 5, 68, 477);
  const app: [string, ...string[]] = ['Jorunn Hjelmeland', 'Kyrkjevegen 14', '4130 Hjelmeland'];
  const a = L({ b, sit: 'A former nurse in Ryfylke appeals, in nynorsk, a refused disability benefit.', st: 'typed-letter', t: 'appeal', a: 'disability', lg: 'nn',
    ids: [jorunn], refs: ['1029384756'], dd: '2026-09-02', rd: '2026-09-07', app, fi: 'Nav Arbeid og ytelser', text: `
Jorunn Hjelmeland
Kyrkjevegen 14
4130 Hjelmeland

Nav Arbeid og ytelser

Hjelmeland, 12. oktober 2026

KLAGE PÅ VEDTAK OM UFØRETRYGD
Saksnummer: 1029384756
Fødselsnummer: ${sp(jorunn)}

Eg klagar med dette på vedtaket dykkar av 2. september 2026, som eg fekk i posten 7. september, der de avslår søknaden min om uføretrygd.

De skriv at eg ikkje har prøvd «hensiktsmessig behandling» nok. Eg har hatt fibromyalgi og kronisk utmatting i ti år, eg har vore på Hernes institutt, på rehabilitering på Ølen og har prøvd tre ulike medisinar. Eg har vore på AAP i fire år utan at noko har blitt betre. Arbeidsutprøvinga på legekontoret i Tau måtte avbrytast etter to veker.

Eg meiner vilkåra i folketrygdlova § 12-5 og § 12-6 er oppfylte og ber om at vedtaket vert gjort om.

Med venleg helsing
Jorunn Hjelmeland` });

  L({ b, sit: 'Her GP sends a nynorsk declaration from a CGM Allmenn layout.', st: 'gp-epj-cgm', t: 'medical_declaration', a: 'disability', lg: 'nn',
    ids: [jorunn], app, link: a, text: `
CGM ALLMENN · Hjelmeland legekontor · Rådhusvegen 2, 4130 Hjelmeland

Pasient: Jorunn Hjelmeland
Fnr.: ${jorunn}
Adr.: Kyrkjevegen 14, 4130 Hjelmeland

Legeerklæring ved klage på uføretrygd

Diagnosar: M79.7 Fibromyalgi (ICD-10); A04 Slappheit/tretthet (ICPC-2)

Sjukehistorie: Pasienten har hatt utbreidde smerter sidan 2015. Ho har gjennomgått tverrfagleg rehabilitering to gonger, fysioterapi over fleire år og medikamentforsøk med amitriptylin, duloksetin og pregabalin utan varig effekt.

Funksjonsevne: Tåler under ein time med lett aktivitet før ho må kvila. Søvnen er dårleg. Eg vurderer at inntektsevna er varig nedsett med minst 50 %, og at vidare behandling ikkje kan ventast å betra dette.

Hjelmeland 28.10.2026
Kjell Ove Tjelta, fastlege` });

  L({ b, sit: 'She writes a short nynorsk comment on the transfer letter from Nav.', st: 'email', t: 'comments', a: 'disability', lg: 'nn',
    ids: [jorunn], refs: ['1029384756'], app: ['Jorunn Hjelmeland'], link: a, text: `
Til: post@klageinstansen.no
Emne: Merknad til oversendingsbrevet – saksnummer 1029384756

Hei. Eg har lese oversendingsbrevet frå Nav. Dei skriv at eg «ikkje har vore i aktivitet det siste året». Det er feil, eg var i arbeidsutprøving frå januar til mars 2026, sjå attestasjon frå arbeidsgivar som eg la ved klagen.
Elles har eg ikkje merknader.

Jorunn Hjelmeland, ${jorunn}` });

  L({ b, sit: 'Her daughter asks in nynorsk whether she may be given access to the case as representative.', st: 'email', t: 'correspondence', a: 'disability', lg: 'nn',
    ids: [jorunn], app: ['Jorunn Hjelmeland'], rep: ['Marte Hjelmeland', null, 'Lagårdsveien 70', '4010 Stavanger'], link: a, text: `
Frå: Marte Hjelmeland
Til: post@klageinstansen.no
Emne: Fullmakt for mor mi

Hei,
Mor mi, Jorunn Hjelmeland (fnr ${sp(jorunn)}), har klaga på avslag om uføretrygd. Ho er ofte for sliten til å ta telefonen. Eg legg ved ei fullmakt der ho gir meg lov til å snakka med dykk og få kopi av breva i saka.

Adressa mi er Lagårdsveien 70, 4010 Stavanger.

Venleg helsing
Marte Hjelmeland` });

  const terje = idFor(18, 7, 88, 306);
  const t = L({ b, sit: 'Nav Vestland sends on, in nynorsk, an appeal about stopped work assessment allowance.', st: 'first-instance-letter', t: 'case_transfer', a: 'work_assessment', lg: 'nn',
    ids: [terje], refs: ['26/55012'], dd: '2026-08-26', app: ['Terje Myklebust', 'Naustvegen 5', '6100 Volda'], fi: 'Nav Volda', text: `
NAV VOLDA
Postadresse: Nav Volda, Postboks 314, 6101 Volda

Til klageinstansen

Vår ref.: 26/55012
Dato: 08.10.2026

OVERSENDING AV KLAGESAK – ARBEIDSAVKLARINGSPENGAR

Klagar: Terje Myklebust, fødselsnummer ${terje}
Adresse: Naustvegen 5, 6100 Volda

Terje Myklebust har klaga på vedtaket vårt av 26.08.2026 om stans av arbeidsavklaringspengar fordi han ikkje møtte til avtalt aktivitet, jf. folketrygdlova § 11-8.

Vi har vurdert klagen på nytt. Klagaren seier at han ikkje fekk innkallinga, men ho vart send til adressa hans i Modia og han har lese ei melding om same møtet på Ditt Nav. Vi finn ikkje grunn til å endra vedtaket, og sender saka til klageinstansen.

Saksdokumenta følgjer vedlagt.

Med helsing
Nav Volda
Ingeborg Rise, rådgjevar` });

  L({ b, sit: 'The young man writes an angry nynorsk reply to the transfer letter, with typos.', st: 'email', t: 'comments', a: 'work_assessment', lg: 'nn',
    ids: [terje], refs: ['26/55012'], app: ['Terje Myklebust'], link: t, text: `
Frå: terje.m88@hotmail.com
Til: post@klageinstansen.no
Emne: SV: oversending av klagesak ref 26/55012

Eg har fått brevet frå nav no og det er ikkje sant at eg har lese meldinga. Eg var innlagt på psykiatrisk i Ålesund den veka, det kan de sjå sjølv. Dei har ikkje spurt meg om noko før dei skreiv oversendinga.

Eg vil at de ser på journalen frå sjukehuset.

Terje Myklebust
fnr ${terje}` });

  const bjorg = idFor(24, 10, 61, 421);
  L({ b, sit: 'A woman whose case is already with the appeals body returns a consent in nynorsk, no reference.', st: 'form', t: 'consent', a: 'sick_pay', lg: 'nn',
    ids: [bjorg], app: ['Bjørg Lothe', 'Lothevegen 2', '5780 Kinsarvik'], text: `
SAMTYKKE TIL Å HENTA INN OPPLYSNINGAR

Namn: Bjørg Lothe
Fødselsnummer: ${sp3(bjorg)}
Adresse: Lothevegen 2, 5780 Kinsarvik

Eg samtykkjer i at klageinstansen hentar inn journalopplysningar frå:
- fastlegen min, Kinsarvik legekontor
- Haukeland universitetssjukehus, ortopedisk avdeling

Opplysningane gjeld klagesaka mi om sjukepengar.

Dato: 2.11.2026
Underskrift: Bjørg Lothe` });
}
// ── ua-b04: EEA mail — English, Swedish and Danish writers
{
  const b = 'ua-b04';
  const emma = idFor(11, 9, 79, 612);
  const app: [string, ...string[]] = ['Emma Clarke', 'Bakkegata 2', '1530 Moss'];
  const a = L({ b, sit: 'A British woman living in Moss appeals in English against Helfo refusing to refund a hip operation in Spain.', st: 'email', t: 'appeal', a: 'treatment_abroad', lg: 'en',
    ids: [emma], refs: ['26/401127'], dd: '2026-09-23', rd: '2026-09-29', app, fi: 'Helfo', text: `
From: Emma Clarke <emma.clarke@outlook.com>
To: post@klageinstansen.no
Date: Mon, 19 Oct 2026 08:12
Subject: Appeal - refund of hip surgery in Spain - your ref. 26/401127

Dear Sir or Madam,

I wish to appeal the decision from Helfo dated 23 September 2026, which I received on 29 September, refusing to reimburse my hip replacement at Hospital Quirónsalud in Málaga.

Helfo says I should have applied for prior authorisation. I was told by my GP that the waiting time in Norway was more than a year and I could not walk. Under the EEA rules I believe I am entitled to the cost the operation would have had in Norway, at least.

My national identity number is ${sp(emma)}.

Please could you reply in English if possible, my Norwegian is still basic.

Kind regards,
Emma Clarke
Bakkegata 2
1530 Moss` });

  L({ b, sit: 'The Spanish hospital\'s discharge summary, in English, is sent in by the appellant.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'treatment_abroad', lg: 'en',
    ids: [emma], app: ['Emma Clarke'], link: a, text: `
HOSPITAL QUIRÓNSALUD MÁLAGA
Department of Orthopaedic Surgery

DISCHARGE REPORT

Patient: Emma Clarke    Norwegian ID: ${emma}
Admitted: 02/06/2026   Discharged: 06/06/2026

Diagnosis: Primary osteoarthritis of the right hip (ICD-10 M16.1)
Procedure: Total hip arthroplasty, right side, cementless, posterior approach.

Course: Uneventful surgery under spinal anaesthesia. Mobilised with crutches on day 1. Wound dry. No thromboembolic events.

Before surgery the patient had severe pain at rest and a walking distance under 200 metres (Harris Hip Score 41).

Follow-up: physiotherapy, removal of staples after 14 days, X-ray control at 6 weeks.

Dr. Javier Morales Ruiz, Consultant Orthopaedic Surgeon` });

  L({ b, sit: 'She returns the consent form with handwritten English notes.', st: 'form', t: 'consent', a: 'treatment_abroad', lg: 'en',
    ids: [emma], app, link: a, text: `
CONSENT TO OBTAIN INFORMATION

Name: Emma Clarke
National identity number: ${emma}
Address: Bakkegata 2, 1530 Moss

I consent to the appeals body obtaining the information needed for my appeal from:
 - my GP, Dr. Sunniva Holm, Moss legesenter
 - Sykehuset Østfold, orthopaedic outpatient clinic (waiting list letter)
 - Hospital Quirónsalud Málaga

Date: 27.10.2026     Signature: E. Clarke
(note: the Spanish hospital prefers requests by e-mail)` });

  const lars = idFor(8, 1, 70, 255);
  L({ b, sit: 'A Swedish frontier worker in Charlottenberg interrupts the deadline on a sick-pay refusal, in Swedish.', st: 'typed-letter', t: 'appeal_deadline_interrupting', a: 'sick_pay', lg: 'sv',
    ids: [lars], refs: ['26/88341'], dd: '2026-10-14', app: ['Lars Eriksson', 'Storgatan 22', '673 32 Charlottenberg'], fi: 'Nav', text: `
Lars Eriksson
Storgatan 22
673 32 Charlottenberg
SVERIGE

Till Nav / klageinstansen

Charlottenberg den 2 november 2026

Överklagande av beslut om sykepenger – er referens 26/88341

Jag överklagar Navs beslut av den 14 oktober 2026 om att jag inte har rätt till sykepenger från Norge eftersom jag har varit sjukskriven i Sverige.

Jag har inte hunnit få alla papper från Försäkringskassan och min läkare i Arvika. Jag skickar en fullständig motivering så snart jag har dem. Detta brev är alltså för att hålla fristen.

Norskt personnummer: ${sp(lars)}

Med vänlig hälsning
Lars Eriksson` });

  const mette = idFor(16, 3, 82, 133);
  L({ b, sit: 'A Danish woman comments on the transfer letter in her dental case, in Danish.', st: 'email', t: 'comments', a: 'dental', lg: 'da',
    ids: [mette], refs: ['2026/06218'], app: ['Mette Kjærgaard', 'Strandvejen 114', '2900 Hellerup'], text: `
Fra: Mette Kjærgaard <mette.kjaergaard@mail.dk>
Til: post@klageinstansen.no
Emne: Bemærkninger til oversendelsesbrevet – sag 2026/06218

Kære klageinstans

Tak for kopien af oversendelsesbrevet fra Helfo. Jeg har et par bemærkninger:

Helfo skriver, at tandskaden ikke skyldes et ulykkestilfælde. Men jeg faldt på isen uden for min arbejdsplads i Oslo i januar 2025 og slog to fortænder ud, og det står i skadestuens journal. Jeg har selv betalt implantaterne i Danmark fordi jeg var flyttet hjem.

Mit norske personnummer er ${mette}.

Med venlig hilsen
Mette Kjærgaard
Strandvejen 114
2900 Hellerup
Danmark` });

  const olof = idFor(29, 5, 64, 718);
  L({ b, sit: 'A Swede who lost his Trygderetten appeal asks, in Swedish, whether he has to pay any costs — a general query.', st: 'email', t: 'correspondence', a: 'disability', lg: 'sv',
    ids: [olof], refs: ['26-004417'], app: ['Olof Lindqvist', 'Brogatan 5', '451 30 Uddevalla'], text: `
Från: Olof Lindqvist
Till: post@klageinstansen.no
Ämne: Fråga om min sak

Hej,

Jag fick Trygderettens kjennelse förra veckan, Trygderettens saksnr. 26-004417 och jag förstår inte allt, men jag har förlorat. Måste jag betala något för att Trygderetten har behandlat saken? Och kan jag få tillbaka mina papper från er?

Personnummer (norskt): ${olof}

Olof Lindqvist
Brogatan 5, 451 30 Uddevalla` });

  const james = idFor(4, 7, 90, 501);
  L({ b, sit: 'An Irish offshore worker e-mails in English to interrupt the deadline on an occupational-injury refusal.', st: 'email', t: 'appeal_deadline_interrupting', a: 'occupational_injury', lg: 'en',
    ids: [james], dd: '2026-10-28', rd: '2026-11-03', app: ['James O\'Sullivan', 'Kongsgårdbakken 9', '4005 Stavanger'], fi: 'Nav Arbeid og ytelser Sør-Rogaland', text: `
From: James O'Sullivan <jimmy.osull@gmail.com>
To: post@klageinstansen.no
Subject: appeal yrkesskade

Hi,

I am appealing the decision of 28.10.2026 from Nav Arbeid og ytelser Sør-Rogaland that my back injury on the platform is not an occupational injury. I got the letter on 3 November.

I am offshore until the 20th and cannot write the full reasons now, my union rep will help me when I am back. Please treat this as my appeal so I do not miss the deadline, I will send the rest.

ID number: ${james}
Address: Kongsgårdbakken 9, 4005 Stavanger

Regards
James O'Sullivan` });
}
// ── ua-b05: a practitioner sanction, a chiropractor's own appeal, tribunal matters and an invoice
{
  const b = 'ua-b05';
  const rune = idFor(22, 2, 63, 144);
  const t = L({ b, sit: 'Helfo Behandlere sends on a GP\'s appeal against losing the right to direct settlement.', st: 'first-instance-letter', t: 'case_transfer', a: 'practitioner_sanctions', lg: 'nb',
    ids: [rune], refs: ['25/90231-14'], dd: '2026-07-09', app: ['Rune Dahl', 'Dahl Legekontor AS, Storgata 41', '8006 Bodø'], fi: 'Helfo Behandlere', text: `
HELFO
Behandlere
Postboks 2415, 3104 Tønsberg

Klageinstansen
Postboks 4104
0168 Oslo

Deres ref.:            Vår ref.: 25/90231-14          Dato: 05.10.2026

Oversendelse av klage – tap av retten til direkte oppgjør, folketrygdloven § 25-6

Behandler: lege Rune Dahl, f.nr. ${rune}, HPR-nr. 4412098
Adresse: Dahl Legekontor AS, Storgata 41, 8006 Bodø

Helfo fattet 09.07.2026 vedtak om at lege Rune Dahl mister retten til direkte oppgjør i seks måneder, etter kontroll av takstbruken i 2024 og 2025. Kontrollen viste systematisk bruk av takst 2ad og 2cd uten at vilkårene var dokumentert i journal.

Dahl har klaget ved advokat. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket. Vi viser til vedtakets begrunnelse og kontrollrapporten.

Klagen, vedtaket, kontrollrapporten og Dahls tilsvar følger vedlagt.

Med vennlig hilsen
Helfo Behandlere
Stian Vold, seniorrådgiver` });

  L({ b, sit: 'The GP himself writes a long, indignant comment on Helfo\'s transfer letter.', st: 'typed-letter', t: 'comments', a: 'practitioner_sanctions', lg: 'nb',
    ids: [rune], refs: ['25/90231-14'], dd: '2026-07-09', app: ['Rune Dahl', 'Dahl Legekontor AS', 'Storgata 41', '8006 Bodø'], link: t, text: `
Dahl Legekontor AS
Storgata 41, 8006 Bodø

Klageinstansen

Bodø, 26. oktober 2026

Merknader til Helfos oversendelsesbrev, Helfos ref. 25/90231-14

Jeg har mottatt kopi av oversendelsen og vil komme med merknader, i tillegg til det min advokat har skrevet.

1. Helfo skriver at 2cd ble brukt «ved nesten alle konsultasjoner». Det er feil. Jeg har mange pasienter i aktiv rusbehandling, og i over halvparten av disse var samtalen over 20 minutter. Tidene står i journalen.
2. Helfo har aldri spurt meg om forklaring på enkeltkonsultasjoner før vedtaket av 09.07.2026 ble fattet.
3. Seks måneder uten direkte oppgjør betyr i praksis at jeg må stenge, og det rammer 1 400 listepasienter.

Rune Dahl
lege, f.nr. ${rune}` });

  L({ b, sit: 'A patient of the GP writes a supportive letter, which is just correspondence for the case.', st: 'handwritten-note', t: 'correspondence', a: 'practitioner_sanctions', lg: 'nb',
    refs: ['25/90231-14'], app: ['Rune Dahl'], link: t, text: `
Til klageinstansen
Angående dr. Rune Dahl i Bodø, ref 25/90231-14

Jeg har vært pasient hos doktor Dahl i 15 år. Han tar seg alltid tid, ofte mye mer enn han får betalt for. Jeg har lest i avisa at han kan miste avtalen sin. Det håper jeg virkelig ikke skjer. Mange av oss har ingen andre.

Hilsen
Solveig Hansen, Bodø` });

  const eva = idFor(1, 12, 75, 390);
  L({ b, sit: 'A woman writes by hand that she wants to appeal the appeals body\'s disability decision to Trygderetten.', st: 'handwritten-note', t: 'tribunal_appeal', a: 'disability', lg: 'nb',
    ids: [eva], refs: ['2026/02291'], dd: '2026-10-15', rd: '2026-10-20', app: ['Eva Marie Strand', 'Hasselveien 7', '1712 Grålum'], text: `
Jeg anker vedtaket deres av 15.10.2026 i sak 2026/02291 om uføretrygd til Trygderetten.

Jeg fikk vedtaket 20. oktober. Dere har ikke tatt med at jeg ble operert i ryggen igjen i august. Ingen har spurt legen min etter det.

Send saken til Trygderetten.

Eva Marie Strand
Hasselveien 7, 1712 Grålum
f.nr ${sp(eva)}` });

  const geir = idFor(17, 6, 60, 202);
  L({ b, sit: 'Trygderetten\'s ruling, upholding the appeals body, in an occupational-injury case.', st: 'tribunal-ruling', t: 'tribunal_ruling', a: 'occupational_injury', lg: 'nb',
    ids: [geir], refs: ['26-001982', '2025/09944'], dd: '2026-01-22', app: ['Geir Ottesen', 'Myrveien 19', '7600 Levanger'], text: `
TRYGDERETTEN

KJENNELSE

Avsagt: 11.11.2026
Trygderettens saksnr.: 26-001982
Ankende part: Geir Ottesen, Myrveien 19, 7600 Levanger, f.nr. ${geir}
Ankemotpart: Klageinstansen
Saksnr. klageinstansen: 2025/09944

Saken gjelder: Yrkesskade – godkjenning av lungesykdom som yrkessykdom, folketrygdloven § 13-4.

Den ankende part har anket klageinstansens vedtak av 22.01.2026. Trygderetten finner, under tvil, ikke holdepunkter for at KOLS-diagnosen er forårsaket av eksponering på arbeidsplassen i et omfang som kreves etter forskriften.

Slutning:
Klageinstansens vedtak stadfestes.

Ingrid Mo (sign.)    Per Arne Lie (sign.)    Berit Sande (sign.)` });

  const tove = idFor(12, 4, 72, 660);
  L({ b, sit: 'A lawyer claims legal costs after the appellant won a sick-pay appeal.', st: 'lawyer', t: 'legal_costs_claim', a: 'sick_pay', lg: 'nb',
    ids: [tove], refs: ['2026/03377', '5123-4/KB'], dd: '2026-10-30', app: ['Tove Aune', 'Kjøpmannsgata 50', '7011 Trondheim'], rep: ['Kristin Berg', 'Advokatfirmaet Berg & Moe AS', 'Olav Tryggvasons gate 24', '7011 Trondheim'], text: `
ADVOKATFIRMAET BERG & MOE AS
Olav Tryggvasons gate 24, 7011 Trondheim

Klageinstansen

Deres ref.: 2026/03377     Vår ref.: 5123-4/KB     Trondheim, 18.11.2026

KRAV OM DEKNING AV SAKSOMKOSTNINGER – TOVE AUNE (f.nr. ${tove})
Adresse: Kjøpmannsgata 50, 7011 Trondheim

Klageinstansen ga ved vedtak av 30.10.2026 min klient medhold i klagen, slik at vedtaket er endret til gunst for henne. Hun krever derfor dekning av vesentlige kostnader som har vært nødvendige for å få endret vedtaket, jf. forvaltningsloven § 36.

Salæroppgave:
  11,5 timer à kr 1 850                          kr 21 275
  Utlegg (kopier, porto)                          kr    340
  Sum eks. mva.                                   kr 21 615
  Mva. 25 %                                       kr  5 404
  Totalt                                          kr 27 019

Beløpet bes utbetalt til klientkonto 8601.11.22334.

Med vennlig hilsen
Kristin Berg
advokat` });

  L({ b, sit: 'An independent specialist sends an invoice for an expert statement.', st: 'invoice', t: 'invoice', a: 'occupational_injury', lg: 'nb',
    refs: ['2026/04511'], app: null, text: `
Dr. med. Øystein Rud AS
Org.nr. 912 345 678 MVA
Sørkedalsveien 10, 0369 Oslo

FAKTURA

Fakturanr.: 2026-118
Fakturadato: 16.11.2026
Forfallsdato: 16.12.2026

Til: Klageinstansen, Postboks 4104, 0168 Oslo
Deres ref.: 2026/04511

Sakkyndig uttalelse i yrkesskadesak, inkl. journalgjennomgang (8 t à kr 2 200)   kr 17 600
Mva. fritatt (helsetjeneste)
Å betale                                                                           kr 17 600

Kontonummer: 1506.44.87210
Vennligst merk betalingen med fakturanummer.` });
}
// ── ua-b06: a son writes for his father about a blue prescription; medical-area letters
{
  const b = 'ua-b06';
  const knut = idFor(6, 10, 41, 115);
  const app: [string, ...string[]] = ['Knut Eide', 'Eikeveien 3', '3150 Tolvsrød'];
  const a = L({ b, sit: 'A son appeals for his 85-year-old father against refusal of blue prescription for a blood thinner.', st: 'typed-letter', t: 'appeal', a: 'pharmacy', lg: 'nb',
    ids: [knut], refs: ['26/377120'], dd: '2026-10-01', app, rep: ['Bjørn Eide', null, 'Fjordgata 8', '3125 Tønsberg'], fi: 'Helfo', text: `
Bjørn Eide
Fjordgata 8
3125 Tønsberg

Helfo

Tønsberg 21.10.2026

Klage på vedtak – refusjon av legemiddel for Knut Eide
Deres referanse: 26/377120

Jeg skriver på vegne av min far, Knut Eide, f. 06.10.41 (fnr. ${sp(knut)}), Eikeveien 3, 3150 Tolvsrød. Fullmakt ligger ved.

Far fikk avslag 1. oktober 2026 på søknad om individuell stønad til Eliquis. Begrunnelsen er at warfarin skal være prøvd først. Han har prøvd Marevan i mange år og hadde to alvorlige blødninger i 2025, den ene med innleggelse på Tønsberg sykehus. Legen hans har skrevet dette i søknaden, men det ser ikke ut til at Helfo har lest det.

Vi er uenige i vedtaket og ber om at det endres. Ta kontakt med meg på 977 02 315, far hører dårlig i telefonen.

Vennlig hilsen
Bjørn Eide` });

  L({ b, sit: 'The father signs a consent with a shaky hand; the son filled in the rest.', st: 'form', t: 'consent', a: 'pharmacy', lg: 'nb',
    ids: [knut], app, link: a, text: `
Samtykke til innhenting av opplysninger

Jeg samtykker til at klageinstansen innhenter opplysninger fra:
  Fastlege Anne Kirsti Hov, Tolvsrød legesenter
  Sykehuset i Vestfold, medisinsk avdeling (innleggelse 2025)

Opplysningene skal brukes i klagesaken om refusjon av legemidler.

Navn: Knut Eide
Fødselsnummer: ${knut}
Adresse: Eikeveien 3, 3150 Tolvsrød

Dato: 28/10-2026
Signatur: Knut Eide` });

  L({ b, sit: 'The GP writes a declaration in a System X layout with the bleeding history.', st: 'gp-epj-systemx', t: 'medical_declaration', a: 'pharmacy', lg: 'nb',
    ids: [knut], app, link: a, text: `
SYSTEM X · Tolvsrød legesenter · Tolvsrødveien 2, 3150 Tolvsrød · Tlf 33 30 20 10
------------------------------------------------------------
ERKLÆRING
Pasient: EIDE, KNUT (${knut})    Adresse: Eikeveien 3, 3150 Tolvsrød
------------------------------------------------------------
Diagnoser: I48 Atrieflimmer (ICD-10) / K78 Atrieflimmer/flutter (ICPC-2)
           D62 Akutt posthemoragisk anemi (ICD-10), 2025

Knut Eide har permanent atrieflimmer (CHA2DS2-VASc 4). Han brukte warfarin 2014–2025. INR har vært ustabil til tross for tett oppfølging. Han ble innlagt med gastrointestinal blødning i mars 2025 og hadde en ny blødning fra urinveiene i oktober 2025. Etter dette ble han satt på apixaban, som han tåler godt.

Etter min vurdering er det medisinsk uforsvarlig å sette ham tilbake på warfarin.

03.11.2026
Anne Kirsti Hov, fastlege` });

  L({ b, sit: 'The son, short and irritated, comments on Helfo\'s transfer letter.', st: 'email', t: 'comments', a: 'pharmacy', lg: 'nb',
    ids: [knut], refs: ['26/377120'], app: ['Knut Eide'], rep: ['Bjørn Eide', null], link: a, text: `
Fra: Bjørn Eide <bjorn.eide@gmail.com>
Til: post@klageinstansen.no
Emne: Merknader oversendelse, Knut Eide

Hei,
Vi har fått oversendelsesbrevet fra Helfo, ref 26/377120 i går. Helfo skriver at "det ikke er dokumentert at warfarin er forsøkt". Det er jo rett og slett feil, han brukte det i 11 år. Se legeerklæringen som ble sendt dere 3. november.
Mvh Bjørn Eide, for Knut Eide (${knut})` });

  const anette = idFor(19, 8, 86, 228);
  L({ b, sit: 'A young woman in Trondheim interrupts the deadline on a refused refund for a private psychologist, saying more will follow.', st: 'email', t: 'appeal_deadline_interrupting', a: 'medical', lg: 'nb',
    ids: [anette], refs: ['26/412009'], dd: '2026-10-27', app: ['Anette Lie', 'Innherredsveien 61', '7067 Trondheim'], fi: 'Helfo', text: `
Fra: Anette Lie
Til: post@helfo.no; post@klageinstansen.no
Emne: Klage på vedtak, deres ref 26/412009

hei
jeg klager på vedtaket datert 27.10.26 om at jeg ikke får refusjon for behandling hos psykologspesialist. jeg er ikke i form til å skrive mye nå men jeg vil ikke at fristen skal gå ut. kommer med mer når jeg har snakket med psykologen min, forhåpentligvis innen et par uker.

Anette Lie, Innherredsveien 61, 7067 Trondheim
fnr ${anette}` });

  const sigrid = idFor(25, 11, 52, 480);
  L({ b, sit: 'An elderly woman in nynorsk asks for reopening of a decided case about a hospital treatment refund.', st: 'handwritten-note', t: 'reopening_request', a: 'medical', lg: 'nn',
    ids: [sigrid], refs: ['2026/01145'], dd: '2026-06-04', app: ['Sigrid Ulvik', 'Ulvikvegen 22', '5730 Ulvik'], text: `
Til klageinstansen, sak 2026/01145

De avgjorde saka mi 4. juni 2026. No har eg fått nye opplysningar: sjukehuset har skrive at tilvisinga frå fastlegen faktisk kom fram i tide, men vart liggjande. Eg legg ved brevet frå Haukeland.
Eg ber difor om at saka blir teken opp att.

Sigrid Ulvik
Ulvikvegen 22, 5730 Ulvik
f.nr. ${sp3(sigrid)}` });

  const harald = idFor(14, 2, 67, 321);
  L({ b, sit: 'An independent physician writes an expert statement on commission from the appeals body about a knee injury.', st: 'expert-statement', t: 'expert_statement', a: 'occupational_injury', lg: 'nb',
    ids: [harald], refs: ['2026/04511'], app: ['Harald Sæther'], text: `
SAKKYNDIG UTTALELSE

På oppdrag fra klageinstansen, deres ref. 2026/04511
Gjelder: Harald Sæther, f.nr. ${harald}

Mandat: Vurdere om kneplagene skyldes arbeidsulykken 12.03.2024 (fall fra stillas), eller om de har annen årsak.

Grunnlag: Journal fra fastlege 2019–2026, MR av høyre kne 20.03.2024 og 15.01.2026, skadeprotokoll fra arbeidsgiver. Undersøkt av meg 04.11.2026.

Vurdering: MR fra 2024 viser fersk benmargsødem og ruptur av mediale menisk, forenlig med et vridningstraume. Det er ikke beskrevet kneplager i journalen før ulykken. Degenerative forandringer er moderate og alderstypiske.

Konklusjon: Det er mer sannsynlig enn ikke at de nåværende plagene i høyre kne er en følge av ulykken 12.03.2024.

Oslo, 16.11.2026
Øystein Rud, spesialist i ortopedisk kirurgi` });
}
// ── ua-b07: Nav transfers from different units; a deadline-interrupting appeal and its grounds
{
  const b = 'ua-b07';
  const linda = idFor(7, 3, 76, 409);
  const app: [string, ...string[]] = ['Linda Haugen', 'Tordenskjolds gate 12', '4612 Kristiansand'];
  const t = L({ b, sit: 'Nav Arbeid og ytelser Kristiansand sends on a disability appeal after partial reversal.', st: 'first-instance-letter', t: 'case_transfer', a: 'disability', lg: 'nb',
    ids: [linda], refs: ['25/601772', '2026/08120'], dd: '2026-06-18', app, fi: 'Nav Arbeid og ytelser Kristiansand', text: `
Nav Arbeid og ytelser Kristiansand
Postboks 2600, 4606 Kristiansand S

Klageinstansen

Dato: 15.10.2026
Vår referanse: 25/601772
Deres referanse: 2026/08120

Oversendelse av klage på vedtak om uføretrygd

Bruker: Linda Haugen
Fødselsnummer: ${sp(linda)}
Adresse: Tordenskjolds gate 12, 4612 Kristiansand

Vedtak av 18.06.2026 innvilget uføretrygd med uføregrad 50 %. Bruker har klaget og mener uføregraden skal være 100 %.

Etter ny vurdering har vi endret uføretidspunktet til 01.02.2025, men vi opprettholder uføregraden. Bruker har etter vår vurdering restarbeidsevne i et tilrettelagt arbeid på deltid, jf. arbeidsutprøving i Kristiansand kommune. Klagen er derfor ikke tatt fullt ut til følge, og saken sendes over til klageinstansen for endelig avgjørelse.

Vedlagt følger sakens dokumenter etter dokumentoversikt.

Med hilsen
Nav Arbeid og ytelser Kristiansand
Tore Bakken
rådgiver` });

  L({ b, sit: 'Her comments on the transfer letter, typed, with a personal tone.', st: 'typed-letter', t: 'comments', a: 'disability', lg: 'nb',
    refs: ['2026/08120'], app, link: t, text: `
Linda Haugen
Tordenskjolds gate 12
4612 Kristiansand

Til klageinstansen

Sak 2026/08120 – merknader til Navs oversendelse

Jeg har lest Navs brev. De skriver at arbeidsutprøvingen i kommunen viser at jeg kan jobbe 50 %. Men jeg jobbet bare 30 % i utprøvingen, og selv det klarte jeg ikke: jeg var sykmeldt tre av de åtte ukene. Det står i sluttrapporten, som Nav selv har.

Jeg ber om at dere leser sluttrapporten fra utprøvingen og legeerklæringen fra januar, ikke bare Navs oppsummering.

Kristiansand 3. november 2026
Linda Haugen` });

  L({ b, sit: 'The hospital epikrise from her recent admission is sent in by her.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'disability', lg: 'nb',
    ids: [linda], app: ['Linda Haugen', 'Tordenskjolds gate 12', '4612 Kristiansand'], link: t, text: `
Sørlandet sykehus HF
Nevrologisk avdeling, Kristiansand

EPIKRISE

Pasient: Linda Haugen, ${linda}
Tordenskjolds gate 12, 4612 Kristiansand
Innlagt: 12.09.2026  Utskrevet: 16.09.2026

Diagnoser:
G35 Multippel sklerose, residiverende-remitterende
R53 Fatigue

Innleggelsesårsak: Attakk med nedsatt kraft i venstre ben og synsforstyrrelse.
Forløp: Behandlet med metylprednisolon i tre dager med god bedring av kraften. MR viste to nye aktive lesjoner. Sykdomsmodifiserende behandling endres til ocrelizumab.

Funksjon ved utreise: Går uten hjelpemidler korte strekninger. Uttalt fatigue. Pasienten er etter vår vurdering ikke i stand til å øke arbeidsinnsatsen i overskuelig fremtid.

Kontroll nevrologisk poliklinikk om 3 måneder.

Marius Tangen, overlege` });

  const ahmed = idFor(23, 9, 84, 377);
  const di = L({ b, sit: 'A warehouse worker e-mails Nav Grünerløkka\'s decision stopping sick pay, saying grounds will follow.', st: 'email', t: 'appeal_deadline_interrupting', a: 'sick_pay', lg: 'nb',
    ids: [ahmed], dd: '2026-10-20', app: ['Ahmed Yusuf', 'Thorvald Meyers gate 70', '0552 Oslo'], fi: 'Nav Grünerløkka', text: `
Fra: Ahmed Yusuf
Til: post@klageinstansen.no
Emne: klage

Hei. Jeg klager på vedtak fra Nav Grünerløkka 20.10.2026 at sykepenger stoppes. Jeg har ikke fått hjelp av legen ennå til å skrive begrunnelse. Begrunnelse kommer. Dette er fristavbrytende klage.

Ahmed Yusuf
Thorvald Meyers gate 70, 0552 Oslo
fødselsnummer ${sp(ahmed)}` });

  L({ b, sit: 'The same man sends his full grounds three weeks later, a real appeal.', st: 'typed-letter', t: 'appeal', a: 'sick_pay', lg: 'nb',
    ids: [ahmed], dd: '2026-10-20', rd: '2026-10-23', app: ['Ahmed Yusuf', 'Thorvald Meyers gate 70', '0552 Oslo'], fi: 'Nav Grünerløkka', link: di, text: `
Ahmed Yusuf
Thorvald Meyers gate 70
0552 Oslo

Oslo 10.11.2026

Begrunnelse for klage på vedtak om stans av sykepenger

Jeg viser til min klage per e-post, og til vedtaket fra Nav Grünerløkka datert 20.10.2026, som jeg mottok 23.10.2026.

Nav mener jeg ikke har vært i aktivitet etter 8 uker og at det ikke er medisinske grunner som hindrer det. Jeg har en skulderskade (rotatorcuff) og venter på operasjon på Ullevål. Jobben min er å løfte kasser på lager, og arbeidsgiver har ikke lette oppgaver. Fastlegen har skrevet i sykmeldingen at jeg ikke kan bruke høyre arm over skulderhøyde.

Jeg mener derfor unntaket i folketrygdloven § 8-7 a gjelder, og at sykepengene skal fortsette til operasjonen.

Legeerklæring kommer direkte fra legen.

Med hilsen
Ahmed Yusuf
fnr ${ahmed}` });

  L({ b, sit: 'His GP sends a declaration from a Pridok-style EPJ.', st: 'gp-epj-pridok', t: 'medical_declaration', a: 'sick_pay', lg: 'nb',
    ids: [ahmed], app: ['Ahmed Yusuf', 'Thorvald Meyers gate 70', '0552 Oslo'], link: di, text: `
[Pridok] Legesenteret Birkelunden · Seilduksgata 23, 0553 Oslo
Dokumenttype: Legeerklæring     Dato: 12.11.2026

Til: Klageinstansen
Pasient: Ahmed Yusuf, fnr. ${ahmed}, Thorvald Meyers gate 70, 0552 Oslo

Diagnose: L92 Skuldersyndrom (ICPC-2); M75.1 Rotatorcuffsyndrom (ICD-10)

Pasienten har fullruptur av supraspinatussenen høyre skulder (MR 02.09.2026), henvist ortoped, operasjon planlagt januar 2027. Han har tungt fysisk arbeid. Det er medisinske grunner til at han ikke kan være i noen form for aktivitet på arbeidsplassen før operasjonen. Arbeidsgiver bekrefter at tilrettelegging ikke er mulig.

Farid Rahimi, lege` });

  const roar = idFor(2, 5, 69, 136);
  L({ b, sit: 'A man tells the appeals body, in a terse letter, that he has moved.', st: 'typed-letter', t: 'correspondence', a: 'work_assessment', lg: 'nb',
    ids: [roar], refs: ['2026/07003'], app: ['Roar Kristoffersen', 'Strandveien 101', '9006 Tromsø'], text: `
Ny adresse – sak 2026/07003

Jeg har flyttet. Ny adresse fra 1. desember:
Roar Kristoffersen
Strandveien 101
9006 Tromsø

Saken gjelder AAP. F.nr. ${roar}.
Send alle brev dit. Posten ettersender ikke lenger fra den gamle adressen i Harstad, så jeg har gått glipp av et brev fra dere før.

Hilsen Roar K.` });
}
// ── ua-b08: nynorsk from Sunnfjord and Hardanger
{
  const b = 'ua-b08';
  const aslaug = idFor(15, 1, 80, 260);
  const app: [string, ...string[]] = ['Aslaug Vevle', 'Hafstadvegen 19', '6800 Førde'];
  const a = L({ b, sit: 'A woman with a congenital condition appeals in nynorsk a refused dental grant from Helfo.', st: 'email', t: 'appeal', a: 'dental', lg: 'nn',
    ids: [aslaug], refs: ['26/290415'], dd: '2026-10-08', rd: '2026-10-12', app, fi: 'Helfo', text: `
Frå: Aslaug Vevle <aslaug.vevle@live.no>
Til: post@helfo.no
Kopi: post@klageinstansen.no
Dato: 28. oktober 2026
Emne: Klage på vedtak – dykkar ref. 26/290415

Hei

Eg vil klaga på vedtaket frå Helfo av 08.10.2026 om at eg ikkje får stønad til tannbehandling. Brevet kom fram 12.10.2026.

Eg har amelogenesis imperfecta, ein medfødd tilstand der emaljen ikkje vert danna som han skal. Tannlegen min i Førde har skrive at alle jekslane må ha kroner. Helfo skriv at dette er «vanleg kariesbehandling». Det er det ikkje. Eg har aldri hatt hol, tennene berre smuldrar opp.

Eg ber om at vedtaket vert endra. Uttale frå Tannhelsetenesta kompetansesenter Vest kan de få om de spør.

Fødselsnummer ${sp(aslaug)}

Venleg helsing
Aslaug Vevle
Hafstadvegen 19, 6800 Førde` });

  L({ b, sit: 'She sends the consent form filled in, in nynorsk.', st: 'form', t: 'consent', a: 'dental', lg: 'nn',
    ids: [aslaug], app, link: a, text: `
SAMTYKKE

Eg, Aslaug Vevle, fødselsnummer ${aslaug},
adresse Hafstadvegen 19, 6800 Førde,

samtykkjer i at klageinstansen kan henta inn opplysningar om tannhelsa mi frå
  ☒ tannlege Rolf Bjørkedal, Førde tannlegesenter
  ☒ Tannhelsetenesta kompetansesenter Vest
  ☐ anna: …

Samtykket gjeld berre denne klagesaka og kan trekkjast tilbake.

Førde, 4.11.2026
Aslaug Vevle` });

  L({ b, sit: 'The dentist writes a short statement, sent as correspondence in the case.', st: 'typed-letter', t: 'correspondence', a: 'dental', lg: 'nn',
    ids: [aslaug], app: ['Aslaug Vevle'], link: a, text: `
Førde tannlegesenter
Langebruvegen 10, 6800 Førde

Til klageinstansen

Gjeld: Aslaug Vevle, f.nr. ${aslaug}

Eg stadfestar at pasienten har amelogenesis imperfecta av hypoplastisk type, sjå vedlagde røntgen og foto. Behandlinga som er planlagd (kroner på 16 tenner) er naudsynt for å hindra vidare tap av tannsubstans, og er ikkje ei følgje av karies eller manglande munnhygiene.

Med helsing
Rolf Bjørkedal, tannlege` });

  const nils = idFor(9, 9, 57, 205);
  const t = L({ b, sit: 'Nav Sunnfjord sends on a nynorsk AAP appeal about the length of the period.', st: 'first-instance-letter', t: 'case_transfer', a: 'work_assessment', lg: 'nn',
    ids: [nils], refs: ['26/70288', '2026/08877'], dd: '2026-09-15', app: ['Nils Hestad', 'Hestadvegen 140', '6817 Naustdal'], fi: 'Nav Sunnfjord', text: `
Nav Sunnfjord
Postboks 123, 6801 Førde

Klageinstansen
Postboks 4104, 0168 Oslo

Vår ref.: 26/70288
Dykkar ref.: 2026/08877
Dato: 20.10.2026

Oversending av klage – arbeidsavklaringspengar

Namn: Nils Hestad
Fødselsnummer: ${nils}
Adresse: Hestadvegen 140, 6817 Naustdal

Nils Hestad klaga 01.10.2026 på vedtaket vårt av 15.09.2026, der vi avslo forlenging av arbeidsavklaringspengar etter at maksimal periode var nådd, jf. folketrygdlova § 11-12 tredje ledd.

Vi har gått gjennom saka på nytt. Det ligg ikkje føre opplysningar om at han har ei konkret avklaring som vil bli ferdig innan kort tid. Vi held fast på vedtaket og sender saka over til klageinstansen.

Sakens dokument ligg ved.

Med venleg helsing
Astrid Øvrebø
Nav Sunnfjord` });

  L({ b, sit: 'The man comments by a short handwritten nynorsk note.', st: 'handwritten-note', t: 'comments', a: 'work_assessment', lg: 'nn',
    ids: [nils], refs: ['2026/08877'], app: ['Nils Hestad', 'Hestadvegen 140', '6817 Naustdal'], link: t, text: `
Merknad til brevet frå Nav, sak 2026/08877

Nav skriv at det ikkje er noko avklaring som blir ferdig snart. Men eg har fått time til utgreiing på Nevrologisk poliklinikk i Førde 7. januar, og legen seier svaret avgjer om eg kan gå tilbake til snekkarjobben.

Nils Hestad, Hestadvegen 140, 6817 Naustdal
${sp(nils)}` });

  const kjersti = idFor(28, 6, 73, 312);
  L({ b, sit: 'A woman from Odda appeals her patient-travel refusal in nynorsk, a typed letter.', st: 'typed-letter', t: 'appeal', a: 'patient_travel', lg: 'nn',
    ids: [kjersti], refs: ['PR-2026-09917'], dd: '2026-10-21', app: ['Kjersti Tokheim', 'Tokheimsvegen 6', '5750 Odda'], fi: 'Pasientreiser Helse Vest', text: `
Kjersti Tokheim
Tokheimsvegen 6
5750 Odda

Pasientreiser Helse Vest

Odda, 2.11.2026

Klage på vedtak om reiseutgifter – saksnr. PR-2026-09917

Eg klagar på vedtaket av 21.10.2026, der eg fekk avslag på dekning av utgifter til reise med eigen bil til Haukeland for strålebehandling.

De skriv at det går buss. Bussen frå Odda går ein gong om morgonen og eg ville kome fram etter at behandlinga var ferdig. Eg hadde stråling kvar dag i fem veker, og eg var for dårleg til å overnatta i Bergen åleine.

Eg ber om at de dekkjer køyringa etter satsane for eigen bil.

Fødselsnummer ${kjersti}

Helsing
Kjersti Tokheim` });

  const olav = idFor(11, 4, 54, 190);
  L({ b, sit: 'A man appeals the appeals body\'s decision to Trygderetten, in nynorsk, on his own.', st: 'typed-letter', t: 'tribunal_appeal', a: 'occupational_injury', lg: 'nn',
    ids: [olav], refs: ['2026/03912'], dd: '2026-10-22', app: ['Olav Rygg', 'Ryggvegen 31', '5600 Norheimsund'], text: `
Olav Rygg
Ryggvegen 31
5600 Norheimsund

Klageinstansen

Norheimsund 11.11.2026

ANKE TIL TRYGDERETTEN – sak 2026/03912

Eg ankar vedtaket dykkar av 22.10.2026 om yrkesskade til Trygderetten.

Eg meiner de har teke feil når de seier at kneskaden ikkje kom av fallet i lasterommet i 2023. Eg hadde aldri vondt i kneet før. De har lagt vekt på ein rådgjevande lege som aldri har sett meg.

Fødselsnummer: ${olav}

Helsing Olav Rygg` });
}
// ── ua-b09: relatives write; a medical-area appeal; costs claimed by the appellant himself
{
  const b = 'ua-b09';
  const emil = idFor(3, 2, 15, 502);
  const app: [string, ...string[]] = ['Emil Berntsen', 'Markveien 5', '2010 Strømmen'];
  const a = L({ b, sit: 'A mother appeals for her 11-year-old son against refused refund of a private ENT specialist.', st: 'email', t: 'appeal', a: 'medical', lg: 'nb',
    ids: [emil], refs: ['26/433871'], dd: '2026-10-29', rd: '2026-11-02', app: ['Emil Berntsen'], rep: ['Camilla Berntsen', null, 'Markveien 5', '2010 Strømmen'], fi: 'Helfo', text: `
Fra: Camilla Berntsen <camilla.berntsen@yahoo.no>
Til: post@helfo.no
Kopi: post@klageinstansen.no
Emne: Klage - sønnen min Emil Berntsen - ref 26/433871

Hei,

Jeg er mor til Emil Berntsen (fnr ${sp(emil)}), og klager på vedtaket deres av 29.10.2026 (mottatt 2.11.) om refusjon for behandling hos øre-nese-hals-lege.

Dere sier legen ikke har driftsavtale. Det visste vi ikke! Vi ble henvist av fastlegen og fikk time hos den legen fordi ventetiden på Ahus var 9 måneder, og Emil hadde så mye væske i ørene at han ikke hørte læreren. Ingen sa at vi måtte sjekke avtale.

Vi synes det er urimelig at vi skal betale 6 400 kr selv for noe barnet hadde krav på.

Hilsen
Camilla Berntsen
Markveien 5, 2010 Strømmen` });

  L({ b, sit: 'Both parents sign a consent for their son.', st: 'form', t: 'consent', a: 'medical', lg: 'nb',
    ids: [emil], app, link: a, text: `
SAMTYKKE – INNHENTING AV HELSEOPPLYSNINGER

Pasient: Emil Berntsen, f.nr. ${emil}
Adresse: Markveien 5, 2010 Strømmen

Vi samtykker som foreldre i at klageinstansen innhenter opplysninger fra:
- Fastlege Strømmen legesenter
- ØNH-spesialist Dr. Tariq Malik, Lillestrøm
- Akershus universitetssykehus (henvisning og ventetid)

Strømmen, 09.11.2026
Camilla Berntsen          Jon Berntsen
(mor)                     (far)` });

  L({ b, sit: 'The father e-mails that they forgot to enclose the referral, as a follow-up.', st: 'email', t: 'correspondence', a: 'medical', lg: 'nb',
    ids: [emil], refs: ['26/433871'], app: ['Emil Berntsen'], link: a, text: `
Fra: Jon Berntsen
Til: post@klageinstansen.no
Emne: Ettersending - Emil Berntsen ref 26/433871

Hei, vi glemte å legge ved henvisningen fra fastlegen da min kone klaget. Den ligger ved her som pdf. Den er datert 14. mai, før vi bestilte time. Emils personnummer er ${emil}.

Mvh Jon Berntsen` });

  const sverre = idFor(20, 3, 59, 433);
  L({ b, sit: 'A man who won his sick-pay appeal claims his own costs for a union lawyer and travel, without a lawyer.', st: 'typed-letter', t: 'legal_costs_claim', a: 'sick_pay', lg: 'nb',
    ids: [sverre], refs: ['2026/02904'], dd: '2026-10-09', app: ['Sverre Nilsen', 'Granveien 44', '3440 Røyken'], text: `
Sverre Nilsen
Granveien 44
3440 Røyken

Klageinstansen

Røyken 12.11.2026

Krav om å få dekket utgifter – sak 2026/02904

Jeg fikk medhold i klagen min ved vedtak av 9. oktober 2026. Jeg har hatt utgifter for å få dette til og ber om å få dem dekket etter forvaltningsloven § 36 om saksomkostninger.

- Spesialisterklæring fra psykiater, faktura vedlagt: kr 3 500
- Juridisk bistand fra Jussformidlingen (gratis), men kopier og porto: kr 260
- Tapt arbeidsinntekt for møte med Nav, 1 dag: kr 2 100

Til sammen kr 5 860. Kontonr. 1204.33.55871.

Fnr. ${sverre}

Med hilsen
Sverre Nilsen` });

  const marit = idFor(5, 8, 65, 144);
  L({ b, sit: 'A sister writes, confused, asking what the acknowledgement letter means, for a case not in this batch.', st: 'handwritten-note', t: 'correspondence', a: 'disability', lg: 'nb',
    ids: [marit], refs: ['2026/09011'], app: ['Marit Grønvold', 'Solbakken 2', '2380 Brumunddal'], text: `
Hei. Søsteren min Marit Grønvold (fnr ${sp3(marit)}) har fått et brev fra dere om at klagen er mottatt, sak 2026/09011. Der står det at saken kan ta opptil 6 måneder? Hun har nesten ikke penger igjen. Er det noe som kan gjøres for å få saken raskere? Hun bor Solbakken 2, 2380 Brumunddal.

Venlig hilsen Randi Grønvold (søster)` });

  const frode = idFor(31, 1, 71, 275);
  L({ b, sit: 'A man asks to have his decided work-assessment case reopened because Nav had the wrong income figures.', st: 'email', t: 'reopening_request', a: 'work_assessment', lg: 'nb',
    ids: [frode], refs: ['2025/12310'], dd: '2026-05-12', app: ['Frode Larsen', 'Jernbanegata 3', '2609 Lillehammer'], text: `
Fra: Frode Larsen
Til: post@klageinstansen.no
Emne: Be om omgjøring – sak 2025/12310

Hei.
Dere behandlet klagen min på AAP-beregningen i vedtak 12.05.2026. Nå har Skatteetaten endret ligningen for 2023 fordi arbeidsgiveren hadde rapportert feil inntekt. Jeg legger ved det nye skatteoppgjøret. Det betyr at beregningsgrunnlaget mitt blir høyere.

Jeg ber om at dere omgjør vedtaket eller tar saken opp igjen på grunn av de nye opplysningene.

Frode Larsen
Jernbanegata 3, 2609 Lillehammer
${frode}` });

  const helga = idFor(2, 9, 48, 166);
  L({ b, sit: 'Trygderetten\'s ruling in a pharmacy case, the appellant partly winning.', st: 'tribunal-ruling', t: 'tribunal_ruling', a: 'pharmacy', lg: 'nb',
    ids: [helga], refs: ['26-000773', '2025/10221'], dd: '2025-12-03', app: ['Helga Sandvik', 'Kirkegata 11', '1440 Drøbak'], text: `
TRYGDERETTEN
Postboks 8024 Dep, 0030 Oslo

KJENNELSE

Trygderettens saksnr.: 26-000773
Dato: 13.11.2026

Ankende part: Helga Sandvik, f.nr. ${sp(helga)}, Kirkegata 11, 1440 Drøbak
Ankemotpart: Klageinstansen, saksnr. 2025/10221

Saken gjelder: Stønad til legemidler etter folketrygdloven § 5-14, individuell stønad (blåresept).

Anken gjelder klageinstansens vedtak av 03.12.2025. Trygderetten er enig med den ankende part i at vilkåret om at andre legemidler er forsøkt, er oppfylt for perioden etter mai 2025, men ikke før.

Slutning:
Klageinstansens vedtak endres slik at Helga Sandvik har rett til stønad fra 1. mai 2025.

Rettens medlemmer: Knut Holm, Anne Birgit Dale, Sigurd Eng` });
}
// ── ua-b10: treatment abroad — a Helfo Utland transfer, Danish and Swedish writers
{
  const b = 'ua-b10';
  const soren = idFor(13, 5, 62, 350);
  const app: [string, ...string[]] = ['Søren Holm Jensen', 'Kongevejen 40', '3000 Helsingør'];
  const t = L({ b, sit: 'Helfo Utland sends on a Dane\'s appeal about refund for cataract surgery in Denmark.', st: 'first-instance-letter', t: 'case_transfer', a: 'treatment_abroad', lg: 'nb',
    ids: [soren], refs: ['26/150066', '2026/09230'], dd: '2026-08-31', app, fi: 'Helfo Utland', text: `
Helfo Utland
Postboks 2415, 3104 Tønsberg

Klageinstansen

Vår ref.: 26/150066      Deres ref.: 2026/09230      Dato: 06.11.2026

Oversendelse av klagesak – refusjon av behandling i et annet EØS-land

Klager: Søren Holm Jensen, fødselsnummer ${soren}
Adresse: Kongevejen 40, 3000 Helsingør, Danmark

Klager har fått avslag på refusjon av utgifter til kataraktoperasjon ved privat øjenklinik i København, vedtak datert 31.08.2026. Klager var medlem i folketrygden på behandlingstidspunktet. Behandlingen er dagkirurgi og krever ikke forhåndstillatelse, men regningen fra klinikken er ikke spesifisert slik at den kan sammenlignes med norske takster, og refusjonsbeløpet kan derfor ikke fastsettes.

Vi har vurdert klagen, men finner ikke grunnlag for å endre vedtaket. Saken oversendes klageinstansen. Klagen er skrevet på dansk; vi har ikke oversatt den.

Vedlegg: klage, vedtak, faktura fra klinikken.

Helfo Utland
Gry Nordby` });

  L({ b, sit: 'The Dane comments on Helfo\'s transfer letter, in Danish.', st: 'typed-letter', t: 'comments', a: 'treatment_abroad', lg: 'da',
    ids: [soren], refs: ['2026/09230'], app, link: t, text: `
Søren Holm Jensen
Kongevejen 40
3000 Helsingør

Helsingør, den 17. november 2026

Vedr. sag 2026/09230 – bemærkninger

Jeg har modtaget Helfos brev om oversendelse af min klage. Jeg vil gerne bemærke, at klinikken sendte en specificeret regning med behandlingskoder. Den ligger som bilag 3 i min klage. Jeg forstår ikke, hvorfor Helfo skriver, at regningen ikke er specificeret.

Jeg arbejdede i Oslo i hele 2026 og betalte skat i Norge.

Med venlig hilsen
Søren Holm Jensen
${sp(soren)}` });

  L({ b, sit: 'He returns the consent in Danish, crossing out one line.', st: 'form', t: 'consent', a: 'treatment_abroad', lg: 'da',
    ids: [soren], app, link: t, text: `
SAMTYKKE TIL INDHENTNING AF OPLYSNINGER

Navn: Søren Holm Jensen
Norsk fødselsnummer: ${soren}
Adresse: Kongevejen 40, 3000 Helsingør

Jeg giver samtykke til, at klageinstansen indhenter oplysninger fra:
  Øjenklinikken Østerbro, København
  ~~min praktiserende læge i Helsingør~~ (ikke relevant)
  Min fastlege i Oslo, Majorstuen legesenter

Dato: 18/11-2026
Underskrift: Søren H. Jensen` });

  const anna = idFor(22, 7, 87, 118);
  L({ b, sit: 'A Swedish woman in Oslo appeals her sick-pay refusal in Swedish, full grounds.', st: 'email', t: 'appeal', a: 'sick_pay', lg: 'sv',
    ids: [anna], refs: ['26/90117'], dd: '2026-10-26', rd: '2026-10-28', app: ['Anna Bergström', 'Sofies gate 14', '0170 Oslo'], fi: 'Nav St. Hanshaugen', text: `
Från: Anna Bergström <anna.bergstrom87@gmail.com>
Till: post@klageinstansen.no
Ämne: Överklagande – sykepenger, er referens 26/90117

Hej!

Jag överklagar beslutet från Nav St. Hanshaugen daterat 26.10.2026, som jag fick den 28 oktober. Nav säger att jag inte har arbetat fyra veckor innan jag blev sjuk. Men jag började på restaurangen den 1 augusti och blev sjukskriven den 2 september. Det är mer än fyra veckor. Jag har anställningsavtal och lönespecifikation som visar det.

Jag förstår inte hur Nav har räknat. Jag ber att ni ändrar beslutet.

Mitt norska personnummer: ${anna}
Adress: Sofies gate 14, 0170 Oslo

Vänliga hälsningar
Anna Bergström` });

  const erik = idFor(10, 10, 58, 291);
  L({ b, sit: 'A Swedish physiotherapist-patient asks in Swedish for reopening of an old decision, for a case not in this batch.', st: 'typed-letter', t: 'reopening_request', a: 'physiotherapy', lg: 'sv',
    ids: [erik], refs: ['2025/08876'], dd: '2026-02-19', app: ['Erik Johansson', 'Vasagatan 7', '652 25 Karlstad'], text: `
Erik Johansson
Vasagatan 7
652 25 Karlstad

Till klageinstansen

Begäran om omprövning – ärende 2025/08876

Ni avslog min klagan den 19 februari 2026 om ersättning för fysioterapi i Norge. Nu har jag fått ett intyg från Försäkringskassan som visar att jag var försäkrad i Norge och inte i Sverige under 2025. Det är nya uppgifter som ni inte hade då.

Jag ber därför att ärendet tas upp igen (gjenopptak).

Norskt personnummer: ${sp(erik)}

Karlstad den 9 november 2026
Erik Johansson` });

  const fiona = idFor(26, 12, 81, 145);
  L({ b, sit: 'A Scottish woman sends a short English note with more documents for her work-assessment case.', st: 'handwritten-note', t: 'correspondence', a: 'work_assessment', lg: 'en',
    ids: [fiona], refs: ['2026/07541'], app: ['Fiona MacLeod', 'Nygårdsgaten 98', '5008 Bergen'], text: `
To the appeals body — case 2026/07541

Please find enclosed the letter from my psychologist and the plan from the job centre (NAV) which I forgot last time. I hope it is not too late. Let me know if anything else is needed.

Fiona MacLeod
Nygårdsgaten 98, 5008 Bergen
ID ${fiona}` });
}
// ── ua-b11: angry and confused writers in bokmål; an occupational-injury transfer from Nav
{
  const b = 'ua-b11';
  const stig = idFor(16, 11, 74, 388);
  const app: [string, ...string[]] = ['Stig Are Holmen', 'Brattåsen 9', '7560 Vikhammer'];
  const t = L({ b, sit: 'Nav Arbeid og ytelser Trondheim sends on an appeal about a refused occupational injury after a fall at work.', st: 'first-instance-letter', t: 'case_transfer', a: 'occupational_injury', lg: 'nb',
    ids: [stig], refs: ['26/130042'], dd: '2026-07-30', app, fi: 'Nav Arbeid og ytelser Trondheim', text: `
Nav Arbeid og ytelser Trondheim
Yrkesskade
Postboks 6600 Etterstad, 0607 Oslo

Klageinstansen

Saksnummer: 26/130042
Dato: 02.11.2026

OVERSENDELSE AV KLAGESAK – YRKESSKADE

Navn: Stig Are Holmen    Fnr.: ${stig}
Adresse: Brattåsen 9, 7560 Vikhammer

Vi viser til klage mottatt 19.08.2026 på vårt vedtak datert 30.07.2026, der skade på ryggen etter hendelse 14.04.2026 ikke ble godkjent som yrkesskade. Vi fant at hendelsen – et løft av en palle – ikke er en plutselig eller uventet ytre hendelse, jf. folketrygdloven § 13-3.

Klageren anfører at han skled på glatt gulv under løftet. Dette fremgår ikke av skademeldingen fra arbeidsgiver, som ble sendt inn samme dag. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.

Saksdokumentene følger vedlagt. Kopi av dette brevet er sendt klageren, som kan komme med merknader.

Med hilsen
Hege Rønning
Nav Arbeid og ytelser Trondheim` });

  L({ b, sit: 'He writes an angry comment in capital letters in places, with typos.', st: 'email', t: 'comments', a: 'occupational_injury', lg: 'nb',
    ids: [stig], refs: ['26/130042'], dd: '2026-07-30', app: ['Stig Are Holmen'], link: t, text: `
Fra: stigare74@online.no
Til: post@klageinstansen.no
Emne: merknader til nav sitt brev!!! ref 26/130042

Jeg har lest brevet fra Nav og det er UTROLIG at de fortsatt sier jeg bare løftet en palle. Jeg SKLED, det var olje på gulvet etter truckn, to kollegaer så det og har skrevet under på det (ligger ved). Skademeldingen ble skrevet av formannen som ikke var der.

Vedtaket av 30.07.2026 er feil og det vet de. Nå har jeg gått sykmeldt i 7 mnd.

Stig Are Holmen
fnr ${sp(stig)}` });

  L({ b, sit: 'Two co-workers write a signed statement of what they saw, sent in as correspondence.', st: 'typed-letter', t: 'correspondence', a: 'occupational_injury', lg: 'nb',
    ids: [stig], app: ['Stig Are Holmen'], link: t, text: `
ERKLÆRING FRA VITNER

Vi var på jobb på lageret til Trøndelag Engros AS den 14. april 2026 da Stig Are Holmen (f.nr. ${stig}) skadet seg. Det lå hydraulikkolje på gulvet etter en lekkasje fra en truck. Stig skled med høyre fot da han skulle løfte pallen, og falt bakover med pallen over seg. Han ble liggende og klarte ikke å reise seg selv.

Vikhammer, 10.11.2026
Ronny Aasheim                 Mona Klæbo` });

  const wenche = idFor(8, 6, 66, 424);
  L({ b, sit: 'A woman, confused by the letter, writes that she does not agree and wants someone to call her, clearly an appeal.', st: 'handwritten-note', t: 'appeal', a: 'disability', lg: 'nb',
    ids: [wenche], dd: '2026-11-02', app: ['Wenche Olsen', 'Hagaveien 15', '1640 Råde'], fi: null, text: `
til Nav / den som bestemmer

Jeg har fått brev datert 2/11-2026 der det står at jeg ikke får uføretrygd fordi jeg kan jobbe. Jeg er ikke enig i det i det hele tatt. Jeg har ikke jobbet på 5 år, jeg har angst og kan ikke være blant folk. Legen min er enig.

Kan noen ringe meg? 902 55 871. Jeg vil klage.

Wenche Olsen
Hagaveien 15, 1640 Råde
${wenche}` });

  const tor = idFor(19, 2, 79, 253);
  L({ b, sit: 'A man interrupts the deadline by a very short letter, in a different wording.', st: 'typed-letter', t: 'appeal_deadline_interrupting', a: 'work_assessment', lg: 'nb',
    ids: [tor], refs: ['26/68110'], dd: '2026-11-05', rd: '2026-11-09', app: ['Tor Magne Bakke', 'Bakkelia 2', '8610 Mo i Rana'], fi: 'Nav Rana', text: `
Tor Magne Bakke
Bakkelia 2
8610 Mo i Rana

Nav Rana

Foreløpig klage – Deres ref. 26/68110

Jeg klager på vedtaket om AAP datert 05.11.2026, mottatt 09.11.2026. Jeg ber om utsatt frist til å begrunne klagen, fordi jeg venter på uttalelse fra DPS. Begrunnelse ettersendes.

Fødselsnummer: ${sp(tor)}

Mo i Rana 16.11.2026
Tor Magne Bakke` });

  const lise = idFor(4, 4, 90, 119);
  L({ b, sit: 'A young mother writes that she gave consent by phone but now sends it signed, for a case not in this batch.', st: 'email', t: 'consent', a: 'sick_pay', lg: 'nb',
    ids: [lise], refs: ['2026/08745'], app: ['Lise Karlsen', 'Nordre gate 17', '3611 Kongsberg'], text: `
Fra: Lise Karlsen
Til: post@klageinstansen.no
Emne: Samtykke sak 2026/08745

Hei, som avtalt på telefonen i dag sender jeg samtykke. Jeg samtykker i at dere kan innhente opplysninger fra fastlegen min (Kongsberg legesenter) og fra jordmor/helsestasjon om svangerskapsplagene mine, til bruk i sykepengesaken.

Lise Karlsen, f.nr. ${lise}
Nordre gate 17, 3611 Kongsberg` });

  const bente = idFor(30, 9, 70, 202);
  L({ b, sit: 'A woman sends in the psychologist receipts the appeals body asked for in her refund case.', st: 'email', t: 'correspondence', a: 'medical', lg: 'nb',
    ids: [bente], refs: ['2026/06932'], app: ['Bente Sørli', 'Sørliveien 1', '1820 Spydeberg'], text: `
Fra: Bente Sørli
Til: post@klageinstansen.no
Emne: Sak 2026/06932 – kvitteringer

Hei. I klagesaken min om refusjon sender jeg nå kvitteringene fra psykologen for september og oktober, som dere ba om. Totalt 8 timer. Jeg har betalt alt selv.

Bente Sørli, ${sp3(bente)}
Sørliveien 1, 1820 Spydeberg` });
}
// ── ua-b12: nynorsk from Hallingdal and Valdres
{
  const b = 'ua-b12';
  const hallvard = idFor(12, 12, 63, 390);
  const app: [string, ...string[]] = ['Hallvard Gjeilo', 'Gjeilovegen 55', '3580 Geilo'];
  const a = L({ b, sit: 'A self-employed carpenter appeals, in nynorsk, a sick-pay decision that used the wrong income.', st: 'typed-letter', t: 'appeal', a: 'sick_pay', lg: 'nn',
    ids: [hallvard], refs: ['26/77610'], dd: '2026-10-13', rd: '2026-10-16', app, fi: 'Nav Hallingdal', text: `
Hallvard Gjeilo
Gjeilovegen 55
3580 Geilo

Nav Hallingdal

Geilo, 30. oktober 2026

KLAGE PÅ VEDTAK OM SJUKEPENGAR – dykkar ref. 26/77610

Eg klagar på vedtaket av 13.10.2026 (motteke 16.10.2026) om sjukepengar som sjølvstendig næringsdrivande.

Nav har rekna ut sjukepengane etter snittet av dei tre siste likningsåra, men 2023 var eit år der eg var sjuk store delar av året og nesten ikkje hadde inntekt. Eg meiner at det må takast omsyn til dette, og at det ikkje er rimeleg at eit sjukeår skal gje lågare sjukepengar for ein ny sjukdom no.

Eg legg ved næringsoppgåvene for 2022–2025.

Fødselsnummer: ${sp(hallvard)}

Med helsing
Hallvard Gjeilo
tømrar, Gjeilo Bygg ENK` });

  L({ b, sit: 'His GP in Ål writes a short nynorsk declaration in an Infodoc layout.', st: 'gp-epj-infodoc', t: 'medical_declaration', a: 'sick_pay', lg: 'nn',
    ids: [hallvard], app, link: a, text: `
Infodoc · Ål legekontor · Torget 4, 3570 Ål

LEGEERKLÆRING
Pasient: Hallvard Gjeilo, ${hallvard}
Adresse: Gjeilovegen 55, 3580 Geilo

Diagnose: L86 Ryggsyndrom med utstråling (ICPC-2) / M51.1 Prolaps i lenderyggen med radikulopati (ICD-10)

Pasienten vart operert for prolaps L5/S1 i februar 2023 og var då sjukmeld i om lag ti månader. Han var frisk og i full jobb frå januar 2024. Den noverande sjukmeldinga frå 01.09.2026 gjeld ein ny prolaps på motsett side. Han er 100 % arbeidsufør som tømrar i dag.

Ål, 05.11.2026
Ragnhild Sataslåtten, lege` });

  L({ b, sit: 'He signs the nynorsk consent.', st: 'form', t: 'consent', a: 'sick_pay', lg: 'nn',
    ids: [hallvard], app, link: a, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGAR

Namn: Hallvard Gjeilo
Fødselsnr.: ${hallvard}
Adresse: Gjeilovegen 55, 3580 Geilo

Eg samtykkjer i at klageinstansen hentar inn opplysningar frå Ål legekontor og frå Ringerike sjukehus (nevrokirurgi) som trengst for å handsama klagen min.

Geilo 8.11.2026
Hallvard Gjeilo` });

  L({ b, sit: 'He comments briefly on the transfer letter from Nav Hallingdal.', st: 'email', t: 'comments', a: 'sick_pay', lg: 'nn',
    ids: [hallvard], refs: ['26/77610'], app: ['Hallvard Gjeilo'], link: a, text: `
Frå: Hallvard Gjeilo <post@gjeilobygg.no>
Til: post@klageinstansen.no
Emne: Merknader – oversendingsbrev, ref. 26/77610

Eg har fått oversendingsbrevet. Nav skriv at eg ikkje har dokumentert at 2023 var eit sjukeår. Legeerklæringa frå Ål legekontor, som de har fått, viser at eg var sjukmeld i ti månader det året. Eg har ingen andre merknader.

Hallvard Gjeilo (${hallvard})` });

  const ragnhild = idFor(7, 7, 50, 177);
  L({ b, sit: 'A Valdres woman interrupts the deadline on a physiotherapy refund refusal, in nynorsk.', st: 'handwritten-note', t: 'appeal_deadline_interrupting', a: 'physiotherapy', lg: 'nn',
    ids: [ragnhild], dd: '2026-11-04', app: ['Ragnhild Haugen', 'Bøvegen 8', '2900 Fagernes'], fi: 'Helfo', text: `
Til Helfo og klageinstansen

Eg klagar på vedtaket dykkar av 4. november 2026 om fysioterapi.
Eg treng litt tid på å skaffa papira frå fysioterapeuten, så eg sender ei nærare grunngjeving seinare. Ver snill og sjå på dette som ein klage som avbryt fristen.

Ragnhild Haugen
Bøvegen 8, 2900 Fagernes
Fnr. ${sp(ragnhild)}` });

  const gudmund = idFor(21, 8, 45, 109);
  L({ b, sit: 'An old man asks in nynorsk for his decided pharmacy case to be looked at again after a new diagnosis.', st: 'typed-letter', t: 'reopening_request', a: 'pharmacy', lg: 'nn',
    ids: [gudmund], refs: ['2026/00418'], dd: '2026-04-28', app: ['Gudmund Kvåle', 'Kvålevegen 4', '2940 Heggenes'], text: `
Gudmund Kvåle
Kvålevegen 4
2940 Heggenes

Til klageinstansen

Heggenes 13.11.2026

Sak 2026/00418 – oppmoding om omgjering

I vedtak av 28.04.2026 fekk eg ikkje medhald i at eg skulle få blåresept på ernæringsdrikk. No har spesialisten på Gjøvik funne at eg har eksokrin pankreassvikt (K86.8), og at eg må ha drikken for å halda vekta. Dette er nye opplysningar. Eg ber om at de gjer om vedtaket.

Fødselsnummer: ${gudmund}

Helsing
Gudmund Kvåle` });

  const torunn = idFor(1, 3, 77, 288);
  L({ b, sit: 'A lawyer in Lillehammer claims costs, in nynorsk, after the client won her disability appeal.', st: 'lawyer', t: 'legal_costs_claim', a: 'disability', lg: 'nn',
    ids: [torunn], refs: ['2026/01876', '2211/TS'], dd: '2026-10-21', app: ['Torunn Bakken', 'Vingnesvegen 12', '2618 Lillehammer'], rep: ['Tone Skaug', 'Advokat Tone Skaug', 'Storgata 88', '2615 Lillehammer'], text: `
ADVOKAT TONE SKAUG
Storgata 88, 2615 Lillehammer · org.nr. 998 112 334

Klageinstansen

Dykkar ref.: 2026/01876     Vår ref.: 2211/TS     Lillehammer 19.11.2026

Krav om sakskostnader – Torunn Bakken, f.nr. ${torunn}
Adresse: Vingnesvegen 12, 2618 Lillehammer

Ved vedtak av 21.10.2026 fekk klienten min fullt medhald i klagen om uføretrygd. Ho krev dekt naudsynte kostnader etter forvaltningslova § 36 første ledd.

Arbeid: 9 timar à kr 1 750 (gjennomgang av saka, klage, møte med klient, merknader) – kr 15 750
Mva. 25 % – kr 3 937,50
Sum – kr 19 687,50

Timeliste ligg ved. Beløpet kan betalast til klientkonto 2050.12.39471.

Med venleg helsing
Tone Skaug
advokat` });
}
// ── ua-b13: a dentist shut out of the scheme; patient travel in the north
{
  const b = 'ua-b13';
  const mona = idFor(24, 5, 69, 117);
  const a = L({ b, sit: 'A dentist writes her own appeal against Helfo excluding her from direct settlement for two years.', st: 'typed-letter', t: 'appeal', a: 'practitioner_sanctions', lg: 'nb',
    ids: [mona], refs: ['25/88014-22'], dd: '2026-10-02', rd: '2026-10-05', app: ['Mona Rasmussen', 'Strandgata 21', '9008 Tromsø'], fi: 'Helfo Behandlere', text: `
Tannklinikken Sentrum
v/ tannlege Mona Rasmussen
Strandgata 21, 9008 Tromsø

Helfo Behandlere

Tromsø, 26.10.2026

Klage på vedtak om utelukkelse, folketrygdloven § 25-7 – Deres ref. 25/88014-22

Jeg klager på Helfos vedtak av 2. oktober 2026, mottatt 5. oktober, om at jeg utelukkes fra retten til å praktisere for trygdens regning i to år.

Helfo bygger på en stikkprøve av 40 pasientjournaler. Jeg erkjenner at dokumentasjonen av periodontittbehandling var mangelfull i flere av dem, men behandlingen ble gitt, og røntgenbildene viser at vilkårene var oppfylt. Jeg har siden mars 2026 tatt i bruk ny journalmal og gått kurs i trygderegelverket.

To års utelukkelse er uforholdsmessig og vil i praksis bety at klinikken må legges ned. Jeg ber om at vedtaket oppheves, subsidiært at reaksjonen settes ned.

Med vennlig hilsen
Mona Rasmussen
tannlege, f.nr. ${mona}` });

  L({ b, sit: 'The dentist sends in more documents with a short covering letter.', st: 'typed-letter', t: 'correspondence', a: 'practitioner_sanctions', lg: 'nb',
    ids: [mona], refs: ['25/88014-22'], app: ['Mona Rasmussen', 'Strandgata 21', '9008 Tromsø'], link: a, text: `
Tannklinikken Sentrum
Strandgata 21, 9008 Tromsø

Til klageinstansen

Ettersendelse – Helfos ref. 25/88014-22

Vedlagt følger kursbevis fra Den norske tannlegeforening (trygderegelverket, 14.05.2026) og den nye journalmalen vi har brukt siden mars. Dette hører til min klage av 26.10.2026.

Mona Rasmussen, f.nr. ${mona}` });

  L({ b, sit: 'She comments on the transfer letter, short and formal.', st: 'email', t: 'comments', a: 'practitioner_sanctions', lg: 'nb',
    ids: [mona], refs: ['25/88014-22'], app: ['Mona Rasmussen'], link: a, text: `
Fra: Mona Rasmussen <post@tannklinikkensentrum.no>
Til: post@klageinstansen.no
Emne: Merknader til oversendelsesbrev, Helfos ref. 25/88014-22

Helfo skriver i oversendelsesbrevet at jeg «ikke har erkjent forholdet». Det er ikke riktig; jeg har erkjent svikten i dokumentasjonen i klagen. Det jeg bestrider er at behandlingen ikke ble gitt, og at reaksjonen står i forhold til det.

Ingen ytterligere merknader.

Mona Rasmussen, ${sp(mona)}` });

  const aina = idFor(10, 1, 92, 461);
  const t = L({ b, sit: 'Pasientreiser Finnmark sends on an appeal about a refused escort for a young patient\'s flight.', st: 'first-instance-letter', t: 'case_transfer', a: 'patient_travel', lg: 'nb',
    ids: [aina], refs: ['PRF-26-4471'], dd: '2026-09-09', app: ['Aina Somby', 'Ájajoki 3', '9730 Karasjok'], fi: 'Pasientreiser Finnmarkssykehuset', text: `
Finnmarkssykehuset HF
Pasientreiser
Sykehusveien 35, 9613 Hammerfest

Klageinstansen

Vår ref.: PRF-26-4471       Dato: 28.10.2026

Oversendelse av klage – dekning av utgifter for ledsager

Pasient: Aina Somby, fnr. ${aina}, Ájajoki 3, 9730 Karasjok

Pasienten fikk i vedtak av 09.09.2026 avslag på dekning av reise for ledsager ved fly til Tromsø for utredning. Pasienten er 34 år, og behandler har ikke bekreftet behov for ledsager.

Pasienten har klaget og opplyser at hun har epilepsi med hyppige anfall. Vi har vurdert klagen, men behandler har fortsatt ikke sendt bekreftelse. Vi opprettholder vedtaket og oversender saken.

Med hilsen
Pasientreiser
Elle Marja Eira` });

  L({ b, sit: 'The neurologist confirms the need for an escort, in a short hospital letter.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'patient_travel', lg: 'nb',
    ids: [aina], app: ['Aina Somby', 'Ájajoki 3', '9730 Karasjok'], link: t, text: `
Universitetssykehuset Nord-Norge
Nevrologisk poliklinikk, 9038 Tromsø

Bekreftelse på behov for ledsager

Pasient: Aina Somby, ${aina}
Adresse: Ájajoki 3, 9730 Karasjok

Diagnose: G40.2 Lokalisasjonsrelatert symptomatisk epilepsi

Pasienten har i 2026 hatt fokale anfall med bevissthetsforstyrrelse 3–4 ganger i måneden, flere med fall. Hun har behov for ledsager ved reise med fly og overnatting utenfor hjemmet. Dette gjaldt også ved reisen til utredning 14.08.2026.

Tromsø, 06.11.2026
Ingvild Persen, overlege` });

  const karl = idFor(3, 10, 53, 120);
  L({ b, sit: 'A retired fisherman writes by hand to interrupt the deadline on a patient-travel refusal.', st: 'handwritten-note', t: 'appeal_deadline_interrupting', a: 'patient_travel', lg: 'nb',
    ids: [karl], dd: '2026-11-10', app: ['Karl Mathisen', 'Havnegata 2', '9980 Berlevåg'], fi: 'Pasientreiser', text: `
Pasientreiser / klageinstansen

Eg klager på avslaget fra 10.11.2026 om båtskyss til Kirkenes. Har ikke fått tak i legepapirene ennå. Sender begrunnelse når jeg får dem, må være innen jul. Ikke la fristen gå ut.

Karl Mathisen
Havnegata 2, 9980 Berlevåg
${karl}` });

  const solveig = idFor(18, 2, 83, 219);
  L({ b, sit: 'A woman appeals, in angry short sentences, a refused refund of the patient fee for a hospital outpatient visit.', st: 'email', t: 'appeal', a: 'medical', lg: 'nb',
    ids: [solveig], refs: ['26/440180'], dd: '2026-11-06', app: ['Solveig Nyland', 'Lyngveien 23', '9515 Alta'], fi: 'Helfo', text: `
Fra: Solveig Nyland
Til: post@helfo.no
Emne: klage ref 26/440180

Jeg klager på vedtaket 06.11.2026.
Frikortet mitt skulle gjelde fra juli. Dere har ikke regnet med egenandelene fra Hammerfest sykehus. Jeg har kvitteringene.
Jeg vil ha pengene tilbake. Dette er tredje gang jeg må skrive om det samme.

Solveig Nyland
Lyngveien 23, 9515 Alta
fnr ${solveig}` });
}
// ── ua-b14: a Polish worker writes in English; AAP and sick-pay follow-ups in several languages
{
  const b = 'ua-b14';
  const piotr = idFor(14, 8, 82, 640);
  const app: [string, ...string[]] = ['Piotr Nowak', 'Industrigata 14', '3018 Drammen'];
  const a = L({ b, sit: 'A Polish construction worker appeals in plain English a refused work assessment allowance.', st: 'email', t: 'appeal', a: 'work_assessment', lg: 'en',
    ids: [piotr], refs: ['26/81204'], dd: '2026-10-16', rd: '2026-10-20', app, fi: 'Nav Drammen', text: `
From: Piotr Nowak <p.nowak82@wp.pl>
To: nav.drammen@nav.no; post@klageinstansen.no
Subject: Complaint decision AAP your reference 26/81204

Hello,

I want to complain about the decision from Nav Drammen dated 16.10.2026. I received it 20.10.2026. They say I can not get arbeidsavklaringspenger because my work ability is not reduced by half.

This is wrong. I had an accident with my hand in 2025 and had two operations. I can not hold tools, I can not work on building sites anymore. The doctor said I need retraining. I have worked in Norway for 9 years and paid tax all the time.

I am not good in Norwegian, so I write in English. Please tell me if you need more papers.

Personal number: ${sp(piotr)}
Address: Industrigata 14, 3018 Drammen

Best regards
Piotr Nowak` });

  L({ b, sit: 'His hand surgeon\'s report in Norwegian, from the hospital.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'work_assessment', lg: 'nb',
    ids: [piotr], app, link: a, text: `
Vestre Viken HF, Drammen sykehus
Ortopedisk avdeling, seksjon for håndkirurgi

POLIKLINISK NOTAT / ERKLÆRING

Pasient: Piotr Nowak, ${piotr}
Adresse: Industrigata 14, 3018 Drammen
Dato: 02.11.2026

Diagnose: S66.1 Skade av bøyesene i høyre hånd; M24.5 Kontraktur av fingerledd

Pasienten ble operert 05.2025 med senesutur for skade av fleksorsener dig. II–IV høyre hånd, og reoperert med tenolyse 01.2026. Han har fortsatt nedsatt bøyning og kraft (grepstyrke 14 kg høyre mot 48 kg venstre). Videre bedring er lite sannsynlig.

Han vil ikke kunne gå tilbake til arbeid som forskalingssnekker. Arbeidsevnen i tungt manuelt arbeid er varig nedsatt med mer enn halvparten. Han bør få yrkesrettet attføring/omskolering.

Lene Bråthen, overlege` });

  L({ b, sit: 'He signs the Norwegian consent form, adding a line in English.', st: 'form', t: 'consent', a: 'work_assessment', lg: 'nb',
    ids: [piotr], app, link: a, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGER

Navn: Piotr Nowak
Fødselsnummer: ${piotr}
Adresse: Industrigata 14, 3018 Drammen

Jeg samtykker til at klageinstansen innhenter de opplysningene som er nødvendige i saken min fra:
[X] fastlege
[X] sykehus: Drammen sykehus, håndkirurgi
[ ] andre

Dato: 10.11.2026     Underskrift: Piotr Nowak
(I understand this form. Thank you.)` });

  const karin = idFor(6, 4, 75, 311);
  L({ b, sit: 'A Swedish woman working in Norway interrupts the deadline on a disability decision, in Swedish, different wording.', st: 'email', t: 'appeal_deadline_interrupting', a: 'disability', lg: 'sv',
    ids: [karin], refs: ['26/59903'], dd: '2026-11-11', app: ['Karin Lund', 'Lilla Torget 3', '451 42 Uddevalla'], fi: 'Nav Arbeid og ytelser Sarpsborg', text: `
Från: Karin Lund
Till: post@klageinstansen.no
Ämne: Överklagan – beslut om uføretrygd, er ref. 26/59903

Hej,
Jag vill överklaga beslutet från Nav Arbeid og ytelser Sarpsborg av den 11 november 2026 om uføretrygd. Jag har inte hunnit samla läkarintyg från Sverige, så jag vill att detta räknas som ett överklagande i tid. Utförlig motivering kommer inom tre veckor.

Norskt fødselsnummer: ${karin}
Lilla Torget 3, 451 42 Uddevalla

Karin Lund` });

  const jens = idFor(2, 1, 68, 219);
  L({ b, sit: 'A Dane asks, in Danish, for reopening of a decided case about a work-injury in Norway.', st: 'email', t: 'reopening_request', a: 'occupational_injury', lg: 'da',
    ids: [jens], refs: ['2025/07733'], dd: '2026-01-14', app: ['Jens Mikkelsen', 'Algade 31', '9000 Aalborg'], text: `
Fra: Jens Mikkelsen
Til: post@klageinstansen.no
Emne: Anmodning om genoptagelse – sag 2025/07733

Kære klageinstans

I afgjorde min sag om arbejdsskade den 14. januar 2026. Jeg har nu fået en udtalelse fra Arbejdsmedicinsk Klinik i Aalborg, som konkluderer, at mine vibrationsskader i hænderne skyldes arbejdet med boremaskiner på Norsk Sokkel 2012–2020. Det er nye oplysninger.

Jeg beder om, at sagen genoptages (gjenopptak).

Mit norske fødselsnummer: ${sp(jens)}
Algade 31, 9000 Aalborg

Venlig hilsen
Jens Mikkelsen` });

  const rita = idFor(9, 11, 64, 250);
  L({ b, sit: 'A woman asks whether the appeals body has received her papers, for a case not in this batch.', st: 'email', t: 'correspondence', a: 'sick_pay', lg: 'nb',
    ids: [rita], refs: ['2026/08314'], app: ['Rita Andersen', 'Kongens gate 5', '8514 Narvik'], text: `
Fra: Rita Andersen
Til: post@klageinstansen.no
Emne: Har dere fått legeerklæringen? 2026/08314

Hei. Legen min sier han sendte erklæringen til dere for to uker siden, men jeg har ikke hørt noe. Har dere fått den? Jeg vil ikke at saken stopper opp fordi noe mangler.

Mvh
Rita Andersen, Kongens gate 5, 8514 Narvik
fnr. ${rita}` });
}
// ── ua-b15: Helfo Legemiddel transfers a blue-prescription case; follow-ups; a tribunal appeal by a relative
{
  const b = 'ua-b15';
  const trine = idFor(27, 9, 78, 303);
  const app: [string, ...string[]] = ['Trine Vik', 'Vikaveien 30', '6400 Molde'];
  const t = L({ b, sit: 'Helfo Legemiddel sends on an appeal about a refused ADHD drug for an adult.', st: 'first-instance-letter', t: 'case_transfer', a: 'pharmacy', lg: 'nb',
    ids: [trine], refs: ['26/355902'], dd: '2026-09-17', app, fi: 'Helfo Legemiddel', text: `
HELFO
Legemiddel
Postboks 2415, 3104 Tønsberg

Klageinstansen
Postboks 4104, 0168 Oslo

Vår ref.: 26/355902
Dato: 09.11.2026

Oversendelse av klagesak – individuell stønad til legemiddel

Klager: Trine Vik
Fødselsnummer: ${sp(trine)}
Adresse: Vikaveien 30, 6400 Molde

Klager søkte om individuell stønad til lisdeksamfetamin (Elvanse) for ADHD hos voksen. Helfo avslo søknaden i vedtak datert 17.09.2026 fordi det ikke var dokumentert at metylfenidat og atomoksetin var forsøkt, jf. blåreseptforskriften § 3.

Klager har i klagen opplyst at hun har forsøkt metylfenidat. Det er ikke opplyst om dosering eller varighet, og det er ikke dokumentert at atomoksetin er forsøkt eller kontraindisert. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.

Klagen, vedtaket og søknaden fra lege følger vedlagt.

Helfo Legemiddel
Jan Erik Tangen` });

  L({ b, sit: 'Her psychiatrist sends a declaration with the treatment history, from a DIPS-style hospital letter.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'pharmacy', lg: 'nb',
    ids: [trine], app, link: t, text: `
Helse Møre og Romsdal HF
DPS Molde, poliklinikk
-- DIPS Arena -- Dokument: Spesialisterklæring

Pasient: Vik, Trine   Fnr: ${trine}
Adresse: Vikaveien 30, 6400 Molde

Diagnoser: F90.0 Forstyrrelse av aktivitet og oppmerksomhet; F41.1 Generalisert angstlidelse

Behandlingsforløp ADHD-legemidler:
- Metylfenidat (Concerta) 18–54 mg, 03.2024–09.2024: ingen klar effekt, takykardi og vekttap 6 kg.
- Atomoksetin (Strattera) 40–80 mg, 11.2024–02.2025: seponert pga. kvalme og økt angst.
- Lisdeksamfetamin 30 mg fra 05.2025 (privat betalt): god effekt, tåles godt.

Både metylfenidat og atomoksetin er dermed forsøkt med tilstrekkelig dose og varighet.

Molde 16.11.2026
Siv Helen Aarø, overlege, spesialist i psykiatri` });

  L({ b, sit: 'She writes a relieved, rambling comment on Helfo\'s transfer letter.', st: 'email', t: 'comments', a: 'pharmacy', lg: 'nb',
    ids: [trine], refs: ['26/355902'], app: ['Trine Vik'], link: t, text: `
Fra: Trine Vik <trinevik78@gmail.com>
Til: post@klageinstansen.no
Emne: Merknad til Helfos brev, ref. 26/355902

Hei! Har lest oversendelsesbrevet. Helfo skriver at jeg ikke har prøvd Strattera, men det har jeg, i fire måneder, og jeg ble helt ødelagt av kvalme. Jeg tror ikke legen min fikk med seg det i søknaden, derfor har jeg bedt psykiateren min på DPS skrive en erklæring som hun har sendt dere direkte. Håper det holder. Ellers har jeg ikke flere merknader. Takk!

Trine Vik, fnr ${trine}` });

  L({ b, sit: 'She returns the consent form.', st: 'form', t: 'consent', a: 'pharmacy', lg: 'nb',
    ids: [trine], app, link: t, text: `
SAMTYKKE

Navn: Trine Vik                 Fødselsnr.: ${sp3(trine)}
Adresse: Vikaveien 30, 6400 Molde

Jeg samtykker i at klageinstansen innhenter opplysninger om min legemiddelbehandling fra fastlege og DPS Molde, og fra apotek (reseptformidleren), til bruk i klagesaken om Elvanse.

Molde, 18.11.2026
Trine Vik` });

  const arvid = idFor(15, 6, 47, 264);
  L({ b, sit: 'A daughter appeals her elderly father\'s disability case to Trygderetten on his behalf.', st: 'typed-letter', t: 'tribunal_appeal', a: 'disability', lg: 'nb',
    ids: [arvid], refs: ['2026/04488'], dd: '2026-10-27', rd: '2026-10-30', app: ['Arvid Lunde', 'Lundeveien 9', '3800 Bø i Telemark'], rep: ['Hilde Lunde Berg', null, 'Bjørnstjerne Bjørnsons gate 4', '3044 Drammen'], text: `
Hilde Lunde Berg
Bjørnstjerne Bjørnsons gate 4
3044 Drammen

Klageinstansen

Drammen, 20. november 2026

Anke til Trygderetten – Arvid Lunde, sak 2026/04488

På vegne av min far, Arvid Lunde (f.nr. ${arvid}), Lundeveien 9, 3800 Bø i Telemark, anker jeg klageinstansens vedtak av 27.10.2026. Far mottok vedtaket 30.10.2026. Fullmakt følger vedlagt.

Far mener at uføretidspunktet er satt for sent. Han ble syk allerede i 2019, men gikk på jobb av ren stahet til 2022. Journalen fra fastlegen viser behandling for hjertesvikt fra 2019.

Vi ber om at saken sendes til Trygderetten.

Med hilsen
Hilde Lunde Berg` });

  const inger = idFor(28, 2, 56, 403);
  L({ b, sit: 'Trygderetten\'s ruling in nynorsk, overturning the appeals body in a sick-pay case.', st: 'tribunal-ruling', t: 'tribunal_ruling', a: 'sick_pay', lg: 'nn',
    ids: [inger], refs: ['26-002240', '2025/11877'], dd: '2026-02-05', app: ['Inger Sande', 'Sandevegen 12', '6770 Nordfjordeid'], text: `
TRYGDERETTEN

KJENNELSE

Trygderettens saksnr.: 26-002240
Avsagd: 18.11.2026

Ankande part: Inger Sande, f.nr. ${inger}, Sandevegen 12, 6770 Nordfjordeid
Ankemotpart: Klageinstansen, saksnr. 2025/11877

Saka gjeld: Sjukepengar, arbeidsuførleik etter folketrygdlova § 8-4.

Den ankande parten har anka klageinstansen sitt vedtak av 05.02.2026. Trygderetten finn det godtgjort at arbeidsuførleiken i perioden 10.06.2025–30.09.2025 i hovudsak skuldast sjukdom, slik fastlegen har gjort greie for.

Slutning:
Klageinstansen sitt vedtak vert endra. Inger Sande har rett til sjukepengar i perioden.

Liv Aasen (sign.)   Eirik Hole (sign.)   Marit Skjerdal (sign.)` });
}
// ── ua-b16: nynorsk — a husband writes; an expert is commissioned and invoices
{
  const b = 'ua-b16';
  const randi = idFor(20, 10, 72, 186);
  const app: [string, ...string[]] = ['Randi Nesheim', 'Nesheimsvegen 7', '5713 Vossestrand'];
  const a = L({ b, sit: 'A husband writes the appeal for his wife, who has severe depression, against refused disability benefit.', st: 'email', t: 'appeal', a: 'disability', lg: 'nn',
    ids: [randi], refs: ['26/612233'], dd: '2026-10-09', rd: '2026-10-14', app: ['Randi Nesheim'], rep: ['Leif Nesheim', null, 'Nesheimsvegen 7', '5713 Vossestrand'], fi: 'Nav Arbeid og ytelser Førde', text: `
Frå: Leif Nesheim <leif.nesheim@gmail.com>
Til: post@klageinstansen.no
Emne: Klage på uføretrygd – Randi Nesheim – ref. 26/612233

Hei

Eg skriv på vegner av kona mi, Randi Nesheim (fnr ${sp(randi)}), som ikkje klarer å skriva sjølv no. Fullmakt ligg ved.

Vi klagar på vedtaket frå Nav Arbeid og ytelser Førde, datert 09.10.2026 og motteke 14.10.2026, om avslag på uføretrygd.

Randi har hatt alvorleg depresjon sidan 2018, med tre innleggingar. Ho har prøvd arbeidstrening to gonger, og begge gongene enda det med sjukmelding etter få veker. Nav skriv at ho ikkje har fått «tilstrekkeleg behandling», men ho har hatt samtalar på DPS i fem år og prøvd fire ulike medisinar og ECT.

Vi ber om at saka blir vurdert på nytt.

Helsing
Leif Nesheim
Nesheimsvegen 7, 5713 Vossestrand` });

  L({ b, sit: 'The couple sign the nynorsk consent.', st: 'form', t: 'consent', a: 'disability', lg: 'nn',
    ids: [randi], app, link: a, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGAR

Namn: Randi Nesheim
Fødselsnummer: ${randi}
Adresse: Nesheimsvegen 7, 5713 Vossestrand

Eg samtykkjer i at klageinstansen hentar inn opplysningar frå fastlegen, Voss DPS og Haukeland universitetssjukehus, psykiatrisk divisjon, og at ein sakkunnig psykiater kan få sjå opplysningane.

Vossestrand 20.10.2026
Randi Nesheim
(vitne: Leif Nesheim)` });

  L({ b, sit: 'A psychiatrist writes an expert statement in nynorsk on the appeals body\'s mandate.', st: 'expert-statement', t: 'expert_statement', a: 'disability', lg: 'nn',
    ids: [randi], refs: ['2026/09517'], app: ['Randi Nesheim'], link: a, text: `
SAKKUNNIG FRÅSEGN

Oppdragsgivar: klageinstansen, dykkar ref. 2026/09517
Gjeld: Randi Nesheim, fnr. ${randi}

Mandat: Vurdera om den psykiske lidinga er varig, om hensiktsmessig behandling er gjennomført, og kor mykje inntektsevna er sett ned.

Grunnlag: Journal frå Voss DPS 2018–2026, epikriser frå tre innleggingar, samtale med Randi Nesheim 12.11.2026 (90 min).

Vurdering: Tilstanden oppfyller kriteria for tilbakevendande depressiv liding, noverande episode moderat (F33.1). Ho har fått evidensbasert behandling over lang tid: kognitiv terapi, fire antidepressiva i adekvat dose, litium-augmentasjon og ECT. Vidare behandling kan lindra, men det er lite sannsynleg at ho vil få att inntektsevne av betydning.

Konklusjon: Lidinga er varig. Hensiktsmessig behandling er gjennomført. Inntektsevna er sett ned med 100 %.

Bergen, 19.11.2026
Eirik Nordbø, spesialist i psykiatri` });

  L({ b, sit: 'The same psychiatrist sends his invoice for the statement.', st: 'invoice', t: 'invoice', a: 'disability', lg: 'nn',
    refs: ['2026/09517'], app: null, link: a, text: `
Nordbø Psykiatri AS
Org.nr. 923 456 781
Kalfarveien 31, 5018 Bergen

FAKTURA nr. 2026-041

Til: Klageinstansen, Postboks 4104, 0168 Oslo
Dykkar ref.: 2026/09517

Fakturadato: 20.11.2026
Forfallsdato: 20.12.2026

Sakkunnig fråsegn, psykiatri:
 journalgjennomgang 6 t, samtale 1,5 t, skriving 3 t = 10,5 t à kr 2 100      kr 22 050
Reise Bergen–Voss t/r (tog)                                                   kr    598
Å betale                                                                       kr 22 648

Kontonummer: 3201.55.66123
KID: 2026041` });

  L({ b, sit: 'The husband comments on the transfer letter, in nynorsk.', st: 'email', t: 'comments', a: 'disability', lg: 'nn',
    ids: [randi], refs: ['26/612233'], app: ['Randi Nesheim'], rep: ['Leif Nesheim', null], link: a, text: `
Frå: Leif Nesheim
Til: post@klageinstansen.no
Emne: Merknader til oversendingsbrevet – ref. 26/612233

Vi har fått kopi av oversendingsbrevet frå Nav. Nav skriv at Randi «ikkje har prøvd ECT». Det har ho, hausten 2024 på Haukeland, tolv behandlingar. Det står i epikrisa som vi la ved klagen.

Elles ingen merknader.

Leif Nesheim, for Randi Nesheim (${randi})` });

  const oddbjorn = idFor(5, 5, 61, 158);
  L({ b, sit: 'A man in Telemark stops the deadline on an occupational-injury decision, nynorsk, by a neighbour\'s typing.', st: 'typed-letter', t: 'appeal_deadline_interrupting', a: 'occupational_injury', lg: 'nn',
    ids: [oddbjorn], refs: ['26/131577'], dd: '2026-11-12', rd: '2026-11-16', app: ['Oddbjørn Flatland', 'Flatlandsvegen 40', '3870 Fyresdal'], fi: 'Nav Arbeid og ytelser Skien', text: `
Oddbjørn Flatland
Flatlandsvegen 40
3870 Fyresdal

Nav Arbeid og ytelser Skien

Fyresdal 23.11.2026

Klage – dykkar ref. 26/131577

Eg klagar på vedtaket av 12.11.2026 (motteke 16.11.2026) om at skaden i skogen i mai ikkje er godkjend som yrkesskade.

Eg har ikkje fått skrive grunngjevinga ferdig. Ho kjem så snart eg har fått uttale frå arbeidsgivar. Eg ber om at de reknar klagefristen som avbroten.

Fødselsnummer: ${oddbjorn}

Oddbjørn Flatland` });
}
// ── ua-b17: bokmål — physiotherapy transfer from Helfo, a medical-area appeal, varied follow-ups
{
  const b = 'ua-b17';
  const hanne = idFor(12, 7, 84, 377);
  const app: [string, ...string[]] = ['Hanne Strøm', 'Rosenborg gate 9', '7014 Trondheim'];
  const t = L({ b, sit: 'Helfo sends on an appeal about refused refund for physiotherapy after a whiplash injury.', st: 'first-instance-letter', t: 'case_transfer', a: 'physiotherapy', lg: 'nb',
    ids: [hanne], refs: ['26/281190', '2026/09702'], dd: '2026-08-27', app, fi: 'Helfo', text: `
Helfo
Postboks 2415, 3104 Tønsberg

Klageinstansen

Vår ref.: 26/281190
Deres ref.: 2026/09702
Dato: 12.11.2026

Oversendelse av klage – refusjon for fysioterapi

Klager: Hanne Strøm, f.nr. ${hanne}
Adresse: Rosenborg gate 9, 7014 Trondheim

Helfo avslo i vedtak datert 27.08.2026 krav om refusjon av egenandeler for fysioterapi hos en fysioterapeut uten driftsavtale med kommunen. Klager mener hun ikke fikk time hos noen med avtale.

Helfo har vurdert klagen på nytt. Det følger av regelverket at stønad bare ytes når fysioterapeuten har driftsavtale. Vi finner ikke grunn til å endre vedtaket og sender saken til klageinstansen.

Vedlegg: klage, vedtak, kvitteringer

Med vennlig hilsen
Helfo
Ida Marie Solheim` });

  L({ b, sit: 'She comments on the transfer letter with a list of clinics she called.', st: 'typed-letter', t: 'comments', a: 'physiotherapy', lg: 'nb',
    ids: [hanne], refs: ['2026/09702'], app, link: t, text: `
Hanne Strøm
Rosenborg gate 9
7014 Trondheim

Til klageinstansen – sak 2026/09702

Merknader til Helfos oversendelse

Helfo skriver som om jeg bare kunne valgt en fysioterapeut med avtale. Jeg ringte disse i februar 2026:
- Lade Fysioterapi: ventetid 5 måneder
- Fysio Bakklandet: tok ikke nye pasienter
- Trondheim kommunes fysioterapitjeneste: satt på venteliste, aldri hørt noe
Jeg hadde så vondt i nakken etter bilulykken at jeg ikke kunne vente.

Jeg ber dere legge vekt på at kommunen ikke kunne gi meg et tilbud.

Trondheim 20.11.2026
Hanne Strøm, f.nr. ${sp(hanne)}` });

  L({ b, sit: 'Her GP writes a short declaration from a CGM Journal layout.', st: 'gp-epj-cgm', t: 'medical_declaration', a: 'physiotherapy', lg: 'nb',
    ids: [hanne], app, link: t, text: `
CGM Journal · Bakklandet legekontor · Øvre Bakklandet 60, 7013 Trondheim
Erklæring til klageinstansen                                   Utskrevet 17.11.2026

Pasient: Hanne Strøm   Fnr: ${hanne}
Adresse: Rosenborg gate 9, 7014 Trondheim

Diagnose: L83 Nakkesyndrom (ICPC-2); S13.4 Forstuing og forstrekking av halsvirvelsøylen (ICD-10)

Pasienten ble påkjørt bakfra 28.01.2026. Hun har hatt betydelige nakkesmerter og hodepine siden. Jeg henviste til fysioterapi 03.02.2026 med ønske om snarlig oppstart. Tidlig aktiv behandling er viktig ved denne typen skade for å hindre kroniske plager.

Magnus Evensen, fastlege` });

  const jorgen = idFor(23, 12, 95, 342);
  const a = L({ b, sit: 'A student appeals a refused refund for an MRI at a private clinic, in a casual e-mail.', st: 'email', t: 'appeal', a: 'medical', lg: 'nb',
    ids: [jorgen], refs: ['26/438812'], dd: '2026-11-09', rd: '2026-11-11', app: ['Jørgen Aas', 'Studentveien 12 H0204', '1432 Ås'], fi: 'Helfo', text: `
Fra: Jørgen Aas <jorgen.aas@student.nmbu.no>
Til: post@helfo.no
Emne: Klage på avslag MR - ref 26/438812

Hei!

Jeg vil klage på vedtaket av 9. nov 2026 (fikk det på Helsenorge 11.11) om at jeg ikke får refusjon for MR av kneet.

Jeg ble henvist av legevakten etter en fotballskade og fikk beskjed om at det var "haster" fordi de mistenkte korsbåndsskade. Unilabs var det eneste stedet som hadde ledig time samme uke. Jeg trodde det var vanlig refusjon siden jeg hadde henvisning. Nå sier dere at klinikken ikke har avtale med det regionale helseforetaket for den type undersøkelse?? Hvordan skulle jeg vite det.

Jeg er student og 2 900 kr er mye penger.

Mvh Jørgen Aas
Studentveien 12 H0204, 1432 Ås
${sp(jorgen)}` });

  L({ b, sit: 'The student sends a consent two weeks later, in an e-mail.', st: 'email', t: 'consent', a: 'medical', lg: 'nb',
    ids: [jorgen], app: ['Jørgen Aas'], link: a, text: `
Fra: Jørgen Aas
Til: post@klageinstansen.no
Emne: samtykke

Hei, dere ba om samtykke. Jeg samtykker herved i at dere innhenter opplysninger fra legevakten i Ås og fra Unilabs om MR-undersøkelsen og henvisningen, for å behandle klagen min.

Jørgen Aas
fødselsnummer ${jorgen}` });

  const vidar = idFor(8, 8, 62, 145);
  L({ b, sit: 'A man writes a second, calmer appeal letter after an earlier deadline-interrupting one — the case opened elsewhere, not in this batch.', st: 'typed-letter', t: 'appeal', a: 'disability', lg: 'nb',
    ids: [vidar], refs: ['26/605512'], dd: '2026-09-25', rd: '2026-09-29', app: ['Vidar Hansen', 'Fjellstuveien 2', '8800 Sandnessjøen'], fi: 'Nav Arbeid og ytelser Harstad', text: `
Vidar Hansen
Fjellstuveien 2
8800 Sandnessjøen

Nav Arbeid og ytelser Harstad

Sandnessjøen, 24.11.2026

Begrunnelse for klage – Deres ref. 26/605512

Som varslet i min foreløpige klage sender jeg nå begrunnelsen for klagen på vedtaket av 25.09.2026 om uføretrygd, som jeg mottok 29.09.2026.

Nav har satt uføregraden til 60 %. Jeg mener den skal være 100 %. Jeg har etter hjerneslaget i 2024 ikke klart mer enn to timer i strekk med noe som helst, og arbeidsutprøvingen i VTA-bedriften ble avsluttet etter tre uker. Uttalelsen fra nevropsykolog ligger ved.

Med hilsen
Vidar Hansen
fnr. ${vidar}` });
}
// ── ua-b18: Swedish, English and Danish writers
{
  const b = 'ua-b18';
  const maja = idFor(17, 10, 67, 224);
  const app: [string, ...string[]] = ['Maja Persson', 'Vestsidevegen 18', '2420 Trysil'];
  const a = L({ b, sit: 'A Swedish-born woman in Trysil appeals, in Swedish, a refused travel refund for chemotherapy in Elverum.', st: 'typed-letter', t: 'appeal', a: 'patient_travel', lg: 'sv',
    ids: [maja], refs: ['PR-2026-212337'], dd: '2026-10-30', rd: '2026-11-03', app, fi: 'Pasientreiser Sykehuset Innlandet', text: `
Maja Persson
Vestsidevegen 18
2420 Trysil

Pasientreiser, Sykehuset Innlandet

Trysil den 12 november 2026

Överklagande av beslut – ert saksnr. PR-2026-212337

Jag överklagar beslutet av den 30 oktober 2026, som jag fick den 3 november, där ni nekar mig ersättning för resor med egen bil till cellgiftsbehandling på sjukhuset i Elverum.

Ni skriver att det finns buss. Men efter behandlingen mår jag mycket illa och kräks, och min onkolog har sagt att jag inte ska åka kollektivt på grund av infektionsrisken. Resan tar 3 timar med buss och byte i Elverum.

Jag ber att beslutet ändras.

Norskt personnummer: ${sp(maja)}

Med vänlig hälsning
Maja Persson` });

  L({ b, sit: 'She fills in the consent form in Swedish.', st: 'form', t: 'consent', a: 'patient_travel', lg: 'sv',
    ids: [maja], app, link: a, text: `
SAMTYCKE TILL INHÄMTNING AV UPPGIFTER

Namn: Maja Persson
Norskt personnummer: ${maja}
Adress: Vestsidevegen 18, 2420 Trysil

Jag samtycker till att klageinstansen hämtar in uppgifter från min onkolog på Sykehuset Innlandet Elverum och från min läkare på Trysil legesenter, som behövs för mitt överklagande om reseersättning.

Trysil 19.11.2026
Maja Persson` });

  L({ b, sit: 'She comments in Swedish on the travel service\'s transfer letter.', st: 'email', t: 'comments', a: 'patient_travel', lg: 'sv',
    ids: [maja], refs: ['PR-2026-212337'], app: ['Maja Persson'], link: a, text: `
Från: Maja Persson
Till: post@klageinstansen.no
Ämne: Synpunkter på oversendelsesbrevet, ert saksnr. PR-2026-212337

Hej. Jag har läst brevet där Pasientreiser skickar mitt ärende till er. De skriver att "pasienten har ikke dokumentert behov for bil". Men intyget från min onkolog låg med i mitt överklagande, daterat 5 november. Jag bifogar det igen.

Inga andra synpunkter.
Maja Persson, ${maja}` });

  const david = idFor(30, 4, 85, 412);
  const di = L({ b, sit: 'An American engineer in Stavanger e-mails in English to stop the deadline on a blue-prescription refusal.', st: 'email', t: 'appeal_deadline_interrupting', a: 'pharmacy', lg: 'en',
    ids: [david], refs: ['26/381456'], dd: '2026-11-13', app: ['David Miller', 'Eiganesveien 55', '4009 Stavanger'], fi: 'Helfo', text: `
From: David Miller <dmiller@fastmail.com>
To: post@klageinstansen.no
Subject: Appeal - blue prescription - ref 26/381456

Hello,

I am writing to appeal Helfo's decision of 13 November 2026, your ref. 26/381456 – refusing reimbursement of my insulin pump supplies and the GLP-1 drug my endocrinologist prescribed.

I need a bit more time to get a letter from my specialist at SUS, who is away. Please register this as my appeal so the deadline is kept; detailed reasons will follow within a few weeks.

National ID: ${sp(david)}
Eiganesveien 55, 4009 Stavanger

Thanks,
David Miller` });

  L({ b, sit: 'Two weeks later he sends his detailed reasons in English, now a full appeal.', st: 'email', t: 'appeal', a: 'pharmacy', lg: 'en',
    ids: [david], refs: ['26/381456'], dd: '2026-11-13', app: ['David Miller'], fi: 'Helfo', link: di, text: `
From: David Miller <dmiller@fastmail.com>
To: post@klageinstansen.no
Subject: RE: Appeal - blue prescription - ref 26/381456 - reasons

Hello again,

As promised, here are my reasons for the appeal against the decision of 13.11.2026.

Helfo says the GLP-1 drug is only reimbursed for type 2 diabetes. I have type 1 diabetes, but also severe insulin resistance (I use more than 2 units/kg/day), and my endocrinologist, Dr. Kari Tjelta at SUS, has written that the drug is medically necessary to get my HbA1c under control. Her letter is attached.

I ask that the decision is changed under the individual reimbursement rules.

David Miller
${david}

> On 24 Nov 2026, at 09:12, post@klageinstansen.no wrote:
> We confirm receipt of your appeal. Please send your reasons as soon as possible.` });

  const lone = idFor(4, 6, 59, 133);
  L({ b, sit: 'A Danish woman appeals to Trygderetten in Danish against the appeals body\'s disability decision.', st: 'typed-letter', t: 'tribunal_appeal', a: 'disability', lg: 'da',
    ids: [lone], refs: ['2026/02976'], dd: '2026-10-29', rd: '2026-11-04', app: ['Lone Damgaard', 'Vestergade 12', '8000 Aarhus C'], text: `
Lone Damgaard
Vestergade 12
8000 Aarhus C
Danmark

Til klageinstansen

Aarhus, den 25. november 2026

Anke til Trygderetten – sag 2026/02976

Jeg anker hermed klageinstansens afgørelse af 29. oktober 2026, som jeg modtog den 4. november 2026, til Trygderetten.

Jeg er uenig i, at min erhvervsevne kun er nedsat med 50 %. Den danske lægeerklæring, som I ikke har oversat, viser, at jeg ikke kan arbejde mere end 8 timer om ugen.

Norsk fødselsnummer: ${sp(lone)}

Med venlig hilsen
Lone Damgaard` });

  const niels = idFor(19, 12, 76, 208);
  L({ b, sit: 'A Dane writes a short note in Danish with a new address for his occupational-injury case.', st: 'handwritten-note', t: 'correspondence', a: 'occupational_injury', lg: 'da',
    ids: [niels], refs: ['2026/05884'], app: ['Niels Poulsen', 'Havnegade 3', '6700 Esbjerg'], text: `
Til klageinstansen, sag 2026/05884

Jeg er flyttet tilbage til Danmark. Min nye adresse er:
Niels Poulsen
Havnegade 3
6700 Esbjerg

Send venligst breve til den adresse fremover. Jeg har også skiftet telefonnummer, det nye er +45 21 44 87 10. Mit norske personnummer er ${niels}.

Hilsen Niels Poulsen` });
}
// ── ua-b19: bokmål — a sick-pay transfer from Lillehammer; dental deadline-interrupting and reopening
{
  const b = 'ua-b19';
  const camilla = idFor(29, 3, 89, 287);
  const app: [string, ...string[]] = ['Camilla Nordli', 'Sigrid Undsets veg 14', '2615 Lillehammer'];
  const t = L({ b, sit: 'Nav Arbeid og ytelser Lillehammer sends on an appeal where sick pay was refused for missing the sick-note deadline.', st: 'first-instance-letter', t: 'case_transfer', a: 'sick_pay', lg: 'nb',
    ids: [camilla], refs: ['26/94420', '2026/09911'], dd: '2026-09-24', app, fi: 'Nav Arbeid og ytelser Lillehammer', text: `
Nav Arbeid og ytelser Lillehammer
Postboks 6600 Etterstad, 0607 Oslo

Klageinstansen

Vår ref.: 26/94420     Deres ref.: 2026/09911
Dato: 16.11.2026

OVERSENDELSE AV KLAGESAK – SYKEPENGER

Bruker: Camilla Nordli (fnr. ${sp(camilla)})
Adresse: Sigrid Undsets veg 14, 2615 Lillehammer

Nav avslo i vedtak 24.09.2026 krav om sykepenger for perioden 01.05.2026–31.05.2026 fordi søknaden kom inn mer enn tre måneder etter utløpet av måneden, jf. folketrygdloven § 22-13 tredje ledd.

Bruker anfører at hun var for syk til å søke, og at hun trodde arbeidsgiver hadde sendt søknaden. Vi har vurdert klagen, men finner ikke at vilkårene for å sette fristen til side er oppfylt. Saken sendes til klageinstansen.

Vedlagt: klage, vedtak, sykmeldinger, søknad.

Med hilsen
Nav Arbeid og ytelser Lillehammer` });

  L({ b, sit: 'She comments, emotional, on Nav\'s transfer letter.', st: 'email', t: 'comments', a: 'sick_pay', lg: 'nb',
    ids: [camilla], refs: ['2026/09911'], app: ['Camilla Nordli'], link: t, text: `
Fra: Camilla Nordli
Til: post@klageinstansen.no
Emne: Merknader – sak 2026/09911

Hei
Jeg har lest brevet Nav sendte dere. Det står at jeg "ikke har dokumentert" at jeg var for syk til å søke. I mai og juni var jeg innlagt på Sanderud etter en fødselsdepresjon. Jeg kunne knapt ta vare på meg selv, langt mindre fylle ut skjemaer på nav.no. Epikrisen ligger ved nå.

Jeg håper dere ser at dette er helt spesielle grunner.

Camilla Nordli
${camilla}` });

  L({ b, sit: 'The psychiatric hospital\'s discharge summary she enclosed.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'sick_pay', lg: 'nb',
    ids: [camilla], app, link: t, text: `
Sykehuset Innlandet HF
Divisjon psykisk helsevern, Sanderud

EPIKRISE

Pasient: Camilla Nordli    Fødselsnr.: ${camilla}
Adresse: Sigrid Undsets veg 14, 2615 Lillehammer
Innlagt: 04.05.2026   Utskrevet: 19.06.2026

Diagnose: F53.0 Lette psykiske lidelser og atferdsforstyrrelser i forbindelse med barseltid; F32.2 Alvorlig depressiv episode uten psykotiske symptomer

Innlagt etter henvisning fra legevakt med alvorlig depresjon og suicidale tanker fem uker post partum. Forløp med gradvis bedring på sertralin og miljøterapi. Ved utskrivning stabil, men fortsatt betydelig nedsatt funksjon; trenger tett oppfølging av DPS.

Pasienten var i hele innleggelsen ute av stand til å ivareta egne praktiske og økonomiske forhold.

Ola Bergum, overlege` });

  L({ b, sit: 'She sends the consent.', st: 'form', t: 'consent', a: 'sick_pay', lg: 'nb',
    ids: [camilla], app, link: t, text: `
SAMTYKKE

Jeg samtykker til at klageinstansen innhenter helseopplysninger om meg fra Sykehuset Innlandet (Sanderud og DPS Lillehammer) og fastlegen min, for å behandle klagen om sykepenger.

Navn: Camilla Nordli
F.nr.: ${camilla}
Adresse: Sigrid Undsets veg 14, 2615 Lillehammer
Dato/sign.: 21.11.2026 Camilla Nordli` });

  const geirmund = idFor(11, 11, 57, 320);
  L({ b, sit: 'A man interrupts the deadline on a refused dental grant, worded as "foreløpig klage".', st: 'typed-letter', t: 'appeal_deadline_interrupting', a: 'dental', lg: 'nb',
    ids: [geirmund], refs: ['26/299871'], dd: '2026-11-17', app: ['Geirmund Tangen', 'Tangenveien 6', '1870 Ørje'], fi: 'Helfo', text: `
Geirmund Tangen
Tangenveien 6
1870 Ørje

Helfo

Ørje, 25.11.2026

FORELØPIG KLAGE – Deres ref. 26/299871

Jeg klager på vedtak av 17.11.2026 om avslag på stønad til implantater etter at jeg mistet tenner på grunn av munntørrhet fra strålebehandling.

Jeg trenger uttalelse fra kjevekirurg på Ullevål før jeg kan skrive en fullstendig klage, og timen er ikke før i januar. Jeg ber derfor om at denne klagen regnes som rettidig, og at jeg får frist til å ettersende begrunnelse.

Fnr.: ${geirmund}

Med hilsen
Geirmund Tangen` });

  const ellen = idFor(1, 8, 63, 108);
  L({ b, sit: 'A woman asks for reopening of a dental case decided last spring, now with the specialist\'s statement.', st: 'email', t: 'reopening_request', a: 'dental', lg: 'nb',
    ids: [ellen], refs: ['2025/13002'], dd: '2026-04-09', app: ['Ellen Brattli', 'Brattliveien 40', '1396 Billingstad'], text: `
Fra: Ellen Brattli
Til: post@klageinstansen.no
Emne: Anmodning om gjenopptakelse av sak 2025/13002

Hei,

Klageinstansen avslo klagen min om tannbehandling ved vedtak datert 9. april 2026, fordi det ikke var dokumentert at tanntapet skyldtes sykdom (Sjögrens syndrom). Nå har revmatologen på Rikshospitalet endelig bekreftet diagnosen, og skriver at tannskadene er en direkte følge av sykdommen. Uttalelsen ligger ved.

Jeg ber om at saken gjenopptas og at vedtaket omgjøres.

Med vennlig hilsen
Ellen Brattli
Brattliveien 40, 1396 Billingstad
f.nr. ${sp(ellen)}` });
}
// ── ua-b20: nynorsk — an AAP appeal from Sogn and its follow-ups; treatment abroad
{
  const b = 'ua-b20';
  const eirin = idFor(6, 9, 91, 275);
  const app: [string, ...string[]] = ['Eirin Fardal', 'Fardalsvegen 21', '6863 Leikanger'];
  const a = L({ b, sit: 'A young woman appeals in nynorsk that her AAP was refused because she was "not ill enough".', st: 'handwritten-note', t: 'appeal', a: 'work_assessment', lg: 'nn',
    ids: [eirin], dd: '2026-11-03', rd: '2026-11-06', app, fi: 'Nav Sogndal', text: `
Til Nav Sogndal

Klage på vedtak om AAP

Eg fekk brevet dykkar (datert 3.11.2026) den 6. november. De skriv at arbeidsevna mi ikkje er nedsett nok på grunn av sjukdom. Det er eg usamd i.

Eg har Crohns sjukdom og har vore operert to gonger i år. Eg må på do opptil 15 gonger om dagen i dårlege periodar, og eg kan ikkje ha ein jobb der eg ikkje kan gå når eg må. Eg er 35 og vil gjerne jobba, men eg treng hjelp til å finna noko som passar.

Eg ber om at de ser på saka ein gong til.

Eirin Fardal
Fardalsvegen 21, 6863 Leikanger
${sp(eirin)}` });

  L({ b, sit: 'Her GP\'s nynorsk declaration, from a System X layout.', st: 'gp-epj-systemx', t: 'medical_declaration', a: 'work_assessment', lg: 'nn',
    ids: [eirin], app, link: a, text: `
SYSTEM X — Leikanger legekontor — Sognevegen 2, 6863 Leikanger
================================================================
LEGEERKLÆRING VED KLAGE
Pasient: FARDAL, EIRIN                 Fnr: ${eirin}
Adresse: Fardalsvegen 21, 6863 Leikanger
================================================================
Diagnose: D94 Kronisk enteritt/ulcerøs kolitt (ICPC-2); K50.9 Crohns sjukdom, uspesifisert (ICD-10)

Pasienten har hatt aktiv Crohns sjukdom sidan 2019, med tarmreseksjon i februar og juni 2026. Ho har framleis periodar med høg avføringsfrekvens, smerter og utmatting. Biologisk behandling er starta opp på nytt.

Arbeidsevna er etter mi vurdering nedsett med minst halvparten. Ho treng arbeidsretta tiltak med tilrettelegging, og har klart nytte av AAP i ein overgangsperiode.

Leikanger 13.11.2026
Bård Hovland, fastlege` });

  L({ b, sit: 'She returns the nynorsk consent.', st: 'form', t: 'consent', a: 'work_assessment', lg: 'nn',
    ids: [eirin], app, link: a, text: `
SAMTYKKE

Eg, Eirin Fardal (fnr. ${eirin}), Fardalsvegen 21, 6863 Leikanger, samtykkjer i at klageinstansen hentar inn opplysningar frå Leikanger legekontor og Helse Førde (kirurgisk og medisinsk avdeling) i klagesaka om arbeidsavklaringspengar. Samtykket gjeld berre denne saka.

Leikanger, 16.11.2026
Eirin Fardal` });

  L({ b, sit: 'She comments on Nav Sogndal\'s transfer letter in nynorsk.', st: 'email', t: 'comments', a: 'work_assessment', lg: 'nn',
    ids: [eirin], app: ['Eirin Fardal'], link: a, text: `
Frå: Eirin Fardal
Til: post@klageinstansen.no
Emne: Merknad til oversendinga frå Nav Sogndal

Hei. I oversendingsbrevet står det at eg «ikkje har opplyst om behandling». Eg har vore operert to gonger i år og går på biologisk medisin, og det står i legeerklæringa som fastlegen sende dykk. Eg har ingen andre merknader.

Eirin Fardal, fnr ${eirin}` });

  const steinar = idFor(24, 2, 66, 197);
  L({ b, sit: 'A man in nynorsk interrupts the deadline on a refused refund for surgery in Germany.', st: 'email', t: 'appeal_deadline_interrupting', a: 'treatment_abroad', lg: 'nn',
    ids: [steinar], refs: ['26/402871'], dd: '2026-11-18', rd: '2026-11-20', app: ['Steinar Myrvang', 'Myrvangvegen 3', '6823 Sandane'], fi: 'Helfo Utland', text: `
Frå: Steinar Myrvang
Til: post@helfo.no
Emne: Klage – dykkar ref. 26/402871

Hei

Eg klagar på vedtaket frå Helfo Utland av 18.11.2026, motteke 20.11.2026, om refusjon for ryggoperasjonen i München.

Eg manglar framleis omsette papir frå klinikken, og vil senda ei fullstendig grunngjeving så snart eg har dei. Eg ber om at klagefristen blir rekna som avbroten med denne e-posten.

Fnr. ${sp(steinar)}
Steinar Myrvang, Myrvangvegen 3, 6823 Sandane` });

  const aud = idFor(13, 4, 51, 166);
  L({ b, sit: 'An elderly nynorsk writer asks why she has heard nothing in her case, not in this batch.', st: 'handwritten-note', t: 'correspondence', a: 'medical', lg: 'nn',
    ids: [aud], refs: ['2026/06610'], app: ['Aud Eikrem', 'Eikremsvegen 5', '6390 Vestnes'], text: `
Til klageinstansen

Sak 2026/06610

Eg klaga i sommar på at eg ikkje fekk dekt eigendelane for behandling på Moldeklinikken. Sidan har eg ikkje høyrt noko. Er saka komen bort? Eg vil gjerne ha eit svar.

Aud Eikrem
Eikremsvegen 5, 6390 Vestnes
f.nr ${aud}` });
}
// ── ua-b21: bokmål — "jeg klager, men rekker ikke å skrive alt nå", then Nav's transfer of the same case
{
  const b = 'ua-b21';
  const morten = idFor(25, 7, 80, 356);
  const app: [string, ...string[]] = ['Morten Halvorsen', 'Lervigsveien 17', '4014 Stavanger'];
  const di = L({ b, sit: 'A man on AAP scribbles that he appeals but has no time to write everything now, more will come.', st: 'handwritten-note', t: 'appeal_deadline_interrupting', a: 'work_assessment', lg: 'nb',
    ids: [morten], dd: '2026-10-12', app, fi: 'Nav', text: `
Til Nav

Jeg klager på vedtaket datert 12.10.2026 om at AAP skal stanses fra 1. desember. Jeg rekker ikke å skrive alt nå, flytter og har mye med barna. Sender mer så fort jeg kan, i alle fall før jul.

Morten Halvorsen
Lervigsveien 17, 4014 Stavanger
${sp(morten)}` });

  L({ b, sit: 'Nav Arbeid og ytelser Stavanger later transfers the same case, after the grounds came in.', st: 'first-instance-letter', t: 'case_transfer', a: 'work_assessment', lg: 'nb',
    ids: [morten], refs: ['26/73391'], dd: '2026-10-12', app, fi: 'Nav Arbeid og ytelser Stavanger', link: di, text: `
NAV ARBEID OG YTELSER STAVANGER

Klageinstansen
Postboks 4104, 0168 Oslo

Vår ref.: 26/73391        Dato: 24.11.2026

Oversendelse av klagesak – arbeidsavklaringspenger

Klager: Morten Halvorsen, f.nr. ${morten}
Adresse: Lervigsveien 17, 4014 Stavanger

Klageren har klaget på vedtak datert 12.10.2026 om stans av arbeidsavklaringspenger fordi han ikke lenger har behov for arbeidsrettet tiltak, jf. folketrygdloven § 11-6. Foreløpig klage kom inn 20.10.2026, og begrunnelse 15.11.2026.

Klageren mener han fortsatt trenger oppfølging, fordi han ikke har fått jobb etter kurset. Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket; behovet for bistand er ikke lenger knyttet til helseproblemer.

Sakens dokumenter er vedlagt.

Med hilsen
Nav Arbeid og ytelser Stavanger
Eli Kvernland` });

  L({ b, sit: 'He comments on the transfer letter, a bit confused about what it is.', st: 'email', t: 'comments', a: 'work_assessment', lg: 'nb',
    ids: [morten], refs: ['26/73391'], app: ['Morten Halvorsen'], link: di, text: `
Fra: Morten Halvorsen
Til: post@klageinstansen.no
Emne: brevet fra nav, ref 26/73391

Hei, jeg har fått et brev om at saken er sendt til dere og at jeg kan komme med merknader. Jeg vet ikke helt hva jeg skal skrive, men det Nav sier om at jeg ikke har helseproblemer stemmer ikke. Jeg har fortsatt behandling hos psykolog hver uke for PTSD, se vedlegg. Kurset var et jobbsøkerkurs, ikke behandling.

Morten Halvorsen, ${morten}` });

  const kjell = idFor(3, 3, 58, 118);
  L({ b, sit: 'A man appeals the appeals body\'s sick-pay decision to Trygderetten in a very short e-mail.', st: 'email', t: 'tribunal_appeal', a: 'sick_pay', lg: 'nb',
    ids: [kjell], refs: ['2026/05021'], dd: '2026-11-05', app: ['Kjell Inge Berg', 'Bergsveien 12', '2322 Ridabu'], text: `
Fra: Kjell Inge Berg
Til: post@klageinstansen.no
Emne: Anke sak 2026/05021

Jeg anker vedtaket deres av 05.11.2026 til Trygderetten. Begrunnelse: det samme som i klagen, dere har ikke lagt vekt på spesialisterklæringen.

Kjell Inge Berg
Bergsveien 12, 2322 Ridabu
fnr ${kjell}` });

  const nina = idFor(16, 5, 86, 190);
  L({ b, sit: 'A woman who won her dental appeal asks, without a lawyer, to have her dentist\'s statement fee covered.', st: 'email', t: 'legal_costs_claim', a: 'dental', lg: 'nb',
    ids: [nina], refs: ['2026/04170'], dd: '2026-11-12', app: ['Nina Holt', 'Holtveien 3', '3911 Porsgrunn'], text: `
Fra: Nina Holt
Til: post@klageinstansen.no
Emne: Krav om dekning av utgifter – sak 2026/04170

Hei,

Jeg fikk medhold i klagen min i vedtaket 12.11.2026, tusen takk. For å få dokumentert saken måtte jeg betale tannlegen for en spesialisterklæring, kr 1 850, og for kopi av røntgenbilder, kr 350. Jeg har forstått at jeg kan kreve dette dekket etter forvaltningsloven § 36, siden vedtaket ble endret til min gunst. Kvitteringene ligger ved.

Kontonummer: 1503.22.98765

Nina Holt
Holtveien 3, 3911 Porsgrunn
${nina}` });

  const tom = idFor(22, 10, 83, 471);
  L({ b, sit: 'An Englishman sends his signed consent with a short cover e-mail, for a case not in this batch.', st: 'email', t: 'consent', a: 'occupational_injury', lg: 'en',
    ids: [tom], refs: ['2026/07290'], app: ['Thomas Wright', 'Havnegata 11', '7010 Trondheim'], text: `
From: Thomas Wright
To: post@klageinstansen.no
Subject: Consent - case 2026/07290

Hello,

As requested, I hereby consent to the appeals body obtaining medical records and information about my injury at work from St. Olavs hospital, my GP at Solsiden legesenter and my employer's occupational health service, for use in my appeal.

Thomas Wright
National ID ${tom}
Havnegata 11, 7010 Trondheim` });
}
// ── ua-b22: bokmål — surgery in Sweden; a physiotherapist sanctioned by Helfo
{
  const b = 'ua-b22';
  const odd = idFor(9, 12, 60, 233);
  const app: [string, ...string[]] = ['Odd Arne Skjelbred', 'Skjelbredveien 4', '1772 Halden'];
  const a = L({ b, sit: 'A man from Halden appeals Helfo Utland\'s refusal to refund a knee replacement he had in Strömstad.', st: 'typed-letter', t: 'appeal', a: 'treatment_abroad', lg: 'nb',
    ids: [odd], refs: ['26/155903'], dd: '2026-10-22', rd: '2026-10-27', app, fi: 'Helfo Utland', text: `
Odd Arne Skjelbred
Skjelbredveien 4
1772 Halden

Helfo Utland

Halden, 18. november 2026

Klage på vedtak – Deres ref. 26/155903

Jeg klager på vedtaket deres av 22. oktober 2026, som jeg mottok 27. oktober, om at jeg bare får dekket en del av utgiftene til nytt kne ved sykehuset i Strömstad.

Helfo har beregnet refusjonen etter hva operasjonen ville kostet ved Sykehuset Østfold. Men dere har ikke tatt med reise og overnatting, og dere har trukket fra egenandel to ganger. Regnestykket i vedtaket går rett og slett ikke opp.

Jeg ber om at beregningen gjøres på nytt, og at jeg får dekket det jeg har krav på etter EØS-reglene.

Fødselsnummer: ${sp(odd)}

Med vennlig hilsen
Odd Arne Skjelbred` });

  L({ b, sit: 'He sends the Swedish hospital\'s discharge note with a short Norwegian cover line — the note is the document.', st: 'hospital-epikrise', t: 'medical_declaration', a: 'treatment_abroad', lg: 'sv',
    ids: [odd], app: ['Odd Arne Skjelbred'], link: a, text: `
Strömstads sjukhus
Ortopedkliniken

EPIKRIS

Patient: Odd Arne Skjelbred, norskt personnummer ${odd}
Inskriven: 2026-06-08   Utskriven: 2026-06-11

Diagnos: M17.1 Primär gonartros, vänster knä
Åtgärd: Total knäprotes vänster (NGB 49)

Förlopp: Okomplicerad operation i spinalbedövning. Mobiliserad dag 1 med rollator. Sårskötsel utan anmärkning. Smärtlindring med paracetamol och oxikodon, nedtrappas.

Uppföljning: Sjukgymnastik i hemkommunen (Halden), stygnborttagning efter 14 dagar, återbesök efter 3 månader.

Dr. Anders Nyström, överläkare

(Til klageinstansen: her er epikrisen fra Sverige. Hilsen Odd Arne S.)` });

  L({ b, sit: 'He returns the consent.', st: 'form', t: 'consent', a: 'treatment_abroad', lg: 'nb',
    ids: [odd], app, link: a, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGER

Navn: Odd Arne Skjelbred         F.nr.: ${odd}
Adresse: Skjelbredveien 4, 1772 Halden

Jeg samtykker i at klageinstansen innhenter opplysninger fra Strömstads sjukhus, Sykehuset Østfold (ventetid) og fastlegen min i Halden, til bruk i klagesaken om refusjon for kneoperasjonen.

Halden 24.11.26
Odd Arne Skjelbred` });

  L({ b, sit: 'His wife e-mails the hotel and travel receipts as an addition to the appeal.', st: 'email', t: 'correspondence', a: 'treatment_abroad', lg: 'nb',
    ids: [odd], refs: ['26/155903'], app: ['Odd Arne Skjelbred'], link: a, text: `
Fra: Turid Skjelbred
Til: post@klageinstansen.no
Emne: Ettersending – Odd Arne Skjelbred, ref. 26/155903

Hei. Jeg sender kvitteringer for hotell i Strömstad (3 netter) og bensin, som Odd Arne nevnte i klagen sin. Han har ikke e-post selv. Fødselsnummeret hans er ${odd}.

Vennlig hilsen Turid Skjelbred` });

  const siv = idFor(27, 11, 77, 344);
  const p = L({ b, sit: 'Helfo Behandlere transfers a physiotherapist\'s appeal against a sanction for billing while on leave.', st: 'first-instance-letter', t: 'case_transfer', a: 'practitioner_sanctions', lg: 'nb',
    ids: [siv], refs: ['25/97710-8', '2026/10044'], dd: '2026-08-20', app: ['Siv Kristin Hauge', 'Hauge Fysioterapi, Torggata 15', '2317 Hamar'], fi: 'Helfo Behandlere', text: `
HELFO BEHANDLERE
Postboks 2415, 3104 Tønsberg

Klageinstansen

Vår ref.: 25/97710-8
Deres ref.: 2026/10044
Dato: 18.11.2026

Oversendelse av klage – folketrygdloven § 25-7a

Behandler: fysioterapeut Siv Kristin Hauge, f.nr. ${siv}
Adresse: Hauge Fysioterapi, Torggata 15, 2317 Hamar

Helfo ila ved vedtak av 20.08.2026 et overtredelsesgebyr på kr 60 000, fordi det i perioden 01.03.–30.04.2025 ble sendt refusjonskrav for behandlinger utført av en vikar uten rett til direkte oppgjør, i fysioterapeutens navn.

Hauge har klaget og anfører at hun ikke kjente til at vikaren brukte hennes brukernavn. Helfo har vurdert klagen, men mener at ansvaret for refusjonskravene ligger hos den som har avtalen. Vedtaket opprettholdes.

Klage, vedtak og kontrollrapport følger vedlagt.

Helfo Behandlere
Kristoffer Lie` });

  L({ b, sit: 'The physiotherapist comments tersely on the transfer.', st: 'email', t: 'comments', a: 'practitioner_sanctions', lg: 'nb',
    ids: [siv], refs: ['2026/10044'], app: ['Siv Kristin Hauge'], link: p, text: `
Fra: Siv Kristin Hauge <siv@haugefysio.no>
Til: post@klageinstansen.no
Emne: Merknader – sak 2026/10044

Helfo skriver at jeg «måtte ha forstått» at vikaren sendte krav i mitt navn. Jeg var i foreldrepermisjon og logget ikke inn i journalsystemet en eneste gang i perioden, det viser loggen fra leverandøren som jeg legger ved. Jeg har betalt tilbake hele beløpet frivillig.

Ingen øvrige merknader.
Siv Kristin Hauge, ${siv}` });
}
// ── ua-b23: a guardian (verge) writes; loose follow-ups
{
  const b = 'ua-b23';
  const petter = idFor(18, 1, 97, 389);
  const app: [string, ...string[]] = ['Petter Solum', 'Solumveien 33', '3616 Kongsberg'];
  const a = L({ b, sit: 'A court-appointed guardian appeals a refused disability benefit for a young man with autism.', st: 'typed-letter', t: 'appeal', a: 'disability', lg: 'nb',
    ids: [petter], refs: ['26/619004'], dd: '2026-11-06', rd: '2026-11-10', app, rep: ['Gro Anita Lien', null, 'Postboks 88', '3602 Kongsberg'], fi: 'Nav Arbeid og ytelser Drammen', text: `
Gro Anita Lien
Oppnevnt verge
Postboks 88
3602 Kongsberg

Nav Arbeid og ytelser Drammen

Kongsberg, 26.11.2026

Klage på vedtak om uføretrygd – Petter Solum, f.nr. ${sp(petter)}
Deres referanse: 26/619004

Jeg er oppnevnt som verge for Petter Solum, Solumveien 33, 3616 Kongsberg, av Statsforvalteren i Oslo og Viken (vergefullmakt vedlagt). På hans vegne klager jeg på vedtaket av 6. november 2026, mottatt 10. november, om avslag på uføretrygd som ung ufør.

Petter har autismespekterforstyrrelse og lett psykisk utviklingshemming, diagnostisert før fylte 26 år. Han har aldri vært i ordinært arbeid og har behov for tilsyn store deler av døgnet. Nav skriver at det «ikke er prøvd tiltak», men han har vært i varig tilrettelagt arbeid (VTA) i fire år, og det er ikke realistisk at han skal kunne mer enn det.

Vi ber om at vedtaket endres.

Med vennlig hilsen
Gro Anita Lien
verge` });

  L({ b, sit: 'The guardian signs the consent on his behalf.', st: 'form', t: 'consent', a: 'disability', lg: 'nb',
    ids: [petter], app, rep: ['Gro Anita Lien', null], link: a, text: `
SAMTYKKE TIL INNHENTING AV OPPLYSNINGER

Gjelder: Petter Solum, f.nr. ${petter}, Solumveien 33, 3616 Kongsberg

Som oppnevnt verge samtykker jeg på vegne av Petter Solum i at klageinstansen innhenter opplysninger fra fastlege, habiliteringstjenesten i Vestre Viken og VTA-bedriften Kongsberg Arbeidssenter.

Kongsberg 26.11.2026
Gro Anita Lien, verge` });

  L({ b, sit: 'The habilitation service sends a declaration through the GP\'s EPJ (Infodoc), confirming the diagnoses.', st: 'gp-epj-infodoc', t: 'medical_declaration', a: 'disability', lg: 'nb',
    ids: [petter], app, link: a, text: `
Infodoc Plenario · Kongsberg legesenter · Kirkegata 1, 3616 Kongsberg

LEGEERKLÆRING
Pasient: Petter Solum, født 18.01.1997, fnr. ${petter}
Adresse: Solumveien 33, 3616 Kongsberg

Diagnoser: F84.0 Barneautisme; F70.1 Lett psykisk utviklingshemming; ICPC-2 P85 Psykisk utviklingshemming

Diagnosene ble stilt ved BUP Kongsberg i 2004 og bekreftet av habiliteringstjenesten for voksne i 2016. Pasienten trenger støtte i alle praktiske gjøremål og kan ikke reise alene. Han har vært i VTA 20 timer i uken siden 2022. Inntektsevnen er varig og helt tapt; det er ingen behandling som kan ventes å endre dette.

Kongsberg 27.11.2026
Trond Helge Amundsen, fastlege` });

  const liv = idFor(10, 6, 55, 261);
  L({ b, sit: 'A nynorsk writer asks for reopening of an occupational-injury decision after an earlier accident report turned up.', st: 'typed-letter', t: 'reopening_request', a: 'occupational_injury', lg: 'nn',
    ids: [liv], refs: ['2026/01998'], dd: '2026-07-01', app: ['Liv Øyre', 'Øyrevegen 11', '6150 Ørsta'], text: `
Liv Øyre
Øyrevegen 11
6150 Ørsta

Klageinstansen

Ørsta 21.11.2026

Oppmoding om å ta opp att sak 2026/01998

De avslo klagen min om yrkesskade i vedtak av 01.07.2026, fordi det ikkje fanst nokon skademelding frå 2019. No har den tidlegare arbeidsgivaren min funne skademeldinga i eit arkiv, med underskrift frå verneombodet. Ho ligg ved.

Eg ber om at saka vert teken opp att på grunnlag av dette nye dokumentet.

Fødselsnummer: ${sp(liv)}

Venleg helsing
Liv Øyre` });

  const bjorn = idFor(28, 8, 52, 101);
  L({ b, sit: 'Trygderetten\'s ruling dismissing a late appeal in a medical-area refund case.', st: 'tribunal-ruling', t: 'tribunal_ruling', a: 'medical', lg: 'nb',
    ids: [bjorn], refs: ['26-003315', '2026/00872'], dd: '2026-05-20', app: ['Bjørn Tveter', 'Tveterveien 2', '1580 Rygge'], text: `
TRYGDERETTEN

KJENNELSE

Trygderettens saksnr.: 26-003315
Avsagt: 24.11.2026

Ankende part: Bjørn Tveter, f.nr. ${bjorn}, Tveterveien 2, 1580 Rygge
Ankemotpart: Klageinstansen, saksnr. 2026/00872

Saken gjelder: Refusjon av utgifter til legehjelp, og spørsmål om ankefristen er overholdt.

Anken gjelder klageinstansens vedtak av 20.05.2026. Anken kom inn 14.08.2026, etter at ankefristen på seks uker var ute. Trygderetten finner ikke at det foreligger særlige grunner som tilsier at anken likevel tas under behandling, jf. trygderettsloven § 11.

Slutning:
Anken avvises.

Hanne Wiik (sign.)` });
}
// ── ua-b24: bokmål — a physiotherapy appeal with a quoted e-mail thread; loose ends
{
  const b = 'ua-b24';
  const rolf = idFor(5, 9, 71, 198);
  const app: [string, ...string[]] = ['Rolf Engebretsen', 'Engeveien 28', '3209 Sandefjord'];
  const a = L({ b, sit: 'A man with MS forwards his e-mail exchange with Helfo and states he appeals the refusal of physiotherapy refund.', st: 'email', t: 'appeal', a: 'physiotherapy', lg: 'nb',
    ids: [rolf], refs: ['26/284433'], dd: '2026-11-02', rd: '2026-11-04', app, fi: 'Helfo', text: `
Fra: Rolf Engebretsen <rolf.engebretsen@icloud.com>
Til: post@klageinstansen.no
Dato: 25.11.2026 22:03
Emne: VS: Svar på henvendelse – ref. 26/284433

Hei. Jeg videresender svaret fra Helfo. Jeg er uenig og klager på vedtaket av 2.11.2026 som jeg fikk 4.11. Jeg har MS, det er en godkjent sykdom på diagnoselisten, og jeg har alltid fått dekket fysioterapi uten egenandel. Nå sier de at diagnosekoden var feil. Det er vel fysioterapeuten som har skrevet feil kode, ikke jeg som har blitt frisk!

Rolf Engebretsen
Engeveien 28, 3209 Sandefjord
fnr ${sp(rolf)}

-----Opprinnelig melding-----
Fra: Helfo <noreply@helfo.no>
Sendt: 12.11.2026
Emne: Svar på henvendelse – ref. 26/284433

Hei. Vi har registrert behandlingene med diagnosekode L86, som ikke gir rett til fritak for egenandel. Hvis du er uenig i vedtaket, kan du klage innen seks uker.` });

  L({ b, sit: 'His physiotherapist confirms the wrong code by a short letter, filed as correspondence.', st: 'typed-letter', t: 'correspondence', a: 'physiotherapy', lg: 'nb',
    ids: [rolf], refs: ['26/284433'], app: ['Rolf Engebretsen'], link: a, text: `
Sandefjord Fysikalske Institutt
Jernbanealleen 20, 3210 Sandefjord

Til klageinstansen – Helfos ref. 26/284433

Vi bekrefter at det ved en feil ble brukt diagnosekode L86 i stedet for N86 (multippel sklerose) på Rolf Engebretsens refusjonskrav fra august 2026. Feilen skyldes en oppdatering av journalsystemet. Pasienten har hatt MS-diagnosen hos oss siden 2015.

Med vennlig hilsen
Heidi Larsen, daglig leder
(gjelder pasient f.nr. ${rolf})` });

  L({ b, sit: 'He signs the consent.', st: 'form', t: 'consent', a: 'physiotherapy', lg: 'nb',
    ids: [rolf], app, link: a, text: `
SAMTYKKE

Jeg, Rolf Engebretsen, f.nr. ${rolf}, Engeveien 28, 3209 Sandefjord, samtykker til at klageinstansen kan innhente opplysninger fra Sandefjord Fysikalske Institutt og min fastlege om diagnose og behandling, i forbindelse med klagen på egenandel for fysioterapi.

Sandefjord 27.11.2026
Rolf Engebretsen` });

  L({ b, sit: 'His GP sends a one-paragraph declaration from a Pridok layout.', st: 'gp-epj-pridok', t: 'medical_declaration', a: 'physiotherapy', lg: 'nb',
    ids: [rolf], app, link: a, text: `
[Pridok] Hasle legesenter · Hasleveien 5, 3213 Sandefjord
Dokumenttype: Attest/erklæring                 Dato: 27.11.2026

Pasient: Rolf Engebretsen, fnr. ${rolf}, Engeveien 28, 3209 Sandefjord

Diagnose: N86 Multippel sklerose (ICPC-2); G35 Multippel sklerose (ICD-10)

Det bekreftes at pasienten har hatt multippel sklerose siden 2014, med progredierende gangvansker. Han har behov for kontinuerlig fysioterapi for å opprettholde funksjon og forebygge fall.

Anja Bakke, fastlege` });

  const marte = idFor(14, 5, 38, 152);
  L({ b, sit: 'A grandson interrupts the deadline for his 88-year-old grandmother on a refused taxi refund, promising details.', st: 'email', t: 'appeal_deadline_interrupting', a: 'patient_travel', lg: 'nb',
    ids: [marte], refs: ['PR-2026-301118'], dd: '2026-11-19', app: ['Marte Brekke', 'Brekkeveien 1', '3830 Ulefoss'], rep: ['Sindre Brekke', null], fi: 'Pasientreiser', text: `
Fra: Sindre Brekke
Til: post@klageinstansen.no
Emne: Klage for bestemor – ref. PR-2026-301118

Hei,
Jeg skriver for bestemoren min, Marte Brekke (fnr ${sp(marte)}), Brekkeveien 1, 3830 Ulefoss. Hun fikk avslag fra pasientreiser 19.11.2026 på å få dekket drosje til øyeklinikken i Skien.

Vi klager, men rekker ikke å skaffe legeattest før fristen går ut, så dette er en foreløpig klage. Mer kommer så snart fastlegen har skrevet attesten.

Mvh Sindre Brekke (barnebarn)` });

  L({ b, sit: 'A neurologist invoices the appeals body for an expert statement, case not in this batch.', st: 'invoice', t: 'invoice', a: 'work_assessment', lg: 'nb',
    refs: ['2026/08402'], app: null, text: `
Nevrolog Kari Fjeld
Org.nr. 987 654 321
Parkveien 60, 0254 Oslo

FAKTURA 0089

Kunde: Klageinstansen
Postboks 4104, 0168 Oslo
Deres ref.: 2026/08402

Fakturadato: 25.11.2026
Forfall: 14 dager

Beskrivelse                                            Beløp
Sakkyndig erklæring, nevrologi (7 timer à 2 300)      16 100,00
Porto                                                     45,00
Sum å betale                                          16 145,00

Betales til konto 6011.05.43210, merk med fakturanr.` });

  const halldis = idFor(2, 2, 44, 112);
  L({ b, sit: 'An old woman in nynorsk sends a consent slip for a pharmacy case not in this batch.', st: 'handwritten-note', t: 'consent', a: 'pharmacy', lg: 'nn',
    ids: [halldis], refs: ['2026/09377'], app: ['Halldis Bjørke', 'Bjørkevegen 2', '6150 Ørsta'], text: `
Samtykke – sak 2026/09377

Eg samtykkjer i at de kan spørja legen min på Ørsta legesenter og apoteket om medisinane mine. Dottera mi har hjelpt meg å fylla ut, men eg har skrive under sjølv. Ring henne om noko er uklart.

Halldis Bjørke
Bjørkevegen 2, 6150 Ørsta
fnr. ${halldis}
Ørsta 24/11-26` });
}
{
  const b = 'ua-b24';
  const kristian = idFor(20, 4, 81, 233);
  L({ b, sit: 'The neurologist\'s expert statement that the invoice above belongs to, on the appeals body\'s mandate.', st: 'expert-statement', t: 'expert_statement', a: 'work_assessment', lg: 'nb',
    ids: [kristian], refs: ['2026/08402'], app: ['Kristian Moe'], text: `
Nevrolog Kari Fjeld
Parkveien 60, 0254 Oslo

SAKKYNDIG ERKLÆRING

På oppdrag fra: Klageinstansen, deres ref. 2026/08402
Gjelder: Kristian Moe, fnr. ${kristian}

Mandat: Klageinstansen ber om en vurdering av om arbeidsevnen er nedsatt med minst halvparten på grunn av sykdom, og om videre behandling eller arbeidsrettet tiltak kan bedre den.

Undersøkelse: Jeg har gått gjennom journal fra Oslo universitetssykehus 2023–2026 og undersøkt Kristian Moe 10.11.2026.

Vurdering: Han har kronisk migrene (G43.3) med 18–20 hodepinedager i måneden til tross for tre profylaktiske legemidler og botulinumtoksin. Ved anfall er han sengeliggende. Ny CGRP-behandling er startet i oktober 2026 og effekten kan først vurderes om 3–6 måneder.

Konklusjon: Arbeidsevnen er i dag nedsatt med mer enn halvparten. Det er en reell mulighet for bedring med ny behandling, og arbeidsrettet tiltak bør vurderes etter at effekten er avklart.

Oslo, 24.11.2026
Kari Fjeld, spesialist i nevrologi` });

  const berit = idFor(31, 10, 68, 240);
  L({ b, sit: 'Nav Arbeid og ytelser Tromsø sends on a disability appeal about the income before disability.', st: 'first-instance-letter', t: 'case_transfer', a: 'disability', lg: 'nb',
    ids: [berit], refs: ['26/640112'], dd: '2026-09-11', app: ['Berit Johansen', 'Kvaløyvegen 204', '9013 Tromsø'], fi: 'Nav Arbeid og ytelser Tromsø', text: `
Nav Arbeid og ytelser Tromsø
Postboks 6600 Etterstad, 0607 Oslo

Klageinstansen

Saksnr.: 26/640112
Dato: 23.11.2026

Oversendelse av klage – uføretrygd, inntekt før uførhet

Klager: Berit Johansen
Fnr.: ${sp(berit)}
Adresse: Kvaløyvegen 204, 9013 Tromsø

Vi innvilget uføretrygd i vedtak 11.09.2026, med inntekt før uførhet fastsatt til 3,1 G etter de tre beste av de fem siste årene før uføretidspunktet, jf. folketrygdloven § 12-11. Klager mener hun skulle vært vurdert etter inntekten som sykepleier i full stilling i 2019.

Vi har vurdert klagen, men kan ikke se at unntaksreglene for yrkesaktive med redusert stilling på grunn av sykdom er oppfylt for 2020–2022. Vi opprettholder vedtaket og oversender saken.

Dokumentene i saken er vedlagt.

Med hilsen
Tonje Pedersen
Nav Arbeid og ytelser Tromsø` });
}
process.stdout.write(records.map((r) => JSON.stringify(r)).join('\n') + '\n');
