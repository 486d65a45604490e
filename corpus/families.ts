import type { DocumentType } from '../schemas/taxonomy.ts';
import type { Lang } from './areas.ts';
import { moreTrainFamiliesA } from './families-more-a.ts';
import { moreTrainFamiliesB } from './families-more-b.ts';
import { moreTrainFamiliesC } from './families-more-c.ts';
import { moreTrainFamiliesD } from './families-more-d.ts';
import { moreTrainFamiliesE } from './families-more-e.ts';
import { moreTrainFamiliesF } from './families-more-f.ts';
import { moreTrainFamiliesG } from './families-more-g.ts';
import { moreTrainFamiliesH } from './families-more-h.ts';
import { moreTrainFamiliesI, moreTrainFamiliesJ } from './families-more-i.ts';
import { moreTrainFamiliesK } from './families-more-k.ts';
import { moreTrainFamiliesL } from './families-more-l.ts';
import type { VoiceKind } from './letter-voices.ts';

/**
 * Template families: one way of writing one document type in one language. Train families and eval
 * families never share a template, so the held-out figures measure phrasings the model never saw.
 *
 * Template language (see rng.ts expand): [a|b] alternatives, [?x] optional, {slot} values. Slots that
 * write a decision date, a received date or a reference record them as ground truth as they write.
 */
export type SenderKind = 'person' | 'lawyer' | 'first_instance' | 'doctor' | 'hospital' | 'expert' | 'tribunal' | 'foreign_doctor' | 'foreign_clinic' | 'expert_invoice' | VoiceKind;

export interface Family {
  id: string;
  type: DocumentType;
  lang: Lang;
  split: 'train' | 'eval';
  sender: SenderKind;
  /** Title lines (one is picked); may be empty for letters without a heading. */
  titles: string[];
  /** Paragraph templates in order; a paragraph starting with '?' is kept half the time. */
  body: string[];
  /** Attachment lines the letter may list. */
  attachments?: string[];
  /** Areas this family is written for (default: all with text in its language). */
  areas?: string[];
  /** Weight among the families of its type and language. */
  weight?: number;
  /** A form, table or quoted chain: long letters get no extra paragraphs pushed into its layout. */
  noPadding?: boolean;
}

const nbAppealAttach = ['Kopi av vedtaket', 'Vedtak datert {listDecisionDate}', 'Legeerklæring fra fastlege', 'Kvitteringer', 'Uttalelse fra spesialist', 'Fullmakt', 'Epikrise fra sykehuset'];

