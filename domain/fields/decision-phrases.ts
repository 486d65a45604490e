/**
 * Phrases that date a decision, or its receipt, without the decision noun standing right before the
 * date: "Dere avgjorde saken min 25.06.2024", "Saken min ble avsluttet 5. mai 2024", "Jeg har fått
 * svar på klagen min fra dere av 17.07.2024", "Helfo traff 30.07.2024 vedtak om …", "Brevet kom
 * 18.07.2024". Each lead-in is matched against the clause text that ends right where a date starts,
 * so a phrase never reaches across a sentence or past another date.
 */

/** 'tribunal': Trygderetten's ruling («kjennelse»), the decision only of a document about any decision (a legal costs claim). */
export type Attribution = 'appeals_body' | 'first_instance' | 'tribunal' | null;

const B = '(?<![\\p{L}])';
const E = '(?![\\p{L}])';
const S = '\\s+';
/** What may stand between a dating phrase and its date: "den 5. mai", "on 5 May", "d. 5.5.". */
const BEFORE_DATE = `(?:${S}(?:den|d\\.|on|the))?\\s*$`;

const CASE = '(?:saken|saka|sak|ärendet|mitt ärende|sagen|min sag|my case|the case|your case|his case|her case)';
const CASE_OWNER = `(?:${S}(?:min|mi|mitt|vår|vårt|hans|hennes|hendes|deres|dykkar))?`;
const DECIDED = '(?:avgjort|avgjord|avgjordt|avsluttet|avslutta|avslutet|avslutat|afgjort|afsluttet|ferdigbehandlet|ferdigbehandla|decided|closed|determined)';
const DECIDED_PAST = '(?:avgjorde|avsluttet|avslutta|avslutade|afgjorde|afsluttede|decided|closed|determined)';
const AUX = '(?:ble|blei|vart|blev|blevs|was|has been|har blitt|har vorte|har blivit|er|är|is)';
/** "om arbeidsavklaringspenger", "concerning travel expenses": what the case was about, kept short. */
const ABOUT = `(?:${S}(?:om|angående|vedrørende|gjeldende|rörande|about|concerning|regarding)${S}[^.!?]{1,80}?)?`;
const MY_APPEAL =
  '(?:klagen|klaga|min klage|mi klage|klagan|min klagan|överklagandet|mitt överklagande|my appeal|the appeal|my complaint)';
const OWN_SUFFIX = `(?:${S}(?:min|mi|mitt))?`;
const FROM_YOU = '(?:fra dere|frå dykk|från er|fra jer|from you)';
const DATING = '(?:datert|dagsett|daterat|daterad|dateret|dated|av|af|of)';
const DATED_WORD = '(?:datert|dagsett|daterat|daterad|dateret|dated)';
/** "dere sendte (meg)", "som de sende meg", "ni skickade", "I sendte", "you sent me". */
const YOU_SENT = `${S}(?:som${S}|that${S})?(?:dere|de|dykk|ni|I|you)${S}(?:sendte|sende|skickade|sent)(?:${S}(?:meg|mig|me|oss|us))?`;
const RECEIVED = '(?:fått|fikk|fekk|mottatt|mottok|motteke|fick|erhållit|fik|fået|modtog|modtaget|got|received)';

/** A refusal in the past tense, by the office: "avslo", sv "avslog", da "afslog/afviste", en "refused/rejected". */
const REFUSED = `(?:avslo|avslog|afslog|avviste|afviste|refused|rejected|turned${S}down)`;
const WHOSE = `(?:(?:min|mi|mitt|mine|hans|hennes|hendes|my|his|her|our|vår|vårt|vores|klientens|the)${S})?`;
/** What was refused: the application or claim (the first instance's decision) … */
const APPLICATION = `${WHOSE}(?:søknad\\p{L}*|ansökan|ansökningen|ansøgning\\p{L}*|application|claim|krav\\p{L}*|request)(?:${S}(?:min|mi|mitt))?`;
/** … or the appeal (the appeals body's). */
const APPEAL = `${WHOSE}(?:klage\\p{L}*|klagan|överklagande\\p{L}*|appeal)(?:${S}(?:min|mi|mitt))?`;
/** The writer refusing something (an offer, a treatment) dates no decision. */
const NOT_THE_WRITER = '(?<!(?<![\\p{L}])(?:jeg|eg|jag|vi|me|we|I|han|hun|ho|hon|he|she)\\s+)';

