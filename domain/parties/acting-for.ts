import { ALL_KIN_WORDS, alternatives, CLIENT_NOUNS, GUARDIAN_WORDS, HELPER_WORDS } from './kin-and-roles.ts';
import { withoutDenials } from './denied-representation.ts';
import { isPersonName, PERSON_NAME } from './lines.ts';
import { givesTheCase } from './helper-handles-case.ts';

/**
 * Whether a municipality's or an association's letter says, in so many words, that it acts for a
 * named person: "på vegne av bruker Astrid Nordmann", "fullmakt fra Ola Hansen", "fuldmagt fra
 * borgeren", "bistår Ola Hansen med klagen", "på hennes vegne".
 * Such bodies write about people all the time (a caseworker's statement, an employer's account, a
 * consent to fetch records: "har gitt kommunen fullmakt til å innhente opplysninger"), so the loose
 * words that make a lawyer's or an ombud's signer a representative ("fullmektig", "fullmakt til å")
 * are not enough from them, and a denial ("Vi er ikke hennes fullmektig") never counts.
 */
const COMMUNAL = /(?:\bkommune(?:n|ns|s)?\b|\p{L}*forening\p{L}*|\bfylkeskommune\p{L}*|\bbydel\b)/iu;

/** A municipality or an association: it acts for someone only when it says so of a named person. */
export function isCommunalBody(name: string): boolean {
  return COMMUNAL.test(name);
}

/** Nouns a body puts between the phrase and the name ("på vegne av vår bruker Astrid Nordmann"). */
const BETWEEN = `(?:(?:vår|vårt|våre|min|mitt|vores|vor|hans|hennes)\\s+)?(?:(?:${alternatives(CLIENT_NOUNS)})\\s*,?\\s+)?`;
/** "Med fuldmagt fra borgeren": the definite noun is the person the letter is about, named in its subject. */
const THE_PERSON = `(?:${alternatives(CLIENT_NOUNS)})(?![\\p{L}])`;
// No i flag: a name's \p{Lu} must stay a capital. "pa" for "på": the scan loses the ring as often as not.
const ACTING_FOR = new RegExp(`(?<![\\p{L}])(?:[Pp][åa] vegner? a[vf]|PÅ VEGNER? AV|[Ff]ullmakt fr[aå]|[Ff]uldmagt fra|[Ss]om fullmektig for|[Bb]ist[åa]r)\\s+${BETWEEN}(?:(?<name>${PERSON_NAME})|(?<theCitizen>${THE_PERSON}))(?<appeal>\\s+med\\s+(?:denne\\s+|sin\\s+)?(?:klagen|klage|å\\s+klage|anken|anke|å\\s+anke))?|(?<pronoun>[Pp][åa]\\s+(?:hans|hennes|hennar|hendes)\\s+vegne?r?)(?![\\p{L}])`, 'gu');
/** Stands for the person a pronoun refers to ("på hennes vegne"): whoever the letter names. */
const PRONOUN = '(hun/han)';
/** A denial in the same sentence before the phrase: "vi skriver ikke på vegne av …", "er ikke hennes fullmektig". */
const NEGATION = /(?<![\p{L}])(?:ikke|ikkje|inte|not|never|aldri|uten|ingen|inga|intet)(?![\p{L}])/iu;
/** A sentence about records or consent ("fullmakt til å innhente opplysninger", "Innhentet med fullmakt fra …: journal"): no appeal. */
const RECORDS = /(?<![\p{L}])(?:innhent|samtykk|opplysning|journal)\p{L}*/iu;
/** The verb of an appeal: a pronoun ("på hennes vegne") acts for the person only in a sentence that appeals. */
const APPEAL_VERB = /(?<![\p{L}])(?:på)?(?:klage|klager|klagar|klaget|klaga|anke|anker|ankar|anket|anka)(?![\p{L}])/iu;

