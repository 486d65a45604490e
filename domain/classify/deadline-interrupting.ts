/**
 * The deadline-interrupting appeal as people actually write it: not the heading «Fristavbrytende
 * klage» (rules.ts) but "jeg klager, men rekker ikke å skrive alt nå … sender mer". Read as an
 * ordinary appeal it would open no `grounds` deadline and the promised grounds would be lost, so
 * such a letter must never pass as an ordinary appeal with confidence (issue 13, item 6).
 *
 * A letter is deadline-interrupting in intent when it appeals AND either promises the grounds later
 * or asks that the deadline be kept. Each cue is named, for the explanation shown to the archivist.
 * (Boundaries are written out as lookarounds: JavaScript's \b is ASCII-only even with the u flag, so
 * it fails before «överklagar» or after «nå».)
 */
import { readable, widened } from '../text/fold.ts';
import { readOnce } from '../text/read-once.ts';
import { headedAsAppeal, toldEarlierAppeals, withoutEarlierAppeals } from './earlier-appeal.ts';
import { readLodgedAppeal } from './lodged-appeal.ts';

export interface InterruptionCue {
  label: string;
  pattern: RegExp;
  /**
   * Read in questions too: «Kan jeg få utsatt frist …?» asks that the deadline be kept, and «jeg rekker ikke å skrive
   * alt nå, kan jeg sende resten senere?» says what the writer cannot do whatever follows it. The other promises
   * asked as a question («Skal jeg sende mer dokumentasjon?», QA s21 C05) are only an asksToSendLater reading.
   */
  readsQuestions?: true;
}

/**
 * The letter without its questions, on one line as ownWords gives it: a question runs back to the last «.», «!»,
 * «?» or dash, so «I will send my reasons later — is that OK?» keeps its promise as a statement.
 */
function withoutQuestions(flat: string): string {
  return flat.replace(/[^.!?–—]*\?/g, ' ');
}

/** The writer appeals (the first person, in the five languages; «som varsla klagar eg» puts the verb first). */
const APPEALS = /(?<![\p{L}\d])(jeg|eg|vi|me|jag|hun|han)(?![\p{L}\d])[^.\n]{0,40}(?<![\p{L}\d])(klager|klagar|klage|klaga|påklager|påklage|overklager|overklage|ankar|överklagar|överklaga|appeal(?:ing)?)(?![\p{L}\d])|(?<![\p{L}\d])(klager|klagar|påklager|overklager|ankar|överklagar) (jeg|eg|vi|me|jag)(?![\p{L}\d])|(?<![\p{L}\d])(dette er (en|ein) (foreløpig |førebels )?klage|this as my appeal|as an appeal|uenig i vedtaket|usamd i vedtaket|disagree with the decision|fristavbryt\p{L}*|avbryte klagefristen)(?![\p{L}\d])/iu;

/** English, apart: its "I" is case-sensitive, or Norwegian «i» (in) would read as a writer appealing. */
const APPEALS_EN = /(?<![\p{L}\d])(I|We)(?![\p{L}\d])[^.\n]{0,40}(?<![\p{L}\d])(appeal|appealing|complain)(?![\p{L}\d])/u;

/**
 * The wish to appeal, wherever the writer stands: «Jeg har fått vedtaket … og ønsker å klage», «vil gjerne klage», sv
 * «vill överklaga», en «I wish to appeal». Read only beside an earlier appeal (tellsOnlyOfEarlierAppeal): the letter
 * lodges one now.
 */
const WANTS_TO_APPEAL = /(?<![\p{L}\d])(vil|ønsker å|ønskjer å|ønsker at|gerne|gjerne|vill|önskar|want to|wish to|would like to)\s+(gerne\s+|gjerne\s+|også\s+|òg\s+|formally\s+|hereby\s+)?(klage|klaga|påklage|påklaga|overklage|överklaga|anke|appeal)(?![\p{L}\d])/iu;

/** The first instance's voice: a transfer letter reports an appeal, it does not make one. */
const FIRST_INSTANCE_VOICE = /(?<![\p{L}\d])(oversend\p{L}* (av )?klagesak\p{L}*|oversender (klage)?saken|(Nav|Helfo|vi) har vurdert klagen|finner ikke grunn til å endre vedtaket|finn ikkje grunn til å endre vedtaket|sakens dokumenter)(?![\p{L}\d])/iu;

/** «before now», «earlier»: the late writer says why nothing came sooner, not that more comes later. */
const UNTIL_NOW = 'før nå|før no|før nu|förrän nu|until now|before now|earlier|tidligere|tidlegare|tidigere|tidigare';

