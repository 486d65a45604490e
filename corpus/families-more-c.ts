import type { Family } from './families.ts';

/**
 * More train families: short, informal mail from ordinary people (e-mails, notes, text-message-like
 * letters with loose punctuation and lower-case starts), where the type shows only in what the writer
 * says, not in a heading. Written without reading the eval families; the corpus test checks no
 * template line is shared.
 */
export const moreTrainFamiliesC: Family[] = [
  // ───────────────────────────── appeal ─────────────────────────────
  {
    // E-mail, lower case, says it disagrees and appeals in a line or two.
    id: 'appeal.nb.i1', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'klage', 'Klage!!', 'ang. vedtak', 'Re: vedtaket deres'],
    body: [
      '[hei|Hei|hallo|Heisann][,|!|.] [har fått|fikk] [svar|brev|et vedtak] [fra {fi}|fra dere|i posten] [i dag|på fredag|nå nettopp|] [om {benefit}|angående {subject}|] og [det er jeg ikke enig i|det er ikke riktig spør du meg|det kan jeg ikke godta]',
      '[jeg klager derfor|klager på dette|så dette er en klage|her er klagen min][.|!|] [vil ha saken vurdert på nytt|ønsker at saken blir sett på igjen|synes noen andre burde se på det][.|]',
      '?[vedtaket|brevet|avslaget] [var datert|er datert|har dato] {decisionDate}[.|]',
      '{detail}',
      '?[det virker ikke som noen har lest|har dere i det hele tatt lest|dere har vel ikke lest] [legeerklæringen|papirene jeg sendte|det fastlegen skrev][.|?]',
      '?[ring meg gjerne|bare ta kontakt|send en sms] [hvis det er noe|om dere lurer på noe][.|]',
    ],
  },
  {
    // A few lines, like a text message, with a spelling slip or two.
    id: 'appeal.nb.i2', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Klage', 'klage på vedtak', 'Gjelder {benefit}'],
    body: [
      '[Jeg klager på|klager på|Vil klage på|Jeg vill klage på] [vedtaket|avslaget|det siste vedtaket] [jeg fikk|dere sendte meg|som kom] [forrige uke|for noen dager siden|idag][.|!| ..]',
      '?[(vedtaket er datert {decisionDate})|Vedtak datert {decisionDate}.|dato på vedtaket: {decisionDate}]',
      '[er ikke enig|Jeg er ikke enig i det hele tatt|dette er ikke rett] [for|fordi] {detailLower}',
      '?[syns det er urettferdig|skjønner ikke hvordan dere kom fram til det her|dette henger ikke på greip][.|!]',
      '[vil ha saken vurdert på nytt|ber om at dere ser på saken igjen|ønsker nytt vedtak|vær så snill å se på det en gang til][.|!|]',
      '?[fnr|f.nr|personnr] {fnr}',
    ],
  },
  {
    // A slightly fuller e-mail from someone who writes in whole sentences but no formal heading.
    id: 'appeal.nb.i3', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage på vedtak', 'Vedtak om {benefit}', '', 'Uenig i vedtaket'],
    body: [
      '[God dag|Hei|Til saksbehandler]. [Skriver|Jeg skriver] [til dere|denne mailen] [fordi|siden] jeg [ikke er enig i|er uenig i] [vedtaket|avgjørelsen] om {subject}[ som jeg fikk {decisionReceived}| fra {decisionDate}|].',
      '{detail} [Det burde dere ha tatt med.|Det står ingenting om det i vedtaket.|Hvorfor er ikke det med?]',
      '?[I tillegg er det sånn at|Og så er det jo sånn at|Dessuten er det sånn at] {detailLower}',
      '?[Legen min|Fastlegen] [mener også at jeg skulle hatt {benefit}|er enig med meg|har sagt at hun kan skrive et brev om det trengs].',
      '[Jeg vil derfor klage og ber om at saken blir vurdert på nytt.|Så jeg klager og håper på et nytt vedtak.|Derfor klager jeg, og jeg ønsker en ny vurdering.]',
    ],
  },
  {
    id: 'appeal.nn.i1', type: 'appeal', lang: 'nn', split: 'train', sender: 'person',
    titles: ['', 'klage', 'Klage på vedtaket', 'Gjeld {benefit}'],
    body: [
      '[Hei.|Hei!|Hallo.] [Eg har fått|Fekk] [brev|vedtak|svar] frå [dykk|{fi}] [om {benefit}|om {subject}|] og [er ikkje einig|meiner det er feil|er slett ikkje nøgd]',
      '[Eg klagar difor|Så eg vil klage|Dette er klaga mi][.|!] [Vil at saka vert vurdert på nytt.|Eg vil ha ei ny vurdering.|]',
      '?[Vedtaket|Brevet] [var datert|er datert|hadde dato] {decisionDate}.',
      '{detail}',
      '?[Det synest eg de burde ha sett.|Det har de ikkje teke med.|Kvifor står ikkje det i vedtaket?]',
      '?[Berre ring om de lurer på noko.|Ta kontakt om de treng meir.]',
    ],
  },
  {
    id: 'appeal.sv.i1', type: 'appeal', lang: 'sv', split: 'train', sender: 'person',
    titles: ['', 'överklagan', 'Beslutet', 'Angående ert brev'],
    body: [
      '[Hej|Hej hej|Hallå]! [Fick|Har fått] [ert beslut|ett brev från er|avslag] [om {benefit}|gällande {subject}|] [häromdagen|i veckan|idag|] och [håller inte med|tycker det är fel|det köper jag inte]',
      '[Jag överklagar alltså.|Så jag vill överklaga!|Detta är min överklagan.] [Vill att ni tittar på det igen|Vill ha ett nytt beslut|Gör om bedömningen, tack][.|]',
      '?[Beslutet är från|Datum på beslutet:|Brevet var daterat] {decisionDate}',
      '{detail}',
      '?[Hör av er om ni behöver något mer.|Ni får gärna ringa mig.]',
    ],
  },
  {
    id: 'appeal.da.i1', type: 'appeal', lang: 'da', split: 'train', sender: 'person',
    titles: ['', 'klage', 'Afslag', 'Jeres brev'],
    body: [
      '[Hej|Hejsa|Hej igen]. [Fik|Har fået] [jeres afgørelse|et afslag|brev fra jer] [om {benefit}|vedr. {subject}|] [forleden|i sidste uge|i går|] og [er ikke enig|synes det er forkert|det kan jeg ikke acceptere]',
      '[Så jeg klager.|Jeg vil klage!|Hermed min klage.] [I må gerne kigge på det igen|Vil have sagen vurderet på ny|Jeg vil have en ny afgørelse][.|]',
      '?[Afgørelsen er dateret|Brevet var fra den|Dato på brevet:] {decisionDate}',
      '{detail}',
      '?[Skriv eller ring hvis I mangler noget.|I kan bare ringe til mig.]',
    ],
  },
  {
    id: 'appeal.en.i1', type: 'appeal', lang: 'en', split: 'train', sender: 'person',
    titles: ['', 'appeal', 'Your decision', 'Re: refusal'],
    body: [
      '[Hi|Hello|Hi there], [just got|I have just received|I got] [your letter|the decision|a refusal] [about {benefit}|on {subject}|] [and|but] [I don\'t agree with it|I think it\'s wrong|I can\'t accept it]',
      '[So I\'m appealing.|I want to appeal.|Please take this as my appeal.] [I\'d like the case looked at again|I want a new decision|Please have someone else look at it][.|]',
      '?[The letter is dated|Decision date:|It was dated] {decisionDate}',
      '{detail}',
      '?[Call me if you need anything.|Let me know if I need to send anything else.]',
    ],
  },

  // ─────────────────────── appeal_deadline_interrupting ───────────────────────
  {
    // No time now, more later.
    id: 'adi.nb.i1', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'klage', 'Klage (mer kommer)', 'vedtak - klager'],
    body: [
      '[Hei.|Hei!|Hallo.] [Jeg klager på|Vil klage på|Klager på] [vedtaket|avslaget|brevet] [om {benefit}|om {subject}|] [fra {decisionDate}|datert {decisionDate}|som jeg fikk {decisionReceived}|]',
      '[Har ikke tid|Rekker ikke|Orker ikke] å skrive [så mye|alt|en lang klage] [nå|akkurat nå|idag] [fordi|for] [jeg er syk|jeg er på jobb hele uka|jeg har mye med barna|jeg er innlagt], [men|så] [skriver mer senere|kommer tilbake med mer|sender en skikkelig begrunnelse senere].',
      '?[Vil bare|Sender dette nå for å] [rekke fristen|ikke miste klagefristen|være sikker på at klagen kommer inn i tide].',
      '?[Ikke avslutt saken|Ikke lukk saken|Håper dere ikke avslutter saken] [før dere har hørt fra meg|før jeg har sendt resten|].',
    ],
  },
  {
    // Waiting for the doctor's letter; documentation follows.
    id: 'adi.nb.i2', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage', 'Klage på vedtak om {benefit}', '', 'Ettersender papirer'],
    body: [
      '[Jeg er ikke enig i|Jeg godtar ikke|Jeg er uenig i] [vedtaket|avgjørelsen] [av {decisionDate}|dere sendte meg|] og vil klage.',
      '[Jeg venter på|Har bestilt|Har bedt om] [et brev|en erklæring|en uttalelse] fra [fastlegen|legen min|psykologen|spesialisten på sykehuset], [men det tar tid|og hun har ikke hatt tid ennå|men får ikke time før om noen uker|men de har lang ventetid].',
      '[Jeg sender det så fort jeg får det,|Sender dokumentasjonen når jeg har fått den,|Legeerklæringen kommer med en gang jeg har den,] [sammen med|og da skriver jeg også] [hvorfor jeg mener vedtaket er feil|en ordentlig begrunnelse|resten av klagen].',
      '?[Jeg fikk brevet|Vedtaket kom] {decisionReceived}[, så jeg er innenfor fristen|].',
      '?[Kan dere vente med saken til dere har fått papirene?|Håper det er greit at det kommer litt senere.|Si fra hvis det er en frist for når papirene må være inne.]',
    ],
  },
  {
    // Short notice that an appeal is coming, papers still missing.
    id: 'adi.nb.i3', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Foreløpig klage', 'klage - kommer mer', 'Klagen min'],
    body: [
      '[Hei. Dette er bare en kort beskjed om at|Hei, vil bare si fra om at|Til klageinstansen. Skriver for å si at|Skriver for å si at] jeg klager på [vedtaket om {subject}|avslaget på {benefit}|vedtaket] [jeg fikk {decisionReceived}|fra {decisionDate}|].',
      '[Jeg har ikke fått samlet|Jeg har ikke fått tak i|Jeg mangler fortsatt] [alle papirene|journalen fra sykehuset|kvitteringene|dokumentene] [ennå|enda], [så begrunnelsen kommer|så resten kommer|og ettersender det] [senere|etter hvert|om et par uker].',
      '?[Kort sagt:|Kort fortalt mener jeg at|Det viktigste er at] {detailLower}',
      '?[Regn dette som en foreløpig klage.|Se på dette som en klage, selv om den er kort.|Denne skal vel være fristavbrytende.]',
      '?[Ring meg|Send sms] [om det er noe|hvis dere trenger noe fra meg før det].',
    ],
  },
  {
    id: 'adi.nn.i1', type: 'appeal_deadline_interrupting', lang: 'nn', split: 'train', sender: 'person',
    titles: ['', 'Klage', 'klage, meir kjem', 'Vedtaket'],
    body: [
      '[Hei.|Hei!] Eg [klagar på|vil klage på] [vedtaket|avslaget] [om {benefit}|om {subject}|] [datert {decisionDate}|som eg fekk {decisionReceived}|].',
      '[Har ikkje hatt tid|Eg har ikkje hatt høve] til å skrive [så mykje|heile klaga] [no|enno]. [Eg ventar på|Ventar framleis på] [brev frå legen|ei erklæring frå fastlegen|papir frå sjukehuset].',
      '[Sender resten|Grunngjevinga kjem|Eg skriv meir] [når eg har fått det|så snart eg kan|om nokre veker].',
      '?[Ver snill og ikkje avslutt saka før de har høyrt frå meg.|Håpar det går bra at resten kjem seinare.]',
    ],
  },
  {
    id: 'adi.sv.i1', type: 'appeal_deadline_interrupting', lang: 'sv', split: 'train', sender: 'person',
    titles: ['', 'överklagan', 'Överklagar – mer kommer', 'Beslut'],
    body: [
      '[Hej!|Hej.|Hejsan.] Jag [vill överklaga|överklagar] [beslutet|avslaget] [om {benefit}|om {subject}|] [från {decisionDate}|som kom {decisionReceived}|].',
      '[Har inte hunnit|Hinner inte] skriva [så mycket|hela motiveringen] [nu|just nu] [eftersom|för] [jag väntar på ett intyg från läkaren|jag ligger på sjukhus|jobbet tar all tid].',
      '[Skickar resten så fort jag kan.|Motiveringen kommer om några veckor.|Papperen skickar jag när jag har fått dem.|Jag skriver mer när intyget har kommit.]',
      '?[Stäng inte ärendet innan dess, tack.|Hoppas det är okej att det kommer senare.]',
    ],
  },
  {
    id: 'adi.en.i1', type: 'appeal_deadline_interrupting', lang: 'en', split: 'train', sender: 'person',
    titles: ['', 'appeal', 'Appeal - more to follow', 'Your decision'],
    body: [
      '[Hi,|Hello,|Hi there,] [I want to appeal|I\'m appealing|just writing to appeal] [your decision|the refusal] [about {benefit}|on {subject}|] [dated {decisionDate}|that I got on {decisionReceived}|].',
      '[I haven\'t had time to|I can\'t] [write it all up|put together the reasons|get everything together] [yet|right now] [because|as] [I\'m waiting for a letter from my doctor|I\'ve been ill|I\'m away with work].',
      '[I\'ll send the rest|The reasons will follow|I\'ll write properly] [as soon as I can|when I have the papers|in a couple of weeks].',
      '?[Please don\'t close the case in the meantime.|Hope that\'s OK.|Let me know if there\'s a deadline for that.]',
    ],
  },

  // ───────────────────────────── correspondence ─────────────────────────────
  {
    // New phone number or address.
    id: 'corr.nb.i1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'nytt tlf nr', 'Ny adresse', 'Endring', 'Beskjed'],
    body: [
      '[Hei.|Hei!|Hallo.] [Bare en beskjed om at|Ville bare si fra om at|Gir beskjed om at] [jeg har nytt telefonnummer: 4[1|6|8][2|7|9] [33|71|05|58] [918|404|267|130]|jeg har flyttet til {street}, {postcode} {town}|mobilnummeret mitt er endret til 9[0|2|4][1|5|8] [12|47|66] [309|851|072]|jeg har fått ny e-postadresse][.|!]',
      '?[Gjelder|Det gjelder] [saken min om {benefit}|klagen min[ på {benefit}|]|sak {ourRef}].',
      '?[Er lettest å nå etter kl 15.|Kan ikke ta telefonen på jobb, send gjerne sms.|Oppdater gjerne det dere har registrert på meg.]',
      '?[takk|Takk!|ha en fin dag]',
    ],
  },
  {
    // How long does it take, what happens next.
    id: 'corr.nb.i2', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'spørsmål', 'Hvor lenge?', 'Saken min', 'Status'],
    body: [
      '[Hei.|Hei!|God dag.] [Lurer på|Jeg lurer på|Lurte på] [hvor lang tid det tar før jeg får svar|hva som skjer videre i saken min|når saken min blir behandlet|om dere har fått papirene mine][.|?]',
      '?[Det gjelder|Saken er om|Gjelder] {benefit}[, saksnr {ourRef}|, ref. {ourRef}|].',
      '?[Har ikke hørt noe på en stund.|Har ventet siden {otherDate}.|Fikk et brev om at saken var sendt over til dere, men så har det vært stille.]',
      '?[Skal jeg gjøre noe mer nå|Må jeg sende noe mer|Trenger dere noe mer fra meg]?',
      '[Takk for svar.|På forhånd takk.|Takk!]',
    ],
  },
  {
    // Back at work, asks for a copy.
    id: 'corr.nb.i3', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Til info', 'Kopi', 'Tilbake i jobb', 'Beskjed til saksbehandler'],
    body: [
      '[Hei. Vil bare si fra at|Hei, bare så dere vet det:|Til saksbehandler. Til orientering:|Vil bare si fra at] jeg [er tilbake i jobb|har begynt å jobbe igjen|er tilbake på jobb i redusert stilling|har fått ny jobb] [fra {otherDate}|fra neste måned|nå|].',
      '?[Vet ikke om det har noe å si for|Vet ikke om det betyr noe for|Usikker på om det påvirker] [saken om {benefit}|klagesaken min|saken min ({ourRef})][.|?]',
      '?[Kan jeg få|Kan dere sende meg|Vil gjerne ha] [en kopi av vedtaket|kopi av papirene i saken|kopi av brevet dere sendte sist][.|?] [Har rotet det bort.|Finner det ikke igjen.|]',
      '?[Ring om dere lurer på noe.|Ha en fin dag!]',
    ],
  },
  {
    id: 'corr.nn.i1', type: 'correspondence', lang: 'nn', split: 'train', sender: 'person',
    titles: ['', 'Spørsmål', 'Nytt nummer', 'Saka mi'],
    body: [
      '[Hei.|Hei!] [Lurer på|Eg lurer på] [kor lang tid det tek før eg får svar|kva som skjer vidare no|om de har fått papira eg sende][.|?]',
      '?[Det gjeld|Saka gjeld] {benefit}[, saksnr. {ourRef}|].',
      '?[Eg har forresten fått nytt telefonnummer: 4[0|5|7][3|6] [28|91|40] [115|632|870].|Eg har flytta til {street}, {postcode} {town}.|Eg er tilbake i arbeid no, om det har noko å seie.]',
      '?[Takk for svar.|Ha ein fin dag.]',
    ],
  },
  {
    id: 'corr.en.i1', type: 'correspondence', lang: 'en', split: 'train', sender: 'person',
    titles: ['', 'Question', 'New phone number', 'My case'],
    body: [
      '[Hi,|Hello,|Hi there,] [just wondering|I was wondering|could you tell me] [how long it will take before I hear back|what happens next with my case|whether you got the papers I sent][.|?]',
      '?[It\'s about|This is about|My case is about] {benefit}[, ref. {ourRef}|].',
      '?[Also, I have a new phone number: +47 4[1|8]2 [33|71] [918|404].|Also, I\'ve moved to {street}, {postcode} {town}.|By the way, I\'m back at work now, if that matters.]',
      '?[Thanks.|Thanks in advance.|Cheers]',
    ],
  },

  // ───────────────────────────── comments ─────────────────────────────
  {
    // Reply to the advisory doctor's statement or the first instance's letter.
    id: 'comments.nb.i1', type: 'comments', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Svar på brevet', 'Kommentar', 'uttalelsen'],
    body: [
      '[Hei. Jeg har lest|Hei, har lest|Har lest|Fikk og har lest] [uttalelsen fra rådgivende lege|brevet fra {fi}|det {fi} skrev om saken min|legeuttalelsen dere sendte][,|] [og det stemmer ikke|og mye av det er feil|og jeg er ikke enig i det som står der][.|!]',
      '[Det står at|Der står det at|De skriver at] [jeg kan jobbe|jeg ikke har gått til behandling|plagene mine er små|jeg ikke har prøvd annen behandling], [men det er ikke sant|det er feil|men det stemmer ikke i det hele tatt][.|!]',
      '?{detail}',
      '?[Legen har aldri møtt meg.|De har ikke snakket med meg en eneste gang.|Det virker som de har lest feil journal.]',
      '[Klagen min står fortsatt.|Jeg står ved klagen.|Vil at dere tar med dette når dere avgjør saken.]',
    ],
  },
  {
    // Reply to the copy of the forwarding letter.
    id: 'comments.nb.i2', type: 'comments', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Ang. brevet fra {fi}', 'Svar', 'Kommentarer'],
    body: [
      '[Fikk kopi av|Har fått kopi av|Har fått tilsendt] [brevet der {fi} sender saken min til dere|oversendelsen fra {fi}|brevet {fi} skrev til dere][ den {otherDate}|] og [vil bare kommentere et par ting|har noen kommentarer|må si noe om det].',
      '[De har glemt å ta med at|Det står ingenting om at|{fi} nevner ikke at] {detailLower}',
      '?[Og det med at jeg ikke har sendt inn dokumentasjon er feil, jeg sendte alt i [mars|april|høst|fjor].|Jeg har sendt alt de ba om.|Jeg har aldri fått beskjed om at noe manglet.]',
      '[Ellers har jeg ikke mer å si.|Håper dere tar med dette.|Jeg mener fortsatt vedtaket er feil.]',
    ],
  },

  // ─────────────────────────── reopening_request ───────────────────────────
  {
    id: 'reopening.nb.i1', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'Saken min igjen', 'Nye papirer', 'Kan dere se på saken igjen?'],
    body: [
      '[Hei. Dere avgjorde|Hei igjen. Dere sa nei i|Hei, dere avgjorde|Dere sa nei i] [klagen min|saken min om {benefit}] [for en stund siden|i fjor|den {decisionDate}], [og jeg fikk ikke medhold|og jeg ga meg der|og jeg trodde det var slutt der].',
      '[Men nå har|Nå har] [det skjedd noe nytt|jeg fått nye opplysninger|legen funnet ut mer]: [{medical}|{detail}]',
      '?[Dette visste jeg ikke da.|Det fantes ikke da dere behandlet saken.|Jeg fikk ikke vite det før nå i [vår|høst|sommer].]',
      '[Kan dere se på saken en gang til?|Jeg ber om at dere tar opp saken igjen.|Håper dere kan vurdere det på nytt med dette.]',
      '?[Legger ved brevet fra legen.|Sender papirene i posten.]',
    ],
  },
  {
    id: 'reopening.nn.i1', type: 'reopening_request', lang: 'nn', split: 'train', sender: 'person',
    titles: ['', 'Saka mi', 'Nye opplysningar', 'Ta opp att saka?'],
    body: [
      '[Hei.|Hei!] [De avgjorde|De sa nei til] [klaga mi|saka mi om {benefit}] [for ei tid sidan|i fjor|den {decisionDate}], [og eg fekk ikkje medhald|og eg trudde det var slutt der].',
      '[Men no har|No har] [det kome fram noko nytt|eg fått nye papir frå legen|eg vore hos spesialist]: [{medical}|{detail}]',
      '?[Dette visste eg ikkje då.|Det fanst ikkje då saka vart avgjord.]',
      '[Er det mogleg at de ser på saka på nytt?|Eg ber om at de tek saka opp att.|Håpar de kan vurdere ho ein gong til med dette.]',
    ],
  },

  // ───────────────────────────── consent ─────────────────────────────
  {
    // Handwritten-like note.
    id: 'consent.nb.i1', type: 'consent', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'samtykke', 'Ja til journal', 'Svar på brev'],
    body: [
      '[Hei. Jeg samtykker i|Hei, det er greit for meg|Ok for meg|Jeg gir lov til] at dere [henter|innhenter|ber om] [journalen min|journal|opplysninger om meg] fra [fastlegen min|{town} legesenter|sykehuset|DPS|fysioterapeuten][.|!]',
      '?[Det gjelder|Gjelder] [saken om {benefit}|klagen min|sak {ourRef}].',
      '?[Dere kan også snakke med|Kan også ringe] [legen min|behandleren min] [om det trengs|hvis dere vil].',
      '{name}[,|] {fnr}',
      '[{town} {letterDate}|{letterDate}]',
    ],
  },
];
