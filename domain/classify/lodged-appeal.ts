import type { WritersAppealReading } from './deadline-interrupting.ts';
import { readable, widened } from '../text/fold.ts';
import { readOnce } from '../text/read-once.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * A letter that itself lodges the appeal is an appeal, whoever writes it (session 21, issue 13): a GP «klager
 * på vegne av min pasient på vedtaket», a lawyer «påklager vedtaket» and asks for the legal costs in the same
 * letter, a daughter «vi klager på vedtaket» for her mother. New writers' such letters carry much medical
 * history or a costs claim, and the model, trained on template letters, read them as a medical declaration or
 * a legal costs claim: they then found no case, or joined the person's case as the wrong type.
 *
 * Only the writer's own present-tense act counts: a first-person subject (or the passive with «herved»:
 * «vedtaket … påklages herved», «Det klages herved på …») with the lodging verb, and the decision named in the
 * same sentence. Never a past or third-person appeal («pasienten har klaget», «jeg påklaget vedtaket», «hun
 * klager»), a hedged one (HEDGE: «klager derfor ikke», «klager jeg ofte på slike vedtak», «klagar truleg»), a
 * conditional or someone else's passive («Dersom vedtaket påklages», «påklages av pasienten»), «I appeal to you»,
 * the appeal as a noun («jeg støtter klagen») or words quoted or reported from the patient. A declaration that says
 * it supports an appeal someone else lodged, or is written for use in the appeal case, stays what the model read.
 * The review of the first version found declarations routed as appeals at 0.99–1.00 on the weight moved: a reading
 * moved on a lodging that is not firm (LodgedAppeal.firm) is capped by classifyDocument and held.
 */

/**
 * Within one sentence: a date's or a number's full stop («3.10.2026», «8. oktober»), an abbreviation's
 * («fnr. 27899112345», «jf. fvl.»), single line breaks.
 */
const IN_SENTENCE = `(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d|\\s+\\p{Ll})|(?<=${B}(?:fnr|nr|jf|jfr|ca|dr|fvl|ftrl))\\.|\\n(?![ \\t]*\\n))`;
const DECISION = 'vedtak\\p{L}*|avslag\\p{L}*|avgjørelse\\p{L}*|avgjerd\\p{L}*|beslut\\p{L}*|afgørelse\\p{L}*|afslag\\p{L}*|decision|refusal';
const SUBJECT = 'jeg|eg|vi|me|jag|undertegnede|undertegnet|underteikna|undertecknad';
const ADVERB = 'herved|hermed|härmed|med dette|derfor|difor|därför|dermed|også|òg|formelt';
/** Present tense only: «klaget», «påklaget», nn «klaga», sv «överklagat» tell an appeal already made. */
const LODGES = 'klager|klagar|påklager|påklagar|overklager|överklagar';
/** «klager» as the noun: «… og klager har rett», and the negated act: «vi påklager ikke». */
const NOT_THE_ACT = '(?!\\s+(?:ikke|ikkje|inte|ej|har|er|var|skal|må|vil|hadde|mener|meiner|fikk|ble|vart|blev)' + E + ')';
/**
 * Words that make the act another than this letter's one present appeal, anywhere between the writer and the
 * decision or right after it: negated («klager derfor ikke»), habitual («klager jeg ofte på slike vedtak»),
 * possible («klagar truleg»), restricted («klager på vedtak bare når …»), later («påklager … senere»).
 */
const HEDGE =
  'ikke|ikkje|inte|ej|ikki|not|never|aldri|aldrig|ofte|ofta|often|gjerne|sjelden|sjeldan|sjældent|sällan|rarely|seldom|' +
  'kanskje|truleg|trolig|kanske|måske|maybe|perhaps|senere|seinare|senare|later|slike|sådana|sådanne|such';
/** Restricted: «klager på vedtak bare når …», unless the restriction names a part of the decision (PART). */
const ONLY = 'bare|berre|bara|kun|only';
/**
 * «bare/kun/only» that restricts the appeal to a part of the decision is no hedge (session 22): «påklager vedtaket
 * kun for den del som gjelder …», «klager bare på den delen av vedtaket», da «kun for så vidt angår», en «only
 * insofar as it concerns». «klager kun på vedtak når …» (a habit) stays one, and so do words that name a topic
 * rather than a part («klager jeg bare når det gjelder vedtak der …», «kun med hensyn til vedtak om …»).
 */
