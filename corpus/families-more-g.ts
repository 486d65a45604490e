import type { Family } from './families.ts';
import { personalAreas } from './letter-voices.ts';

/**
 * More train families (issue 13, fifth session), third part: the area confusions that hurt most —
 * sick pay, work assessment allowance (AAP), disability and medical (legehjelp) — each in the words
 * and statute sections of its own benefit, and a few more rulings, invoices, reopening requests and
 * follow-ups in the new writers' voices. Written from SPEC.md only, without reading the unseen-writer
 * set or the eval families; the corpus test checks no template line is shared with an eval family.
 */
export const moreTrainFamiliesG: Family[] = [
  {
    // Medical (legehjelp): egenandel, frikort, private specialist or psychologist without a contract.
    id: 'appeal.nb.g1', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['medical'],
    titles: ['Klage på avslag fra Helfo', 'Klage - refusjon psykolog', 'Klage på vedtak om refusjon', 'Egenandeler og frikort'],
    body: [
      '[Hei.|Hei,|Hei!] [Jeg klager på|Jeg er uenig i] [vedtaket|avslaget] fra {fi} [datert|av] {decisionDate} om {subject}.',
      '[Fastlegen henviste meg til|Jeg fikk henvisning til] [privat psykolog|øre-nese-hals-spesialist|hudlege|gynekolog] [fordi ventetiden i det offentlige var over et år|fordi DPS avviste henvisningen|fordi jeg ikke kunne vente]. [Jeg visste ikke at spesialisten ikke hadde driftsavtale.|Ingen sa at jeg ikke ville få refusjon.|Helfo sier at behandleren ikke har avtale med helseforetaket.]',
      '?[Jeg har også betalt egenandeler etter at jeg skulle ha hatt frikort.|Frikortet kom ikke automatisk, og jeg har betalt mange egenandeler for mye.|Kvitteringene fra legevakten viser at jeg har betalt full pris.]',
      '{detail}',
      '[Jeg ber om at utgiftene blir refundert.|Vedtaket må endres.|Jeg vil ha dekket behandlingen.]',
    ],
  },
  {
    // Work assessment allowance: a lawyer on §§ 11-5 and 11-6.
    id: 'appeal.nb.g2', type: 'appeal', lang: 'nb', split: 'train', sender: 'lawyer', areas: ['work_assessment'], noPadding: true,
    titles: ['Klage – arbeidsavklaringspenger – {name}', 'Klage over stans av AAP', 'KLAGE – AAP'],
    body: [
      'Vi representerer {name}[, fnr. {fnr},|] [og påklager|og påklager på klientens vegne|og klager på] {fi}s vedtak av {decisionDate} om {subject}.',
      '?Vedtaket ble mottatt {decisionReceived}. Klagen er rettidig.',
      '[Nav har lagt til grunn|Vedtaket bygger på] at arbeidsevnen ikke er nedsatt med minst halvparten, jf. folketrygdloven § 11-5. [Det er feil.|Det bestrides.] [Arbeidsevnevurderingen er gjort uten oppdaterte opplysninger fra behandler.|Nav har ikke vurdert hvilke arbeidsoppgaver klienten faktisk kan utføre.|Arbeidsutprøvingen viste at klienten ikke klarte mer enn tre timer om dagen.]',
      '[Vilkåret i § 11-6 er også oppfylt:|Klienten har dessuten behov for bistand etter § 11-6:] [klienten er under aktiv behandling hos DPS|klienten venter på operasjon og deretter rehabilitering|det er planlagt arbeidsrettet tiltak når behandlingen er ferdig], [og det er fortsatt en mulighet for å komme i arbeid|og arbeidsevnen er ikke endelig avklart].',
      '?[Det vises til legeerklæringen, der det heter:|Fastlegen skriver:] «{medical}»',
      '[Det nedlegges påstand om at klienten innvilges arbeidsavklaringspenger fra {otherDate}.|Vi ber om at vedtaket omgjøres og at AAP utbetales for hele perioden.|Vedtaket må oppheves.]',
    ],
    attachments: ['Fullmakt', 'Legeerklæring', 'Rapport fra arbeidsutprøving', 'Aktivitetsplan'],
  },
  {
    // Sick pay: a union on §§ 8-4, 8-7, 8-8 and the maximum date.
    id: 'appeal.nb.g3', type: 'appeal', lang: 'nb', split: 'train', sender: 'organisation', areas: ['sick_pay'], noPadding: true,
    titles: ['Klage – sykepenger – {name}', 'Klage på stans av sykepenger', 'Klage på vedtak om sykepenger'],
    body: [
      '[Vi bistår|{orgName} bistår] {name}[, fnr. {fnr},|] [som er ansatt som|som arbeider som] [helsefagarbeider|renholder|sykepleier|barnehagelærer|sjåfør] [i kommunen|i et privat firma|på et sykehjem].',
      '[Det klages på|Vi påklager] {fi}s vedtak av {decisionDate} om {subject}.',
      '[Nav mener at|I vedtaket legges det til grunn at] [aktivitetskravet etter åtte uker ikke er oppfylt, jf. folketrygdloven § 8-8|arbeidsuførheten ikke er dokumentert, jf. folketrygdloven § 8-7|arbeidsuførheten skyldes sosiale forhold og ikke sykdom, jf. § 8-4|maksdato etter § 8-12 er nådd]. [Dette er etter vårt syn feil.|Det er vi ikke enige i.]',
      '[Arbeidsgiver har ikke kunnet tilrettelegge|Sykmeldingene fra fastlegen er sendt fortløpende|Arbeidsgiverperioden ble betalt, og inntektsmeldingen er sendt], [og {name} har fulgt opp alle dialogmøter|og det er medisinske grunner som hindrer aktivitet|og dagene er etter vårt syn talt feil].',
      '[Vi ber om at sykepengene utbetales for hele perioden.|Vi ber om at vedtaket omgjøres.]',
    ],
    attachments: ['Fullmakt', 'Sykmeldinger', 'Referat fra dialogmøte', 'Bekreftelse fra arbeidsgiver'],
  },
  {
    // Disability: uføregrad, inntekt før uførhet, the behandling and arbeidsrettede tiltak condition.
    id: 'appeal.nb.g4', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['disability'],
    titles: ['Klage på uføretrygd', 'Klage - uføregrad', 'Avslag på uføretrygd', 'klage'],
    body: [
      '[Hei|Hei,]',
      '[Jeg klager på|Dette er en klage på] vedtaket [om uføretrygd|fra {fi}] [datert|av] {decisionDate}.',
      '[Nav mener|I vedtaket står det] [at jeg ikke har prøvd all hensiktsmessig behandling|at jeg har restarbeidsevne og kan jobbe 50 prosent|at inntekten min før jeg ble ufør var lavere enn den var|at jeg ikke har vært gjennom arbeidsrettede tiltak]. [Det stemmer ikke.|Det er ikke riktig.]',
      '[Jeg har hatt AAP i fire år og vært i to tiltak som ikke fungerte.|Jeg har vært syk i over ti år og har prøvd alt legene har foreslått.|Inntekten min var høyere før jeg ble syk, og uføregraden blir da feil.]',
      '{detail}',
      '[Jeg ber om full uføretrygd.|Jeg ber om at uføregraden blir satt opp.|Jeg ber om at saken blir vurdert på nytt.]',
    ],
  },
  {
    // A UK-style fitness-for-work statement.
    id: 'medical.en.g1', type: 'medical_declaration', lang: 'en', split: 'train', sender: 'foreign_doctor', noPadding: true,
    titles: ['Statement of Fitness for Work', 'Fit note', 'Medical statement'],
    body: [
      'Patient’s name: {name}   Date of birth: {birthDate}',
      'I assessed your case on: {otherDate}',
      'and, because of the following condition(s): {diagnosis}',
      'I advise you that: ☒ you are not fit for work. ☐ you may be fit for work taking into account the following advice',
      '[Comments|Functional effects of your condition]: [Unable to stand or walk for long periods.|Reduced concentration and energy.|Cannot lift or carry.] [Treatment is ongoing.|Referred to a specialist.|]',
      'This will be the case for: [4 weeks|3 months|an indefinite period]',
    ],
  },
  {
    id: 'medical.da.g1', type: 'medical_declaration', lang: 'da', split: 'train', sender: 'foreign_doctor', noPadding: true,
    titles: ['Statusattest', 'Journaludskrift', 'LÆGEATTEST'],
    body: [
      'Patient: {name}   CPR-nr.: {foreignId}',
      '[Diagnose|Diagnoser]: {diagnosis}',
      '[Sygehistorie|Anamnese]: [Patienten har haft gener i flere år, tiltagende det seneste år.|Gener siden en ulykke.|Patienten har været fulgt i almen praksis gennem længere tid.]',
      '[Objektivt|Undersøgelse]: [Nedsat bevægelighed og ømhed.|Træt og påvirket.|Haltende gang.]',
      '[Funktionsniveau|Arbejdsevne]: [Patienten er uarbejdsdygtig.|Arbejdsevnen er nedsat til det halve.|Patienten kan ikke varetage sit hidtidige arbejde.]',
      '[Prognose|Vurdering]: [Usikker.|Bedring forventes med behandling.|Varig nedsat funktion.]',
    ],
  },
  {
    id: 'ruling.nn.g1', type: 'tribunal_ruling', lang: 'nn', split: 'train', sender: 'tribunal',
    titles: ['KJENNELSE', 'Kjennelse i ankesak'],
    body: [
      'Ankenr.: {tribunalRefRec}',
      'Ankande part: {name}   Ankemotpart: {ourBody}',
      'Saka gjeld {subject}, jf. {law}.',
      '{fi} gjorde vedtak {firstDecisionDate}. Etter klage stadfesta {ourBody} vedtaket i klagevedtak av {decisionDate}, og vedtaket vart anka til Trygderetten.',
      '[Den ankande parten har gjort gjeldande:|Frå anken:] «{detail}»',
      '[Trygderetten sine merknader:|Retten si vurdering:] [Retten finn at vilkåra ikkje er oppfylte.|Retten er under tvil komen til at vilkåra er oppfylte.|Saka er ikkje godt nok opplyst.]',
      'SLUTNING: [Anken vert forkasta.|Vedtaket vert oppheva.|Vedtaket vert endra.]',
    ],
  },
  {
    id: 'invoice.nb.g1', type: 'invoice', lang: 'nb', split: 'train', sender: 'expert_invoice',
    titles: ['Honorarkrav', 'Regning for sakkyndig erklæring', 'Faktura'],
    body: [
      '[Til|Mottaker]: {ourBody}, [saksnr.|deres ref.] {ourRef}',
      '[Honorar for|Regning for] [sakkyndig erklæring|spesialisterklæring|vurdering etter mandat] [for {name}|i saken om {benefit}].',
      '[Arbeid|Medgått tid]: {feeHours} timer à kr {feeRate} = kr {feeFees}',
      '[Ingen reisekostnader.|Erklæringen er skrevet på grunnlag av dokumentene.|Pasienten er undersøkt én gang.]',
      'Beløpet er fritatt for merverdiavgift.',
      '[Beløpet bes betalt innen|Forfall:] {dueDate} [til konto|, kontonummer] {account}.',
    ],
  },
  {
    id: 'reopening.nb.g1', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'Ny vurdering', 'SAKEN MÅ SES PÅ IGJEN'],
    body: [
      '[dere avslo saken min|saken min ble avslått hos dere|fikk avslag fra dere] [i fjor|i vedtak {decisionDate}|den {decisionDate}] [og jeg anket ikke|og jeg orket ikke gå videre med det]',
      '[men nå har jeg fått|nå har jeg endelig fått] [ny diagnose fra sykehuset|svar på prøvene|papirer fra spesialist] [som viser at jeg hadde rett|som forklarer alt|som dere ikke hadde]',
      '{medical}',
      '[kan dere se på saken igjen|ber om at saken blir tatt opp på nytt|håper dere kan endre vedtake nå]',
    ],
  },
  {
    // A question about the case, above the appeals body's automatic reply.
    id: 'corr.nb.g1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'email', noPadding: true,
    titles: ['SV: Automatisk svar', 'Re: Vi har mottatt e-posten din', 'Purring', 'Hvor lang tid?'],
    body: [
      '[Hei igjen.|Hei.|Hei,]',
      '[Det er nå|Nå har det gått] [tre|fem|åtte] måneder siden jeg sendte klagen om {benefit}[, saksnr. {ourRef}|], [og jeg har ikke hørt noe|og ingen har svart meg|og jeg lurer på hvor saken står].',
      '[Kan dere si noe om når den blir behandlet?|Har dere fått alt dere trenger fra meg?|Må jeg sende noe mer?]',
      '{earlierDate} skrev postmottak@helseklage.no:',
      '> [Takk for e-posten din. Vi har mottatt henvendelsen og vil behandle den så snart som mulig.|Dette er et automatisk svar. Henvendelsen er mottatt.] [Saksbehandlingstiden finner du på nettsidene våre.|Ikke svar på denne e-posten.]',
    ],
  },
  {
    // A lawyer's numbered comments on the transfer letter.
    id: 'comments.nb.g1', type: 'comments', lang: 'nb', split: 'train', sender: 'lawyer', noPadding: true,
    titles: ['Merknader til oversendelsesbrev – {name}', 'MERKNADER', 'Merknader til {fi}s oversendelse av klagesak'],
    body: [
      '[Vi viser til|Det vises til] {fi}s oversendelsesbrev av {otherDate}[, deres ref. {fiRef}|] i saken til {name}, som vi mottok i kopi. [Vi har følgende merknader:|Klienten har følgende merknader:]',
      '1. [{fi} gjengir ikke klagen korrekt.|Oversendelsesbrevet gir et misvisende bilde av sakens faktum.|Det er feil at klienten ikke har fulgt opp behandling.] [Klienten har forklart|Klienten har opplyst]: «{detail}»',
      '2. [{fi} har ikke vurdert|Oversendelsen drøfter ikke] [de nye opplysningene fra behandler|spesialisterklæringen som fulgte klagen|klientens forklaring om funksjonsnivået], [jf. forvaltningsloven § 17 om utredningsplikt|selv om de har betydning for vurderingen etter {law}].',
      '3. [Det vises til {caseLaw}, der det fremgår at forvaltningen må foreta en samlet vurdering.|Trygderetten har i {trrCase} lagt til grunn at behandlers vurdering skal tillegges vekt.]',
      '[Klagen fastholdes.|Vi fastholder klagen og ber om at merknadene tas med i klagebehandlingen.]',
    ],
  },
  {
    id: 'adi.nb.g1', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Klage på vegne av {name}', 'Foreløpig klage', 'Klage – mer kommer'],
    body: [
      '[Jeg skriver for|Jeg er [datter|sønn|ektefelle] av og skriver for] {name}[, fnr. {fnr},|] [som er innlagt på sykehus nå|som ikke klarer å skrive selv for tiden|som har bedt meg sende dette].',
      '[Vi klager på|{name} klager på] vedtaket [fra {fi}|] [datert|av] {decisionDate}[ om {benefit}|].',
      '[Vi rekker ikke å skrive en ordentlig begrunnelse før fristen går ut|Begrunnelsen kommer når {name} er hjemme igjen|Vi venter på papirer fra legen], [så vi sender mer senere|så utfyllende klage kommer om noen uker].',
      '?[Vi ber om at fristen regnes som avbrutt.|Ring meg om dere trenger noe.]',
    ],
  },
  // ───────────────────────────── area in the writer's words, per benefit and language ─────────────────────────────
  {
    id: 'appeal.sv.g1', type: 'appeal', lang: 'sv', split: 'train', sender: 'email', areas: ['treatment_abroad'],
    titles: ['Överklagande – vård i Sverige', 'Överklagande av beslut om ersättning', 'Överklagande'],
    body: [
      '[Hej,|Hej!] Jag överklagar [beslutet|ert beslut] [från den|daterat] {decisionDate} om {subject}.',
      '[Jag opererades|Jag fick behandling|Jag genomgick en planerad operation] [på ett sjukhus i Sverige|på en privat klinik i Göteborg|i Stockholm] [eftersom väntetiden i Norge var över ett år|eftersom min läkare rekommenderade det|eftersom jag bor nära gränsen].',
      '[Helfo Utland skriver att jag borde ha sökt förhandsgodkännande|Enligt beslutet hade jag inte förhandstillstånd|Ni menar att behandlingen inte hade dekkats i Norge], [men ingen har informerat mig om det|men behandlingen hade gett rätt till ersättning i Norge|men patientrörlighetsdirektivet ger mig rätt till ersättning].',
      '[Jag bifogar kvitton och journal från kliniken.|Kvittona från sjukhuset finns bifogade.]',
      '[Jag begär att jag får ersättning för kostnaderna.|Jag vill att beslutet ändras.]',
    ],
  },
  {
    id: 'appeal.da.g1', type: 'appeal', lang: 'da', split: 'train', sender: 'email', areas: ['treatment_abroad'],
    titles: ['Klage – behandling i Danmark', 'Klage over afslag på refusion', 'Klage'],
    body: [
      '[Hej,|Kære klageinstans,] jeg klager over afgørelsen [af|dateret] {decisionDate} om {subject}.',
      '[Jeg blev opereret|Jeg fik behandling] [på et privathospital i København|på Aarhus Universitetshospital|hos en speciallæge i Danmark], [fordi ventetiden i Norge var for lang|fordi min norske læge anbefalede det].',
      '[Helfo mener, at jeg skulle have søgt om forhåndsgodkendelse|I afgørelsen står der, at behandlingen ikke ville være dækket i Norge], [men det blev jeg aldrig oplyst om|men behandlingen tilbydes også i Norge og skal derfor refunderes efter patientmobilitetsdirektivet].',
      '[Jeg beder om at få refunderet udgifterne.|Jeg ønsker, at afgørelsen ændres.]',
    ],
  },
  {
    id: 'appeal.en.g1', type: 'appeal', lang: 'en', split: 'train', sender: 'email', areas: ['treatment_abroad'],
    titles: ['Appeal – treatment abroad', 'Appeal against refusal of refund', 'Appeal'],
    body: [
      '[Dear Sir or Madam,|Hello,] I appeal against [the decision|your decision] of {decisionDate} about {subject}.',
      '[I had a hip replacement|I had cataract surgery|I had my treatment] [at a private clinic in Spain|in a hospital in Poland|in Latvia] [because the waiting time in Norway was over a year|because I live there part of the year|on my doctor’s advice].',
      '[Helfo says I should have applied for prior authorisation|The decision says the treatment would not have been covered in Norway|Helfo only refunded part of the cost], [but nobody told me that|but the same treatment is offered in Norway and must be refunded under the EEA rules|and I used my European Health Insurance Card].',
      '[I enclose the invoices and the medical report.|Receipts from the clinic are attached.]',
      '[Please refund the full cost.|I ask you to change the decision.]',
    ],
  },
  {
    id: 'appeal.en.g2', type: 'appeal', lang: 'en', split: 'train', sender: 'email', areas: ['sick_pay'],
    titles: ['Appeal – sickness benefit', 'My sick pay was stopped', 'Appeal'],
    body: [
      '[Hello,|Dear Sir/Madam,] I want to appeal [NAV’s decision|the decision] of {decisionDate} about {subject}.',
      '[I work in Norway as a|I was employed in Norway as a] [carpenter|nurse|fish factory worker|cleaner] [and my GP signed me off sick|and I have had sick notes from my doctor all the time|and my employer paid the first 16 days].',
      '[NAV says the sick note came too late|NAV says I was not in work for four weeks before I fell ill|NAV says I reached the maximum number of days|NAV says I did not take part in activity after eight weeks], [but that is not correct|but my employer can confirm the dates|but I was too ill to work].',
      '[I ask that my sickness benefit is paid for the whole period.|Please change the decision.]',
    ],
  },
  {
    id: 'appeal.en.g3', type: 'appeal', lang: 'en', split: 'train', sender: 'person', areas: ['disability'],
    titles: ['Appeal – disability benefit', 'Appeal against refusal of uføretrygd', 'Appeal'],
    body: [
      '[I appeal against|I hereby appeal] [the decision|NAV’s decision] of {decisionDate} [refusing me disability benefit (uføretrygd)|setting my degree of disability at 50 per cent|about my disability benefit].',
      '[NAV says my earning capacity is not permanently reduced|NAV says I have not tried all appropriate treatment|NAV says I can still work part time], [but I have been ill for many years and no treatment has helped|but I had work assessment allowance for four years without getting back to work|but my specialist says the condition is permanent].',
      '{detail}',
      '[I ask to be granted full disability benefit.|Please review my case again.]',
    ],
  },
  {
    id: 'appeal.en.g4', type: 'appeal', lang: 'en', split: 'train', sender: 'email', areas: ['work_assessment'],
    titles: ['Appeal – work assessment allowance', 'AAP stopped', 'Appeal'],
    body: [
      '[Hi,|Hello,] I am appealing [the decision|NAV’s decision] of {decisionDate} about {subject}.',
      '[My NAV adviser said I could continue|I followed my activity plan|I sent my employment status forms (meldekort) every two weeks], [but now NAV says my work capacity is not reduced by half|but now they have stopped the allowance|but the letter says I did not attend the course].',
      '[I am still in treatment and not able to work yet.|My psychologist says I need more time.|I am waiting for an operation.]',
      '[Please let me keep the work assessment allowance.|I ask you to change the decision.]',
    ],
  },
  {
    id: 'appeal.sv.g2', type: 'appeal', lang: 'sv', split: 'train', sender: 'person', areas: ['sick_pay'],
    titles: ['Överklagande – sjukpenning', 'Överklagande av beslut om sjukpenning'],
    body: [
      '[Jag överklagar|Härmed överklagar jag] NAV:s beslut [den|daterat] {decisionDate} om {subject}.',
      '[Jag är gränsarbetare och arbetar i Norge men bor i Sverige.|Jag arbetade i Norge när jag blev sjukskriven.|Jag har varit sjukskriven av min läkare i Sverige.] [Arbetsgivaren betalade de första 16 dagarna.|Läkarintygen har skickats till NAV hela tiden.]',
      '[NAV menar att sjukskrivningen inte är dokumenterad|NAV menar att läkarintyget från Sverige inte räcker|NAV menar att jag har fått sjukpenning under maximal tid], [men det stämmer inte|vilket jag inte håller med om].',
      '?[NAV har dessutom räknat fel på antalet sjukdagar.|Arbetsgivaren kan bekräfta datumen.]',
      '[Jag begär att sjukpenningen betalas ut för hela perioden.|Jag vill att beslutet ändras.]',
    ],
  },
  {
    id: 'appeal.da.g2', type: 'appeal', lang: 'da', split: 'train', sender: 'person', areas: ['disability'],
    titles: ['Klage over afslag på uføretrygd', 'Klage – uføretrygd fra Norge'],
    body: [
      '[Jeg klager over|Hermed klager jeg over] NAVs afgørelse [af|dateret] {decisionDate} om {subject}.',
      '[Jeg har arbejdet i Norge i mange år og bor nu i Danmark.|Jeg har norsk optjening fra årene i Norge.] [Jeg har fået tilkendt førtidspension i Danmark, fordi min erhvervsevne er varigt nedsat.|Mine danske læger vurderer, at tilstanden er varig.]',
      '[NAV mener, at jeg ikke har forsøgt al relevant behandling|NAV mener, at uføregraden kun er 50 procent], [men det er ikke rigtigt|og det er jeg ikke enig i].',
      '[Jeg beder om, at jeg får uføretrygd fra Norge.|Jeg ønsker afgørelsen ændret.]',
    ],
  },
  {
    id: 'appeal.nn.g1', type: 'appeal', lang: 'nn', split: 'train', sender: 'note', areas: ['work_assessment'],
    titles: ['', 'Klage på AAP', 'klage'],
    body: [
      '[eg klagar på at|Eg vil klage på at] [arbeidsavklaringspengane mine|AAP-en min] [vart stansa|ikkje vert forlengd] [i vedtak {decisionDate}|frå nav i brev {decisionDate}]',
      '[rettleiaren min sa|dei sa på nav-kontoret] at [eg kunne halde fram|det var greitt] [men no står det at eg ikkje har følgt aktivitetsplanen|men no står det at arbeidsevna mi ikkje er nedsett nok]',
      '[eg har sendt meldekort kvar 14. dag|eg har vore på alle møta|eg er framleis i behandling på DPS]',
      '[ber om at de ser på det på nytt|vil ha AAP vidare]',
    ],
  },
  {
    id: 'appeal.nn.g2', type: 'appeal', lang: 'nn', split: 'train', sender: 'email', areas: ['sick_pay'],
    titles: ['Klage på sjukepengar', 'Klage – sjukepengar', 'Klage'],
    body: [
      '[Hei,|Hei.] Eg klagar på vedtaket frå {fi} [datert|av] {decisionDate} om {subject}.',
      '[Eg har vore sjukmeld frå jobben som|Eg vart sjukmeld frå stillinga mi som] [hjelpepleiar|snikkar|lærar|reinhaldar] [sidan januar|i heile vinter], [og arbeidsgivaren betalte dei første 16 dagane|og legen har skrive sjukmelding heile tida].',
      '[Nav meiner|I vedtaket står det] [at sjukmeldinga kom for seint|at aktivitetskravet ikkje er oppfylt|at maksdato er nådd], [men det stemmer ikkje|men det er ikkje mi skuld].',
      '[Eg ber om at sjukepengane vert utbetalte for heile perioden.|Eg ber om at vedtaket vert endra.]',
    ],
  },
  {
    id: 'appeal.nb.g5', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', areas: ['dental'],
    titles: ['', 'Klage tannlege', 'KLAGE'],
    body: [
      '[jeg klager på|Jeg vil klage på] [avslaget på tannbehandling|vedtaket om tannbehandling|at helfo ikke dekker tennene mine] [fra {decisionDate}|datert {decisionDate}]',
      '[tannlegen sa at helfo skulle dekke det|tannlegen min søkte om stønad for meg|tannpleieren sa at jeg hadde rett på refusjon] [for jeg har periodontitt|for jeg har mistet tenner pga sykdom|fordi munntørrhet av medisinene har ødelagt tennene]',
      '{detail}',
      '[jeg har ikke råd til å betale alt selv|regninga er på over 40 000 kr|jeg kan ikke tygge ordentlig]',
      '[ber om at dere ser på det igjen|vær så snill å endre vedtaket]',
    ],
  },
  {
    id: 'appeal.nb.g6', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['patient_travel'],
    titles: ['Klage på pasientreise', 'Klage - drosje til sykehuset', 'Klage på avslag på reiseregning'],
    body: [
      '[Hei.|Hei,] Jeg klager på vedtaket fra {fi} [datert|av] {decisionDate} om {subject}.',
      '[Jeg måtte ta drosje til|Jeg hadde time på|Jeg skulle til behandling på] [sykehuset|poliklinikken|strålebehandling], [fordi det ikke går buss når timen er så tidlig|fordi jeg ikke tåler å sitte på bussen etter behandlingen|og legen skrev rekvisisjon].',
      '[Pasientreiser sier at jeg skulle brukt billigste reisemåte|De skriver at reiseregningen kom for sent|De har ikke godkjent ledsager, selv om jeg ikke kan reise alene], [men det var ikke mulig|men det er ikke riktig|men det hadde jeg ikke klart].',
      '{detail}',
      '[Jeg ber om å få dekket reisen.|Jeg ber om at vedtaket endres.]',
    ],
  },
  {
    id: 'appeal.nb.g7', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', areas: ['pharmacy'],
    titles: ['', 'Klage blå resept', 'klage på medisin'],
    body: [
      '[jeg klager på|Jeg vil klage på] [at jeg ikke får medisinen på blå resept|avslaget på medisinen min|vedtaket om legemiddel] [i brevet datert|i vedtaket fra|i vedtak] {decisionDate}',
      '[apoteket sa jeg måtte betale alt selv|på apoteket koster det over 3000 kr i måneden|legen skrev ut resepten men det ble ikke blå resept] [og det har jeg ikke råd til|og jeg er pensjonist|og jeg har prøvd alle de billige medisinene først]',
      '?{detail}',
      '[ber om at dere ser på saken igjen|jeg trenger denne medisinen]',
    ],
  },
  {
    id: 'appeal.nb.g8', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['physiotherapy'],
    titles: ['Klage - fysioterapi', 'Klage på avslag på refusjon for fysioterapi', 'Klage'],
    body: [
      '[Hei,|Hei!] Jeg klager på [vedtaket|avslaget] fra {fi} [datert|av] {decisionDate} om {subject}.',
      '[Jeg gikk til fysioterapeut|Jeg har gått til fysioterapi] [etter operasjonen i kneet|for ryggen|etter hjerneslaget] [med henvisning fra fastlegen|fordi legen sa det var nødvendig].',
      '[Helfo sier at fysioterapeuten ikke har driftstilskudd fra kommunen|Helfo mener jeg ikke har en sykdom som gir rett til fritak for egenandel|Helfo skriver at henvisningen var for gammel], [men det fikk jeg ikke vite før etterpå|men det var ingen ledig plass hos de med avtale|men det er ikke riktig].',
      '{detail}',
      '[Jeg ber om å få dekket behandlingene.|Jeg ber om at vedtaket endres.]',
    ],
  },
  {
    // A practitioner's lawyer on Helfo's sanctions: direct settlement, repayment, tariffs.
    id: 'appeal.nb.g9', type: 'appeal', lang: 'nb', split: 'train', sender: 'lawyer', areas: ['practitioner_sanctions'], noPadding: true,
    titles: ['Klage på vedtak om tilbakekreving – {name}', 'Klage – tap av retten til direkte oppgjør', 'KLAGE PÅ HELFOS VEDTAK'],
    body: [
      'Vi representerer [lege|fysioterapeut|tannlege|kiropraktor] {name}[, HPR-nr. {hpr},|] [og påklager|og klager på] {fi}s vedtak av {decisionDate} om {subject}.',
      '[Helfo har kontrollert|Helfo kontrollerte] [takstbruken|regningene] [for 2022 og 2023|for de siste tre årene], og [krever tilbake utbetalt refusjon etter folketrygdloven § 22-15|har besluttet at retten til direkte oppgjør skal falle bort etter folketrygdloven § 25-6|har ilagt tap av retten til å praktisere for trygdens regning etter § 25-7].',
      '[Det bestrides at|Klienten er uenig i at] [takstene er brukt feil|vilkårene for reaksjon er oppfylt|det foreligger grov uaktsomhet]. [Journalføringen dokumenterer behandlingen som er utført.|Helfos eget regelverk om takstene var uklart i perioden.|Reaksjonen er uforholdsmessig streng.]',
      '?Det vises til {caseLaw}.',
      '[Vedtaket bes opphevet.|Prinsipalt kreves vedtaket opphevet, subsidiært at kravet reduseres.]',
    ],
    attachments: ['Fullmakt', 'Helfos kontrollrapport', 'Journalutskrifter'],
  },
];
