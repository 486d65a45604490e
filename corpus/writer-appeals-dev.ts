/**
 * A development slice for appeals written by someone else than the party (session 21, issue 13): a GP who
 * lodges the appeal for the patient, a lawyer whose appeal also asks for the legal costs, a relative, in
 * nb, nn, sv, da and en, many with much medical history — the letters new writers' appeals were read as a
 * medical declaration or a costs claim from. And the near misses that are NOT appeals: a declaration that
 * supports an appeal the patient lodged, one written for use in the appeal case or quoting the patient's
 * appeal, and a costs claim after the decision was reversed. Not an evaluation set (never scored as one,
 * never trained on): scripts/writer-appeal-types.ts and the tests read it. Synthetic ids only (month + 80).
 */
export interface WriterAppealLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  writer: 'doctor' | 'lawyer' | 'relative' | 'party';
  documentType: 'appeal' | 'medical_declaration' | 'legal_costs_claim';
  text: string;
}

const letter = (id: string, language: WriterAppealLetter['language'], writer: WriterAppealLetter['writer'], documentType: WriterAppealLetter['documentType'], text: string): WriterAppealLetter => ({
  id,
  language,
  writer,
  documentType,
  text: text.trim(),
});

/** Letters that lodge the appeal themselves, whoever writes them. */
export const writerAppeals: WriterAppealLetter[] = [
  letter('a01', 'nb', 'doctor', 'appeal', `
Lillestrøm legesenter
Fastlege Hanne Moe
Torvet 3, 2000 Lillestrøm

Nav klageinstans

Gjelder: Per Olsen, fnr. 12856712345

Jeg klager på vegne av min pasient på vedtaket fra Nav av 3.10.2026 om avslag på arbeidsavklaringspenger.
Pasienten har hatt kroniske ryggsmerter siden 2023, diagnose L84 ryggsyndrom uten utstråling og
P76 depresjon. Han har gjennomført fysioterapi og et arbeidsrettet tiltak uten bedring. Funksjonsevnen er
betydelig nedsatt; han klarer ikke å sitte mer enn 20 minutter. Etter min vurdering har han en sykdom som
gir nedsatt arbeidsevne med minst halvparten. Jeg ber om at vedtaket omgjøres.

Med vennlig hilsen
Hanne Moe, fastlege`),
  letter('a02', 'nb', 'doctor', 'appeal', `
Legekontoret i Sentrum
Kirkegata 10, 3616 Kongsberg

Til Nav

Klage på vegne av pasient – Anne Strand, fnr. 04887012345

Undertegnede er fastlege for Anne Strand og påklager på hennes vegne vedtaket av 14.09.2026 om stans av
sykepenger. Pasienten er fortsatt arbeidsufør. Hun har ICPC-2 L88 revmatoid artritt med aktive synovitter
i begge hender, CRP 34. Hun har startet ny biologisk behandling, og effekt ventes tidligst om tre måneder.
Sykmeldingen er medisinsk begrunnet. Vedtaket bør derfor oppheves.

Vennlig hilsen
Lars Dahl
spesialist i allmennmedisin`),
  letter('a03', 'nb', 'lawyer', 'appeal', `
Advokatfirmaet Berg & Lie AS
Postboks 123 Sentrum, 0102 Oslo

Nav Klageinstans

Vår klient: Kari Nordmann, fnr. 21866512345
Klage på vedtak om avslag på uføretrygd

Vi viser til vedtak av 2.10.2026. Vi påklager vedtaket på vegne av vår klient. Nav har lagt til grunn at
hensiktsmessig behandling ikke er gjennomført, men klienten har fulgt alt behandlende lege har anbefalt i
fire år. Vilkårene i folketrygdloven § 12-5 er oppfylt.

Vi ber samtidig om dekning av sakskostnader etter forvaltningsloven § 36 dersom klagen fører frem.
Timeliste vil bli ettersendt ved behov.

Med vennlig hilsen
Advokatfirmaet Berg & Lie AS
Jon Berg, advokat`),
  letter('a04', 'nb', 'lawyer', 'appeal', `
Advokat Siri Haugen
Storgata 5, 9008 Tromsø

Nav Klageinstans Nord

Klient: Ole Hansen, fnr. 30826912345

Jeg representerer Ole Hansen, jf. vedlagte fullmakt. Vedtaket fra Nav av 25.09.2026 om tilbakekreving
av dagpenger påklages herved. Hansen var i god tro, og Nav har selv feilberegnet ytelsen.
Det kreves at vedtaket oppheves. Det kreves også at Nav dekker klientens nødvendige sakskostnader,
jf. forvaltningsloven § 36.

Med vennlig hilsen
Siri Haugen
advokat`),
  letter('a05', 'nb', 'relative', 'appeal', `
Til Nav klageinstans

Jeg skriver for min mor, Ingrid Bakke (fnr. 17834412345), som selv ikke klarer å skrive. Vi klager på
vedtaket av 11.10.2026 om avslag på grunnstønad. Mor har diabetes type 2 med nevropati i føttene og trenger
spesialkost og ekstra slitasje på klær. Legen har skrevet at hun har merutgifter hver måned.
Fullmakt fra mor er vedlagt.

Hilsen Tone Bakke, datter`),
  letter('a06', 'nb', 'doctor', 'appeal', `
Helsestasjonen i Bø
Lege Martin Aas

Nav

Pasient: Emil Foss, fnr. 09897812345

Jeg klager på vedtaket av 19.10.2026 om avslag på hjelpestønad på vegne av foreldrene til Emil. Emil har
autismespekterforstyrrelse (F84.0) og epilepsi. Han trenger tilsyn hele døgnet og hjelp til alle daglige
gjøremål. Behovet for særskilt tilsyn er langt større enn for jevnaldrende.

Med hilsen
Martin Aas, lege`),
  letter('a07', 'nn', 'doctor', 'appeal', `
Fastlegekontoret på Voss
Fastlege Ingvild Nes

Nav klageinstans

Gjeld: Olav Vik, fnr. 23875812345

Eg klagar på vegner av pasienten min på vedtaket frå Nav av 6.10.2026 om avslag på arbeidsavklaringspengar.
Olav har hatt alvorleg depresjon (P76) sidan våren 2025, med to innleggingar. Funksjonsevna er sterkt
redusert, og han toler ikkje arbeidsretta tiltak no. Etter mi vurdering fyller han vilkåra. Eg ber om at
vedtaket vert gjort om.

Helsing
Ingvild Nes, fastlege`),
  letter('a08', 'nn', 'lawyer', 'appeal', `
Advokatkontoret Sunde
Strandkaien 2, 5013 Bergen

Nav klageinstans Vest

Klient: Marit Hole, fnr. 15906312345

Vi klagar på vedtaket av 29.09.2026 om avslag på uføretrygd på vegner av klienten vår. Nav har ikkje
vurdert legeerklæringa frå psykiater. Vi ber om at vedtaket vert oppheva. Vi ber òg om at Nav dekkjer
sakskostnadane til klienten etter forvaltningslova § 36.

Med helsing
Geir Sunde, advokat`),
  letter('a09', 'sv', 'doctor', 'appeal', `
Vårdcentralen Ljusdal
Distriktsläkare Eva Lind

Till Nav klageinstans

Angående: Anders Berg, personnummer 11857512345

Jag överklagar på min patients vägnar beslutet från Nav den 7 oktober 2026 om avslag på sjukpenning.
Patienten har sedan januari 2026 behandlats för utmattningssyndrom (F43.8) och generaliserat
ångestsyndrom. Han har tät kontakt med psykolog och arbetsförmågan är fortfarande helt nedsatt.
Jag begär att beslutet ändras.

Med vänlig hälsning
Eva Lind, leg. läkare`),
  letter('a10', 'sv', 'lawyer', 'appeal', `
Advokatbyrån Ek & Co
Box 45, 111 21 Stockholm

Nav klageinstans

Vår klient: Lena Ström, födelsenummer 26846712345

Vi överklagar härmed Navs beslut av den 1 oktober 2026 om återkrav av arbetslöshetsersättning. Vår
klient har lämnat korrekta uppgifter hela tiden. Vi yrkar att beslutet upphävs och att Nav ersätter
vår klients ombudskostnader.

Med vänlig hälsning
Johan Ek, advokat`),
  letter('a11', 'sv', 'relative', 'appeal', `
Till Nav

Jag skriver för min make Sven Dahl (födelsenummer 05823912345), som är för sjuk för att skriva själv.
Vi överklagar beslutet av den 12 oktober 2026 om avslag på hjälpstöd. Han har Parkinsons sjukdom och
behöver hjälp med påklädning, måltider och medicin flera gånger om dagen.

Hälsningar
Karin Dahl`),
  letter('a12', 'da', 'doctor', 'appeal', `
Lægehuset i Ribe
Praktiserende læge Søren Holm

Til Nav klageinstans

Vedr.: Mette Juhl, fødselsnummer 18886612345

Jeg klager over afgørelsen fra Nav af 8. oktober 2026 på vegne af min patient. Mette har dissemineret
sklerose med hyppige attakker og udtalt træthed. Arbejdsevnen er nedsat med mere end halvdelen, og
behandlingen er fulgt. Afgørelsen om afslag på arbejdsafklaringspenge bør ændres.

Med venlig hilsen
Søren Holm, læge`),
  letter('a13', 'da', 'lawyer', 'appeal', `
Advokatfirmaet Bruun
Vestergade 8, 8000 Aarhus

Nav klageinstans

Vores klient: Peter Lund, fødselsnummer 22817112345

Vi påklager hermed Navs afgørelse af 30. september 2026 om afslag på uføretrygd. Vores klient opfylder
betingelserne. Vi anmoder samtidig om dækning af sagsomkostninger, såfremt klagen får medhold.

Med venlig hilsen
Anne Bruun, advokat`),
  letter('a14', 'en', 'doctor', 'appeal', `
Riverside Medical Practice
Dr. Sarah Collins

To: Nav appeals body

Re: Thomas Reed, national identity number 13867412345

I hereby appeal on behalf of my patient against Nav's decision of 5 October 2026 refusing sickness
benefit. Mr Reed has severe lumbar disc herniation (M51.1) with sciatica and is awaiting surgery. He is
unable to work in any capacity. His medical history includes two earlier operations and chronic pain
treatment. I ask that the decision be reversed.

Yours sincerely
Dr. Sarah Collins, GP`),
  letter('a15', 'en', 'lawyer', 'appeal', `
Hart & Webb Solicitors
12 King Street, London

Nav Klageinstans

Our client: Maria Novak, national identity number 28877712345

We act for Ms Novak and appeal against the decision of 9 October 2026 to stop her work assessment
allowance. The decision fails to consider the specialist's report. We also claim our client's legal
costs under section 36 of the Public Administration Act should the appeal succeed.

Yours faithfully
Hart & Webb Solicitors`),
  letter('a16', 'en', 'relative', 'appeal', `
To Nav

I am writing for my father, Jan Kowalski (national identity number 02834912345), who does not read
Norwegian. We appeal against the decision of 15 October 2026 refusing him basic benefit. He has heart
failure and diabetes and has extra costs for diet and transport every month.

Kind regards
Anna Kowalska`),
  letter('a17', 'nb', 'doctor', 'appeal', `
Fastlege Kjell Rønning
Nordre gate 1, 7011 Trondheim

Til Nav klageinstans

Vedtaket av 22.09.2026 om avslag på sykepenger til min pasient Sara Lie (fnr. 27899112345) påklages.
Diagnose: K50 Crohns sykdom med fistler, operert to ganger i 2026. Hun har hyppige toalettbesøk,
vekttap og smerter og er helt arbeidsufør. Jeg ber om at saken vurderes på nytt.

Med vennlig hilsen
Kjell Rønning, fastlege`),
  letter('a18', 'nb', 'party', 'appeal', `
Til Nav klageinstans

Jeg klager på vedtaket av 1.10.2026 om avslag på arbeidsavklaringspenger. Legen min har skrevet at jeg
har diagnosen F32 depressiv episode og P74 angst, og at funksjonsevnen er nedsatt. Jeg er sykmeldt og
går til psykolog hver uke. Jeg ber om at vedtaket endres.

Vedlagt: legeerklæring

Hilsen Nora Berge
fnr. 14906012345`),
  letter('a19', 'nb', 'lawyer', 'appeal', `
Advokat Knut Ås
Postboks 77, 4001 Stavanger

Nav Klageinstans

Min klient: Liv Sæther, fnr. 08846812345

Vedtak av 27.09.2026 om avslag på uføretrygd påklages på vegne av min klient. Vi vil også kreve
saksomkostninger dekket etter forvaltningsloven § 36. Klienten har hatt fibromyalgi og kronisk
utmattelse i ti år.

Med vennlig hilsen
Knut Ås, advokat`),
  letter('a20', 'da', 'relative', 'appeal', `
Til Nav

Jeg skriver på vegne af min søn Mads Holm (fødselsnummer 19920512345). Vi klager over afgørelsen af
4. oktober 2026 om afslag på hjælpestønad. Mads har cerebral parese og har brug for tilsyn hele døgnet.

Venlig hilsen
Birgit Holm`),
  letter('a21', 'en', 'lawyer', 'appeal', `
Nordic Legal AS
Attorney Erik Sand

Nav Klageinstans

Client: Ahmed Ali, national identity number 31857012345

On behalf of our client we hereby appeal the decision of 2 October 2026 refusing disability benefit.
We also request that our client's legal costs be covered.

Yours faithfully
Erik Sand, attorney`),
  letter('a22', 'sv', 'doctor', 'appeal', `
Vårdcentralen Strömstad
Läkare Per Nyberg

Nav

Patient: Ulla Berg, födelsenummer 24826312345

Jag överklagar beslutet av den 10 oktober 2026 om stopp av sjukpenning för min patient. Ulla har
kronisk obstruktiv lungsjukdom (J44) med syrgasbehov och klarar inte fysiskt arbete.

Med vänlig hälsning
Per Nyberg, läkare`),
];