/** The grounds come later. */
const LATER: InterruptionCue[] = [
  // «klagen kommer sent» is the late appeal (LATE below), not a promise that the appeal comes later.
  // «klagen kommer (dessverre) etter fristen» is the late appeal too (late19).
  // «Utfyllende begrunnelse følger vedlagt», «begrunnelsen følger her/nedenfor»: the grounds are in this post, not to come
  // (session 24, the review of speed24: such an appeal was routed as deadline-interrupting with a grounds deadline).
  { label: 'grounds follow later', pattern: /(?<![\p{L}\d])(begrunnelse|begrunnelsen|grunngjeving|grunngjevinga|grunngiving|motivering|motiveringen|begrundelse|begrundelsen|reasons|klagen)(?![\p{L}\d])[^.\n]{0,50}(?<![\p{L}\d])(ettersend\w*|kommer|kjem|følger|fylgjer|will follow|to follow|follows|kommer senere|sendes senere|sender jeg)(?![\p{L}\d])(?!\s+(?:dessverre\s+|desværre\s+)?(?:(?:for\s+|litt\s+|noe\s+|altfor\s+|så\s+)?(?:sent|seint|seent)|(?:etter|efter)\s+(?:klage)?fristen)(?![\p{L}\d]))(?!\s+(?:her|vedlagt|vedlagd|i vedlegg\p{L}*|som vedlegg|nedenfor|nedanfor|nedenunder|hermed|med dette|attached|enclosed|below|herewith|bifogad|bifogat|nedan|vedhæftet)(?![\p{L}\d]))/iu },
  { label: 'sends more later', pattern: /(?<![\p{L}\d])(sender|sendar|senda|sende|skickar|(?:jag|vi)\s+(?:kommer\s+att|ska|skall)\s+skicka|send|sendes|kommer med|ettersender|eftersender)(?![\p{L}\d])[^.\n]{0,40}(?<![\p{L}\d])(mer|meir|resten|the rest|more|utfyllende|fullstendig|nærare|nærmere|utförlig|fuldstændig|detailed|full|begrunnelse|begrunnelsen|grunngjeving|grunngjevinga|motivering|begrundelse|reasons)(?![\p{L}\d])/iu },
  { label: 'details later', pattern: /(?<![\p{L}\d])(uddybning|utdyping|utdjuping|begrundelse|grunngjeving|begrunnelse|motivering|details|reasons)(?![\p{L}\d])[^.\n]{0,25}(?<![\p{L}\d])(senere|seinare|senare|later|efterfølgende|etterpå)(?![\p{L}\d])/iu },
  { label: 'more to come', pattern: /(?<![\p{L}\d])(mer|meir|resten|the rest|more|mere|utfyllende|utfyllande|nærmere|nærare|uddybende)\s+(kommer|kjem|følger|will follow|to follow|follows|kommer senere|ettersend\p{L}*|eftersend\p{L}*)(?![\p{L}\d])/iu },
  // Not «I was not able to write earlier», «har ikkje fått skrive før no»: why the appeal is late (late19).
  { label: 'cannot write it all now', readsQuestions: true, pattern: new RegExp(`(?<![\\p{L}\\d])(rekker|rekk|rakk|rukket|hunnit|har ikke tid|har ikkje tid|ikke i form|ikkje i form|cannot write|can't write|unable to write|not able to write|kan ikke skrive|kan ikkje skrive|not had time|haven't had time|har ikke fått skrevet|har ikkje fått skrive)(?![\\p{L}\\d])(?![^.\\n]{0,30}(?<![\\p{L}\\d])(${UNTIL_NOW})(?![\\p{L}\\d]))`, 'iu') },
  // «jeg skriver mer seinere», «I will write more when …» (late19)
  { label: 'writes more later', pattern: /(?<![\p{L}\d])(skriver|skrivar|skrive|skriva|write)\s+(mer|meir|mere|more|resten|the rest)(?![\p{L}\d])[^.\n]{0,30}(?<![\p{L}\d])(senere|seinare|senare|later|etterpå|snart|soon|når|when|så snart)(?![\p{L}\d])/iu },
  // «kommer tilbake med mer», sv «återkommer med en motivering», da «vender tilbage med en begrundelse» (late19)
  { label: 'comes back with more', pattern: /(?<![\p{L}\d])((kommer|kjem) tilbake med|kommer tilbage med|vender tilbage med|återkommer med|get back to you with|come back with)(?![\p{L}\d])[^.\n]{0,30}(?<![\p{L}\d])(mer|meir|mere|more|resten|the rest|begrunnelse\p{L}*|grunngjeving\p{L}*|motivering\p{L}*|begrundelse\p{L}*|reasons|grounds|details|uddybning)(?![\p{L}\d])/iu },
  // «skal skrive en ordentlig begrunnelse når jeg er frisk», «I will explain my reasons in a later letter»: a
  // promise only with a «when/later» in the sentence, not «jeg vil forklare begrunnelsen nedenfor» (late19)
  { label: 'will write the grounds later', pattern: /(?<![\p{L}\d])(skal|vil|ska|skall|will|shall)\s+(skrive|skriva|skriv|write|explain|forklare|forklara|utdype|utdjupe|uddybe|utveckla)(?![\p{L}\d])[^.\n]{0,40}(?<![\p{L}\d])(begrunnelse\p{L}*|grunngjeving\p{L}*|motivering\p{L}*|begrundelse\p{L}*|reasons|grounds|mer|meir|mere|more)(?![\p{L}\d])[^.\n]{0,60}(?<![\p{L}\d])(senere|seinare|senare|later|når|när|naar|when|etterpå|snart|soon|etter hvert|efterhånden)(?![\p{L}\d])/iu },
  { label: 'needs time for the grounds', readsQuestions: true, pattern: /(?<![\p{L}\d])(utsatt frist|frist til å (begrunne|ettersende|grunngje)|lengre frist|længere frist|forlænget frist|(more time|mer tid|meir tid|mere tid|litt tid|bit more time|trenger tid|treng tid|need time)[^.\n]{0,50}(begrunn|grunngje|skriv|papir|motiver|reasons|write|letter|dokument|attest|uttal|innhent|gather|evidence|journal))/iu },
  // sv «Jag kompletterar med läkarintyg och mina skäl så snart jag kan»: supplementing the appeal with its grounds.
  { label: 'grounds follow later', pattern: /(?<![\p{L}\d])(kompletterar|komplettera|kompletterer|komplettere)(?![\p{L}\d])[^.\n]{0,60}(?<![\p{L}\d])(skäl|skälen|motivering\p{L}*|begrunnelse\p{L}*|grunngjeving\p{L}*|begrundelse\p{L}*|överklagande\p{L}*|klagen|klaga)(?![\p{L}\d])/iu },
  // Papers to come are not grounds to come (lead, session 19): SPEC's cue is «nærmere begrunnelse vil ettersendes»;
  // an appeal that gives its grounds and says «se legeerklæring som ettersendes fra DPS» is an ordinary appeal
  // (QA s19 L32, corr19's n14). late19's readings of papers sent later (legeerklæring, dokumentasjon, a bare
  // «ettersender») typed such appeals deadline-interrupting and were taken out; the model's own reading stays.
  // «Further grounds will be provided», «vil komme med en fullstendig klage innen fire uker», «vil sende en
  // utdypende klage» (LOW 8)
  { label: 'more to come', pattern: /(?<![\p{L}\d])((further|more|additional|full|detailed) (grounds|reasons|information|details|documentation|evidence)[^.\n]{0,20}(will be|shall be|are to be) (provided|sent|submitted|forwarded|given)|(vil|skal|ska|kommer til å) (komme|sende|sende inn|skicka) med (en |ei |et )?(fullstendig|utfyllende|utfyllande|utdypende|utdjupande|nærmere|nærare|utförlig|fuldstændig)|(vil|skal) sende (inn )?(en |ei |et )?(fullstendig|utfyllende|utfyllande|utdypende|utdjupande) (klage|begrunnelse|grunngjeving|uttalelse))(?![\p{L}\d])/iu },
];