export interface LeadIn {
  pattern: RegExp;
  attribution: Attribution;
  /**
   * False for a lay phrase that names only "a letter" («Brevet er datert …»): it dates the decision of
   * an appeal, never that of a document about no decision (a GP's declaration), so it is not plain.
   */
  plain?: boolean;
  /** Text shortly before the date (across sentences) that makes "the letter" someone else's: a GP's, a hospital's. */
  unlessNear?: RegExp;
  /**
   * A refusal verb («avslo», «refused»): anyone refuses things (an employer, a hospital, the municipality), so it
   * counts only when the office the letter appeals to refused, or no one is named, and never over a decision noun's date.
   */
  refusal?: boolean;
}

const leadIn = (source: string, attribution: Attribution): LeadIn => ({ pattern: new RegExp(`${B}${source}${BEFORE_DATE}`, 'iu'), attribution });
/** A letter from a doctor, a hospital or a lawyer just before «brevet er datert» is that letter, not the decision. */
const SOMEONE_ELSES_LETTER = /(?<![\p{L}])(?:lege\p{L}*|fastlege\p{L}*|legen|doktor\p{L}*|sykehus\p{L}*|sjukehus\p{L}*|sjukhus\p{L}*|epikrise\p{L}*|erklæring\p{L}*|attest\p{L}*|psykolog\p{L}*|fysioterapeut\p{L}*|tannlege\p{L}*|advokat\p{L}*|doctor\p{L}*|GP|hospital\p{L}*|läkar\p{L}*|læge\p{L}*|vedlegg\p{L}*|bilag\p{L}*|enclos\p{L}*|attach\p{L}*)(?![\p{L}])/iu;
const layLetterLeadIn = (source: string): LeadIn => ({ ...leadIn(source, 'first_instance'), plain: false, unlessNear: SOMEONE_ELSES_LETTER });
const refusalLeadIn = (l: LeadIn): LeadIn => ({ ...l, refusal: true });
/** After a free-worded ABOUT the date must be introduced: "om AAP fra 01.01.2025" dates the benefit, not the decision. */
const datedLeadIn = (source: string, attribution: Attribution): LeadIn => ({
  pattern: new RegExp(`${B}${source}${S}(?:den|d\\.|on|the|(?:i|in)${S}(?:vedtak|vedtaket|beslut|beslutet|afgørelse|afgørelsen|a decision|the decision)${S}${DATING})\\s*$`, 'iu'),
  attribution,
});

/**
 * Lead-ins whose following date is the date of the decision. Who made it is said where the phrase
 * says so ("svar på klagen min" is the appeals body's answer); "Dere avgjorde saken min" names the
 * addressee, which depends on who the letter goes to, so it is left open.
 */
