/**
 * Area from evidence, not only wording (issue 13, item 3): the law a letter cites, the benefit or
 * scheme it names, the first instance and its unit, the first instance's case-reference format.
 * Each rule names one area; the classifier adds `evidenceBoost` to that area's score per distinct
 * rule that fires, so the learned model still decides when the evidence disagrees with the rest of
 * the letter. scripts/eval.ts prints each rule's precision on every labelled set it has.
 */
import { foldDiacritics, readable, widened } from '../text/fold.ts';
import { mentionIn } from './negated-mention.ts';
import { WORD_END as E, WORD_START as B, wholeWord as rx } from '../text/word-boundary.ts';

export interface EvidenceRule {
  id: string;
  area: string;
  /** What kind of evidence, for the explanation and the printed table. */
  kind: 'law' | 'benefit' | 'first_instance' | 'reference_format';
  pattern: RegExp;
  /**
   * A treatment's name is the practitioner's trade in a letter about sanctions against a
   * practitioner (a physiotherapist's refund taken back): such a rule is no evidence when a law or
   * first-instance rule of this area fires too.
   */
  yieldsTo?: string;
  /**
   * Where this part of a benefit rule fires, it names what a sanctions decision is about and a
   * treatment's name yields to it as to a law: the practitioner's «takstbruk» (session 23: a
   * physiotherapist's expert statement on it read as a physiotherapy case). Only that part: a patient
   * whose refund is claimed back names a takst and the treatment too (review of session 23: dental and
   * physiotherapy patients routed as sanctions at 0.96-0.99 while the whole rule overruled).
   */
  overrulesTrade?: RegExp;
}

/**
 * A section sign and `body`, a chapter-and-section number: "§ 8-4", "§§ 8-7 a", "§8-4" (OCR may drop
 * or double the spaces). OCR reads a faint § as "$", but "$5-8 000" is an amount: the "$" form counts
 * only where no letter or digit comes before it ("US$") and no digit of an amount after the number.
 */
const sign = (body: string) => `(?:§{1,2}\\s*(?:${body})|(?<![\\p{L}\\d$])\\\${1,2}\\s*(?:${body})(?![.,]?\\d|[\\s.,]\\d{3}(?!\\d)))`;
const law = (body: string) => new RegExp(body, 'iu');
/** "§ 8-4" and any other section of the chapter, "kapittel 8", "kap. 8", "chapter 8". */
const section = (chapter: string) => law(`${sign(`${chapter}\\s?[-–]\\s?\\d{1,2}`)}|${B}(?:kapittel|kap\\.?|kapitel|chapter)\\s*${chapter}${E}`);

/** Both within `within` characters of each other, either first. */
const near = (a: string, b: string, within: number) => {
  const [x, y] = [`${B}(?:${a})${E}`, `${B}(?:${b})${E}`];
  return `${x}[\\s\\S]{0,${within}}?${y}|${y}[\\s\\S]{0,${within}}?${x}`;
};
/** A practitioner's fee codes (nb/nn; not a valuer, takstmann). */
const FEE_CODE = 'takst(en|er|ene|ar|ane)?|takstkode\\p{L}*';
/**
 * What is done about a practitioner's fee codes: Helfo's control of the bills or records, money
 * claimed back, the right to direct settlement lost. Not "kontroll" alone: a patient's dental
 * check-up is a kontroll with a takst too.
 */
const SANCTION_CONTEXT = [
  'tilbakekrev\\p{L}*', 'krev\\p{L}* tilbake', 'direkte ?oppgj(ø|e)r\\p{L}*', 'journalføring\\p{L}*', 'stikkprøve\\p{L}*',
  '(etter)?kontroll av (klinikk|takst|regning|refusjon|journal|behandl)\\p{L}*', 'kontrollert\\p{L}* (klinikk|takst|regning|refusjon|journal|behandl)\\p{L}*',
  'Helfo (har )?kontroller\\p{L}*', 'Helfo Kontroll', 'kontrollsak\\p{L}*', '(grov(t)? )?uaktsom\\p{L}*', 'utestengelse\\p{L}*',
  '(behandler|klinikk)\\p{L}* refusjonskrav\\p{L}*', 'refusjonskrav\\p{L}* (fra|frå) (behandler|klinikk|praksis)\\p{L}*',
].join('|');