/** The writer wants the deadline kept. */
const KEEP_DEADLINE: InterruptionCue[] = [
  { label: 'interrupts the deadline', pattern: /(?<![\p{L}\d])(fristavbryt\w*|fristafbryd\w*|avbryt[ae]? (klage)?fristen|avbrote?n|afbryd\w* (klage)?fristen|interrupt\w* the (appeal )?deadline)/iu },
  { label: 'provisional appeal', pattern: /(?<![\p{L}\d])(foreløpig|førebels|foreløbig|preliminary|provisional|preliminär)\s+(klage|klage\w*|appeal|överklagande)(?![\p{L}\d])|(?<![\p{L}\d])(klage|appeal)\s*[-–:]\s*(foreløpig|førebels|foreløbig|preliminary|provisional)(?![\p{L}\d])/iu },
  { label: 'keeps the deadline', pattern: /(?<![\p{L}\d])(ikke la fristen|ikkje la fristen|fristen (skal|ikkje skal|ikke skal) gå ut|miss the deadline|deadline is kept|keep the deadline|within the deadline|hålla fristen|i tid|rettidig|innen fristen|før fristen går ut|fristen går ut|rekna som avbroten|regnes som rettidig|nå inden fristen|inden fristen)(?![\p{L}\d])/iu },
];

/**
 * A letter that delivers the grounds announced earlier is the ordinary appeal that closes `grounds`,
 * though it names the deadline-interrupting appeal it follows («viser til min fristavbrytende klage av
 * 3. mars, her er begrunnelsen»): the words that announce grounds must not fire on the letter that
 * brings them. Each alternative points back (to the earlier appeal, to what was announced or promised)
 * or hands the grounds over now; «sender jeg nå» alone is not enough, a first letter says it too.
 */
const EARLIER_APPEAL = '(fristavbryt\\p{L}*|fristafbryd\\p{L}*|foreløpige?|førebels[et]?|foreløbige?|tidligere|tidlegare|preliminära?|tidigare|deadline-interrupting|preliminary|provisional|earlier)';
/** Now, in this letter: «her», «nå», «herved», «med dette» (nb, nn, da). */
const NOW = 'her|herved|hermed|nå|no|nu|med dette|i dag';
/** The grounds (nb, nn, da), with what may stand before them: «den varslede», «min utfyllende». */
const GROUNDS_NO =
  '(den |min |mi |vår |vor |en |ei |ein )?(lovede |lova |lovte |varslede |varsla |annonserte |utfyllende |utfyllande |nærmere |nærare |fullstendige? |uddybende )?(begrunnelsen|grunngjevinga|grunngjevingi|begrundelsen|begrunnelse|grunngjeving|begrundelse)';
