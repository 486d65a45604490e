/**
 * What a letter says about its case area, in each language. `details` are split into two halves:
 * train families use the first, eval families the second, so no sentence the model is tested on was
 * ever seen in training (the area words themselves are the language of the field and are shared).
 */
export type Lang = 'nb' | 'nn' | 'sv' | 'da' | 'en';

export interface AreaText {
  /** The benefit, as the object of "vedtak om ...": "stønad til tannbehandling". */
  benefit: string[];
  /** What was decided. */
  subject: string[];
  details: { train: string[]; eval: string[] };
}

export interface AreaSpec {
  code: string;
  /** Who decides first: the sender of a transfer letter. */
  firstInstance: string[];
  /** The legal basis, as a letter cites it. */
  law: string[];
  text: Partial<Record<Lang, AreaText>>;
  /** What a doctor writes about the patient in a declaration for this area. */
  medical: { train: string[]; eval: string[] };
}

const drug = '[Ozempic|Saxenda|Humira|Xeljanz|Mounjaro|Entresto|Jardiance|Vyvanse|Eliquis|Aimovig|Emgality]';
const drugIcd = '[E11.9 Diabetes mellitus type 2|K50.9 Crohns sykdom|M05.9 Revmatoid artritt|G43.9 Migrene|I50.9 Hjertesvikt|F90.0 ADHD|L40.0 Psoriasis]';