const PART =
  '(?:på\\s+)?(?:for\\s+)?(?:den|det)\\s+del(?:en)?|i\\s+(?:den|det)\\s+del(?:en)?|delen|for\\s+så\\s+vidt|så\\s+vidt|i\\s+den\\s+mån|' +
  'insofar|in\\s+so\\s+far|to\\s+the\\s+extent|(?:in\\s+)?the\\s+part';
const HEDGED = `${B}(?:${HEDGE})${E}|${B}(?:${ONLY})${E}(?!\\s+(?:${PART})${E})`;
/** Up to `n` characters of the same sentence, none of them a HEDGE word. */
const unhedged = (n: number) => `(?:(?!${HEDGED})${IN_SENTENCE}){0,${n}}?`;
const DECIDED = `${B}(?:${DECISION})${E}(?!\\s+(?:${HEDGED}))`;
/** «Dersom vedtaket påklages», «Hvis det klages på vedtaket», sv «Om beslutet överklagas»: someone's possible appeal. */
const NOT_IF = `(?<!${B}(?:dersom|hvis|om|viss|ifall|når|if|when)\\s+(?:\\p{L}+\\s+){0,2})`;
/** The passive is the writer's act only when it says so: «påklages herved», «Härmed överklagas beslutet». */
const HEREBY = 'herved|hermed|härmed|hereby';
const PASSIVE = 'påklages|påklagast|påklagas|overklages|överklagas';
/** «Vedtaket påklages (herved) av pasienten selv»: someone else's appeal. */
const NOT_BY = `(?!\\s+(?:av|af|by)${E})`;
/**
 * «Undertegnede er fastlege for Anne Strand og påklager …», «Vi anker ikke, men klager på vedtaket»: one
 * clause of who writes or what they do not do, then the act. Never across «at/att/that/som»: in «Jeg er kjent
 * med at pasienten er uenig og vil klage …» the one who appeals is the subordinate clause's subject.
 */
const WHO_WRITES = `(?:\\s+(?:(?!${B}(?:at|att|that|som)${E})[^.!?\\n]){0,60}?\\s+(?:og|och|samt|men))?`;
const adverbs = (a: string) => `(?:\\s+(?:${a})${E})*`;
/** «Jeg vil klage på vedtaket», «Far ønsker å klage på …»: the wish said in the letter is the act (session 22). */
const WISHES = `(?:vil|ønsker\\s+å|ønskjer\\s+å|ynskjer\\s+å|vill|önskar|ønsker\\s+at)\\s+(?:på|över)?klag[ae]${E}`;
/** da «Jeg vil gerne klage over …», nb «Jeg vil gjerne klage på …», sv «Jag vill gärna överklaga …» (session 23). */
const WISHES_GLADLY = `(?:vil\\s+(?:gerne|gjerne)|vill\\s+gärna)\\s+(?:på|över)?klag[ae]${E}`;
const LODGING = `(?:(?:${LODGES})${E}|${WISHES})`;
/**
 * A relative the writer writes for, named as theirs: «Min mor klager på vedtaket», «Mor mi klagar …», «Mannen min
 * klager …». Never «hennes mor», «pasientens datter».
 */
const KIN = 'mor|far|mamma|pappa|mann|ektemann|kone|kona|hustru|ektefelle|samboer|sambuar|sønn|son|datter|dotter|bror|søster|syster|make|maka';
const KIN_OWN = `${B}(?:min|mi|mitt|vår|vor|my)\\s+(?:${KIN})${E}|${B}(?:${KIN})(?:en|a)?\\s+(?:min|mi|mitt)${E}`;
/**
 * A family's «Far ønsker å klage på …» at a sentence's start is read but not firm: in a clinician's letter a bare
 * «Mor»/«Far» is the patient's parent, not the writer's (session 22 review).
 */
