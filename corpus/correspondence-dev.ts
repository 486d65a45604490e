/**
 * A development slice for «correspondence» (SPEC: anything else from a party) written by hand in session 19:
 * letters that ask about the case, tell a new address, send a document on with a short cover note, ask for
 * access (innsyn) or say the writer has moved or has a new lawyer — many naming the appeal or the decision in
 * passing, which is what made new writers' correspondence read as appeals and comments — and near misses
 * that ARE appeals, deadline-interrupting appeals or comments while asking a question or sending papers on.
 * Not an evaluation set (never scored as one, never trained on): the precision scripts and the tests read it
 * beside the training and held-out families. Synthetic ids only (birth month + 80).
 */
export interface DevLetter {
  id: string;
  language: 'nb' | 'nn' | 'sv' | 'da' | 'en';
  style: 'email' | 'handwritten-note' | 'typed-letter';
  documentType: 'correspondence' | 'appeal' | 'appeal_deadline_interrupting' | 'comments';
  text: string;
}

export const letter = (id: string, language: DevLetter['language'], style: DevLetter['style'], documentType: DevLetter['documentType'], text: string): DevLetter => ({
  id,
  language,
  style,
  documentType,
  text: text.trim(),
});

export const correspondenceLetters: DevLetter[] = [
  letter('c01', 'nb', 'handwritten-note', 'correspondence', `
Til Nav klageinstans

Jeg klaget i mars på vedtaket om arbeidsavklaringspenger. Når kommer svaret?
Jeg har ikke hørt noe siden dere sendte brev om at klagen var mottatt.

Hilsen Eva Brekke
Tlf 912 34 567`),
  letter('c02', 'nb', 'email', 'correspondence', `
Fra: Ola Nyhus
Til: klageinstans@nav.invalid
Emne: Saksbehandlingstid

Hei. Hvor lang er saksbehandlingstiden for klager på uføretrygd nå? Jeg sendte klagen min
i august og lurer på når jeg kan vente svar. Saksnummer 2026/11873.

Mvh Ola Nyhus`),
  letter('c03', 'nb', 'typed-letter', 'correspondence', `
Kari Lunde
Storgata 4
7010 Trondheim

Nav klageinstans Midt-Norge

Ny adresse

Jeg har flyttet og ber om at all post i klagesaken min om sykepenger sendes til ny adresse:
Fjordveien 22, 7050 Trondheim, fra 1. desember 2026.

Vennlig hilsen
Kari Lunde`),
  letter('c04', 'nb', 'typed-letter', 'correspondence', `
Helfo
Til klageinstansen

Ettersendelse

Vedlagt ettersender jeg kvitteringene for drosjereisene til sykehuset som jeg nevnte i klagen
min. Jeg beklager at de ikke kom med første gang.

Saksnr. 26/40112

Med vennlig hilsen
Anne Haugland

Vedlegg: 4 kvitteringer`),
  letter('c05', 'nb', 'email', 'correspondence', `
Emne: Innsyn i saken min

Jeg ber om innsyn i alle dokumentene i klagesaken min om yrkesskade, også legeerklæringene
Nav har innhentet. Kan dere sende kopi til meg på e-post?

Vennlig hilsen
Petter Moen`),
  letter('c06', 'nb', 'handwritten-note', 'correspondence', `
Hei!
Jeg har nytt telefonnummer: 47 11 22 33.
Det gjelder klagen på tannbehandlingen. Ring meg gjerne hvis dere lurer på noe.
Hilsen Randi Fossum`),
  letter('c07', 'nb', 'typed-letter', 'correspondence', `
Til Nav klageinstans

Jeg er i Spania fram til 15. februar 2027 og får ikke hentet post. Jeg har klaget på vedtaket
om uføretrygd. Kan dere sende brev i saken til min datter Line Berg, Skolegata 3, 2315 Hamar,
så lenge jeg er borte?

Hilsen
Arne Berg`),
  letter('c08', 'nb', 'typed-letter', 'correspondence', `
Advokatfirmaet Lie & Dahl AS
Postboks 44 Sentrum, 0101 Oslo

Nav klageinstans

Melding om ny fullmektig

Vi viser til klagesaken for Jon Sæther. Vi er nå engasjert som hans advokat og overtar etter
advokat Holm. Fullmakt følger vedlagt. Vi ber om at all korrespondanse i saken heretter sendes
til oss, og om kopi av sakens dokumenter.

Med vennlig hilsen
Siri Lie, advokat`),
  letter('c09', 'nb', 'email', 'correspondence', `
Hei
Jeg fikk brev om at dere har mottatt klagen min på vedtaket om pasientreiser. Der sto det at
dere skulle svare innen tre måneder. Nå har det gått fire. Hva er status i saken?
Mvh
Gunn Ask`),
  letter('c10', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen

Jeg ettersender legeerklæringen fra fastlegen som dere ba om i brevet av 2. november.

Hilsen
Bjørn Tveit`),
  letter('c11', 'nb', 'typed-letter', 'correspondence', `
Vedr. sak 2026/20931 – fysioterapi

Jeg har skiftet bank. Utbetalinger i saken kan gå til kontonummer 1234.56.78901.
Jeg har ellers ingen merknader nå, men venter fortsatt på svar på klagen.

Med hilsen
Marit Solheim`),
  letter('c12', 'nb', 'email', 'correspondence', `
Emne: Spørsmål om klagesaken

Hei. Jeg lurer på om dere har fått papirene fra Helfo i saken min om refusjon av legemidler?
Helfo sa at de skulle sende saken over i oktober. Når blir saken behandlet?

Hilsen Tone Lid`),
  letter('c13', 'nb', 'handwritten-note', 'correspondence', `
Hei
Jeg har fått et brev fra dere men forstår ikke hva jeg skal gjøre. Må jeg sende noe mer?
Kan noen ringe meg på 99 88 77 66? Det gjelder sykepengene.
Hilsen Ali Hassan`),
  letter('c14', 'nb', 'typed-letter', 'correspondence', `
Til Nav klageinstans

Bekreftelse på mottatt brev

Jeg bekrefter at jeg har mottatt brevet deres av 12.11.2026 om at klagesaken er mottatt.
Jeg har ingenting å tilføye foreløpig.

Vennlig hilsen
Hege Vik`),
  letter('c15', 'nb', 'email', 'correspondence', `
Fra: Linn Aas
Emne: Ettersending av dokumentasjon

Hei
Som avtalt på telefon ettersender jeg kopi av arbeidskontrakten og lønnsslippene for mai og juni.
Se vedlegg.

Mvh Linn Aas`),
  letter('c16', 'nb', 'typed-letter', 'correspondence', `
Til klageinstansen

Dødsfall

Jeg skriver for å melde at min far, Per Hovland, døde 3. november 2026. Han hadde en klage inne
om tannbehandling. Jeg er eneste arving og ber om å få vite hva som skjer med saken nå.

Med vennlig hilsen
Lise Hovland`),
  letter('c17', 'nb', 'typed-letter', 'correspondence', `
Melding om adresseendring

Navn: Terje Bakken
Gammel adresse: Elvegata 9, 3015 Drammen
Ny adresse: Bragernes torg 2, 3017 Drammen

Gjelder klagesaken om arbeidsavklaringspenger.

Terje Bakken`),
  letter('c18', 'nb', 'email', 'correspondence', `
Emne: Purring

Hei igjen. Jeg sendte e-post 3. oktober og spurte når klagen min på avslaget om
behandling i utlandet blir behandlet, men har ikke fått svar. Kan noen gi meg en tidsramme?

Vennlig hilsen
Nora Sande`),
  letter('c19', 'nn', 'handwritten-note', 'correspondence', `
Til klageinstansen

Eg klaga på vedtaket om yrkesskade i vår. Kor lang tid tek det før eg får svar?
Eg har ikkje høyrt noko sidan.

Helsing Ivar Hauge`),
  letter('c20', 'nn', 'typed-letter', 'correspondence', `
Ny adresse

Eg har flytta. Send post i klagesaka mi om pasientreiser til
Sjøvegen 5, 6900 Florø.

Med helsing
Sigrid Reite`),
  letter('c21', 'nn', 'email', 'correspondence', `
Emne: Ettersending

Hei. Vedlagt ettersender eg fråsegna frå fysioterapeuten som eg nemnde i klaga mi.
Saksnummer 2026/30118.

Helsing Kjell Nes`),
  letter('c22', 'nn', 'typed-letter', 'correspondence', `
Til Nav klageinstans

Innsyn

Eg ber om innsyn i saka mi om uføretrygd, mellom anna notata frå samtalen med rettleiaren.

Med helsing
Brit Sunde`),
  letter('c23', 'sv', 'email', 'correspondence', `
Från: Anna Lindqvist
Ämne: Fråga om handläggningstid

Hej! Jag överklagade beslutet om vård utomlands i september. Hur lång är handläggningstiden?
När kan jag räkna med ett svar?

Med vänlig hälsning
Anna Lindqvist`),
  letter('c24', 'sv', 'typed-letter', 'correspondence', `
Ny adress

Jag har flyttat till Göteborg. Skicka post i mitt ärende om behandling i Norge till
Linnégatan 12, 413 04 Göteborg.

Med vänliga hälsningar
Erik Sjöberg`),
  letter('c25', 'sv', 'handwritten-note', 'correspondence', `
Hej,
Här skickar jag i efterhand kvittot från tandläkaren som jag glömde att bifoga.
Hälsningar
Maja Holm`),
  letter('c26', 'sv', 'email', 'correspondence', `
Ämne: Begäran om aktinsyn

Jag begär att få ta del av handlingarna i mitt ärende om sjukpenning, särskilt läkarintyget.

Vänliga hälsningar
Karin Ek`),
  letter('c27', 'da', 'email', 'correspondence', `
Emne: Hvornår får jeg svar?

Hej. Jeg klagede over afgørelsen om behandling i udlandet i juli. Hvornår kan jeg forvente
svar? Hvor lang er sagsbehandlingstiden?

Venlig hilsen
Mette Jensen`),
  letter('c28', 'da', 'typed-letter', 'correspondence', `
Adresseændring

Jeg er flyttet. Min nye adresse er Østergade 14, 8000 Aarhus C. Det gælder min klagesag om
tandbehandling.

Med venlig hilsen
Lars Nielsen`),
  letter('c29', 'da', 'handwritten-note', 'correspondence', `
Hej
Jeg eftersender hermed lægeerklæringen som I bad om.
Hilsen Søren Bak`),
  letter('c30', 'da', 'email', 'correspondence', `
Emne: Aktindsigt

Jeg anmoder om aktindsigt i min sag om fysioterapi, herunder alle notater.

Med venlig hilsen
Hanne Krogh`),
  letter('c31', 'en', 'email', 'correspondence', `
From: James Carter
Subject: Status of my appeal

Hello, I appealed the decision on my treatment abroad claim in June. Could you tell me how long
the processing time is and when I can expect an answer?

Kind regards
James Carter`),
  letter('c32', 'en', 'typed-letter', 'correspondence', `
Change of address

I have moved. Please send all letters about my appeal concerning sickness benefit to
14 Church Lane, Leeds LS1 4AB, United Kingdom.

Yours sincerely
Emily Ward`),
  letter('c33', 'en', 'email', 'correspondence', `
Subject: Documents sent on

Please find attached the hospital invoice I mentioned in my appeal. I forgot to include it.

Best wishes
Tom Fischer`),
  letter('c34', 'en', 'typed-letter', 'correspondence', `
Request for access to my file

I request access to all documents in my case concerning occupational injury, including the
medical opinions obtained.

Yours faithfully
Daniel Kowalski`),
  letter('c35', 'en', 'handwritten-note', 'correspondence', `
Dear Sir/Madam,
I will be working abroad until March and cannot collect post. My new phone number is
+47 400 11 222. This is about my appeal for dental treatment.
Regards, Piotr Nowak`),
  letter('c36', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen

Jeg er innlagt på sykehus og kan ikke svare på brev de neste ukene. Saken min gjelder
arbeidsavklaringspenger. Min sønn Even kan kontaktes på 93 12 34 56.

Hilsen Ragnhild Eide`),
  letter('c37', 'nb', 'email', 'correspondence', `
Emne: Har dere fått klagen min?

Hei, jeg sendte en klage på vedtaket om sykepenger i posten 4. november. Jeg vil bare
forsikre meg om at dere har fått den. Kan dere bekrefte?

Takk
Espen Lund`),
  letter('c38', 'nb', 'typed-letter', 'correspondence', `
Advokat Martin Holm
Kirkegata 1, 0153 Oslo

Nav klageinstans

Fratredelse som fullmektig

Jeg har fratrådt som fullmektig for Heidi Strand i klagesaken om uføretrygd. Videre
korrespondanse bes sendt direkte til henne.

Med vennlig hilsen
Martin Holm, advokat`),
  letter('c39', 'nb', 'email', 'correspondence', `
Emne: Kopi av vedtaket

Hei. Jeg har mistet vedtaket om yrkesskade som jeg har klaget på. Kan dere sende meg en kopi?

Hilsen Frode Nilsen`),
  letter('c40', 'nb', 'handwritten-note', 'correspondence', `
Hei
Legger ved timebekreftelsen fra sykehuset, den hører til saken om pasientreise.
Jeg har ingen flere papirer.
Hilsen Wenche Sørli`),
  letter('c41', 'nb', 'typed-letter', 'correspondence', `
Til klageinstansen

Jeg har lest i avisen at klagesaker tar over et år. Stemmer det? Jeg klaget på vedtaket om
arbeidsavklaringspenger i juni og er bekymret for økonomien mens jeg venter.

Vennlig hilsen
Ingrid Ruud`),
  letter('c42', 'nb', 'email', 'correspondence', `
Emne: Taushetserklæring / samtale

Hei. Jeg ønsker et møte eller en telefonsamtale med saksbehandleren min om klagesaken.
Når passer det?

Mvh Hilde Dahl`),
];