/** Money for something: a refund, its cover, the costs (not «reiseutgifter»: the trip, patient travel). */
const COVERAGE = 'dekning|dekking|refusjon|refusion|dækning|ersättning|kostnaden|kostnadene|kostnader|utgifter|utgiftene|udgifter|udgifterne|stønad|refund|reimbursement|cover|costs?';
/**
 * Not the money for a trip: «travel costs for treatment in Sweden», «reise- og oppholdsutgifter» are
 * patient travel's (review of session 23: H1 read as treatment abroad at 0.95).
 */
const NOT_TRAVEL = '(?<!(?:travel|reise|rese|rejse)[\\s-]?)';
/** Refunding it, covering it: «refundere», «refund the surgery», «dekke behandlingen», «ersätta vården». */
const COVER_VERB = 'refunder\\p{L}*|refund(?:ed)?|reimburse(?:d)?|dekke|dekker|dekket|dække|dækket|ersätta|ersatt|cover(?:ed)?|pay (?:back )?for';
/** «av», «for mitt», «av utgifter til», «of the cost of my»: from the money to the treatment. */
const COVERED = '(?:av|for|til|af|för|of)(?:\\s+(?:utgifter|udgifter|kostnader|kostnaden|the cost|the costs|costs)\\s+(?:til|for|af|för|of))?(?:\\s+(?:min|mi|mitt|mine|my|the|den|det|a|an|en|ei|et|ett))?';
/** From the verb to the treatment: «refundere mine udgifter til en», «refund the», «dekke». */
const VERB_OBJECT = '(?:\\s+(?:mine|mina|my|min|mi|mitt|the|den|det|dei|de)\\s+(?:udgifter|utgifter|utgiftene|kostnader|kostnaderna|costs|the costs)\\s+(?:til|for|af|för|of))?(?:\\s+(?:min|mi|mitt|mine|my|the|den|det|a|an|en|ei|et|ett))?';
/**
 * The treatment received, compounds too («kneoperasjonen», «kreftbehandlingen», «knæoperation»): a
 * treatment, an operation, an examination, hospital care. Not «saksbehandling» (the case's handling).
 */
export const TREATED = '(?!saks)\\p{L}*behandling\\p{L}*|\\p{L}*sjukhusvård\\p{L}*|\\p{L}*operasjon\\p{L}*|\\p{L}*operation\\p{L}*|inngrep\\p{L}*|indgreb\\p{L}*|ingrepp\\p{L}*|utredning\\p{L}*|udredning\\p{L}*|vård\\p{L}*|treatment|surgery|operation|hospital (treatment|care)';
/** Whoever had it: «jeg fikk», «jag gjorde», «I had», at most one word more («i fjor», «last»). */
const RECEIVED = '(?:\\s+(?:som|that|which))?(?:\\s+(?:jeg|eg|jag|I|vi|we|hun|han|hon|she|he|datteren min|sønnen min)\\s+(?:fikk|fekk|fick|fik|gjorde|had|received|got|tok|tog|gjennomgikk|genomgick|underwent))?';
/** Where in that country, at most three words: «på et privat sykehus», «at a clinic». */
const AT_PLACE = '(?:\\s+(?:på|ved|at|hos|på ett|på et|at a|at the)(?:\\s+\\p{L}+){1,3}?)?';
/** Abroad, not a country: «utlandet», the EEA, another EEA state. */
const ELSEWHERE = 'utlandet|udlandet|EØS|EØS-landet|EU|EEA|EES|the EEA|the EU|abroad|et annet EØS-land|eit anna EØS-land|et andet EØS-land|ett annat (EU-|EES-|EU/EES-)land|another (EEA|EU) (country|state)';
/**
 * Cities in other EEA states where Norwegians are treated, named instead of the country («på Aleris
 * Hospital i Aalborg», «et privathospital i Aarhus»); none shares a name with a Norwegian place.
 */
