/**
 * A development slice for «comments» against «correspondence», written by hand in session 21 (corr21): real
 * comments (SPEC: an answer to the first instance's transfer letter or its assessment, to the appeals body's
 * invitation to comment, or new arguments for the appeal) in many voices and languages, and ordinary
 * correspondence on a case that a model trained on template letters reads as comments — a question about the
 * processing time, a changed address, «hva skjer med saken min», a copy sent for information, a question to the
 * case handler, a letter quoting the invitation to comment without commenting. Not an evaluation set (never
 * scored as one, never trained on): scripts/comments-correspondence-dev.ts and
 * test/classify/comments-answer-transfer.test.ts read it. Synthetic ids only (birth month + 80).
 */
import { type DevLetter, letter } from './correspondence-dev.ts';

export const commentsLetters: DevLetter[] = [
  letter('k01', 'nb', 'handwritten-note', 'comments', `
Til Nav klageinstans

Jeg har fått kopi av brevet der Nav sender saken min over til dere. Nav skriver at jeg ikke har
vært hos legen siden mai. Det er feil, jeg var der både i juni og i august.

Hilsen Randi Oksnes`),
  letter('k02', 'nb', 'typed-letter', 'comments', `
Advokatfirmaet Berg AS
Postboks 12 Sentrum
0101 Oslo

Nav klageinstans

Merknader til oversendelsesbrev – klient Per Rød, f.nr. 15895012345

Det vises til Navs oversendelsesbrev av 12. oktober 2026. Klienten er ikke enig i
fremstillingen av arbeidsevnen. Vurderingen fra Nav bygger på en legeerklæring som er to år
gammel, og tar ikke hensyn til spesialisterklæringen som ble lagt frem i klagen.

Med vennlig hilsen
Eirik Berg, advokat`),
  letter('k03', 'nb', 'email', 'comments', `
Emne: Svar på brevet fra dere

Takk for brevet der dere ber om mine kommentarer til det Helfo har skrevet. Helfo mener
reisen kunne vært gjort med buss. Jeg kan ikke sitte så lenge på grunn av ryggen, og det
står i legeattesten.

Mvh Knut Hovda`),
  letter('k04', 'nb', 'handwritten-note', 'comments', `
Hei

Jeg har ingen merknader til oversendelsen fra Nav, og ber dere behandle klagen slik den er.

Hilsen Solveig Aas`),
  letter('k05', 'nb', 'typed-letter', 'comments', `
Til Helfo klageinstans

Tillegg til klagen min av 3. september

Jeg vil tilføye at tannlegen nå har bekreftet at skaden skyldes sykdommen, ikke vanlig slitasje.
Dette viser at vilkårene for stønad er oppfylt.

Med hilsen
Lars Fjeld`),
  letter('k06', 'nb', 'email', 'comments', `
Fra: Hanne Moe
Emne: Innspill i saken om arbeidsavklaringspenger

Jeg ønsker å gi noen innspill før dere avgjør saken. Arbeidsgiveren min har sagt at jeg ikke
kan komme tilbake i samme stilling, og det har ikke Nav tatt med i vurderingen.

Hanne Moe`),
  letter('k07', 'nb', 'typed-letter', 'comments', `
Tilsvar til oversendelse i sak 26/11223

På vegne av min mor, Astrid Lie, vil jeg uttale meg om det Nav skriver om pleiebehovet. Hun
trenger hjelp hver natt, ikke bare om dagen, slik kommunens vurdering også viser.

Vennlig hilsen
Tor Lie`),
  letter('k08', 'nb', 'handwritten-note', 'comments', `
Jeg opprettholder klagen min. Nav sier at jeg kan jobbe halv dag, men jeg har prøvd det og
klarte det ikke mer enn to uker. Det må dere ta med.

Grete Nilsen`),
  letter('k09', 'nn', 'typed-letter', 'comments', `
Til Nav klageinstans

Merknader til oversendingsbrevet

Eg har fått kopi av oversendingsbrevet frå Nav. Nav skriv at eg har fått rettleiing om
aktivitetsplikta. Det stemmer ikkje, eg fekk aldri nokon samtale om dette.

Helsing Ingrid Myklebust`),
  letter('k10', 'nn', 'email', 'comments', `
Hei
Eg vil leggje til noko i klaga mi: legen har no skrive at eg ikkje kan arbeide med løft.
Det viser at eg ikkje kan gå tilbake til jobben på lageret.
Helsing Olav Bø`),
  letter('k11', 'sv', 'typed-letter', 'comments', `
Till Helfo

Synpunkter på överlämnandet av mitt ärende

Jag har tagit del av Helfos bedömning i överlämnandet. Helfo menar att behandlingen i Sverige
kunde ha getts i Norge inom rimlig tid. Det stämmer inte, väntetiden var över ett år.

Med vänlig hälsning
Karin Lind`),
  letter('k12', 'sv', 'email', 'comments', `
Hej
Jag vill tillägga att min läkare nu har skrivit ett nytt intyg som visar att jag inte kan
arbeta heltid. Jag vidhåller att beslutet är fel.
Hälsningar
Anders Berg`),
  letter('k13', 'da', 'typed-letter', 'comments', `
Til Nav klageinstans

Bemærkninger til oversendelsen

Jeg har modtaget kopi af oversendelsesbrevet. Nav skriver, at jeg har haft indtægt i perioden.
Det er ikke rigtigt; pengene var en tilbagebetaling af et lån.

Med venlig hilsen
Mette Holm`),
  letter('k14', 'da', 'email', 'comments', `
Hej
Jeg vil tilføje til min klage, at jeg nu har fået en udtalelse fra speciallægen. Den viser at
skaden skete på arbejdet.
Venlig hilsen
Søren Dahl`),
  letter('k15', 'en', 'email', 'comments', `
Subject: My comments on the transfer letter

Dear Sir or Madam,
I have received a copy of the transfer letter from NAV. NAV writes that I left my job voluntarily.
That is not correct; my contract ended and was not renewed.

Kind regards
John Miller`),
  letter('k16', 'en', 'typed-letter', 'comments', `
To the appeals body

Thank you for your letter inviting me to comment. I would like to add that my doctor has now
confirmed the diagnosis, which supports my appeal.

Yours faithfully
Sarah Jones`),
  letter('k17', 'nb', 'typed-letter', 'comments', `
Fagforbundet
Juridisk avdeling

Supplerende anførsler i klagesak for medlem Kari Dahl

Vi viser til klagen av 2. juni 2026 og fremmer følgende supplerende anførsler: Nav har ikke
vurdert om medlemmet har rett til sykepenger som frilanser i perioden.

Med hilsen
Fagforbundet, juridisk avdeling`),
  letter('k18', 'nb', 'email', 'comments', `
Hei
Dere ba meg kommentere det Nav skrev. Jeg har følgende kommentarer: jeg har aldri fått noen
aktivitetsplan, og møtet i april ble avlyst av Nav, ikke av meg.
Hilsen Siv Eng`),
  letter('k19', 'nb', 'handwritten-note', 'comments', `
Ang. saken min om hjelpemidler

Jeg er ikke enig i vurderingen fra Nav. Rullestolen de vil gi meg passer ikke i leiligheten,
det har ergoterapeuten skrevet.

Hilsen Bjarne Vik`),
  letter('k20', 'nb', 'typed-letter', 'comments', `
Ytterligere begrunnelse for klage

Som ytterligere begrunnelse for klagen viser jeg til at jeg har vært sammenhengende syk siden
januar, og at Nav ikke har innhentet opplysninger fra sykehuset.

Med hilsen
Petra Strand`),
  letter('k21', 'en', 'email', 'comments', `
Hello,
I have no further comments on NAV's assessment, but I maintain my appeal.
Best regards
Tom Hall`),
  letter('k22', 'sv', 'handwritten-note', 'comments', `
Jag vill yttra mig om det Försäkringskassan skriver. Jag har inte haft någon inkomst i Norge
det året, bara i Sverige.
Eva Ström`),
  letter('k23', 'nb', 'email', 'comments', `
Emne: merknader

Jeg har lest gjennom papirene dere sendte. Det Nav skriver om inntekten min stemmer ikke, jeg
hadde ikke lønn i mars og april. Jeg legger ved lønnsslippene.
Ola Berge`),
  letter('k24', 'da', 'handwritten-note', 'comments', `
Jeg har ingen bemærkninger til sagen og henviser til min klage.
Lone Jensen`),
];