const baseFamilies: Family[] = [
  // ---------------------------------------------------------------------------------------------
  // case_transfer
  {
    id: 'case_transfer.nb.a', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance',
    titles: ['Oversendelse av klagesak', 'OVERSENDELSE AV KLAGESAK – {benefitUpper}', 'Oversendelse av klage til klageinstansen', 'Klagesak – {name} – oversendelse'],
    body: [
      '[Vi oversender|Vi sender over|Vedlagt oversendes] klagesak for {name}, [fødselsnummer|fnr.|f.nr.] {fnr}, [som gjelder|vedrørende|om] {benefit} etter {law}.',
      '{fi} [fattet|traff] vedtak [datert|den] {decisionDate} om {subject}. Klagen [kom inn|ble mottatt|er datert] {otherDate}.',
      '[Vi har vurdert klagen, men finner ikke grunn til å endre vedtaket.|Klagen er vurdert, men vi kan ikke se at den inneholder nye opplysninger som gir grunnlag for å endre vedtaket.|Etter en ny vurdering opprettholder vi vedtaket.]',
      '?{detail}',
      '[Klageren anfører|Klageren mener] [at|blant annet at] {detailLower}',
      '[Sakens dokumenter følger vedlagt|Vi legger ved sakens dokumenter|Sakens dokumenter er lagt ved i kronologisk rekkefølge].',
      '?Klageren er orientert om oversendelsen ved kopi av dette brevet.',
    ],
    attachments: ['Søknad, {otherDate}', 'Vedtak, {listDecisionDate}', 'Klage, {otherDate}', 'Legeerklæring', 'Kvitteringer', 'Journalnotat', 'Saksbehandlers vurdering'],
  },
  {
    id: 'case_transfer.nb.b', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance',
    titles: ['Klagesak til behandling', 'Oversendelse – klage på vedtak om {benefit}', 'OVERSENDELSESBREV'],
    body: [
      'Saken gjelder: {name} ({fnr})',
      '[Klageren|Parten] har klaget på vårt vedtak av {decisionDate} [om|vedrørende] {subject}.',
      '[Vi har gått gjennom saken på nytt etter forvaltningsloven § 33, men opprettholder vedtaket.|Klagen er forberedt etter forvaltningsloven § 33. Vi finner ikke grunnlag for å omgjøre vedtaket, og saken sendes derfor over til klageinstansen.]',
      '[Vurdering:|Vår vurdering:] {detail} {detail}',
      '?Saken er ikke forelagt rådgivende lege.',
      '[Kopi av oversendelsesbrevet er sendt til klageren, som kan komme med merknader innen tre uker.|Parten har fått kopi av dette brevet og kan gi merknader til klageinstansen.]',
    ],
    attachments: ['Dokumentliste', 'Vedtak {listDecisionDate}', 'Klage', 'Uttalelse fra rådgivende lege', 'Søknad med vedlegg'],
  },
  {
    id: 'case_transfer.nn.a', type: 'case_transfer', lang: 'nn', split: 'train', sender: 'first_instance',
    titles: ['Oversending av klagesak', 'OVERSENDING AV KLAGESAK'],
    body: [
      'Vi sender over klagesaka til {name}, fødselsnummer {fnr}, som gjeld {benefit}.',
      '{fi} gjorde vedtak {decisionDate} om {subject}. Klaga kom inn til oss {otherDate}.',
      'Vi har vurdert klaga, men finn ikkje grunn til å endre vedtaket.',
      '?{detail}',
      'Sakspapira følgjer vedlagt. Klagaren har fått kopi av dette brevet.',
    ],
    attachments: ['Søknad', 'Vedtak {listDecisionDate}', 'Klage', 'Legeerklæring'],
  },
  {
    id: 'case_transfer.nb.c', type: 'case_transfer', lang: 'nb', split: 'eval', sender: 'first_instance',
    titles: ['Klage fra {name} – videresending', 'Anmodning om klagebehandling', 'Klagesak {name}'],
    body: [
      'Vedlagt følger klagesaken til {name} [(f.nr. {fnr})|, fnr {fnr},] for [klagebehandling|avgjørelse i klageinstansen].',
      'Klagen retter seg mot [vedtaket av|vedtak fattet] {decisionDate}, der {fi} [ga|fattet vedtak om] {subject}.',
      '{fi} har [foretatt en fornyet vurdering|sett på saken igjen] og [kan ikke se at klagen gir grunnlag for en annen konklusjon|holder fast ved resultatet]. [Det vises til begrunnelsen i vedtaket.|Vi viser til vedtakets begrunnelse.]',
      'Klagers [hovedanførsel|anførsel] er at {detailLower}',
      '[Samtlige|Alle] dokumenter i saken [ligger ved|er vedlagt], jf. dokumentlisten.',
    ],
    attachments: ['Dokumentoversikt', 'Vedtaksbrev {listDecisionDate}', 'Klagebrev', 'Notat fra saksbehandler'],
  },
  {
    id: 'case_transfer.nn.b', type: 'case_transfer', lang: 'nn', split: 'eval', sender: 'first_instance',
    titles: ['Klagesak – {name}', 'Vidaresending av klage'],
    body: [
      'Vedlagt ligg klagesaka til {name} (fnr. {fnr}) for klagehandsaming.',
      'Klaga gjeld vedtaket vårt frå {decisionDate} om {subject}.',
      'Vi har sett på saka på nytt og held fast ved vedtaket. Vi viser til grunngjevinga i vedtaket.',
      'Alle dokumenta i saka ligg ved.',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // appeal
  {
    id: 'appeal.nb.a', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage på vedtak', 'KLAGE PÅ VEDTAK', 'Klage på vedtak om {benefit}', 'Klage'],
    body: [
      '[Jeg klager herved på|Jeg vil klage på|Jeg påklager] [vedtaket|vedtak] [av|datert|fra] {decisionDate} om {subject}.',
      '?[Jeg viser til min fristavbrytende klage av {otherDate}, og her kommer begrunnelsen.|Dette er begrunnelsen for klagen jeg sendte {otherDate}.]',
      '?[Jeg mottok vedtaket|Vedtaket kom i posten|Jeg fikk vedtaket] {decisionReceived}.',
      '[Jeg er uenig i vedtaket fordi|Jeg er ikke enig i vurderingen. Grunnen er at|Begrunnelse for klagen:] {detailLower}',
      '?{detail}',
      '?[Fastlegen min skriver i legeerklæringen:|Fra legeerklæringen siterer jeg:] «{medical}»',
      '[Jeg ber om at vedtaket endres.|Jeg ber derfor om at vedtaket omgjøres og at jeg får {benefit}.|Jeg håper dere ser på saken på nytt.]',
      '?[Klagen er sendt innen klagefristen på seks uker.|Klagefristen er ikke gått ut.]',
    ],
    attachments: nbAppealAttach,
  },
  {
    id: 'appeal.nb.b', type: 'appeal', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Klage over vedtak – {name}', 'KLAGE – {benefitUpper}', 'Klage på {fi}s vedtak av {decisionDate}'],
    body: [
      'Undertegnede representerer {name}, [fnr.|fødselsnummer] {fnr}, [jf. vedlagte fullmakt|og fullmakt følger vedlagt].',
      'På vegne av [min klient|klienten] [påklages|klages det over] {fi}s vedtak av {decisionDate} om {subject}.',
      '?[Vedtaket ble mottatt|Klienten mottok vedtaket] {decisionReceived}[, og klagen er rettidig|]. ',
      'Vedtaket bygger på [uriktig faktum|feil rettsanvendelse|en mangelfull vurdering av de medisinske opplysningene]. {detail}',
      '[Det anføres videre at|Videre anføres det at] {detailLower}',
      '?Det vises til {law}.',
      '[Det nedlegges påstand om at vedtaket oppheves.|Vi ber om at vedtaket endres slik at klienten får {benefit}.|Påstand: Vedtaket omgjøres.]',
      '?Vi tar forbehold om å komme tilbake med krav om dekning av saksomkostninger.',
    ],
    attachments: ['Fullmakt', 'Vedtak {listDecisionDate}', 'Legeerklæring', 'Erklæring fra spesialist'],
  },
  {
    id: 'appeal.nb.c', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage', 'Klage på avslag', 'Gjelder: {benefit}'],
    body: [
      '[Hei.|Hei!|Til den det gjelder.] [Jeg har fått avslag på|Jeg fikk brev om] {benefit} og [vil klage|ønsker å klage på dette].',
      '?Vedtaket var datert {decisionDate}.',
      '{detail} [Dette har ikke NAV/Helfo tatt hensyn til.|Dette synes jeg ikke er riktig.|Det er helt urimelig.]',
      '?[Jeg har vært syk lenge og|Jeg har det tungt og] [trenger denne hjelpen|klarer ikke økonomisk uten stønaden].',
      '[Håper på positivt svar.|Jeg ber om at saken vurderes på nytt.|Ta kontakt om dere trenger mer.]',
    ],
    attachments: ['Kopi av brevet', 'Kvitteringer', 'Legeerklæring'],
  },
  {
    id: 'appeal.nb.d', type: 'appeal', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Jeg er uenig i vedtaket', 'Vedrørende vedtak {decisionDate}', 'KLAGE PÅ AVSLAG', 'Klage på vedtak'],
    body: [
      '[Jeg viser til|Det vises til] [brevet mitt fra|deres] {fi} [datert|av] {decisionDate}, hvor [jeg fikk|det ble gitt] {subject}.',
      '[Dette vedtaket er jeg ikke enig i, og jeg|Jeg er ikke fornøyd med avgjørelsen og] [påklager det herved|ønsker at klageinstansen vurderer saken].',
      '?[Som varslet i min foreløpige klage|Som lovet i den fristavbrytende klagen jeg sendte] {otherDate}, [kommer her begrunnelsen|sender jeg nå utfyllende begrunnelse].',
      '?[Brevet nådde meg|Jeg fikk brevet] {decisionReceived}, [så jeg er innenfor fristen|altså innenfor klagefristen].',
      '[Mine grunner:|Hvorfor jeg mener vedtaket er feil:] {detail} {detail}',
      '?Legen har skrevet følgende: «{medical}»',
      '[Jeg krever at|Jeg ber om at] [vedtaket blir endret|avslaget blir omgjort].',
    ],
    attachments: ['Vedtaket', 'Erklæring fra lege', 'Dokumentasjon på utgifter'],
  },
  {
    id: 'appeal.nb.e', type: 'appeal', lang: 'nb', split: 'eval', sender: 'lawyer',
    titles: ['Klage – {name} – {benefit}', 'KLAGE PÅ VEDTAK'],
    body: [
      'Vi er engasjert av {name} ({fnr}) [i anledning saken|i forbindelse med {benefit}].',
      '{fi} traff {decisionDate} vedtak om {subject}. Vedtaket [påklages med dette|bestrides i sin helhet].',
      '?Klienten mottok vedtaket {decisionReceived}.',
      '[Til støtte for klagen anføres:|Klagens grunnlag:] {detail} {detail}',
      '[Vi ber om at klageinstansen endrer vedtaket.|Vedtaket må oppheves og saken sendes tilbake for ny behandling.]',
    ],
    attachments: ['Fullmakt', 'Vedtak', 'Medisinske opplysninger'],
  },
  {
    id: 'appeal.nn.a', type: 'appeal', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Klage på vedtak', 'KLAGE PÅ VEDTAK'],
    body: [
      'Eg klagar med dette på vedtaket [dykkar|frå {fi}] datert {decisionDate} om {subject}.',
      '?Eg fekk vedtaket {decisionReceived}.',
      'Eg er ikkje einig i vedtaket fordi {detailLower}',
      '?{detail}',
      'Eg ber om at vedtaket vert endra.',
    ],
  },
  {
    id: 'appeal.nn.b', type: 'appeal', lang: 'nn', split: 'eval', sender: 'person',
    titles: ['Klage', 'Eg vil klage'],
    body: [
      'Eg viser til vedtaket frå {fi} av {decisionDate}, der eg fekk {subject}.',
      'Dette vedtaket klagar eg på. {detail}',
      '?Brevet kom fram til meg {decisionReceived}.',
      'Eg meiner vedtaket er feil og ber om at saka vert vurdert på nytt.',
    ],
  },
  {
    id: 'appeal.sv.a', type: 'appeal', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Överklagande av beslut', 'Klagomål på beslut'],
    body: ['Jag överklagar härmed beslutet daterat {decisionDate} om {subject}.', '?Jag fick beslutet {decisionReceived}.', 'Jag är inte enig i beslutet eftersom {detailLower}', 'Jag ber att beslutet ändras.'],
  },
  {
    id: 'appeal.sv.b', type: 'appeal', lang: 'sv', split: 'eval', sender: 'person',
    titles: ['Överklagande', 'Angående beslut {decisionDate}'],
    body: ['Jag hänvisar till ert beslut av {decisionDate} där jag fick {subject}.', 'Jag vill överklaga detta beslut. {detail}', 'Jag anser att beslutet är felaktigt och ber om en ny prövning.'],
  },
  {
    id: 'appeal.da.a', type: 'appeal', lang: 'da', split: 'train', sender: 'person',
    titles: ['Klage over afgørelse', 'Klage'],
    body: ['Jeg klager hermed over afgørelsen af {decisionDate} om {subject}.', '?Jeg modtog afgørelsen {decisionReceived}.', 'Jeg er ikke enig i afgørelsen, fordi {detailLower}', 'Jeg beder om, at afgørelsen bliver ændret.'],
  },
  {
    id: 'appeal.da.b', type: 'appeal', lang: 'da', split: 'eval', sender: 'person',
    titles: ['Klage over jeres afgørelse', 'Vedrørende afgørelse af {decisionDate}'],
    body: ['Jeg henviser til jeres afgørelse af {decisionDate}, hvor jeg fik {subject}.', 'Den afgørelse vil jeg gerne klage over. {detail}', 'Jeg mener, at afgørelsen er forkert, og beder om en ny vurdering.'],
  },
  {
    id: 'appeal.en.a', type: 'appeal', lang: 'en', split: 'train', sender: 'person',
    titles: ['Appeal against decision', 'Complaint about your decision'],
    body: ['I hereby appeal against the decision dated {decisionDate} regarding {subject}.', '?I received the decision on {decisionReceived}.', 'I disagree with the decision because {detailLower}', 'I ask that the decision be changed.'],
  },
  {
    id: 'appeal.en.b', type: 'appeal', lang: 'en', split: 'eval', sender: 'person',
    titles: ['Appeal', 'Re: your decision of {decisionDate}'],
    body: ['I refer to your decision of {decisionDate}, in which I was given a {subject}.', 'I wish to appeal this decision. {detail}', 'I believe the decision is wrong and ask you to review my case again.'],
  },

  // ---------------------------------------------------------------------------------------------
  // appeal_deadline_interrupting
  {
    id: 'adi.nb.a', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['FRISTAVBRYTENDE KLAGE', 'Fristavbrytende klage', 'Foreløpig klage – fristavbrytende'],
    body: [
      '[Jeg klager på|Jeg vil klage på] vedtaket [av|datert] {decisionDate} om {subject}.',
      '?[Jeg mottok vedtaket|Vedtaket ble mottatt] {decisionReceived}.',
      '[Dette er en fristavbrytende klage.|Klagen sendes nå for å avbryte klagefristen.|Denne klagen er fristavbrytende.] [Nærmere begrunnelse vil bli ettersendt.|Begrunnelse ettersendes så snart jeg har fått legeerklæring.|Jeg kommer tilbake med utfyllende begrunnelse.]',
      '?[Jeg ber om innsyn i sakens dokumenter.|Jeg ber om kopi av saksdokumentene.]',
    ],
  },
  {
    id: 'adi.nb.b', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Fristavbrytende klage – {name}', 'FRISTAVBRYTENDE KLAGE PÅ VEDTAK'],
    body: [
      'Vi representerer {name}, fnr. {fnr}.',
      'På vegne av klienten inngis med dette fristavbrytende klage på {fi}s vedtak av {decisionDate} [om|vedrørende] {subject}.',
      '?Vedtaket ble mottatt {decisionReceived}.',
      '[Nærmere begrunnelse vil ettersendes|Utfyllende klage vil bli inngitt] [innen tre uker|når vi har gjennomgått sakens dokumenter].',
      'Vi ber om [kopi av sakens dokumenter|innsyn i saken], jf. forvaltningsloven § 18.',
    ],
  },
  {
    id: 'adi.nb.c', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Foreløpig klage', 'Klage (begrunnelse kommer)', 'KLAGE – FRISTAVBRYTENDE'],
    body: [
      '[Jeg viser til|Det vises til] vedtaket [datert|av] {decisionDate} [om|vedrørende] {subject}.',
      '[For å rekke klagefristen sender jeg denne foreløpige klagen nå.|Jeg ønsker å avbryte klagefristen med dette brevet.] [Jeg er uenig i vedtaket, men trenger mer tid til å skrive begrunnelsen.|Full begrunnelse kommer senere, når jeg har snakket med legen min.]',
      '?Brevet nådde meg {decisionReceived}.',
      '[Jeg regner med å sende begrunnelsen innen tre uker.|Dere vil få begrunnelse og dokumentasjon innen kort tid.]',
    ],
  },
  {
    id: 'adi.nn.a', type: 'appeal_deadline_interrupting', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Fristavbrytande klage', 'FRISTAVBRYTANDE KLAGE'],
    body: ['Eg klagar på vedtaket av {decisionDate} om {subject}.', 'Dette er ei fristavbrytande klage. Nærare grunngjeving vil bli ettersendt.', '?Eg fekk vedtaket {decisionReceived}.'],
  },
  {
    id: 'adi.nn.b', type: 'appeal_deadline_interrupting', lang: 'nn', split: 'eval', sender: 'person',
    titles: ['Førebels klage'],
    body: ['Eg viser til vedtaket datert {decisionDate} om {subject}.', 'Eg sender denne førebelse klaga for å avbryte klagefristen. Grunngjevinga kjem seinare, når eg har snakka med legen min.'],
  },
  {
    id: 'adi.sv.a', type: 'appeal_deadline_interrupting', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Preliminärt överklagande'],
    body: ['Jag överklagar beslutet daterat {decisionDate} om {subject}.', 'Detta är ett preliminärt överklagande för att bryta klagofristen. Närmare motivering skickas senare.'],
  },
  {
    id: 'adi.sv.b', type: 'appeal_deadline_interrupting', lang: 'sv', split: 'eval', sender: 'person',
    titles: ['Överklagande – motivering kommer'],
    body: ['Jag hänvisar till beslutet av {decisionDate} om {subject}.', 'För att hinna inom fristen skickar jag detta överklagande nu. Motiveringen kommer så snart jag har fått ett läkarintyg.'],
  },
  {
    id: 'adi.da.a', type: 'appeal_deadline_interrupting', lang: 'da', split: 'train', sender: 'person',
    titles: ['Foreløbig klage'],
    body: ['Jeg klager over afgørelsen af {decisionDate} om {subject}.', 'Dette er en foreløbig klage for at afbryde klagefristen. Nærmere begrundelse vil blive eftersendt.'],
  },
  {
    id: 'adi.da.b', type: 'appeal_deadline_interrupting', lang: 'da', split: 'eval', sender: 'person',
    titles: ['Klage – begrundelse følger'],
    body: ['Jeg henviser til afgørelsen af {decisionDate} om {subject}.', 'For at overholde fristen sender jeg denne klage nu. Begrundelsen følger, når jeg har fået en lægeerklæring.'],
  },
  {
    id: 'adi.en.a', type: 'appeal_deadline_interrupting', lang: 'en', split: 'train', sender: 'person',
    titles: ['Preliminary appeal', 'Notice of appeal'],
    body: ['I appeal against the decision dated {decisionDate} regarding {subject}.', 'This is a preliminary appeal to stop the time limit for appeals. Detailed grounds will follow.'],
  },
  {
    id: 'adi.en.b', type: 'appeal_deadline_interrupting', lang: 'en', split: 'eval', sender: 'person',
    titles: ['Appeal – grounds to follow'],
    body: ['I refer to your decision of {decisionDate} about {subject}.', 'To meet the deadline I am sending this appeal now. I will send my reasons as soon as I have a statement from my doctor.'],
  },

  // ---------------------------------------------------------------------------------------------
  // tribunal_appeal
  {
    id: 'tribunal_appeal.nb.a', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Anke til Trygderetten', 'ANKE', 'Anke over vedtak i klagesak'],
    body: [
      '[Jeg anker herved|Jeg vil anke] {ourBody}s vedtak av {decisionDate} [inn for Trygderetten|til Trygderetten].',
      '?Saken gjaldt opprinnelig {fi}s vedtak av {firstDecisionDate} om {subject}.',
      '?[Jeg mottok vedtaket i klagesaken|Klagevedtaket kom] {decisionReceived}[, og ankefristen er seks uker|].',
      '[Jeg er fortsatt uenig|Jeg mener klageinstansen har tatt feil]. {detail}',
      '[Jeg ber om at saken sendes til Trygderetten.|Jeg ber om at anken oversendes Trygderetten for behandling.]',
    ],
    attachments: ['Vedtak i klagesak', 'Legeerklæring'],
  },
  {
    id: 'tribunal_appeal.nb.b', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Anke til Trygderetten – {name}', 'ANKE TIL TRYGDERETTEN'],
    body: [
      'På vegne av {name}, fnr. {fnr}, ankes {ourBody}s vedtak av {decisionDate} [i klagesak|i sak] {ourRef} til Trygderetten, jf. trygderettsloven § 9.',
      'Ankefristen er overholdt.',
      'Ankende part [gjør gjeldende|anfører] at {detailLower}',
      '?Det vises til {law}.',
      '[Vi ber om at klageinstansen forbereder saken og oversender den til Trygderetten.|Saken bes oversendt Trygderetten med oversendelsesbrev.]',
    ],
  },
  {
    id: 'tribunal_appeal.nb.c', type: 'tribunal_appeal', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Jeg vil anke', 'Anke av klagevedtak', 'ANKE TIL TRYGDERETTEN'],
    body: [
      'Jeg har fått [svar på klagen min|klagevedtak] [datert|fra dere av] {decisionDate}, [men er ikke enig|og vil ikke godta resultatet].',
      '[Derfor vil jeg ta saken videre til Trygderetten.|Saken ønsker jeg prøvd for Trygderetten.] [Dette er min anke.|Brevet er en anke.]',
      '?Brevet kom {decisionReceived}.',
      '{detail}',
      '?[Jeg ber om å få møte i Trygderetten.|Jeg ber om muntlig forhandling.]',
    ],
  },
  {
    id: 'tribunal_appeal.nn.a', type: 'tribunal_appeal', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Anke til Trygderetten'],
    body: ['Eg ankar vedtaket dykkar av {decisionDate} inn for Trygderetten.', 'Eg er framleis ueinig. {detail}', 'Eg ber om at saka vert send til Trygderetten.'],
  },

  // ---------------------------------------------------------------------------------------------
  // medical_declaration
  {
    id: 'medical.nb.a', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'doctor',
    titles: ['Legeerklæring', 'LEGEERKLÆRING', 'Legeerklæring til bruk i klagesak', 'Medisinsk erklæring'],
    body: [
      '[Pasient|Gjelder]: {name}, [f.nr.|fnr.|fødselsnr.] {fnr}',
      '[Diagnose|Diagnoser]: {diagnosis}',
      '[Sykehistorie|Anamnese]: {medical}',
      '{medical}',
      '[Funksjonsevne|Vurdering av funksjonsevne]: [Pasienten har betydelig nedsatt funksjonsevne.|Funksjonsevnen er moderat nedsatt i dagliglivet.|Pasienten klarer lettere dagligdagse gjøremål, men ikke fysisk arbeid.]',
      '?[Prognose|Prognose og videre plan]: [Usikker.|Forventet bedring over tid med behandling.|Dårlig prognose for full bedring.]',
      '[Erklæringen er skrevet etter ønske fra pasienten.|Erklæringen er utstedt til bruk i klagesaken.|Undertegnede er pasientens fastlege.]',
    ],
  },
  {
    id: 'medical.nb.b', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'hospital',
    titles: ['EPIKRISE', 'Epikrise', 'Poliklinisk notat / epikrise'],
    body: [
      'Pasient: {name} ({fnr})',
      '[Innlagt|Poliklinisk konsultasjon] {otherDate}[, utskrevet {otherDate}|].',
      '[Hoveddiagnose|Diagnose]: {diagnosis}',
      '[Funn|Undersøkelser]: [Normal klinisk status bortsett fra|Klinisk undersøkelse viser] [nedsatt bevegelighet og smerter|moderate funn forenlig med diagnosen|uttalte funn].',
      '{medical}',
      '[Videre oppfølging|Plan]: [Kontroll hos fastlege om fire uker.|Henvises til videre oppfølging i spesialisthelsetjenesten.|Pasienten er [arbeidsufør|sykmeldt] i [to|fire|seks] uker.]',
    ],
  },
  {
    id: 'medical.nb.c', type: 'medical_declaration', lang: 'nb', split: 'eval', sender: 'doctor',
    titles: ['Erklæring fra behandlende lege', 'Uttalelse fra fastlege', 'Attest'],
    body: [
      '[Undertegnede|Jeg] er fastlege for {name}, [født|f.nr.] {fnr}, [og har fulgt pasienten i mange år|og kjenner pasienten godt].',
      '[Pasienten har|Aktuelle diagnoser er] {diagnosis}.',
      '{medical} {medical}',
      '[Etter min vurdering er funksjonsevnen vesentlig nedsatt.|Min vurdering er at pasienten er arbeidsufør.|Pasienten fungerer dårlig i hverdagen.]',
      '[Med hilsen fra legekontoret|Erklæringen gis på anmodning.]',
    ],
  },
  {
    id: 'medical.nn.a', type: 'medical_declaration', lang: 'nn', split: 'train', sender: 'doctor',
    titles: ['Legeerklæring', 'LEGEERKLÆRING'],
    body: ['Pasient: {name}, fnr. {fnr}', 'Diagnose: {diagnosis}', 'Pasienten har hatt plagene i lang tid. {medical}', 'Funksjonsevna er nedsett. Pasienten er arbeidsufør.'],
  },
  {
    id: 'medical.nn.b', type: 'medical_declaration', lang: 'nn', split: 'eval', sender: 'doctor',
    titles: ['Fråsegn frå fastlege'],
    body: ['Eg er fastlege for {name}, fnr. {fnr}, og har følgt pasienten i mange år.', 'Pasienten har {diagnosis}.', '{medical}', 'Etter mi vurdering er funksjonsevna vesentleg nedsett.'],
  },
  {
    id: 'medical.sv.a', type: 'medical_declaration', lang: 'sv', split: 'train', sender: 'foreign_doctor',
    titles: ['Läkarintyg', 'LÄKARINTYG'],
    body: ['Patient: {name}, personnummer {foreignId}', 'Intyget gäller: {benefit}', 'Diagnos: {diagnosis}', 'Patienten har haft besvär under lång tid och har nedsatt funktionsförmåga.', 'Patienten är arbetsoförmögen och behöver fortsatt behandling.'],
  },
  {
    id: 'medical.sv.b', type: 'medical_declaration', lang: 'sv', split: 'eval', sender: 'foreign_doctor',
    titles: ['Intyg från behandlande läkare', 'Epikris'],
    body: ['Jag är behandlande läkare för {name} och har följt patienten sedan {otherDate}. Intyget skrivs i ärendet om {benefit}.', 'Aktuell diagnos: {diagnosis}.', 'Funktionsförmågan är betydligt nedsatt och prognosen osäker.'],
  },
  {
    id: 'medical.da.a', type: 'medical_declaration', lang: 'da', split: 'train', sender: 'foreign_doctor',
    titles: ['Lægeerklæring', 'LÆGEERKLÆRING'],
    body: ['Patient: {name}, cpr-nr. {foreignId}', 'Erklæringen vedrører: {benefit}', 'Diagnose: {diagnosis}', 'Patienten har haft gener i lang tid og har nedsat funktionsevne.', 'Patienten er uarbejdsdygtig og har brug for fortsat behandling.'],
  },
  {
    id: 'medical.da.b', type: 'medical_declaration', lang: 'da', split: 'eval', sender: 'foreign_doctor',
    titles: ['Erklæring fra behandlende læge', 'Epikrise'],
    body: ['Jeg er praktiserende læge for {name} og har fulgt patienten siden {otherDate}. Erklæringen skrives i sagen om {benefit}.', 'Aktuel diagnose: {diagnosis}.', 'Funktionsevnen er betydeligt nedsat, og prognosen er usikker.'],
  },
  {
    id: 'medical.en.a', type: 'medical_declaration', lang: 'en', split: 'train', sender: 'foreign_doctor',
    titles: ['Medical certificate', 'MEDICAL REPORT'],
    body: ['Patient: {name}, date of birth {birthDate}', 'Re: {benefit}', 'Diagnosis: {diagnosis}', 'The patient has had symptoms for a long time and has reduced functional capacity.', 'The patient is unfit for work and needs further treatment.'],
  },
  {
    id: 'medical.en.b', type: 'medical_declaration', lang: 'en', split: 'eval', sender: 'foreign_doctor',
    titles: ['Statement from treating physician', 'Discharge summary'],
    body: ['I am the treating physician of {name} and have followed the patient since {otherDate}. This statement concerns {benefit}.', 'Current diagnosis: {diagnosis}.', 'Functional capacity is markedly reduced and the prognosis is uncertain.'],
  },

  // ---------------------------------------------------------------------------------------------
  // expert_statement
  {
    id: 'expert.nb.a', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert',
    titles: ['Sakkyndig erklæring', 'SAKKYNDIG UTTALELSE', 'Sakkyndig vurdering – {name}'],
    body: [
      '[Erklæringen er skrevet på oppdrag fra|På oppdrag fra] {ourBody} [i sak|, saksnr.] {ourRef}.',
      '[Mandat|Mandatet]: [Det bes om en sakkyndig vurdering av|Den sakkyndige skal vurdere] [om vilkårene for {benefit} er oppfylt|de medisinske forholdene i saken|årsakssammenhengen].',
      'Saken gjelder {name}, fnr. {fnr}.',
      '[Grunnlag for vurderingen|Dokumenter gjennomgått]: [sakens dokumenter, legeerklæringer og epikriser|journalopplysninger og innhentede erklæringer].',
      '[Vurdering|Sakkyndiges vurdering]: {medical} {detail}',
      '[Konklusjon|Oppsummering]: [Etter min vurdering er vilkårene oppfylt.|Det er etter min vurdering ikke grunnlag for å fravike den tidligere vurderingen.|Jeg finner det sannsynlig at tilstanden skyldes forholdet som er beskrevet.]',
      '?Jeg erklærer meg ikke inhabil i saken.',
    ],
  },
  {
    id: 'expert.nb.b', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert',
    titles: ['Uttalelse fra rådgivende [lege|tannlege|farmasøyt]', 'Sakkyndig uttalelse i klagesak'],
    body: [
      'Jeg er bedt om å uttale meg som sakkyndig [i klagesaken til|om saken til] {name}.',
      '[Spørsmålene i mandatet er:|Mandatet lyder:] [1) Hva er diagnosen? 2) Er behandlingen nødvendig? 3) Er funksjonsevnen nedsatt?|Vurder om behandlingen er medisinsk begrunnet.]',
      '{medical}',
      '[Svar på mandatet|Min vurdering]: {detail}',
      '[Uttalelsen bygger på dokumentene i saken.|Jeg har ikke undersøkt pasienten selv.]',
    ],
  },
  {
    id: 'expert.nb.c', type: 'expert_statement', lang: 'nb', split: 'eval', sender: 'expert',
    titles: ['Sakkyndig vurdering', 'Erklæring fra sakkyndig', 'RAPPORT FRA SAKKYNDIG'],
    body: [
      '{ourBody} har [gitt meg i oppdrag|bedt meg] å [vurdere|gi en faglig vurdering av] [saken|klagesaken] til {name}, [jf. brev med mandat|etter mandat] datert {otherDate}.',
      '[Bakgrunn:|Sakens bakgrunn:] {detail}',
      '[Faglig vurdering:|Drøfting:] {medical}',
      '[Svar på spørsmålene i mandatet:|Konklusjon:] [Tilstanden tilfredsstiller vilkårene.|Vilkårene er etter min mening ikke oppfylt.]',
      '[Jeg er ikke inhabil.|Erklæringen er avgitt etter beste skjønn som sakkyndig.]',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // consent
  {
    id: 'consent.nb.a', type: 'consent', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Samtykke til innhenting av opplysninger', 'SAMTYKKEERKLÆRING', 'Samtykke'],
    body: [
      'Jeg, {name}, fødselsnummer {fnr}, [samtykker i at|gir med dette samtykke til at] {ourBody} [innhenter|kan innhente] opplysninger [fra|hos] [fastlege, sykehus og andre behandlere|helsepersonell som har behandlet meg] i [saken om|forbindelse med klagen på] {benefit}.',
      '[Samtykket gjelder|Samtykket omfatter] [journalopplysninger og erklæringer|opplysninger som er nødvendige for å behandle klagen].',
      '?Jeg er kjent med at jeg kan trekke samtykket tilbake.',
      'Sted og dato: {town}, {letterDate}',
      'Underskrift: ______________________',
    ],
  },
  {
    id: 'consent.nb.b', type: 'consent', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Fullmakt og samtykke', 'Samtykke – innhenting av helseopplysninger', 'SAMTYKKE'],
    body: [
      'Undertegnede {name} ({fnr}) [gir herved|gir] {ourBody} [tillatelse|lov] til å [hente inn|be om] [helseopplysninger|medisinske opplysninger] [fra behandlere|fra lege og sykehus] som er relevante for [klagesaken min|saken] om {benefit}.',
      '[Jeg samtykker også i at opplysningene kan forelegges sakkyndig.|Opplysningene kan brukes i behandlingen av saken.]',
      '{town} {letterDate}',
      'Signatur: {name}',
    ],
  },
  {
    id: 'consent.nn.a', type: 'consent', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Samtykke til innhenting av opplysningar'],
    body: ['Eg, {name}, fødselsnummer {fnr}, samtykkjer i at {ourBody} hentar inn opplysningar frå legen min og sjukehuset i saka om {benefit}.', 'Eg veit at eg kan trekkje samtykket tilbake.', 'Stad og dato: {town}, {letterDate}'],
  },
  {
    id: 'consent.en.a', type: 'consent', lang: 'en', split: 'train', sender: 'person',
    titles: ['Consent to obtain information'],
    body: ['I, {name}, consent to {ourBody} obtaining information from my doctors and hospitals in the case concerning {benefit}.', 'Place and date: {town}, {letterDate}', 'Signature: ______________'],
  },
  {
    id: 'consent.sv.a', type: 'consent', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Samtycke till inhämtning av uppgifter'],
    body: ['Jag, {name}, samtycker till att {ourBody} inhämtar uppgifter från mina läkare och sjukhus i ärendet om {benefit}.', 'Ort och datum: {town}, {letterDate}'],
  },

  // ---------------------------------------------------------------------------------------------
  // comments
  {
    id: 'comments.nb.a', type: 'comments', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Merknader til oversendelsesbrev', 'MERKNADER', 'Merknader til {fi}s oversendelse'],
    body: [
      '[Jeg har mottatt kopi av oversendelsesbrevet fra|Jeg viser til oversendelsesbrevet fra] {fi} [datert|av] {otherDate} og [har følgende merknader|vil komme med noen merknader].',
      '[{fi} skriver at|I oversendelsen står det at] {detailLower} [Dette stemmer ikke.|Det er ikke riktig.|Jeg er uenig i dette.]',
      '?{detail}',
      '[Jeg opprettholder klagen min.|Jeg ber om at merknadene tas med i vurderingen av klagen.]',
    ],
  },
  {
    id: 'comments.nb.b', type: 'comments', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Merknader til oversendelsen – {name}', 'Merknader i klagesak {ourRef}'],
    body: [
      'Det vises til {fi}s oversendelsesbrev av {otherDate}, som klienten fikk i kopi.',
      '[Klienten har følgende merknader:|Vi har følgende merknader til oversendelsen:] {detail}',
      '[Oversendelsesbrevet gir et ufullstendig bilde av saken.|Oversendelsen inneholder feil om faktum.] {detail}',
      'Det vises for øvrig til klagen[ av {otherDate}|].',
    ],
  },
  {
    id: 'comments.nb.c', type: 'comments', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Kommentar til brevet fra {fi}', 'Svar på oversendelsesbrev', 'Mine merknader'],
    body: [
      '[Jeg har fått brev om at saken min er sendt over til dere|Saken min er nå sendt til klageinstansen], [og i brevet|og i oversendelsen] skriver {fi} [flere ting jeg vil kommentere|noe jeg må rette opp].',
      '[For det første:|Først:] {detail}',
      '[For det andre|Videre] [mener jeg at|er det slik at] {detailLower}',
      '[Jeg ber klageinstansen legge vekt på dette.|Håper dette blir tatt med når saken avgjøres.]',
    ],
  },
  {
    id: 'comments.nn.a', type: 'comments', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Merknader til oversendingsbrevet'],
    body: ['Eg har fått kopi av oversendingsbrevet frå {fi} datert {otherDate} og har desse merknadene.', '{fi} skriv at {detailLower} Dette stemmer ikkje.', 'Eg held fast ved klaga mi.'],
  },

  // ---------------------------------------------------------------------------------------------
  // reopening_request
  {
    id: 'reopening.nb.a', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Begjæring om omgjøring', 'Anmodning om gjenopptak', 'BEGJÆRING OM GJENOPPTAK AV SAK'],
    body: [
      '[Jeg ber om at|Jeg begjærer at] [saken min gjenopptas|vedtaket av {decisionDate} omgjøres|klagesaken tas opp igjen].',
      '?Klageinstansen avgjorde saken [i vedtak av|den] {decisionDate}.',
      '[Det har kommet nye opplysninger|Jeg har fått nye opplysninger] [som ikke var kjent da saken ble avgjort|som har betydning for saken]: {detail}',
      '?{medical}',
      '[Jeg mener vedtaket er ugyldig og må omgjøres, jf. forvaltningsloven § 35.|Jeg ber om at saken behandles på nytt i lys av de nye opplysningene.]',
    ],
    attachments: ['Ny legeerklæring', 'Spesialisterklæring', 'Vedtak {listDecisionDate}'],
  },
  {
    id: 'reopening.nb.b', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Begjæring om omgjøring – {name}', 'Anmodning om omgjøring av vedtak i klagesak {ourRef}'],
    body: [
      'På vegne av {name} [fremsettes|fremmes] begjæring om omgjøring av {ourBody}s vedtak av {decisionDate}, jf. forvaltningsloven § 35.',
      'Det er fremkommet nye opplysninger som tilsier at vedtaket bygger på feil faktum. {detail}',
      '[Vi ber om at saken gjenopptas.|Det bes om at vedtaket omgjøres.]',
    ],
  },
  {
    id: 'reopening.nb.c', type: 'reopening_request', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Ny vurdering av avsluttet sak', 'Be om at saken åpnes igjen', 'Gjenåpning av sak'],
    body: [
      '[Saken min ble avsluttet|Dere avgjorde saken min] {decisionDate}, [men jeg har nå|og siden da har jeg] [fått ny dokumentasjon|fått nye undersøkelser].',
      '{medical}',
      '[Dette viser at avgjørelsen bygget på et feil grunnlag.|Dette var ikke kjent da saken ble behandlet.] [Jeg ber derfor om at saken åpnes igjen og vurderes på nytt.|Derfor ber jeg dere se på saken en gang til.]',
    ],
  },
  {
    id: 'reopening.nn.a', type: 'reopening_request', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Oppmoding om omgjering'],
    body: ['Eg ber om at vedtaket dykkar av {decisionDate} vert gjort om.', 'Det har kome nye opplysningar som ikkje var kjende då saka vart avgjord: {detail}', 'Eg ber om at saka vert teken opp att.'],
  },
  {
    id: 'reopening.en.a', type: 'reopening_request', lang: 'en', split: 'train', sender: 'person',
    titles: ['Request to reopen my case'],
    body: ['I ask you to reopen my case, which was decided on {decisionDate}.', 'I have new information that was not known when the case was decided: {detail}', 'I ask that the decision be reversed.'],
  },

  // ---------------------------------------------------------------------------------------------
  // legal_costs_claim
  {
    id: 'costs.nb.a', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Krav om dekning av saksomkostninger', 'KRAV OM SAKSOMKOSTNINGER', 'Saksomkostninger – {name}'],
    body: [
      'Det vises til {ourBody}s vedtak av {decisionDate}, der [klagen førte fram|vedtaket ble endret til gunst for klienten].',
      '[Det fremmes herved krav om dekning av saksomkostninger|Klienten krever dekket sine sakskostnader] etter forvaltningsloven § 36.',
      '[Advokatutgiftene utgjør|Salærkravet er] kr {amount} inkl. mva., [jf. vedlagte timeliste|for {hours} timer arbeid].',
      '?[Timesatsen er den offentlige salærsatsen.|Arbeidet har vært nødvendig for å få endret vedtaket.]',
      'Beløpet bes utbetalt til [klientkonto|advokatfirmaets klientkonto] {account}.',
    ],
    attachments: ['Timeliste', 'Salæroppgave', 'Vedtak'],
  },
  {
    id: 'costs.nb.b', type: 'legal_costs_claim', lang: 'nb', split: 'eval', sender: 'lawyer',
    titles: ['Sakskostnader etter forvaltningsloven § 36', 'Krav om erstatning av advokatutgifter'],
    body: [
      '[Klagesaken|Saken] {ourRef} [endte med at klienten fikk medhold|ble avgjort i klientens favør] i vedtak av {decisionDate}.',
      '[Vi krever derfor at det offentlige dekker|Klienten har krav på dekning av] [vesentlige kostnader som har vært nødvendige for å få endret vedtaket|advokatutgiftene i saken], jf. forvaltningsloven § 36 første ledd.',
      'Medgått tid: {hours} timer. [Samlet krav|Til sammen]: kr {amount}.',
      'Spesifisert oppstilling følger vedlagt.',
    ],
    attachments: ['Spesifisert timeliste', 'Faktura til klient'],
  },
  {
    id: 'costs.nb.c', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Krav om å få dekket utgifter', 'Dekning av utgifter til advokat'],
    body: [
      'Jeg fikk medhold i klagen min i vedtaket av {decisionDate}.',
      'Jeg hadde utgifter til advokat for å få endret vedtaket og ber om å få dekket disse, jf. forvaltningsloven § 36. [Saksomkostningene|Advokatregningen] var på kr {amount}.',
      'Kvittering er lagt ved. Pengene kan betales til konto {account}.',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // tribunal_ruling
  {
    id: 'ruling.nb.a', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['KJENNELSE', 'Kjennelse'],
    body: [
      'Trygderettens saksnr.: {tribunalRefRec}',
      'Ankende part: {name}, fnr. {fnr}',
      'Ankemotpart: {ourBody}',
      'Saken gjelder: [Anke over|Anke til Trygderetten over] {ourBody}s vedtak av {decisionDate} om {subject}.',
      '[Trygderetten har kommet til at|Retten finner at] [anken ikke kan føre fram|anken må tas til følge|vedtaket må oppheves]. {detail}',
      '[Trygderetten avsa|Det ble avsagt] [slik|følgende] kjennelse:',
      'Slutning: [Anken forkastes.|{ourBody}s vedtak endres.|Vedtaket oppheves og saken hjemvises til ny behandling.]',
      'Kjennelsen er enstemmig.',
    ],
  },
  {
    id: 'ruling.nb.b', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['TRYGDERETTEN – KJENNELSE', 'Kjennelse avsagt av Trygderetten'],
    body: [
      'Trygderettens saksnr. {tribunalRefRec}',
      '[Saken gjelder|Spørsmålet i saken er] {benefit}.',
      'Den ankende part [har anket|anket] {ourBody}s vedtak av {decisionDate} til Trygderetten.',
      'Trygderettens bemerkninger: {detail} [Retten legger til grunn at vilkårene ikke er oppfylt.|Retten er under tvil kommet til at vilkårene er oppfylt.]',
      'Slutning: [Anken forkastes.|Anken tas til følge.]',
      '[Kjennelsen kan ankes til lagmannsretten innen én måned.|Kjennelsen er rettskraftig.]',
    ],
  },
  {
    id: 'ruling.nb.c', type: 'tribunal_ruling', lang: 'nb', split: 'eval', sender: 'tribunal',
    titles: ['KJENNELSE', 'Trygderettens kjennelse'],
    body: [
      'Trygderettens saksnr.: {tribunalRefRec}',
      '[Den ankende part|Ankende part] er {name} ({fnr}). [Motpart er|Ankemotpart er] {ourBody}.',
      '[Anken gjelder|Tvisten gjelder] {subject}, jf. {ourBody}s vedtak av {decisionDate}.',
      '[Rettens vurdering:|Trygderettens vurdering:] {detail} [Etter rettens syn har klageinstansen vurdert saken riktig.|Retten er ikke enig i klageinstansens vurdering.]',
      '[Det avsies slik|Trygderetten avsier følgende] kjennelse: [Anken forkastes.|Vedtaket endres i den ankende parts favør.]',
    ],
  },

  // ---------------------------------------------------------------------------------------------
  // invoice
  {
    id: 'invoice.nb.a', type: 'invoice', lang: 'nb', split: 'train', sender: 'expert_invoice',
    titles: ['FAKTURA', 'Faktura', 'FAKTURA nr. {invoiceNo}'],
    body: [
      'Fakturanr.: {invoiceNo}   Fakturadato: {letterDate}',
      'Forfallsdato: {dueDate}',
      'Kunde: {ourBody}',
      '[Gjelder|Beskrivelse]: [Sakkyndig erklæring|Sakkyndig vurdering|Spesialisterklæring] i sak {ourRef} ({benefit})',
      '[Antall timer|Timer]: {hours}   [Beløp|Sum] kr {amount}',
      '[Merverdiavgift: fritatt|Mva. 0,00|Beløpet er fritatt for mva.]',
      'Å betale: kr {amount}',
      'Kontonummer: {account}',
    ],
  },
  {
    id: 'invoice.nb.b', type: 'invoice', lang: 'nb', split: 'eval', sender: 'expert_invoice',
    titles: ['Regning for sakkyndig arbeid', 'FAKTURA'],
    body: [
      '[Til|Mottaker]: {ourBody}',
      '[Regning for|Honorar for] [sakkyndig uttalelse|vurdering etter mandat] [i saken til|vedrørende] {name}, [saksnummer|deres ref.] {ourRef}.',
      '{hours} timer à kr 1 850 = kr {amount}',
      '[Betalingsfrist|Forfall]: {dueDate}. [Betales til konto|Bankkonto]: {account}. [Merk betalingen med fakturanummer {invoiceNo}.|KID: {invoiceNo}]',
    ],
  },
  {
    id: 'invoice.en.a', type: 'invoice', lang: 'en', split: 'train', sender: 'expert_invoice',
    titles: ['INVOICE'],
    body: ['Invoice no.: {invoiceNo}   Date: {letterDate}', 'Due date: {dueDate}', 'Expert opinion in case {ourRef} ({benefit})', 'Amount due: NOK {amount}', 'Account number: {account}'],
  },

  // ---------------------------------------------------------------------------------------------
  // correspondence
  {
    id: 'corr.nb.a', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Ettersendelse av dokumentasjon', 'Ettersendelse', 'Vedrørende min sak', 'Henvendelse om klagesak'],
    body: [
      '[Jeg viser til min sak om|Dette gjelder saken min om] {benefit}[ med saksnummer {ourRef}|].',
      '[Vedlagt ettersender jeg|Her sender jeg] [kvitteringer som jeg ikke hadde da jeg klaget|den dokumentasjonen dere ba om|kopi av timebekreftelser].',
      '?[Jeg lurer også på hvor lang tid saksbehandlingen tar.|Kan dere si noe om når saken blir behandlet?|Jeg har fått ny adresse: {street}, {postcode} {town}.]',
      '?{detail}',
      '[Ta gjerne kontakt hvis noe mangler.|Gi beskjed om dere trenger mer.]',
    ],
  },
  {
    id: 'corr.nb.b', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Spørsmål om saksbehandlingstid', 'Hvor langt har saken kommet?', 'Purring'],
    body: [
      '[Jeg sendte klage for flere måneder siden|Det er lenge siden saken min ble sendt til dere] og har ikke hørt noe[ siden {otherDate}|].',
      '[Kan dere opplyse om|Jeg ber om informasjon om] [når saken vil bli behandlet|hvor langt saken har kommet].',
      '?[Jeg har ikke råd til å vente lenger.|Det haster for meg på grunn av økonomien.]',
    ],
  },
  {
    id: 'corr.nb.c', type: 'correspondence', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Melding om advokatbistand', 'Fullmakt – {name}', 'Begjæring om innsyn'],
    body: [
      '[Undertegnede er engasjert som advokat for|Vi bistår] {name}, fnr. {fnr}, i saken om {benefit}.',
      '[Fullmakt følger vedlagt.|Vi ber om at all korrespondanse i saken sendes til oss.]',
      '?[Vi ber om innsyn i sakens dokumenter, jf. forvaltningsloven § 18.|Vi ber om kopi av dokumentene.]',
    ],
  },
  {
    id: 'corr.nb.d', type: 'correspondence', lang: 'nb', split: 'eval', sender: 'person',
    titles: ['Nye opplysninger i saken min', 'Endring i situasjonen min', 'Til saksbehandler', 'Melding'],
    body: [
      '[Jeg vil bare informere om at|Jeg skriver for å fortelle at] [jeg har flyttet|situasjonen min har endret seg|jeg har begynt i ny jobb].',
      '?[Ny adresse er|Adressen min er nå] {street}, {postcode} {town}.',
      '[Dette gjelder|Saken det gjelder er] {benefit}[, deres referanse {ourRef}|].',
      '?[Jeg legger ved|Vedlagt følger] [timeliste fra behandler|brev fra arbeidsgiver].',
      '[Mvh|Takk for hjelpen.]',
    ],
  },
  {
    id: 'corr.nb.e', type: 'correspondence', lang: 'nb', split: 'eval', sender: 'lawyer',
    titles: ['Representasjon i klagesak', 'Innsyn'],
    body: [
      'Vi har påtatt oss å bistå {name} ({fnr}) [med saken om|i forbindelse med] {benefit}.',
      '[Vennligst send oss kopi av alle saksdokumenter.|Vi ber om innsyn og at fremtidige henvendelser rettes til oss.] Fullmakt [ligger ved|vedlegges].',
    ],
  },
  {
    id: 'corr.nn.a', type: 'correspondence', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Ettersending av dokumentasjon', 'Spørsmål om saka mi'],
    body: ['Eg viser til saka mi om {benefit}.', '[Her sender eg kvitteringar som eg ikkje hadde då eg klaga.|Kor lang tid tek sakshandsaminga?]', 'Ta gjerne kontakt om noko manglar.'],
  },
  {
    id: 'corr.nn.b', type: 'correspondence', lang: 'nn', split: 'eval', sender: 'person',
    titles: ['Melding om ny adresse'],
    body: ['Eg vil berre melde at eg har flytta. Ny adresse er {street}, {postcode} {town}.', 'Dette gjeld saka om {benefit}.'],
  },
  {
    id: 'corr.sv.a', type: 'correspondence', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Komplettering', 'Fråga om mitt ärende'],
    body: ['Jag hänvisar till mitt ärende om {benefit}.', '[Här skickar jag kvitton som jag inte hade när jag överklagade.|Hur lång tid tar handläggningen?]', 'Hör gärna av er om något saknas.'],
  },
  {
    id: 'corr.sv.b', type: 'correspondence', lang: 'sv', split: 'eval', sender: 'person',
    titles: ['Ny adress'],
    body: ['Jag vill meddela att jag har flyttat. Min nya adress är {street}, {postcode} {town}.', 'Det gäller ärendet om {benefit}.'],
  },
  {
    id: 'corr.da.a', type: 'correspondence', lang: 'da', split: 'train', sender: 'person',
    titles: ['Eftersendelse af dokumentation', 'Spørgsmål om min sag'],
    body: ['Jeg henviser til min sag om {benefit}.', '[Her sender jeg kvitteringer, som jeg ikke havde, da jeg klagede.|Hvor lang tid tager sagsbehandlingen?]', 'Kontakt mig gerne, hvis noget mangler.'],
  },
  {
    id: 'corr.da.b', type: 'correspondence', lang: 'da', split: 'eval', sender: 'person',
    titles: ['Ny adresse'],
    body: ['Jeg vil gerne oplyse, at jeg er flyttet. Min nye adresse er {street}, {postcode} {town}.', 'Det drejer sig om sagen om {benefit}.'],
  },
  {
    id: 'corr.en.a', type: 'correspondence', lang: 'en', split: 'train', sender: 'person',
    titles: ['Additional documents', 'Question about my case'],
    body: ['I refer to my case concerning {benefit}.', '[Please find enclosed the receipts I did not have when I appealed.|How long will it take to process my case?]', 'Please contact me if anything is missing.'],
  },
  {
    id: 'corr.en.b', type: 'correspondence', lang: 'en', split: 'eval', sender: 'person',
    titles: ['Change of address'],
    body: ['I would like to inform you that I have moved. My new address is {street}, {postcode} {town}.', 'This concerns my case about {benefit}.'],
  },
  // ---------------------------------------------------------------------------------------------
  // More train families: other voices and structures for the same types, so the model learns what
  // makes a type, not how one template words it.
  {
    id: 'case_transfer.nb.x', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance',
    titles: ['Klage – oversendelse til klageinstans', 'Vedrørende klage fra {name}', 'KLAGESAK'],
    body: [
      '[Vi har mottatt klage fra|{name} har klaget på] [{name} på|] [vedtak av|vårt vedtak datert] {decisionDate} om {subject}.',
      '[Saken er vurdert på nytt|Vi har sett på saken igjen], [men|og] [resultatet blir det samme|vi finner ikke grunn til å endre vedtaket|vedtaket blir stående]. [Klagen sendes derfor til dere for endelig avgjørelse.|Saken oversendes derfor klageinstansen.]',
      '[Bakgrunnen for vedtaket:|Kort om saken:] {detail}',
      '?[Vi har innhentet uttalelse fra rådgivende lege.|Det er ikke kommet nye opplysninger i klagen.]',
      '[Kopi av sakens dokumenter ligger ved.|Sakens dokumenter er vedlagt.] [Parten er informert.|Klager har fått kopi av brevet.]',
    ],
    attachments: ['Vedtak {listDecisionDate}', 'Klage', 'Søknad', 'Dokumentliste'],
  },
  {
    id: 'appeal.nb.x', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage', 'Klage på vedtaket', 'Vedtaket er feil'],
    body: [
      '[Jeg har mottatt vedtak|Jeg fikk vedtak] [fra {fi}|] [datert|av] {decisionDate} [og er uenig|og mener det er feil]. [Jeg klager derfor på vedtaket.|Dette er min klage.|Jeg vil at vedtaket endres.]',
      '?[Jeg fikk brevet|Brevet kom] {decisionReceived}.',
      '{detail}',
      '?[Legen min er enig med meg.|Jeg har snakket med legen, som støtter klagen.]',
      '[Jeg håper klageinstansen ser annerledes på dette.|Jeg ber om ny vurdering.]',
    ],
    attachments: nbAppealAttach,
  },
  {
    id: 'appeal.nb.y', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['KLAGE PÅ VEDTAK OM {benefitUpper}', 'Klage på {fi}s vedtak'],
    body: [
      'Jeg er ikke enig i {fi}s [vedtak|avgjørelse] av {decisionDate} [om|der jeg fikk] {subject}, og [klager på det|påklager avgjørelsen].',
      '?[Jeg ble kjent med vedtaket|Jeg mottok brevet] {decisionReceived}, så klagefristen er overholdt.',
      '[Jeg mener at|Etter min mening har] {detailLower}',
      '?{detail}',
      '[Vedtaket må endres.|Jeg ber om medhold i klagen.]',
    ],
  },
  {
    id: 'adi.nb.x', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage – begrunnelse ettersendes', 'Foreløpig klage', 'Klage'],
    body: [
      '[Jeg klager på vedtaket|Jeg ønsker å klage på avgjørelsen] [av|datert] {decisionDate} [om|vedrørende] {subject}.',
      '[Jeg har ikke rukket å skrive en fullstendig klage ennå.|Jeg trenger mer tid for å skaffe dokumentasjon fra lege.] [Begrunnelsen kommer senere.|Jeg sender utfyllende begrunnelse senere.|Nærmere begrunnelse ettersendes.]',
      '[Jeg ber om at klagefristen regnes som avbrutt.|Brevet sendes nå for å rekke fristen.]',
      '?Jeg mottok vedtaket {decisionReceived}.',
    ],
  },
  {
    id: 'tribunal_appeal.nb.x', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Anke', 'Anke over klagevedtak', 'Jeg anker'],
    body: [
      '[Jeg har fått svar på klagen min|Klageinstansen har avgjort klagen min] [i vedtak av|den] {decisionDate}, [og|men] [jeg godtar ikke avgjørelsen|jeg er fortsatt uenig].',
      '[Jeg anker derfor saken til Trygderetten.|Jeg ønsker å anke vedtaket til Trygderetten.|Saken ankes til Trygderetten.]',
      'Saken gjelder {benefit}. {detail}',
      '?[Ankefristen er seks uker, og jeg er innenfor fristen.|Jeg mottok klagevedtaket {decisionReceived}.]',
    ],
  },
  {
    id: 'tribunal_appeal.nb.y', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Anke – {name}', 'ANKE OVER VEDTAK I KLAGESAK'],
    body: [
      'Vi viser til {ourBody}s vedtak av {decisionDate} i saken om {benefit}.',
      '[Vedtaket påankes herved til Trygderetten|Klienten anker vedtaket inn for Trygderetten], jf. trygderettsloven.',
      '[Ankegrunn:|Anken begrunnes med at] {detail}',
      '[Saken bes oversendt Trygderetten.|Vi ber om at saken forberedes for Trygderetten.]',
    ],
  },
  {
    id: 'medical.nb.x', type: 'medical_declaration', lang: 'nb', split: 'train', sender: 'doctor',
    titles: ['Legeattest', 'Medisinsk uttalelse', 'Erklæring fra lege', 'Spesialisterklæring'],
    body: [
      '[Jeg bekrefter at|Det bekreftes at] {name}, f. {birthDate}, [har vært til behandling hos meg|er min pasient] [siden {otherDate}|i flere år].',
      '[Diagnose:|Aktuell diagnose:|Pasienten har] {diagnosis}',
      '{medical}',
      '[Pasienten har behov for videre behandling og oppfølging.|Arbeidsevnen er redusert.|Funksjonsnivået er nedsatt.]',
      '?Attesten er skrevet på pasientens forespørsel til bruk i sak om {benefit}.',
    ],
  },
  {
    id: 'expert.nb.x', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert',
    titles: ['Sakkyndig erklæring', 'Uttalelse etter mandat', 'Vurdering fra sakkyndig [lege|tannlege|farmasøyt]'],
    body: [
      '[Jeg har fått i oppdrag|Klageorganet har gitt meg i oppdrag] å vurdere [saken|klagesaken] til {name} som gjelder {benefit}.',
      '[Oppdraget|Mandatet] er å [vurdere|ta stilling til] [om behandlingen er nødvendig|de medisinske forholdene|om vilkårene er oppfylt].',
      '[Jeg har gått gjennom|Vurderingen bygger på] [sakens dokumenter|journal og erklæringer].',
      '{medical}',
      '[Min konklusjon er at|Jeg konkluderer med at] [vilkårene er oppfylt|vilkårene ikke er oppfylt|det ikke er grunnlag for å endre vurderingen].',
    ],
  },
  {
    id: 'consent.nb.x', type: 'consent', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Samtykkeerklæring', 'Samtykke til å hente inn opplysninger', 'Tillatelse til innhenting av journal'],
    body: [
      '[Jeg samtykker|Jeg gir samtykke] til at [saksbehandler|klageorganet|{ourBody}] kan [innhente|hente] [journal|opplysninger] fra [min fastlege|sykehuset|behandlere] i saken om {benefit}.',
      '[Samtykket gjelder til saken er avsluttet.|Jeg kan når som helst trekke samtykket.]',
      'Navn: {name}   Fødselsnummer: {fnr}',
      'Dato: {letterDate}   Underskrift: {name}',
    ],
  },
  {
    id: 'comments.nb.x', type: 'comments', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Merknader', 'Kommentarer til oversendelsen', 'Merknad til brev fra {fi}'],
    body: [
      '[Jeg har lest|Jeg har fått] [oversendelsesbrevet|brevet der {fi} sender saken over til dere|kopi av oversendelsen til klageinstansen].',
      '[Jeg har noen merknader|Jeg vil kommentere noe] [til det {fi} skriver|til oversendelsen]: {detail}',
      '[{fi} har ikke tatt med at|Det står ikke i oversendelsen at] {detailLower}',
      '[Jeg står fast på klagen.|Jeg ber om at dette tas med i vurderingen.]',
    ],
  },
  {
    id: 'reopening.nb.x', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Anmodning om ny behandling', 'Be om omgjøring', 'Saken må vurderes på nytt'],
    body: [
      '[Dere avgjorde saken min om {benefit}|Saken min om {benefit} ble avgjort] [i vedtak av|den] {decisionDate}.',
      '[Etter dette har jeg fått nye opplysninger|Siden den gang har det kommet frem nye opplysninger] [som dere ikke kjente til|som viser at vedtaket bygger på feil grunnlag].',
      '{medical}',
      '[Jeg ber om at saken tas opp igjen.|Jeg ber dere om å omgjøre vedtaket.|Derfor ber jeg om ny vurdering av saken.]',
    ],
  },
  {
    id: 'costs.nb.x', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Krav om dekning av sakskostnader', 'Salærkrav – {name}', 'Dekning av advokatutgifter'],
    body: [
      'Klienten fikk medhold i [klagesaken|saken] om {benefit}, jf. vedtak av {decisionDate}.',
      '[Klienten har hatt vesentlige kostnader|Det har vært nødvendig med advokatbistand] for å få endret vedtaket, [og krever dekning|og det kreves dekning] etter forvaltningsloven § 36.',
      '[Salær|Kravet] utgjør kr {amount} for {hours} timer[, jf. vedlagt timeliste|].',
      'Beløpet bes overført til konto {account}.',
    ],
  },
  {
    id: 'ruling.nb.x', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['Kjennelse', 'KJENNELSE I ANKESAK'],
    body: [
      'Trygderettens saksnr.: {tribunalRefRec}',
      '[Parter:|Saken gjelder anke fra] {name} [mot|over] {ourBody}s vedtak av {decisionDate}.',
      'Saken gjelder {benefit}.',
      '[Trygderetten bemerker:|Rettens merknader:] {detail}',
      '[Etter dette avsier Trygderetten|Trygderetten avsier] [slik kjennelse|følgende kjennelse]:',
      'Slutning: [Anken forkastes.|Vedtaket oppheves.|Anken tas til følge.]',
    ],
  },
  {
    id: 'invoice.nb.x', type: 'invoice', lang: 'nb', split: 'train', sender: 'expert_invoice',
    titles: ['Faktura', 'FAKTURA', 'Regning'],
    body: [
      'Til: {ourBody}',
      '[Vi fakturerer for|Faktura for] [sakkyndig uttalelse|spesialisterklæring|vurdering etter mandat] i [saken om|sak om] {benefit}, [deres ref.|saksnr.] {ourRef}.',
      '[Sum|Totalt|Å betale]: kr {amount}',
      '[Forfall|Betalingsfrist|Forfallsdato]: {dueDate}',
      '[Konto|Kontonummer|Bankkonto]: {account}',
    ],
  },
  {
    id: 'corr.nb.x', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Ettersender dokumenter', 'Spørsmål', 'Henvendelse', 'Informasjon'],
    body: [
      '[Jeg sender|Vedlagt er] [flere dokumenter|kopi av kvitteringer|ny timebekreftelse|brev fra sykehuset] i saken om {benefit}.',
      '?[Kan dere bekrefte at dere har mottatt klagen min?|Når kan jeg regne med svar?|Jeg har skiftet telefonnummer.]',
      '?{detail}',
      '[Takk for hjelpen.|Ta kontakt om noe er uklart.]',
    ],
  },
  {
    id: 'reopening.nb.y', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Begjæring om gjenopptak', 'Ny behandling av saken', 'Gjenopptakelse'],
    body: [
      '[Jeg viser til|Det gjelder] [deres|klageinstansens] [vedtak|avgjørelse] av {decisionDate} i saken om {benefit}, [som nå er endelig|der klagen ikke førte fram].',
      '[Etter vedtaket har jeg fått|Jeg har nå fått] [en ny erklæring fra spesialist|nye undersøkelsesresultater|dokumentasjon som ikke fantes da saken ble avgjort].',
      '{medical}',
      '[Jeg mener at dette gir grunnlag for å gjenoppta saken.|Jeg ber derfor om at saken behandles på nytt, eventuelt at vedtaket omgjøres.]',
    ],
  },
  {
    id: 'comments.nb.y', type: 'comments', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Merknader', 'Merknader til oversendelsesbrev – {name}'],
    body: [
      'Vi har mottatt kopi av {fi}s brev [der klagesaken oversendes|om oversendelse av klagen] [til klageinstansen|].',
      '[På vegne av klienten gis følgende merknader:|Til oversendelsen bemerkes:] {detail}',
      '[{fi} gjengir ikke|Oversendelsesbrevet omtaler ikke] [klientens anførsler|de medisinske opplysningene] [korrekt|fullt ut]. {detail}',
      '[Vi fastholder klagen.|Vi ber om at klageinstansen ser hen til disse merknadene.]',
    ],
  },
  {
    id: 'corr.nb.y', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Om saken min', 'Ny informasjon', 'Brev til saksbehandler'],
    body: [
      '[Jeg ville bare gi beskjed om at|Til orientering:] [jeg skal på sykehus i tre uker|jeg er bortreist i juli|jeg har fått ny fastlege|adressen min er endret].',
      '[Dette gjelder|Saken er] {benefit}.',
      '?[Skal jeg sende inn noe mer?|Er det noe dere trenger fra meg?|Jeg kan nås på telefon.]',
    ],
  },
  {
    id: 'tribunal_appeal.nb.z', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['ANKE', 'Anke til Trygderetten – {benefit}'],
    body: [
      '[Klagen min ble avslått|Klageinstansen ga meg ikke medhold] i vedtak av {decisionDate}.',
      '[Jeg vil ha saken prøvd|Jeg ber om at saken prøves] [for Trygderetten|i Trygderetten], og [anker med dette|dette brevet er min anke].',
      '{detail}',
      '?[Jeg ber om å få se dokumentene før saken sendes.|Jeg ettersender mer dokumentasjon.]',
    ],
  },
  {
    id: 'consent.nb.y', type: 'consent', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Samtykke', 'Erklæring om samtykke'],
    body: [
      'Jeg, {name}, [bekrefter|erklærer] at [klageinstansen|{ourBody}] [kan|har lov til å] innhente [medisinske opplysninger|journalopplysninger] om meg [i forbindelse med|til bruk i] saken om {benefit}.',
      '[Opplysningene kan innhentes fra|Samtykket gjelder] [fastlege, spesialist og sykehus|alle som har behandlet meg de siste fem årene].',
      'Dato og underskrift: {letterDate} {name}',
    ],
  },
  {
    id: 'expert.nb.y', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert',
    titles: ['Rådgivende [lege|tannlege]s uttalelse', 'Sakkyndig uttalelse'],
    body: [
      'Saken gjelder {name} og {benefit}. [Jeg er oppnevnt som sakkyndig|Uttalelsen er gitt som sakkyndig] [av {ourBody}|etter anmodning fra klageinstansen].',
      '[Problemstilling:|Spørsmål:] [Er vilkårene for stønad oppfylt?|Foreligger det årsakssammenheng?|Er behandlingen medisinsk nødvendig?]',
      '{medical} {detail}',
      '[Etter en samlet vurdering|Sakkyndig konklusjon]: [vilkårene er oppfylt|vilkårene er ikke oppfylt].',
    ],
  },
  // Train-only, in the writer's own words: what sets a request to reopen a final decision, remarks on
  // the first instance's transfer letter and an appeal to Trygderetten apart from an ordinary appeal.
  {
    id: 'reopening.nb.z', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Omgjøring av endelig vedtak', 'Ber om ny vurdering etter forvaltningsloven § 35', 'Anmodning om å ta saken opp igjen'],
    body: [
      '[Klageinstansen|{ourBody}] [stadfestet|opprettholdt] [avslaget|vedtaket] om {benefit} {decisionDate}, og [saken er dermed endelig avgjort|jeg har ikke flere klagemuligheter].',
      '[Jeg har ikke anket til Trygderetten, men ber om at dere selv omgjør vedtaket|Fristen for å anke er gått ut, men jeg ber dere likevel vurdere saken på nytt] [fordi det har kommet til nye opplysninger|fordi vedtaket etter min mening er ugyldig].',
      '[Den nye dokumentasjonen viser|Etter vedtaket har legen min skrevet] [følgende:|at] {medical}',
      '?{detail}',
      '[Jeg ber om at saken åpnes igjen og at jeg får svar på om den blir tatt opp.|Jeg ber om en ny vurdering i lys av dette.]',
    ],
    attachments: ['Ny erklæring fra behandler', 'Endelig vedtak {listDecisionDate}'],
  },
  {
    id: 'comments.nb.z', type: 'comments', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Merknader til oversendelsen', 'Uttalelse til klageinstansen', 'Svar på brev om oversendelse av klagesak'],
    body: [
      '[Jeg fikk kopi av brevet|Jeg har lest brevet] der {fi} [sender klagen min videre|forteller at klagen er oversendt] [til klageinstansen|til dere], og [jeg har fått frist til å uttale meg|jeg vil gi noen merknader før saken avgjøres].',
      '[I oversendelsesbrevet står det|{fi} skriver] at [vilkårene ikke er oppfylt|klagen ikke inneholder noe nytt], men [det stemmer ikke|det er ikke riktig]. {detail}',
      '?[Jeg vil også rette opp en feil i sammendraget:|Sammendraget av saken mangler noe viktig:] {detailLower}',
      '[Jeg opprettholder klagen og ber om at merknadene tas med.|Jeg har ikke mer å tilføye utover dette.]',
    ],
  },
  {
    id: 'tribunal_appeal.nb.w', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Anke over klagevedtak', 'Jeg anker saken', 'Anke – {benefit}'],
    body: [
      '[Jeg har fått klagevedtaket|Klageinstansen har avgjort klagen min] {decisionDate}, [og jeg fikk ikke medhold|men avslaget ble stående].',
      '[Jeg anker derfor saken inn for Trygderetten, jf. trygderettsloven § 11.|Jeg vil bringe saken inn for Trygderetten og sender anken gjennom dere, slik vedtaket sier.] [Ankefristen er seks uker, og anken er sendt i tide.|Anken er sendt innen fristen.]',
      '{detail} {detail}',
      '?[Jeg ber om at saken forberedes og sendes Trygderetten så snart som mulig.|Jeg ønsker muntlig forhandling i Trygderetten.]',
    ],
    attachments: ['Klagevedtak {listDecisionDate}', 'Legeerklæring'],
  },
];

export const families: Family[] = [...baseFamilies, ...moreTrainFamiliesA, ...moreTrainFamiliesB, ...moreTrainFamiliesC, ...moreTrainFamiliesD, ...moreTrainFamiliesE, ...moreTrainFamiliesF, ...moreTrainFamiliesG, ...moreTrainFamiliesH, ...moreTrainFamiliesI, ...moreTrainFamiliesJ, ...moreTrainFamiliesK, ...moreTrainFamiliesL];