/** Near misses: declarations and costs claims that name the appeal without lodging it. */
export const writerNearMisses: WriterAppealLetter[] = [
  letter('n01', 'nb', 'doctor', 'medical_declaration', `
Lillestrøm legesenter
Fastlege Hanne Moe

Nav klageinstans

Legeerklæring – Per Olsen, fnr. 12856712345

Pasienten har klaget på vedtaket om arbeidsavklaringspenger, og jeg støtter klagen. Han har kroniske
ryggsmerter (L84) og depresjon (P76). Funksjonsevnen er betydelig nedsatt. Han er arbeidsufør i
nåværende situasjon, og prognosen er usikker.

Hanne Moe, fastlege`),
  letter('n02', 'nb', 'doctor', 'medical_declaration', `
Legekontoret i Sentrum

Til Nav klageinstans

Gjelder Anne Strand, fnr. 04887012345

Jeg er bedt om å uttale meg i klagesaken. Pasienten har revmatoid artritt (L88) med aktiv sykdom
og nedsatt gripekraft. Hun er etter min vurdering arbeidsufør. Diagnose og funn er beskrevet i vedlagte
epikrise fra revmatologisk avdeling.

Lars Dahl, lege`),
  letter('n03', 'nb', 'doctor', 'medical_declaration', `
Fastlege Kjell Rønning

Legeerklæring til bruk i klagesak

Pasient: Sara Lie, fnr. 27899112345
Diagnose: K50 Crohns sykdom

Pasienten har skrevet at hun klager på vedtaket om sykepenger. Medisinsk: operert to ganger i 2026,
fistler, vekttap. Hun er helt arbeidsufør og vil være det i minst seks måneder.

Kjell Rønning, fastlege`),
  letter('n04', 'nn', 'doctor', 'medical_declaration', `
Fastlegekontoret på Voss

Til Nav klageinstans

Gjeld Olav Vik, fnr. 23875812345

Pasienten har klaga på vedtaket, og eg stør klaga hans. Han har alvorleg depresjon (P76) med to
innleggingar sidan 2025. Funksjonsevna er sterkt redusert og han er arbeidsufør.

Ingvild Nes, fastlege`),
  letter('n05', 'sv', 'doctor', 'medical_declaration', `
Vårdcentralen Ljusdal

Läkarintyg

Patient: Anders Berg, personnummer 11857512345

Patienten har överklagat beslutet om sjukpenning och jag stöder överklagandet. Han behandlas för
utmattningssyndrom (F43.8) och ångest. Arbetsförmågan är helt nedsatt.

Eva Lind, leg. läkare`),
  letter('n06', 'da', 'doctor', 'medical_declaration', `
Lægehuset i Ribe

Lægeerklæring til brug i klagesagen

Vedr. Mette Juhl, fødselsnummer 18886612345

Patienten har klaget over afgørelsen, og jeg støtter klagen. Hun har dissemineret sklerose med
hyppige attakker. Arbejdsevnen er nedsat med mere end halvdelen.

Søren Holm, læge`),
  letter('n07', 'en', 'doctor', 'medical_declaration', `
Riverside Medical Practice

Medical certificate

Patient: Thomas Reed, national identity number 13867412345

My patient has appealed against the decision on sickness benefit and I support his appeal. He has
lumbar disc herniation (M51.1) with sciatica and is awaiting surgery. He is unable to work.

Dr. Sarah Collins, GP`),
  letter('n08', 'nb', 'doctor', 'medical_declaration', `
Helsestasjonen i Bø

Til Nav

Vedr. Emil Foss, fnr. 09897812345

Foreldrene har bedt meg om en uttalelse i forbindelse med klagen på vedtaket om hjelpestønad.
Emil har autismespekterforstyrrelse (F84.0) og epilepsi og trenger tilsyn hele døgnet.

Martin Aas, lege`),
  letter('n09', 'nb', 'doctor', 'medical_declaration', `
Psykiatrisk poliklinikk
Overlege Bente Vik

Epikrise

Pasient: Nora Berge, fnr. 14906012345

Pasienten opplyser at hun har klaget på vedtaket fra Nav og ber om en erklæring. Hun har F32
depressiv episode og P74 angst. Funksjonsevnen er nedsatt og hun følges opp ukentlig.

Bente Vik, overlege`),
  letter('n10', 'en', 'doctor', 'medical_declaration', `
Dr. Paul Grant

To Nav

Statement for use in the appeal

Patient: Jan Kowalski, national identity number 02834912345

I have been asked to give a statement in the appeal case. He has heart failure (I50) and diabetes
with neuropathy. His function is markedly reduced.

Dr. Paul Grant`),
  letter('n11', 'nb', 'lawyer', 'legal_costs_claim', `
Advokatfirmaet Berg & Lie AS

Nav Klageinstans

Krav om dekning av sakskostnader etter omgjøring

Vår klient: Kari Nordmann, fnr. 21866512345

Klagen på vedtaket av 2.10.2026 førte frem, og vedtaket ble omgjort 15.11.2026. Vi krever dekning av
nødvendige sakskostnader etter forvaltningsloven § 36, til sammen 12 500 kroner. Timeliste vedlegges.

Jon Berg, advokat`),
  letter('n12', 'nb', 'lawyer', 'legal_costs_claim', `
Advokat Siri Haugen

Nav Klageinstans Nord

Klient: Ole Hansen, fnr. 30826912345

Vi viser til vedtak av 10.11.2026 der klagen ble tatt til følge. Vi ber om dekning av klientens
sakskostnader etter forvaltningsloven § 36. Det er brukt 6 timer à 1 500 kroner.

Siri Haugen, advokat`),
  letter('n13', 'nn', 'lawyer', 'legal_costs_claim', `
Advokatkontoret Sunde

Nav klageinstans Vest

Krav om dekning av sakskostnader

Klient: Marit Hole, fnr. 15906312345

Klaga vart teken til følgje i vedtak av 12.11.2026. Vi krev at Nav dekkjer sakskostnadane etter
forvaltningslova § 36, 8 000 kroner.

Geir Sunde, advokat`),
  letter('n14', 'sv', 'lawyer', 'legal_costs_claim', `
Advokatbyrån Ek & Co

Nav klageinstans

Yrkande om ersättning för ombudskostnader

Vår klient: Lena Ström, födelsenummer 26846712345

Överklagandet bifölls genom beslut den 14 november 2026. Vi yrkar ersättning för ombudskostnader
med 9 000 kronor enligt bifogad tidsredovisning.

Johan Ek, advokat`),
  letter('n15', 'da', 'lawyer', 'legal_costs_claim', `
Advokatfirmaet Bruun

Nav klageinstans

Krav om dækning af sagsomkostninger

Vores klient: Peter Lund, fødselsnummer 22817112345

Klagen er imødekommet ved afgørelse af 13. november 2026. Vi anmoder om dækning af sagsomkostninger
på 7 500 kr.

Anne Bruun, advokat`),
  letter('n16', 'en', 'lawyer', 'legal_costs_claim', `
Hart & Webb Solicitors

Nav Klageinstans

Claim for legal costs

Our client: Maria Novak, national identity number 28877712345

The appeal was allowed on 16 November 2026. We claim our client's legal costs under section 36 of the
Public Administration Act, NOK 10 000, as shown in the enclosed time sheet.

Hart & Webb Solicitors`),
  letter('n17', 'nb', 'lawyer', 'legal_costs_claim', `
Advokat Knut Ås

Nav Klageinstans

Min klient: Liv Sæther, fnr. 08846812345

Jeg påklaget på vegne av min klient vedtaket om uføretrygd. Vedtaket er nå omgjort. Jeg krever
dekning av saksomkostninger etter forvaltningsloven § 36 med 11 250 kroner.

Knut Ås, advokat`),
  letter('n18', 'nb', 'doctor', 'medical_declaration', `
Fastlege Hanne Moe

Legeerklæring

Pasient: Per Olsen, fnr. 12856712345

Pasienten skriver i sin klage: «Jeg klager på vedtaket fordi jeg ikke klarer å jobbe.» Jeg kan bekrefte
at han har kroniske ryggsmerter (L84) og er arbeidsufør.

Hanne Moe, fastlege`),
];

export const writerAppealDevSlice: WriterAppealLetter[] = [...writerAppeals, ...writerNearMisses];