const KIN_SUBJECT = `${KIN_OWN}|(?:^|(?<=[.!?:]\\s*)|(?<=\\n\\s*))(?:Mor|Far|Mamma|Pappa)${E}`;
/**
 * Between a relative's lodging and the decision only a determiner («Min mor klager på Navs vedtak», «… over
 * afgørelsen»): any freer words let «Mor klager over søvnvansker siden vedtaket» (the history told) read as one.
 */
const KIN_DETERMINER = 'deres|dykkar|jeres|ert|navs|nav\\s+sitt|nav\\s+si|det|den|dette|denne';
const KIN_DETERMINER_EN = "your|the|this|Nav's";
const KIN_EN = 'mother|father|mum|mom|dad|husband|wife|partner|son|daughter|brother|sister';
/**
 * «Vedtaket … påklages på vegne av min klient», nn «vert påklaga på vegner av klienten min», sv «överklagas på uppdrag
 * av min klient»: read (session 22), but never firm: the passive does not say who lodges it («… påklages på vegne av
 * pasienten av advokat Lund», «… på vegne av min klient i eget brev»), so such a reading is held for an archivist.
 */
const ON_BEHALF = 'på\\s+vegne\\s+av|på\\s+vegner\\s+av|på\\s+vägnar\\s+av|på\\s+uppdrag\\s+av|på\\s+vegne\\s+af|on\\s+behalf\\s+of';

/**
 * Asking for the decision to be examined again is the appeal in Swedish and Danish (session 23): sv «Jag begär
 * omprövning av ert beslut …» (Försäkringskassan's own word for the first appeal), da «Jeg anmoder om genvurdering af
 * afgørelsen …». First person, the decision right after (a determiner or a name between).
 */
const ASKS_REVIEW = '(?:begär|begärer|ber\\s+om|anmoder\\s+om|beder\\s+om)\\s+(?:en\\s+)?(?:omprövning|genvurdering|fornyet\\s+vurdering)\\s+(?:av|af)';
/**
 * The writer disagrees with the decision and, in the same sentence, asks for it to be examined or changed (session 23):
 * da «Jeg er uenig i jeres afgørelse af … og ønsker den prøvet», sv «Jag är inte nöjd med beslutet … och begär att det
 * ändras». Disagreeing alone is not lodging («Jeg er uenig i afgørelsen, men klager ikke»), and the disagreement
 * never crosses «at/att/som» («Jeg er uenig i at …» says what the writer disputes, not that the decision is appealed).
 */
const DISAGREES = 'er\\s+uenig\\s+i|er\\s+ueinig\\s+i|er\\s+usamd\\s+i|kan\\s+ikke\\s+acceptere|accepterer\\s+ikke|kan\\s+ikke\\s+godta|godtar\\s+ikke|är\\s+oenig\\s+i|är\\s+inte\\s+enig\\s+i|är\\s+inte\\s+nöjd\\s+med|kan\\s+inte\\s+acceptera|accepterar\\s+inte|godtar\\s+inte';
const ASKS = 'ønsker|ønskjer|ber|beder|anmoder|begär|ber\\s+om|vill|önskar|kræver|krever|kräver';
const REVIEWED =
  'prøvet|prøvd|prøvd\\s+på\\s+nytt|ændret|endret|endra|omgjort|omgjord|genvurderet|vurdert\\s+på\\s+nytt|vurderet\\s+på\\s+ny|omprøvd|omprövat|omprövas|prövat|prövas|ändrat|ändras|ændres|endres|omgjøres|omgjerast|genvurderes|omprövning|genvurdering|ny\\s+vurdering|fornyet\\s+vurdering|ny\\s+prøving';
/** Up to `n` characters of the same sentence, none of them a HEDGE word nor «at/att/som/that». */
const unhedgedClause = (n: number) => `(?:(?!${HEDGED}|${B}(?:at|att|som|that)${E})${IN_SENTENCE}){0,${n}}?`;

