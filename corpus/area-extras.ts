import type { Lang } from './areas.ts';

/**
 * Train-only phrasings for the three NAV benefits that share most of their vocabulary (sykdom,
 * arbeidsevne, behandling): sykepenger (ftrl. kapittel 8), arbeidsavklaringspenger (kapittel 11) and
 * uføretrygd (kapittel 12). Real letters about one of them often name the others in passing, as the
 * history of the case (sykepenger -> AAP -> uføretrygd), so these sentences teach the model what sets
 * each apart - permanence and uføregrad for uføretrygd; avklaring, aktivitetsplan and meldekort for
 * AAP; sykmelding, arbeidsgiverperiode and maksdato for sykepenger - rather than which benefit is named.
 * Used by letter.ts for train families only: the eval letters never contain these sentences.
 */
export interface AreaExtra {
  benefit?: Partial<Record<Lang, string[]>>;
  subject?: Partial<Record<Lang, string[]>>;
  details: Partial<Record<Lang, string[]>>;
  medical: string[];
}

export const areaExtras: Record<string, AreaExtra> = {
  disability: {
    benefit: {
      nb: ['uføretrygd etter folketrygdloven kapittel 12', 'gradert uføretrygd', 'uføretrygd som ung ufør', 'varig uføretrygd'],
      nn: ['uføretrygd etter folketrygdlova kapittel 12', 'gradert uføretrygd'],
    },
    subject: {
      nb: ['avslag på uføretrygd fordi inntektsevnen ikke anses varig nedsatt', 'fastsetting av uføregrad til 60 prosent', 'avslag på uføretrygd etter § 12-6', 'reduksjon av uføretrygden'],
      nn: ['avslag på uføretrygd fordi inntektsevna ikkje er varig nedsett'],
    },
    details: {
      nb: [
        'Etter tre år med arbeidsavklaringspenger søkte jeg om uføretrygd, men fikk avslag.',
        'AAP-perioden min er brukt opp, og nå mener NAV at jeg ikke har rett til uføretrygd heller.',
        'Jeg har hatt sykepenger, deretter AAP, og det er nå klart at jeg aldri kommer tilbake i arbeid.',
        'NAV mener at arbeidsrettede tiltak ikke er prøvd, men jeg var i tiltak i flere år uten at inntektsevnen ble bedre.',
        'Vilkåret i folketrygdloven § 12-6 om at sykdom er hovedårsaken til den nedsatte inntektsevnen er oppfylt.',
        'Uføregraden er fastsatt ut fra en inntekt jeg ikke lenger kan tjene, og må settes høyere.',
        'Inntekt før uførhet skal beregnes ut fra de beste årene mine, ikke de siste årene da jeg var syk.',
        'Uføretrygden er redusert fordi NAV mener jeg har tjent over inntektsgrensen.',
        'Jeg har hatt funksjonsnedsettelsen siden jeg var barn og søker om uføretrygd med rettigheter som ung ufør.',
        'Nevrologen har konkludert med at tilstanden er varig, og at jeg ikke vil kunne arbeide igjen.',
        'Jeg søkte om uføretrygd da arbeidsavklaringspengene tok slutt.',
        'Opptjeningstiden i trygden er beregnet feil, slik at uføretrygden blir for lav.',
        'Jeg ber om at uføretidspunktet settes tilbake til da jeg ble sykmeldt første gang.',
        'Det er ikke realistisk at jeg kan komme i noe arbeid, heller ikke tilrettelagt arbeid.',
        'Jeg har 50 prosent uføretrygd og ber om økt uføregrad fordi helsen er blitt dårligere.',
        'Barnetillegget i uføretrygden er beregnet feil.',
        'Etter mange år med sykdom har jeg ingen mulighet til å komme tilbake i inntektsgivende arbeid.',
        'NAV har ikke tatt hensyn til at jeg har forsøkt å jobbe gradert i lang tid uten å lykkes.',
        'Legen og psykologen er enige om at jeg har varig nedsatt evne til å arbeide.',
        'Jeg er uenig i at jeg har en restarbeidsevne som kan utnyttes i et vanlig arbeidsforhold.',
      ],
      nn: [
        'Etter tre år med arbeidsavklaringspengar søkte eg om uføretrygd, men fekk avslag.',
        'Uføregraden er sett for lågt, for eg klarer ikkje å arbeide i det heile.',
        'Tilstanden min er varig, og eg kjem ikkje tilbake i arbeid.',
      ],
      en: ['I received work assessment allowance for three years before applying for disability benefit.', 'My illness is permanent and I will not be able to work again.'],
      sv: ['Jag fick arbetsavklaringspenning i tre år innan jag ansökte om uføretrygd.'],
      da: ['Jeg fik arbejdsafklaringsydelse i tre år, før jeg søgte om uføretrygd.'],
    },
    medical: [
      'Funksjonsnivået har vært stabilt lavt i flere år, og videre behandling ventes ikke å bedre inntektsevnen.',
      'Sykdommen er hovedårsaken til den nedsatte inntektsevnen. Tilbakeføring til arbeid er ikke realistisk.',
      'Pasienten har mottatt arbeidsavklaringspenger i flere år. Arbeidsrettede tiltak er forsøkt uten effekt, og jeg anbefaler uføretrygd.',
      'Tilstanden må anses som varig. Jeg støtter søknaden om uføretrygd med uføregrad 100 prosent.',
      'Pasienten har en fremadskridende nevrologisk sykdom med varig funksjonstap.',
      'Restarbeidsevnen vurderes som ubetydelig, også i tilrettelagt arbeid.',
      'Det er ikke utsikt til at pasienten kan gjenvinne evnen til å arbeide. Uførheten skyldes sykdommen.',
    ],
  },
  work_assessment: {
    benefit: {
      nb: ['arbeidsavklaringspenger etter folketrygdloven kapittel 11', 'AAP under behandling', 'AAP i ventetid', 'arbeidsavklaringspenger under arbeidsrettet tiltak'],
      nn: ['arbeidsavklaringspengar etter folketrygdlova kapittel 11'],
    },
    subject: {
      nb: ['stans av AAP fordi meldekortet ikke ble sendt', 'avslag på AAP etter § 11-5', 'at vilkårene for arbeidsavklaringspenger ikke er oppfylt', 'reduksjon av arbeidsavklaringspenger'],
      nn: ['stans av AAP fordi meldekortet ikkje vart sendt'],
    },
    details: {
      nb: [
        'NAV stanset arbeidsavklaringspengene fordi meldekortet kom noen dager for sent.',
        'Jeg har sendt meldekort hver fjortende dag og har ikke hatt fravær fra aktivitetene.',
        'I 11-vedtaket står det at jeg ikke har behov for arbeidsrettet tiltak, men det stemmer ikke.',
        'Jeg hadde sykepenger i ett år og søkte om AAP da jeg nådde maksdato.',
        'Jeg er ikke ferdig avklart og kan ikke søke uføretrygd ennå, så jeg trenger AAP videre.',
        'Legen mener jeg kan komme tilbake i arbeid når behandlingen er ferdig.',
        'AAP ble stanset fordi NAV mener jeg ikke har fulgt aktivitetsplanen.',
        'Jeg er under utredning hos spesialist og trenger arbeidsavklaringspenger mens behandlingen pågår.',
        'Jeg har fått plass på et arbeidsrettet rehabiliteringsopphold, og AAP må løpe til det er gjennomført.',
        'Vilkåret i folketrygdloven § 11-5 om nedsatt arbeidsevne er oppfylt.',
        'NAV har forlenget AAP med bare seks måneder, selv om jeg fortsatt er under avklaring.',
        'Jeg ble henvist til arbeidsevnevurdering da sykepengene tok slutt.',
        'Jeg vil gjerne tilbake i jobb, men trenger mer tid med behandling og oppfølging fra NAV.',
        'Dagsatsen for arbeidsavklaringspengene er beregnet ut fra feil inntekt.',
        'Jeg har en plan med NAV-veilederen om arbeidsutprøving, og den er ikke fullført.',
        'NAV mener jeg har fått den behandlingen jeg trenger, men det er fortsatt håp om bedring.',
        'Det er for tidlig å si om jeg kan jobbe igjen, og derfor må jeg få AAP mens det avklares.',
        'Jeg deltar på kurs gjennom NAV og har aktivitetsplikt som jeg overholder.',
      ],
      nn: [
        'NAV stansa arbeidsavklaringspengane fordi meldekortet kom nokre dagar for seint.',
        'Eg hadde sjukepengar i eitt år og søkte om AAP då eg nådde maksdato.',
        'Eg følgjer aktivitetsplanen og er framleis under avklaring.',
      ],
      en: ['I received sickness benefit for a year and then applied for work assessment allowance.', 'I follow my activity plan with NAV and send my reporting cards on time.'],
      sv: ['Jag skickar meldekort varannan vecka och följer aktivitetsplanen.'],
      da: ['Jeg sender meldekort hver fjortende dag og følger aktivitetsplanen.'],
    },
    medical: [
      'Pasienten har nedsatt arbeidsevne, men bedring er forventet med behandling og tilrettelegging.',
      'Jeg anbefaler fortsatt arbeidsavklaringspenger mens utredningen pågår.',
      'Pasienten kan trolig øke arbeidsdeltakelsen gradvis gjennom arbeidsrettet tiltak.',
      'Det er for tidlig å konkludere med varig nedsatt arbeidsevne. Behandlingen er ikke avsluttet.',
      'Pasienten har gått ut maksdato for sykepenger og har fortsatt behov for behandling før arbeidsutprøving.',
    ],
  },
  // Both are about getting to treatment: pasientreiser pays the journey to treatment in Norway
  // (pasientreiseforskriften), Helfo Utland the treatment itself in another EØS country.
  patient_travel: {
    details: {
      nb: [
        'Pasientreiser har ikke godkjent kjøregodtgjørelse for egen bil, selv om det ikke går buss til sykehuset.',
        'Jeg bor langt fra sykehuset og må reise med fly og overnatte for hver behandling.',
        'Behandleren skrev rekvisisjon på drosje fordi jeg ikke kan gå til holdeplassen.',
        'Egenandelen for pasientreiser er trukket flere ganger, selv om jeg har frikort.',
        'Reisekostnadene til kontrollene på sykehuset blir store når jeg må reise hver uke.',
        'Jeg søkte om dekning av reise med ledsager fordi jeg er avhengig av hjelp underveis.',
        'Reisen til behandlingsstedet i Norge er lang, og Pasientreiser har bare dekket billett for buss.',
      ],
    },
    medical: ['Pasienten kan ikke benytte offentlig transport og har behov for drosje til behandling.', 'Pasienten må ha ledsager på reisen til sykehuset av medisinske grunner.'],
  },
  treatment_abroad: {
    details: {
      nb: [
        'Helfo Utland har bare dekket det behandlingen ville kostet i Norge, ikke hele regningen fra klinikken i utlandet.',
        'Jeg fikk behandlingen i et annet EØS-land etter pasientrettighetsdirektivet og søkte refusjon da jeg kom hjem.',
        'Behandlingen i utlandet krever forhåndstilsagn fordi den innebærer innleggelse over natten.',
        'Reisen og oppholdet betalte jeg selv; klagen gjelder bare refusjon for selve behandlingen i utlandet.',
        'Jeg har europeisk helsetrygdkort og fikk nødvendig helsehjelp under ferie i Frankrike.',
        'Regningen fra sykehuset i Spania er oversatt og vedlagt søknaden om refusjon.',
      ],
    },
    medical: ['Behandlingen i utlandet var medisinsk nødvendig og ville vært gitt i den offentlige helsetjenesten i Norge.'],
  },
  sick_pay: {
    benefit: {
      nb: ['sykepenger etter folketrygdloven kapittel 8', 'sykepenger ved gradert sykmelding', 'sykepenger etter maksdato'],
      nn: ['sjukepengar etter folketrygdlova kapittel 8'],
    },
    subject: {
      nb: ['avslag på sykepenger etter § 8-4', 'stans av sykepenger fordi aktivitetskravet ikke var oppfylt', 'fastsetting av maksdato for sykepenger', 'avslag på sykepenger for egenmeldingsdager'],
      nn: ['stans av sjukepengar fordi sjukmeldinga kom for seint'],
    },
    details: {
      nb: [
        'NAV mener jeg har nådd maksdato etter 248 sykepengedager, men dagene er talt feil.',
        'Inntektsmeldingen fra arbeidsgiveren kom for sent, og derfor ble sykepengene forsinket.',
        'Jeg var gradert sykmeldt 60 prosent og jobbet resten, men har fått utbetalt for lite.',
        'NAV mener jeg ikke var i aktivitet etter åtte uker, men arbeidsgiveren kunne ikke tilrettelegge.',
        'Sykmeldingen gjelder fra februar, men NAV har bare godkjent sykepenger fra mars.',
        'Jeg har vært sykmeldt i nesten ett år, og skal søke AAP når sykepengene tar slutt.',
        'Som selvstendig næringsdrivende har jeg rett til sykepenger fra den 17. dagen.',
        'Søknaden om sykepenger ble sendt innen fristen på tre måneder.',
        'Egenmeldingsdagene er ikke regnet med i arbeidsgiverperioden.',
        'Jeg var sykmeldt fra to arbeidsforhold, men sykepengene er bare beregnet fra det ene.',
        'Jeg ble friskmeldt for tidlig og måtte sykmeldes på nytt etter en uke.',
        'Legen har skrevet sykmelding for hele perioden, og jeg var ute av stand til å jobbe.',
        'Arbeidsgiveren har forskuttert lønn under sykdom og krever refusjon fra NAV.',
        'Jeg var arbeidsledig da jeg ble syk, og har rett til sykepenger som arbeidssøker.',
      ],
      nn: ['Eg var gradert sjukmeld 50 prosent, men fekk for lite utbetalt.', 'Arbeidsgivaren betalte arbeidsgivarperioden, men sjukepengane frå NAV kom aldri.'],
      en: ['My doctor signed me off work for eight weeks and my employer paid the first sixteen days.'],
      sv: ['Min läkare sjukskrev mig i åtta veckor.'],
      da: ['Min læge sygemeldte mig i otte uger.'],
    },
    medical: [
      'Pasienten er sykmeldt 100 % på grunn av akutte ryggsmerter og forventes tilbake i arbeid om seks uker.',
      'Gradert sykmelding er vurdert, men pasienten kan foreløpig ikke utføre sitt arbeid.',
      'Pasienten forventes å bli arbeidsfør i løpet av kort tid.',
      'Sykmeldingen forlenges med fire uker. Det er ikke aktuelt med tilrettelegging hos arbeidsgiver nå.',
    ],
  },
};