export const DECISION_LEAD_INS: readonly LeadIn[] = [
  // "Dere avgjorde saken min 25.06.2024", "De avgjorde saka mi …", "You decided my case on …"
  leadIn(`${DECIDED_PAST}${S}${CASE}${CASE_OWNER}`, null),
  // "Dere avgjorde saken min om retten til direkte oppgjør den 1. august 2025"
  datedLeadIn(`${DECIDED_PAST}${S}${CASE}${CASE_OWNER}${ABOUT}`, null),
  // "Saken min (om AAP) ble avsluttet 29.10.24", "Ärendet avslutades den …", "my case, which was decided on …"
  leadIn(`${CASE}${CASE_OWNER}${ABOUT}(?:,?${S}(?:som|which|that|der|där))?${S}${AUX}${S}${DECIDED}`, null),
  leadIn(`${CASE}${CASE_OWNER}${S}(?:avslutades|avgjordes|afsluttedes|afgjordes)`, null),
  // "Jeg har fått svar på klagen min (fra dere) (datert|av|den) 05.03.2025"
  leadIn(`${RECEIVED}${S}(?:et${S}|eit${S}|ett${S}|a${S})?(?:svar|reply|answer)${S}(?:på|paa|to|on)${S}${MY_APPEAL}${OWN_SUFFIX}(?:${S}${FROM_YOU})?(?:${S}${DATING})?`, 'appeals_body'),
  leadIn(`(?:svar|reply|answer)${S}${FROM_YOU}${S}(?:på|to)${S}${MY_APPEAL}${OWN_SUFFIX}(?:${S}${DATING})?`, 'appeals_body'),
  // "Klageinstansen har avgjort klagen min den …", "decided my appeal on …"
  leadIn(`(?:avgjort|avgjorde|avgjord|afgjort|afgjorde|decided|determined)${S}${MY_APPEAL}${OWN_SUFFIX}`, 'appeals_body'),
  // "Klageorganet ga min klient medhold 15.01.2025", "klienten fikk medhold …"
  leadIn(`(?:ga|gav|gave|gjev|gaf)${S}(?:meg|mig|me|henne|ham|han|klienten|min klient|vår klient|my client|our client|the client)${S}(?:medhold|fullt medhold|delvis medhold)`, null),
  leadIn(`(?:fikk|fekk|fick|fik|fått|got)${S}(?:fullt${S}|delvis${S})?medhold`, null),
  // Writers who do not say "vedtak": "Jeg klager på brevet fra Helfo av 30. september 2026",
  // "Far fikk avslag 1. oktober 2026", "Eg klagar på avslaget frå 10.11.2026" (unseen-writer letters).
  // "Jeg vil klage på brevet dere sendte datert 30.10.2026", "I appeal the letter you sent me dated …" (QA s14 f MEDIUM-1).
  leadIn(`(?:klager|klagar|klage|klaga|överklagar|överklaga|appeal|appealing)(?:${S}(?:på|paa|pa|mot|over|against))?${S}(?:brevet|brevet${S}(?:ditt|dykkar|deres|ert|jeres)|your${S}letter|avslaget|avslagsbrevet|beslutet|the letter|the refusal)(?:${YOU_SENT})?(?:${S}(?:fra|frå|från|from)${S}[\\p{Lu}][\\p{L}.-]*(?:${S}[\\p{Lu}][\\p{L}.-]*){0,3})?${S}(?:${DATING}|fra|frå|från|from)`, 'first_instance'),
  // "fikk brev datert 15.10.26", "Brevet er datert 03.11.2026", "Eg fekk brev frå dykk dagsett …": only
  // the letter the writer got, or "the letter" itself; a letter from the GP or the hospital is not the decision.
  layLetterLeadIn(`(?:fikk|fekk|fick|fik|fått|fått${S}et|fået|got|received|mottok|mottog|modtog)(?:${S}(?:jeg|eg|jag|I|vi|we))?${S}(?:et${S}|eit${S}|ett${S}|a${S})?(?:brev|brevet|letter|the letter|a letter)(?:${S}(?:fra|frå|från|from)${S}(?:dere|dykk|er|jer|you))?${S}(?:${DATED_WORD})`),
  layLetterLeadIn(`(?:brevet|brevet${S}deres|brevet${S}dykkar|the letter|your letter)${S}(?:er|var|vart|är|var|is|was)${S}(?:${DATED_WORD})`),
  // "Jeg har fått brev fra dere av 01.09.2026" (QA L31): a letter from the office, dated by «av», is its decision letter.
  layLetterLeadIn(`${RECEIVED}(?:${S}(?:jeg|eg|jag|I|vi|we))?${S}(?:et${S}|eit${S}|ett${S}|a${S})?(?:brev|brevet|letter|a letter)${S}${FROM_YOU}${S}(?:av|af|of)`),
  // Handwritten notes that never say «vedtak»: «Eg klagar på det de skreiv 14.10.2026», «eg er usamd i det Nav
  // bestemte då de skreiv til meg 14.10.2026». Only the office or «de/dere/ni/you» writing, in the sentence of the appeal
  // or the disagreement, and not near a doctor's or a hospital's letter (layLetterLeadIn); not «Jeg klager ikke, men …».
  layLetterLeadIn(`(?:(?:klager|klagar|klage|överklagar)(?!${S}(?:ikke|ikkje|inte|ej|ikkie)${E})|uenig${S}i|usamd${S}i|ueinig${S}i|oenig${S}i|inte${S}enig${S}i|ikke${S}enig${S}i|ikkje${S}einig${S}i)${E}[^.!?\\d]{0,60}?${B}(?:då|da|når|när|det|det${S}som|that|what|when)${S}(?:de|dere|ni|you|nav|helfo|pasientreiser|försäkringskassan)${S}(?:skreiv|skrev|skrivit|wrote)(?:${S}(?:til|till|to)${S}(?:meg|mig|me))?`),
  // "Helfo avslo 28.02.2025 søknaden", "Ni avslog min ansökan om … den 5 mars 2025", "you refused my application on …"
  // (calibration-half case transfers and reopening requests; fields19). Not the writer's own refusal («Jeg avslo …»).
  // Whose refusal counts is checked by the caller (refusal: true).
  refusalLeadIn(leadIn(`${NOT_THE_WRITER}${REFUSED}`, null)),
  refusalLeadIn(leadIn(`${NOT_THE_WRITER}${REFUSED}${S}${APPLICATION}`, 'first_instance')),
  refusalLeadIn(datedLeadIn(`${NOT_THE_WRITER}${REFUSED}${S}${APPLICATION}${ABOUT}`, 'first_instance')),
  refusalLeadIn(leadIn(`${NOT_THE_WRITER}${REFUSED}${S}${APPEAL}`, 'appeals_body')),
  refusalLeadIn(datedLeadIn(`${NOT_THE_WRITER}${REFUSED}${S}${APPEAL}${ABOUT}`, 'appeals_body')),
  leadIn(`(?:fikk|fekk|fick|fik|got)${S}(?:et${S}|eit${S}|ett${S}|a${S})?(?:avslag|afslag|refusal)(?:${S}(?:fra|frå|från|from)${S}[\\p{Lu}][\\p{L}.-]*(?:${S}[\\p{Lu}][\\p{L}.-]*){0,3})?`, 'first_instance'),
];