const NORDIC = widened(
  new RegExp(
    [
      // «Jeg klager på vegne av min pasient på vedtaket», «Vi påklager hermed Navs afgørelse», «Jag överklagar beslutet»
      `${B}(?:${SUBJECT})${E}${adverbs(ADVERB)}${WHO_WRITES}${adverbs(ADVERB)}\\s+${LODGING}${NOT_THE_ACT}${unhedged(100)}${DECIDED}`,
      // «Min mor klager på vedtaket fra Nav av 28.10.2026», «Far ønsker å klage på vedtaket av 4. november», sv «Min mamma överklagar beslutet»
      // the decision as the verb's object, so «Mor klager over smerter i ryggen siden vedtaket …» is the history it tells
      `(?:${KIN_SUBJECT})${adverbs(ADVERB)}\\s+${LODGING}${NOT_THE_ACT}(?:\\s+(?:på|over|mot))?(?:\\s+(?:${KIN_DETERMINER})${E})?\\s+${DECIDED}`,
      // «Herved påklager vi vedtaket», «Derfor klager jeg på avslaget»; not a form's label «Klager» over «Vi legger ved …»
      `${B}(?:${LODGES})[ \\t]+(?:${SUBJECT})${E}${adverbs(ADVERB)}${NOT_THE_ACT}${unhedged(100)}${DECIDED}`,
      // «Vedtaket fra Nav av 25.09.2026 om tilbakekreving av dagpenger påklages herved»; not «kan påklages», «som påklages»
      `${NOT_IF}${DECIDED}${unhedged(140)}(?<!${B}(?:kan|kunne|må|skal|skulle|bør|som|can|may)(?:\\s+\\p{L}+){0,2}\\s+)${B}(?:${PASSIVE})\\s+(?:${HEREBY})${E}${NOT_BY}`,
      // «Herved påklages vedtaket», sv «Härmed överklagas beslutet»
      `${B}(?:${HEREBY})\\s+(?:${PASSIVE})${E}${NOT_BY}${unhedged(100)}${DECIDED}`,
      // «Det klages (herved) på Navs vedtak datert …», «Det påklages herved …», da «Der klages hermed over afgørelsen»
      `${NOT_IF}${B}(?:det|der)\\s+(?:klages|klagast|${PASSIVE})(?:\\s+(?:${HEREBY}))?${E}${NOT_BY}${unhedged(100)}${DECIDED}`,
    ].join('|'),
    'iu',
  ),
);
/**
 * The wordings session 23 added for writers in Danish and Swedish (and nb «vil gjerne»): read after NORDIC, never in a
 * letter about legal costs, and never taken as a lodging that outweighs a told earlier appeal (LodgedAppeal.newWording).
 */
const NORDIC_NEW = widened(
  new RegExp(
    [
      // da «Jeg vil gerne klage over jeres afgørelse …», sv «Jag vill gärna överklaga beslutet …»
      `${B}(?:${SUBJECT})${E}${adverbs(ADVERB)}${WHO_WRITES}${adverbs(ADVERB)}\\s+${WISHES_GLADLY}${NOT_THE_ACT}${unhedged(100)}${DECIDED}`,
      // sv «Jag begär (härmed) omprövning av ert beslut …», da «Jeg anmoder om genvurdering af afgørelsen …»
      `${B}(?:${SUBJECT})${E}${adverbs(ADVERB)}\\s+(?:${ASKS_REVIEW})${E}${unhedged(40)}${DECIDED}`,
      // da «Jeg er uenig i jeres afgørelse af … og ønsker den prøvet», sv «Jag är inte nöjd med beslutet … och begär att det ändras»
      `${B}(?:${SUBJECT})${E}${adverbs(ADVERB)}\\s+(?:${DISAGREES})${E}${unhedgedClause(60)}${DECIDED}${unhedged(140)}${B}(?:og|och)\\s+(?:(?:jeg|eg|jag|vi|me)\\s+)?(?:${ASKS})${E}${unhedged(40)}${B}(?:${REVIEWED})${E}`,
    ].join('|'),
    'iu',
  ),
);
/**
 * «Vedtaket fra Nav av 20.10.2026 påklages på vegne av min klient»; not «kan påklages på vegne av», «Hvis vedtaket
 * påklages …». Apart from NORDIC so that it is never firm, whatever words it spans («kan etter det jeg forstår …»).
 */
