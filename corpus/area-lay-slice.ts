import type { Lang } from './areas.ts';

/**
 * A development slice for the case area in a new writer's words (issue 13, session 15): appeals, comments
 * and declarations that name the benefit as a lay writer does («AAP-en min», «uføren», «pengene mens jeg
 * var syk») or only describe the situation, across the areas new writers confuse (disability, work
 * assessment, sick pay, medical, occupational injury). Written from SPEC.md's area descriptions and a
 * situation each, never from an evaluation letter; scored by `npm run eval` (scripts/eval-lay-slice.ts)
 * before the rules it led to were written, and never trained on. Some name another benefit only to deny it
 * («jeg har ikke søkt uføretrygd»): the area is the one the letter is about.
 */
export interface LaySliceLetter {
  id: string;
  lang: Lang;
  documentType: 'appeal' | 'comments' | 'medical_declaration';
  area: string;
  text: string;
}

const letter = (id: string, lang: Lang, documentType: LaySliceLetter['documentType'], area: string, body: string): LaySliceLetter => ({ id, lang, documentType, area, text: body.trim() });

export const layAreaSlice: LaySliceLetter[] = [
  // Work assessment allowance (AAP), named as writers name it.
  letter('ls-aap-01', 'nb', 'appeal', 'work_assessment', `Kari Nilsen\nLøkkeveien 4\n4012 Stavanger\n\nStavanger 3. november 2026\n\nKlage\n\nJeg klager på vedtaket om at AAP-en min skal stanses fra 1. desember. Jeg er fortsatt i tiltak og har ikke fått prøvd meg i jobb ennå. Jeg ber om at dere ser på saken på nytt.\n\nHilsen Kari Nilsen`),
  letter('ls-aap-02', 'nb', 'appeal', 'work_assessment', `Til Nav\n\nJeg vil klage. Dere har tatt fra meg arbeidsavklaringspengene mine fordi dere mener jeg ikke følger aktivitetsplanen, men jeg var syk i de ukene. Det er urettferdig.\n\nMed vennlig hilsen\nTor Ås`),
  letter('ls-aap-03', 'nb', 'appeal', 'work_assessment', `Hei\nSkriver angående aap'en min som ble avslått i brev av 12.10.2026. Jeg mener jeg har nedsatt arbeidsevne og trenger tid til å bli avklart. Vil klage på dette.\nmvh Lise`),
  letter('ls-aap-04', 'nn', 'appeal', 'work_assessment', `Klage på vedtak\n\nEg klagar på at arbeidsavklaringspengane mine er stansa. Eg har framleis nedsett arbeidsevne og er under avklaring hos Nav. Eg ber om at vedtaket blir oppheva.\n\nHelsing\nOla Vik`),
  letter('ls-aap-05', 'nn', 'appeal', 'work_assessment', `Hei\n\nEg vil klage på at AAP-en min vart redusert. Eg har ikkje fått noko tiltak og veit ikkje kva eg skal gjere. Legen min meiner eg treng meir tid.\n\nMvh\nSigrid Haug`),
  letter('ls-aap-06', 'nb', 'appeal', 'work_assessment', `Klage\n\nJeg har ikke søkt uføretrygd, jeg vil tilbake i jobb. Det jeg klager på er at pengene mens Nav avklarer arbeidsevnen min er stoppet. AAP-perioden min er ikke brukt opp.\n\nHilsen Per Lunde`),
  letter('ls-aap-07', 'sv', 'appeal', 'work_assessment', `Överklagande\n\nJag överklagar beslutet att stoppa min AAP från Norge. Jag bor i Strömstad och NAV utreder fortfarande min arbetsförmåga. Jag begär att beslutet ändras.\n\nMed vänlig hälsning\nAnna Berg`),
  letter('ls-aap-08', 'da', 'appeal', 'work_assessment', `Klage\n\nJeg klager over at min AAP fra Norge er stoppet. NAV har ikke afklaret min arbejdsevne endnu, og jeg deltager stadig i arbejdsprøvning.\n\nVenlig hilsen\nJens Holm`),
  letter('ls-aap-09', 'en', 'appeal', 'work_assessment', `Appeal\n\nI am appealing the decision to stop my AAP. NAV has not finished assessing whether I can work, and I am still on the work trial my adviser set up.\n\nYours sincerely\nMark Evans`),
  letter('ls-aap-10', 'nb', 'comments', 'work_assessment', `Merknader til saken\n\nJeg har lest det Nav skrev om aap-saken min. De skriver at jeg ikke har møtt til tiltak, men jeg var innlagt. Jeg mener fortsatt at arbeidsavklaringspengene skal løpe videre.\n\nHilsen Eva Dahl`),
  // Disability (uføretrygd), named as writers name it.
  letter('ls-ufo-01', 'nb', 'appeal', 'disability', `Klage\n\nDe tok fra meg uføren min fordi jeg tjente litt ekstra i sommer. Jeg har vært syk i mange år og klarer ikke å jobbe fullt. Jeg ber dere se på uføre-saken min igjen.\n\nMvh Arne Berg`),
  letter('ls-ufo-02', 'nb', 'appeal', 'disability', `Hei\n\nJeg klager på avslaget på uføretrygden. Jeg har prøvd alt av tiltak og AAP i fire år og kommer ikke tilbake i arbeid. Inntektsevnen min er varig nedsatt.\n\nHilsen Grete Moe`),
  letter('ls-ufo-03', 'nb', 'appeal', 'disability', `Klage på vedtak om uføre\n\nJeg søkte om å bli ufør etter at AAP-perioden var slutt, men fikk avslag. Jeg mener jeg fyller vilkårene og klager derfor.\n\nHilsen Nils Strand`),
  letter('ls-ufo-04', 'nn', 'appeal', 'disability', `Klage\n\nEg klagar på vedtaket om uføretrygda mi. Nav har sett uføregraden til 50 prosent, men eg klarer ikkje å arbeide meir enn nokre timar i veka.\n\nHelsing\nMarta Lie`),
  letter('ls-ufo-05', 'nn', 'appeal', 'disability', `Hei\n\nEg vil klage på at uførepengane mine er reduserte. Eg har ikkje fått forklaring på kvifor. Eg har vore ufør sidan 2019.\n\nMvh Knut Rye`),
  letter('ls-ufo-06', 'nb', 'appeal', 'disability', `Klage\n\nUføretrygden min er satt ned uten at noe har endret seg med helsen min. Jeg har ingen sykepenger eller andre ytelser å falle tilbake på.\n\nHilsen Hanne Borg`),
  letter('ls-ufo-07', 'nb', 'appeal', 'disability', `Til Nav\n\nJeg klager på at jeg ikke får bli ufør. Jeg har hatt arbeidsavklaringspenger i fire år, og legen min sier at jeg aldri kommer tilbake i jobb.\n\nMvh Rune Aas`),
  letter('ls-ufo-08', 'sv', 'appeal', 'disability', `Överklagande\n\nJag överklagar beslutet om min norska förtidspension. Jag kan inte arbeta längre efter min hjärtinfarkt och jag anser att beslutet är fel.\n\nMed vänlig hälsning\nLars Ek`),
  letter('ls-ufo-09', 'da', 'appeal', 'disability', `Klage\n\nJeg klager over afslaget på min norske førtidspension. Jeg har arbejdet i Norge i tyve år og kan ikke arbejde mere.\n\nVenlig hilsen\nBirgit Lund`),
  letter('ls-ufo-10', 'en', 'appeal', 'disability', `Appeal\n\nI appeal the decision to reduce my Norwegian disability benefit. My health has not improved and I cannot work more than before.\n\nKind regards\nSarah Cole`),
  letter('ls-ufo-11', 'nb', 'comments', 'disability', `Kommentar til oversendelsen\n\nNav skriver at jeg kan jobbe 50 prosent, men det har jeg aldri klart. Uføregraden må settes opp. Jeg har ikke fått sykepenger på mange år.\n\nHilsen Lene Fossum`),
  // Sick pay, named as writers name it.
  letter('ls-syk-01', 'nb', 'appeal', 'sick_pay', `Klage\n\nSykepengene mine stoppet i oktober uten at jeg fikk noe brev først. Jeg er fortsatt sykmeldt og har levert alle papirene.\n\nHilsen Mona Hagen`),
  letter('ls-syk-02', 'nb', 'appeal', 'sick_pay', `Hei\n\nJeg klager på at jeg ikke fikk pengene mens jeg var syk i september. Arbeidsgiveren min sier det er Nav som skal betale. Jeg har ikke søkt AAP.\n\nMvh Stein Nygård`),
  letter('ls-syk-03', 'nb', 'appeal', 'sick_pay', `Klage på vedtak\n\nNav mener at jeg har brukt opp sykepengedagene mine, men jeg var frisk i tre måneder i mellomtiden. Maksdato er regnet feil.\n\nHilsen Ida Skog`),
  letter('ls-syk-04', 'nn', 'appeal', 'sick_pay', `Klage\n\nEg klagar på at sjukepengane mine vart stansa. Eg er framleis sjukmeld frå jobben og har ikkje fått nokon grunn.\n\nHelsing\nOddny Bø`),
  letter('ls-syk-05', 'nn', 'appeal', 'sick_pay', `Hei\n\nEg fekk ikkje pengar medan eg var sjuk i sommar. Nav seier at eg ikkje hadde nok inntekt, men eg har jobba heile året.\n\nMvh Ivar Sande`),
  letter('ls-syk-06', 'nb', 'appeal', 'sick_pay', `Klage\n\nJeg har ikke søkt uføretrygd og vil ikke være ufør. Jeg klager på at sykepengene ble avslått fordi dere mener jeg ikke var syk nok. Jeg var sykemeldt fra fastlegen.\n\nHilsen Tone Lie`),
  letter('ls-syk-07', 'sv', 'appeal', 'sick_pay', `Överklagande\n\nJag fick ingen ersättning från NAV när jag var sjukskriven från mitt jobb i Oslo. Jag överklagar beslutet.\n\nHälsningar\nErik Sjö`),
  letter('ls-syk-08', 'da', 'appeal', 'sick_pay', `Klage\n\nJeg klager over at jeg ikke fik penge mens jeg var sygemeldt fra mit arbejde i Bergen. NAV siger jeg ikke har ret til det.\n\nVenlig hilsen\nMette Kjær`),
  letter('ls-syk-09', 'en', 'appeal', 'sick_pay', `Appeal\n\nI was signed off work by my doctor in August but NAV refused to pay me for those weeks. I appeal the decision about my sick pay.\n\nRegards\nTom Hill`),
  letter('ls-syk-10', 'nb', 'medical_declaration', 'sick_pay', `Legeerklæring\n\nPasienten har vært sykmeldt fra sin stilling siden 4. august 2026 på grunn av ryggsmerter. Arbeidsuførheten skyldes sykdom. Jeg anbefaler at sykepengene videreføres.\n\nFastlege Kjell Aune`),
  // Medical (legehjelp), named as writers name it.
  letter('ls-med-01', 'nb', 'appeal', 'medical', `Klage\n\nJeg klager på at jeg ikke får dekket regningen fra legen. Jeg måtte betale full pris hos spesialisten fordi dere sier han ikke har avtale.\n\nHilsen Jorunn Vang`),
  letter('ls-med-02', 'nb', 'appeal', 'medical', `Hei\n\nJeg fikk ikke refundert psykologtimene mine. Legen min sa at jeg skulle få henvisning og at det skulle være dekket. Jeg klager på dette.\n\nMvh Siri Holt`),
  letter('ls-med-03', 'nn', 'appeal', 'medical', `Klage\n\nEg klagar på at eigendelane mine hos legevakta ikkje vart rekna med. Eg har betalt over taket og skulle hatt frikort.\n\nHelsing\nAud Rønning`),
  letter('ls-med-04', 'sv', 'appeal', 'medical', `Överklagande\n\nJag överklagar beslutet att inte ersätta läkarräkningen från specialisten i Tromsø. Jag hade remiss från min läkare.\n\nMed vänlig hälsning\nKarin Holm`),
  letter('ls-med-05', 'en', 'appeal', 'medical', `Appeal\n\nI appeal the refusal to refund what I paid the specialist at the private clinic. My GP referred me and I was told it would be covered.\n\nBest regards\nJohn Reed`),
  // Occupational injury, described without the scheme's name.
  letter('ls-yrk-01', 'nb', 'appeal', 'occupational_injury', `Klage\n\nJeg klager på at skaden jeg fikk på jobb ikke er godkjent. Jeg falt fra stillaset på byggeplassen og brakk hånden. Det skjedde i arbeidstiden.\n\nHilsen Geir Toft`),
  letter('ls-yrk-02', 'nb', 'appeal', 'occupational_injury', `Hei\n\nJeg klager på vedtaket om ulykka på jobben i mars. Nav mener at ryggen min var skadet fra før, men jeg hadde aldri vondt før ulykka.\n\nMvh Bjørn Eide`),
  letter('ls-yrk-03', 'nn', 'appeal', 'occupational_injury', `Klage\n\nEg klagar på at skaden eg fekk på arbeid ikkje er godkjend som yrkesskade. Eg skadde kneet då eg fall i lageret.\n\nHelsing\nPer Bakke`),
  letter('ls-yrk-04', 'en', 'appeal', 'occupational_injury', `Appeal\n\nI appeal the decision that my accident at work is not covered. I injured my shoulder lifting at the warehouse during my shift.\n\nYours faithfully\nPaul Grant`),
  // Situations named without the benefit's name.
  letter('ls-sit-01', 'nb', 'appeal', 'disability', `Klage\n\nJeg har fått avslag på søknaden om varig stønad fordi jeg ikke kan jobbe. Jeg har vært syk i ti år og alle legene sier at jeg aldri blir frisk nok til å jobbe igjen.\n\nHilsen Ragnhild Dale`),
  letter('ls-sit-02', 'nb', 'appeal', 'work_assessment', `Klage\n\nJeg klager på at pengene jeg får mens jeg er i tiltak er stoppet. Nav skulle avklare arbeidsevnen min, men nå sier de at jeg ikke har krav lenger.\n\nHilsen Jon Myhre`),
  letter('ls-sit-03', 'nb', 'appeal', 'sick_pay', `Klage\n\nJeg fikk ikke lønn mens jeg var syk fordi arbeidsgiver sier Nav skal betale etter 16 dager, og Nav har avslått. Jeg har egenmeldinger og sykmelding fra legen.\n\nHilsen Vidar Lie`),
  letter('ls-sit-04', 'nn', 'appeal', 'disability', `Klage\n\nEg klagar på avslaget. Eg søkte om å bli ufør fordi eg ikkje kan arbeide meir. Eg har ikkje søkt sjukepengar, det er uføre eg treng.\n\nHelsing\nSolveig Aure`),
];
