/**
 * A development slice for appeals that open a case, in phrasings the session 21 slice (writer-appeals-dev.ts)
 * left out (session 22, issue 13): a lawyer's bare passive «Vedtaket påklages på vegne av min klient», a child
 * writing that «Min mor klager på vedtaket» or «Far ønsker å klage på …», a partial appeal «påklager vedtaket
 * kun for den del som gjelder …», e-mails printed out and short handwritten-style notes, in nb, nn, sv, da and
 * en. And the near misses that must not be routed as appeals: a declaration or a relative's letter supporting
 * an appeal already lodged, correspondence about an appeal already sent, a costs claim, comments, a relative
 * who only considers appealing. Not an evaluation set (never scored as one, never trained on):
 * scripts/opener-appeal-types.ts and test/classify/lodged-appeal-openers.test.ts read it. Synthetic ids only
 * (month + 80).
 */
export interface OpenerLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  writer: 'doctor' | 'lawyer' | 'relative' | 'party';
  documentType: 'appeal' | 'medical_declaration' | 'legal_costs_claim' | 'correspondence' | 'comments';
  text: string;
}

const letter = (id: string, language: OpenerLetter['language'], writer: OpenerLetter['writer'], documentType: OpenerLetter['documentType'], text: string): OpenerLetter => ({
  id,
  language,
  writer,
  documentType,
  text: text.trim(),
});