export const caseCorrespondenceLetters: DevLetter[] = [
  letter('r01', 'nb', 'email', 'correspondence', `
Emne: Hva skjer med saken min?

Hei. Hva skjer med saken min om arbeidsavklaringspenger? Nav sa at den var sendt til dere i
september, men jeg har ikke hørt noe.
Hilsen Mona Dahl`),
  letter('r02', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen

Jeg har fått brevet om at dere har fått saken min fra Nav. Hvor lang tid tar det før jeg får
svar? Jeg trenger å vite det for å planlegge.

Hilsen Arne Ruud`),
  letter('r03', 'nb', 'typed-letter', 'correspondence', `
Melding om endret adresse

Jeg gjør oppmerksom på at jeg har fått ny postadresse fra 1. januar 2027:
Skogveien 3, 2815 Gjøvik. Saken min gjelder uføretrygd.

Vennlig hilsen
Liv Haugen`),
  letter('r04', 'nb', 'email', 'correspondence', `
Hei
Jeg sender en kopi av brevet jeg fikk fra Nav, til orientering. Det gjelder klagesaken som
ligger hos dere.
Mvh Per Lund`),
  letter('r05', 'nb', 'handwritten-note', 'correspondence', `
Til saksbehandler

Jeg har et spørsmål: får jeg beholde sykepengene mens dere behandler klagen, eller må jeg
søke om noe annet i mellomtiden?

Hilsen Kari Fossum`),
  letter('r06', 'nb', 'email', 'correspondence', `
Emne: Brev om merknader

Jeg fikk brev fra dere om at jeg kan komme med merknader innen tre uker. Hva betyr det? Må jeg
svare, og hva skjer hvis jeg ikke gjør det?
Hilsen Jorunn Lie`),
  letter('r07', 'nb', 'typed-letter', 'correspondence', `
Til Nav klageinstans

Jeg har ikke fått oversendelsesbrevet som dere skriver at Nav har sendt meg. Kan dere sende
meg en kopi?

Med hilsen
Even Ness`),
  letter('r08', 'nb', 'handwritten-note', 'correspondence', `
Hei
Jeg skal ikke kommentere saken nå, men vil bare vite når dere regner med å være ferdige.
Telefon 912 34 567 om dere har spørsmål eller kommentarer.
Marit Holm`),
  letter('r09', 'nb', 'email', 'correspondence', `
Emne: Har dere mottatt merknadene mine?

Jeg sendte merknader til dere i oktober. Har dere mottatt merknadene mine? Jeg har ikke fått
noen bekreftelse.
Hilsen Geir Foss`),
  letter('r10', 'nb', 'typed-letter', 'correspondence', `
Vedrørende sak 2026/33120

Jeg vil informere om at jeg er innlagt på sykehus fra neste uke og ikke kan nås på telefon i
to uker. Post kan sendes som vanlig.

Hilsen Britt Sand`),
  letter('r11', 'nn', 'handwritten-note', 'correspondence', `
Til klageinstansen

Kva skjer med saka mi? Eg sende klage i august og har ikkje høyrt noko.
Helsing Nils Tveit`),
  letter('r12', 'nn', 'email', 'correspondence', `
Hei
Eg har fått ny adresse: Kyrkjevegen 2, 6800 Førde. Ver venleg å sende post dit.
Helsing Kari Sunde`),
  letter('r13', 'sv', 'email', 'correspondence', `
Hej
Hur går det med mitt ärende? Jag skickade in mitt överklagande i juni och har inte fått något
svar. Hur lång tid brukar det ta?
Hälsningar Lena Berg`),
  letter('r14', 'sv', 'typed-letter', 'correspondence', `
Till klageinstansen

Jag skickar en kopia av brevet från Försäkringskassan för kännedom. Jag har flyttat till
Storgatan 8, 411 38 Göteborg.

Med vänlig hälsning
Per Sjöberg`),
  letter('r15', 'da', 'email', 'correspondence', `
Hej
Hvad sker der med min sag? Jeg har ventet i fire måneder og har ikke hørt noget.
Venlig hilsen
Karen Møller`),
  letter('r16', 'da', 'typed-letter', 'correspondence', `
Til klageinstansen

Jeg har fået nyt telefonnummer: 22 33 44 55. Jeg kan træffes hver dag efter kl. 12.

Med venlig hilsen
Jens Lund`),
  letter('r17', 'en', 'email', 'correspondence', `
Subject: Question about my case

Hello, could you tell me what is happening with my case? I sent my appeal to NAV in May and they
said it was forwarded to you. I have not heard anything since.
Regards, Mark Brown`),
  letter('r18', 'en', 'typed-letter', 'correspondence', `
To the case handler

I am writing to let you know that I will be abroad from 1 February to 15 March. Please send any
letters to my e-mail address, mark.brown@example.invalid, during that time.

Yours sincerely
Mark Brown`),
  letter('r19', 'nb', 'email', 'correspondence', `
Hei
Jeg har fått brevet fra dere med frist på tre uker til å kommentere saken. Jeg er på ferie nå,
kan jeg få utsatt fristen til etter 20. januar?
Mvh Anne Bakke`),
  letter('r20', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen

Jeg vil gjerne snakke med den som har saken min. Kan saksbehandleren ringe meg? Jeg er
hjemme på formiddagen.

Hilsen Oddvar Lien`),
  letter('r21', 'nb', 'typed-letter', 'correspondence', `
Kopi til orientering

Vedlagt følger kopi av brevet mitt til kommunen om bostøtte, til orientering. Det har ingen
betydning for klagen, men jeg ville at dere skulle vite om det.

Hilsen Tove Aune`),
  letter('r22', 'nb', 'email', 'correspondence', `
Emne: Hvem er saksbehandler?

Hei, hvem er saksbehandler i saken min om foreldrepenger, og hvordan kan jeg kontakte
vedkommende direkte?
Mvh Hilde Ø`),
  letter('r23', 'en', 'email', 'correspondence', `
Hello
I received your letter saying I may submit comments within three weeks. I do not understand what
I am supposed to comment on. Can someone call me?
Thanks, Ali Khan`),
  letter('r24', 'nb', 'handwritten-note', 'correspondence', `
Hei
Har dere fått saken min fra Nav ennå? Nav sa den var sendt for en måned siden.
Hilsen Frode Eide`),
  letter('r25', 'sv', 'handwritten-note', 'correspondence', `
Jag har inte fått Helfos bedömning som ni skriver om. Kan ni skicka den till mig?
Maria Nyström`),
  letter('r26', 'nb', 'email', 'correspondence', `
Emne: Fullmakt

Jeg gir med dette min datter, Line Vik, fullmakt til å snakke med dere om saken min.
Hilsen Rolf Vik`),
  letter('r27', 'nb', 'email', 'correspondence', `
Hei
Jeg har fått kopi av oversendelsesbrevet fra Nav. Hvor lang tid tar det nå før saken blir avgjort?
Hilsen Per Vold`),
  letter('r28', 'nn', 'typed-letter', 'correspondence', `
Til klageinstansen
Eg har fått kopi av oversendingsbrevet frå Nav. Eg har flytta, ny adresse er Strandvegen 9, 6100 Volda.
Helsing Åse Vik`),
  letter('r29', 'sv', 'email', 'correspondence', `
Hej
Jag har fått en kopia av Helfos överlämnande till er. Jag har fått nytt telefonnummer: 070 123 45 67.
Hälsningar Ulla Berg`),
  letter('r30', 'da', 'email', 'correspondence', `
Hej
Jeg har fået kopi af oversendelsesbrevet fra Nav. Hvornår kan jeg forvente svar?
Venlig hilsen Bent Olsen`),
  letter('r31', 'en', 'email', 'correspondence', `
Dear Sir or Madam,
I received a copy of the transfer letter from NAV. Could you tell me the name of my case handler?
Kind regards, Anna White`),
  letter('r32', 'nb', 'typed-letter', 'correspondence', `
Til Helfo klageinstans
Jeg viser til oversendelsesbrevet fra Helfo datert 3. oktober. Jeg har skiftet fastlege og ber dere
sende kopi av vedtaket til meg, ikke til den gamle legen.
Hilsen Eli Sund`),
  letter('r33', 'nb', 'handwritten-note', 'correspondence', `
Til Nav klageinstans
Jeg fikk kopi av brevet Nav sendte dere. Jeg er bortreist til 1. mars, post kan sendes som vanlig
men jeg svarer ikke før da.
Hilsen Jon Aune`),
  letter('r34', 'nb', 'email', 'correspondence', `
Hei
Jeg har mottatt oversendelsen fra Nav og kopi av klagen min. Skal jeg sende noe mer til dere,
eller venter jeg bare?
Mvh Lise Krog`),
  letter('r35', 'nb', 'typed-letter', 'correspondence', `
Til Nav klageinstans

Jeg har fått kopi av brevet der Nav sender saken min over til dere. Når kan jeg regne med svar?

Hilsen Randi Oksnes`),
  letter('r36', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen
Jeg har fått kopi av oversendelsesbrevet. Jeg er innlagt på sykehus de neste ukene, så det kan ta
tid før jeg svarer. Kan fristen forlenges?
Hilsen Hege Sæter`),
];

export const commentsCorrespondenceDevSlice: DevLetter[] = [...commentsLetters, ...caseCorrespondenceLetters];

/**
 * Written after the families were settled and never tuned on (session 21): a check of the rule on letters it was
 * not fitted to. scripts/comments-correspondence-dev.ts prints them as their own slice.
 */
export const untunedLetters: DevLetter[] = [
  letter('u01', 'nb', 'email', 'correspondence', `
Emne: Kopi av brev fra Nav

Hei. Nav har sendt meg kopi av brevet de sendte dere om klagen min. Jeg lurer på om dere trenger
noe mer fra meg, eller om saken er komplett nå?
Mvh Svein Aarvik`),
  letter('u02', 'nb', 'handwritten-note', 'correspondence', `
Til klageinstansen
Takk for brevet om at saken min er mottatt fra Helfo. Jeg er på reise i Spania til april, men
datteren min henter posten.
Hilsen Else Moen`),
  letter('u03', 'nn', 'email', 'correspondence', `
Hei
Eg har fått oversendingsbrevet frå Nav i posten. Kven er saksbehandlar hos dykk, og kan eg ringje
vedkomande?
Helsing Sigurd Nes`),
  letter('u04', 'sv', 'typed-letter', 'correspondence', `
Till klageinstansen
Jag har fått kopia av Försäkringskassans brev till er. Kan ni skicka all post till min nya adress,
Vasagatan 3, 111 20 Stockholm?
Med vänlig hälsning
Britt Lundqvist`),
  letter('u05', 'da', 'email', 'correspondence', `
Hej
Jeg har modtaget kopi af brevet, hvor Nav sender min klage videre til jer. Hvor lang tid går der,
før I træffer en afgørelse?
Med venlig hilsen
Henrik Bak`),
  letter('u06', 'en', 'typed-letter', 'correspondence', `
To the appeals body
I have received NAV's letter forwarding my appeal to you. Please note that my lawyer, Ms Grant,
no longer represents me. Send all letters directly to me.
Yours sincerely
David Cole`),
  letter('u07', 'nb', 'typed-letter', 'correspondence', `
Sak 26/51234
Jeg har fått kopi av oversendelsen. Jeg ber om innsyn i legeerklæringen Nav har lagt ved.
Vennlig hilsen
Turid Hagen`),
  letter('u08', 'nb', 'email', 'correspondence', `
Hei
Fikk brev fra Nav om at klagen er sendt videre til dere. Må jeg gjøre noe nå? Jeg har ikke fått
noe brev fra dere ennå.
Hilsen Stine Karlsen`),
  letter('u09', 'nb', 'typed-letter', 'comments', `
Svar på oversendelse fra Nav
Nav har ikke tatt med at jeg har vært sykmeldt fra fastlegen hele perioden. Legeerklæringene ligger
ved. Jeg ber om at dette tas med i vurderingen.
Hilsen Frank Olsen`),
  letter('u10', 'nb', 'email', 'comments', `
Hei
Jeg har lest det Helfo skrev da de sendte saken til dere. De mener at tannlegen ikke søkte på
forhånd, men det gjorde han, søknaden er datert 2. mai.
Mvh Ruth Aas`),
  letter('u11', 'sv', 'email', 'comments', `
Hej
Jag har läst Helfos bedömning och den stämmer inte. Behandlingen i Sverige var akut och kunde inte
vänta.
Hälsningar Jonas Ek`),
  letter('u12', 'en', 'email', 'comments', `
Dear case handler,
Further to my appeal, I would like to add that the hospital has now confirmed the injury happened at
work.
Regards, Lucy Grey`),
  letter('u13', 'da', 'typed-letter', 'comments', `
Bemærkninger til Navs vurdering
Nav mener, at jeg kan arbejde fuld tid. Det er ikke rigtigt; min læge har skrevet, at jeg højst kan
arbejde 20 timer om ugen.
Med venlig hilsen
Anne Kjær`),
  letter('u14', 'nn', 'handwritten-note', 'comments', `
Eg har fått kopi av brevet der Nav sender saka over. Nav skriv at eg takka nei til tiltak. Det er
ikkje rett, tiltaket vart avlyst.
Helsing Marta Lid`),
];