const ON_BEHALF_PASSIVE = widened(
  new RegExp(
    `${NOT_IF}${DECIDED}${unhedged(140)}(?<!${B}(?:kan|kunne|må|skal|skulle|bør|som|can|may)(?:\\s+\\p{L}+){0,2}\\s+)${B}(?:${PASSIVE}|(?:vert|blir)\\s+påklaga)\\s+(?:${ON_BEHALF})${E}`,
    'iu',
  ),
);
const EN_ADVERB = 'hereby|herewith|therefore|formally|also';
/** «I (hereby) appeal against …», «We act for Ms Novak and appeal …»: the writer, the act (`verbs`), the decision. */
const englishAct = (verbs: string) =>
  `${B}(?:I|We|we)${E}${adverbs(EN_ADVERB)}${WHO_WRITES.replace('og|och|samt|men', 'and|but')}${adverbs(EN_ADVERB)}\\s+(?:${verbs})${E}(?!\\s+(?:is|was|has|will|against it|to\\s+(?:you|your|someone|somebody|anyone|everyone))${E})${unhedged(100)}${B}(?:decision|refusal|ruling)${E}(?!\\s+(?:${HEDGED}))`;
/** English apart: its «I» is case-sensitive, or Norwegian «i» (in) would read as a writer. */
const ENGLISH = new RegExp(
  [
    // «I hereby appeal on behalf of my patient against Nav's decision», «We act for Ms Novak and appeal against the decision»,
    // «I want to complain about your decision of 5 November 2026» (session 22);
    // not «I appeal to you to reconsider the decision» (a plea, not an appeal)
    englishAct('(?:(?:want|wish|would\\s+like)\\s+to\\s+)?(?:appeal|Appeal|complain\\s+(?:about|against))'),
    // «My mother appeals against the decision …», «My father wishes to appeal the decision …» (session 22)
    `${B}(?:[Mm]y|[Oo]ur)\\s+(?:${KIN_EN})${E}\\s+(?:appeals|wishes\\s+to\\s+appeal|wants\\s+to\\s+appeal)${E}(?:\\s+against)?(?:\\s+(?:${KIN_DETERMINER_EN})(?!\\p{L}))?\\s+(?:decision|refusal|ruling)${E}(?!\\s+(?:${HEDGED}))`,
    // «The decision of 2 October 2026 is hereby appealed»
    `(?<!${B}(?:[Ii]f|[Ww]hen)\\s+(?:\\p{L}+\\s+){0,2})${B}(?:decision|Decision)${E}${unhedged(140)}${B}is\\s+hereby\\s+appealed${E}${NOT_BY}`,
  ].join('|'),
  'u',
);
/** English wordings session 23 added, apart as NORDIC_NEW is. */
const ENGLISH_NEW = new RegExp(
  [
    // «I am writing to appeal …», «I am writing to contest the decision …», «I dispute the decision of …», «I challenge …»
    englishAct('am\\s+writing\\s+to\\s+(?:appeal|Appeal|complain\\s+(?:about|against))|(?:(?:want|wish|would\\s+like|am\\s+writing)\\s+to\\s+)?(?:contest|challenge|dispute)'),
    // «I request a review of the decision …», «I ask for a reconsideration of your decision …» (session 23)
    `${B}(?:I|We|we)${E}${adverbs(EN_ADVERB)}\\s+(?:request|ask\\s+for|am\\s+requesting|would\\s+like\\s+to\\s+request)\\s+(?:a\\s+|an\\s+)?(?:review|reconsideration|reassessment|re-examination)\\s+of${E}${unhedged(40)}${B}(?:decision|refusal|ruling)${E}(?!\\s+(?:${HEDGED}))`,
    // «I disagree with the decision of … and ask that it be reviewed», «I do not accept your decision … and ask you to change it» (session 23)
    `${B}(?:I|We|we)${E}\\s+(?:disagree\\s+with|do\\s+not\\s+accept|don't\\s+accept|cannot\\s+accept|can't\\s+accept|do\\s+not\\s+agree\\s+with)${E}${unhedgedClause(60)}${B}(?:decision|refusal|ruling)${E}${unhedged(140)}${B}and\\s+(?:(?:I|we)\\s+)?(?:ask|request|want|would\\s+like)${E}${unhedged(40)}${B}(?:reviewed|reconsidered|changed|overturned|re-examined|reassessed|review|reconsideration|reassessment|to\\s+(?:review|reconsider|change|overturn))${E}`,
  ].join('|'),
  'u',
);