const GROUNDS_EN = '(my|the|our) (full |detailed |promised |announced )?(reasons|grounds)';
/** «sender nå begrunnelsen så snart legen har skrevet» is still a promise: not when «later» follows in the sentence. */
const NOT_LATER = "(?![^.\\n;]{0,40}(?<![\\p{L}\\d])(senere|seinare|senare|etterpå|efterfølgende|later|snart|snarest|fort|soon)(?![\\p{L}\\d]))";

/** The letter points back: to the earlier appeal, or to what was announced or promised. */
const POINTS_BACK_ALTERNATIVES = [
  // nb / nn / da
  'som (varslet|varsla|lovet|lova|lovt|annonsert)',
  `(viser|henviser|visar) til (min |mi |mine |mitt |den |det |vår |vor |hennar |hans |hennes )?${EARLIER_APPEAL} (klage|klaga|klagen|klaga|anke)`,
  `(viser|henviser|visar) til (min|mi|mine|mitt|den|det|vår|vor|hennar|hans|hennes) ${EARLIER_APPEAL}`,
  `(viser|henviser) til (den|det) ${EARLIER_APPEAL} (klage|klaga|klagen)`,
  `i (min|mi|den) ${EARLIER_APPEAL} (klage|klaga)`,
  '(den|min|mi) (varslede|varsla|lovede|lova|lovte|annonserte) (begrunnelsen|grunngjevinga|begrundelsen)',
  // sv
  'den (utlovade|aviserade) motiveringen',
  'som (jag )?(aviserat|utlovat|meddelat|lovat)',
  `(hänvisar|hänvisar jag) till (mitt|vårt|det) ${EARLIER_APPEAL} överklagande`,
  // en
  'as promised',
  'as announced',
  `(further to|following up on|following up|i refer to|with reference to) (my|our|the) ${EARLIER_APPEAL} appeal`,
];

/** Words that hand the grounds over and that counted on their own before session 18. */
const HANDS_OVER_ALTERNATIVES = [
  // nb / nn / da
  'her (er|kommer|kjem|følger|fylgjer) (den |min |mi |den lovede |den varslede |den lova |den varsla )?(utfyllende |utfyllande |nærmere |nærare |fullstendige |uddybende )?(begrunnelsen|grunngjevinga|grunngjevingi|begrundelsen|begrunnelse|grunngjeving|begrundelse)',
  'hermed (følger|følger|sendes|kommer) (den |min )?(utfyllende |uddybende |nærmere )?(begrunnelsen|begrundelsen|begrunnelse|begrundelse)',
  // a lawyer's «… og gir her begrunnelsen for klagen»
  '(gir|gjev|giver) (jeg |eg |vi )?(her|herved|hermed|nå|no|nu) (den |min |mi |vår )?(utfyllende |utfyllande |nærmere |nærare |uddybende )?(begrunnelsen|grunngjevinga|begrundelsen)',
  '(sender|sendar|sendér) (jeg|eg|vi) (nå|no|herved|hermed) (den |min |mi |vår )?(utfyllende |utfyllande |nærmere |nærare |fullstendige? |uddybende |lovede |varslede )?(begrunnelsen|grunngjevinga|begrundelsen|begrunnelse|grunngjeving|begrundelse)',
  // sv
  'här (kommer|är|följer) (min |den )?(utförliga |fullständiga )?motivering(en)?',
  // en
  'here (are|is) (my|the) (full |detailed |promised )?(reasons|grounds)',
];

/**
 * Present-tense handing over (QA s18 Q40: «viser til min foreløpige klage … og sender her begrunnelsen»).
 * A first appeal says the same words («jeg klager og sender her begrunnelsen», then «mer ettersendes»), so
 * they count only in a letter that also points back (review s18 H1); then they are taken out before the
 * promise is looked for, as «sender … begrunnelsen» would read as one.
 */