/** The persons the letter says its writer acts for (a name, or "borgeren"), denials left out. */
export function actsForNamedPerson(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(ACTING_FOR)) {
    // "Bistår" alone is any help (a form, a record); it acts for the person only "med klagen".
    if (/^bist[åa]r/iu.test(m[0]) && !m.groups!.appeal) continue;
    // "på hans vegne": the person is the one the letter names; the pronoun stands for them.
    const name = m.groups!.pronoun ? PRONOUN : (m.groups!.name?.trim() ?? m.groups!.theCitizen!);
    if (m.groups!.name && !isPersonName(name)) continue;
    const sentenceStart = Math.max(...['.', '\n', '!', '?'].map((c) => text.lastIndexOf(c, m.index!)));
    if (NEGATION.test(text.slice(sentenceStart + 1, m.index!))) continue;
    const sentence = text.slice(sentenceStart + 1, sentenceEnd(text, m.index! + m[0].length));
    if (RECORDS.test(sentence)) continue;
    if (m.groups!.pronoun && !APPEAL_VERB.test(sentence)) continue;
    names.push(name);
  }
  return names;
}

/** Where the sentence that goes on at `from` ends: its full stop, line end, "!" or "?", or the text's end. */
function sentenceEnd(text: string, from: number): number {
  const ends = ['.', '\n', '!', '?'].map((c) => text.indexOf(c, from)).filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : text.length;
}

/** A medical practice's letterhead: its doctor writes about a patient, whatever else the signature calls them. */
const MEDICAL_PRACTICE = /(?:legesenter|legekontor|legevakt|helsesenter|helsestasjon|sykehus|sjukehus|klinikk|poliklinikk|lægehus|vårdcentral|tannlege|tannklinikk|medical|clinic|clínica|hospital|legepraksis)/iu;

export function isMedicalPractice(name: string): boolean {
  return MEDICAL_PRACTICE.test(name);
}

/** Who a form's writer says they write for: "på vegne av (min mor) Astrid Nordmann", "on behalf of my father John Smith". */
const BEHALF = new RegExp(
  `(?<![\\p{L}])(?:[Pp]å vegner? a[vf]|[Oo]n behalf of|[Pp]å uppdrag av|[Ff]ullmektig for|[Ss]om fullmektig for)\\s+(?:(?:min|mi|mitt|vår|vårt|my|our|hans|hennes)\\s+)?(?:(?:${alternatives([...ALL_KIN_WORDS, ...HELPER_WORDS, ...CLIENT_NOUNS])})\\s*,?\\s+)?(?<name>${PERSON_NAME})`,
  'gu',
);

export function behalfNames(text: string): string[] {
  return [...text.matchAll(BEHALF)].map((m) => m.groups!.name!.trim()).filter(isPersonName);
}

/**
 * The writer's consent for records ("Jeg gir dere fullmakt til å innhente journal", "Vi har gitt min sønn
 * Arne Vold fullmakt til å hente post"): a grant in the first person of a power over records or post, not
 * words of representation. Only the grant phrase is blanked (to spaces, so offsets keep), never its sentence;
 * a power given to the writer ("gitt meg fullmakt", "ga undertegnede fullmakt") or by someone else
 * ("Ola Hansen har gitt foreningen fullmakt til å klage") is kept.
 * The words between the verb and the power are bounded and the phrase starts at a pronoun, so the search
 * stays linear on a long line; a text without the word is returned at once.
 */
const GRANT_FOR_RECORDS = /(?<![\p{L}])(?:jeg|eg|vi|me)\s+(?:(?:har|hadde|hev)\s+)?(?:gir|gjev|giver|ger|gav|ga|gitt|gje|gi)\s+(?!(?:meg|oss|me|mig|undertegnede|undertegnade|underskrivne)(?![\p{L}]))(?:[\p{L}-]+,?[ \t]+){0,5}?(?:fullmakt|fuldmagt|samtykke)[ \t]+til[ \t]+å[ \t]+(?:innhente|hente|utlevere|levere[ \t]+ut|gi[ \t]+ut)(?![\p{L}])/giu;

/** The same grant with the holder after the power (session 22): «Jeg gir fullmakt til min sønn Rune Vik til å hente medisinene mine». */
const GRANT_TO_FOR_RECORDS = /(?<![\p{L}])(?:jeg|eg|vi|me)\s+(?:(?:har|hadde|hev)\s+)?(?:gir|gjev|giver|ger|gav|ga|gitt|gje|gi)\s+(?:fullmakt\p{L}*|fuldmagt\p{L}*|samtykke)[ \t]+til[ \t]+(?!(?:meg|oss|me|mig|undertegnede|undertegnade|underskrivne)(?![\p{L}]))(?:[\p{L}-]+,?[ \t]+){1,5}?til[ \t]+å[ \t]+(?:innhente|hente|utlevere|levere[ \t]+ut|gi[ \t]+ut)(?![\p{L}])/giu;

