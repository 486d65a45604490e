import type { Family } from './families.ts';
import { personalAreas } from './letter-voices.ts';

/**
 * More train families (issue 13, fifth session): the writers real mail has and the corpus lacked —
 * printed e-mails (header block, "Sendt fra min iPhone", quoted replies), notes written by hand with
 * run-on sentences and misspellings, relatives and guardians writing for the party, union and patient
 * organisations' representatives, and the appeals that open a new case in plain words. The heads of
 * the new writers are in letter-voices.ts. Written from SPEC.md's document types, case areas and cue
 * words only, without reading the unseen-writer set or the eval families; the corpus test checks no
 * template line is shared with an eval family.
 */
export const moreTrainFamiliesE: Family[] = [
  // ───────────────────────────── appeal: new case, plain words ─────────────────────────────
  {
    id: 'appeal.nb.e1', type: 'appeal', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Klage', 'klage på vedtak', 'Vedtak om {benefit}', 'Klage på avslag!', 'SV: Vedtak', 'Klage - {benefit}', ''],
    body: [
      '[Hei|Hei!|Hei,|God kveld|Til dere det gjelder,]',
      '[Jeg sender denne mailen fordi jeg|Skriver hit fordi jeg|Jeg fikk beskjed på telefonen at jeg kunne sende e-post, så her kommer det: jeg] [vil klage på|er uenig i|klager på] [vedtaket|avslaget|brevet] [jeg fikk fra {fi}|fra {fi}|om {benefit}] [datert|fra] {decisionDate}.',
      '?[Brevet kom|Jeg fikk det i postkassen|Jeg så det på Nav.no] {decisionReceived}[, så jeg er vel innenfor fristen|].',
      '{detail}',
      '?[Og|I tillegg|Dessuten] {detailLower}',
      '?[Jeg skjønner rett og slett ikke|Jeg forstår ikke] [hvordan dere kan komme frem til dette|hva mer dere trenger|hvorfor ingen har ringt meg].',
      '[Håper noen kan se på saken på nytt.|Vil at vedtaket blir endret.|Kan dere se på dette en gang til?|Ber om at dere ser på saken igjen og gir meg {benefit}.]',
      '?[Fødselsnummeret mitt er|Fnr|Personnummer:] {fnr}',
    ],
  },
  {
    // Written by hand: one long sentence, missing commas, words spelt as they sound.
    id: 'appeal.nb.e2', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'KLAGE', 'klage', 'Klage på vedtake'],
    body: [
      '[jeg klagger på|jeg vil klage på|Jeg klager på] [vedtake|vedtaket|det brevet] [dere sendte|jeg fikk fra {fi}|om {benefit}] [den|datert] {decisionDate} [for det er ikke riktig|for det er feil|og det syns jeg er urettferdig] [og jeg har vært dårlig lenge|og fastlegn min er enig med meg|og ingen har snakket med meg]',
      '{detail} [og det har ikke dere tatt med|det står ikke noe om det i brevet|men det har ikke blitt lest]',
      '?[jeg har ikke råd|jeg klarer meg ikke] [til å betale dette selv|uten denne hjelpa] [og jeg har barn hjemme|jeg er alene|]',
      '?{detail}',
      '[så jeg ber om at dere ser på det igjen|vær så snill å se på saken min på nytt|håper på et bedre svar denne gangen]',
      '?f.nr {fnr}',
    ],
  },
  {
    // A guardian or relative for someone who cannot write it themself.
    id: 'appeal.nb.e3', type: 'appeal', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Klage på vedtak – {name}', 'Klage på vegne av min [mor|far|sønn|datter|bror|søster]', 'KLAGE', 'Klage fra verge'],
    body: [
      '[Jeg er oppnevnt verge for|Jeg er [sønn|datter|ektefelle|samboer] av|Jeg er nærmeste pårørende til|Jeg hjelper min [mor|far|bror|søster]] {name}[, fnr. {fnr},|, født {birthDate},|] [og skriver denne klagen for [henne|ham]|og klager på [hennes|hans] vegne|som ikke selv er i stand til å skrive].',
      '[{name} har fått|Vi har fått] [vedtak|brev] fra {fi} [datert|av] {decisionDate} om {subject}, [og det er vi ikke enige i|som vi mener er feil|og det vil vi klage på].',
      '?[Vergemålet gjelder|Fullmakten gjelder] [økonomiske og personlige forhold|saker mot Nav og Helfo|alle saker om trygd og helse][, jf. vedlagte vergeattest|].',
      '[Med egne ord forteller {name}:|Slik {name} selv forklarer det:|{name} har bedt meg skrive dette:] «{detail}»',
      '?[Som pårørende ser jeg hver dag|Familien ser|Det {fi} ikke har fått med seg, er] [hvor lite som skal til før alt blir for mye|at det ikke har vært noen bedring på lang tid|at {name} trenger hjelp til det meste i hverdagen].',
      '[Vi ber om at vedtaket endres.|Vi ber om at saken vurderes på nytt av klageinstansen.|På vegne av {name} ber jeg om at klagen tas til følge.|Vi ber om at {name} får {benefit}.]',
      '?[Send gjerne svar til meg, siden jeg åpner posten.|All post kan sendes til meg som verge.|Ring meg heller enn henne om noe er uklart.]',
    ],
    attachments: ['Vergeattest fra Statsforvalteren', 'Fullmakt', 'Kopi av vedtaket', 'Legeerklæring'],
  },
  {
    id: 'appeal.nb.e4', type: 'appeal', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Klage på vedtak – {name}', 'Klage på vegne av {name}', 'Klage – {benefit}', 'KLAGE PÅ VEDTAK'],
    body: [
      '[Vi bistår|Vi skriver på vegne av|{orgName} har fått fullmakt fra|Vi har fått henvendelse fra] {name}[, fnr. {fnr},|] [i saken om|som gjelder|om] {benefit}. [Fullmakt ligger ved.|Signert fullmakt følger vedlagt.|]',
      '[Vi påklager med dette|Det klages herved på|{name} ønsker å klage på] {fi}s vedtak [av|datert] {decisionDate} [om|som gjelder] {subject}.',
      '?[Vedtaket ble mottatt|{name} fikk vedtaket] {decisionReceived}, [og klagen er fremsatt innen fristen|og klagen er dermed rettidig].',
      '[{name} forklarer|I samtale med oss har {name} fortalt|{name} skriver selv] [følgende|dette]: «{detail}»',
      '?[Vi vil også vise til at|Det er vesentlig at] [dette er godt dokumentert i journalen|behandler støtter klagen|{fi} ikke har innhentet oppdaterte opplysninger fra behandler].',
      '?[{name} har i lang tid vært i jobb som|{name} har arbeidet i mange år som|{name} har i over tjue år vært ansatt som] [helsefagarbeider|sykepleier|lagermedarbeider|renholder|bussjåfør|barnehageassistent], [og har aldri tidligere hatt behov for ytelser|og arbeidsgiver bekrefter at tilrettelegging er forsøkt].',
      '[Vi ber om at vedtaket omgjøres.|Vi ber om at klageinstansen gir {name} medhold.|Vi ber om at saken behandles på nytt og at {name} får {benefit}.]',
      '?[Vi ber om kopi av oversendelsesbrevet når saken sendes videre.|Korrespondanse i saken kan gå til undertegnede.]',
    ],
    attachments: ['Fullmakt', 'Vedtak {listDecisionDate}', 'Uttalelse fra arbeidsgiver', 'Legeerklæring'],
  },
  {
    // A lawyer's long letter: numbered sections, statute and case law.
    id: 'appeal.nb.e5', type: 'appeal', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['KLAGE OVER VEDTAK – {name}', 'Klage – {benefit} – {name}', 'Klage over {fi}s vedtak av {decisionDate}'],
    body: [
      '1. [Innledning|Innledende bemerkninger]',
      'Vi viser til {fi}s vedtak av {decisionDate} [(deres ref. {fiRef})|, deres ref. {fiRef},|] der {name} [fikk|ble gitt] {subject}. [Vedtaket påklages i sin helhet.|Vedtaket påklages.] [Fullmakt fremlegges.|Fullmakt ligger ved.]',
      '?Vedtaket ble mottatt {decisionReceived}. Klagefristen på seks uker etter folketrygdloven § 21-12 er dermed overholdt.',
      '2. [Sakens faktiske side|Faktum|Kort om saken]',
      '[Klienten har forklart|Klienten opplyser] [følgende|dette]: «{detail} {detail}»',
      '3. [Rettslig utgangspunkt|Rettslig grunnlag]',
      '[Spørsmålet i saken er om vilkårene i {law} er oppfylt.|Saken reiser spørsmål om forståelsen av {law}.] [Det følger av Høyesteretts praksis, se {caseLaw}, at|Det er lagt til grunn i {caseLaw}, fulgt opp i Trygderettens praksis, se {trrCase}, at|Trygderetten har i {trrCase} uttalt at] [forvaltningen må foreta en konkret og helhetlig vurdering|beviskravet er alminnelig sannsynlighetsovervekt|det skal legges vekt på de medisinske opplysningene samlet sett].',
      '4. [Våre anførsler|Anførsler]',
      '[Etter vårt syn har {fi} lagt til grunn feil faktum.|{fi} har etter vårt syn tolket loven for strengt.|Vedtaket lider av saksbehandlingsfeil, jf. forvaltningsloven § 17 og § 25.] [Det er ikke tatt hensyn til at|{fi} har oversett at|Vedtaket drøfter ikke at] [klienten har vært under behandling i flere år|de medisinske opplysningene peker i samme retning|klienten har forsøkt arbeid uten å lykkes].',
      '?[Det vises også til|Vi viser dessuten til] [legeerklæringen fra fastlegen|spesialistens vurdering|epikrisen fra sykehuset], [der det heter:|som beskriver tilstanden slik:] «{medical}»',
      '5. [Påstand|Konklusjon]',
      '[Prinsipalt: {fi}s vedtak endres slik at klienten får {benefit}. Subsidiært: vedtaket oppheves og saken sendes tilbake for ny behandling.|Vedtaket oppheves.|Klienten gis medhold i klagen.]',
      '?[Vi tar forbehold om å fremme krav om sakskostnader etter forvaltningsloven § 36.|Vi ber om innsyn i sakens dokumenter, jf. forvaltningsloven § 18.]',
    ],
    attachments: ['Fullmakt', 'Påklaget vedtak', 'Legeerklæring', 'Spesialisterklæring', 'Arbeidsgivers uttalelse'],
  },
  {
    id: 'appeal.nn.e1', type: 'appeal', lang: 'nn', split: 'train', sender: 'email',
    titles: ['Klage', 'Klage på vedtak', 'Vedtaket om {benefit}', ''],
    body: [
      '[Hei|Hei,|Hei!]',
      '[Eg skriv denne e-posten fordi eg|Eg sender e-post sidan eg] [vil klage på|ikkje er einig i] [vedtaket|avslaget] frå {fi} [datert|av] {decisionDate}[ om {benefit}|].',
      '?[Eg fekk brevet|Brevet kom] {decisionReceived}.',
      '{detail}',
      '?[Det verkar ikkje som nokon har lese|Eg trur ikkje de har fått med dykk] [det legen skreiv|papira eg sende].',
      '[Eg ber om at de ser på saka på nytt.|Eg vil at vedtaket vert endra.|Håpar de kan vurdere dette ein gong til.]',
      '?[Fødselsnummer:|Fnr.] {fnr}',
    ],
  },
  {
    // Forwarded from abroad: the writer first sent it to the wrong office.
    id: 'appeal.en.e1', type: 'appeal', lang: 'en', split: 'train', sender: 'email',
    titles: ['Fwd: Appeal', 'Appeal against decision', 'Fw: my appeal - {benefit}', 'Appeal'],
    body: [
      '?---------- Forwarded message ---------',
      '?[I sent this to {fi} first but they told me to send it to you.|I was told by phone that appeals go to you, so I am forwarding my e-mail.]',
      '[Dear Sir or Madam,|Hello,|To whom it may concern,]',
      '[I would like to appeal|I am writing to appeal against|I do not accept] [the decision|your decision|the letter] [of|dated] {decisionDate} [about|regarding] {benefit}.',
      '?[The letter reached me in|I received it at my address in] [Spain|Sweden|Poland|the UK] on {decisionReceived}.',
      '{detail}',
      '?[I also want to say that|Please also note that] {detailLower}',
      '[I ask you to change the decision.|Please reconsider my case.|I hope you will look at this again.]',
      '?[My Norwegian ID number is|Norwegian national ID:] {fnr}',
    ],
  },
  {
    id: 'appeal.sv.e1', type: 'appeal', lang: 'sv', split: 'train', sender: 'email',
    titles: ['Överklagande', 'Angående ert beslut', 'SV: Beslut om {benefit}', ''],
    body: [
      '[Hej!|Hej,|Hej igen.]',
      '[Jag mejlar eftersom jag|Jag skriver för att jag] [vill överklaga|inte godtar] [beslutet|ert beslut] [från den|daterat] {decisionDate} [om|angående] {benefit}.',
      '?[Brevet kom fram|Jag fick beslutet] {decisionReceived}.',
      '{detail}',
      '?[Jag förstår inte varför|Det är konstigt att] [ni inte har läst läkarintyget|ingen har hört av sig till mig].',
      '[Snälla ompröva beslutet.|Jag vill att beslutet ändras.|Jag hoppas ni tittar på ärendet igen.]',
      '?Norskt personnummer: {fnr}',
    ],
  },
  {
    id: 'appeal.da.e1', type: 'appeal', lang: 'da', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Klage på vegne af {name}', 'Klage over afgørelse', 'Klage'],
    body: [
      '[Jeg er [datter|søn|ægtefælle] af|Jeg skriver på vegne af|Som værge for] {name}[, som ikke selv kan skrive på norsk|, der har bedt mig om at skrive|].',
      '[Vi klager over|{name} klager over|{name} ønsker at klage over] afgørelsen [af|dateret] {decisionDate} om {subject}.',
      '{detail}',
      '?[Med egne ord siger {name}:|{name} har selv skrevet:] »{detail}«',
      '[Vi beder om, at sagen bliver vurderet igen.|Vi håber, at afgørelsen bliver ændret.]',
      '?[Fuldmagt er vedlagt.|Send gerne svar til mig.]',
    ],
    attachments: ['Fuldmagt', 'Kopi af afgørelsen'],
  },
  {
    // Sick pay in the writer's words: sykmelding, arbeidsgiverperiode, inntektsmelding, maksdato.
    id: 'appeal.nb.e6', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['sick_pay'],
    titles: ['Klage på stans av sykepenger', 'Klage - sykepenger', 'Sykepengene er stoppet', 'Klage på vedtak om sykepenger'],
    body: [
      '[Hei.|Hei,|Hei!] [Jeg klager på vedtaket|Jeg er uenig i vedtaket og klager] fra {fi} [datert|av] {decisionDate} om {subject}.',
      '[Jeg har vært sykmeldt fra|Jeg ble sykmeldt fra] [jobben som|stillingen min som] [butikkmedarbeider|sykepleier|elektriker|lærer|kokk|sjåfør] [siden januar|siden i høst|fra mars|i over et halvt år], [og legen har skrevet sykmelding hele veien|og sykmeldingene er sendt digitalt fra legekontoret|og arbeidsgiver har betalt de første 16 dagene].',
      '[Nav skriver at|I vedtaket står det at] [inntektsmeldingen fra arbeidsgiver kom for sent|jeg ikke har vært i arbeid i fire uker før sykmeldingen|maksdato er nådd|aktivitetskravet ikke er oppfylt etter åtte uker|jeg var i ferie da jeg ble syk], [men|og] [det stemmer ikke|det er ikke min feil|det er feil].',
      '{detail}',
      '?[Arbeidsgiveren min kan bekrefte dette.|Jeg har prøvd gradert sykmelding, men det gikk ikke.|Fastlegen mener jeg ikke kan være i aktivitet ennå.]',
      '[Jeg ber om at sykepengene blir utbetalt for hele perioden.|Jeg vil ha sykepenger fra {otherDate}.|Jeg ber om at vedtaket omgjøres.]',
    ],
  },
  {
    // Work assessment allowance: aktivitetsplan, meldekort, veileder, 11-5, arbeidsevnevurdering.
    id: 'appeal.nb.e7', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', areas: ['work_assessment'],
    titles: ['', 'Klage på AAP', 'klage aap', 'KLAGE PÅ STANS AV AAP'],
    body: [
      '[jeg vil klage på at|Jeg klager på at|klager på at] [aapen min|AAP-en min|arbeidsavklaringspengene] [ble stoppet|blir stanset|ikke blir forlenget] [i vedtak|fra nav i brev] {decisionDate}',
      '[veilederen min sa|Veileder på nav sa|de sa på nav-kontoret] at [jeg skulle få fortsette|det var greit|jeg bare måtte sende meldekort] [men nå står det|og så står det] [i brevet at arbeidsevnen min ikke er nedsatt nok|at jeg ikke har fulgt aktivitetsplanen|at jeg ikke har sendt meldekort|at jeg er ferdig avklart]',
      '[det er ikke sant|det stemmer ikke] [jeg har vært på alle møtene|jeg har sendt meldekort hver 14. dag|jeg har vært i tiltak hele høsten] [og behandlingen på DPS er ikke ferdig|og psykologen sier jeg trenger mer tid|og jeg venter fortsatt på operasjon]',
      '?{detail}',
      '[jeg ber om at dere ser på det igjen|vil ha aap videre til behandlingen er ferdig|ber om at vedtaket blir gjort om]',
      '?fnr {fnr}',
    ],
  },
  {
    // Disability: uføregrad, inntekt før og etter uførhet, § 12-6, written by a relative.
    id: 'appeal.nb.e8', type: 'appeal', lang: 'nb', split: 'train', sender: 'relative', areas: ['disability'], noPadding: true,
    titles: ['Klage på vedtak om uføretrygd – {name}', 'Klage på uføregrad', 'Klage på avslag på uføretrygd'],
    body: [
      '[Jeg skriver på vegne av|Som verge og [ektefelle|datter|sønn] skriver jeg for] {name}[, fødselsnummer {fnr}|].',
      '[Vi klager på|{name} klager på|Det klages på] {fi}s vedtak [av|datert] {decisionDate}, [der uføregraden ble satt til 50 prosent|der søknaden om uføretrygd ble avslått|der uføretidspunktet ble satt for sent].',
      '[Nav mener|I vedtaket står det] [at {name} har restarbeidsevne|at ikke all hensiktsmessig behandling er prøvd|at arbeidsrettede tiltak ikke er gjennomført|at inntektsevnen ikke er varig nedsatt], [men|og] [etter ti år med sykdom er det ingen bedring|AAP-perioden er brukt opp og tiltakene ga ingen effekt|både fastlege og nevrolog sier tilstanden er varig].',
      '[{name} sier det selv slik:|Med {name}s egne ord:] «{detail}»',
      '?[Inntekten før uførhet er også beregnet feil.|Vilkåret i folketrygdloven § 12-6 er etter vårt syn oppfylt.|{name} har ikke hatt inntekt over 0,4 G på flere år.]',
      '[Vi ber om at {name} får 100 prosent uføretrygd.|Vi ber om at vedtaket omgjøres.|Vi ber om ny vurdering av uføregraden.]',
    ],
    attachments: ['Vergeattest', 'Legeerklæring', 'Erklæring fra nevrolog'],
  },
  // ───────────────────────────── appeal_deadline_interrupting: "sender mer senere" ─────────────────────────────
  {
    id: 'adi.nb.e1', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Klage', 'Klage - kommer mer', 'Klage (foreløpig)', 'Rekker fristen?'],
    body: [
      '[Hei|Hei,|Hallo]',
      '[Jeg vil klage på|Jeg klager på|Dette er en klage på] [vedtaket|avslaget] [fra {fi}|om {benefit}] [datert|av] {decisionDate}.',
      '[Men jeg rekker ikke å skrive alt nå|Jeg har ikke fått skrevet ferdig begrunnelsen ennå|Jeg venter på papirer fra legen], [så jeg sender mer senere|så resten kommer senere|og sender en lengre klage om et par uker].',
      '[Sender denne nå så jeg ikke går over fristen.|Vil bare at fristen ikke skal gå ut.|Jeg har forstått at fristen er seks uker og at den da er avbrutt.]',
      '?[Jeg fikk vedtaket|Brevet kom] {decisionReceived}.',
      '?[Kan dere sende meg kopi av papirene i saken?|Kan jeg få innsyn i saken min?]',
    ],
  },
  {
    id: 'adi.nb.e2', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'KLAGE', 'klage – skriver mer seinere'],
    body: [
      '[jeg klager på|Jeg vil klage på] [vedtake|vedtaket|brevet] fra {decisionDate} [om {benefit}|fra {fi}] [men orker ikke skrive mer nå|men er på sykehuset nå|men har ikke fått hjelp til å skrive ennå]',
      '[sender mer senere|skriver mer seinere når jeg er hjemme|dattra mi skal hjelpe meg å skrive resten] [så ikke avslutt saken|håper det går bra|så fristen ikke går ut]',
      '?f.nr {fnr}',
    ],
  },
  {
    id: 'adi.nb.e3', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Fristavbrytende klage – {name}', 'Foreløpig klage på vegne av {name}', 'Klage – begrunnelse ettersendes'],
    body: [
      '[Vi bistår|Vi representerer|{orgName} bistår] {name}[, fnr. {fnr},|] [og påklager|og klager med dette på] {fi}s vedtak av {decisionDate} om {subject}.',
      '[Klagen er fristavbrytende.|Dette er en foreløpig klage for å avbryte klagefristen.|Klagen sendes nå for å sikre at fristen overholdes.] [Vi har ennå ikke fått gått gjennom saken med {name}|Vi venter på oppdatert legeerklæring|Vi har bedt om innsyn og trenger dokumentene før vi kan begrunne klagen], [og utfyllende begrunnelse ettersendes innen tre uker|og vil komme tilbake med begrunnelse så snart som mulig].',
      '?Vi ber om kopi av sakens dokumenter, jf. forvaltningsloven § 18.',
    ],
  },
  {
    id: 'adi.sv.e1', type: 'appeal_deadline_interrupting', lang: 'sv', split: 'train', sender: 'email',
    titles: ['Överklagande', 'Överklagande - mer kommer', ''],
    body: [
      '[Hej,|Hej!]',
      'Jag överklagar [beslutet|ert beslut] [från den|daterat] {decisionDate} [om {benefit}|].',
      '[Jag hinner inte skriva allt nu|Jag väntar på ett intyg från läkaren|Jag är bortrest och har inte papperen med mig], [så jag skickar mer senare|så motiveringen kommer senare].',
      '[Jag skickar detta nu för att hinna inom fristen.|Jag vill inte missa tidsfristen.]',
    ],
  },
  {
    id: 'adi.en.e1', type: 'appeal_deadline_interrupting', lang: 'en', split: 'train', sender: 'email',
    titles: ['Appeal', 'Appeal - more to follow', 'Re: decision {decisionDate}'],
    body: [
      '[Hi,|Hello,|Dear Sir/Madam,]',
      '[I want to appeal|I am appealing|Please treat this as my appeal against] [the decision|your decision] [of|dated] {decisionDate}[ about {benefit}|].',
      '[I cannot write everything now|I am still waiting for a letter from my doctor|I am travelling and do not have my papers], [so I will send more later|so my full reasons will follow|and will send the rest in a couple of weeks].',
      '[I am sending this now so I do not miss the deadline.|I understand this stops the time limit.]',
      '?[I received the decision on|The letter arrived on] {decisionReceived}.',
    ],
  },
  // ───────────────────────────── medical_declaration: GP and hospital layouts ─────────────────────────────
  {
    // The Nav form a GP fills in, printed from the record system with numbered boxes.
    id: 'medical.nb.e1', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'doctor', areas: ['sick_pay', 'work_assessment', 'disability'], noPadding: true,
    titles: ['LEGEERKLÆRING VED ARBEIDSUFØRHET', 'Legeerklæring ved arbeidsuførhet', 'Legeerklæring ved arbeidsuførhet (NAV 08-07.08)'],
    body: [
      '1 Pasientopplysninger │ Navn: {name} │ Fødselsnummer: {fnr}',
      '2 [Diagnose|Diagnoser] │ Hoveddiagnose (ICPC-2): {icpc} │ [Bidiagnose|Annen diagnose] (ICD-10): {diagnosis}',
      '3 [Sykehistorie og forløp|Sykehistorie] │ {medical}',
      '4 [Funksjonsevne og arbeidsevne|Vurdering av funksjons- og arbeidsevne] │ [Pasienten klarer ikke å stå eller gå mer enn korte perioder.|Konsentrasjon og utholdenhet er klart redusert.|Pasienten tåler ikke løft, og smertene forverres av vanlig husarbeid.] {medical}',
      '5 Arbeidsuførhet │ [Arbeidsufør 100 % fra {otherDate}.|Arbeidsuførhet 50 % fra {otherDate}.|Pasienten har vært arbeidsufør siden {otherDate}.] [Forventet varighet: [4 uker|3 måneder|usikker].|Varighet kan ikke anslås nå.]',
      '6 [Behandling og tiltak|Behandling] │ [Fysioterapi to ganger i uken.|Samtaleterapi hos psykolog.|Henvist til spesialisthelsetjenesten.|Medikamentell behandling er forsøkt uten god effekt.]',
      '7 Prognose │ [Usikker.|Forventer bedring over tid.|Dårlig prognose for retur til tidligere arbeid.|Tilstanden må anses varig.]',
      '?8 Opplysninger til Nav │ [Pasienten bør vurderes for arbeidsrettede tiltak.|Pasienten er motivert for gradert arbeid.|Anbefaler at søknad om uføretrygd vurderes.]',
    ],
  },
  {
    // A consultation note printed from the GP's record system (SOAP lines, ICPC-2 code).
    id: 'medical.nb.e2', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'doctor', noPadding: true,
    titles: ['Journalutskrift', 'Utskrift fra pasientjournal', 'JOURNALNOTAT – utdrag', 'Kopi av journal'],
    body: [
      '[Utskrift fra Infodoc Plenario|Utskrift fra CGM Allmenn|Utskrevet fra System X|Pridok journalutskrift] – [side 1|utdrag|{letterDate}]',
      'Pasient: {name}   [Fnr|Fødselsnr.|Personnr]: {fnr}',
      'Konsultasjon {otherDate} [kl. {time}|]   [Lege|Behandler]: [fastlege|LIS1|vikarlege]',
      'S: [Kommer til kontroll.|Pasienten forteller at plagene er verre.|Søker hjelp til erklæring i klagesak.] {medical}',
      'O: [Redusert bevegelighet, palpasjonsøm.|Nedstemt, adekvat, ingen suicidale tanker.|BT 128/84. Ellers upåfallende.|Haltende gange, nedsatt kraft.]',
      'A: {icpc}',
      'P: [Fortsetter behandling, ny time om fire uker.|Henvises spesialist.|Sykmelding forlenges.|Skriver erklæring til klagesaken.]',
      '?[Konklusjon til bruk i klagesaken|Oppsummering]: [Pasienten har langvarige plager som gir nedsatt funksjonsevne.|Etter min vurdering er tilstanden godt dokumentert.] {medical}',
    ],
  },
  {
    id: 'medical.nb.e3', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'hospital',
    titles: ['SPESIALISTERKLÆRING', 'Spesialisterklæring', 'Erklæring fra spesialisthelsetjenesten', 'Poliklinisk notat – erklæring'],
    body: [
      '[Pasient|Gjelder]: {name}, [f.nr.|fnr.] {fnr}',
      '[Henvist fra|Henvisende lege]: [fastlege|legevakt|NAV-lege] [ved {otherDate}|]',
      '[Problemstilling|Spørsmål fra henviser]: [Vurdering av arbeidsevne.|Utredning av vedvarende smerter.|Erklæring til klagesak etter ønske fra pasienten.|Vurdering av behandlingsbehov.]',
      '[Diagnoser (ICD-10)|Diagnose]: {diagnosis}',
      '[Funn og vurdering|Undersøkelse]: {medical}',
      '[Konklusjon|Spesialistens vurdering]: [Tilstanden er kronisk og funksjonsevnen er varig nedsatt.|Det er medisinsk grunnlag for pasientens plager.|Videre behandling i spesialisthelsetjenesten anbefales.] {medical}',
      '?[Pasienten er informert om innholdet i erklæringen.|Erklæringen er gitt etter helsepersonelloven § 15.]',
    ],
  },
  {
    id: 'medical.nb.e4', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'hospital',
    titles: ['Utdrag fra epikrise', 'EPIKRISE (utdrag)', 'Epikrise – poliklinikk', 'Epikrise til fastlege'],
    body: [
      '[Innleggelsesdato|Innlagt]: {otherDate}   [Liggetid|Liggedøgn]: [2|3|5|8|12] [døgn|]',
      'Pasient: {name}   [Fødselsnr.|F.nr.] {fnr}',
      '[Diagnoser|Hoveddiagnose]: {diagnosis}',
      '[Årsak til innleggelse|Aktuelt]: [Innlagt akutt via legevakt.|Elektiv innleggelse for utredning.|Overflyttet fra lokalsykehus.] {medical}',
      '[Forløp|Forløp under oppholdet]: {medical}',
      '[Status ved utskrivelse|Ved utskrivning]: [Mobilisert med krykker.|Fortsatt betydelige smerter.|Stabil, men trett.] [Sykmeldt [fire|seks|åtte] uker.|Arbeidsufør i påvente av videre oppfølging.|]',
      '[Videre oppfølging|Til fastlege]: [Kontroll poliklinisk om tre måneder.|Fastlege følger opp sykmelding og smertelindring.|Henvist videre til rehabilitering.]',
    ],
  },
  {
    id: 'medical.nn.e1', type: 'medical_declaration', lang: 'nn', split: 'train', sender: 'doctor',
    titles: ['Legeerklæring', 'Fråsegn frå lege', 'LEGEFRÅSEGN'],
    body: [
      'Pasient: {name}, fnr. {fnr}',
      '[Diagnose|Diagnosar]: {diagnosis} [({icpc})|]',
      '[Sjukehistorie|Bakgrunn]: [Pasienten har hatt plagene sidan {otherDate}.|Pasienten har vore følgd opp hos meg i fleire år.] {medical}',
      '[Funksjonsevne|Vurdering]: [Funksjonsevna er klart nedsett.|Pasienten klarer ikkje fysisk arbeid.|Pasienten er arbeidsufør.]',
      '?[Prognose|Vidare plan]: [Uviss.|Venta betring med behandling.|Dårleg prognose.]',
    ],
  },
  // ───────────────────────────── case_transfer: other units and layouts ─────────────────────────────
  {
    id: 'case_transfer.nb.e1', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance', areas: ['sick_pay', 'work_assessment', 'disability', 'occupational_injury'],
    titles: ['Oversendelse av klage – {benefit}', 'Klagesak oversendes klageinstansen', 'OVERSENDELSE AV KLAGE'],
    body: [
      '[Saksnummer i Nav|Nav-saksnummer|Gosys-saksnr.]: {fiRef}   [Bruker|Klager]: {name}, {fnr}',
      '[Vi har mottatt klage|Nav har mottatt klage] [datert|den] {appealDate} på vedtak [av|fattet] {decisionDate} om {subject}.',
      '[Klagen er vurdert etter forvaltningsloven § 33 annet ledd.|Saken er forberedt etter forvaltningsloven § 33.] [Nav finner ikke grunnlag for å endre vedtaket og sender saken til klageinstansen.|Vi opprettholder vedtaket, og klagen oversendes for endelig avgjørelse.]',
      '[Sakens bakgrunn|Saksforholdet]: {name} [søkte|fremsatte krav] om {benefit} [og fikk avslag|, og Nav avslo kravet|, men vilkårene ble ikke ansett oppfylt]. [Nav har lagt vekt på opplysningene i legeerklæringen og fra arbeidsgiver.|Vedtaket bygger på opplysninger fra behandler og arbeidsgiver.|]',
      '[Hva klager mener|Klagers anførsler]: [Klager skriver blant annet:|Fra klagen:] «{detail}»',
      '[Navs vurdering|Vår vurdering]: [Vilkårene i {law} er etter vår vurdering ikke oppfylt.|Det er ikke kommet nye opplysninger som endrer vurderingen etter {law}.] [Klagen gjentar i hovedsak det som var kjent da vedtaket ble fattet.|Opplysningene i klagen er vurdert, men gir ikke grunnlag for et annet resultat.]',
      '?[Det er innhentet uttalelse fra Navs rådgivende lege.|Saken er forelagt arbeids- og velferdsdirektoratets fagavdeling.]',
      '[Kopi av dette brevet er sendt klager, som har tre uker til å komme med merknader.|Klager er orientert om oversendelsen og kan sende merknader direkte til klageinstansen.]',
    ],
    attachments: ['Dokumentoversikt', 'Klage {appealDate}', 'Vedtak {listDecisionDate}', 'Legeerklæring ved arbeidsuførhet', 'Arbeidsevnevurdering', 'Inntektsmelding', 'Aktivitetsplan'],
  },
  {
    id: 'case_transfer.nb.e2', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance', areas: ['pharmacy', 'medical', 'dental', 'physiotherapy', 'treatment_abroad', 'practitioner_sanctions'],
    titles: ['Klage – oversendelse til Nasjonalt klageorgan for helsetjenesten', 'Oversendelse av klagesak – {benefit}', 'Helfo oversender klage'],
    body: [
      'Helfo [saksnummer|referanse|sak]: {fiRef}',
      '[Helfo har mottatt|Vi har mottatt] klage fra {name} [({fnr})|, fnr. {fnr},] på vedtak [av|datert] {decisionDate} om {subject}.',
      '[Helfo har vurdert klagen og opprettholder vedtaket.|Vi har behandlet klagen, men kan ikke se at den gir grunnlag for omgjøring.|Klagen har ikke ført frem hos Helfo.] [Saken oversendes Nasjonalt klageorgan for helsetjenesten for klagebehandling, jf. folketrygdloven § 21-12.|Saken sendes derfor over til klageinstansen.]',
      '[Helfos vurdering|Begrunnelse]: [Vilkårene i {law} er ikke oppfylt.|Helfo legger til grunn at {law} ikke gir hjemmel for stønad i dette tilfellet.] [Det som anføres i klagen, var kjent da vedtaket ble fattet.|Klagen inneholder ingen nye opplysninger av betydning.|]',
      '[Klager skriver i klagen:|Fra klagen:|Klager anfører:] «{detail}»',
      '[Vedlagt følger kopi av sakens dokumenter.|Sakens dokumenter følger vedlagt i nummerert rekkefølge.] [Klager har fått kopi av oversendelsen.|Kopi: klager]',
    ],
    attachments: ['Søknad med vedlegg', 'Vedtak {listDecisionDate}', 'Klage', 'Uttalelse fra rådgivende [lege|tannlege|farmasøyt]', 'Kvitteringer'],
  },
  {
    id: 'case_transfer.nb.e3', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance', areas: ['patient_travel'],
    titles: ['Oversendelse av klage på vedtak om pasientreise', 'Klagesak pasientreiser – oversendelse', 'Oversendelse av klage'],
    body: [
      '[Pasientreiser har mottatt klage|Vi har fått klage] fra {name} på vedtak [av|datert] {decisionDate} om {subject}.',
      '[Reisen gjaldt|Kravet gjaldt] [behandling ved|reise til] [Haukeland universitetssjukehus|St. Olavs hospital|Oslo universitetssykehus|Sykehuset Innlandet] [{otherDate}|].',
      '[Vi har vurdert klagen på nytt, men opprettholder vedtaket.|Klagen har ikke ført frem, og saken oversendes klageinstansen.] [Etter pasientreiseforskriften dekkes reise med rimeligste transportmiddel.|Det er ikke dokumentert at helsetilstanden krevde drosje.|Kravet kom inn etter fristen på seks måneder.]',
      '?[Klager skriver:|I klagen står det:] «{detail}»',
      '[Saksdokumentene ligger ved.|Vi legger ved kravskjema, vedtak, klage og rekvisisjon.] [Pasienten har fått kopi av brevet.|Kopi til klager.]',
    ],
    attachments: ['Reiseregning', 'Rekvisisjon fra behandler', 'Vedtak {listDecisionDate}', 'Klage'],
  },
  // ───────────────────────────── comments ─────────────────────────────
  {
    id: 'comments.nb.e1', type: 'comments', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Kommentarer til brevet fra {fi}', 'SV: Oversendelse av klagesak', 'Merknader', 'Svar på oversendelsen'],
    body: [
      '[Hei|Hei,|Hei!]',
      '[Jeg fikk kopi av brevet der {fi} sender klagen min til dere|Jeg har lest oversendelsesbrevet fra {fi}|Fikk i dag kopi av brevet der klagen min sendes videre til klageinstansen], [og vil kommentere noe|og det er noe jeg må rette på|og har noen merknader].',
      '[De skriver at|I brevet står det at|{fi} påstår at] {detailLower} [Det er ikke sant.|Det stemmer ikke i det hele tatt.|Det har jeg aldri sagt.]',
      '?{detail}',
      '?[Det står også|De har også skrevet] [at jeg ikke har levert legeerklæring|at jeg ikke har svart på brev], [men den ble sendt {otherDate}|men jeg har aldri fått noe brev].',
      '[Jeg står fast på klagen.|Håper dere tar med dette når dere avgjør saken.|Ber om at dette blir lagt ved saken.]',
    ],
  },
  {
    id: 'comments.nb.e2', type: 'comments', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'merknad', 'MERKNADER TIL BREVET'],
    body: [
      '[har fått brevet|Jeg har fått kopi av brevet|fikk brev] [om at saken er sendt til dere|fra {fi} om oversendelse|hvor {fi} sender klagen videre] [og der står det mye feil|og det er ikke riktig det som står der|og vil si noe om det]',
      '[de skriver at|det står at] {detailLower} [men det er feil|det stemmer ikke|det har jeg aldri sakt]',
      '?{detail}',
      '[jeg mener fortsatt at vedtaket er galt|klagen står ved lag|håper dere leser dette før dere bestemmer]',
    ],
  },
  {
    id: 'comments.nb.e3', type: 'comments', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Merknader til oversendelsesbrevet – {name}', 'Merknader på vegne av {name}', 'Merknader i klagesak'],
    body: [
      '[Vi viser til|Det vises til] {fi}s oversendelsesbrev av {otherDate} [i saken til|i klagesaken til] {name}.',
      '[Vi har følgende merknader:|På vegne av {name} bemerkes:|Våre merknader er disse:]',
      '[For det første|Først]: [{fi} gjengir ikke klagen korrekt.|Oversendelsen utelater opplysningene fra behandlende lege.|Det er feil at {name} ikke har medvirket.] [{name} har selv forklart:|Klagen sier:] «{detail}»',
      '[For det andre|Videre]: [{fi} har ikke vurdert|Oversendelsen drøfter ikke] [den nye legeerklæringen|opplysningene fra arbeidsgiver|hvordan plagene har utviklet seg] [som kom inn etter vedtaket|som ble sendt sammen med klagen|].',
      '[Vi fastholder klagen.|Vi ber om at merknadene tas med i klagebehandlingen.|Klagen opprettholdes i sin helhet.]',
    ],
  },
  {
    id: 'comments.en.e1', type: 'comments', lang: 'en', split: 'train', sender: 'email',
    titles: ['Re: transfer of my appeal', 'Comments', 'My comments to the letter from {fi}'],
    body: [
      '[Hello,|Dear appeals body,|Hi,]',
      '[I received a copy of the letter in which {fi} sends my appeal to you|I have read the transfer letter from {fi}], [and I would like to comment|and there are mistakes in it].',
      '[The letter says that|{fi} writes that] {detailLower} [That is not true.|This is wrong.]',
      '?{detail}',
      '[I maintain my appeal.|Please add this to my case.]',
    ],
  },
];