const HANDS_OVER_NOW_ALTERNATIVES = [
  // nb / nn / da
  `(sender|sendar|sendér|fremsender|oversender) (jeg |eg |vi )?(${NOW}) ${GROUNDS_NO}${NOT_LATER}`,
  `vedlagt (er|følger|fylgjer|ligger|sendes|sender jeg|sender eg|fremsendes|oversendes) ${GROUNDS_NO}${NOT_LATER}`,
  `(hermed|herved|her) (fremsendes|oversendes|sendes) ${GROUNDS_NO}${NOT_LATER}`,
  // sv
  `(skickar|sänder|översänder) (jag |vi )?(härmed|här|nu|med detta) (min |vår |den )?(utförliga |fullständiga |utlovade |aviserade )?motivering(en)?${NOT_LATER}`,
  `(härmed|här|nu) (skickar|sänder|översänder) (jag |vi )?(min |vår |den )?(utförliga |fullständiga |utlovade |aviserade )?motivering(en)?${NOT_LATER}`,
  'härmed (följer|skickas|översänds) (min |den )?(utförliga |fullständiga )?motivering(en)?',
  // en: «I send my reasons when …» is a promise, so the present tense hands over only with «hereby»
  `please find (attached |enclosed |below |herewith )?${GROUNDS_EN}`,
  `(i|we) (hereby|herewith|now) (send|submit|enclose|provide) (you )?${GROUNDS_EN}${NOT_LATER}`,
  `(i am|i'm|we are|we're) (hereby|herewith) (sending|submitting|enclosing|providing) (you )?${GROUNDS_EN}`,
];