const EEA_CITIES = 'Stockholm|Göteborg|Gøteborg|Gothenburg|Malmö|Malmø|Uppsala|Umeå|København|Copenhagen|Köpenhamn|Aarhus|Århus|Aalborg|Ålborg|Odense|Helsinki|Helsingfors|Tallinn|Riga|Vilnius|Warszawa|Warsaw|Kraków|Krakow|Gdańsk|Gdansk|Szczecin|Berlin|Hamburg|München|Munich|Budapest|Praha|Prague|Wien|Vienna|Madrid|Barcelona|Málaga|Malaga|Alicante|Torrevieja|Marbella|Lisboa|Lisbon|Amsterdam|Brussel|Brussels|Paris|Roma|Rome';
/** Another EEA state (as nb, nn, sv, da and en writers name it), one of its cities, or abroad: never Norway. */
export const ABROAD = [
  EEA_CITIES,
  ELSEWHERE,
  'Sverige|Sweden|Danmark|Denmark|Finland|Island|Iceland|Tyskland|Germany|Spania|Spanien|Spain|Polen|Poland|Latvia|Lettland|Letland|Litauen|Lithuania|Estland|Estonia',
  'Frankrike|Frankrig|France|Italia|Italien|Italy|Portugal|Hellas|Grekland|Grækenland|Greece|Nederland|Nederländerna|Holland|the Netherlands|Belgia|Belgien|Belgium',
  'Østerrike|Österrike|Østrig|Austria|Tsjekkia|Tjeckien|Tjekkiet|Czechia|the Czech Republic|Ungarn|Ungern|Hungary|Kroatia|Kroatien|Croatia|Slovakia|Slovakien|Slovenia|Slovenien|Romania|Rumänien|Rumænien|Bulgaria|Bulgarien',
  'Irland|Ireland|Luxembourg|Malta|Kypros|Cypern|Cyprus|Liechtenstein',
].join('|');

/** Not a trip in the free word before the treatment: «dekning av reise til behandling». */
const NOT_TRAVEL_WORD = '(?!(?:reise|rese|rejse|travel)\\p{L}*)';
/**
 * An injury's compensation is no refund of treatment abroad: «ersättning för behandling i Sverige efter
 * olyckan» is an occupational injury's (review of session 23, H2); not when the sentence names an accident.
 */
export const INJURY = '\\p{L}*(?:olyck|ulykk|ulukk|arbetsskad|arbeidsskad|yrkesskad|arbejdsskad|accident|injur)\\p{L}*';
const NOT_INJURY_BEFORE = `(?<!${B}${INJURY}[^.!?\\n]*)`;
const NOT_INJURY_AFTER = `(?![^.!?\\n]*${B}${INJURY})`;
/**
 * From the money or the verb to the treatment: «refusjon av utgifter til», «dekning av [en] », «refund
 * the [cataract] », «refundere mine udgifter til en »; a subject line's «refusjon kneoperasjon» with
 * nothing between. Never a trip as the free word.
 */
const COVER_LEAD = `(?:${B}${NOT_TRAVEL}(?:${COVERAGE})(?:\\s+${COVERED}\\s+${NOT_TRAVEL_WORD}(?:\\p{L}+\\s+)?|\\s+)|${B}(?:${COVER_VERB})${VERB_OBJECT}\\s+${NOT_TRAVEL_WORD}(?:\\p{L}+\\s+)?)`;
/** The prior approval as each language names it. */
const PRIOR_APPROVAL = 'forhåndsgodkjenning\\p{L}*|førehandsgodkjenning\\p{L}*|forhåndsgodkendelse\\p{L}*|förhandstillstånd\\p{L}*|förhandsbesked|prior authori[sz]ation|prior approval';
/** The EEA's forms for planned treatment in another state (the directive is `ftrl-5-24a`'s). */
const EEA_FORMS = 'E ?112|(?:skjema|blankett|blanket|form|attest|dokument|document)\\s+S2|S2[- ](?:skjema\\p{L}*|blankett\\p{L}*|blanket\\p{L}*|form|attest\\p{L}*|dokument\\p{L}*|document)';
/** The EEA's rules as a writer cites them. */
const EEA_RULES = '(?:EØS|EU|EES|EU/EØS|EU/EES)-(?:reglene|regelverket|reglane|reglerne|reglerna|regelverket|retten|rätten)|(?:the )?(?:EEA|EU) rules';
/** A refund or cover, not a benefit's payment («ersättning» is a sick pay's too). */
const REFUND_WORD = 'refusjon\\p{L}*|refusion\\p{L}*|refunder\\p{L}*|dekning\\p{L}*|dekke|dækning\\p{L}*|dække|utgifte\\p{L}*|udgift\\p{L}*|kostnad\\p{L}*|refund\\p{L}*|reimburs\\p{L}*';