export const areaSpecs: AreaSpec[] = [
  {
    code: 'pharmacy',
    firstInstance: ['Helfo', 'Helfo Legemidler', 'HELFO'],
    law: ['folketrygdloven § 5-14', 'blåreseptforskriften § 3', 'blåreseptforskriften § 2', 'folketrygdloven § 5-14, jf. blåreseptforskriften'],
    text: {
      nb: {
        benefit: ['stønad til legemidler', 'refusjon av legemidler på blå resept', `individuell stønad til ${drug}`, 'stønad til dekning av utgifter til legemidler', `dekning av ${drug} på blå resept`],
        subject: [`avslag på søknad om individuell stønad til ${drug}`, `avslag på søknad om refusjon av ${drug} etter blåreseptforskriften`, 'avslag på stønad til legemidler', `at ${drug} ikke dekkes på blå resept`],
        details: {
          train: [
            `Legemiddelet ${drug} er forskrevet av spesialist, og andre legemidler har vært forsøkt uten effekt.`,
            'Helfo mener vilkårene for individuell stønad ikke er oppfylt fordi behandlingen ikke er langvarig.',
            'Jeg har brukt legemiddelet i over tre måneder og må betale det selv på apoteket.',
            `Diagnosen er ${drugIcd}, og legemiddelet står ikke på listen over forhåndsgodkjent refusjon.`,
            'Utgiftene til medisinen er over 3000 kroner i måneden, noe jeg ikke har råd til.',
            'Legen skrev ut resept, men apoteket sa at jeg måtte betale full pris fordi det ikke var blå resept.',
            'Søknaden om individuell stønad gjaldt et legemiddel som ikke har generell refusjon.',
            'Jeg har forsøkt rimeligere preparater, men fikk bivirkninger av alle.',
            'Resepten ble forskrevet av spesialist i endokrinologi.',
          ],
          eval: [
            'Apoteket opplyste at resepten ikke kunne ekspederes på blå resept uten individuelt vedtak.',
            `Fastlegen søkte om refusjon for ${drug} etter at metformin ga alvorlige bivirkninger.`,
            'Jeg mener det er urimelig at et legemiddel som virker, ikke skal dekkes når alternativene er prøvd.',
            'Det er dokumentert at behandlingen er langvarig, det vil si mer enn tre måneder i løpet av et år.',
          ],
        },
      },
      nn: {
        benefit: ['stønad til legemiddel', 'refusjon av legemiddel på blå resept', `individuell stønad til ${drug}`],
        subject: [`avslag på søknad om individuell stønad til ${drug}`, 'avslag på stønad til legemiddel'],
        details: {
          train: ['Eg har brukt legemiddelet i meir enn tre månader og må betale det sjølv på apoteket.', 'Helfo meiner vilkåra for individuell stønad ikkje er oppfylte.'],
          eval: ['Legen min har prøvd andre legemiddel utan verknad, og dette er det einaste som hjelper.', 'Apoteket sa at resepten ikkje kunne ekspederast på blå resept.'],
        },
      },
      sv: {
        benefit: ['ersättning för läkemedel', `ersättning för ${drug}`],
        subject: ['avslag på ansökan om ersättning för läkemedel'],
        details: { train: ['Jag har använt läkemedlet i över tre månader och betalar det själv på apoteket.'], eval: ['Min läkare har provat andra läkemedel utan effekt.'] },
      },
      da: {
        benefit: ['tilskud til lægemidler', `tilskud til ${drug}`],
        subject: ['afslag på ansøgning om tilskud til lægemidler'],
        details: { train: ['Jeg har brugt lægemidlet i over tre måneder og betaler det selv på apoteket.'], eval: ['Min læge har prøvet andre lægemidler uden virkning.'] },
      },
      en: {
        benefit: ['reimbursement of medicines', `reimbursement of ${drug}`],
        subject: ['refusal of my application for reimbursement of prescription medicine'],
        details: { train: ['I have used the medicine for more than three months and pay for it myself at the pharmacy.'], eval: ['My doctor has tried other medicines without any effect.'] },
      },
    },
    medical: {
      train: [`Pasienten har ${drugIcd}. Behandling med ${drug} er startet av spesialist og har god effekt.`, 'Andre legemidler er forsøkt uten tilstrekkelig effekt eller med bivirkninger. Behandlingen er langvarig.'],
      eval: [`Det er behov for langvarig behandling med ${drug}. Tidligere behandling med metformin ga uttalte bivirkninger.`, 'Jeg anbefaler at pasienten får individuell stønad til legemiddelet.'],
    },
  },
  {
    code: 'medical',
    firstInstance: ['Helfo', 'Helfo Refusjon'],
    law: ['folketrygdloven § 5-4', 'folketrygdloven § 5-5', 'folketrygdloven § 5-3'],
    text: {
      nb: {
        benefit: ['stønad til legehjelp', 'refusjon av egenandeler for legehjelp', 'stønad til undersøkelse og behandling hos spesialist', 'dekning av utgifter til psykologbehandling', 'stønad til poliklinisk behandling'],
        subject: ['avslag på refusjon av utgifter til legehjelp', 'avslag på søknad om dekning av behandling hos privatpraktiserende spesialist', 'avslag på refusjon av egenandeler', 'avkortning av refusjon for legehjelp'],
        details: {
          train: [
            'Jeg har betalt egenandeler hos fastlege og legevakt som jeg mener skal refunderes.',
            'Spesialisten jeg gikk til har ikke driftsavtale, men det var ingen andre tilbud innen rimelig tid.',
            'Helfo skriver at behandlingen ikke gir rett til stønad fordi legen ikke har avtale med regionalt helseforetak.',
            'Jeg gikk til psykolog etter henvisning fra fastlegen min.',
            'Jeg ble henvist til privat spesialist fordi ventelisten på sykehuset var lang.',
            'Egenandelene hos fastlegen og på legevakten har blitt store for meg.',
            'Spesialisthelsetjenesten hadde ikke kapasitet til å ta meg inn.',
            'Helfo mener legen ikke hadde rett til å kreve refusjon for konsultasjonen.',
          ],
          eval: [
            'Ventetiden i spesialisthelsetjenesten var over ett år, så jeg oppsøkte en privat klinikk.',
            'Kvitteringene fra legevakten er vedlagt og viser at jeg har betalt full pris.',
            'Henvisningen fra fastlegen gjaldt poliklinisk utredning hos øre-nese-hals-spesialist.',
            'Frikortgrensen er nådd, og egenandelene etter dette skulle vært dekket.',
          ],
        },
      },
      nn: {
        benefit: ['stønad til legehjelp', 'refusjon av eigendelar for legehjelp'],
        subject: ['avslag på refusjon av utgifter til legehjelp', 'avslag på dekning av behandling hos spesialist'],
        details: { train: ['Eg har betalt eigendelar hos fastlegen og legevakta som eg meiner skal refunderast.'], eval: ['Ventetida i spesialisthelsetenesta var over eitt år, så eg gjekk til ein privat klinikk.'] },
      },
      sv: { benefit: ['ersättning för läkarvård'], subject: ['avslag på ersättning för läkarvård'], details: { train: ['Jag har betalat patientavgifter hos läkare som borde ersättas.'], eval: ['Väntetiden hos specialist var över ett år.'] } },
      da: { benefit: ['tilskud til lægehjælp'], subject: ['afslag på refusion af udgifter til lægehjælp'], details: { train: ['Jeg har betalt for lægehjælp som jeg mener skal refunderes.'], eval: ['Ventetiden hos speciallægen var over et år.'] } },
      en: { benefit: ['reimbursement of medical treatment'], subject: ['refusal to reimburse my medical expenses'], details: { train: ['I have paid patient fees to my GP that should be reimbursed.'], eval: ['The waiting time for a specialist was more than a year.'] } },
    },
    medical: {
      train: ['Pasienten ble henvist til utredning hos spesialist på grunn av vedvarende plager.', 'Det var medisinsk nødvendig med rask utredning, og offentlig tilbud hadde lang ventetid.'],
      eval: ['Undersøkelsen hos spesialist var nødvendig for å avklare diagnosen.', 'Pasienten har behov for oppfølging hos psykolog over tid.'],
    },
  },
  {
    code: 'dental',
    firstInstance: ['Helfo', 'Helfo Tannhelse'],
    law: ['folketrygdloven § 5-6', 'forskrift om stønad til tannbehandling, innslagspunkt 6', 'folketrygdloven § 5-6, innslagspunkt 5'],
    text: {
      nb: {
        benefit: ['stønad til tannbehandling', 'dekning av utgifter til tannbehandling', 'stønad til behandling av periodontitt', 'refusjon for tannbehandling etter innslagspunkt 6'],
        subject: ['avslag på stønad til tannbehandling', 'avslag på refusjon for behandling av periodontitt', 'tilbakebetaling av stønad til tannbehandling', 'delvis avslag på stønad til tannregulering'],
        details: {
          train: [
            'Tannlegen har dokumentert at jeg har marginal periodontitt med betydelig festetap.',
            'Helfo mener tanntapet skyldes karies og ikke sykdom, og at innslagspunkt 6 derfor ikke gjelder.',
            'Jeg har mistet flere tenner på grunn av bivirkninger av medisiner, og må ha implantater.',
            'Behandlingen hos tannlegen kostet over 40 000 kroner.',
            'Tannhelsesekretæren sendte regningen direkte til Helfo.',
            'Tannpleier og tannlege har behandlet meg for tannkjøttsykdom i mange år.',
            'Jeg har fått proteser og implantater etter at jeg mistet tennene.',
            'Tennene er ødelagt på grunn av sykdom, ikke på grunn av dårlig tannhygiene.',
          ],
          eval: [
            'Munntørrhet som følge av langvarig legemiddelbruk har ført til omfattende skader på tennene.',
            'Tannpleieren har fulgt meg opp med behandling for tannkjøttbetennelse i flere år.',
            'Jeg fikk tannregulering som barn, men behandlingen måtte gjøres om etter en ulykke.',
            'Helfo har bare godkjent deler av tannlegens regning.',
          ],
        },
      },
      nn: {
        benefit: ['stønad til tannbehandling', 'dekning av utgifter til tannbehandling'],
        subject: ['avslag på stønad til tannbehandling', 'avslag på refusjon for behandling av periodontitt'],
        details: { train: ['Tannlegen har dokumentert at eg har periodontitt med stort festetap.'], eval: ['Eg har mista fleire tenner på grunn av biverknader av medisinar.'] },
      },
      sv: { benefit: ['ersättning för tandvård'], subject: ['avslag på ersättning för tandbehandling'], details: { train: ['Min tandläkare har dokumenterat att jag har tandlossning.'], eval: ['Tandvården kostade mer än 30 000 kronor.'] } },
      da: { benefit: ['tilskud til tandbehandling'], subject: ['afslag på tilskud til tandbehandling'], details: { train: ['Min tandlæge har dokumenteret paradentose.'], eval: ['Tandbehandlingen kostede over 25 000 kroner.'] } },
      en: { benefit: ['reimbursement of dental treatment'], subject: ['refusal of reimbursement for dental treatment'], details: { train: ['My dentist has documented severe periodontitis.'], eval: ['The dental treatment cost more than 40,000 kroner.'] } },
    },
    medical: {
      train: ['Pasienten har uttalt munntørrhet som bivirkning av langvarig legemiddelbruk, med omfattende karies som følge.', 'Tannstatus viser generalisert marginal periodontitt med festetap over 50 %.'],
      eval: ['Det foreligger sykdom som har medført tap av tenner, og pasienten har behov for protetisk behandling.', 'Tannlegen bekrefter at skadene skyldes sykdom og ikke manglende munnhygiene.'],
    },
  },
  {
    code: 'physiotherapy',
    firstInstance: ['Helfo'],
    law: ['folketrygdloven § 5-8', 'folketrygdloven § 5-8, jf. forskrift om fysioterapi'],
    text: {
      nb: {
        benefit: ['stønad til fysioterapi', 'refusjon av utgifter til fysioterapi', 'stønad til behandling hos kiropraktor', 'fritak for egenandel hos fysioterapeut'],
        subject: ['avslag på refusjon for behandling hos fysioterapeut', 'avslag på fritak for egenandel ved fysioterapi', 'avslag på stønad til behandling hos manuellterapeut'],
        details: {
          train: [
            'Jeg har gått til fysioterapeut to ganger i uken etter operasjonen i kneet.',
            'Fysioterapeuten har ikke driftsavtale med kommunen, og Helfo vil derfor ikke refundere.',
            'Diagnosen står på listen over sykdommer som gir fritak for egenandel.',
            'Fysioterapeuten har gitt meg øvelser og behandling for skulderen i et halvt år.',
            'Etter operasjonen trengte jeg opptrening hos fysioterapeut for å kunne gå igjen.',
            'Kiropraktoren og manuellterapeuten har ikke avtale, og Helfo vil ikke dekke utgiftene.',
          ],
          eval: [
            'Etter hjerneslaget har jeg hatt behov for opptrening hos fysioterapeut hver uke.',
            'Kiropraktoren behandlet meg for akutte ryggsmerter etter henvisning fra fastlegen.',
            'Det var ingen ledige plasser hos avtalefysioterapeut i min kommune.',
          ],
        },
      },
      nn: {
        benefit: ['stønad til fysioterapi', 'refusjon av utgifter til fysioterapi'],
        subject: ['avslag på refusjon for behandling hos fysioterapeut'],
        details: { train: ['Eg har gått til fysioterapeut to gonger i veka etter operasjonen.'], eval: ['Det var ingen ledige plassar hos fysioterapeut med avtale i kommunen min.'] },
      },
      sv: { benefit: ['ersättning för sjukgymnastik'], subject: ['avslag på ersättning för sjukgymnastik'], details: { train: ['Jag har gått till sjukgymnast två gånger i veckan.'], eval: ['Efter operationen behövde jag träning hos fysioterapeut.'] } },
      da: { benefit: ['tilskud til fysioterapi'], subject: ['afslag på tilskud til fysioterapi'], details: { train: ['Jeg har gået til fysioterapeut to gange om ugen.'], eval: ['Efter operationen havde jeg brug for genoptræning.'] } },
      en: { benefit: ['reimbursement of physiotherapy'], subject: ['refusal of reimbursement for physiotherapy'], details: { train: ['I have seen a physiotherapist twice a week since the operation.'], eval: ['After my stroke I needed rehabilitation with a physiotherapist.'] } },
    },
    medical: {
      train: ['Pasienten har behov for fysioterapi over tid etter kneoperasjon.', 'Tilstanden krever regelmessig oppfølging hos fysioterapeut.'],
      eval: ['Etter hjerneslaget er det behov for langvarig opptrening hos fysioterapeut.', 'Manuellterapeut har behandlet pasienten for lumbago med god effekt.'],
    },
  },
  {
    code: 'treatment_abroad',
    firstInstance: ['Helfo Utland', 'Helfo', 'Helfo, seksjon for utenlandsbehandling'],
    law: ['folketrygdloven § 5-24 a', 'forskrift om stønad til helsetjenester mottatt i et annet EØS-land', 'forordning (EF) nr. 883/2004 artikkel 20'],
    text: {
      nb: {
        benefit: ['refusjon av utgifter til behandling i et annet EØS-land', 'stønad til behandling i utlandet', 'forhåndstilsagn om behandling i utlandet', 'dekning av sykehusbehandling i Sverige'],
        subject: ['avslag på refusjon av utgifter til behandling i utlandet', 'avslag på søknad om forhåndstilsagn for behandling i EØS', 'avslag på refusjon etter pasientrettighetsdirektivet'],
        details: {
          train: [
            'Jeg fikk operasjonen utført på en privat klinikk i Spania fordi ventetiden i Norge var for lang.',
            'Helfo mener behandlingen krevde forhåndstilsagn, som jeg ikke søkte om.',
            'Behandlingen i Danmark ville vært dekket av det offentlige i Norge.',
            'Jeg la ved kvitteringer fra sykehuset i Sverige med oversettelse.',
            'Jeg bor i et annet EØS-land og fikk behandlingen der.',
            'Sykehuset i utlandet krevde betaling på stedet, og jeg søkte refusjon etterpå.',
            'Forhåndstilsagn ble ikke søkt fordi det var akutt behov for behandling i utlandet.',
            'Helfo har regnet om beløpet fra euro til kroner med feil kurs.',
          ],
          eval: [
            'Operasjonen i Polen kostet mindre enn det samme inngrepet ville kostet det norske helsevesenet.',
            'Jeg ble akutt syk under opphold i Tyskland og fikk behandling der, med europeisk helsetrygdkort.',
            'Klinikken i Latvia sendte fullstendig journal og regning på engelsk.',
            'Det står ikke i vedtaket hvilke deler av behandlingen i EØS som ikke dekkes.',
          ],
        },
      },
      nn: {
        benefit: ['refusjon av utgifter til behandling i eit anna EØS-land', 'stønad til behandling i utlandet'],
        subject: ['avslag på refusjon av utgifter til behandling i utlandet'],
        details: { train: ['Eg fekk operasjonen på ein privat klinikk i Spania fordi ventetida i Noreg var for lang.'], eval: ['Eg vart akutt sjuk under opphald i Tyskland og fekk behandling der.'] },
      },
      sv: {
        benefit: ['ersättning för vård i ett annat EES-land', 'ersättning för behandling utomlands'],
        subject: ['avslag på ersättning för behandling i Sverige', 'avslag på förhandsbesked om vård utomlands'],
        details: { train: ['Jag opererades på sjukhus i Sverige eftersom väntetiden i Norge var för lång.', 'Jag bor i Sverige men är försäkrad i Norge.'], eval: ['Jag blev akut sjuk under en resa och fick vård på sjukhuset i Östersund.', 'Helfo anser att jag skulle ha sökt förhandstillstånd.'] },
      },
      da: {
        benefit: ['refusion af udgifter til behandling i et andet EØS-land', 'dækning af behandling i Danmark'],
        subject: ['afslag på refusion af udgifter til behandling i udlandet'],
        details: { train: ['Jeg blev opereret på et privathospital i Danmark, fordi ventetiden i Norge var for lang.', 'Jeg bor i Danmark, men er forsikret i Norge.'], eval: ['Jeg blev akut syg under et ophold i Aarhus og fik behandling på hospitalet.', 'Helfo mener, at jeg skulle have søgt om forhåndsgodkendelse.'] },
      },
      en: {
        benefit: ['reimbursement of treatment in another EEA country', 'cover of hospital treatment abroad'],
        subject: ['refusal of reimbursement for treatment abroad', 'refusal of prior authorisation for treatment in the EEA'],
        details: { train: ['I had the operation at a private clinic in Spain because the waiting time in Norway was too long.', 'I enclose the invoices from the hospital with a translation.'], eval: ['I fell acutely ill while staying in Germany and was treated with my European Health Insurance Card.', 'The clinic in Latvia sent my full medical records.'] },
      },
    },
    medical: {
      train: ['Pasienten ble operert ved en klinikk i utlandet. Inngrepet var medisinsk nødvendig.', 'Behandlingen som ble gitt i EØS-landet tilsvarer behandling som dekkes i Norge.'],
      eval: ['Pasienten ble akutt innlagt under utenlandsopphold og behandlet for hjerteinfarkt.', 'Utredningen i utlandet var nødvendig på grunn av lang ventetid her.'],
    },
  },
  {
    code: 'patient_travel',
    firstInstance: ['Pasientreiser', 'Pasientreiser HF', 'Pasientreiser Helse Sør-Øst', 'Pasientreiser Vest'],
    law: ['pasientreiseforskriften § 8', 'pasient- og brukerrettighetsloven § 2-6', 'pasientreiseforskriften § 24'],
    text: {
      nb: {
        benefit: ['dekning av reiseutgifter', 'refusjon av utgifter til pasientreise', 'dekning av utgifter til drosje ved pasientreise', 'godtgjøring til ledsager'],
        subject: ['avslag på søknad om refusjon av reiseutgifter', 'avslag på dekning av drosje til behandling', 'avslag på godtgjøring for ledsager', 'avkortning av refusjon for pasientreise'],
        details: {
          train: [
            'Jeg kan ikke reise med offentlig transport på grunn av helsetilstanden min, og måtte ta drosje.',
            'Reisen gikk til sykehuset for strålebehandling hver dag i fem uker.',
            'Søknaden ble sendt innen fristen på seks måneder, men kom visst ikke fram.',
            'Pasientreiser har bare dekket billigste reisemåte, ikke bilgodtgjørelse.',
            'Jeg har reist til behandling på sykehuset og fått avslag på refusjon av reiseutgiftene.',
            'Jeg trengte ledsager fordi jeg ikke klarer å reise alene til behandlingsstedet.',
            'Drosjen var eneste mulighet fordi det ikke går kollektivtransport dit.',
          ],
          eval: [
            'Min mor på 89 år trengte ledsager på reisen til kontroll på Ullevål.',
            'Det går ingen buss fra bygda før klokken elleve, og timen var klokken åtte.',
            'Jeg kjørte egen bil til dialysen tre ganger i uken og har levert kjørebok.',
            'Rekvisisjon fra behandler ble ikke godtatt fordi den manglet begrunnelse.',
          ],
        },
      },
      nn: {
        benefit: ['dekning av reiseutgifter', 'refusjon av utgifter til pasientreise'],
        subject: ['avslag på søknad om refusjon av reiseutgifter'],
        details: { train: ['Eg kan ikkje reise med kollektivtransport på grunn av helsa mi, og måtte ta drosje.'], eval: ['Det går ingen buss frå bygda før klokka elleve, og timen var klokka åtte.'] },
      },
      sv: { benefit: ['ersättning för sjukresor'], subject: ['avslag på ersättning för resekostnader'], details: { train: ['Jag kan inte åka kollektivt och måste ta taxi till sjukhuset.'], eval: ['Resan till behandlingen tog fyra timmar varje väg.'] } },
      da: { benefit: ['dækning af rejseudgifter'], subject: ['afslag på refusion af rejseudgifter'], details: { train: ['Jeg kan ikke tage offentlig transport og måtte tage taxa.'], eval: ['Rejsen til hospitalet tog fire timer hver vej.'] } },
      en: { benefit: ['reimbursement of travel expenses'], subject: ['refusal to reimburse my travel costs for treatment'], details: { train: ['I cannot use public transport because of my condition and had to take a taxi.'], eval: ['The journey to the hospital took four hours each way.'] } },
    },
    medical: {
      train: ['Pasienten kan på grunn av sin helsetilstand ikke benytte offentlig transport.', 'Det er medisinsk behov for ledsager under reisen til behandling.'],
      eval: ['Pasienten har nedsatt gangfunksjon og må ha drosje til og fra behandling.', 'På grunn av kognitiv svikt kan pasienten ikke reise alene.'],
    },
  },
  {
    code: 'sick_pay',
    firstInstance: ['NAV', 'NAV Arbeid og ytelser', 'NAV kontor [Bergenhus|Grünerløkka|Sandnes|Tromsø|Bærum]', 'Nav Arbeid og ytelser Sykepenger'],
    law: ['folketrygdloven § 8-4', 'folketrygdloven § 8-2', 'folketrygdloven § 8-7', 'folketrygdloven kapittel 8'],
    text: {
      nb: {
        benefit: ['sykepenger', 'sykepenger etter arbeidsgiverperioden', 'sykepenger som selvstendig næringsdrivende', 'gradert sykmelding og sykepenger'],
        subject: ['avslag på sykepenger', 'stans av sykepenger', 'avslag på sykepenger fordi sykmeldingen ikke ble levert i tide', 'krav om tilbakebetaling av sykepenger'],
        details: {
          train: [
            'Jeg har vært sykmeldt fra jobben som hjelpepleier siden januar.',
            'NAV mener jeg var i arbeid i perioden og ikke hadde rett til sykepenger.',
            'Arbeidsgiveren min betalte arbeidsgiverperioden, men NAV stanset utbetalingen etterpå.',
            'Sykmeldingen ble sendt fra legekontoret, men NAV sier den kom for sent.',
            'Jeg har vært sykmeldt i lengre tid og arbeidsgiveren har fulgt meg opp.',
            'Sykepengegrunnlaget er beregnet ut fra feil inntekt.',
            'NAV stanset sykepengene før jeg var frisk nok til å gå tilbake i jobb.',
            'Arbeidsgiverperioden er betalt, men jeg har ikke fått sykepenger fra NAV etterpå.',
          ],
          eval: [
            'Jeg ble sykmeldt 100 prosent etter en operasjon og har ikke kunnet gå tilbake til jobb.',
            'NAV har lagt til grunn feil inntekt ved beregningen av sykepengegrunnlaget.',
            'Som frilanser hadde jeg ikke frivillig forsikring, men jeg mener likevel jeg har rett.',
            'Opptjeningstiden på fire uker var oppfylt før jeg ble syk.',
          ],
        },
      },
      nn: {
        benefit: ['sjukepengar', 'sjukepengar etter arbeidsgivarperioden'],
        subject: ['avslag på sjukepengar', 'stans av sjukepengar'],
        details: { train: ['Eg har vore sjukmeld frå jobben som hjelpepleiar sidan januar.', 'NAV meiner eg ikkje hadde rett til sjukepengar.'], eval: ['Eg vart sjukmeld etter ein operasjon og har ikkje kunna gå tilbake til jobben.'] },
      },
      sv: { benefit: ['sjukpenning från Norge'], subject: ['avslag på sjukpenning'], details: { train: ['Jag har varit sjukskriven sedan januari.'], eval: ['Jag arbetade i Norge när jag blev sjuk.'] } },
      da: { benefit: ['sygedagpenge fra Norge'], subject: ['afslag på sygedagpenge'], details: { train: ['Jeg har været sygemeldt siden januar.'], eval: ['Jeg arbejdede i Norge, da jeg blev syg.'] } },
      en: { benefit: ['sickness benefit'], subject: ['refusal of sickness benefit'], details: { train: ['I have been on sick leave since January.'], eval: ['I was working in Norway when I fell ill.'] } },
    },
    medical: {
      train: ['Pasienten er 100 % arbeidsufør fra dags dato og foreløpig i fire uker.', 'Arbeidsuførheten skyldes sykdom. Pasienten er sykmeldt og kan ikke utføre sitt arbeid.'],
      eval: ['Pasienten har vært sykmeldt siden januar og er fortsatt ute av stand til å arbeide.', 'Gradert sykmelding 50 % anbefales fra neste måned.'],
    },
  },
  {
    code: 'work_assessment',
    firstInstance: ['NAV', 'NAV kontor [Sagene|Fana|Ålesund|Lillestrøm|Bodø]', 'NAV Arbeid og ytelser'],
    law: ['folketrygdloven § 11-5', 'folketrygdloven § 11-6', 'folketrygdloven kapittel 11', 'folketrygdloven § 11-13'],
    text: {
      nb: {
        benefit: ['arbeidsavklaringspenger', 'arbeidsavklaringspenger (AAP)', 'forlengelse av arbeidsavklaringspenger', 'AAP i perioden som arbeidssøker'],
        subject: ['avslag på søknad om arbeidsavklaringspenger', 'stans av arbeidsavklaringspenger', 'avslag på forlengelse av AAP', 'at arbeidsevnen ikke er nedsatt med minst halvparten'],
        details: {
          train: [
            'NAV mener arbeidsevnen min ikke er nedsatt med minst halvparten.',
            'Jeg har deltatt i arbeidsrettet tiltak og fulgt aktivitetsplanen.',
            'Legen min mener jeg fortsatt trenger behandling før jeg kan komme tilbake i arbeid.',
            'Maksimal periode med AAP er ikke brukt opp.',
            'Jeg har hatt arbeidsavklaringspenger i to år og er fortsatt under behandling.',
            'Aktivitetsplanen fra NAV er fulgt, men arbeidsevnen er ikke bedret.',
            'NAV-veilederen sa at jeg hadde krav på AAP mens jeg venter på behandling.',
            'Arbeidsevnevurderingen tar ikke hensyn til at jeg ikke klarer mer enn noen timer arbeid.',
          ],
          eval: [
            'Arbeidsevnevurderingen ble gjort uten at NAV innhentet oppdaterte opplysninger fra behandler.',
            'Jeg har vært i arbeidspraksis hos en arbeidsgiver, men klarte bare tre timer om dagen.',
            'Sykdommen er hovedårsaken til at jeg ikke kan jobbe, ikke sosiale forhold.',
            'Oppfølgingsvedtaket sier at jeg skal over på uføretrygd, men søknaden er ikke behandlet.',
          ],
        },
      },
      nn: {
        benefit: ['arbeidsavklaringspengar', 'arbeidsavklaringspengar (AAP)'],
        subject: ['avslag på søknad om arbeidsavklaringspengar', 'stans av arbeidsavklaringspengar'],
        details: { train: ['NAV meiner arbeidsevna mi ikkje er nedsett med minst halvparten.'], eval: ['Eg har vore i arbeidspraksis, men klarte berre tre timar om dagen.'] },
      },
      sv: { benefit: ['arbetsavklaringspenning från NAV'], subject: ['avslag på arbetsavklaringspenning'], details: { train: ['Min arbetsförmåga är nedsatt på grund av sjukdom.'], eval: ['Jag har deltagit i arbetsinriktade åtgärder.'] } },
      da: { benefit: ['arbejdsafklaringsydelse fra NAV'], subject: ['afslag på arbejdsafklaringsydelse'], details: { train: ['Min arbejdsevne er nedsat på grund af sygdom.'], eval: ['Jeg har deltaget i arbejdsrettede tiltag.'] } },
      en: { benefit: ['work assessment allowance (AAP)'], subject: ['refusal of work assessment allowance'], details: { train: ['My ability to work is reduced because of illness.'], eval: ['I have taken part in work-related measures arranged by NAV.'] } },
    },
    medical: {
      train: ['Arbeidsevnen er nedsatt med mer enn halvparten på grunn av sykdom.', 'Pasienten er under aktiv behandling og har behov for arbeidsrettet tiltak.'],
      eval: ['Det er fortsatt en mulighet for bedring av arbeidsevnen gjennom behandling.', 'Pasienten klarer i dag ikke mer enn 30 % stilling.'],
    },
  },
  {
    code: 'disability',
    firstInstance: ['NAV', 'NAV Arbeid og ytelser', 'NAV Familie- og pensjonsytelser', 'NAV kontor [Stovner|Asker|Molde|Narvik]'],
    law: ['folketrygdloven § 12-6', 'folketrygdloven § 12-7', 'folketrygdloven kapittel 12', 'folketrygdloven § 12-10'],
    text: {
      nb: {
        benefit: ['uføretrygd', 'uføretrygd med uføregrad 100 prosent', 'økning av uføregraden', 'uføretrygd fra tidligere tidspunkt'],
        subject: ['avslag på søknad om uføretrygd', 'innvilgelse av 50 prosent uføretrygd', 'avslag på økning av uføregrad', 'fastsetting av uføretidspunkt'],
        details: {
          train: [
            'NAV mener at jeg ikke har gjennomført hensiktsmessig behandling før uføretrygd.',
            'Inntektsevnen min er varig nedsatt på grunn av sykdom.',
            'Uføregraden ble satt til 50 prosent selv om jeg ikke klarer å jobbe i det hele tatt.',
            'Uføretidspunktet er satt for sent, slik at beregningen blir feil.',
            'Jeg har vært ute av arbeidslivet i mange år på grunn av kronisk sykdom.',
            'NAV mener jeg har restarbeidsevne, men det er ikke riktig.',
            'Uføregraden må være 100 prosent fordi jeg ikke kan arbeide i noen stilling.',
            'All behandling er prøvd og inntektsevnen er varig nedsatt.',
          ],
          eval: [
            'Jeg har hatt arbeidsavklaringspenger i fire år uten at arbeidsevnen er bedret.',
            'Sykdommen er kronisk, og alle behandlingsmuligheter er prøvd.',
            'Inntekten før uførhet er fastsatt for lavt i vedtaket.',
            'Spesialisten skriver at jeg har varig nedsatt inntektsevne.',
          ],
        },
      },
      nn: {
        benefit: ['uføretrygd', 'auke av uføregraden'],
        subject: ['avslag på søknad om uføretrygd', 'avslag på auke av uføregrad'],
        details: { train: ['Inntektsevna mi er varig nedsett på grunn av sjukdom.'], eval: ['Eg har hatt arbeidsavklaringspengar i fire år utan at arbeidsevna har vorte betre.'] },
      },
      sv: { benefit: ['uføretrygd (sjukersättning) från Norge'], subject: ['avslag på ansökan om uføretrygd'], details: { train: ['Min arbetsförmåga är varaktigt nedsatt.'], eval: ['Jag har sjukersättning i Sverige sedan 2021.'] } },
      da: { benefit: ['uføretrygd (førtidspension) fra Norge'], subject: ['afslag på ansøgning om uføretrygd'], details: { train: ['Min arbejdsevne er varigt nedsat.'], eval: ['Jeg har fået førtidspension i Danmark siden 2020.'] } },
      en: { benefit: ['disability benefit (uføretrygd)'], subject: ['refusal of disability benefit'], details: { train: ['My earning capacity is permanently reduced because of illness.'], eval: ['I worked in Norway for twelve years before I fell ill.'] } },
    },
    medical: {
      train: ['Inntektsevnen er varig nedsatt. All hensiktsmessig behandling er gjennomført.', 'Pasienten er varig ute av stand til å arbeide i noen stillingsandel.'],
      eval: ['Tilstanden er kronisk og prognosen for bedring er dårlig.', 'Etter min vurdering er uførhet hovedsakelig forårsaket av sykdom.'],
    },
  },
  {
    code: 'occupational_injury',
    firstInstance: ['NAV', 'NAV Arbeid og ytelser Yrkesskade', 'NAV Arbeid og ytelser'],
    law: ['folketrygdloven § 13-3', 'folketrygdloven § 13-4', 'folketrygdloven § 13-17', 'folketrygdloven kapittel 13'],
    text: {
      nb: {
        benefit: ['godkjenning av yrkesskade', 'menerstatning etter yrkesskade', 'godkjenning av yrkessykdom', 'yrkesskadefordeler'],
        subject: ['avslag på godkjenning av yrkesskade', 'avslag på menerstatning', 'at skaden ikke godkjennes som yrkesskade', 'fastsetting av medisinsk invaliditet til 10 prosent'],
        details: {
          train: [
            'Jeg falt fra stillaset på byggeplassen i arbeidstiden og skadet ryggen.',
            'NAV mener skaden ikke skjedde i arbeid på arbeidsstedet i arbeidstiden.',
            'Skademeldingen ble sendt av arbeidsgiveren samme uke som ulykken.',
            'Plagene mine skyldes arbeidsulykken og ikke slitasje.',
            'Ulykken på arbeidsplassen ble meldt til NAV med skademelding.',
            'Jeg fikk en varig skade i skulderen da jeg løftet tungt på jobben.',
            'Sykdommen skyldes at jeg ble utsatt for kjemikalier i arbeidet.',
            'Menerstatningen er satt for lavt i forhold til invaliditeten.',
          ],
          eval: [
            'Jeg ble utsatt for løsemidler i mange år på jobben og har fått skader på nervesystemet.',
            'Arbeidsulykken skjedde da jeg var på vei mellom to oppdrag for arbeidsgiveren.',
            'Den medisinske invaliditeten er satt for lavt i forhold til skadene.',
            'Det er årsakssammenheng mellom ulykken og hodeskaden.',
          ],
        },
      },
      nn: {
        benefit: ['godkjenning av yrkesskade', 'menerstatning etter yrkesskade'],
        subject: ['avslag på godkjenning av yrkesskade'],
        details: { train: ['Eg fall frå stillaset på byggeplassen i arbeidstida og skadde ryggen.'], eval: ['Arbeidsulukka skjedde då eg var på veg mellom to oppdrag for arbeidsgivaren.'] },
      },
      sv: { benefit: ['godkännande av arbetsskada i Norge'], subject: ['avslag på godkännande av arbetsskada'], details: { train: ['Jag skadade ryggen i en arbetsolycka i Norge.'], eval: ['Skadan inträffade under arbetstid på arbetsplatsen.'] } },
      da: { benefit: ['anerkendelse af arbejdsskade i Norge'], subject: ['afslag på anerkendelse af arbejdsskade'], details: { train: ['Jeg kom til skade ved en arbejdsulykke i Norge.'], eval: ['Skaden skete i arbejdstiden på arbejdspladsen.'] } },
      en: { benefit: ['recognition of an occupational injury'], subject: ['refusal to recognise my occupational injury'], details: { train: ['I was injured in an accident at work in Norway.'], eval: ['The injury happened during working hours at my workplace.'] } },
    },
    medical: {
      train: ['Skadene er forenlige med den beskrevne arbeidsulykken.', 'Pasienten har varige plager etter ulykken på arbeidsplassen.'],
      eval: ['Medisinsk invaliditet vurderes til minst 15 prosent etter yrkesskaden.', 'Det er sannsynlig årsakssammenheng mellom eksponeringen i arbeidet og sykdommen.'],
    },
  },
  {
    code: 'practitioner_sanctions',
    firstInstance: ['Helfo', 'Helfo Kontroll', 'Helfo, seksjon for kontroll'],
    law: ['folketrygdloven § 25-6', 'folketrygdloven § 25-7', 'folketrygdloven § 25-7a', 'folketrygdloven §§ 25-6 og 25-7'],
    text: {
      nb: {
        benefit: ['retten til direkte oppgjør', 'direkteoppgjør med Helfo', 'tilbakekreving av refusjon fra behandler'],
        subject: ['tap av retten til direkte oppgjør i to år', 'tilbakekreving av feilaktig utbetalt refusjon', 'utestengelse fra direkteoppgjør', 'tilbakekreving av 148 000 kroner etter kontroll av takstbruk'],
        details: {
          train: [
            'Helfo har kontrollert klinikkens takstbruk og mener takstene er brukt feil.',
            'Som behandler har jeg alltid fulgt regelverket for direkte oppgjør.',
            'Tilbakekrevingen bygger på et utvalg regninger som ikke er representativt.',
            'Reaksjonen er uforholdsmessig streng for en helseaktør uten tidligere merknader.',
            'Behandleren har fått varsel om tilbakekreving av refusjon for takster brukt uten grunnlag.',
            'Helfo har kontrollert regningene og vil tilbakekreve utbetalt refusjon.',
            'Tapet av retten til direkte oppgjør vil ramme pasientene.',
          ],
          eval: [
            'Klinikken erkjenner enkelte feil i takstbruken, men de skyldes misforståelser og ikke forsett.',
            'Helfo har ikke tatt hensyn til at pasientjournalene dokumenterer den utførte behandlingen.',
            'Beløpet som kreves tilbakebetalt, vil føre til at praksisen må legges ned.',
            'Kontrollrapporten inneholder feil om antall konsultasjoner.',
          ],
        },
      },
      nn: {
        benefit: ['retten til direkte oppgjer'],
        subject: ['tap av retten til direkte oppgjer', 'tilbakekrevjing av refusjon'],
        details: { train: ['Helfo har kontrollert takstbruken på klinikken og meiner takstane er brukte feil.'], eval: ['Beløpet som vert kravd tilbakebetalt, vil føre til at praksisen må leggjast ned.'] },
      },
    },
    medical: { train: [], eval: [] },
  },
];

export function areaSpec(code: string): AreaSpec {
  const spec = areaSpecs.find((a) => a.code === code);
  if (!spec) throw new Error(`no corpus text for area ${code}`);
  return spec;
}