/**
 * Any first-person grant whose purpose is not the case (session 23): «Jeg gir fullmakt til min datter Hege Lunde til å ordne med
 * posten min», «Jeg gir min sønn … fullmakt, slik at han kan ta seg av posten min», sv «Jag ger min son … fullmakt att ta hand
 * om min post», da «Jeg giver min datter … fuldmagt til at hente min post», en «I gave my daughter … power of attorney to
 * collect my post». The grant up to its purpose is matched; `powerOverTheCase` reads the purpose, and only a power over
 * something else (`NOT_THE_CASE`) is blanked, so «… til å føre klagesaken, og han tar seg også av posten» stays a power.
 */
const NOT_TO_THE_WRITER = '(?!(?:meg|oss|me|mig|undertegnede|undertegnade|underskrivne)(?![\\p{L}]))';
const A_PURPOSE = '(?:[ \\t]+(?:til[ \\t]+(?:å|at)|att)[ \\t]+|,?[ \\t]+(?:slik|så)[ \\t]+(?:at[ \\t]+)?(?:han|hun|ho|hon|de|dei)[ \\t]+(?:kan|skal|kunne)[ \\t]+)';
const GRANT_FOR_ANYTHING = new RegExp(
  `(?<![\\p{L}])(?:jeg|eg|jag|vi|me)\\s+(?:(?:har|hadde|hev)\\s+)?(?:(?:herved|hermed|härmed|med\\s+dette)\\s+)?(?:gir|gjev|giver|ger|gav|ga|gitt|gje|gi|givet|gett)\\s+${NOT_TO_THE_WRITER}(?:[\\p{L}-]+,?[ \\t]+){0,5}?(?:fullmakt\\p{L}*|fuldmagt\\p{L}*)(?:[ \\t]+till?[ \\t]+${NOT_TO_THE_WRITER}(?:[\\p{L}-]+,?[ \\t]+){1,7}?(?:[\\p{L}-]+))?${A_PURPOSE}`,
  'giu',
);
const EN_GRANT_FOR_ANYTHING = /(?<![\p{L}])I\s+(?:have\s+|hereby\s+)?(?:give|gave|given|grant|granted)\s+(?!(?:me|us)(?![\p{L}]))(?:[\p{L}-]+,?[ \t]+){0,5}?[Pp]ower[ \t]+of[ \t]+attorney(?:[ \t]+to[ \t]+(?:[\p{L}-]+,?[ \t]+){1,5}?(?:[\p{L}-]+))?(?:[ \t]+to[ \t]+|,?[ \t]+so[ \t]+(?:that[ \t]+)?(?:he|she|they)[ \t]+(?:can|may|will|could)[ \t]+)/gu;

export function withoutGrantsToOthers(text: string): string {
  if (!/fullmakt|fuldmagt|samtykke|attorney/iu.test(text)) return text;
  // The grants over records first (their whole phrase blanked, the verb after «til å» too), then any other errand.
  const records = text.replace(GRANT_FOR_RECORDS, blank).replace(GRANT_TO_FOR_RECORDS, blank);
  const notTheCase = (m: string, at: number) => (powerOverTheCaseReadOn(records.slice(at + m.length, at + m.length + 240)) ? m : blank(m));
  return withoutPowersOverOtherThings(records.replace(GRANT_FOR_ANYTHING, notTheCase).replace(EN_GRANT_FOR_ANYTHING, notTheCase));
}

const blank = (m: string) => m.replace(/[^\n]/gu, ' ');

/**
 * "fullmakt til å …", Danish "fuldmagt til at …", Swedish "fullmakt till mitt bankkonto", "power of attorney for my bank
 * account", and «fullmakt, slik at han kan …» / «power of attorney so that he can …» (session 23): the words of a power,
 * whoever holds it; what it is for follows in the same sentence.
 */