export const evidenceRules: EvidenceRule[] = [
  // folketrygdloven chapters: the benefit the decision is about.
  { id: 'ftrl-kap-8', area: 'sick_pay', kind: 'law', pattern: section('8') },
  { id: 'ftrl-kap-11', area: 'work_assessment', kind: 'law', pattern: section('11') },
  { id: 'ftrl-kap-12', area: 'disability', kind: 'law', pattern: section('12') },
  { id: 'ftrl-kap-13', area: 'occupational_injury', kind: 'law', pattern: section('13') },
  { id: 'ftrl-25-6-7', area: 'practitioner_sanctions', kind: 'law', pattern: law(sign('25\\s?[-–]\\s?(6|7\\s?a?)(?!\\d)')) },
  { id: 'ftrl-5-14', area: 'pharmacy', kind: 'law', pattern: law(`${sign('5\\s?[-–]\\s?14(?!\\d)')}|blåreseptforskriften`) },
  { id: 'ftrl-5-6', area: 'dental', kind: 'law', pattern: law(sign('5\\s?[-–]\\s?6(?![\\d-])')) },
  { id: 'ftrl-5-8', area: 'physiotherapy', kind: 'law', pattern: law(sign('5\\s?[-–]\\s?8(?!\\d)')) },
  // Not regulation 883/2004: it coordinates every benefit across the EEA (a Swedish cross-border
  // worker's sick pay or AAP cites it as often as planned treatment abroad does).
  { id: 'ftrl-5-24a', area: 'treatment_abroad', kind: 'law', pattern: law(`${sign('5\\s?[-–]\\s?24\\s?a')}|pasientrettighetsdirektiv|pasientrettsdirektiv|patientrettighedsdirektiv|patienträttighetsdirektiv|EU-direktivet om pasientrettigheter|patients\\W? rights directive|direktiv 2011/24`) },
  // Medical (legehjelp, spesialisthelsetjeneste): ftrl §§ 5-4 doctor, 5-5 specialist, 5-7 psychologist,
  // and the patients' right to specialist care (pasient- og brukerrettighetsloven § 2-1 b).
  { id: 'ftrl-5-4-5-7', area: 'medical', kind: 'law', pattern: law(`${sign('5\\s?[-–]\\s?(4|5|7)(?![\\d-])')}|pasient-? og brukerrettighetslov\\p{L}*\\s*§\\s*2\\s?[-–]\\s?1\\s?b`) },
  // Helsepersonelloven §§ 39-40 (the duty to keep records): what a practitioner's refund claims are checked against.
  { id: 'hpl-39-40', area: 'practitioner_sanctions', kind: 'law', pattern: law(`helsepersonellov\\p{L}*\\s*${sign('(39|40)(?!\\d)')}`) },
  { id: 'pasientreiseforskriften', area: 'patient_travel', kind: 'law', pattern: rx('pasientreiseforskriften|pasientreiseforskrifta|pasient- og brukerrettighetsloven § 2-6|pasientrettighetsloven § 2-6') },
  // Benefit and scheme names.
  { id: 'sykepenger', area: 'sick_pay', kind: 'benefit', pattern: rx('sykepeng\\p{L}*|sjukepeng\\p{L}*|sjukpenning|sygedagpeng\\p{L}*|sickness benefits?|sick pay') },
  // Session 7: each benefit's name as Swedish, Danish and English writers spell SPEC.md's area names.
  { id: 'aap', area: 'work_assessment', kind: 'benefit', pattern: rx('arbeidsavklaringspeng\\p{L}*|arbetsavklaringspeng\\p{L}*|arbejdsafklaringspeng\\p{L}*|AAP|work assessment allowance') },
  // An English "disability pension" is Nav's only when the letter says so: an employer's occupational
  // pension is one too (review of issue 13).
  { id: 'uforetrygd', area: 'disability', kind: 'benefit', pattern: rx('uføretrygd\\p{L}*|uføregrad\\p{L}*|uførepensjon|uførepension\\p{L}*|invalidepension\\p{L}*|disability benefit|(Norwegian|Nav|NAV) disability pension|disability pension (from|under|in|paid by) (Nav|NAV|Norway|the Norwegian)|invalidity (pension|benefit)|sjukersättning|förtidspension|førtidspension') },
  { id: 'yrkesskade', area: 'occupational_injury', kind: 'benefit', pattern: rx('yrkesskade\\p{L}*|yrkessjukdom|yrkessykdom|arbeidsulykke|occupational (injury|disease)|arbetsskada|arbejdsskade') },
  { id: 'pasientreise', area: 'patient_travel', kind: 'benefit', pattern: rx('pasientreise\\p{L}*|reiseutgifter ved behandling|patientres(a|an|or|orna)|patientrejse\\p{L}*|patientbefordring\\p{L}*|patient travel') },
  { id: 'drosje', area: 'patient_travel', kind: 'benefit', pattern: rx('drosje\\p{L}*') },
  { id: 'sykmelding', area: 'sick_pay', kind: 'benefit', pattern: rx('sykmelding\\p{L}*|sykemelding\\p{L}*|arbeidsgiverperiode\\p{L}*') },
  { id: 'menerstatning', area: 'occupational_injury', kind: 'benefit', pattern: rx('menerstatning\\p{L}*') },
  { id: 'legehjelp', area: 'medical', kind: 'benefit', pattern: rx('legehjelp\\p{L}*|lægehjælp\\p{L}*|läkarvård\\p{L}*') },
  { id: 'kiropraktor', area: 'physiotherapy', kind: 'benefit', pattern: rx('kiropraktor\\p{L}*|manuellterapeut\\p{L}*'), yieldsTo: 'practitioner_sanctions' },
  // Sweden's högkostnadsskydd caps doctor visits too: only the one for medicines names pharmacy.
  // «stønad til legemiddel/legemidlar» is the benefit's own name (QA s23 1203-01, nn); whole words, so never «legemiddelassistert».
  { id: 'blaresept', area: 'pharmacy', kind: 'benefit', pattern: rx('blåresept\\p{L}*|blue prescription|individuell stønad|stønad til (legemiddel(et)?|legemidlet|legemidler|legemidlene|legemidlar|legemidla)|legemiddelrefusjon|refusjon (av|for) legemidl\\p{L}*|medicintilskud\\p{L}*|tilskud til medicin|läkemedelsersättning|högkostnadsskydd(et)? för läkemedel|läkemedelsförmån\\p{L}*|reimbursement of (medicines|medication|drugs)') },
  { id: 'tannbehandling', area: 'dental', kind: 'benefit', pattern: rx('tannbehandling\\p{L}*|tannhelse\\p{L}*|periodontitt|tandbehandling|tandvård|dental treatment'), yieldsTo: 'practitioner_sanctions' },
  { id: 'fysioterapi', area: 'physiotherapy', kind: 'benefit', pattern: rx('fysioterapi\\p{L}*|fysioterapeut\\p{L}*|physiotherap\\p{L}*|sjukgymnast\\p{L}*'), yieldsTo: 'practitioner_sanctions' },
  // The scheme's name as nb, nn, da, sv and en writers put it (session 23: «behandling i udlandet» and
  // «behandling utomlands» were evidence nowhere, though config/postmottak.json lists them).
  { id: 'behandling-i-utlandet', area: 'treatment_abroad', kind: 'benefit', pattern: new RegExp(`${rx('forhåndstilsagn|planned treatment in another').source}|${B}(?:${TREATED})${AT_PLACE}\\s+(?:i|in)\\s+(?:${ELSEWHERE})${E}|${B}(?:${TREATED})\\s+(?:utomlands|abroad)${E}`, 'iu') },
  // What the decision was about, not where the writer is: the cost of a treatment received in another
  // country refunded or refused («refusjon av utgifter til behandling i Sverige», «dækning af behandling
  // i Danmark», «ersättning för vården i Spanien», «refund of my surgery in Spain»), and the prior
  // approval the scheme asks for. A country, «utlandet», a holiday or a Danish writer alone is no evidence.
  { id: 'dekning-behandling-i-utlandet', area: 'treatment_abroad', kind: 'benefit', pattern: new RegExp(`${COVER_LEAD}${NOT_INJURY_BEFORE}(?:${TREATED})${RECEIVED}${AT_PLACE}\\s+(?:i|in)\\s+(?:${ABROAD})${E}${NOT_INJURY_AFTER}`, 'iu') },
  // The prior approval only where the phrase names a treatment in another country: «forhåndsgodkjenning»
  // alone is asked for stays abroad on AAP or sick pay, a patient-travel flight, a pharmacy's drug (review
  // of session 23: it routed none of those right and held four).
  { id: 'forhandsgodkjenning', area: 'treatment_abroad', kind: 'benefit', pattern: new RegExp(`${B}(?:${PRIOR_APPROVAL})${E}[^.!?\\n]{0,40}?${B}(?:${TREATED})${E}${RECEIVED}${AT_PLACE}\\s+(?:i|in)\\s+(?:${ABROAD})${E}`, 'iu') },
  // The EEA's rules on treatment themselves: the forms (S2, E112), a refund «etter EØS-reglene» (the rules
  // alone also govern sick pay and AAP taken abroad: only beside a refund or cover in the same sentence).
  { id: 'eos-regler', area: 'treatment_abroad', kind: 'benefit', pattern: new RegExp(`${rx(EEA_FORMS).source}|${near(REFUND_WORD, EEA_RULES, 80).replaceAll('[\\s\\S]', '[^.!?\\n]')}`, 'iu') },
  { id: 'direkteoppgjor', area: 'practitioner_sanctions', kind: 'benefit', pattern: rx('direkteoppgjør\\p{L}*|tilbakekreving av (refusjon|direkteoppgjør)\\p{L}*|utestengelse\\p{L}*') },
  // Session 6: SPEC.md's area names as writers put them, each kept only at ≥ 97% precision on the
  // generated training letters, the training scans and the held-out scans (scripts/eval.ts prints them).
  { id: 'reiseutgifter', area: 'patient_travel', kind: 'benefit', pattern: rx('reiseutgift\\p{L}*|reseersättning\\p{L}*|rejseudgift\\p{L}*|travel expenses') },
  { id: 'eos-land', area: 'treatment_abroad', kind: 'benefit', pattern: rx('EØS-land\\p{L}*|EES-land\\p{L}*|EU-land\\p{L}*|EEA country|another EEA') },
  // A practitioner's use of fee codes checked and refunds claimed back: what Helfo's sanctions are about.
  // A patient names a takst too (the dentist's "takst 304" refused, the doctor's "feil takst", the fare
  // "taksten Pasientreiser dekker"), so a fee code counts only beside a control or a claim back.
  { id: 'takster', area: 'practitioner_sanctions', kind: 'benefit', overrulesTrade: rx('takstbruk\\p{L}*'), pattern: new RegExp(`${rx('takstbruk\\p{L}*|tilbakekreving av (honorar|refusjon|takst)\\p{L}*').source}|${near(FEE_CODE, SANCTION_CONTEXT, 200)}`, 'iu') },
  // The first instance and its unit.
  { id: 'helfo-behandlere', area: 'practitioner_sanctions', kind: 'first_instance', pattern: rx('Helfo Behandlere|Helfo,? avdeling (for )?behandlere|Helfo Kontroll') },
  { id: 'helfo-utland', area: 'treatment_abroad', kind: 'first_instance', pattern: rx('Helfo Utland|Helfo,? utland') },
  { id: 'helfo-pasientformidling', area: 'medical', kind: 'first_instance', pattern: rx('Helfo Pasientformidling') },
  { id: 'helfo-tannhelse', area: 'dental', kind: 'first_instance', pattern: rx('Helfo Tannhelse') },
  { id: 'helfo-legemiddel', area: 'pharmacy', kind: 'first_instance', pattern: rx('Helfo Legemid\\p{L}*') },
  { id: 'pasientreiser-hf', area: 'patient_travel', kind: 'first_instance', pattern: rx('Pasientreiser (HF|Helse|Sykehuset|Finnmarkssykehuset|Vestre Viken|Oslo universitetssykehus)\\p{L}*|Pasientreiser ANS') },
  // The first instance's case-reference format.
  { id: 'ref-pasientreiser', area: 'patient_travel', kind: 'reference_format', pattern: /(?<![\p{L}\d])PRF?-\d{2,4}-\d{3,}/iu },
];