/**
 * A verb before the date and the decision noun after it: "Helfo traff 30.07.2024 vedtak om …",
 * "NAV fattet den 3. mars 2025 et vedtak", "Försäkringskassan fattade den 3 mars 2025 beslut".
 */
export const DECISION_VERB_BEFORE = new RegExp(`${B}(?:traff|tok|fattet|fatta|gjorde|fattade|tog|traf|made|took|issued|reached|ga|gav|gave|gjev|gaf)${BEFORE_DATE}`, 'iu');
/** «ga DATO avslag»: a giving verb or a refusal noun, which anyone may give (an employer), so checked like a refusal. */
export const GIVEN_VERB_BEFORE = new RegExp(`${B}(?:ga|gav|gave|gjev|gaf)${BEFORE_DATE}`, 'iu');
export const REFUSAL_NOUN_AFTER = /^[ \t]*,?\s*(?:et\s+|eit\s+|ett\s+|en\s+|a\s+|the\s+)?(?:avslag|afslag|refusal|medhold)(?![\p{L}])/iu;
/** "Helfo gav 25.08.2026 avslag på søknad …": a refusal or the appellant's way given is the decision too. */
export const DECISION_NOUN_AFTER =
  /^[ \t]*,?\s*(?:et\s+|eit\s+|ett\s+|en\s+|a\s+|the\s+|sitt\s+|sin\s+)?(?:\p{L}*vedtak|\p{L}*beslut|\p{L}*afgørelse|\p{L}*avgjørelse|\p{L}*avgjerd|\p{L}*decision|avslag|afslag|refusal|medhold)(?![\p{L}])/iu;

/**
 * "Jeg viser til brevet fra NAV datert 15.09.2024, hvor jeg fikk avslag …": a letter that gave the
 * writer an outcome is the decision, even when the writer does not call it one. All three must be
 * there: a reference before the date, right after it a clause saying the writer was given something,
 * and what was given is a decision's outcome (a meeting "der jeg fikk beskjed om …" is not).
 */
export const REFERENCE_BEFORE = new RegExp(
  `${B}(?:viser til|vises til|viser eg til|visar till|hänvisar till|henviser til|refer to|refers to|with reference to)${E}[^.!?\\d]{0,90}?${S}(?:${DATING}|fra|frå|från|from)${BEFORE_DATE}`,
  'iu',
);
const OUTCOME =
  '(?:\\p{L}*avslag|avslått|afslag|avkort\\p{L}*|innvilg\\p{L}*|bevilg\\p{L}*|beviljat|medhold|avvis\\p{L}*|tilbakebetal\\p{L}*|tilbakekrev\\p{L}*|återbetal\\p{L}*|tilbagebetal\\p{L}*|stans|opphør|refusal|refused|rejection|rejected|granted|approval|nei|nej|ikke dekkes|ikkje dekt|inte ersätts|ikke dækkes|not covered)';
export const OUTCOME_AFTER = new RegExp(
  `^[ \\t]*,?\\s*(?:hvor|der|kor|där|hvori|i hvilket|in which|where|whereby)${S}(?:jeg|eg|jag|vi|I|we|det|du|you|klienten|the client)${S}(?:fikk|fekk|fick|fik|fått|got|received|ble${S}gitt|vart${S}gjeve|vart${S}gitt|blev${S}givet|gavs|was${S}given|were${S}given)${E}[^.!?]{0,40}?${B}${OUTCOME}${E}`,
  'iu',
);

