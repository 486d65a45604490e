import type { Family } from './families.ts';

/**
 * More train families (issue 13): the types and languages SPEC.md says the product reads where the
 * corpus had few or no ways of writing them — appeals written formally in Swedish, Danish, English
 * and nynorsk or by a relative, comments on the transfer letter and legal costs claims from lawyers
 * writing in Swedish, Danish and English, expert statements and consents outside bokmål, everyday
 * correspondence (status questions, documents sent on, change of address). Written from SPEC.md's
 * document-type table and cue words only, without reading the unseen-writer set or the eval
 * families; the corpus test checks no template line is shared with an eval family.
 */
export const moreTrainFamiliesD: Family[] = [
  // ───────────────────────────── appeal ─────────────────────────────
  {
    id: 'appeal.en.d1', type: 'appeal', lang: 'en', split: 'train', sender: 'person',
    titles: ['Appeal against decision', 'Re: your decision of {decisionDate}', 'Complaint about decision on {benefit}', 'Appeal – {benefit}', ''],
    body: [
      '[I am writing to|I hereby|I would like to|Please accept this letter to] [appeal|lodge an appeal against|formally appeal|complain about] [the decision|your decision|the refusal] [dated|of|issued on] {decisionDate} [concerning|regarding|about] {benefit}.',
      '?[I received the letter|The decision reached me|I got the decision in the post] on {decisionReceived}[, so I am within the time limit|, which I understand means the deadline for appeals has not passed|].',
      '[I do not agree with the decision because|I disagree, because|In my view the decision is wrong:|The reasons for my appeal are as follows.] {detail}',
      '?{detail}',
      '[I ask that the case be|Please have the case|I would be grateful if the case could be] [reconsidered|looked at again|reviewed by the appeals body][ and the decision reversed|].',
      '?[My national identity number is|Norwegian ID number:|Personal number] {fnr}',
      '?[I can send further documents if needed.|Please contact me if you need anything else.|My doctor is willing to write a statement.]',
    ],
  },
  {
    id: 'appeal.sv.d1', type: 'appeal', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Överklagande av beslut', 'Överklagande – {benefit}', 'Angående beslut {decisionDate}', ''],
    body: [
      '[Jag överklagar härmed|Härmed överklagar jag|Jag vill överklaga|Jag begär omprövning av och överklagar] [beslutet|ert beslut|avslaget] [daterat|från den|av den] {decisionDate} [om|gällande|rörande] {benefit}.',
      '?[Beslutet kom till mig|Jag tog emot beslutet|Brevet kom fram] {decisionReceived}.',
      '[Jag anser att beslutet är felaktigt eftersom|Skälen för mitt överklagande är följande:|Jag delar inte er bedömning.] {detail}',
      '?{detail}',
      '[Jag begär att beslutet ändras|Jag yrkar att beslutet upphävs|Jag vill att ärendet prövas på nytt][ och att jag beviljas {benefit}|].',
      '?[Mitt norska personnummer är|Norskt fødselsnummer:|Personnummer i Norge:] {fnr}',
    ],
  },
  {
    id: 'appeal.da.d1', type: 'appeal', lang: 'da', split: 'train', sender: 'person',
    titles: ['Klage over afgørelse', 'Klage – {benefit}', 'Vedrørende afgørelse af {decisionDate}', ''],
    body: [
      '[Jeg klager hermed over|Hermed klager jeg over|Jeg ønsker at klage over|Jeg vil gerne påklage] [afgørelsen|jeres afgørelse|afslaget] [af|dateret|fra den] {decisionDate} [om|vedrørende|angående] {benefit}.',
      '?[Jeg modtog afgørelsen|Afgørelsen kom frem til mig|Brevet nåede mig] {decisionReceived}.',
      '[Jeg er uenig i afgørelsen, fordi|Begrundelsen for min klage er:|Efter min opfattelse er afgørelsen forkert.] {detail}',
      '?{detail}',
      '[Jeg beder om at sagen bliver vurderet igen|Jeg ønsker at afgørelsen bliver ændret|Jeg anmoder om en ny vurdering af sagen][.|, så jeg får {benefit}.]',
      '?[Mit norske personnummer er|Norsk fødselsnummer:] {fnr}',
    ],
  },
  {
    id: 'appeal.nn.d1', type: 'appeal', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Klage på vedtak om {benefit}', 'Klage', 'Vedtak frå {fi} – klage', ''],
    body: [
      '[Eg klagar med dette på|Med dette klagar eg på|Eg vil klage på] [vedtaket|avgjerda|avslaget] frå {fi} [datert|av] {decisionDate} [om|som gjeld] {benefit}.',
      '?[Eg fekk vedtaket|Vedtaket kom fram til meg|Brevet kom i postkassa] {decisionReceived}, så klagefristen er ikkje ute.',
      '[Eg er usamd i vedtaket fordi|Grunngjevinga for klaga er denne:|Etter mitt syn er vedtaket feil.] {detail}',
      '?[I tillegg vil eg nemne at|Vidare er det slik at] {detailLower}',
      '[Eg ber om at saka vert vurdert på nytt og at vedtaket vert endra.|Eg ber klageinstansen gje meg medhald.|Eg krev at vedtaket vert gjort om.]',
      '?[Fødselsnummer|Fnr.] {fnr}',
    ],
  },
  {
    // A relative or guardian writes for the person the decision is about.
    id: 'appeal.nb.d1', type: 'appeal', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Klage på vegne av {name}', 'Klage på vedtak', 'Vedtak om {benefit} – klage', ''],
    body: [
      '[Jeg skriver på vegne av|Som verge for|Jeg er datter av og skriver for|Som pårørende skriver jeg for] {name}, [fødselsnummer|f.nr.] {fnr}, [som selv ikke klarer å skrive|som har gitt meg fullmakt|fordi hun ikke orker det selv|].',
      '[Vi klager på|Hun klager på|Han ønsker å klage på|Det klages herved på] [vedtaket|avslaget] [datert|av] {decisionDate} om {subject}.',
      '{detail}',
      '?[Vi mener at|Familien mener at|Det er vårt syn at] {detailLower}',
      '[Vi ber om at saken vurderes på nytt.|Vi ber om at vedtaket omgjøres.|Vi håper klageinstansen ser annerledes på dette.]',
      '?[Fullmakt er lagt ved.|Vergeattest følger vedlagt.|Ta gjerne kontakt med meg på telefon.]',
    ],
  },
  {
    id: 'appeal.nb.d2', type: 'appeal', lang: 'nb', split: 'train', sender: 'lawyer',
    titles: ['Klage på vedtak – {name}', 'Klage over vedtak om {benefit}', 'KLAGE'],
    body: [
      '[Undertegnede representerer|Vi bistår|Vi er engasjert av] {name} [i saken om|vedrørende|i forbindelse med] {benefit}. [Fullmakt vedlegges.|Fullmakt følger vedlagt.|]',
      'På vegne av [klienten|vår klient|vår klient og med hennes samtykke] påklages [vedtaket|{fi}s vedtak] av {decisionDate}, [mottatt|som kom frem] {decisionReceived}. Klagen er dermed rettidig, jf. forvaltningsloven § 29.',
      '[Det anføres at vedtaket bygger på|Vedtaket hviler etter vårt syn på|Vi mener vedtaket er basert på] [feil faktum|en uriktig lovforståelse|en mangelfull utredning]. {detail}',
      '?{detail}',
      '[Det nedlegges påstand om at vedtaket oppheves.|Vi ber om at vedtaket endres slik at klienten får {benefit}.|Prinsipalt kreves vedtaket omgjort, subsidiært opphevet og saken sendt tilbake.]',
      '?Vi forbeholder oss retten til å komme med ytterligere anførsler når sakens dokumenter er mottatt.',
    ],
  },
  // ───────────────────────────── comments ─────────────────────────────
  {
    id: 'comments.sv.d1', type: 'comments', lang: 'sv', split: 'train', sender: 'lawyer',
    titles: ['Synpunkter på översändandet', 'Kommentarer till översändelsebrevet', 'Yttrande – {name}'],
    body: [
      '[Vi har tagit del av|Vi har mottagit|Jag har läst] [översändelsebrevet|översändandet av klagomålet|skrivelsen] från {fi} [daterat|av den] {otherDate} och [lämnar följande synpunkter|vill kommentera det|har följande anmärkningar].',
      '[{fi} skriver att|I översändelsebrevet påstås att|Första instansen menar att] {detailLower} [Det stämmer inte.|Detta bestrider vi.|Det är en missuppfattning.]',
      '?{detail}',
      '[Vi vidhåller överklagandet i sin helhet.|Klagomålet kvarstår.|Vi hänvisar i övrigt till det vi skrev i överklagandet.]',
    ],
  },
  {
    id: 'comments.da.d1', type: 'comments', lang: 'da', split: 'train', sender: 'person',
    titles: ['Bemærkninger til oversendelsen', 'Mine bemærkninger', 'Svar på oversendelsesbrevet'],
    body: [
      '[Jeg har modtaget|Tak for|Jeg har læst] [kopi af oversendelsesbrevet|oversendelsen af min klage|brevet] fra {fi} [af|dateret] {otherDate} og [har nogle bemærkninger|vil gerne kommentere det|har følgende bemærkninger].',
      '[I brevet står der, at|{fi} skriver, at|Det fremgår af oversendelsen, at] {detailLower} [Det er ikke rigtigt.|Det er jeg ikke enig i.|Det passer ikke.]',
      '?{detail}',
      '[Jeg fastholder min klage.|Min klage står ved magt.|Jeg beder jer se bort fra den del af brevet.]',
    ],
  },
  {
    id: 'comments.en.d1', type: 'comments', lang: 'en', split: 'train', sender: 'person',
    titles: ['Comments on the transfer letter', 'My comments', 'Response to the forwarding letter'],
    body: [
      '[I have received|Thank you for|I have read] [a copy of the transfer letter|the letter forwarding my appeal|the forwarding letter] from {fi} [dated|of] {otherDate} and [would like to comment on it|have the following comments|wish to respond].',
      '[The letter says that|{fi} writes that|According to the transfer letter,] {detailLower} [This is not correct.|I do not accept this.|That is not what happened.]',
      '?{detail}',
      '[I maintain my appeal.|My appeal stands.|Please take these comments into account when you decide the case.]',
    ],
  },
  {
    id: 'comments.nn.d1', type: 'comments', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Merknader til oversendinga', 'Merknader', 'Svar på oversendingsbrevet'],
    body: [
      '[Eg har fått|Takk for|Eg har lese] [kopi av oversendingsbrevet|brevet der klaga mi vert send over|oversendinga] frå {fi} [datert|av] {otherDate} og [har nokre merknader|vil kommentere det|har desse merknadene].',
      '[I brevet står det at|{fi} skriv at|Det kjem fram i oversendinga at] {detailLower} [Det er ikkje rett.|Det er eg ikkje einig i.|Det stemmer ikkje.]',
      '?{detail}',
      '[Eg held fast på klaga.|Klaga mi står ved lag.|Eg ber om at merknadene vert tekne med når saka vert avgjord.]',
    ],
  },
  // ───────────────────────────── legal_costs_claim ─────────────────────────────
  {
    id: 'costs.sv.d1', type: 'legal_costs_claim', lang: 'sv', split: 'train', sender: 'lawyer',
    titles: ['Yrkande om ersättning för ombudskostnader', 'Krav på ersättning för rättegångskostnader', 'Kostnadsräkning – {name}'],
    body: [
      '[Klageinstansen gav|Ni gav] {name} [medhåll|rätt] i beslut [av den|daterat] {decisionDate}. [Vi yrkar därför ersättning för ombudskostnader|Med hänvisning till forvaltningsloven § 36 begär vi ersättning för kostnaderna] [i ärendet|för vårt arbete].',
      '[Arbetet har omfattat|Nedlagd tid:] {hours} timmar [à|till timarvodet] {amount} kronor. [Kostnadsräkning bifogas.|Specifikation bifogas.]',
      '[Beloppet betalas till|Vänligen betala till] [klientmedelskonto|konto] {account}.',
    ],
  },
  {
    id: 'costs.da.d1', type: 'legal_costs_claim', lang: 'da', split: 'train', sender: 'lawyer',
    titles: ['Krav om dækning af sagsomkostninger', 'Anmodning om godtgørelse af advokatudgifter', 'Omkostningskrav – {name}'],
    body: [
      '[Klageinstansen gav|I gav] {name} [medhold|ret] ved afgørelse [af|dateret] {decisionDate}. [Vi anmoder derfor om dækning af sagsomkostninger|Med henvisning til forvaltningsloven § 36 kræves advokatudgifterne dækket].',
      '[Arbejdet har omfattet|Medgået tid:] {hours} timer [á|med en timesats på] {amount} kr. [Specifikation vedlægges.|Timeopgørelse er vedlagt.]',
      '[Beløbet bedes indbetalt på|Betaling til] konto {account}.',
    ],
  },
  {
    id: 'costs.en.d1', type: 'legal_costs_claim', lang: 'en', split: 'train', sender: 'lawyer',
    titles: ['Claim for legal costs', 'Application for coverage of legal costs', 'Costs claim – {name}'],
    body: [
      '[The appeals body found in favour of|You ruled in favour of|Our client succeeded, as] {name} [in the decision|by decision] [dated|of] {decisionDate}. [We therefore claim|Under section 36 of the Public Administration Act (forvaltningsloven § 36) we claim] [the legal costs of the case|coverage of our fees|reimbursement of the lawyer\'s fees].',
      '[The work took|Time spent:] {hours} hours at {amount} NOK [per hour|an hour]. [A statement of costs is enclosed.|An itemised statement is attached.]',
      '[Please pay the amount to|Payment to] client account {account}.',
    ],
  },
  {
    id: 'costs.nn.d1', type: 'legal_costs_claim', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Krav om dekning av sakskostnader', 'Sakskostnader', 'Krav om å få dekt utgifter til advokat'],
    body: [
      'Eg fekk medhald i saka mi [i vedtak|ved vedtak] {decisionDate}. [Eg krev difor dekt utgiftene mine etter forvaltningslova § 36.|Eg ber om å få dekt saksomkostningane.]',
      '[Advokaten min har sendt rekning på|Utgiftene til advokat var|Eg har betalt] {amount} kroner[, sjå vedlagt faktura|].',
      '?Pengane kan betalast til kontonummer {account}.',
    ],
  },
  // ───────────────────────────── expert_statement ─────────────────────────────
  {
    id: 'expert.en.d1', type: 'expert_statement', lang: 'en', split: 'train', sender: 'expert',
    titles: ['Expert statement', 'Expert opinion – {name}', 'Statement on assignment from the appeals body'],
    body: [
      '[On assignment from|At the request of|Commissioned by] the appeals body I have [assessed|reviewed] the case of {name}, [born|date of birth] {birthDate}. [The mandate|My terms of reference] [asked|asks] me to [assess|consider] {subject}.',
      '[I have read the case documents and|Based on the documents and] [examined the patient on|a consultation on] {otherDate}. {medical}',
      '[In my expert opinion|My assessment is that|As the appointed expert I conclude that] {detailLower}',
      '[I have no ties to the parties.|I declare that I am impartial in the case.|]',
    ],
  },
  {
    id: 'expert.sv.d1', type: 'expert_statement', lang: 'sv', split: 'train', sender: 'expert',
    titles: ['Sakkunnigutlåtande', 'Sakkunnigt yttrande – {name}', 'Utlåtande på uppdrag av klageinstansen'],
    body: [
      '[På uppdrag av|På begäran av] klageinstansen har jag [bedömt|granskat] ärendet för {name}, född {birthDate}. [Enligt mandatet ska jag|Uppdraget är att] bedöma {subject}.',
      '[Jag har tagit del av handlingarna och|Utifrån handlingarna och] [en undersökning|ett besök] {otherDate}. {medical}',
      '[Min sakkunniga bedömning är att|Som sakkunnig anser jag att] {detailLower}',
    ],
  },
  {
    id: 'expert.nn.d1', type: 'expert_statement', lang: 'nn', split: 'train', sender: 'expert',
    titles: ['Sakkunnig fråsegn', 'Sakkunnig erklæring – {name}', 'Fråsegn på oppdrag frå klageinstansen'],
    body: [
      '[På oppdrag frå|Etter førespurnad frå] klageinstansen har eg [vurdert|gått gjennom] saka til {name}, fødd {birthDate}. [Mandatet ber meg|I mandatet er eg beden om å] vurdere {subject}.',
      '[Eg har lese sakspapira og|Ut frå sakspapira og] [undersøkt pasienten|ein konsultasjon] {otherDate}. {medical}',
      '[Mi sakkunnige vurdering er at|Som sakkunnig meiner eg at] {detailLower}',
      '?Eg er ikkje inhabil i saka.',
    ],
  },
  // ───────────────────────────── consent ─────────────────────────────
  {
    id: 'consent.en.d1', type: 'consent', lang: 'en', split: 'train', sender: 'person',
    titles: ['Consent', 'Consent to obtain information', 'Authorisation – medical records'],
    body: [
      'I, {name}, [national ID|ID number|born] {fnr}, [consent to|give my consent to|agree to] the appeals body [obtaining|collecting|requesting] [information|medical records|records and statements] [from my doctor|from the hospital|from {fi}] [in my appeal|for my case] about {benefit}.',
      '?[The consent applies until the case is decided.|I can withdraw this consent at any time.]',
      '[Signature|Signed]: {name}   [Date|Place and date]: {letterDate}',
    ],
  },
  {
    id: 'consent.nn.d1', type: 'consent', lang: 'nn', split: 'train', sender: 'person',
    titles: ['Samtykke', 'Samtykke til å hente inn opplysningar', 'Fullmakt og samtykke'],
    body: [
      'Eg, {name}, [fødselsnummer|fnr.] {fnr}, [samtykker i at|gjev samtykke til at|godtek at] klageinstansen [hentar inn|innhentar|ber om] [opplysningar|journalopplysningar|fråsegner] [frå fastlegen min|frå sjukehuset|frå {fi}] i saka om {benefit}.',
      '?[Samtykket gjeld til saka er avgjord.|Eg kan trekkje samtykket tilbake når som helst.]',
      '[Underskrift|Signatur]: {name}   [Dato|Stad og dato]: {letterDate}',
    ],
  },
  // ───────────────────────────── correspondence ─────────────────────────────
  {
    // Asks where the case stands, changes an address, sends something on: neither appeal nor comments.
    id: 'correspondence.nb.d1', type: 'correspondence', lang: 'nb', split: 'train', sender: 'person',
    titles: ['Spørsmål om saken min', 'Ettersendelse', 'Ny adresse', 'Saksnummer {ourRef}', ''],
    body: [
      '[Hei. Jeg lurer på|Jeg vil gjerne vite|Kan dere si meg|Jeg har ikke hørt noe og lurer på] [hvor langt saken min har kommet|når jeg kan regne med svar|hvor lang saksbehandlingstiden er nå|om dere har fått papirene mine].',
      '?[Saksnummeret mitt er|Dere har saken under nummer|Referanse:] {ourRef}.',
      '?[Jeg har flyttet, og ny adresse er|Merk at adressen min er endret til|Send post til ny adresse:] {street}, {postcode} {town}.',
      '?[Jeg ettersender også|Vedlagt er|Her kommer] [kvitteringene jeg nevnte|kopi av brevet fra {fi}|et brev jeg har fått fra sykehuset][, som jeg glemte å legge ved sist|].',
      '[Takk for hjelpen.|Hilsen {name}|Mvh {name}]',
    ],
  },
  {
    id: 'correspondence.en.d1', type: 'correspondence', lang: 'en', split: 'train', sender: 'person',
    titles: ['Question about my case', 'Additional documents', 'Change of address', 'Case {ourRef}', ''],
    body: [
      '[Hello. I wonder|I would like to know|Could you tell me|I have not heard anything and wonder] [how far my case has come|when I can expect an answer|what the processing time is now|whether you have received my papers].',
      '?[My case number is|Your reference:|Reference] {ourRef}.',
      '?[I have moved; my new address is|Please note my new address:|Send letters to] {street}, {postcode} {town}.',
      '?[I am also sending|Enclosed is|Please find attached] [the receipts I mentioned|a copy of the letter from {fi}|a letter from the hospital][ that I forgot last time|].',
      '[Thank you for your help.|Kind regards, {name}|Best wishes, {name}]',
    ],
  },
  {
    id: 'correspondence.sv.d1', type: 'correspondence', lang: 'sv', split: 'train', sender: 'person',
    titles: ['Fråga om mitt ärende', 'Komplettering', 'Ny adress', 'Ärende {ourRef}', ''],
    body: [
      '[Hej. Jag undrar|Jag skulle vilja veta|Kan ni säga mig|Jag har inte hört något och undrar] [hur långt mitt ärende har kommit|när jag kan få svar|hur lång handläggningstiden är|om ni har fått mina papper].',
      '?[Mitt ärendenummer är|Er referens:] {ourRef}.',
      '?[Jag har flyttat, ny adress är|Observera min nya adress:] {street}, {postcode} {town}.',
      '?[Jag skickar också|Bifogat finns|Här kommer] [kvittona jag nämnde|en kopia av brevet från {fi}|ett brev från sjukhuset].',
      '[Tack för hjälpen.|Med vänlig hälsning {name}|Hälsningar {name}]',
    ],
  },
  // ───────────────────────────── medical_declaration ─────────────────────────────
  {
    id: 'medical.nn.d1', type: 'medical_declaration', lang: 'nn', split: 'train', sender: 'doctor',
    titles: ['Legeerklæring', 'Legeerklæring til klagesak', 'Fråsegn frå fastlege', 'Medisinsk erklæring'],
    body: [
      '[Pasient|Gjeld]: {name}, fødd {birthDate}',
      '[Diagnose|Diagnosar] (ICD-10/ICPC-2): {diagnosis}',
      '[Eg har vore fastlege for pasienten sidan|Pasienten har gått hos meg sidan|Eg har følgt pasienten sidan] {otherDate}. {medical}',
      '?{medical}',
      '[Funksjonsevna er|Arbeidsevna er|Pasienten er] [sterkt redusert|monaleg nedsett|ikkje god nok til vanleg arbeid][.|, og tilstanden er venta å vare ved.]',
      '[Frå medisinsk synspunkt støttar eg klaga.|Eg meiner vilkåra for {benefit} er oppfylte.|Erklæringa er skriven etter ønske frå pasienten.]',
    ],
  },
];