const POWER_TO = /(?<![\p{L}])(?:fullmakt(?:en|a)?|fuldmagt(?:en)?|power[ \t]+of[ \t]+attorney)(?:[ \t]+(?:til[ \t]+(?:å|at)|till[ \t]+att|till|att|for|over|to)[ \t]+|,?[ \t]+(?:(?:slik|så)[ \t]+(?:at[ \t]+)?(?:han|hun|ho|de|dei|hon|hen)|so[ \t]+(?:that[ \t]+)?(?:he|she|they))[ \t]+(?:kan|skal|kunne|can|may|will|could)[ \t]+)/giu;
/** The writer holds the power ("gitt meg fullmakt", "gir undertegnede fullmakt", "Jeg har fullmakt"): their words of acting for someone, kept. */
const WRITER_HOLDS = /(?<![\p{L}])(?:meg|mig|oss|undertegnede|undertegnade|underskrivne)[ \t]+$|(?<![\p{L}])(?:jeg|eg|jag|vi|me)[ \t]+(?:har|hadde|hev|fikk|fekk|fick)[ \t]+$/iu;
/**
 * One's mail, the object of an errand power (session 23): «ta seg av posten min», «ordne med posten», «hente posten», nn
 * «henta posta», sv «ta hand om min post», da «tage sig af min post», en «deal with my mail», «collect my post». Not «e-post»
 * (the hyphen before), not «post fra dere / i saken» (the case's words after it win, `OVER_THE_CASE`).
 */
const MAIL = '(?:post|posten|posta|postkass\\p{L}*|postkontor\\p{L}*|postlåd\\p{L}*|mail|postboks\\p{L}*)';
/**
 * What a power is for when it is not the case: a bank, an account, bills, money, fetching post, parcels or
 * medicine, one's mail (`MAIL`), records. The list is of what is known not to be the case, so a power to do anything else ("ordne alt
 * for meg", "snakke med dere", "tale min sag") is one over the case: a power read wrongly as the case's costs a
 * withheld address, one read wrongly as not costs a wrong appellant.
 */
const OTHER_ERRANDS = '(?:nettbank\\p{L}*|bank\\p{L}*|konto\\p{L}*|regning\\p{L}*|räkning\\p{L}*|account\\p{L}*|bills|økonomi\\p{L}*|hente[ \\t]+(?:\\p{L}+[ \\t]+)?(?:pakker|pakkene|pakke|medisiner|medisinene|medisin)|apotek\\p{L}*|innhente|journal\\p{L}*|bil|bilen|butikk\\p{L}*|handle[ \\t]+inn)';
const NOT_THE_CASE = new RegExp(`(?<![\\p{L}-])(?:${OTHER_ERRANDS}|${MAIL})(?![\\p{L}])`, 'iu');
const NOT_THE_CASE_BUT_MAIL = new RegExp(`(?<![\\p{L}-])${OTHER_ERRANDS}(?![\\p{L}])`, 'iu');
/**
 * The case, its office or acting for someone in the same words as a bank or bills: the power is over the case after all. Session
 * 23's review: sv «föra min talan», «i ärendet», «överklagandet», en «this appeal», «my case» (never «in case»), «snakke med
 * saksbehandleren», «representere meg» — a power with these words beside the mail is the case's, and the acknowledgement is held
 * for its holder (blanked, it went to the appellant: a new wrong addressee).
 */
const OVER_THE_CASE =
  /(?<![\p{L}])(?:klag\p{L}*|påklag\p{L}*|anke|anka|anken|sak|saken|saka|saker|sakene|sakane|sag|sagen|vedtak\p{L}*|nav|helfo|trygdeetaten|dere|dykk|deg|vegne|vegner|talan|ärende\p{L}*|överklag\p{L}*|appeal\p{L}*|(?<!in[ \t]+)case|saksbehandl\p{L}*|represent\p{L}*)(?![\p{L}])/iu;
/**
 * «ta seg av alt, også posten», sv «sköta allt», en «deal with everything»: a power over all the writer's affairs, the mail among
 * them, is one over the case too. Only beside the mail: «ordne alt i banken» is still a bank's power.
 */
const EVERYTHING = /(?<![\p{L}])(?:alt|allt|everything)(?![\p{L}])/iu;
/**
 * «alt av post», «alt som kommer i posten», «all my mail» (session 23's second review): «alt» counting the mail itself is
 * no power over all the writer's affairs.
 */
const ALL_OF_THE_MAIL = new RegExp(
  `(?<![\\p{L}])(?:alt|allt|all|everything)(?:[ \\t]+(?:av|som|kommer|kjem|i|min|mi|mitt|mine|my|of|the|that|comes|in|fra|frå|från|med|til|till|to|for))*[ \\t]+${MAIL}(?![\\p{L}])`,
  'giu',
);