/**
 * A declaration that supports an appeal another lodged, or is written for the appeal case: the reading the
 * model gave it stands («jeg støtter klagen», «jeg er bedt om å uttale meg i klagesaken», «til bruk i klagesak»).
 */
const SUPPORTS = widened(
  new RegExp(
    `${B}(?:støtter (?:hans |hennes |deres |pasientens )?klage\\p{L}*|stør (?:hans |hennar |deira )?klag\\p{L}*|stöder (?:hans |hennes |deras )?överklagande\\p{L}*|støtter (?:hans |hendes |deres )?klage\\p{L}*|support (?:his|her|their|the|my patient's) appeal|bedt om (?:å|en) (?:uttale|uttalelse|erklæring)|beden om (?:å|ei) (?:uttale|fråsegn)|ombedd att (?:yttra|uttala)|bedt om at udtale|asked to (?:give|provide|write) (?:a |an )?(?:statement|opinion|report)|til bruk i klage\\p{L}*|til brug i klage\\p{L}*|för användning i överklagande\\p{L}*|for use in the appeal|i forbindelse med klage\\p{L}*|i samband med (?:klaga|klagesaka|överklagande\\p{L}*))${E}`,
    'iu',
  ),
);

/** Words the writer quotes («Pasienten skriver: «Jeg klager …»») are the quoted writer's act, not this letter's. */
const QUOTED = /«[^»]*»|“[^”]*”|"[^"\n]*"/gu;
/** «Pasienten skrev til meg: Jeg klager på vedtaket.»: reported speech to the sentence's end, without the marks. */
const REPORTED = widened(
  new RegExp(`${B}(?:skrev|skreiv|skriver|skriv|sa|sier|seier|sade|säger|sagde|siger|wrote|writes|said|says|told me)(?:\\s+(?:til|till|to)\\s+(?:meg|oss|mig|mej|me|us))?\\s*:${IN_SENTENCE}*`, 'giu'),
);

/**
 * A full stop IN_SENTENCE reads as inside the sentence: a date's or a number's before a digit or a small letter, an
 * abbreviation's (sticky: at lastIndex; without «i», under which \\p{Ll} would match capitals too).
 */
const IN_SENTENCE_STOP = new RegExp(`(?<=\\d)\\.(?=\\d|\\s+\\p{Ll})|(?<=${B}(?:[Ff]nr|[Nn]r|[Jj]f|[Jj]fr|[Cc]a|[Dd]r|[Ff]vl|[Ff]trl))\\.`, 'uy');
/**
 * A question lodges nothing (session 23): «How do I appeal against the decision of 4 November?», da «Hvordan klager jeg
 * over afgørelsen?», sv «Kan jag överklaga beslutet?». Each question, from its sentence's start (a sentence mark
 * other than a date's or a number's full stop, or a blank line) to its «?», is blanked before the lodging is read.
 */
function withoutQuestions(text: string): string {
  if (!text.includes('?')) return text;
  let out = '';
  let from = 0;
  for (let q = text.indexOf('?'); q >= 0; q = text.indexOf('?', q + 1)) {
    let start = q;
    while (start > from && !sentenceEndsBefore(text, start)) start -= 1;
    out += text.slice(from, start) + ' '.repeat(q + 1 - start);
    from = q + 1;
  }
  return out + text.slice(from);
}
/** A sentence ends right before `i`: after «.!?» (not a full stop IN_SENTENCE keeps: «3.10.2026», «8. oktober», «fnr.») or a blank line. */
function sentenceEndsBefore(text: string, i: number): boolean {
  const c = text[i - 1]!;
  if (c === '!' || c === '?') return true;
  if (c === '.') {
    IN_SENTENCE_STOP.lastIndex = i - 1;
    return !IN_SENTENCE_STOP.test(text);
  }
  return c === '\n' && /\n[ \t]*$/u.test(text.slice(Math.max(0, i - 40), i - 1));
}
/**
 * A condition before the lodging in its sentence: «If you do not change it, I wish to appeal against the decision …»,
 * «Hvis I ikke ændrer den, vil jeg gerne klage over afgørelsen …» (after it: ON_CONDITION).
 */
