import type { Family } from './families.ts';

/**
 * More train families, written after measuring that the cross-fitted model (each train family
 * predicted by models that never saw it) generalised worst where a type had few families.
 * Written without reading the eval families; the corpus test checks no template line is shared.
 */
export const moreTrainFamiliesB: Family[] = [
  // ---------------------------------------------------------------- case_transfer
  {
    // NAV-like transfer, laid out as a form with headed fields.
    id: 'case_transfer.nb.t1', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance',
    titles: ['Oversendelse av klage til klageinstansen – {benefit}', 'KLAGESAK – OVERSENDELSE TIL BEHANDLING', 'Klage fra {name} – saken sendes til klagebehandling', ''],
    body: [
      '[Klager|Klagende part|Part i saken]: {name}, [fødselsnummer|fnr.|f.nr.] {fnr}',
      '[Påklaget vedtak|Vedtaket som er påklaget|Vedtak som klagen gjelder]: {decisionDate} – {subject}',
      '[Klagefrist|Rettidighet]: [Klagen er fremsatt innen klagefristen.|Klagen er rettidig.|Klagen kom inn innenfor fristen i forvaltningsloven § 29.|Klagen kom inn noe for sent, men vi har sett bort fra oversittelsen, jf. forvaltningsloven § 31.]',
      '[Sakens bakgrunn|Kort om saken|Faktiske forhold]: [{name} søkte om {benefit}.|Søknaden gjaldt {benefit}.] [Søknaden ble avslått fordi vi ikke fant at vilkårene i {law} var oppfylt.|Vi kom til at vilkårene etter {law} ikke var oppfylt, og søknaden ble avslått.|Etter {law} kan det bare gis stønad når bestemte vilkår er oppfylt, og det var ikke tilfellet her.]',
      '[Hva klager anfører|Klagers anførsler|Klagers syn på saken]: [Klager skriver blant annet:|I klagen heter det:|Klager fremholder:] «{detail}»',
      '[Vår vurdering av klagen|Førsteinstansens vurdering|Helhetsvurdering]: [Klagen tilfører ikke saken nye opplysninger av betydning.|Det som kommer frem i klagen, var kjent for oss da vedtaket ble truffet.|Vi har forståelse for klagers situasjon, men regelverket gir ikke rom for skjønn på dette punktet.] [Vedtaket opprettholdes, og saken sendes {ourBody} for avgjørelse.|Vi fastholder derfor vedtaket og ber {ourBody} behandle klagen.|Vi har ikke funnet grunnlag for omgjøring etter forvaltningsloven § 33 annet ledd, og oversender saken.]',
      '?[Klager er gjort kjent med oversendelsen og orientert om retten til å se sakens dokumenter.|Kopi av dette brevet er sendt til klager, som har fått tre ukers frist til å komme med merknader direkte til klageinstansen.|Spørsmål om saken kan fra nå av rettes til {ourBody}.]',
    ],
    attachments: ['Dokumentoversikt', 'Påklaget vedtak, {listDecisionDate}', 'Klage med vedlegg', 'Søknadsskjema', 'Notat fra rådgivende lege', 'Innhentet journal', 'Kopi av brev til klager'],
  },
  {
    // Helfo-like transfer written as a numbered statement (redegjørelse).
    id: 'case_transfer.nb.t2', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance',
    titles: ['Redegjørelse og oversendelse av klagesak', 'Oversendelse av klage – {name} – {benefit}', 'Klage på vedtak om {benefit} – oversendes for klagebehandling'],
    body: [
      '[Vi viser til|Det vises til] klage fra [{name}|{name} ({fnr})|{name}, fnr. {fnr},] på [vårt|{fi}s] vedtak [av|datert] {decisionDate}. [Klagen er forberedt hos oss|Vi har forberedt klagesaken], [jf.|se] forvaltningsloven § 33, [og oversendes nå til {ourBody}|og saken oversendes med dette til klageinstansen].',
      '1. [Hva saken gjelder|Sakens tema]: [Spørsmålet i saken er om|Saken dreier seg om hvorvidt] [{name}|søkeren] [har rett til|fyller vilkårene for] {benefit}[ etter {law}|].',
      '2. [Saksgang|Saksforløp]: [Søknaden ble avslått i vedtaket nevnt over, og klager ble orientert om klageadgangen.|Vi mottok søknaden med vedlegg, og den ble behandlet med avslag.] [Klagen ble sendt innen fristen.|Klagen er rettidig.|Det er ikke spørsmål om fristoversittelse.]',
      '3. [Klagen|Klagers begrunnelse]: [Klager er uenig i vedtaket og viser til følgende:|Klager mener vedtaket er feil, og skriver:] «{detail}»',
      '4. [Vår vurdering|{fi}s vurdering etter klagen]: [Vi har lest klagen grundig.|Klagen er gjennomgått sammen med de øvrige dokumentene.] [Opplysningene endrer ikke vår vurdering av vilkårene.|Vi kan ikke se at vedtaket bygger på feil faktum eller feil lovforståelse.|Etter vårt syn er vilkårene fortsatt ikke oppfylt.][ Rådgivende lege har uttalt seg, og uttalelsen følger vedlagt.|]',
      '5. [Konklusjon|Innstilling]: [Vi innstiller på at klagen ikke tas til følge.|Vi foreslår at vedtaket stadfestes.|Vi kan ikke se grunnlag for å gi klager medhold og anbefaler at vedtaket opprettholdes.]',
      '?[Klageinstansen kan kontakte saksbehandleren som har signert brevet.|Ta kontakt med saksbehandler dersom klageinstansen trenger flere opplysninger.|Dersom det er behov for ytterligere dokumentasjon, kan vi nås på telefon.]',
    ],
    attachments: ['Bilag 1: Søknad', 'Bilag 2: Vedtak {listDecisionDate}', 'Bilag 3: Klage', 'Bilag 4: Uttalelse fra rådgivende lege', 'Bilag 5: Kopi av brev til klager'],
  },
  {
    id: 'case_transfer.nn.t1', type: 'case_transfer', lang: 'nn', split: 'train', sender: 'first_instance',
    titles: ['Oversending av klage til klageinstansen', 'Klagesak – {name} – saka vert send vidare', 'KLAGA ER SEND VIDARE TIL KLAGEINSTANSEN', ''],
    body: [
      '[Vi har motteke|{fi} har fått] klage frå {name}[, fødselsnummer {fnr},|] på vedtaket [vårt |][frå|av|datert] {decisionDate} om {subject}.',
      '[Etter forvaltningslova § 33 skal vi først vurdere klaga sjølve.|Før ei klage vert send vidare, skal førsteinstansen sjå på saka på nytt.] [Vi har gått gjennom saka ein gong til, men kjem til same resultat.|Vi har vurdert dei nye opplysningane, men dei endrar ikkje vurderinga vår.|Vi finn ikkje grunnlag for å gjere om vedtaket.]',
      '[Kort om saka|Bakgrunnen for saka]: [Søknaden om {benefit} vart avslegen fordi vilkåra i {law} ikkje var oppfylte.|Vilkåra for {benefit} etter {law} var etter vårt syn ikkje oppfylte.]',
      '[Klagaren skriv mellom anna:|I klaga står det:|Klagaren grunngjev klaga slik:] «{detail}»',
      '?[Vi har lagt fram saka for rådgjevande lege, som er einig i vurderinga vår.|Klaga inneheld ikkje nye medisinske opplysningar.|Vi henta inn journal frå fastlegen før vi sende saka vidare.]',
      '[Saka vert med dette send til {ourBody} for endeleg avgjerd.|Vi sender difor saka til {ourBody}, som skal avgjere klaga.] [Klagaren har fått kopi av brevet og kan kome med merknader.|Klagaren er orientert om at saka er send over.]',
      '?[Dokumenta i saka ligg ved i nummerert rekkjefølgje.|Ei liste over dokumenta følgjer med.]',
    ],
    attachments: ['Søknad med vedlegg', 'Vedtak {listDecisionDate}', 'Klage', 'Fråsegn frå rådgjevande lege', 'Dokumentliste'],
  },

  // ---------------------------------------------------------------- legal_costs_claim
  {
    // Lawyer, itemised fee statement.
    id: 'costs.nb.t1', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Salæroppgave og krav etter forvaltningsloven § 36', 'Krav om erstatning for sakskostnader – {name}', 'SAKSKOSTNADER – KRAV', ''],
    body: [
      '[Jeg viser til|Vi viser til|Det vises til] vedtak [av|datert] {decisionDate}, hvor [{ourBody}|klageinstansen] [ga min klient medhold|endret vedtaket til gunst for {name}|tok klagen til følge].',
      '[Når et vedtak blir endret til gunst for parten, har parten krav på å få dekket vesentlige kostnader som har vært nødvendige for å få endret vedtaket, jf. forvaltningsloven § 36 første ledd.|Etter forvaltningsloven § 36 skal en part som får endret et vedtak til sin gunst, få dekket vesentlige og nødvendige kostnader.|Klienten fremsetter krav om dekning av sine kostnader, jf. fvl. § 36.]',
      'Arbeidet har bestått av [gjennomgang av sakens dokumenter, konferanser med klienten og utarbeidelse av klage|innhenting av medisinsk dokumentasjon, møte med klienten og skriving av klage og merknader|vurdering av vedtaket, korrespondanse med {fi} og utarbeidelse av klageskriv].',
      '[Medgått tid|Tidsbruk|Samlet tidsforbruk]: {hours} timer. [Salæret er beregnet etter|Vi har lagt til grunn] [den offentlige salærsatsen|salærsatsen for fri rettshjelp|en timesats under vår ordinære sats].',
      '[Samlet krav|Til sammen kreves|Kravet beløper seg til] kr {amount}[ inklusive merverdiavgift| eksklusive merverdiavgift|].',
      '?[Utgifter til legeerklæring er også tatt med i kravet.|Klienten har i tillegg hatt utlegg til legeerklæring, som kreves dekket.|Reiseutgifter til møte med advokat er ikke tatt med.]',
      '[Utbetaling bes foretatt til|Beløpet kan overføres til|Vennligst innbetal beløpet til] [vår klientkonto|konto] {account}[, merket med klientens navn|].',
      '?[Klienten har ikke hatt fri rettshjelp i saken.|Det er ikke søkt om fri rettshjelp, og klienten har selv betalt salæret.]',
    ],
    attachments: ['Timeliste', 'Spesifisert salæroppgave', 'Kopi av vedtak {listDecisionDate}', 'Kvittering for legeerklæring'],
  },
  {
    id: 'costs.nn.t1', type: 'legal_costs_claim', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Krav om dekning av sakskostnader', 'Eg ber om å få dekt utgiftene mine', 'Sakskostnader'],
    body: [
      '[Eg fekk medhald i klaga mi|Klaga mi førte fram] [i vedtaket|då de gjorde vedtak] {decisionDate}[, og vil takke for det|]. [Saka gjaldt|Det galdt] {benefit}.',
      '[For å få endra vedtaket måtte eg|Undervegs i saka måtte eg] [betale for hjelp frå advokat|kjøpe ei ny legeerklæring og få hjelp frå advokat|bruke advokat, fordi eg ikkje greidde å skrive klaga sjølv].',
      '[Eg ber om at desse utgiftene vert dekte etter forvaltningslova § 36.|Eg har lese at ein kan få dekt naudsynte utgifter når vedtaket vert endra, og set difor fram krav om dette.|Eg krev difor dekning av sakskostnader.]',
      '[Utgiftene er på til saman kr {amount}.|Samla utgjer kostnadene kr {amount}.|Rekninga frå advokaten var på kr {amount}.]',
      '?[Kopi av rekninga og kvittering for betalinga ligg ved.|Eg har lagt ved kvitteringane.]',
      '[Pengane kan setjast inn på kontoen min,|Kontonummeret mitt er] {account}.',
    ],
    attachments: ['Rekning frå advokat', 'Kvittering', 'Kopi av vedtaket'],
  },

  // ---------------------------------------------------------------- tribunal_ruling
  {
    // Whole ruling with the usual sections.
    id: 'ruling.nb.t1', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['Trygderetten – utskrift av kjennelse', 'KJENNELSE AVSAGT [I TRYGDERETTEN|AV TRYGDERETTEN]', 'Utskrift av kjennelse'],
    body: [
      '[Ankesak nr.|Sak nr.|Ankesaksnummer]: {tribunalRefRec}',
      '[Saken er behandlet uten muntlig forhandling|Saken er avgjort på grunnlag av sakens dokumenter|Saken er avgjort etter skriftlig saksbehandling][ i avdeling med tre medlemmer|].',
      '[Saken gjelder anke fra {name} over vedtak fra {ourBody} av {decisionDate}|{name} har anket vedtaket fra {ourBody} datert {decisionDate}][ om {subject}|, der klagen over vedtaket fra {fi} ikke førte frem].',
      '[Sakens bakgrunn:|Saksforholdet:] [Den ankende part søkte om {benefit}.|Saken gjelder {benefit}.] [{fi} avslo søknaden, og klagen ble ikke tatt til følge.|Søknaden ble avslått både i første instans og i klageinstansen.] [Den ankende part har i anken anført:|Den ankende part har forklart:] «{detail}»',
      '[Trygderettens vurdering:|Rettens vurdering:|Trygderetten skal bemerke:] [Etter en samlet vurdering av dokumentene finner retten at|Trygderetten legger til grunn at|Retten har under noe tvil kommet til at] [vilkårene i {law} ikke er oppfylt. Det er ikke lagt frem dokumentasjon som gir grunnlag for et annet resultat.|vilkårene i {law} er oppfylt fra søknadstidspunktet. Retten legger avgjørende vekt på de medisinske opplysningene i saken.|saken ikke er tilstrekkelig opplyst. Klageinstansen burde ha innhentet flere opplysninger før vedtak ble truffet.]',
      '[Kjennelsen er avsagt under dissens.|Det er ingen dissens.|Kjennelsen er avsagt med dissens 2–1.]',
      '[Slutning:|SLUTNING] [Vedtaket stadfestes.|Den ankende part gis medhold.|Klageinstansens vedtak oppheves, og saken sendes tilbake for ny behandling.|Anken tas ikke til følge.]',
      '?[Kjennelsen kan bringes inn for lagmannsretten ved søksmål innen seks måneder.|Partene kan reise søksmål for lagmannsretten innen seks måneder etter at kjennelsen er forkynt.]',
    ],
  },
  {
    id: 'ruling.nn.t1', type: 'tribunal_ruling', lang: 'nn', split: 'train', sender: 'tribunal',
    titles: ['Kjennelse', 'ORSKURD', 'Utdrag av kjennelse frå Trygderetten'],
    body: [
      'Saksnummer i Trygderetten: {tribunalRefRec}',
      '[Den ankande parten|Ankande part]: {name}[, fødselsnummer {fnr}|]',
      '[Saka gjeld anke over vedtak frå {ourBody} av {decisionDate}.|Spørsmålet i saka er om {name} har rett til {benefit}, jf. vedtak frå {ourBody} av {decisionDate}.][ Vedtaket i første instans vart gjort av {fi}.|]',
      '[Den ankande parten har skrive dette i anken:|I anken står det mellom anna:|Den ankande parten forklarer:] «{detail}»',
      '[Trygderetten har kome til at|Retten finn at|Etter ei samla vurdering meiner retten at] [anken ikkje kan føre fram|anken må føre fram|vedtaket må opphevast]. [Vilkåra i {law} er ikkje oppfylte.|Dei medisinske opplysningane gjev grunnlag for eit anna resultat enn det klageinstansen kom til.|Saka er ikkje godt nok opplyst.]',
      '?[Retten har vore samla om resultatet.|Eitt medlem av retten er ueinig og meiner at anken burde vore teken til følgje.]',
      '[Slutning:|Trygderetten seier slik orskurd:|Det vert sagt slik kjennelse:] [Anken vert forkasta.|Anken vert teken til følgje.|Vedtaket vert oppheva, og saka vert send tilbake til ny handsaming.]',
    ],
  },

  // ---------------------------------------------------------------- invoice
  {
    // Fee claim with a specification (expert, specialist or translator work).
    id: 'invoice.nb.t1', type: 'invoice', lang: 'nb', split: 'train', sender: 'expert_invoice',
    titles: ['Honorarkrav', 'HONORAR – SAKKYNDIG OPPDRAG', 'Krav om honorar for utført oppdrag', ''],
    body: [
      '[Fakturamottaker|Betaler|Mottaker]: {ourBody}[, att. saksbehandler|]',
      '[Oppdrag|Oppdraget gjelder|Tjeneste]: [sakkyndig uttalelse|tilleggsuttalelse etter nye dokumenter|oversettelse av medisinsk dokumentasjon|spesialistvurdering med klinisk undersøkelse] [– deres saksnr. {ourRef}|i sak {ourRef}|(ref. {ourRef})]',
      'Faktura [nr.|nummer] {invoiceNo}[, datert {letterDate}|]',
      '[Spesifikasjon|Medgått tid|Timeforbruk]: {hours} timer[ etter avtalt timesats| etter offentlig sats|]',
      '[Honorar|Beløp eks. mva.|Sum honorar]: kr {amount}',
      '[Beløpet bes innbetalt til|Betales til|Innbetaling til] [konto|kontonr.] {account} [innen|senest] {dueDate}[. Oppgi fakturanummer ved betaling.|.]',
      '?[Ved for sen betaling beregnes forsinkelsesrente.|Spørsmål om fakturaen kan rettes til avsender.|Tjenesten er unntatt fra merverdiavgift.]',
    ],
  },
  {
    id: 'invoice.nn.t1', type: 'invoice', lang: 'nn', split: 'train', sender: 'expert_invoice',
    titles: ['Rekning', 'REKNING', 'Faktura for sakkunnig fråsegn', ''],
    body: [
      '[Rekning|Faktura] nr. {invoiceNo}   [Dato|Rekningsdato]: {letterDate}',
      '[Til|Mottakar]: {ourBody}',
      '[Gjeld|Oppdrag]: [Sakkunnig fråsegn|Spesialistfråsegn|Tilleggsfråsegn|Omsetjing av journalnotat] [i saka dykkar|for dykk] [med referanse|ref.] {ourRef}',
      '[Tidsbruk|Tal på timar]: {hours}   [Sats: offentleg salærsats|Timesats etter avtale]',
      '[Sum å betale|Å betale|Totalt]: kr {amount}',
      '[Betalingsfrist|Forfall]: {dueDate}   [Kontonummer|Konto]: {account}',
      '?[Tenesta er fritatt for meirverdiavgift.|Ver venleg og merk innbetalinga med rekningsnummeret.]',
    ],
  },

  // ---------------------------------------------------------------- expert_statement
  {
    id: 'expert.nb.t1', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert',
    titles: ['Spesialisterklæring', 'SPESIALISTERKLÆRING TIL BRUK I KLAGESAK', 'Sakkyndig spesialisterklæring – {name}', 'Erklæring avgitt etter oppnevning'],
    body: [
      '[Oppdragsgiver|Rekvirent]: {ourBody}, [saksnr.|ref.] {ourRef}.[ Oppdraget ble gitt skriftlig.| Mandatet er gjengitt nedenfor.|]',
      '[Erklæringen gjelder|Undersøkt person|Personalia]: {name}, [f.nr.|fødselsnummer] {fnr}',
      '[Bakgrunn for oppdraget|Hvorfor erklæringen er innhentet]: [{name} har klaget på avslag på {benefit}, og klageinstansen ønsker en uavhengig medisinsk vurdering.|Klageinstansen har bedt om en spesialistvurdering før klagen avgjøres.|Det er uenighet i saken om de medisinske vilkårene er oppfylt.]',
      '[Kilder|Grunnlagsmateriale|Dokumentasjon jeg har hatt tilgang til]: [Oversendte saksdokumenter, fastlegens journal og epikriser fra spesialisthelsetjenesten.|Sakens dokumenter i sin helhet samt egen samtale og undersøkelse.|Journalutskrifter og tidligere erklæringer. Jeg har ikke snakket med vedkommende.]',
      '?[Egen undersøkelse|Klinisk undersøkelse]: [Undersøkt på mitt kontor.|Konsultasjonen varte omkring en time.] [Samarbeidet godt.|Fremstår sliten, men orientert.|Ingen objektive funn utover det som er beskrevet i journalen.]',
      '[Diagnostisk vurdering|Drøfting]: {diagnosis}. {medical}',
      '[Svar på mandatets spørsmål|Besvarelse av mandatet|Konklusjon]: [Det er mer sannsynlig enn ikke at vilkårene er oppfylt.|Etter min vurdering foreligger ikke tilstrekkelig medisinsk grunnlag for {benefit}.|Tilstanden er varig, og behandlingen fremstår som nødvendig og hensiktsmessig.|Jeg kan ikke med rimelig sikkerhet fastslå årsakssammenheng.]',
      '?[Habilitet: Jeg har ingen tilknytning til parten eller saken.|Jeg kjenner ikke parten fra før og anser meg habil.|Erklæringen er avgitt etter beste skjønn og overbevisning.]',
    ],
  },
  {
    id: 'expert.nn.t1', type: 'expert_statement', lang: 'nn', split: 'train', sender: 'expert',
    titles: ['Sakkunnig fråsegn', 'FRÅSEGN FRÅ SAKKUNNIG', 'Sakkunnig vurdering i klagesak – {name}'],
    body: [
      '[Eg er oppnemnd som sakkunnig av {ourBody} i|{ourBody} har bede meg om ei sakkunnig vurdering i] [saka|klagesaka] [til {name}|som gjeld {name}][, saksnr. {ourRef}|].',
      '[Mandatet frå klageinstansen|Spørsmåla eg skal svare på]: [Er dei medisinske vilkåra for {benefit} oppfylte?|Er behandlinga naudsynt, og er ho i tråd med fagleg forsvarleg praksis?|Kva er funksjonsnivået i dag, og kor lenge vil tilstanden vare?]',
      '[Eg har lese|Vurderinga byggjer på] [alle dokumenta i saka|journalen frå fastlegen og epikrisar frå sjukehuset|dei dokumenta som klageinstansen sende over][, men har ikkje undersøkt vedkomande sjølv|, i tillegg til ein samtale med vedkomande|].',
      '[Diagnose|Aktuell diagnose]: {diagnosis}',
      '[Vurdering|Mi vurdering|Drøfting]: {medical}',
      '[Konklusjon|Samla vurdering]: [Etter mitt syn er vilkåra oppfylte.|Eg meiner at vilkåra ikkje er oppfylte.|Det er sannsynleg at plagene har samanheng med det som er skildra i saka.|Eg finn ikkje grunnlag for å vike frå den vurderinga som er gjord tidlegare.]',
      '?[Eg er ikkje inhabil og har ikkje hatt nokon rolle i behandlinga.|Eg kjenner ikkje parten frå før.]',
    ],
  },

  // ---------------------------------------------------------------- tribunal_appeal
  {
    // A person, with headed sections.
    id: 'tribunal_appeal.nb.t1', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Anke på klagevedtaket – til Trygderetten', 'ANKE TIL TRYGDERETTEN OVER VEDTAK I KLAGESAK', ''],
    body: [
      '[Vedtaket jeg anker|Hva anken gjelder|Det ankede vedtaket]: [Vedtak fra {ourBody}|Klagevedtaket fra {ourBody}] [datert|av] {decisionDate}[ i sak {ourRef}|][ om {benefit}|].',
      '?[Opprinnelig vedtak|Første vedtak i saken]: {fi}, {firstDecisionDate}',
      '[Hvorfor jeg anker|Grunnen til anken|Mine ankegrunner]: [Klageinstansen har ikke lagt vekt på det legen min har skrevet.|Jeg mener klageinstansen har vurdert helsen min feil.|Jeg har ikke fått en rettferdig behandling av saken.] {detail}',
      '?[Jeg vil også påpeke dette:|I tillegg vil jeg nevne:] {detail}',
      '[Hva jeg ber om|Min påstand|Krav]: [At Trygderetten endrer vedtaket og gir meg {benefit}.|At vedtaket oppheves.|At jeg får medhold.]',
      '[Jeg ber om at {ourBody} sender saken videre til Trygderetten med sitt oversendelsesbrev, og at jeg får kopi.|Jeg forstår det slik at anken skal sendes til dere først, og at dere sender den videre.|Anken sendes til dere slik det står i vedtaket.]',
      '?[Jeg fikk vedtaket {decisionReceived}, og anken er innenfor fristen på seks uker.|Vedtaket kom frem til meg {decisionReceived}.]',
    ],
    attachments: ['Kopi av klagevedtaket', 'Ny uttalelse fra fastlege', 'Brev fra {fi}'],
  },
  {
    id: 'tribunal_appeal.nn.t1', type: 'tribunal_appeal', lang: 'nn', split: 'train', sender: 'lawyer',
    titles: ['Anke til Trygderetten – {name}', 'ANKE OVER VEDTAK I KLAGESAK', 'Anke'],
    body: [
      'Vi representerer {name}, fødselsnummer {fnr}[, og legg ved fullmakt|, jf. vedlagd fullmakt|].',
      '[På vegner av|For] klienten vår vert vedtaket frå {ourBody} av {decisionDate} anka inn for Trygderetten[, jf. trygderettslova|].',
      '?[Vedtaket kom fram til klienten {decisionReceived}, og anken er difor sett fram i tide.|Ankefristen er ikkje ute.]',
      '[Ankegrunnar|Grunngjeving]: [Klageinstansen har ikkje vurdert dei medisinske opplysningane godt nok.|Vedtaket byggjer på ei feil tolking av {law}.|Klageinstansen har lagt til grunn eit faktum som ikkje stemmer.] [Klienten har forklart dette slik:|Klienten skriv sjølv:] «{detail}»',
      '?[Vi vil kome tilbake med utfyllande merknader når saka er førebudd for Trygderetten.|Vi ber om kopi av oversendingsbrevet til Trygderetten.]',
      '[Påstand:|Vi set fram slik påstand:] [Vedtaket vert oppheva.|Klienten får rett til {benefit}.|Vedtaket vert endra til gunst for klienten.]',
    ],
    attachments: ['Fullmakt', 'Vedtak i klagesaka {listDecisionDate}', 'Ny spesialisterklæring'],
  },

  // ---------------------------------------------------------------- consent
  {
    // Filled-in form with tick boxes.
    id: 'consent.nb.t1', type: 'consent', lang: 'nb', split: 'train', sender: 'person',
    titles: ['FULLMAKT OG SAMTYKKE', 'Samtykke – innhenting av helseopplysninger', 'Skjema: samtykke til innhenting av opplysninger', ''],
    body: [
      '[Fullt navn|Navn på den saken gjelder]: {name}',
      'Fødselsnummer (11 siffer): {fnr}',
      '[Adresse|Bostedsadresse]: {street}, {postcode} {town}',
      '[Jeg gir|Undertegnede gir] [klageorganet|{ourBody}] [tillatelse til å be om|rett til å få utlevert] [kopi av journal og andre helseopplysninger|de helseopplysningene som trengs] [fra:|fra følgende:]',
      '[☒ fastlege ☐ sykehus ☒ annen behandler|☒ fastlege ☒ sykehus ☐ NAV|☐ fastlege ☒ spesialist ☒ sykehus]',
      '[Formål|Opplysningene skal brukes til]: [behandling av klagen min på {subject}|saken om {benefit}|klagesaken min]',
      '?[Samtykket kan trekkes tilbake skriftlig.|Samtykket gjelder bare denne saken.|Samtykket er gyldig i ett år fra signering.]',
      '[Sted/dato:|Dato:] {town} {letterDate}   [Signatur:|Underskrift:] ________________________',
    ],
  },
  {
    id: 'consent.nn.t1', type: 'consent', lang: 'nn', split: 'train', sender: 'person',
    titles: ['FULLMAKT', 'Fullmakt og samtykke', 'Samtykkjeerklæring'],
    body: [
      'Underteikna, {name}, fødselsnummer {fnr}, gjev [med dette |][advokaten min|ektefellen min|dottera mi|sonen min] fullmakt til å [handle på mine vegner|føre saka for meg] i saka om {benefit}.',
      '[Fullmektigen kan|Fullmakta gjeld også retten til å] [få innsyn i alle dokument i saka|ta imot vedtak og brev|få opplysningar frå {ourBody} på telefon].',
      '[Eg samtykkjer òg i|I tillegg samtykkjer eg i] at {ourBody} [hentar inn|kan be om] [journalopplysningar frå fastlegen og sjukehuset|legeerklæringar og epikrisar] [som trengst for å handsame klaga|i samband med klagesaka].',
      '?[Fullmakta og samtykket gjeld til saka er avslutta.|Eg kan kalle tilbake fullmakta når som helst.]',
      '[Stad|Stad og dato]: {town}, {letterDate}',
      '[Underskrift frå fullmaktsgjevar|Underskrift]: ____________________',
    ],
  },

  // ---------------------------------------------------------------- comments
  {
    // Lawyer commenting on an expert/advisory doctor's statement obtained in the appeal.
    id: 'comments.nb.t1', type: 'comments', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Merknader til sakkyndig uttalelse – {name}', 'Tilsvar til rådgivende leges vurdering', 'Kommentarer til innhentet uttalelse', ''],
    body: [
      '[Vi viser til|Det vises til] [brev av {otherDate}|deres brev {otherDate}], [hvor vi ble gitt anledning til å uttale oss om|der klienten fikk tilsendt] [den sakkyndige uttalelsen som er innhentet i klagesaken|uttalelsen fra rådgivende lege|uttalelsen fra klageinstansens sakkyndige][, med frist til {dueDate}|].',
      '[Innledningsvis bemerkes at|Vi vil først påpeke at] [den sakkyndige ikke har undersøkt klienten selv|uttalelsen i stor grad bygger på eldre journalopplysninger|uttalelsen ikke tar stilling til opplysningene fra behandlende spesialist].',
      '[Uttalelsen bygger på at|Den sakkyndige legger til grunn at] [plagene er forbigående|behandlingen ikke var nødvendig|funksjonsevnen er tilnærmet normal|tilstanden ikke har sammenheng med det som skjedde]. [Dette er ikke riktig.|Klienten bestrider dette.|Dette er en feilaktig forståelse av faktum.]',
      '[Klienten har selv opplyst følgende:|Til dette vil klienten tilføye:] «{detail}»',
      '?[Behandlende lege har i ettertid skrevet:|Vi viser til vedlagte erklæring, der det fremgår:] «{medical}»',
      '[Vi ber om at det legges liten vekt på den sakkyndige uttalelsen.|Vi mener uttalelsen ikke kan danne grunnlag for avgjørelsen.|Subsidiært ber vi om at det innhentes en ny, uavhengig vurdering.]',
      '?[Klagen opprettholdes for øvrig i sin helhet.|For øvrig vises det til det som er anført tidligere i saken.]',
    ],
    attachments: ['Erklæring fra behandlende lege', 'Uttalelse fra fysioterapeut'],
  },
  {
    id: 'comments.nn.t1', type: 'comments', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Kommentarar til fråsegna frå rådgjevande lege', 'Merknader', 'Svar på brevet dykkar'],
    body: [
      '[Takk for brevet av {otherDate}|Eg har fått brevet dykkar av {otherDate}] [med fråsegna frå|der de legg ved vurderinga til] [rådgjevande lege|den sakkunnige|legen de har spurt]. [Her er kommentarane mine.|Eg vil gjerne seie noko om dette før de avgjer klaga.]',
      '[Legen skriv at|I fråsegna står det at] [plagene mine er lette|eg kan arbeide|behandlinga ikkje var naudsynt], [men det stemmer ikkje med korleis eg har det|men legen har aldri møtt meg|men det er ikkje slik kvardagen min er].',
      '{detail}',
      '?[Fastlegen min har skrive ei ny erklæring som eg legg ved.|Eg har fått ny time hos spesialist og vil sende det som kjem fram der.]',
      '[Eg held fast på klaga.|Eg ber om at de tek omsyn til dette når de avgjer saka.|Eg håpar de les dette før de gjer vedtak.]',
    ],
  },

  // ---------------------------------------------------------------- reopening_request
  {
    id: 'reopening.nb.t1', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Anmodning om omgjøring etter forvaltningsloven § 35 – {name}', 'Omgjøring av klagevedtak', 'BEGJÆRING OM NY BEHANDLING'],
    body: [
      '[Jeg er advokat for|Vi har fått i oppdrag å bistå] {name}[, fnr. {fnr},|] [i forbindelse med|etter] [klageinstansens endelige vedtak av {decisionDate}|vedtaket fra {ourBody} datert {decisionDate}][ i sak {ourRef}|].',
      '[Klienten fikk ikke medhold, og saken er avsluttet hos dere.|Vedtaket er endelig i forvaltningen, og ankefristen til Trygderetten er ute.|Klienten har ikke anket, men ønsker at klageinstansen selv vurderer saken på nytt.]',
      '[Etter vår vurdering er vedtaket ugyldig|Vi mener vedtaket lider av feil som kan ha virket inn på innholdet], [fordi saken ikke var tilstrekkelig opplyst, jf. forvaltningsloven § 17|fordi det bygger på uriktige faktiske opplysninger|fordi sentrale medisinske opplysninger ikke ble vurdert].',
      '[Etter at vedtaket ble truffet, har klienten fått|Det foreligger nå] [en erklæring fra spesialist|ny dokumentasjon fra behandlende lege] [som bekrefter følgende:|hvor det fremgår:] «{medical}»',
      '?[Klienten har dessuten opplyst:|Klienten forklarer:] «{detail}»',
      '[Vi ber om at vedtaket omgjøres, jf. forvaltningsloven § 35 første ledd bokstav c.|Vi ber om at saken gjenåpnes og realitetsbehandles på nytt.|Det bes om at klageinstansen tar saken opp til ny vurdering og omgjør vedtaket.]',
      '?[Subsidiært bes det om oppreisning for oversittelse av ankefristen, slik at saken kan bringes inn for Trygderetten.|Klienten vurderer å bringe saken inn for domstolene dersom den ikke tas opp igjen.]',
    ],
    attachments: ['Spesialisterklæring', 'Klageinstansens vedtak {listDecisionDate}', 'Fullmakt'],
  },
  {
    id: 'reopening.nn.t1', type: 'reopening_request', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Oppmoding om å ta opp att saka', 'Ny vurdering av saka mi', 'Gjenopptaking av klagesak'],
    body: [
      '[De avgjorde klagesaka mi|Klagesaka mi vart avgjord] [i vedtak av|den] {decisionDate}[, og eg fekk ikkje medhald|, og vedtaket vart ståande].',
      '[Sidan den gong har eg fått|No har eg fått] [ny informasjon|nye dokument|ei erklæring frå ein spesialist] som [de ikkje hadde då saka vart avgjord|eg meiner viser at vedtaket var feil].',
      '[I erklæringa står det:|Legen skriv mellom anna:|Det nye er dette:] «{medical}»',
      '?{detail}',
      '[Eg ber difor om at de tek saka opp att og vurderer ho på nytt.|Eg ber om at vedtaket vert gjort om.|Kan de sjå på saka mi ein gong til i lys av dette?]',
      '?[Eg anka ikkje til Trygderetten fordi eg ikkje visste at det var mogleg.|Eg veit at fristen for å anke er ute, men håpar de likevel vil sjå på saka.]',
    ],
  },

  // ---------------------------------------------------------------- correspondence
  {
    // Request for access to the case documents.
    id: 'corr.nb.t1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Begjæring om innsyn', 'Ønsker kopi av dokumentene i saken min', 'Innsyn i egen sak', ''],
    body: [
      '[Jeg ber om å få se|Jeg ber om innsyn i|Jeg vil gjerne ha kopi av] [alle dokumentene i|dokumentene dere har i] [klagesaken min|saken min om {benefit}][, saksnummer {ourRef}|].',
      '[Jeg ønsker særlig å få|Det gjelder særlig] [uttalelsen fra rådgivende lege|oversendelsesbrevet fra {fi}|de journalnotatene som er innhentet].',
      '?[Jeg har rett til å se dokumentene i egen sak etter forvaltningsloven § 18.|Som part i saken har jeg rett til innsyn.]',
      '[Dokumentene kan sendes|Send gjerne dokumentene] [til adressen over|på e-post|med vanlig post til {street}, {postcode} {town}].',
      '?[Jeg har ikke klart å logge inn for å se dem selv.|Jeg har ikke BankID, så jeg får ikke sett dokumentene digitalt.]',
      '[Takk for hjelpen.|Jeg venter på dokumentene før jeg sender flere opplysninger.]',
    ],
  },
  {
    // Lawyer chasing the case: processing time.
    id: 'corr.nb.t2', type: 'correspondence', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Purring – {name}', 'Forespørsel om status i klagesak', 'Saksbehandlingstid – {benefit}'],
    body: [
      '[Vi viser til|Det vises til] [vår klage av {otherDate} på vegne av {name}|klagesaken for vår klient {name}][, deres ref. {ourRef}|].',
      '[Vi har ikke mottatt noe foreløpig svar|Det er ikke gitt noen tilbakemelding om forventet saksbehandlingstid], [jf. forvaltningsloven § 11 a|selv om det har gått lang tid siden klagen ble oversendt].',
      '[Vi ber om en orientering om|Vi ber opplyst] [når saken kan forventes behandlet|hvor saken står nå|hvilken saksbehandler som har saken].',
      '?[Saken har stor betydning for klientens økonomi.|Klienten er i en vanskelig situasjon og har behov for en rask avklaring.|Klienten er uten inntekt mens saken pågår.]',
      '?[Vi ber også om kopi av eventuelle nye dokumenter som er kommet inn.|Dersom det er innhentet nye opplysninger, ber vi om å få disse til uttalelse.]',
      '[Svar kan sendes til undertegnede.|Vi ser frem til å høre fra dere.]',
    ],
  },
  {
    // New address, something sent along, and a question.
    id: 'corr.nn.t1', type: 'correspondence', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Ny adresse', 'Melding om ny adresse og ettersending', 'Til saksbehandlaren'],
    body: [
      '[Eg har flytta|Eg har fått ny adresse] og vil gje beskjed [slik at brev i saka mi kjem fram|så de sender post til rett stad].',
      '[Ny adresse|Adressa mi no] er {street}, {postcode} {town}.',
      '[Saka mi gjeld|Det er saka om] {benefit}[, referanse {ourRef}|].',
      '?[Eg legg samtidig ved|I same sending ligg] [kvitteringar for reiser til behandling|ei innkalling frå sjukehuset|eit brev frå fysioterapeuten].',
      '?[Kan de seie om lag når saka vert avgjord?|Veit de kor lang tid det tek før eg får svar?]',
      '[Ring meg gjerne om noko er uklart.|Takk for hjelpa.]',
    ],
  },

  // ---------------------------------------------------------------- appeal_deadline_interrupting
  {
    id: 'adi.nb.t1', type: 'appeal_deadline_interrupting', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage – begrunnelse følger', 'Melding om klage', 'Klage innen fristen', ''],
    body: [
      '[Jeg melder herved klage på|Jeg sender med dette inn klage på|Dette er en klage på] vedtaket [fra {fi} |][datert|av] {decisionDate}[ om {subject}|].',
      '?[Brevet kom i postkassen min|Vedtaket nådde meg] {decisionReceived}.',
      '[Jeg er for tiden innlagt på sykehus|Jeg er bortreist og kommer ikke hjem før om noen uker|Jeg venter på time hos spesialist] og [kan ikke|rekker ikke å] [skaffe dokumentasjonen jeg trenger|skrive en ordentlig begrunnelse] før fristen går ut.',
      '[Jeg ber derfor om at denne klagen godtas som rettidig, og at jeg får|Jeg ber om å få] [utsatt frist til å begrunne klagen|ekstra tid til å sende inn begrunnelse og vedlegg][ til {dueDate}|].',
      '?[Kort fortalt er jeg uenig fordi|Foreløpig kan jeg si at] {detailLower}',
      '[Fullstendig begrunnelse kommer så snart jeg kan.|Jeg sender resten så fort som mulig.]',
    ],
  },
  {
    id: 'adi.nn.t1', type: 'appeal_deadline_interrupting', lang: 'nn', split: 'train', sender: 'lawyer',
    titles: ['Fristavbrytande klage – {name}', 'Klage på vedtak – grunngjeving kjem seinare', 'FØREBELS KLAGE'],
    body: [
      'Underteikna er [advokat for|engasjert av] {name}[, fødselsnummer {fnr}|].',
      '[Vi klagar med dette på|For klienten vert det klaga på] [vedtaket av {decisionDate} frå {fi}|vedtaket frå {fi}, datert {decisionDate},] om {subject}.',
      '?[Klienten fekk vedtaket {decisionReceived}.|Vedtaket kom fram til klienten {decisionReceived}.]',
      '[Klaga er fristavbrytande.|Dette er ei førebels klage for å avbryte klagefristen.] [Vi har nyleg teke på oss oppdraget og har ikkje hatt høve til å gå gjennom saka.|Vi treng tid til å hente inn medisinsk dokumentasjon.]',
      '[Utfyllande grunngjeving vil bli send innan {dueDate}.|Vi ber om frist til {dueDate} med å sende grunngjeving.|Grunngjevinga kjem så snart vi har fått dokumenta.]',
      '[Vi ber om innsyn i alle dokumenta i saka, jf. forvaltningslova § 18.|Vi ber om kopi av saksdokumenta snarast.]',
    ],
  },

  // ---------------------------------------------------------------- appeal
  {
    // A short note as a person would hand-write it: no heading, loose punctuation.
    id: 'appeal.nb.t1', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['', 'klage', 'Angående brevet dere sendte'],
    body: [
      '[Hei|Hei til dere|Til NAV/Helfo|Hei igjen]. [fikk brevet fra dere|Har fått brev fra dere|Jeg har fått svar på søknaden] [om {benefit} |]og [det er ikke greit|jeg er IKKE enig|jeg skjønner ikke hvorfor jeg får nei]',
      '[Jeg klager!|Så jeg klager på det.|vil klage på det vedtaket] [Brevet er datert {decisionDate}.|Vedtaket var datert {decisionDate}.|]',
      '{detail}',
      '?[Jeg har ringt dere mange ganger uten å få svar.|Legen sier at jeg burde få det.|Jeg klarer ikke å betale alt selv.]',
      '?[Har lagt ved det jeg har av papirer.|legger ved kopi av brevet]',
      '[Håper dere ser på det en gang til.|Ring meg hvis dere lurer på noe.|venter på svar]',
    ],
  },
  {
    id: 'appeal.nn.t1', type: 'appeal', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Klage på vedtak om {benefit}', 'Klage', 'Eg klagar på avslaget'],
    body: [
      '[Vedtaket eg klagar på|Gjeld]: [vedtak frå {fi}|vedtaket dykkar] [datert|av] {decisionDate}[ om {subject}|].',
      '?[Eg fekk brevet {decisionReceived}, så klaga er innanfor fristen.|Vedtaket kom til meg {decisionReceived}.]',
      '[Kvifor eg klagar|Grunngjeving|Dette meiner eg er feil]: [Eg meiner at de ikkje har teke omsyn til helsa mi.|De har ikkje fått med dykk heile biletet.|Vedtaket byggjer på opplysningar som ikkje er rette.] {detail}',
      '?[Fastlegen min har skrive:|Legen min stadfestar dette:] «{medical}»',
      '[Kva eg ber om|Krav]: [Eg ber om at vedtaket vert endra og at eg får {benefit}.|Eg ber om at de ser på saka på nytt.|Eg ber om at avslaget vert oppheva.]',
      '?[Dersom de ikkje gjev meg medhald, ber eg om at klaga vert send til klageinstansen.|Eg ber om at saka vert send vidare om de held fast på vedtaket.]',
    ],
    attachments: ['Kopi av vedtaket', 'Legeerklæring', 'Kvitteringar'],
  },
];