/** Whether the words after "fullmakt til å" make the power one over the case (see NOT_THE_CASE). */
export function powerOverTheCase(object: string): boolean {
  // "… i banken, men ikke i denne saken": the case after a denial is what the power is not for.
  // «… disponere bankkontoen min, men klaga skriv eg sjølv»: the clause after «men»/«but» is the writer's own, not the power's.
  const sentence = object.slice(0, 160).split(/[.!?\n]/u)[0]!.split(/(?<![\p{L}])(?:ikke|ikkje|inte|not|men|but)(?![\p{L}])/iu)[0]!;
  return OVER_THE_CASE.test(sentence) || !NOT_THE_CASE.test(sentence) || (EVERYTHING.test(sentence.replace(ALL_OF_THE_MAIL, ' ')) && !NOT_THE_CASE_BUT_MAIL.test(sentence));
}

/**
 * «… til å ta seg av posten min og» / «føre klagesaken for meg.» on the next line: a line the writer (or a scan) wrapped is one
 * sentence, so a single line break is read as a space when the next line goes on in lower case (a line starting «Klagen
 * gjelder …» is a new sentence without its full stop; a blank line still ends it).
 */
const unwrapped = (text: string): string => text.replace(/\n(?=[ \t]*\p{Ll})/gu, ' ');
/**
 * `powerOverTheCase` for the words after a power as a letter writes them (session 23's review): a wrapped line read on, and the
 * next sentence read when it gives the holder («Hun …», «He …») the case as well.
 */
export function powerOverTheCaseReadOn(after: string): boolean {
  const read = unwrapped(after);
  if (powerOverTheCase(read)) return true;
  const next = (/[.!?]\s+(?<next>[^.!?]*)/u.exec(read.slice(0, 160))?.groups?.next ?? '').split(/\n[ \t]*\n/u)[0]!;
  // «Hun skal også føre klagen», «Hun ordner klagen» (session 24: the kind of sentence, `givesTheCase`), never «Hun kan ringe dere om posten».
  return givesTheCase(next);
}

/**
 * A power over something other than the case ("Datteren min Kari Vold har fullmakt til å handle i nettbanken",
 * "Jeg gir sønnen min fullmakt til å betale regningene"), held by anyone but the writer: no words of representation. The power's
 * words are blanked in place; its holder's name stays, so a relative named in it is read as any person named.
 */
export function withoutPowersOverOtherThings(text: string): string {
  // The words after the power, read in a bounded window so a long line stays linear.
  const rest = (from: number) => text.slice(from, from + 240);
  // The sentence before the power, in a bounded window: "gitt meg fullmakt", "Jeg har fullmakt" — the writer holds it.
  const before = (to: number) => text.slice(Math.max(0, to - 80), to).split(/[.!?\n]/u).pop()!;
  return text.replace(POWER_TO, (m, at: number) => (powerOverTheCaseReadOn(rest(at + m.length)) || WRITER_HOLDS.test(before(at)) ? m : blank(m)));
}

/** A signer who signs as the one acting for someone: "Terje Holm (verge)", a title "fullmektig" or "verje" (never "advokatfullmektig"). */
const REPRESENTATIVE_ROLE = new RegExp(`(?<![\\p{L}])(?:${alternatives(GUARDIAN_WORDS)}|guardian|representative)(?![\\p{L}])`, 'iu');

export function signsAsRepresentative(signatureLine: string, title: string | null): boolean {
  const bracketed = /\((?<role>\p{Ll}[\p{Ll} ]{1,30})\)\s*$/u.exec(signatureLine)?.groups?.role ?? '';
  // "Eg er ikkje fullmektig" read as the signer's title (a line under the signature) denies the role.
  return REPRESENTATIVE_ROLE.test(bracketed) || REPRESENTATIVE_ROLE.test(withoutDenials(title ?? ''));
}

/**
 * An ombud's or a union's words of acting for someone that are no representation from anyone else (session 17, QA L07, L31):
 * it assists («bistår», nynorsk and Danish alike, Swedish «biträder», «assists») and a power of attorney («fullmakt»,
 * «fuldmagt», «power of attorney») is in the same letter; or it asks for the reply to be sent to itself («Svar bes sendt til
 * ombudet», «svar og videre korrespondanse sendes til Fagforbundet v/ undertegnede», «please send the reply to us»).
 * Only read for an advocacy body's letter: a person's «min datter har hjulpet meg» or «svar sendes til meg» is no one acting.
 */