/** Letters that lodge the appeal and so open its case. */
export const openerAppeals: OpenerLetter[] = [
  letter('o01', 'nb', 'lawyer', 'appeal', `
Advokatfirmaet Lund & Co AS
Postboks 1420 Vika, 0115 Oslo

Nav klageinstans

Vår klient: Tone Hagen, fnr. 21867412345
Oslo, 12.11.2026

Nav sitt vedtak av 20.10.2026 om avslag på uføretrygd påklages på vegne av min klient.

Klienten har hatt multippel sklerose siden 2019 med tiltagende fatigue og gangvansker. Nav har lagt til grunn
at arbeidsevnen kan bedres ved arbeidsrettede tiltak, men to utprøvinger har vært avbrutt. Vi viser til
vedlagte spesialisterklæring fra nevrolog. Vi ber om at vedtaket omgjøres, og krever dekning av sakskostnader
etter forvaltningsloven § 36 dersom klagen fører frem.

Med vennlig hilsen
advokat Erik Lund`),
  letter('o02', 'nb', 'lawyer', 'appeal', `
Advokat Marte Sæther
Kongens gate 14, 7011 Trondheim

Til Nav Trøndelag

Klient: Jon Aas, fnr. 05916812345

Vedtaket fra Nav datert 2. oktober 2026 om tilbakekreving av dagpenger påklages på vegne av vår klient.
Klienten har ikke forstått at han hadde plikt til å melde fra om deltidsarbeidet, og han har vært i god tro.
Det bes om at kravet frafalles. Salæroppgave ettersendes.

Med hilsen
Marte Sæther, advokat`),
  letter('o03', 'nb', 'relative', 'appeal', `
Til Nav

Gjelder: Astrid Berge, fnr. 14824012345

Min mor klager på vedtaket fra Nav av 28.10.2026 om avslag på hjelpestønad. Hun er 86 år og klarer ikke
å skrive selv, så jeg skriver for henne. Hun trenger tilsyn hele døgnet etter hjerneslaget i sommer, og
hjemmesykepleien kommer fire ganger om dagen. Fullmakt er vedlagt.

Hilsen
Kari Berge (datter)
Storgata 5, 2000 Lillestrøm`),
  letter('o04', 'nb', 'relative', 'appeal', `
Nav Vestfold og Telemark

Far ønsker å klage på vedtaket av 4. november 2026 om stans i arbeidsavklaringspenger.
Han ligger på sykehus etter en operasjon og ba meg sende dette. Han har ikke fått innkallingen
til møtet fordi han var innlagt.

Far: Nils Hovland, fnr. 30875812345
Sønn: Per Hovland, tlf. 900 12 345`),
  letter('o05', 'nb', 'lawyer', 'appeal', `
Advokatkontoret Fjeld
Torget 2, 5014 Bergen

Nav klageinstans vest

Sak: Eva Fjeld, fnr. 11886012345

Vi påklager vedtaket av 15.10.2026 kun for den del som gjelder virkningstidspunktet for uføretrygden.
Vi mener uføretrygden skal gis fra 1. mars 2025, da arbeidsevnen var varig nedsatt fra dette tidspunktet,
jf. legeerklæringen vedlagt. Øvrige deler av vedtaket påklages ikke.

Med vennlig hilsen
Kari Fjeld, advokat`),
  letter('o06', 'nb', 'party', 'appeal', `
Til Helfo

Jeg klager på vedtaket av 9.11.2026 bare for den delen som gjelder egenandelen for tannbehandlingen.
Resten av vedtaket er jeg enig i.

Siri Nes
fnr. 02897512345`),
  letter('o07', 'nb', 'doctor', 'appeal', `
Legeerklæring og klage

Pasient: Mona Strand, fnr. 19816312345

Jeg er fastlege for pasienten. Vedtaket fra Nav av 1.10.2026 om avslag på arbeidsavklaringspenger påklages
på vegne av pasienten. Hun har alvorlig depresjon og generalisert angstlidelse, og har vært sykmeldt i
ett år. Behandling i DPS pågår. Arbeidsevnen er nedsatt med mer enn halvparten.

Dr. Geir Moe, Sentrum legekontor`),
  letter('o08', 'nb', 'party', 'appeal', `
Fra: lars.bakke@online.no
Til: post@nav.no
Dato: 14. november 2026
Emne: Klage på vedtak

Hei

Jeg vil klage på vedtaket deres av 30.10.2026 om at jeg ikke får dagpenger. Jeg har jobbet fullt i
tolv måneder, men arbeidsgiveren gikk konkurs og lønnsslippene er rotete. Jeg legger ved kontoutskrift.

Mvh Lars Bakke
fnr 07886512345`),
  letter('o09', 'nb', 'party', 'appeal', `
Til Nav!

Klager på vedtaket om sykepenger fra 3.11. Jeg VAR syk, legen har skrevet det.
Ring meg 412 34 567.

Hilsen Ole Lie, fnr 12907012345`),
  letter('o10', 'nn', 'relative', 'appeal', `
Til Nav

Gjeld: Ingrid Vik, fnr. 24813912345

Mor mi klagar på vedtaket frå Nav av 19.10.2026 om avslag på grunnstønad. Ho har diabetes og må ha
spesialkost, og utgiftene er større enn det Nav har rekna med. Eg skriv for henne fordi ho ikkje ser godt.

Helsing
Sigrid Vik, dotter`),
  letter('o11', 'nn', 'lawyer', 'appeal', `
Advokat Tor Helle
Strandgata 8, 6900 Florø

Nav klageinstans

Klient: Knut Helle, fnr. 17865912345

Vedtaket frå Nav datert 6.10.2026 om avslag på uføretrygd vert påklaga på vegner av klienten min.
Klienten har hatt tre hjerteinfarkt og kan ikkje gå i arbeid. Vi viser til fråsegna frå kardiologen.

Helsing
Tor Helle, advokat`),
  letter('o12', 'nn', 'party', 'appeal', `
Til Helfo

Eg påklagar vedtaket av 2.11.2026 berre for den delen som gjeld refusjon av reiseutgiftene. Eg måtte ta
taxi fordi det ikkje gjekk buss.

Helsing Arne Dale
fnr 08856612345`),
  letter('o13', 'sv', 'relative', 'appeal', `
Till Försäkringskassan

Min mamma överklagar beslutet från den 21 oktober 2026 om avslag på sjukersättning. Hon har svår
reumatism och kan inte arbeta. Jag skriver för henne eftersom hon inte orkar.

Lena Svensson (dotter)
för Maja Svensson, personnummer 19490312-1234`),
  letter('o14', 'sv', 'lawyer', 'appeal', `
Advokatbyrån Ek
Box 112, 411 04 Göteborg

Till Nav

Klient: Sara Ek, fnr. 09886812345

Beslutet från Nav av den 8 oktober 2026 överklagas på uppdrag av min klient. Klienten har arbetat i
Norge i fem år och har rätt till arbetslöshetsersättning. Arvodesräkning bifogas.

Med vänlig hälsning
Johan Ek, advokat`),
  letter('o15', 'sv', 'party', 'appeal', `
Till Helfo

Jag överklagar beslutet av den 4 november 2026 endast i den del som gäller ersättningen för resan.
Jag har betalat själv och bifogar kvitton.

Per Lind
fnr 16877212345`),
  letter('o16', 'da', 'relative', 'appeal', `
Til Nav

Min far klager over afgørelsen af 12. oktober 2026 om afslag på alderspension. Han har boet i Norge i
22 år og har ret til pension. Jeg skriver for ham, fordi han ikke taler norsk.

Med venlig hilsen
Mette Nielsen (datter)
for Jens Nielsen, fnr. 03814412345`),
  letter('o17', 'da', 'lawyer', 'appeal', `
Advokatfirmaet Holm
Vestergade 4, 8000 Aarhus C

Til Nav

Klient: Anne Holm, fnr. 26877012345

Vi påklager hermed afgørelsen af 1. oktober 2026 kun for så vidt angår tilbagebetalingskravet.
Klienten har været i god tro. Vi anmoder om dækning af sagsomkostninger.

Med venlig hilsen
Peter Holm, advokat`),
  letter('o18', 'da', 'party', 'appeal', `
Fra: bo.jensen@mail.dk
Til: nav@nav.no
Dato: 10. november 2026
Emne: Klage

Jeg klager over jeres afgørelse af 27. oktober 2026 om dagpenge. Jeg har arbejdet i Norge i to år.

Bo Jensen, fnr. 28857812345`),
  letter('o19', 'en', 'relative', 'appeal', `
To Nav

My mother appeals against the decision of 5 October 2026 refusing her attendance allowance. She is 88
and cannot write any more, so I write for her. She needs help with everything since her stroke.

Regards
Emma Wilson (daughter)
for Mary Wilson, national id 18823812345`),
  letter('o20', 'en', 'lawyer', 'appeal', `
Harper Legal
12 High Street, London

To Nav

Client: David Harper, national id 13866412345

On behalf of our client, the decision of Nav dated 14 October 2026 is appealed only insofar as it concerns
the repayment claim. Our client acted in good faith. Our fee note follows.

Yours faithfully
Ruth Harper, solicitor`),
  letter('o21', 'en', 'party', 'appeal', `
From: tom.reid@gmail.com
To: post@nav.no
Date: 12 November 2026
Subject: Complaint about your decision

Hello,
I want to complain about your decision of 29 October 2026 refusing my unemployment benefit. I worked
full time in Bergen for 14 months and lost my job when the shop closed.

Tom Reid, national id 22887112345`),
  letter('o22', 'en', 'relative', 'appeal', `
To Helfo

My father wishes to appeal the decision of 3 November 2026 refusing to cover his hearing aids. He is
deaf in one ear and the aid is necessary. He asked me to write this for him.

Sarah Brown (daughter)
for George Brown, national id 04824112345`),
  letter('o23', 'nb', 'relative', 'appeal', `
Nav

Mannen min klager på vedtaket av 11.11.2026 om at han må betale tilbake arbeidsavklaringspenger.
Han har ikke fått noe brev om at han skulle melde fra.

Hilsen Randi Moen
for Tor Moen, fnr. 15875512345`),
  letter('o24', 'nb', 'doctor', 'appeal', `
Fastlege Ragnhild Berg
Storgata 1, 9008 Tromsø

Til Nav

Pasient: Johan Sara, fnr. 02846212345

Vedtaket fra Nav av 16.10.2026 påklages på vegne av pasienten, som har gitt meg fullmakt. Han har
KOLS grad 4 og hjemmeoksygen. Han kan ikke arbeide.

Ragnhild Berg, fastlege`),
];