function anyOf(alternatives: string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\d])(${alternatives.join('|')})(?![\\p{L}\\d])`, flags);
}

const POINTS_BACK = anyOf(POINTS_BACK_ALTERNATIVES, 'iu');
const DELIVERS_GROUNDS = anyOf([...POINTS_BACK_ALTERNATIVES, ...HANDS_OVER_ALTERNATIVES], 'iu');
const HANDS_OVER_NOW_EVERYWHERE = new RegExp(widened(anyOf(HANDS_OVER_NOW_ALTERNATIVES, 'iu')).source, 'giu');

/**
 * Promises left in a delivering letter that LATER does not catch, as the writer of a second letter puts
 * them: «legeerklæring ettersendes», «det kommer mer», «jag återkommer», «I will provide further reasons»;
 * and a letter that still calls itself provisional or asks to be read as deadline-interrupting owes the grounds (review s18).
 */
const PROMISE_LEFT: RegExp[] = [
  /(?<![\p{L}\d])(ettersend\p{L}*|eftersend\p{L}*|kommer (tilbake )?med|kjem (tilbake )?med|det (kommer|kjem) (mer|meir|mere)|(kommer|kjem) etter hvert|(kommer|kjem) etter kvart|återkommer|further (reasons|grounds|details)|will (send|provide|submit|follow up))(?![\p{L}\d])/iu,
  // the letter calls itself provisional; not «som lovet i den fristavbrytende klagen», which names the earlier one
  /(?<![\p{L}\d])((dette|denne|det|klagen|klaga|brevet) (er|må|skal|blir) (en |ei |ein )?(foreløpig|førebels|foreløbig)( klage| klaga)?|detta är ett preliminärt överklagande|this is a (preliminary|provisional) appeal|avbryt\p{L}* (klage)?fristen|afbryd\p{L}* (klage)?fristen|interrupt\p{L}* the (appeal )?deadline)(?![\p{L}\d])/iu,
  /(?<![\p{L}\d])(regnes|regnast|reknast|rekna|anses|ses|betraktes) som (fristavbryt\p{L}*|fristafbryd\p{L}*|foreløpig|førebels)/iu,
];

/** Every place the letter hands grounds over or points back, to take them out before looking for a promise. */
const DELIVERS_GROUNDS_EVERYWHERE = new RegExp(widened(DELIVERS_GROUNDS).source, 'giu');

/**
 * The writer says the appeal itself is late and asks to be heard anyway (forvaltningsloven § 31): the
 * opposite of interrupting a deadline that still runs, though it shares its words (QA s14 f HIGH-1).
 * Not after a negation: «så klagen ikke kommer for sent» is the deadline-interrupting writer's worry
 * (in the same sentence: «… som ikkje vart dekt. Orsak at det …» is an apology).
 */
/** «likevel», «anyway»: what a late writer asks the appeal be heard despite. */
const ANYWAY = 'likevel|likevæl|alligevel|ändå|anyway|all the same|nevertheless|nonetheless';

const NOT_BEFORE = '(?<!(?:ikke|ikkje|inte|ikk|not|never|aldri|aldrig)\\s+(?:[^\\s.]+\\s+){0,2})';
const LATE = new RegExp(
  `${NOT_BEFORE}(?<![\\p{L}\\d])(` +
    [
      // nb / nn / da
      '(klagen|klaga|klage|appellen)( min| mi)? (kommer|kjem|er|var) (litt |noe |altfor |for )?(sent|seint|seent)',
      '(for|altfor) (sent|seint)',
      '(klage)?fristen (er|var|har) (gått|gått ut|gjenge|gjenge ut|gått ut|passert|overskredet|oversitt\\p{L}*|utløpt|udløbet|ute|løbet ud|overskredet)',
      '(klage)?fristen (er|var) (allerede |alt |dessverre |desverre )?(gått|gjengen|gjenge|passert|ute|utløpt|udløbet|overskredet)',
      '(klage)?fristen (gikk|løp|rann) ut',
      'oversitt\\p{L}* (klage)?frist\\p{L}*',
      '(klage)?frist\\p{L}* (er |var )?oversitt\\p{L}*',
      'etter (at )?(klage)?fristen',
      'efter (at )?(klage)?fristen',
      'forvaltningslov(en|a)? § ?31',
      'fvl\\.? § ?31',
      // sv
      '(för|alltför) sent',
      '(över)?klagandet (kommer|är) (för )?sent',
      '(klago|överklagande)?fristen (har )?(gått ut|löpt ut|passerat)',
      // en
      'too late',
      '(is|am|are) late',
      'out of time',
      '(after|past) the (appeal )?deadline',
      '(the|my) (appeal )?deadline (has )?(passed|expired)',
      '(missed|have missed|has missed) the (appeal )?deadline',
      'late appeal',
      // asks that the appeal be heard all the same (late19): «ber om at klagen likevel blir behandlet», «please
      // consider my appeal anyway»; the appeal and its handling both named (fix-late19: «håper … likevel»,
      // «I still consider» are no late appeal)
      `(klagen|klaga|overklagelsen|överklagandet|my appeal|the appeal)[^.\\n]{0,30}(?<![\\p{L}\\d])(${ANYWAY})(?![\\p{L}\\d])[^.\\n]{0,30}(behandl\\p{L}*|handsam\\p{L}*|prøv\\p{L}*|pröv\\p{L}*|consider\\p{L}*|tatt opp|tas opp|tages)`,
      `(consider|hear|deal with|process|behandle|handsame|pröva|prøve) (my|the|klagen|klaga|overklagelsen|överklagandet) ?(appeal)?[^.,;\\n]{0,15}(?<![\\p{L}\\d])(${ANYWAY})`,
    ].join('|') +
    ')(?![\\p{L}\\d])',
  'iu',
);

/**
 * The writer apologises for the lateness or says why nothing came sooner (late19, QA s19 L31: «Jeg vil
 * klage på dette. Jeg beklager at det er sent, men jeg lå på sykehuset»), without saying the deadline has
 * passed. That is a late appeal when nothing more is promised; a writer who also promises the grounds
 * later still wants the deadline interrupted (SPEC), and an apology does not show the deadline ran out.
 * The English apology reads only "late"/"delay": "sorry, I sent the wrong form" is no late appeal; a Nordic
 * «sorry» counts only before «at/att».
 */
/**
 * «Beklager sen respons på brevet deres om dokumentasjon»: late with an answer to a letter, not with the
 * appeal (fix-late19, LOW 6). Only an apology about the appeal counts.
 */
const NOT_ABOUT_A_LETTER =
  '(?![\\p{L}\\d])(?![^.\\n!?]{0,25}(?<![\\p{L}\\d])(på|pa|til|om|to|on|about|with) ([^\\s.]+ ){0,2}?(brev\\p{L}*|letter\\p{L}*|henvendels\\p{L}*|førespurnad\\p{L}*|forespørsel\\p{L}*|e-post\\p{L}*|email\\p{L}*|melding\\p{L}*|spørsmål\\p{L}*|request\\p{L}*|message\\p{L}*|query|brev)(?![\\p{L}\\d]))';

const APOLOGISES = new RegExp(
  `${NOT_BEFORE}(?<![\\p{L}\\d])(` +
    [
      // nb / nn / sv / da: an apology, then the lateness in the same clause
      `(beklager|beklagar|unnskyld|unnskyld\\p{L}*|orsak|lei for|förlåt|ursäkta|undskyld|ked af|sorry at|sorry att)(?![\\p{L}\\d])[^.\\n!?]{0,40}(?<![\\p{L}\\d])(sent|seint|sein|sen|seine|sene|tidligere|tidlegare|tidigare|forsinkelse\\p{L}*|forsinking\\p{L}*|försening\\p{L}*|så lang tid|so lang tid|så lång tid|taget så lang|tatt så lang|teke så lang)${NOT_ABOUT_A_LETTER}`,
      // en
      `(sorry|apologi[sz]e|apologies|apology)(?![\\p{L}\\d])[^.\\n!?]{0,40}(?<![\\p{L}\\d])(late|delay|delayed|so long)${NOT_ABOUT_A_LETTER}`,
      // the reason nothing came sooner: «har ikke klart å skrive før nå», «så ikke posten før nå»
      `(ikke|ikkje|inte|ikk|not|couldn't|could not|unable to)\\s+(\\S+\\s+){0,3}?(klart|greidd|greid|kunnet|kunna|orket|orka|vært i stand|vore i stand|haft kræfter|hatt krefter|been able|able|managed)(?![\\p{L}\\d])[^.\\n]{0,40}(?<![\\p{L}\\d])(${UNTIL_NOW})`,
      `(så|såg|saw|fikk|fekk|fick|fik|got|received)\\s+(ikke|ikkje|inte|ikk|not)\\s+(\\S+\\s+){0,2}?(før|förrän|until|before)\\s+(nå|no|nu|now)`,
    ].join('|') +
    ')(?![\\p{L}\\d])',
  'iu',
);

/**
 * What someone else asked the writer to send, told in passing: «Jeg har ikke fått noe brev om å sende inn mer, men …»,
 * «Nav ba meg sende mer dokumentasjon», «a letter asking me to send more». It is no promise of the writer's (QA s22
 * a10: an e-mail appeal with its grounds read as deadline-interrupting from «brev om å sende inn mer»), so it is taken
 * out with the quoted lines of a thread. Both ways in need a send verb right after: a message noun then «om å/att/at»
 * («beskjed om at jeg klager …» is the writer's own notice, «anmodning om å få utsatt frist» the writer's own request,
 * «ber om å få sende mer» a promise), or a past «ask». Only the verb and at most three words go, never past a
 * punctuation mark and stopping before a conjunction or a subject pronoun, so a promise after the request still reads:
 * «Nav ba meg sende mer og jeg sender begrunnelsen senere», «Helfo bad meg sende meir og grunngjevinga kjem seinare»
 * (review of qafix22: taking the clause to its end lost those).
 */
const SEND_VERB = '(?:sende|senda|skicka|send|sending|ettersende|eftersende|komme\\s+med)(?![\\p{L}\\d])';
/**
 * What one gets rather than writes: «anmodning», «forespørsel», «request» are left out, since «Jeg sender en forespørsel
 * om å sende begrunnelsen senere» is the writer's own request to send later.
 */
const MESSAGE_NOUN =
  '(?:brev|brevet|beskjed|beskjeden|melding|meldinga|meldingen|oppfordring|påminnelse|purring|e-post|eposten|sms|meddelande|besked|letter|message|reminder|notice)';
const ASKED = '(?:ba|bad|bedt|bett|bede|asked|told|requested|uppmanade|anmodede|oppfordret|oppmoda)';
/** Where what was asked ends without a punctuation mark: a conjunction or the writer as a subject («… og jeg sender …»). */
const CLAUSE_OPENER = '(?:og|men|och|and|but|så|so|fordi|eftersom|because|since|selv|mens|medan|while|når|när|when|jeg|eg|jag|I|vi|me|we)(?![\\p{L}\\d])';
const REPORTED_REQUEST = new RegExp(
  `(?<![\\p{L}\\d])(?:${MESSAGE_NOUN}(?:\\s+(?:fra|frå|från|from)\\s+[^\\s.,;]+)?\\s+(?:om\\s+(?:å|att|at)|asking\\s+(?:me\\s+|us\\s+)?to|about)|${ASKED}\\s+(?:meg|mig|me|oss|os|us|henne|ham|honom)(?:\\s+om)?(?:\\s+(?:å|att|at|to))?)\\s+${SEND_VERB}(?:\\s+(?!${CLAUSE_OPENER})[^\\s.,;:!?]+){0,3}`,
  'giu',
);

/**
 * The letter on one line, without the quoted lines of an e-mail thread and without the requests it reports
 * (REPORTED_REQUEST): those are the other side's words («please send your reasons»).
 */
const ownWords = readOnce((text: string): string => {
  return readable(text).split('\n').filter((l) => !/^\s*>/.test(l)).join('\n').replace(/\s*\n\s*/g, ' ').replace(REPORTED_REQUEST, ' ');
});

/**
 * The writer delivers the grounds of a deadline-interrupting appeal sent earlier: not a transfer letter
 * reporting one, and not a letter that also says it still owes them (an archivist reads that one).
 * The words that hand the grounds over («sender jeg nå utfyllende begrunnelse») are taken out first, as
 * they would read as a promise; any promise of later grounds left in the letter means it does not
 * deliver them: pointing back to earlier contact is also how a deadline-interrupting appeal opens
 * («som varslet på telefon klager jeg … begrunnelsen kommer», review s16 fix16 H1).
 */
export function deliversAnnouncedGrounds(text: string): boolean {
  const flat = ownWords(text);
  const reads = (pattern: RegExp) => widened(pattern).test(flat);
  if (!reads(DELIVERS_GROUNDS) || reads(FIRST_INSTANCE_VOICE)) return false;
  const handedOverNow = reads(POINTS_BACK) ? flat.replace(HANDS_OVER_NOW_EVERYWHERE, ' ') : flat;
  const rest = handedOverNow.replace(DELIVERS_GROUNDS_EVERYWHERE, ' ');
  const promises = [...LATER.map((c) => c.pattern), ...PROMISE_LEFT];
  return !promises.some((p) => widened(p).test(rest));
}

/** The writer says the appeal is late (and asks that it be heard all the same). */
export function saysAppealIsLate(text: string): boolean {
  return widened(LATE).test(ownWords(text));
}

/** The writer apologises for the lateness or explains it, without saying the deadline has passed. */
export function apologisesForLateness(text: string): boolean {
  return widened(APOLOGISES).test(ownWords(text));
}

/**
 * The letter tells of an appeal the writer sent earlier (earlier-appeal.ts) and lodges none now: no appeal words left
 * once the telling words are taken out («Jeg sendte klage i mars. Skal jeg sende begrunnelsen senere?»), no wish to
 * appeal, no lodging in the older wordings (lodged-appeal.ts: a session-23 wording restates an earlier appeal as often as it lodges), no heading naming the letter an appeal. A writer who appeals again or appeals another decision
 * («Jeg har tidligere klaget på et annet vedtak. Nå klager jeg på …») lodges, and is read as before.
 */
export const tellsOnlyOfEarlierAppeal = readOnce((text: string): boolean => {
  const flat = ownWords(text);
  if (toldEarlierAppeals(flat).length === 0) return false;
  const rest = withoutEarlierAppeals(flat);
  const lodgesNow = [APPEALS, APPEALS_EN, WANTS_TO_APPEAL].some((p) => widened(p).test(rest)) || headedAsAppeal(text) || readLodgedAppeal(text)?.newWording === false;
  return !lodgesNow;
});

export interface InterruptionSignal {
  /** The cues that matched, for the explanation. */
  cues: string[];
}

/** The cues read in the writer's statements, and the promises found only inside a question (labels). */
interface InterruptionReading {
  signal: InterruptionSignal | null;
  askedLater: string[];
}

const readInterruption = readOnce((text: string): InterruptionReading => {
  const none: InterruptionReading = { signal: null, askedLater: [] };
  const flat = ownWords(text);
  // Each pattern reads its letters widened (text/fold.ts): "foreløpig" as "forelopig", "nå" as "naa".
  const reads = (pattern: RegExp) => widened(pattern).test(flat);
  if (!(reads(APPEALS) || reads(APPEALS_EN)) || deliversAnnouncedGrounds(text) || reads(FIRST_INSTANCE_VOICE)) return none;
  const stated = withoutQuestions(flat);
  const later = LATER.filter((c) => widened(c.pattern).test(c.readsQuestions ? flat : stated)).map((c) => c.label);
  const askedLater = later.length > 0 ? [] : LATER.filter((c) => reads(c.pattern)).map((c) => c.label);
  // What a letter about an appeal already lodged says of the grounds («den kommer så snart legen har skrevet») is
  // about that appeal: it interrupts no deadline (session 22). A promise it only asks stays an asksToSendLater reading.
  if (tellsOnlyOfEarlierAppeal(text)) return { signal: null, askedLater };
  const keep = KEEP_DEADLINE.filter((c) => reads(c.pattern)).map((c) => c.label);
  if (later.length === 0 && keep.length === 0) return { signal: null, askedLater };
  // "i tid"/"rettidig" alone is what every ordinary appeal says about itself; it needs a promise beside it.
  if (later.length === 0 && keep.every((k) => k === 'keeps the deadline')) return { signal: null, askedLater };
  return { signal: { cues: [...later, ...keep] }, askedLater: [] };
});

/**
 * The cues of a deadline-interrupting intent, or null when the letter does not appeal or promises nothing later.
 * A promise only asked («Skal jeg sende mer dokumentasjon?», QA s21 C05) is no cue: see readWritersAppeal.
 */
export function deadlineInterruptionSignal(text: string): InterruptionSignal | null {
  return readInterruption(text).signal;
}

/** What the writer says of the appeal's timing, read once for classify and for training. */
export interface WritersAppealReading {
  /** The promise of later grounds, or the wish to keep the deadline. */
  interruption: InterruptionSignal | null;
  /** The deadline's own words: it has passed, the appeal is late, hear it all the same (fvl. § 31). */
  late: boolean;
  /**
   * The writer apologises for the lateness and neither promises anything nor delivers announced grounds.
   * Weak evidence of a late appeal: it moves no weight (fix-late19), it only holds the letter, as a
   * promise the reader does not know may stand beside it.
   */
  apologises: boolean;
  /** The letter delivers the grounds a deadline-interrupting appeal announced. */
  deliversGrounds: boolean;
  /**
   * A promise of later grounds only inside a question: «er det greit at jeg sender begrunnelsen senere?» in a
   * deadline-interrupting appeal, or «Skal jeg sende mer dokumentasjon?» about an appeal sent earlier (QA s21
   * C05). The reader cannot tell which, so it adds no weight; classify holds an `appeal` reading for an archivist.
   */
  asksToSendLater: boolean;
  /**
   * The letter tells of an appeal sent earlier, lodges none now and brings no grounds it announced
   * (tellsOnlyOfEarlierAppeal): correspondence, or comments adding arguments, never a new appeal. It adds no weight;
   * classify holds a letter so read as an appeal or a deadline-interrupting appeal for an archivist.
   */
  earlierAppealOnly: boolean;
}

export function readWritersAppeal(text: string): WritersAppealReading {
  const { signal: interruption, askedLater } = readInterruption(text);
  const late = saysAppealIsLate(text);
  const deliversGrounds = !interruption && deliversAnnouncedGrounds(text);
  const apologises = !interruption && !late && !deliversGrounds && apologisesForLateness(text);
  const earlierAppealOnly = !interruption && !deliversGrounds && tellsOnlyOfEarlierAppeal(text);
  return { interruption, late, apologises, deliversGrounds, asksToSendLater: askedLater.length > 0, earlierAppealOnly };
}
