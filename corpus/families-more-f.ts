import type { Family } from './families.ts';
import { personalAreas } from './letter-voices.ts';

/**
 * More train families (issue 13, fifth session), second part: the follow-ups that must be linked to
 * a case — consents as forms with boxes, legal costs claims with fee tables that add up, appeals to
 * Trygderetten and its rulings, reopening requests, everyday correspondence, invoices and expert
 * statements — and more ways of appealing, in the new writers' voices of letter-voices.ts. Written from
 * SPEC.md's document types, case areas and cue words only, without reading the unseen-writer set or the
 * eval families; the corpus test checks no template line is shared with an eval family.
 */
export const moreTrainFamiliesF: Family[] = [
  // ───────────────────────────── consent ─────────────────────────────
  {
    // A printed form with labelled boxes and ticks.
    id: 'consent.nb.f1', type: 'consent', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['SAMTYKKE TIL INNHENTING AV HELSEOPPLYSNINGER', 'Samtykkeskjema', 'SAMTYKKEERKLÆRING – KLAGESAK'],
    body: [
      '[Navn|Fullt navn]: {name}   [Fødselsnummer (11 siffer)|Fødselsnr.]: {fnr}',
      '?[Saksnummer|Klageorganets saksnr.]: {ourRef}',
      '[Jeg samtykker i at|Ved å signere samtykker jeg i at] {ourBody} [innhenter|kan hente inn] [opplysninger|helseopplysninger] fra: ☒ [Fastlege|Fastlegen min] [☐|☒] Sykehus/poliklinikk [☐|☒] [Psykolog|Fysioterapeut|Tannlege] ☐ Annet: ________',
      '[Formål|Opplysningene skal brukes til]: [behandling av klagen min om {benefit}|klagesaken om {benefit}|vurdering av saken om {benefit}].',
      '[☒ Jeg samtykker også til at opplysningene kan forelegges sakkyndig.|☒ Opplysningene kan gis til rådgivende lege.|☐ Opplysningene kan forelegges sakkyndig.]',
      '[Samtykket kan trekkes tilbake når som helst.|Jeg er informert om at samtykket er frivillig og kan trekkes tilbake.]',
      'Sted/dato: {town} {letterDate}   Underskrift: ______________ {name}',
    ],
  },
  {
    id: 'consent.nb.f2', type: 'consent', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Samtykke fra verge', 'Samtykke på vegne av {name}', 'SAMTYKKE'],
    body: [
      '[Som oppnevnt verge for|Som fullmektig for|Jeg er verge for] {name}[, fnr. {fnr},|] [samtykker jeg på hennes vegne i at|samtykker jeg på hans vegne i at|gir jeg samtykke til at] {ourBody} [innhenter|henter inn] [journal og erklæringer|opplysninger] fra [fastlege, sykehus og kommunal helse- og omsorgstjeneste|behandlere og sykehjemmet|DPS og fastlegen].',
      '[Samtykket gjelder saken om {benefit}.|Det gjelder klagesaken om {benefit}[, saksnr. {ourRef}|].]',
      '?[Vergeattest følger vedlagt.|Fremtidsfullmakten er stadfestet av Statsforvalteren, og kopi ligger ved.]',
      'Dato: {letterDate}   Underskrift verge: {relName}',
    ],
    attachments: ['Vergeattest', 'Kopi av fremtidsfullmakt'],
  },
  {
    id: 'consent.nn.f1', type: 'consent', lang: 'nn', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['SAMTYKKE', 'Samtykke til innhenting av helseopplysningar'],
    body: [
      'Namn: {name}   Fødselsnummer: {fnr}',
      '[Eg samtykkjer i at|Med dette samtykkjer eg i at] {ourBody} hentar inn opplysningar frå: ☒ fastlege [☒|☐] sjukehus [☒|☐] [psykolog|fysioterapeut|tannlege]',
      '[Samtykket gjeld klagesaka om {benefit}.|Føremålet er å handsame klaga mi om {benefit}.]',
      '[Eg veit at eg kan trekkje samtykket tilbake.|Samtykket er friviljug.]',
      'Stad og dato: {town}, {letterDate}   Underskrift: {name}',
    ],
  },
  {
    id: 'consent.en.f1', type: 'consent', lang: 'en', split: 'train', sender: 'email',
    titles: ['Consent', 'Re: consent form', 'My consent'],
    body: [
      '[Hello,|Dear appeals body,|Hi,]',
      '[You asked for my consent|I was asked to confirm in writing|Further to your letter], [so I hereby confirm that|and I confirm that] [you may obtain|I consent to you obtaining] [my medical records|information] from [my GP and the hospital|my doctors in Norway and abroad|the clinic that treated me] [for my appeal about|in the case concerning] {benefit}.',
      '?[I cannot print and sign the form, so I hope an e-mail is enough.|The signed form is attached as a photo.]',
      '?[My Norwegian ID number is|National ID:] {fnr}',
    ],
  },
  {
    id: 'consent.da.f1', type: 'consent', lang: 'da', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['SAMTYKKEERKLÆRING', 'Samtykke til indhentning af oplysninger'],
    body: [
      'Navn: {name}   Norsk personnummer: {fnr}',
      'Jeg giver samtykke til, at {ourBody} indhenter oplysninger fra: ☒ egen læge [☒|☐] sygehus [☒|☐] speciallæge',
      'Samtykket gælder klagesagen om {benefit}.',
      '[Jeg kan til enhver tid trække samtykket tilbage.|Samtykket er frivilligt.]',
      'Sted og dato: {town}, {letterDate}   Underskrift: {name}',
    ],
  },
  // ───────────────────────────── legal_costs_claim ─────────────────────────────
  {
    // Fee table: hours × rate, expenses, VAT, total — the sums add up.
    id: 'costs.nb.f1', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'lawyer', noPadding: true,
    titles: ['Krav om dekning av sakskostnader – {name}', 'SAKSKOSTNADER ETTER FORVALTNINGSLOVEN § 36', 'Salærkrav i klagesak {ourRef}'],
    body: [
      '[Vi viser til|Det vises til] {ourBody}s vedtak av {decisionDate}[ i sak {ourRef}|], [der klienten fikk medhold|der vedtaket ble endret til gunst for klienten|der klagen førte frem].',
      '[Klienten har hatt vesentlige kostnader som har vært nødvendige for å få endret vedtaket, og krever dem dekket etter forvaltningsloven § 36 første ledd.|Det fremmes krav om dekning av nødvendige sakskostnader, jf. forvaltningsloven § 36.]',
      '[Spesifikasjon|Oppstilling av kravet]:',
      'Medgått tid: {feeHours} timer à kr {feeRate} │ kr {feeFees}',
      'Utlegg (kopier, porto, innhenting av journal) │ kr {feeExpenses}',
      'Merverdiavgift 25 % │ kr {feeVat}',
      '[Sum krav|Totalt|Til sammen] │ kr {feeTotal}',
      '?[Timelisten viser arbeidet dag for dag.|Timeantallet omfatter gjennomgang av dokumenter, møte med klienten og utarbeidelse av klage.|Salærsatsen er lavere enn det som er vanlig i markedet.]',
      '[Beløpet bes utbetalt til|Vennligst utbetal beløpet til] [vår klientkonto|klientkonto] {account}[, merket {name}|].',
    ],
    attachments: ['Timeliste', 'Vedtak {listDecisionDate}', 'Faktura til klient'],
  },
  {
    id: 'costs.nb.f2', type: 'legal_costs_claim', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Advokatregning', 'Krav om å få dekket advokat', 'Dekning av utgifter etter klagesaken', 'Sakskostnader'],
    body: [
      '[Hei|Hei,|Hei!]',
      '[Jeg fikk medhold i klagen|Klagen min førte frem|Dere ga meg rett] [i vedtak|i brev] [datert|av] {decisionDate}[, takk for det|].',
      '[Jeg måtte ha advokat for å få det til|Jeg hadde hjelp av advokat i saken|Uten advokat hadde jeg aldri klart det], [og regningen ble på kr {amount}|og det kostet meg kr {amount}].',
      '[Jeg har lest at man kan få dekket sakskostnader når man får medhold|Advokaten sa at jeg kan søke om å få dekket utgiftene etter forvaltningsloven § 36], [så jeg ber om å få dekket dette.|så her er kravet mitt.]',
      '[Regningen er lagt ved.|Legger ved kvittering og faktura.]',
      '?[Pengene kan settes inn på konto|Kontonummeret mitt er] {account}.',
    ],
  },
  {
    id: 'costs.en.f1', type: 'legal_costs_claim', lang: 'en', split: 'train', sender: 'lawyer', noPadding: true,
    titles: ['Claim for costs – {name}', 'Legal costs under section 36 of the Public Administration Act', 'Costs claim'],
    body: [
      '[We refer to|Reference is made to] the decision of {ourBody} [dated|of] {decisionDate}, [in which our client succeeded|by which the appeal was allowed].',
      '[Our client has incurred significant costs that were necessary to have the decision changed|The costs were necessary to obtain the change of decision], and [we claim them covered|coverage is claimed] [under section 36 of the Norwegian Public Administration Act|pursuant to forvaltningsloven § 36].',
      'Fees: {feeHours} hours at NOK {feeRate} │ NOK {feeFees}',
      'Disbursements │ NOK {feeExpenses}',
      'VAT 25 % │ NOK {feeVat}',
      'Total claimed │ NOK {feeTotal}',
      '[Please pay the amount to our client account|Payment to account] {account}.',
    ],
    attachments: ['Time sheet', 'Decision {listDecisionDate}'],
  },
  {
    id: 'costs.nn.f1', type: 'legal_costs_claim', lang: 'nn', split: 'train', sender: 'lawyer', noPadding: true,
    titles: ['Krav om dekning av sakskostnader – {name}', 'Sakskostnader'],
    body: [
      'Vi viser til vedtaket frå {ourBody} av {decisionDate}, der klienten fekk medhald i klaga.',
      '[Klienten har hatt vesentlege kostnader som var naudsynte for å få endra vedtaket.|Det var naudsynt med advokathjelp for å få endra vedtaket.] Vi krev difor kostnadene dekte etter forvaltningslova § 36.',
      'Salær: {feeHours} timar à kr {feeRate} │ kr {feeFees}',
      'Meirverdiavgift │ kr {feeVat}',
      'Sum │ kr {feeTotal}',
      'Beløpet kan betalast til klientkonto {account}.',
    ],
  },
  // ───────────────────────────── tribunal_appeal ─────────────────────────────
  {
    id: 'tribunal_appeal.nb.f1', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Anke', 'Vil anke til Trygderetten', 'Anke på klagevedtaket', 'SV: Vedtak i klagesak'],
    body: [
      '[Hei|Hei,|Hei!]',
      '[Svaret på klagen min kom i vedtak|Klageinstansen avgjorde saken min i vedtak|Fikk brev fra dere] [datert|av] {decisionDate}[, deres saksnr. {ourRef},|] [og jeg fikk ikke medhold denne gangen heller|men dere mener det samme som {fi}].',
      '[Jeg vil derfor anke til Trygderetten.|Så nå anker jeg saken til Trygderetten.|Jeg vil ta saken videre til Trygderetten, og dette er anken.]',
      '{detail}',
      '?[Jeg fikk vedtaket|Brevet kom] {decisionReceived}[, så jeg er innenfor ankefristen på seks uker|].',
      '?[Jeg forstår at anken skal sendes til dere først.|Kan dere bekrefte at anken er kommet fram?]',
    ],
  },
  {
    // A lawyer's ankeerklæring: numbered, statute and the tribunal's own practice.
    id: 'tribunal_appeal.nb.f2', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'lawyer', noPadding: true,
    titles: ['ANKEERKLÆRING – {name}', 'Anke til Trygderetten – {benefit}', 'Ankeerklæring til Trygderetten'],
    body: [
      '[Ankende part|Den ankende part]: {name}, fnr. {fnr}',
      '[Ankemotpart|Motpart]: {ourBody}',
      '[Vedtaket som ankes|Anken gjelder]: {ourBody}s vedtak av {decisionDate}[ i sak {ourRef}|], [som stadfestet|som opprettholdt] {fi}s vedtak [av {firstDecisionDate}|] om {subject}.',
      '?Klagevedtaket ble mottatt {decisionReceived}. Anken er rettidig, jf. trygderettsloven § 11 og folketrygdloven § 21-12.',
      '[Ankegrunner|Grunnlaget for anken]: [Vedtaket bygger på uriktig faktum og feil rettsanvendelse.|Klageinstansen har ikke foretatt en selvstendig vurdering av de medisinske opplysningene.|Det er lagt for liten vekt på spesialistens vurdering.] [Trygderetten har i {trrCase} lagt til grunn at|Det vises til {trrCase}, der Trygderetten kom til at] [det må foretas en helhetsvurdering av de medisinske opplysningene|behandlers vurdering skal tillegges betydelig vekt|det ikke kan kreves at alle behandlingsalternativer er forsøkt].',
      '[Klienten har forklart:|Klienten opplyser:] «{detail}»',
      '[Påstand|Ankende parts påstand]: [Vedtaket endres, slik at {name} gis {benefit}.|Vedtaket oppheves.|Prinsipalt endres vedtaket, subsidiært oppheves det.]',
      '[Vi ber om at saken forberedes og oversendes Trygderetten, jf. trygderettsloven § 13.|Vi ber om muntlig forhandling.|Vi ber om at klageinstansen utarbeider oversendelsesbrev og sender saken til Trygderetten.]',
    ],
    attachments: ['Fullmakt', 'Klagevedtak {listDecisionDate}', 'Spesialisterklæring'],
  },
  {
    id: 'tribunal_appeal.nb.f3', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Anke til Trygderetten – {name}', 'Anke på vegne av {name}'],
    body: [
      '[Vi bistår|{orgName} bistår] {name} [i saken om|i saken som gjelder] {benefit}.',
      '[{name} anker med dette|På vegne av {name} ankes herved] {ourBody}s vedtak av {decisionDate} [inn for Trygderetten|til Trygderetten].',
      '[Klageinstansen har etter vårt syn ikke tatt hensyn til|Vedtaket tar ikke inn over seg] [de nye opplysningene fra behandler|det som kom fram i klagen|den dokumentasjonen som er lagt fram]. [{name} forklarer:|Med {name}s egne ord:] «{detail}»',
      '?[Ankefristen er overholdt.|Vedtaket ble mottatt {decisionReceived}.]',
      '[Vi ber om at saken oversendes Trygderetten.|Vi ber om at anken behandles av Trygderetten.]',
    ],
  },
  {
    id: 'tribunal_appeal.nb.f4', type: 'tribunal_appeal', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'ANKE', 'anke'],
    body: [
      '[jeg anker|Jeg vil anke|jeg anker saken] [til trygderetten|til Trygderetten] [for jeg fikk ikke medhold|for klagen min ble avslått|fordi dere er enig med {fi}] [i vedtake|i brevet] fra {decisionDate}',
      '{detail} [og det har ingen tatt hensyn til|det står ikke noe om det|men det bryr dere dere ikke om]',
      '[vil at trygderetten ser på saken|jeg gir meg ikke|håper trygderetten er mer rettferdig]',
      '?f.nr {fnr}',
    ],
  },
  {
    id: 'tribunal_appeal.en.f1', type: 'tribunal_appeal', lang: 'en', split: 'train', sender: 'email',
    titles: ['Appeal to the National Insurance Court', 'Appeal to Trygderetten', 'Further appeal'],
    body: [
      '[Dear Sir or Madam,|Hello,]',
      '[I have received your decision|Your decision on my appeal] [of|dated] {decisionDate}[, case no. {ourRef},|] [and I do not accept it|and I am still not satisfied].',
      '[I wish to appeal to the National Insurance Court (Trygderetten).|I hereby appeal the decision to Trygderetten.|Please forward my case to Trygderetten, the National Insurance Court.]',
      '{detail}',
      '?[I received the decision on|Your letter arrived on] {decisionReceived}, [so I am within the six-week time limit|within the time limit for appeal].',
    ],
  },
  {
    id: 'tribunal_appeal.sv.f1', type: 'tribunal_appeal', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Överklagande till Trygderetten', 'Anke till Trygderetten'],
    body: [
      '[Jag har fått ert beslut|Ni har avgjort mitt överklagande i beslut] [daterat|den] {decisionDate}[, ärendenummer {ourRef}|].',
      '[Jag är fortfarande inte nöjd och överklagar därför till Trygderetten.|Jag vill att Trygderetten prövar mitt ärende och överklagar härmed beslutet.]',
      '{detail}',
      '?[Beslutet kom fram|Jag fick beslutet] {decisionReceived}, [och överklagandet görs inom sex veckor|och fristen är alltså inte ute].',
      '[Jag ber att ni skickar ärendet vidare till Trygderetten.|Vänligen överlämna ärendet till Trygderetten.]',
    ],
  },
  {
    id: 'tribunal_appeal.da.f1', type: 'tribunal_appeal', lang: 'da', split: 'train', sender: 'person',
    titles: ['Anke til Trygderetten', 'Anke af afgørelse'],
    body: [
      '[Jeg har modtaget jeres afgørelse|I har afgjort min klage] [af|dateret] {decisionDate}.',
      '[Jeg er fortsat uenig og anker derfor afgørelsen til Trygderetten.|Jeg ønsker sagen prøvet ved Trygderetten og anker hermed.]',
      '{detail}',
      '?[Afgørelsen kom frem|Jeg modtog afgørelsen] {decisionReceived}, [så ankefristen er overholdt|og anken er rettidig].',
      '[Jeg beder jer sende sagen videre til Trygderetten.|Send venligst sagen til Trygderetten.]',
    ],
  },
  // ───────────────────────────── tribunal_ruling ─────────────────────────────
  {
    // The full ruling: parties, composition, history, the tribunal's remarks, the ruling itself.
    id: 'ruling.nb.f1', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['KJENNELSE', 'TRYGDERETTENS KJENNELSE'],
    body: [
      '[Ankenr.|Trygderettens ankenr.|Saksnr.] {tribunalRefRec}',
      '[Ankende part|Den ankende part]: {name}[, fnr. {fnr}|]',
      'Ankemotpart: {ourBody}',
      '[Rettens sammensetning|Retten var satt med]: [rettsfullmektig, rettsmedlem med medisinsk sakkyndighet og rettsmedlem med attføringskyndighet|ankeleder og to rettsmedlemmer].',
      '[Saken gjelder|Ankesaken gjelder] {subject}[, jf. {law}|].',
      '[Sakens bakgrunn|Saksforholdet]: {fi} [traff|fattet] vedtak {firstDecisionDate}. [Den ankende part klaget, og|Etter klage] [stadfestet|opprettholdt] {ourBody} vedtaket i klagevedtak av {decisionDate}. [Vedtaket ble anket til Trygderetten.|Den ankende part har anket klagevedtaket.]',
      '[Den ankende parts anførsler|Den ankende part har i hovedsak anført]: «{detail}»',
      '[Trygderettens merknader|Rettens vurdering]: [Trygderetten legger til grunn den samme forståelsen av {law} som i {trrCase}.|Etter rettens syn må det foretas en samlet vurdering av de medisinske opplysningene, se {caseLaw}.] [Retten finner at vilkårene ikke er oppfylt.|Retten er under tvil kommet til at vilkårene er oppfylt.|Saken er etter rettens syn ikke tilstrekkelig opplyst.]',
      '[Kjennelsen er enstemmig.|Kjennelsen er avsagt under dissens.|]',
      'SLUTNING: [Anken forkastes.|{ourBody}s vedtak endres, slik at den ankende part gis {benefit}.|{ourBody}s vedtak oppheves, og saken hjemvises til ny behandling.]',
    ],
  },
  {
    id: 'ruling.nb.f2', type: 'tribunal_ruling', lang: 'nb', split: 'train', sender: 'tribunal',
    titles: ['Utskrift av kjennelse', 'Kjennelse i ankesak', 'KJENNELSE AVSAGT'],
    body: [
      '[Trygderettens saksnummer|Ankesak nr.|Saksnr. i Trygderetten]: {tribunalRefRec}',
      '[I ankesaken|I sak om anke fra] {name} [mot|over] {ourBody}s vedtak av {decisionDate} [om|vedrørende] {benefit} [har Trygderetten avsagt kjennelse|avsa Trygderetten kjennelse] {letterDate}.',
      '[Slutningen lyder:|Slutning:] [Anken forkastes.|Vedtaket oppheves.|Anken tas delvis til følge.]',
      '[Kjennelsens begrunnelse følger nedenfor.|Premissene følger i sin helhet.] [Den ankende part har anført:|Fra anken:] «{detail}» [Retten er ikke enig i dette.|Retten er enig i at saken ikke var godt nok opplyst.|Retten legger til grunn at vilkårene i {law} ikke er oppfylt.]',
      '[Kjennelsen kan bringes inn for lagmannsretten ved søksmål innen seks måneder, jf. trygderettsloven § 26.|Trygderettens kjennelse er endelig for forvaltningen.]',
    ],
  },
  // ───────────────────────────── reopening_request ─────────────────────────────
  {
    id: 'reopening.nb.f1', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'email',
    titles: ['Kan saken åpnes igjen?', 'Ny informasjon i gammel sak', 'Be om ny behandling', 'Gjenopptak'],
    body: [
      '[Hei|Hei,|Hei!]',
      '[Saken min ble avgjort|Dere avslo klagen min|Klagen min ble ikke tatt til følge] [i vedtak av|den] {decisionDate}[, saksnr. {ourRef}|].',
      '[Nå har jeg fått|Siden da har jeg fått|I sommer fikk jeg] [en ny diagnose|svar på MR|en erklæring fra spesialist|utredning på sykehuset] [som viser at jeg hadde rett|som dere ikke visste om|som forklarer plagene].',
      '{medical}',
      '[Kan dere åpne saken igjen og se på den på nytt?|Jeg ber om at saken blir tatt opp igjen.|Jeg vil be om at vedtaket blir omgjort.]',
      '?[Jeg vet at fristen for å anke er ute.|Jeg anket ikke fordi jeg ikke orket, men nå har jeg papirene.]',
    ],
  },
  {
    id: 'reopening.nb.f2', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Begjæring om omgjøring – {name}', 'Anmodning om gjenopptak av klagesak', 'Omgjøring etter forvaltningsloven § 35'],
    body: [
      '[Vi bistår|{orgName} bistår] {name} [og ber om at|og begjærer at] {ourBody}s vedtak av {decisionDate}[ i sak {ourRef}|] [omgjøres|tas opp til ny behandling], jf. forvaltningsloven § 35 første ledd bokstav c.',
      '[Det har kommet nye opplysninger som viser at vedtaket bygger på feil faktum.|Vedtaket er etter vårt syn ugyldig fordi det bygger på mangelfulle medisinske opplysninger.] [Ny erklæring fra behandler sier:|I den nye erklæringen heter det:] «{medical}»',
      '?[Opplysningene forelå ikke da saken ble avgjort.|Opplysningene kunne ikke vært fremlagt tidligere.]',
      '[Vi ber om at saken gjenopptas.|Vi ber om at vedtaket omgjøres til gunst for {name}.]',
    ],
    attachments: ['Ny legeerklæring', 'Fullmakt'],
  },
  {
    id: 'reopening.nb.f3', type: 'reopening_request', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Be om at saken til {name} tas opp igjen', 'Gjenopptak av sak', 'Ny vurdering'],
    body: [
      '[Jeg skriver for|Jeg er pårørende til og skriver for|Som verge skriver jeg for] {name}, [som fikk endelig avslag|der klagen ble avslått] [i vedtak av|den] {decisionDate}.',
      '[Etter vedtaket|Etter dette] [har {name} vært innlagt på sykehus|har spesialist stilt en ny diagnose|har det kommet ny epikrise], [og det viser at tilstanden var alvorligere enn dere trodde|og det endrer hele saken].',
      '{medical}',
      '[Vi ber om at saken tas opp igjen.|Vi ber om at vedtaket omgjøres på grunnlag av de nye opplysningene.]',
    ],
    attachments: ['Epikrise', 'Ny spesialisterklæring'],
  },
  {
    id: 'reopening.nn.f1', type: 'reopening_request', lang: 'nn', split: 'train', sender: 'email',
    titles: ['Ny vurdering av saka mi', 'Be om omgjering', 'Gjenopptak'],
    body: [
      '[Hei|Hei,]',
      '[Saka mi vart avgjord|De avslo klaga mi] [i vedtak av|den] {decisionDate}.',
      '[No har eg fått|Sidan då har eg fått] [ei ny fråsegn frå spesialist|svar på nye undersøkingar|ein ny diagnose] [som viser at vedtaket var feil|som de ikkje kjende til].',
      '{medical}',
      '[Eg ber om at saka vert teken opp att.|Kan de sjå på saka på nytt?]',
    ],
  },
  // ───────────────────────────── correspondence ─────────────────────────────
  {
    // A forwarded chain: the writer forwards a message with documents for the case.
    id: 'corr.nb.f1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'email', noPadding: true,
    titles: ['VS: Dokumentasjon', 'Fwd: papirer til saken', 'Ettersender vedlegg', 'VS: Timebekreftelse'],
    body: [
      '[Hei,|Hei!|Hei]',
      '[Sender videre|Videresender] [e-posten fra|meldingen jeg fikk fra] [legekontoret|sykehuset|arbeidsgiveren min|fysioterapeuten] [med papirene til saken min|som dere ba om|som bør ligge i saken min] om {benefit}[, saksnr. {ourRef}|].',
      '-----Opprinnelig melding-----',
      'Sendt: {earlierDate}',
      '[Hei, vedlagt ligger dokumentene du ba om.|Her er bekreftelsen du ba om.|Som avtalt sender vi kopi, se vedlegg.]',
      '?[Si fra om noe mangler.|Ring meg om dere lurer på noe.]',
    ],
  },
  {
    id: 'corr.nb.f2', type: 'correspondence', lang: 'nb', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'Beskjed', 'Til saksbehandler'],
    body: [
      '[har prøvd å ringe dere flere ganger|ingen svarer på telefonen|lurer på hvordan det går med saken min] [om {benefit}|] [og vil bare si at|så skriver heller at] [jeg har fått nytt telefonnummer|jeg er innlagt en stund|jeg har flyttet til {street}, {postcode} {town}|jeg har fått ny fastlege]',
      '?[kan noen ringe meg|ring meg heller enn å sende brev|send post til adressen over]',
      '?[når får jeg svar|hvor lenge må jeg vente]',
    ],
  },
  {
    id: 'corr.nb.f3', type: 'correspondence', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Melding om dødsfall', 'Saken til {name}', 'Melding fra pårørende', 'Fullmakt'],
    body: [
      '[Jeg vil informere om at|Jeg må dessverre melde at|Til orientering:] [{name} døde {otherDate}|{name} er innlagt på sykehjem|{name} har gitt meg fullmakt til å følge opp saken].',
      '[Saken gjelder|Det gjelder saken om] {benefit}[, saksnr. {ourRef}|].',
      '[Jeg ber om at post i saken sendes til meg som pårørende.|Som arving ønsker jeg at saken behandles ferdig.|Jeg ber om å få vite hva som skjer videre.]',
      '?[Skifteattest ligger ved.|Fullmakt er lagt ved.]',
    ],
  },
  {
    id: 'corr.nb.f4', type: 'correspondence', lang: 'nb', split: 'train', sender: 'organisation', areas: personalAreas, noPadding: true,
    titles: ['Melding om bistand og begjæring om innsyn', 'Innsyn i saken til {name}', 'Fullmakt – {name}'],
    body: [
      '[Vi har fått fullmakt fra|{orgName} bistår] {name}[, fnr. {fnr},|] i saken om {benefit}[, deres ref. {ourRef}|].',
      '[Vi ber om innsyn i sakens dokumenter, jf. forvaltningsloven § 18.|Vi ber om kopi av alle dokumentene i saken.|Vi ber om at fremtidig korrespondanse også sendes oss.]',
      '?[Fullmakt ligger ved.|Signert fullmakt er vedlagt.]',
    ],
  },
  {
    id: 'corr.en.f1', type: 'correspondence', lang: 'en', split: 'train', sender: 'email',
    titles: ['Status of my case', 'Question', 'Any news?', 'New address'],
    body: [
      '[Hello,|Hi,|Dear Sir/Madam,]',
      '[I sent my appeal about {benefit} some months ago|I am writing about my case concerning {benefit}][, your ref. {ourRef}|].',
      '[Could you tell me how long it will take?|I have not heard anything and wonder if you received it.|Please note that I have moved to {street}, {postcode} {town}.|I will be abroad for two months, so please write by e-mail.]',
      '?[Thank you in advance.|Thanks for your help.]',
    ],
  },
  // ───────────────────────────── invoice ─────────────────────────────
  {
    id: 'invoice.nb.f1', type: 'invoice', lang: 'nb', split: 'train', sender: 'expert_invoice',
    titles: ['FAKTURA', 'Faktura nr. {invoiceNo}', 'FAKTURA – SAKKYNDIG ARBEID'],
    body: [
      'Fakturadato: {letterDate} │ Fakturanr.: {invoiceNo} │ [Forfallsdato|Forfall]: {dueDate}',
      '[Kunde|Fakturamottaker]: {ourBody} │ [Deres ref.|Saksnr.]: {ourRef}',
      '[Beskrivelse|Tekst] │ Antall │ Pris │ Beløp',
      '[Sakkyndig vurdering etter mandat|Gjennomgang av sakens dokumenter og uttalelse|Spesialisterklæring] │ {feeHours} t │ {feeRate} │ {feeFees}',
      '[Sum eks. mva.|Sum] │ kr {feeFees}   [Mva.: fritatt, jf. mva.-loven § 3-2|Mva. 0 %]',
      '[Å betale|Til betaling]: kr {feeFees}',
      '[Kontonr.|Bankkonto]: {account} │ KID: {invoiceNo}',
    ],
  },
  {
    id: 'invoice.en.f1', type: 'invoice', lang: 'en', split: 'train', sender: 'expert_invoice',
    titles: ['INVOICE', 'Invoice no. {invoiceNo}'],
    body: [
      'Invoice date: {letterDate} │ Invoice no.: {invoiceNo} │ Due date: {dueDate}',
      'Bill to: {ourBody} │ Your ref.: {ourRef}',
      '[Expert medical opinion|Review of medical records and written opinion|Specialist assessment] │ {feeHours} h │ NOK {feeRate} │ NOK {feeFees}',
      'Total due: NOK {feeFees}',
      '[Bank account|Account no.]: {account}',
    ],
  },
  // ───────────────────────────── expert_statement ─────────────────────────────
  {
    // A long expert statement answering the mandate question by question.
    id: 'expert.nb.f1', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert', noPadding: true,
    titles: ['SAKKYNDIG ERKLÆRING', 'Sakkyndig erklæring – {name}', 'Erklæring etter mandat fra {ourBody}'],
    body: [
      '[Oppdragsgiver|Rekvirent]: {ourBody}, [saksnr.|deres ref.] {ourRef}',
      '[Gjelder|Sakkyndig vurdering av]: {name}, fnr. {fnr}',
      '[Habilitet|Om den sakkyndige]: [Jeg har ikke hatt behandleransvar for pasienten og er ikke inhabil.|Jeg kjenner ikke pasienten fra før.]',
      '[Grunnlag|Kilder]: [Sakens dokumenter, herunder legeerklæringer, epikriser og journalnotater.|Journal fra fastlege og sykehus, samt egen undersøkelse {otherDate}.]',
      '[Spørsmål 1|1)]: [Hva er diagnosen?|Hvilke diagnoser foreligger?] [Svar|Vurdering]: {diagnosis}.',
      '[Spørsmål 2|2)]: [Er funksjonsevnen nedsatt, og i hvilken grad?|Er behandlingen medisinsk nødvendig?|Foreligger det årsakssammenheng?] [Svar|Vurdering]: {medical}',
      '[Spørsmål 3|3)]: [Er tilstanden varig?|Er vilkårene i {law} medisinsk sett oppfylt?] [Svar|Vurdering]: [Etter min vurdering ja.|Etter min vurdering nei.|Det kan ikke avgjøres sikkert, men det er mer sannsynlig enn ikke.]',
      '[Jeg har svart så godt det lar seg gjøre ut fra dokumentene.|Jeg har forsøkt å besvare mandatet så presist som mulig.]',
    ],
  },
  {
    id: 'expert.nb.f2', type: 'expert_statement', lang: 'nb', split: 'train', sender: 'expert', areas: ['pharmacy', 'dental', 'medical', 'physiotherapy'],
    titles: ['Uttalelse fra rådgivende [farmasøyt|tannlege|lege]', 'Notat fra sakkyndig', 'Faglig vurdering'],
    body: [
      '[Klageorganet har bedt om|Det er bedt om] [en faglig vurdering|min vurdering] av [klagesaken|saken] til {name} om {benefit}.',
      '[Problemstilling|Spørsmål]: [Er vilkårene i {law} faglig sett oppfylt?|Har behandlingen vært nødvendig?|Er det dokumentert at andre alternativer er forsøkt?]',
      '[Vurdering|Faglig vurdering]: {medical} [Dokumentasjonen fra behandler er [tilstrekkelig|mangelfull].|Det foreligger ikke opplysninger om effekten av tidligere behandling.|]',
      '[Konklusjon|Oppsummert]: [Vilkårene anses faglig sett oppfylt.|Vilkårene anses ikke oppfylt.|Saken bør opplyses bedre før den avgjøres.]',
    ],
  },
  {
    id: 'expert.da.f1', type: 'expert_statement', lang: 'da', split: 'train', sender: 'expert',
    titles: ['Sagkyndig erklæring', 'Speciallægeerklæring efter mandat'],
    body: [
      '[Efter anmodning fra|På opdrag fra] {ourBody}[ i sag {ourRef}|] har jeg vurderet sagen vedrørende {name}.',
      '[Mandatet er|Spørgsmålet er], [om betingelserne for {benefit} er opfyldt|om behandlingen var nødvendig|om der er årsagssammenhæng].',
      '[Vurdering|Min vurdering]: [Funktionsevnen er betydeligt nedsat.|Der foreligger dokumentation for en kronisk tilstand.|Behandlingen var lægefagligt begrundet.]',
      '[Konklusion|Samlet]: [Betingelserne er efter min vurdering opfyldt.|Betingelserne er efter min vurdering ikke opfyldt.]',
    ],
  },
  // ───────────────────────────── more appeals ─────────────────────────────
  {
    // A reply above the appeals body's own acknowledgement, quoted below.
    id: 'appeal.nb.f1', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', noPadding: true,
    titles: ['SV: Kvittering for mottatt henvendelse', 'Re: Henvendelse', 'SV: Svar på henvendelse'],
    body: [
      '[Hei igjen|Hei|Takk for svar]',
      '[Ja, dette er altså en klage på|Beklager at det var uklart. Det jeg sendte er en klage på|Jeg mener det er en klage, ja, på] [vedtaket|avslaget] fra {fi} [datert|av] {decisionDate} om {subject}.',
      '{detail}',
      '[Jeg vil at det blir vurdert på nytt.|Jeg ber om at vedtaket endres.]',
      '[Den {earlierDate} skrev {ourBody} <postmottak@helseklage.no>:|{earlierDate} skrev postmottak@helseklage.no:]',
      '> [Vi har mottatt henvendelsen din.|Takk for henvendelsen.] [Vi kan ikke se om du ønsker å klage på et vedtak.|Det går ikke fram hvilket vedtak henvendelsen gjelder.] [Hvis du vil klage, ber vi deg svare på denne e-posten med dato for vedtaket.|Svar gjerne på denne e-posten.]',
    ],
  },
  {
    // A complaint form with labelled fields filled in by hand.
    id: 'appeal.nb.f2', type: 'appeal', lang: 'nb', split: 'train', sender: 'note', noPadding: true, areas: personalAreas,
    titles: ['KLAGESKJEMA', 'Klage på vedtak – skjema', 'KLAGE'],
    body: [
      '[Navn|Klagers navn]: {name} │ [Fødselsnummer|Fnr.]: {fnr}',
      '[Hvilket vedtak klager du på?|Vedtaket det klages på]: [vedtak fra {fi} {decisionDate}|{fi} sitt vedtak datert {decisionDate}|brev fra {fi} av {decisionDate}] [om {benefit}|]',
      '?[Når mottok du vedtaket?|Dato vedtaket ble mottatt]: {decisionReceived}',
      '[Hva er du uenig i?|Hvorfor er du uenig?|Begrunnelse for klagen]: {detail}',
      '?[Har du mer å legge til?|Andre opplysninger]: {detail}',
      '[Hva ønsker du?|Hva krever du?]: [at vedtaket blir endret|å få {benefit}|ny vurdering av saken]',
      '[Vedlegg|Legger ved]: [☒ kopi av vedtaket ☐ legeerklæring|☒ legeerklæring ☒ kvitteringer|☐ ingen]',
    ],
  },
  {
    id: 'appeal.nn.f1', type: 'appeal', lang: 'nn', split: 'train', sender: 'note', areas: personalAreas,
    titles: ['', 'Klage', 'KLAGE'],
    body: [
      '[eg klagar på|Eg vil klage på] [vedtaket|brevet] [frå {fi}|om {benefit}] [datert|frå] {decisionDate} [for det er ikkje rett|for eg er ikkje einig|og eg skjønar ikkje kvifor]',
      '{detail} [og det har de ikkje teke med|men det står ikkje noko om det i brevet]',
      '[vil at de ser på saka på nytt|håpar på eit betre svar]',
      '?fnr {fnr}',
    ],
  },
  {
    // Occupational injury in the writer's words: an accident at work Nav would not approve.
    id: 'appeal.nb.f3', type: 'appeal', lang: 'nb', split: 'train', sender: 'email', areas: ['occupational_injury'],
    titles: ['Klage på yrkesskadesaken', 'Klage - yrkesskade', 'Yrkesskade ikke godkjent', 'Klage'],
    body: [
      '[Hei.|Hei,] [Jeg klager på|Jeg er uenig i] [vedtaket|avgjørelsen] fra {fi} [datert|av] {decisionDate} om {subject}.',
      '[Ulykken skjedde på jobb|Jeg skadet meg på jobben] [da jeg falt fra en stige|da jeg løftet en pasient|i en truckulykke på lageret|da jeg skled på isen utenfor bygget vi jobbet på], [og arbeidsgiver meldte skaden til Nav|og det er skrevet skademelding|og kollegaene mine så det].',
      '[Nav mener|I vedtaket står det] [at plagene ikke skyldes ulykken|at det ikke var en arbeidsulykke|at det var en belastningsskade og ikke en yrkesskade], [men jeg hadde ingen plager før|men legen sier skaden kommer av ulykken|og det er ikke riktig].',
      '{detail}',
      '[Jeg ber om at skaden blir godkjent som yrkesskade.|Jeg vil at vedtaket endres.]',
    ],
  },
  // ───────────────────────────── more comments and deadline-interrupting appeals ─────────────────────────────
  {
    id: 'comments.nb.f1', type: 'comments', lang: 'nb', split: 'train', sender: 'relative', areas: personalAreas, noPadding: true,
    titles: ['Merknader til oversendelsen – {name}', 'Kommentarer fra pårørende', 'Merknader'],
    body: [
      '[Jeg skriver for {name}|Som verge skriver jeg for {name}|Jeg er pårørende til {name} og skriver] [etter at vi fikk kopi av|nå som vi har lest] [oversendelsesbrevet fra {fi}|brevet der {fi} sender klagen videre].',
      '[I brevet står det at|{fi} skriver at] [{name} ikke har møtt til avtaler|det ikke er dokumentert plager|behandlingen ikke er fullført], [men det er feil|men det stemmer ikke|og det er ikke riktig]. [{name} sier selv:|Med {name}s egne ord:] «{detail}»',
      '[Vi står fast på klagen.|Vi ber om at dette tas med når saken avgjøres.]',
    ],
  },
  {
    id: 'comments.sv.f1', type: 'comments', lang: 'sv', split: 'train', sender: 'email',
    titles: ['Synpunkter på brevet från {fi}', 'SV: Översändande av överklagande', 'Kommentarer'],
    body: [
      '[Hej,|Hej!]',
      '[Jag har fått en kopia av brevet där {fi} skickar mitt överklagande till er|Jag har läst översändelsebrevet från {fi}] [och vill kommentera det|och det innehåller fel].',
      '[I brevet står det att|{fi} skriver att] {detailLower} [Det stämmer inte.|Det är fel.]',
      '[Jag står fast vid mitt överklagande.|Ta gärna med detta när ni avgör ärendet.]',
    ],
  },
  {
    id: 'adi.nn.f1', type: 'appeal_deadline_interrupting', lang: 'nn', split: 'train', sender: 'email',
    titles: ['Klage', 'Klage – meir kjem', ''],
    body: [
      '[Hei|Hei,]',
      'Eg klagar på [vedtaket|avslaget] [frå {fi}|om {benefit}] [datert|av] {decisionDate}.',
      '[Eg rekk ikkje å skrive alt no|Eg ventar på papir frå legen|Eg er på sjukehuset no], [så eg sender meir seinare|så grunngjevinga kjem seinare].',
      '[Sender dette no så fristen ikkje går ut.|Eg vil ikkje gå over klagefristen.]',
    ],
  },
  {
    id: 'adi.da.f1', type: 'appeal_deadline_interrupting', lang: 'da', split: 'train', sender: 'email',
    titles: ['Klage', 'Klage – mere følger', ''],
    body: [
      '[Hej,|Hej]',
      'Jeg klager over [afgørelsen|jeres afgørelse] [af|dateret] {decisionDate}[ om {benefit}|].',
      '[Jeg når ikke at skrive det hele nu|Jeg venter på en erklæring fra min læge], [så jeg sender mere senere|så begrundelsen kommer senere].',
      '[Jeg sender dette nu, så fristen ikke udløber.|Jeg vil ikke overskride klagefristen.]',
    ],
  },
  // ───────────────────────────── more declarations and transfers ─────────────────────────────
  {
    id: 'medical.sv.f1', type: 'medical_declaration', lang: 'sv', split: 'train', sender: 'foreign_doctor', noPadding: true,
    titles: ['Läkarintyg', 'LÄKARUTLÅTANDE', 'Läkarintyg för arbetsförmåga'],
    body: [
      'Patient: {name} │ Personnummer: {foreignId}',
      'Diagnos (ICD-10): {diagnosis}',
      '[Sjukdomshistoria|Anamnes]: [Patienten har haft besvär sedan flera år.|Besvären började efter en operation.|Patienten har följts på vårdcentralen under lång tid.]',
      '[Funktionsnedsättning|Aktivitetsbegränsning]: [Patienten kan inte lyfta eller gå längre sträckor.|Nedsatt koncentration och uthållighet.|Patienten klarar inte sitt vanliga arbete.]',
      '[Arbetsförmåga|Bedömning]: [Arbetsförmågan är nedsatt med 100 procent.|Arbetsförmågan är nedsatt med hälften.|Patienten är helt arbetsoförmögen.] [Prognosen är osäker.|Förbättring väntas med behandling.]',
      'Intyget gäller: {benefit}',
    ],
  },
  {
    id: 'case_transfer.nn.f1', type: 'case_transfer', lang: 'nn', split: 'train', sender: 'first_instance', areas: ['sick_pay', 'work_assessment', 'disability', 'occupational_injury'],
    titles: ['Oversending av klage – {benefit}', 'Klagesak vert send over til klageinstansen'],
    body: [
      'Saksnummer i Nav: {fiRef} │ Klagar: {name}, {fnr}',
      'Nav har fått klage [datert|den] {appealDate} på vedtak [av|gjort] {decisionDate} om {subject}.',
      '[Vi har vurdert klaga etter forvaltningslova § 33, men held fast ved vedtaket.|Klaga har ikkje ført fram hos oss, og saka vert send over til klageinstansen.]',
      '[Klagaren skriv mellom anna:|Frå klaga:] «{detail}»',
      '[Vilkåra i {law} er etter vår vurdering ikkje oppfylte.|Det er ikkje kome nye opplysningar som endrar vurderinga etter {law}.]',
      '[Klagaren har fått kopi av dette brevet.|Kopi er send til klagaren, som kan kome med merknader.]',
    ],
    attachments: ['Dokumentoversikt', 'Klage', 'Vedtak {listDecisionDate}', 'Legeerklæring'],
  },
  {
    // A transfer letter that is mostly its numbered list of the case's documents.
    id: 'case_transfer.nb.f1', type: 'case_transfer', lang: 'nb', split: 'train', sender: 'first_instance', noPadding: true,
    titles: ['Oversendelse av klagesak – dokumentliste', 'Klagesak – {name}', 'OVERSENDELSE'],
    body: [
      '[Vi oversender klagesak for|Oversendelse av klage fra] {name} ({fnr}) [på vedtak av|vedrørende vedtak av] {decisionDate} om {subject}.',
      '[Klagen er vurdert, og vedtaket opprettholdes.|Vi har ikke funnet grunnlag for å omgjøre vedtaket.] [Begrunnelsen står i vedtaket.|For begrunnelse vises det til vedtaket og notatet nedenfor.]',
      'Dok. nr. │ Dato │ Dokument',
      '1 │ [Søknad med vedlegg|Krav med vedlegg|Henvendelse som startet saken]',
      '2 │ [Legeerklæring|Uttalelse fra behandler|Kvitteringer]',
      '3 │ {listDecisionDate} │ Vedtak',
      '4 │ Klage [med vedlegg|]',
      '?5 │ [Uttalelse fra rådgivende lege|Notat om klagevurdering|Ettersendt dokumentasjon]',
      '[Klager har fått kopi av oversendelsen.|Kopi av brevet er sendt klager.]',
    ],
  },
];