export interface EvidenceHit {
  rule: string;
  area: string;
}

/** A hyphen ending a line inside a word: a letter before it, a lower-case letter starting the next line. */
const HYPHENATED_LINE_BREAK = /(?<=\p{L})-[ \t]*\r?\n[ \t]*(?=\p{Ll})/gu;

const foldedPatterns = new WeakMap<RegExp, RegExp>();
/** The rule's pattern with its letters folded as the text is: "uføretrygd" reads "uforetrygd". */
function folded(pattern: RegExp): RegExp {
  let f = foldedPatterns.get(pattern);
  if (!f) {
    f = new RegExp(foldDiacritics(pattern.source), pattern.flags);
    foldedPatterns.set(pattern, f);
  }
  return f;
}

/** How each rule reads a text: benefit names are read with their negation (negated-mention.ts), the rest fire on any match. */
function readRules(text: string, rules: EvidenceRule[]): { fired: EvidenceRule[]; negated: EvidenceRule[] } {
  // Quoted lines of an e-mail thread and a letter's attachment list still describe the same case, so all text counts.
  // A word a line break hyphenated ("arbeidsavklarings-\npengene") is read whole (review of model9).
  const joined = readable(text).replace(HYPHENATED_LINE_BREAK, '');
  // A writer without ø, å or ä on the keyboard ("uforetrygd", "ufoeretrygd", "tandvard") names the same
  // benefit: each rule reads its letters widened (text/fold.ts), the text as written. OCR that puts a
  // mark on a plain letter ("utlandét") is read by the folded text against the folded rule; a text
  // without a mark folds to itself and is not read twice (review of model10).
  const plain = foldDiacritics(joined);
  const read = (r: EvidenceRule) => {
    const mention = (pattern: RegExp, t: string) => (r.kind === 'benefit' ? mentionIn(pattern, t) : pattern.test(t) ? 'mentioned' : null);
    const asWritten = mention(widened(r.pattern), joined);
    if (asWritten === 'mentioned' || plain === joined) return asWritten;
    return mention(folded(r.pattern), plain) ?? asWritten;
  };
  const fired: EvidenceRule[] = [];
  const negated: EvidenceRule[] = [];
  for (const r of rules) {
    const mention = read(r);
    if (mention === 'mentioned') fired.push(r);
    else if (mention === 'negated') negated.push(r);
  }
  return { fired, negated };
}