const CONDITION_BEFORE = widened(new RegExp(`${B}(?:dersom|hvis|ifall|viss|if|unless|med\\s+mindre)${E}`, 'iu'));

/** A date («2.10.2026», «8. oktober», «2 October 2026», «2026-10-02») or the first instance named in the lodging sentence. */
const DATED_OR_INSTANCE = widened(
  new RegExp(
    `\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}\\.?\\s+(?:jan|feb|mar|apr|mai|maj|may|jun|jul|aug|sep|okt|oct|nov|des|dec)\\p{L}*|(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{1,2}|${B}(?:datert|dagsett|daterat|dateret|dated)${E}|${B}(?:nav\\p{L}*|arbeids- og velferdsetaten|försäkringskassan|udbetaling danmark|helfo|kommunen?|bydel\\p{L}*)${E}`,
    'iu',
  ),
);
/**
 * A heading of a medical declaration or a costs claim: the model's reading had its reasons, so an appeal this rule
 * read in such a letter goes to an archivist rather than through on the weight it moved.
 */
const OTHER_HEADING = widened(
  new RegExp(
    `^\\s*(?:legeerklæring|lægeerklæring|legefråsegn|epikrise|epikris|erklæring|medical (?:certificate|statement|report)|läkarintyg|läkarutlåtande|krav om (?:dekning av |dækning af |ersättning för )?(?:sakskostnad\\p{L}*|saksomkostning\\p{L}*|sagsomkostning\\p{L}*|rättegångskostnad\\p{L}*|salær\\p{L}*)|salærkrav|salæroppgave|claim for (?:legal )?costs)${E}`,
    'iu',
  ),
);
const HEADING_LINES = 8;
/** The writer in the lodging words: first person, the passive's «herved», a relative named as the writer's. */
const OWN = widened(new RegExp(`${B}(?:${SUBJECT}|${HEREBY})${E}|${KIN_OWN}`, 'iu'));
const OWN_EN = new RegExp(`${B}(?:I|We|we)${E}|${B}(?:[Mm]y|[Oo]ur)\\s+(?:${KIN_EN})${E}`, 'u');
/**
 * «… vil klage på vedtaket dersom dere ikke retter feilen», «Far vil klage på vedtaket … når han har fått denne
 * erklæringen»: an appeal on a condition or a later moment is not firm (session 22).
 */
const ON_CONDITION = widened(new RegExp(`${B}(?:dersom|hvis|ifall|viss|når|när|med\\s+mindre|om\\s+ikke|unless|if|provided|once)${E}`, 'iu'));

export interface LodgedAppeal {
  /** The lodging words, for the explanation (at most 60 characters). */
  words: string;
  /**
   * The reading may route on the weight it moved: the writer's own act (first person, or «herved»), naming the
   * decision and its date or first instance, in a letter not headed as a declaration or a costs claim.
   */
  firm: boolean;
  /**
   * Read only by a wording session 23 added (NORDIC_NEW, ENGLISH_NEW: «I request a review of», «I dispute the
   * decision», «Jeg er uenig i … og ønsker den prøvet», «vil gerne klage»): such words are also how a writer restates
   * an appeal sent earlier, so they never outweigh a told earlier appeal (deadline-interrupting.ts).
   */
  newWording: boolean;
}

/**
 * A costs claim's own words (session 23 review): a lawyer «requests a review of the decision … as regards costs» or
 * «disputes the decision insofar as no costs were awarded» claims costs, not a new appeal. The new wordings read
 * nothing in such a letter; the older ones («påklager vedtaket og krever sakskostnader») still lodge.
 */
