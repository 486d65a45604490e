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
      '[Jeg ber om at utgiftene blir refundert.|Jeg ber om at vedtaket blir endret.|Jeg vil ha dekket behandlingen.]',
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
      '[Honorar for|Regning for] [sakkyndig erklæring|spesialisterklæring|vurdering etter mandat] [i saken til {name}|i saken om {benefit}].',
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
];