const HANDS = '(?:i\\s+h(?:ende|ænde|ænder|ender)|tillhanda)';
/** The party's family in nb/nn/sv/da, bare or definite («mor», «mannen», «dottern»): one who may get the decision for the party. */
const FAMILY =
  '(?:mor|far|mamma|pappa|mann|mannen|mand|manden|maken|kone|kona|konen|fru|frun|hustru|hustrun|ektefelle|ektefellen|ektemake|ektemaken|make|samboer|samboeren|sambo|sambon|samlever|samleveren|sønn|sønnen|søn|son|sonen|datter|dattera|datteren|dotter|dottera|dottern|bror|broren|broderen|brodern|søster|søstera|søsteren|syster|systera|systern|foreldrene|föräldrarna|forældrene)';
/**
 * «kom meg/min klient/ham/mor i hende», da «kom mig i hænde», sv «kom mig tillhanda»: the decision came into the
 * hands of the party or of one who gets it for the party (QA s22 a15, a lawyer's «Vedtaket kom min klient i hende 20.
 * oktober»). Who is a fixed list — the writer, «ham/henne», «(min/vår) klient», «klienten», «parten», the family
 * («mor», «mannen min», «min man») — since an office, a firm, «undertegnede», a doctor or Nav is not the party (review
 * of qafix22: «kom vårt kontor / advokatfirmaet / fastlegen min / Nav i hende» were read as the party's receipt).
 * In a letter for someone else «kom meg i hende» is the representative's day: the caller drops it (IN_WRITERS_HAND).
 */
export const IN_HAND = `\\s+(?:meg|mig|ham|henne|honom|hende|(?:(?:min|mi|mitt|vår|vårt|vores)\\s+)?(?:klient|klienten|parten|${FAMILY})(?:\\s+(?:min|mi|mitt|vår|vårt))?|(?:min|vår)\\s+man)\\s+${HANDS}`;
/** «kom meg/mig i hende»: came to the writer, who in a letter for someone else is not the party. */
export const IN_WRITERS_HAND = new RegExp(`(?<![\\p{L}])kom\\s+(?:meg|mig)\\s+${HANDS}`, 'iu');
/**
 * A letter or the decision itself arriving: "Brevet kom 02.03.2025", "Brevet nådde meg 20.5.24",
 * "Jeg fikk brevet 18.9.23", "Klagevedtaket kom 5. mai". Only in a document that is about a decision
 * (the caller checks), where "the letter" that reached the writer is the decision letter.
 */
const LETTER = '(?:brevet|brevet deres|brevet dykkar|brevet ert|brevet jeres|vedtaksbrevet|the letter|your letter|the decision letter)';
const DECISION = '(?:\\p{L}*vedtaket|\\p{L}*vedtaksbrevet|avgjørelsen|avgjerda|\\p{L}*beslutet|afgørelsen|the decision|your decision)';
const ARRIVED =
  '(?:kom(?:\\s+(?:fram|frem)(?:\\s+til\\s+(?:meg|mig|oss))?|\\s+til\\s+(?:meg|mig|oss)|\\s+i\\s+posten|' + IN_HAND + ')?|n[åa]dde\\s+(?:meg|mig|oss|fram)|nåede\\s+(?:mig|os)|ankom|arrived|came|reached\\s+(?:me|us)|ble\\s+mottatt|vart\\s+motteke|blev\\s+modtaget)';
/** "Jeg fikk brevet først 4. november": the writer stressing that it came late (QA s14 f, A17: without it the receipt was missed and the appeal deadline counted from the decision's date). */
const LATE = `(?:${S}(?:først|fyrst|först|ikke før|ikkje før|inte förrän|first|only))?`;
export const RECEIPT_LEAD_INS: readonly RegExp[] = [
  new RegExp(`${B}(?:${LETTER}|${DECISION})${S}${ARRIVED}${LATE}${BEFORE_DATE}`, 'iu'),
  new RegExp(`${B}(?:fikk|fekk|fick|fik|mottok|mottog|modtog|received|got)${S}(?:jeg${S}|eg${S}|jag${S}|I${S})?${LETTER}${LATE}(?:${S}(?:i posten|in the post))?${LATE}${BEFORE_DATE}`, 'iu'),
];