export const nearMissLetters: DevLetter[] = [
  letter('n01', 'nb', 'handwritten-note', 'appeal', `
Til Nav

Jeg klager på vedtaket om arbeidsavklaringspenger av 3. oktober 2026. Jeg er fortsatt syk og
kan ikke jobbe. Når får jeg svar på denne klagen?

Hilsen Eva Brekke`),
  letter('n02', 'nb', 'email', 'appeal', `
Emne: Klage på vedtak om uføretrygd

Jeg er uenig i vedtaket av 10.09.2026 og klager. Legen min mener jeg ikke kan arbeide.
Hvor lang er saksbehandlingstiden for en klage?

Mvh Ola Nyhus`),
  letter('n03', 'nb', 'typed-letter', 'appeal', `
Klage

Jeg klager på avslaget på sykepenger datert 01.10.2026. Jeg var sykmeldt hele perioden.
Jeg har flyttet, så send svaret til ny adresse: Fjordveien 22, 7050 Trondheim.

Vennlig hilsen
Kari Lunde`),
  letter('n04', 'nb', 'typed-letter', 'appeal', `
Til Helfo

Vedlagt sender jeg kvitteringene. Jeg klager på vedtaket 14.09.2026 om at dere ikke dekker
drosje til sykehuset. Jeg kan ikke ta buss på grunn av hoftene.

Med vennlig hilsen
Anne Haugland`),
  letter('n05', 'nb', 'email', 'appeal', `
Emne: Innsyn og klage

Jeg klager herved på vedtaket om yrkesskade av 2. september 2026. Skaden skjedde på jobb.
Samtidig ber jeg om innsyn i sakens dokumenter.

Vennlig hilsen
Petter Moen`),
  letter('n06', 'nb', 'handwritten-note', 'appeal', `
Hei
Jeg vil klage på at dere ikke dekker tannbehandlingen min. Vedtaket kom 20. oktober.
Det er urimelig. Ring meg på 47 11 22 33.
Hilsen Randi Fossum`),
  letter('n07', 'nb', 'typed-letter', 'appeal_deadline_interrupting', `
Til Nav

Jeg klager på vedtaket om uføretrygd av 05.10.2026. Jeg er i Spania nå og rekker ikke å skrive
begrunnelsen før fristen. Begrunnelsen ettersender jeg når jeg kommer hjem i februar.

Hilsen
Arne Berg`),
  letter('n08', 'nb', 'typed-letter', 'appeal_deadline_interrupting', `
Advokatfirmaet Lie & Dahl AS

Nav

Foreløpig klage

Vi er engasjert som advokat for Jon Sæther og påklager vedtaket av 11.10.2026 om
arbeidsavklaringspenger. Fullmakt vedlegges. Utfyllende begrunnelse ettersendes når vi har
fått innsyn i sakens dokumenter.

Med vennlig hilsen
Siri Lie, advokat`),
  letter('n09', 'nb', 'email', 'appeal', `
Hei
Jeg fikk vedtaket om pasientreiser i dag og er ikke enig. Jeg har krav på dekning av reisen med
fly fordi det ikke går båt. Jeg klager. Hvor lang tid tar det?
Mvh Gunn Ask`),
  letter('n10', 'nb', 'handwritten-note', 'comments', `
Til klageinstansen

Merknader til oversendelsen

Helfo skriver at jeg ikke har sendt kvitteringer. Det stemmer ikke, de ble sendt i mai.
Jeg ettersender dem igjen her.

Hilsen Bjørn Tveit`),
  letter('n11', 'nb', 'typed-letter', 'comments', `
Vedr. sak 2026/20931 – fysioterapi

Jeg har lest oversendelsesbrevet fra Helfo. Jeg er uenig i at behandlingen ikke var nødvendig.
Fysioterapeuten har skrevet at jeg trenger den. Jeg venter fortsatt på svar.

Med hilsen
Marit Solheim`),
  letter('n12', 'nb', 'email', 'comments', `
Emne: Kommentar til saken

Hei. Jeg har fått kopi av brevet der Helfo sender saken min over til dere. Jeg vil kommentere at
Helfo ikke har tatt med at legemiddelet er det eneste som virker. Når blir saken behandlet?

Hilsen Tone Lid`),
  letter('n13', 'nb', 'handwritten-note', 'appeal', `
Hei
Dere har stoppet sykepengene mine. Det er feil, jeg er fortsatt syk. Jeg klager på det.
Kan noen ringe meg på 99 88 77 66?
Hilsen Ali Hassan`),
  letter('n14', 'nb', 'email', 'appeal', `
Fra: Linn Aas
Emne: Klage

Hei
Jeg klager på vedtaket om sykepenger. Arbeidsgiveren har feil lønn. Jeg ettersender
arbeidskontrakten og lønnsslippene som viser riktig lønn.

Mvh Linn Aas`),
  letter('n15', 'nb', 'typed-letter', 'appeal', `
Til klageinstansen

Min far, Per Hovland, fikk avslag på tannbehandling 1. oktober 2026. Jeg har fullmakt fra ham
og klager på vedtaket. Tennene hans er ødelagt av medisinene.

Med vennlig hilsen
Lise Hovland`),
  letter('n16', 'nn', 'handwritten-note', 'appeal', `
Til Nav

Eg klagar på vedtaket om yrkesskade frå 8. oktober. Ulukka skjedde på arbeid.
Kor lang tid tek det før eg får svar?

Helsing Ivar Hauge`),
  letter('n17', 'nn', 'email', 'appeal', `
Emne: Klage

Eg er ikkje einig i vedtaket om fysioterapi og klagar. Vedlagt sender eg fråsegna frå
fysioterapeuten.

Helsing Kjell Nes`),
  letter('n18', 'sv', 'email', 'appeal', `
Ämne: Överklagande

Hej! Jag överklagar beslutet om vård utomlands från den 3 september 2026. Behandlingen fanns
inte i Sverige. Hur lång är handläggningstiden?

Med vänlig hälsning
Anna Lindqvist`),
  letter('n19', 'sv', 'typed-letter', 'appeal_deadline_interrupting', `
Överklagande

Jag överklagar beslutet av den 2 oktober 2026 om sjukpenning. Jag har flyttat och hinner inte
skriva motiveringen nu. En fullständig motivering skickar jag senare.

Med vänliga hälsningar
Erik Sjöberg`),
  letter('n20', 'da', 'email', 'appeal', `
Emne: Klage over afgørelse

Jeg klager over afgørelsen om behandling i udlandet af 4. august 2026. Hvornår kan jeg
forvente svar?

Venlig hilsen
Mette Jensen`),
  letter('n21', 'da', 'typed-letter', 'appeal', `
Klage

Jeg er uenig i afgørelsen om tandbehandling og klager hermed. Jeg er flyttet, min nye adresse
er Østergade 14, 8000 Aarhus C.

Med venlig hilsen
Lars Nielsen`),
  letter('n22', 'en', 'email', 'appeal', `
Subject: Appeal

I appeal against the decision of 12 September 2026 refusing my treatment abroad claim. The
surgery was not available in Norway. How long will it take?

Kind regards
James Carter`),
  letter('n23', 'en', 'typed-letter', 'appeal_deadline_interrupting', `
Preliminary appeal

I appeal the decision on sickness benefit dated 1 October 2026. I am abroad and will send
the full grounds later. Please note my new address: 14 Church Lane, Leeds LS1 4AB.

Yours sincerely
Emily Ward`),
  letter('n24', 'en', 'email', 'comments', `
Subject: Comments on the forwarding letter

I have read the letter in which Helfo sent my case on to you. Helfo says I did not send the
invoice; please find it attached. I disagree with their assessment.

Best wishes
Tom Fischer`),
  letter('n25', 'nb', 'typed-letter', 'appeal', `
Til Nav klageinstans

Jeg klaget i mars, men har nå fått et nytt vedtak om arbeidsavklaringspenger datert
2. november 2026, og klager også på dette. Jeg er fortsatt under behandling.

Vennlig hilsen
Ingrid Ruud`),
  letter('n26', 'nb', 'email', 'comments', `
Emne: Merknader

Hei. Jeg har fått brevet om at saken er sendt til klageinstansen. Jeg vil si at Nav har lagt
feil inntekt til grunn. Jeg legger ved lønnsslippene.

Mvh Espen Lund`),
  letter('n27', 'nb', 'typed-letter', 'appeal', `
Klage på vedtak om uføretrygd

Jeg påklager vedtaket av 15.10.2026. Jeg ber samtidig om kopi av vedtaket, da jeg har mistet
det, og om innsyn i legeerklæringene.

Hilsen Frode Nilsen`),
  letter('n28', 'nb', 'handwritten-note', 'appeal', `
Hei
Legger ved timebekreftelsen fra sykehuset. Dere har sagt nei til å dekke pasientreisen, men jeg
måtte reise. Jeg klager på det og vil ha pengene tilbake.
Hilsen Wenche Sørli`),
  letter('n29', 'nb', 'email', 'appeal_deadline_interrupting', `
Emne: Klage – begrunnelse kommer

Jeg klager på vedtaket om sykepenger av 20.10.2026 for å holde fristen. Begrunnelsen kommer
senere, jeg er innlagt på sykehus.

Mvh Ragnhild Eide`),
  letter('n30', 'nn', 'typed-letter', 'comments', `
Til klageinstansen

Merknader

Eg har lese oversendinga frå Helfo. Det stemmer ikkje at eg ikkje har sendt inn kvitteringar.
Eg ettersender dei no.

Med helsing
Sigrid Reite`),
];

export const correspondenceDevSlice: DevLetter[] = [...correspondenceLetters, ...nearMissLetters];