const ASSISTS = /(?<![\p{L}])(?:bist[åa]r|biträder|assists?|assisting)(?![\p{L}])/iu;
const A_POWER = /(?<![\p{L}])(?:fullmakt\p{L}*|fuldmagt\p{L}*|power\s+of\s+attorney)(?![\p{L}])/iu;
const REPLY_TO = /(?<![\p{L}])(?:svar\p{L}*|korrespondanse\p{L}*|korrespondens\p{L}*|reply|response)(?:[ \t]+\p{L}+){0,4}?[ \t]+(?:sendes|sendast|bes[ \t]+sendt|bes[ \t]+sendes|bedes[ \t]+sendt|ønskes[ \t]+sendt|ønskast[ \t]+sendt|skickas|(?:kan|må|skal|bør|kunne|bedes)[ \t]+(?:bli[ \t]+)?sendt)[ \t]+til(?:l)?[ \t]+(?<to>[\p{L}-]+)|please[ \t]+send[ \t]+(?:the[ \t]+|your[ \t]+)?(?:reply|response|answer)[ \t]+to[ \t]+us(?![\p{L}])/giu;
/**
 * A copy asked for is no reply to the body (review partiesfix17, x15: «Vi ber om at en kopi av svaret sendes til oss» made the
 * union the representative); a past send («svaret ble sendt til oss i fjor») is no request and is not matched above.
 */
const COPY_OF = /(?<![\p{L}])(?:kopi|kopien|kopia|kopian|copy)[ \t]+(?:av|af|of)[ \t]+$/iu;
/** The person conducts the case: «som fører saken selv», «Per Holm ønsker selv å følge opp», «will follow up himself». */
const CONDUCTS_OWN_CASE = /(?<![\p{L}])(?:fører[ \t]+(?:saken|saka|klagen|klaga)[ \t]+(?:selv|sjølv)|fører[ \t]+sjølv[ \t]+(?:saka|klaga)|för[ \t]+(?:ärendet|överklagandet)[ \t]+själv|(?:ønsker|ønskjer)[ \t]+(?:selv|sjølv)[ \t]+å[ \t]+følg\p{L}*[ \t]+opp|følg\p{L}*[ \t]+opp[ \t]+(?:saken[ \t]+|saka[ \t]+)?(?:selv|sjølv)|will[ \t]+follow[ \t]+up[ \t]+(?:him|her|them)sel(?:f|ves))(?![\p{L}])/iu;

/** The power enclosed, at the start of the sentence after the one that assists: «Fullmakt ligg i posten», «Vedlagt fullmakt». */
const ENCLOSED_POWER = /^(?:(?:se[ \t]+)?vedlagt\p{L}*[ \t]+fullmakt|fullmakt\p{L}*[ \t]+(?:ligg\p{L}*[ \t]+(?:ved|i[ \t]+posten)|følger[ \t]+vedlagt|følgjer[ \t]+vedlagt|er[ \t]+vedlagt|bifogas)|(?:the[ \t]+)?power[ \t]+of[ \t]+attorney[ \t]+is[ \t]+(?:enclosed|attached))(?![\p{L}])/iu;
const OURSELVES = ['oss', 'os', 'ombudet', 'ombodet', 'forbundet', 'foreningen', 'undertegnede', 'us'];

export function bodyActsFor(text: string, bodyName: string): boolean {
  const denied = withoutDenials(text);
  if (CONDUCTS_OWN_CASE.test(denied)) return false;
  // «bistår» and «fullmakt» in the same sentence, or the power enclosed in the next («Fullmakt ligg ved»): «bistår pasienter
  // over hele landet. … Fullmakten gjelder bare arbeidsrettssaken» is no mandate here (review partiesfix17, x03, x10, x13).
  const sentences = denied.split(/(?<=[.!?])\s+|\n[ \t]*\n/u);
  if (sentences.some((s, i) => ASSISTS.test(s) && (A_POWER.test(s) || ENCLOSED_POWER.test(sentences[i + 1] ?? '')))) return true;
  const reply = [...denied.matchAll(REPLY_TO)].find((m) => !COPY_OF.test(denied.slice(Math.max(0, m.index! - 20), m.index!)));
  if (!reply) return false;
  const to = reply.groups?.to?.toLowerCase();
  // To the body itself: «oss», «ombudet», or its own name's first word («sendes til Fagforbundet»), never «til meg» or «til Kari Vold».
  return to === undefined || OURSELVES.includes(to) || bodyName.split(/[\s,–-]+/u)[0]!.toLowerCase() === to;
}