const COSTS = widened(
  new RegExp(
    `${B}(?:legal\\s+(?:costs?|fees?)|lawyer'?s?\\s+fees?|our\\s+fees?|fee\\s+(?:note|statement)|(?:as\\s+(?:regards|to)|in\\s+respect\\s+of|award\\s+of|insofar\\s+as\\s+no)\\s+costs|costs\\s+(?:were|was|are|is)\\s+(?:not\\s+)?awarded|sakskostnad\\p{L}*|saksomkostning\\p{L}*|sagsomkostning\\p{L}*|rättegångskostnad\\p{L}*|ombudskostnad\\p{L}*|advokatkostnad\\p{L}*|advokatutgift\\p{L}*|salær\\p{L}*)${E}`,
    'iu',
  ),
);

/** The writer's own words that lodge the appeal, or null: none, or the letter supports another's appeal. */
export const readLodgedAppeal = readOnce((original: string): LodgedAppeal | null => {
  const text = withoutQuestions(readable(original).replace(QUOTED, ' ').replace(REPORTED, ' '));
  if (SUPPORTS.test(text)) return null;
  const act = NORDIC.exec(text) ?? ENGLISH.exec(text);
  const asked = act === null && !COSTS.test(text) ? (NORDIC_NEW.exec(text) ?? ENGLISH_NEW.exec(text)) : null;
  const lodging = act ?? asked;
  const m = lodging ?? ON_BEHALF_PASSIVE.exec(text);
  if (!m) return null;
  const sentence = text.slice(m.index).match(new RegExp(`^${IN_SENTENCE}*`, 'u'))![0];
  const own = lodging !== null && (OWN.test(m[0]) || OWN_EN.test(m[0]));
  const headed = text.split('\n').filter((l) => l.trim() !== '').slice(0, HEADING_LINES).some((l) => OTHER_HEADING.test(l));
  let start = m.index;
  while (start > 0 && !sentenceEndsBefore(text, start)) start -= 1;
  const conditional = ON_CONDITION.test(sentence.slice(m[0].length)) || CONDITION_BEFORE.test(text.slice(start, m.index));
  return { words: m[0].replace(/\s+/gu, ' ').slice(0, 60), firm: own && DATED_OR_INSTANCE.test(sentence) && !headed && !conditional, newWording: act === null && asked !== null };
});

/** The writer's own words that lodge the appeal, or null (readLodgedAppeal). */
export function lodgedAppeal(original: string): string | null {
  return readLodgedAppeal(original)?.words ?? null;
}

/** The types a lodged appeal was read as (SPEC: both wait for a case the appeal itself should open). */
const READ_INSTEAD = ['medical_declaration', 'legal_costs_claim'];
/** Taken from the type read once its weight went to the appeal, so it is not the runner-up it was. */
export const LODGED_APPEAL_MOVE = 4;

/**
 * When the model reads a letter that lodges the appeal as a medical declaration or a legal costs claim, what
 * it gave that type belongs to the appeal (as evidence-scoring.ts moves a late appeal's deadline-interrupting
 * weight): `appeal` takes both, or `appeal_deadline_interrupting` when the writer promises the grounds later
 * (and does not say the appeal is late), and the type read loses LODGED_APPEAL_MOVE. In place; answers the type it took the reading
 * from, or null. Any other reading is left alone: an appeal stays, and comments, a tribunal appeal or a case
 * transfer that tell of an appeal are not this rule's to move.
 */
export function applyLodgedAppeal(scores: Float64Array, classes: readonly string[], lodged: string | null, writers: Pick<WritersAppealReading, 'interruption' | 'late'>): string | null {
  const to = classes.indexOf(writers.interruption !== null && !writers.late ? 'appeal_deadline_interrupting' : 'appeal');
  if (lodged === null || to < 0) return null;
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  if (!READ_INSTEAD.includes(classes[best]!)) return null;
  const most = Math.max(scores[to]!, scores[best]!);
  scores[to] = most + Math.log(Math.exp(scores[to]! - most) + Math.exp(scores[best]! - most));
  scores[best]! -= LODGED_APPEAL_MOVE;
  return classes[best]!;
}