/** The rules that fire on a text, one hit per rule (a rule repeated ten times is one piece of evidence). */
/**
 * Whether the area's own law, first-instance unit or case-reference format fired: evidence that decides the area
 * whatever else the letter says (a benefit's name alone may be told in passing). The abroad and patient-refund holds
 * let such a letter pass.
 */
export function firmEvidenceFor(areaCode: string, fired: readonly EvidenceRule[]): boolean {
  return fired.some((r) => r.area === areaCode && r.kind !== 'benefit');
}

export function areaEvidence(text: string, rules: EvidenceRule[] = evidenceRules): EvidenceHit[] {
  const { fired } = readRules(text, rules);
  const strong = new Set(fired.filter((r) => r.kind !== 'benefit' || r.overrulesTrade?.test(text)).map((r) => r.area));
  return fired.filter((r) => !(r.yieldsTo && strong.has(r.yieldsTo))).map((r) => ({ rule: r.id, area: r.area }));
}

/**
 * The areas a text names only in negated mentions («jeg har aldri søkt uføretrygd»): no rule of the area
 * fires. A reading of such an area rests on words the letter denies, and is held (classify/index.ts).
 */
export function negatedOnlyAreas(text: string, rules: EvidenceRule[] = evidenceRules): Set<string> {
  const { fired, negated } = readRules(text, rules);
  const named = new Set(fired.map((r) => r.area));
  return new Set(negated.map((r) => r.area).filter((a) => !named.has(a)));
}