/** Letters that must not be routed as an appeal that opens a case. */
export const openerNearMisses: OpenerLetter[] = [
  letter('m01', 'nb', 'relative', 'correspondence', `
Til Nav

Min mor klaget på vedtaket av 28.10.2026 i forrige måned. Når kan vi vente svar? Hun er bekymret.

Kari Berge, datter av Astrid Berge, fnr. 14824012345`),
  letter('m02', 'nb', 'relative', 'correspondence', `
Til Nav

Far vurderer å klage på vedtaket av 4.11.2026, men vil først vite hva som skal til. Kan dere sende
ham informasjon om klagefristen?

Per Hovland, for Nils Hovland, fnr. 30875812345`),
  letter('m03', 'nb', 'doctor', 'medical_declaration', `
Legeerklæring

Pasient: Mona Strand, fnr. 19816312345

Pasienten har selv påklaget vedtaket fra Nav av 1.10.2026. Jeg bekrefter at hun har alvorlig
depresjon og har vært sykmeldt i ett år. Arbeidsevnen er nedsatt med mer enn halvparten.

Dr. Geir Moe, fastlege`),
  letter('m04', 'nb', 'lawyer', 'legal_costs_claim', `
Krav om dekning av sakskostnader

Klient: Tone Hagen, fnr. 21867412345

Vedtaket av 20.10.2026 ble påklaget på vegne av min klient 12.11.2026, og Nav omgjorde vedtaket
15.12.2026. Vi krever dekning av sakskostnader etter forvaltningsloven § 36: 10 timer à kr 1 700.

advokat Erik Lund`),
  letter('m05', 'nb', 'relative', 'correspondence', `
Til Nav

Min mor klager ofte på vedtak fra dere, men denne gangen vil hun bare vite når pengene kommer.

Kari Berge, fnr. 14824012345`),
  letter('m06', 'nb', 'doctor', 'medical_declaration', `
Legeerklæring

Pasient: Astrid Berge, fnr. 14824012345

Datteren opplyser at hennes mor klager på vedtaket av 28.10.2026. Jeg bekrefter at pasienten trenger
tilsyn hele døgnet etter hjerneslag.

Dr. Hans Li, fastlege`),
  letter('m07', 'nn', 'relative', 'correspondence', `
Til Nav

Mor mi har klaga på vedtaket frå 19.10.2026. Kva tid kjem svaret? Ho har ikkje høyrt noko.

Sigrid Vik, fnr. 24813912345`),
  letter('m08', 'sv', 'relative', 'correspondence', `
Till Försäkringskassan

Min mamma överklagade beslutet från den 21 oktober 2026 för en månad sedan. Hon har inte fått något svar.

Lena Svensson, personnummer 19490312-1234`),
  letter('m09', 'da', 'relative', 'correspondence', `
Til Nav

Min far klager ikke over afgørelsen af 12. oktober 2026, men han vil gerne have en kopi af sagens akter.

Mette Nielsen, for Jens Nielsen, fnr. 03814412345`),
  letter('m10', 'en', 'relative', 'correspondence', `
To Nav

My mother appealed the decision of 5 October 2026 last month. Could you tell us when to expect an answer?

Emma Wilson, for Mary Wilson, national id 18823812345`),
  letter('m11', 'nb', 'lawyer', 'comments', `
Merknader til oversendelsen

Klient: Jon Aas, fnr. 05916812345

Vi viser til Navs oversendelsesbrev av 20.11.2026. Klagen gjelder vedtaket av 2.10.2026, som ble påklaget
på vegne av vår klient. Nav skriver at klienten var kjent med meldeplikten, men det er ikke dokumentert.

Med hilsen
Marte Sæther, advokat`),
  letter('m12', 'nb', 'doctor', 'medical_declaration', `
Legeerklæring

Pasient: Nils Hovland, fnr. 30875812345

Hvis vedtaket påklages på vegne av pasienten, ber jeg om at denne erklæringen legges ved. Han har vært
innlagt på sykehus fra 1.11.2026 og kunne ikke møte.

Dr. Anne Ås, overlege`),
  letter('m13', 'nb', 'relative', 'correspondence', `
Til Nav

Min mor klager kun på vedtak når hun er helt sikker. Denne gangen ønsker hun bare en forklaring på
vedtaket av 28.10.2026.

Kari Berge, fnr. 14824012345`),
  letter('m14', 'en', 'doctor', 'medical_declaration', `
Medical statement

Patient: George Brown, national id 04824112345

His daughter tells me that her father appeals the decision of 3 November 2026. I confirm he is deaf in
one ear and needs a hearing aid.

Dr Alan Cole, GP`),
  letter('m15', 'nb', 'relative', 'correspondence', `
Til Nav

Far vil klage på vedtaket av 4.11.2026 dersom dere ikke retter feilen i utbetalingen. Kan dere se på
det først?

Per Hovland, for Nils Hovland, fnr. 30875812345`),
  letter('m16', 'da', 'lawyer', 'legal_costs_claim', `
Krav om dækning af sagsomkostninger

Klient: Anne Holm, fnr. 26877012345

Afgørelsen af 1. oktober 2026 blev påklaget, og Nav har nu ændret den. Vi kræver dækning af
sagsomkostninger: 6 timer à DKK 2 000.

Peter Holm, advokat`),
];

export const openerDevSlice: OpenerLetter[] = [...openerAppeals, ...openerNearMisses];
