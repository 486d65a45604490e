import { ADDRESS_SPAN, addressAtStart } from './address-phrases.ts';
import { ALL_KIN_WORDS, CLIENT_NOUNS, FURTHER_KIN_WORDS, HELPER_WORDS, KIN_WORDS } from './kin-and-roles.ts';
import { isPersonName, PERSON_NAME, PROFESSIONAL, titleCase } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';
import { startsWithFirstInstance } from './organisations.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * Where a letter names its appellant in running text, in the five languages the product reads:
 * "klagesaken til Kari Nordmann", "på vegne av min klient Ola Hansen", "Pasient: Per Olsen",
 * "on behalf of my mother Anna Smith". The label is matched without regard to case; the name must
 * be written as a name (capitalised words), so "gjelder: dekning av …" names nobody.
 */
/**
 * A phrase as OCR may read it: a lost diacritic ("pa vegne" for "på vegne"), a lost space between
 * words ("fullmektigfor"). Only the labels are read this loosely, never the names they introduce.
 */
function loose(phrases: readonly string[]): string {
  const fold: Record<string, string> = { å: '[åa]', ø: '[øo]', æ: '(?:æ|ae)', ä: '[äa]', ö: '[öo]', é: '[ée]' };
  return phrases.map((p) => [...p].map((c) => (c === ' ' ? '\\s?' : (fold[c] ?? regExpLiteral(c)))).join('')).join('|');
}
const label = (phrases: readonly string[], after: string) => new RegExp(`(?<![\\p{L}])(?:${loose(phrases)})(?![\\p{L}])${after}`, 'giu');

// "for en venninne, …", "for a good friend, …": an indefinite article (and a kind word) stands where a possessive would.
const RELATIVE = `(?:(?:${loose(['min', 'mi', 'mitt', 'mine', 'vår', 'vårt', 'vores', 'vor', 'my', 'our', 'hans', 'hennes', 'hennar', 'hendes', 'sin'])}|(?:en|ei|et|a|an)(?:\\s+(?:god|godt|gode|good|close|nær))?)\\s+)?(?:(?:${loose([...ALL_KIN_WORDS, ...HELPER_WORDS, ...CLIENT_NOUNS])})(?![\\p{L}])(?:\\s+(?:${loose(['min', 'mi', 'mitt', 'mine', 'vår', 'sin', 'sitt'])})(?![\\p{L}]))?,?\\s*)?`;

// The words for a relative and further kin, from the one list the other cues read ("min mor …", "svigermor min, …"). Not the
// definite forms: "Sønnen min, Per Vold, mener også …" in the appellant's own letter names a son in passing (review 10).
const KIN_AND_FURTHER = [...KIN_WORDS, ...FURTHER_KIN_WORDS];
const KIN = `(?:${loose(KIN_AND_FURTHER)})(?![\\p{L}])`;

/** "Gjelder: …", "Vedr.: …", "Re: …", "Vedrørende pasient …": what, or whom, the letter is about. */
const REGARDING = label(['saken gjelder', 'saka gjeld', 'gjelder', 'gjeld', 'vedr.', 'vedr', 'vedrørende', 'vedrører', 'gäller', 'concerns', 'angår', 'vedkommande', 'angående', 'ärende', 'sag', 're', 'regarding', 'subject'], `\\s*:?\\s*(?:(?:${loose(['pasient', 'pasienten', 'patient', 'patienten', 'bruker', 'brukeren', 'brukar', 'brukaren', 'our client', 'my client', 'client', 'vår klient', 'min klient', 'klient', 'klienten'])})\\s+(?=\\p{Lu}))?`);

/**
 * "Jeg, Kari Nordmann, Storgata 1, 0467 Oslo, gir med dette Ola Hansen fullmakt …": a power of attorney written out
 * names its giver, the party, after "Jeg,"; only in a sentence that gives a fullmakt (GIVES_MANDATE_SENTENCE), since
 * "Jeg, Kari Nordmann, klager …" is any writer's own sentence.
 */
const GIVES_MANDATE = label(['jeg', 'eg', 'jag', 'undertegnede', 'undertegnade', 'undertecknad'], '\\s*,\\s*');
const GIVES_MANDATE_SENTENCE = /(?<![\p{L}])(?:gir|gjev|ger|giver)(?![\p{L}]).{0,120}(?<![\p{L}])(?:fullmakt|fuldmagt)(?![\p{L}])/iu;

const APPELLANT_LABELS: RegExp[] = [
  GIVES_MANDATE,
  label(['klagesak for', 'klagesak til', 'klagesaken for', 'klagesaken til', 'klagesaka til', 'klagesaka for', 'klagen fra', 'klagen til', 'klaga frå', 'klaga til', 'klage fra', 'klage frå', 'saka til', 'saken til', 'saken for', 'klagan från', 'överklagandet från', 'the appeal from', 'the appeal of', 'appeal from'], `\\s+${RELATIVE}`),
  REGARDING,
  label(['klager', 'klageren', 'klagar', 'klagaren', 'parten', 'part', 'pasient', 'pasienten', 'patient', 'navn', 'namn', 'name', 'appellant', 'the appellant', 'klagande', 'sökande', 'søker', 'søkjar', 'medlem', 'bruker', 'brukar', 'den forsikrede', 'forsikrede', 'undertegnede', 'ankende part', 'klient', 'klienten', 'client', 'our client', 'huvudman', 'vergehaver', 'vergehavar', 'verjehavar', 'innbygger', 'innbyggar', 'fullmaktsgiver', 'fullmaktsgjevar', 'fullmaktsgivar', 'fullmaktsgivare', 'fullmagtsgiver', 'sak'], '\\s*:\\s*'),
  label(['den ankende part er', 'ankende part er', 'undertegnede', 'undertegnade', 'the undersigned', 'undertecknad'], '\\s+'),
  // A guardian names the ward: "verge for Kari Nordmann", "god man för", "the legal guardian of".
  label(['verge for', 'hjelpeverge for', 'verje for', 'hjelpeverje for', 'oppnevnt verge for', 'god man för', 'god man for', 'værge for', 'guardian of', 'legal guardian of', 'guardian for'], '\\s+'),
  // A lawyer names the client: "min klient Kari Nordmann", "klienten vår, Ola Hansen", "our client Anna Smith".
  label(['min klient', 'vår klient', 'klienten min', 'klienten vår', 'vores klient', 'my client', 'our client', 'min huvudman', 'vår huvudman'], '\\s*,?\\s+'),
  label(['på vegne av', 'på vegner av', 'på vegne af', 'på uppdrag av', 'on behalf of', 'i saken for', 'engasjert av', 'engagert av', 'representerer', 'repræsenterer', 'företräder', 'represent', 'represents', 'fullmektig for', 'fullmakt fra', 'fullmakt frå', 'ombud för', 'befullmäktigad av', 'bistår', 'vi bistår', 'assisterer', 'instructed by', 'we act for', 'acting for'], `\\s*${RELATIVE}`),
];
/**
 * "for min mor Kari Nordmann", "hjelper naboen min, Per Lie": a relative after "for" or "hjelper" is whom the
 * writer acts for only in a sentence that says so ("Jeg klager for min mor …", "på vegne av"); "Jeg har omsorg for
 * min svigermor, Kari Berg" in the appellant's own letter names someone cared for, not the party.
 */
const LOOSE_FOR = label(['for', 'för', 'hjelper'], `\\s*${RELATIVE}`);
/** "klager for", "skriver for", "skriver denne klagen for": an appeal's or a letter's verb (and what it writes) right before "for". */
const ACTS_FOR_VERB = /(?<![\p{L}])(?:klage|klager|klagar|klaget|klaga|anke|anker|ankar|anket|skriver|skriv|sender|søker|søkjer)\s+(?:(?:denne|dette|den|det|dei|de)\s+(?:klagen|klaga|anken|anka|brevet|søknaden)\s+)?$/iu;

/** Words of acting for someone inside a word the scan ran together ("skriverpå vegne av", "Jag skriverpå uppdrag av"). */
const BEHALF_STEM = /veg\s?n[eéè]|uppdrag|behalf|v[äa]gnar|fullmakt|fuldmagt/iu;
/** "Dette brevet er skrevet av meg … for min mor …": a letter written for the relative. */
const WRITTEN_FOR = /(?<![\p{L}])(?:for|för)\s+$/iu;
const WRITING = /skriv|skrev|written|writing|brev/iu;

/** "Eg skriv for far min, …", "I am writing for my mother …": the writer's verb and "for" right before the relative. */
const VERB_FOR = /(?<![\p{L}])(?:klage|klager|klagar|skriver|skriv|sender|søker|søkjer|writing|write|writes)\s+(?:for|för|på\s+vegne\s+av)\s+$/iu;

/** "hjelper naboen min, Ola Hansen, med denne klagen": the help is with the appeal. */
const WITH_THE_APPEAL = /(?<![\p{L}])med\s+(?:\p{L}+\s+)?(?:klagen|klaga|klage|anken|anka|anke|saken|saka)(?![\p{L}])/iu;

/** The sentence a match stands in, and where it starts. */
function sentenceOf(text: string, m: { index: number; 0: string }): { start: number; sentence: string } {
  // Read in a bounded window either side, so a text with no sentence ends (one long line) stays linear.
  const from = Math.max(0, m.index - SENTENCE_WINDOW);
  const before = text.slice(from, m.index);
  const start = from + Math.max(...['.', '\n', '!', '?'].map((c) => before.lastIndexOf(c))) + 1;
  const after = m.index + m[0].length;
  const rest = text.slice(after, after + SENTENCE_WINDOW);
  const ends = ['.', '\n', '!', '?'].map((c) => rest.indexOf(c)).filter((i) => i >= 0);
  return { start, sentence: text.slice(start, after + (ends.length > 0 ? Math.min(...ends) : rest.length)) };
}
const SENTENCE_WINDOW = 300;


/** Whether a loose "for"/"hjelper" match names whom the writer acts for (see LOOSE_FOR). */
function looseForActs(text: string, m: RegExpExecArray): boolean {
  // With no relative word ("Klage for Kari Nordmann") the phrase reads as before.
  if (m[0].trim().split(/\s+/u).length < 2) return true;
  const { start, sentence } = sentenceOf(text, m);
  return REPRESENTS.test(sentence) || ACTS_FOR_VERB.test(text.slice(start, m.index)) || WITH_THE_APPEAL.test(sentence);
}


/**
 * What a letter says of a case: an appeal, a decision, an application, whom it concerns. A relative named in a
 * sentence with none of these ("Min mann, Ola, har fulgt meg til alle timene") is someone the writer mentions.
 */
const ABOUT_THE_CASE = /(?<![\p{L}])(?:klag\p{L}*|påklag\p{L}*|ank(?:e|en|a|er|ar|et)|vedtak\p{L}*|avslag\p{L}*|avslått|avslo|søknad\p{L}*|søk(?:t|te|er)|gjelder|gjeld|gäller|vedrører|appeal\p{L}*|decision\p{L}*|refused|beslut\p{L}*|överklag\p{L}*|afgørelse\p{L}*|avgjørelse\p{L}*|avgjerd\p{L}*)(?![\p{L}])/iu;

/**
 * Whether a relative named with the kinship ("min datter Kari Vold") is whom the writer writes for: the sentence
 * speaks of the case or of acting for someone, or the letter says anywhere that its writer acts for someone.
 * The appellant's own letter names a spouse, a child or a helper ("datteren min Kari hjelper meg med det
 * praktiske") without making them the party.
 */
function kinActs(text: string, m: RegExpExecArray, represents: () => boolean): boolean {
  const { start, sentence } = sentenceOf(text, m);
  const before = text.slice(start, m.index);
  if (m[0] !== '' && WRITER_IS_KIN.test(m[0])) return writerActsForKin(text, sentence, start, represents);
  return ABOUT_THE_CASE.test(sentence) || BEHALF_STEM.test(sentence) || (WRITTEN_FOR.test(before) && WRITING.test(sentence)) || ACTS_FOR_VERB.test(before) || VERB_FOR.test(before) || represents() || kinIsTheSubject(text, m, start + sentence.length);
}

/** "Vedr.: min mor Astrid Vold", "Ang. far min, Per Vold": a regarding line's opening before the relative. */
const REGARDING_OPENING = /^[ \t]*(?:vedr\.?|vedrørende|ang\.?|angående|re|regarding|concerning|gjelder|gjeld)[ \t]*:?[ \t]*$/iu;
/** "Hun fikk avslag …", "Ho fekk nei", "She was refused": the case spoken of as the relative's, in the third person. */
const THIRD_PERSON_CASE = /(?<![\p{L}])(?:hun|han|ho|hon|she|he)\s+(?:har\s+|hadde\s+|has\s+|had\s+)?(?:fikk|fekk|fick|fått|fenge|got|søkte|søkt|sökte|applied|was\s+refused|has\s+been\s+refused|was\s+denied)(?![\p{L}])/iu;
/** "Vi klager på dette", "Vi överklagar beslutet", "We would like to appeal": the family appeals together. */
const WE_APPEAL = /(?<![\p{L}])(?:vi|we)\s+(?:\p{L}+\s+){0,3}?(?:klag\p{L}*|påklag\p{L}*|ank(?:e|er|ar)|överklag\p{L}*|appeal\p{L}*)(?![\p{L}])/iu;
/** "Jeg klager på vedtaket", "I appeal the decision", "min klage": the writer's own case, in the first person singular. */
const OWN_CASE = /(?<![\p{L}])(?:(?:[Jj]eg|[Ee]g|[Jj]ag|I)\s+(?:\p{Ll}+\s+){0,2}?(?:klag\p{L}*|påklag\p{L}*|ank(?:e|er|ar)|överklag\p{L}*|appeal\p{L}*)|(?:[Mm]in|[Mm]i|[Mm]y)\s+(?:klage|klaga|anke|appeal)|avslaget\s+(?:jeg|eg)\s+fikk|vedtaket\s+mitt|mitt\s+vedtak)(?![\p{L}])/u;

/**
 * A relative named where the letter is about them though no sentence with the name speaks of the case: the
 * naming line is a regarding line or holds only the relative ("Min mor Astrid Vold"), or the sentences after it
 * speak of the case in the third person ("Hun fikk avslag") or as "we" in a letter where the writer has no case
 * of their own.
 */
function kinIsTheSubject(text: string, m: RegExpExecArray, sentenceEnd: number): boolean {
  const lineStart = text.lastIndexOf('\n', m.index) + 1;
  const lineEnd = text.indexOf('\n', m.index);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  if (line.length <= HEAD_LINE && REGARDING_OPENING.test(text.slice(lineStart, m.index))) return true;
  const name = text.slice(m.index + m[0].length, lineEnd === -1 ? text.length : lineEnd).trim().replace(/[.,:;]$/u, '');
  if (text.slice(lineStart, m.index).trim() === '' && line.length <= HEAD_LINE && isPersonName(name)) return true;
  const after = text.slice(sentenceEnd, sentenceEnd + SENTENCE_WINDOW);
  return THIRD_PERSON_CASE.test(after) || (WE_APPEAL.test(after) && !OWN_CASE.test(text));
}
/** A regarding line or a line naming only the relative is short. */
const HEAD_LINE = 120;

/**
 * Relatives the letter names where nothing says they are the party: in a letter that speaks of no case of the
 * writer's own, the writer's address is then not confidently the appellant's ("Min mor Astrid Vold er alvorlig
 * syk … Kommunen har sagt nei").
 */
export function relativesWithoutOwnCase(text: string): NameMention[] {
  if (OWN_CASE.test(text)) return [];
  const found: NameMention[] = [];
  for (const label of KIN_LABELS) {
    label.lastIndex = 0;
    for (let m = label.exec(text); m; m = label.exec(text)) {
      const name = nameAt(text, m.index + m[0].length);
      // "Jeg er far til Emil Moe og har selv søkt …": the sentence names the writer's own case.
      const own = WRITER_IS_KIN.test(m[0]) && OWN_SENTENCE.test(sentenceOf(text, m).sentence);
      if (name && !own) found.push({ name, index: m.index });
      if (label.lastIndex === m.index) label.lastIndex++;
    }
  }
  return found;
}

/** "Jeg er mor til …", "I am the father of …": the writer says what they are to the person named. */
const WRITER_IS_KIN = /^(?:jeg|eg|jag|i)\s+(?:er|är|am)\s/iu;
/** "… og har fått avslag", "… og har selv søkt": the naming sentence goes on to the writer's own case. */
const APPEAL_ACT = /(?<![\p{L}])(?:klager|klagar|anker|ankar|påklager|överklagar|appeal|appeals)(?![\p{L}])/iu;
const OWN_SENTENCE = /(?<![\p{L}])(?:og|and|och)\s+(?:jeg\s+|eg\s+|jag\s+|I\s+)?(?:har|hadde|have|had|fikk|fekk|fick|søkte|søkt|sökte|applied|got)(?![\p{L}])/iu;

/**
 * "Jeg er mor til Emil Moe" says what the writer is to the person, not that the writer acts for them: "… og har fått
 * avslag på pleiepenger" is the parent's own case (review 11). The writer acts for the child only where the letter says
 * so (on their behalf, a power of attorney) or speaks of the case as the child's ("Han fikk avslag") and has none of its own.
 */
function writerActsForKin(text: string, sentence: string, start: number, represents: () => boolean): boolean {
  if (represents() || BEHALF_STEM.test(sentence)) return true;
  if (OWN_SENTENCE.test(sentence) || OWN_CASE.test(text)) return false;
  // "Jeg er far til Synne Kvale, og klager på vedtaket": the sentence that names the child appeals, with no case of the writer's.
  return APPEAL_ACT.test(sentence) || THIRD_PERSON_CASE.test(text.slice(start, start + sentence.length + SENTENCE_WINDOW));
}

/** A relative named with the word for the kinship: "min mor Kari Nordmann", "far min, Ola", "my mother, Anna Smith". */
const KIN_LABELS: RegExp[] = [
  label(['min', 'mi', 'mitt', 'my', 'vår', 'our'], `\\s+${KIN}(?:\\s+(?:min|mi|mitt))?,?\\s+`),
  label(KIN_AND_FURTHER, `\\s+(?:min|mi|mitt),?\\s+`),
  // "Jeg er mor til Emil Berntsen", "I am the father of …": the writer says what they are to the person.
  label(['jeg er', 'eg er', 'jag är', 'i am', "i'm"], `\\s+(?:the\\s+)?${KIN}\\s+(?:til|for|åt|of)\\s+`),
  // "på min mors vägnar, Dagny Fosse": the kinship in the genitive before the words of acting for.
  label(['på min', 'på mi', 'på mitt', 'på vår'], `\\s+(?:${loose(KIN_AND_FURTHER)})s\\s+(?:vägnar|vegne|vegner|vegnar|räkning),?\\s+`),
];

/**
 * «Mor ba meg skrive dette for henne», «Bjørn Strand bad meg skrive brevet for han», «bad mig skriva detta för honom», «asked
 * me to write this for her»: the writer writes at the person's request, for them (session 21). «for ham/henne» is required:
 * «Veileder Kari Lie ba meg skrive en klage» is advice to the appellant, and names no one written for. Read as words of representation, so only a person's letter makes
 * its writer the representative by them: a GP's practice or an office's letterhead is no person's head, and their signer
 * acts for nobody by these words alone.
 */
const ASKED_ME_TO_WRITE = '(?:ba|bad)\\s+(?:meg|mig)\\s+(?:om\\s+(?:å|at)\\s+|att\\s+)?(?:skrive|skriva|skriv)\\s+(?:\\p{L}+\\s+){0,3}?(?:for|för|åt)\\s+(?:ham|henne|han|ho|honom|hende|seg|sig)(?![\\p{L}])|asked\\s+me\\s+to\\s+write\\s+(?:\\p{L}+\\s+){0,3}?(?:for|on\\s+behalf\\s+of)\\s+(?:him|her)(?![\\p{L}])';
const REPRESENTS_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${loose(['fullmakt fra', 'fullmakt frå', 'fullmakt från', 'fullmakt for', 'fullmakt til å', 'har fullmakt', 'fullmakt vedlagt', 'fullmakt er vedlagt', 'vedlagt fullmakt', 'fullmakt følger vedlagt', 'fullmakt ligger ved', 'fullmakt ligg ved', 'fullmakt bifogas', 'fullmakt bifogad', 'gitt meg fullmakt', 'gitt oss fullmakt', 'gjeve oss fullmakt', 'gitt oss fullmakt til', 'gett oss fullmakt', 'gav oss fullmakt', 'ga oss fullmakt', 'företräder', 'given me', 'fuldmagt', 'fullmektig for', 'fullmektig', 'på vegne av', 'på vegner av', 'på vegne af', 'on behalf of', 'på uppdrag av', 'ombud', 'engasjert av', 'engagert av', 'representerer', 'som verge', 'som verje', 'as his guardian', 'as her guardian', 'verge for', 'verje for', 'hjelpeverge', 'hjelpeverje', 'god man för', 'værge for', 'guardian of', 'legal guardian', 'power of attorney', 'writing for my', 'writing on behalf', 'skriver for min', 'skriver for mi', 'skriver for mitt', 'skriver for vår', 'skriv for min', 'skriv for mi', 'skriv for mitt', 'skriv for vår', 'skriver for min mor', 'skriver för min', 'skriver för mitt', 'skriver for min far', 'hans vegne', 'hennes vegne', 'hennar vegner', 'hans vegner', 'hendes vegne', 'hennes räkning', 'hans räkning', 'her behalf', 'his behalf', 'letter of authority'])}|på\\s+(?:(?:min|mi|mitt|vår)\\s+)?\\p{Ll}+s\\s+(?:vegner?|vägnar)|skriv(?:er)?\\s+for\\s+(?:mannen|kona|kone|konen|sambuaren|samboeren|sambo|ektemannen|ektefellen|faren|far|mora|moren|mor|dottera|datteren|sonen|sønnen|broren|bror|syster|søsteren|søster)\\s+(?:min|mi|mitt)(?![\\p{L}])|skriv(?:er)?\\s+(?:denne|dette)\\s+(?:klagen|klaga|brevet)\\s+(?:for|etter\\s+avtale\\s+med|på\\s+oppdrag\\s+fra)|(?:har\\s+)?bedt\\s+meg\\s+(?:om\\s+å\\s+)?(?:skrive|klage|hjelpe)|${ASKED_ME_TO_WRITE}|å\\s+\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)*s\\s+vägnar)(?![\\p{L}])`,
  'iu',
);
/**
 * "We act for Anna Smith", "instructed by Mr John Smith": English words of acting for someone only before a name
 * (case-sensitive, so the name's capitals count). "I was instructed by my doctor", "I act for myself" act for nobody.
 */
const ACTS_FOR_NAME = new RegExp(`(?<![\\p{L}])(?:[Ww]e\\s+act\\s+for|[Aa]cting\\s+for|[Ii]nstructed\\s+by)\\s+(?:(?:our|my)\\s+client,?\\s+)?(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?${PERSON_NAME}`, 'u');

/** Words in a letter that say its writer writes for somebody else. */
export const REPRESENTS = { test: (text: string): boolean => REPRESENTS_WORDS.test(text) || ACTS_FOR_NAME.test(text) };

/**
 * Whether the writer acts for the relative named at `m`: the words of representation stand in the sentence that names
 * them («I am writing on behalf of my mother, Solveig Lunde»), not elsewhere in the letter («… on behalf of myself. My
 * mother, Solveig Lunde, helps me»), the relative is not the one who holds the mandate («My mother, X, has power of
 * attorney for my bank», «Min mamma, X, är god man för min bror») and the sentence does not keep the appeal the writer's
 * own («Jeg har fullmakt for min mor, X, men denne klagen gjelder meg»). Review s16 MEDIUM-2.
 */
export function writerActsForKinNamed(text: string, m: NameMention): boolean {
  const { sentence, start } = sentenceOf(text, { index: m.index, 0: m.name });
  const after = text.slice(m.index + m.name.length, start + sentence.length);
  return REPRESENTS.test(sentence) && !KIN_HOLDS_MANDATE.test(after) && !APPEAL_IS_MINE.test(sentence);
}
/** Right after the relative's name: they hold the mandate or the guardianship themselves. */
const KIN_HOLDS_MANDATE = /^[\s,)]*(?:(?:has|holds|har|hold|er|är|is|hev)\s+(?:\p{L}+\s+){0,2}?)(?:power\s+of\s+attorney|fullmakt|fuldmagt|god\s+man|verge|verje|hjelpeverge|hjelpeverje|værge|guardian)/iu;
/** The sentence says the appeal is the writer's own. */
const APPEAL_IS_MINE = /(?<![\p{L}])(?:gjelder\s+meg|gjeld\s+meg|gäller\s+mig|vedrører\s+mig|gælder\s+mig|concerns\s+me|is\s+about\s+me|is\s+my\s+own|on\s+my\s+own\s+behalf|on\s+behalf\s+of\s+myself|for\s+meg\s+selv|for\s+meg\s+sjølv|för\s+mig\s+själv|for\s+mig\s+selv)(?![\p{L}])/iu;

/**
 * A client named as such ("min klient", "klienten", "our client"): a lawyer's word for the person they act
 * for, but a psychologist's, a social worker's or a physiotherapist's for the person they treat. It says the
 * writer represents someone only from a lawyer or a law firm (the caller knows which).
 */
export const CLIENT_WORDS = new RegExp(`(?<![\\p{L}])(?:${loose(['min klient', 'vår klient', 'vores klient', 'klienten', 'my client', 'our client'])})(?![\\p{L}])`, 'iu');

const NAME_AT = new RegExp(`(?<name>${PERSON_NAME})(?=$|[\\s,.;:()–-]|\\))`, 'yu');
/** A name in capitals after a label ("Klager: KARI NORDMANN", "ANKE – OLA HANSEN – ..."). */
const UPPER_NAME_AT = /(?<name>\p{Lu}{2,}(?:-\p{Lu}{2,})?(?:[ \t]+\p{Lu}{2,}(?:-\p{Lu}{2,})?){1,3})(?=$|[\s,.;:()–-])/uy;
/** A subject line that names the party between dashes: "Klagesak – Kari Nordmann – oversendelse". */
const DASH_TITLE = /^[ \t]*(?:klage|klagesak|klaga|anke|oversendelse|oversending|klage over vedtak|klage på vedtak|appeal|överklagande)[ \t]*[-–][ \t]*/gimu;


/** A title before a name ("dr. Rune Dahl", "Dr. Ewa Kowalczyk", "fru Hansen"): no part of it. */
const HONORIFIC_AT = /(?:dr|doktor|mr|mrs|ms|fru|herr|frk)\.?[ \t]+(?=\p{Lu})/iuy;
/** "Nyström, Per-Anders" after a label: a register's surname first, then the given names. */
const SURNAME_FIRST_AT = /(?<surname>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?),[ \t]*(?<given>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+)?)(?=[ \t]*(?:$|\n|[(;]))/uy;

/** `confirmCapitals`: a name in capitals counts only when the letter also writes it in ordinary case. */
function nameAt(text: string, from: number, confirmCapitals = false, surnameFirst = false): string | null {
  HONORIFIC_AT.lastIndex = from;
  const at = HONORIFIC_AT.exec(text) ? HONORIFIC_AT.lastIndex : from;
  NAME_AT.lastIndex = at;
  const name = NAME_AT.exec(text)?.groups?.name;
  if (name && isPersonName(name.trim())) return name.trim();
  UPPER_NAME_AT.lastIndex = at;
  const upper = UPPER_NAME_AT.exec(text)?.groups?.name;
  if (upper && isPersonName(titleCase(upper)) && (!confirmCapitals || text.includes(titleCase(upper)))) return titleCase(upper);
  if (!surnameFirst) return null;
  SURNAME_FIRST_AT.lastIndex = at;
  const reordered = SURNAME_FIRST_AT.exec(text)?.groups;
  if (reordered && isPersonName(`${reordered.given} ${reordered.surname}`)) return `${reordered.given} ${reordered.surname}`;
  return null;
}

export interface NameMention {
  name: string;
  index: number;
}

/** Every name that follows an appellant label, in order of appearance. */
export function appellantMentions(text: string): NameMention[] {
  return [...mentionsAfter(text, [...APPELLANT_LABELS, LOOSE_FOR, ...KIN_LABELS, DASH_TITLE]), ...actionMentions(text)].sort((a, b) => a.index - b.index);
}

/** "Kari Nordmann har klaget på vedtaket", "Ola Hansen klagar på …": the person the sentence says appeals. */
const APPEALS_VERB = /^(?:har\s+|hadde\s+|has\s+|hat\s+)?(?:klaget|klagd|klaga|klager|klagar|klagat|anket|anka|påklaget|påklaga|appealed|appeals|överklagat|överklagar|sendt\s+klage|sendt\s+inn\s+klage)(?![\p{L}])/iu;
/** "Bjørn Strand ba meg skrive dette for ham": the person who asked is the one written for (ASKED_ME_TO_WRITE). */
const ASKED_ME = new RegExp(`^(?:${ASKED_ME_TO_WRITE})(?![\\p{L}])`, 'iu');

/**
 * "Kari Nordmann er medlem hos oss", "Ola Hansen er vår klient": the person an office or an organisation acts for,
 * named by what they are to it (the nouns of CLIENT_NOUNS, one list with the labels'). Only the organisation's own
 * possessive: "Naboen Synne Kvale er pasient ved samme sykehus" in a person's own letter names a third person (review 11).
 */
const IS_CLIENT = new RegExp(`^er\\s+(?:(?:vårt|vår|våre)\\s+(?:${CLIENT_NOUNS.join('|')})(?![\\p{L}])|(?:(?:et|en|ein|ei)\\s+)?(?:${CLIENT_NOUNS.join('|')})\\s+(?:hos|i|ved)\\s+oss(?![\\p{L}]))`, 'iu');

/**
 * "Ref.: Kari Nordmann ./. Helfo": a lawyer's name of a case, the client against the authority. Read back from each
 * "./." over a short window, and from the first few only (a letter names its case once or twice): a long line of
 * them costs one pass, and gives no more names to weigh. Only when a first instance follows: "Per Olsen ./. Kari
 * Nordmann" names two people of a dispute, and the first of them need not be the client (review 12, H1).
 */
const VERSUS = /[ \t]\.\/\.[ \t]/gu;
const NAME_BEFORE_VERSUS = new RegExp(`(?<![\\p{L}])(?<name>${PERSON_NAME})$`, 'u');
const MAX_VERSUS = 3;

function actionMentions(text: string): NameMention[] {
  const found: NameMention[] = [];
  let versus = 0;
  for (const v of text.matchAll(VERSUS)) {
    if (++versus > MAX_VERSUS) break;
    if (!startsWithFirstInstance(text.slice(v.index! + v[0].length, v.index! + v[0].length + 40))) continue;
    const from = Math.max(0, v.index! - 80);
    const m = NAME_BEFORE_VERSUS.exec(text.slice(from, v.index!));
    if (m && isPersonName(m.groups!.name!)) found.push({ name: m.groups!.name!, index: from + m.index });
  }
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])(?<name>${PERSON_NAME})[ \\t]+(?=\\p{Ll})`, 'gu'))) {
    const name = m.groups!.name!;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
    if (!isPersonName(name) || !(APPEALS_VERB.test(after) || IS_CLIENT.test(after) || ASKED_ME.test(after))) continue;
    found.push({ name, index: m.index! });
  }
  return found;
}

/**
 * The people the letter says it is written for: "på vegne av min mor Kari Nordmann", "verge for …",
 * "min klient …", "min mor Kari Nordmann". Not a subject line or a form's label: those name whom the
 * letter is about, not on whose behalf someone writes.
 */
export function representedMentions(text: string): NameMention[] {
  return mentionsAfter(text, [...APPELLANT_LABELS.slice(-3), LOOSE_FOR, ...KIN_LABELS]);
}

/** Relatives the letter names with their kinship ("min mor Kari Nordmann"): someone the writer may write for. */
export function kinMentions(text: string): NameMention[] {
  return mentionsAfter(text, KIN_LABELS);
}

function mentionsAfter(text: string, labels: RegExp[]): NameMention[] {
  const found: NameMention[] = [];
  // Whether the text says anywhere that its writer acts for someone: read once, however many relatives it names.
  let represents: boolean | undefined;
  const textRepresents = () => (represents ??= REPRESENTS.test(text));
  for (const label of labels) {
    label.lastIndex = 0;
    for (let m = label.exec(text); m; m = label.exec(text)) {
      if ((label === GIVES_MANDATE && !GIVES_MANDATE_SENTENCE.test(sentenceOf(text, m).sentence)) || (label === LOOSE_FOR && !looseForActs(text, m)) || (KIN_LABELS.includes(label) && !kinActs(text, m, textRepresents))) {
        if (label.lastIndex === m.index) label.lastIndex++;
        continue;
      }
      const at = m.index + m[0].length;
      // After a dash ("KLAGE – TAP AV RETTEN TIL …") capitals are as likely a topic as a name.
      // A register's surname first only after a label for a person ("Pasient: Nyström, Per-Anders"), never
      // after a subject's ("Vedr.: Refusjon, Tannbehandling" is two topics).
      const name = nameAt(text, at, label === DASH_TITLE, label !== REGARDING && label !== DASH_TITLE) ?? (label === REGARDING ? nameAfterTopic(text, at) : null);
      if (name) found.push(typeof name === 'string' ? { name, index: at } : name);
      if (label.lastIndex === m.index) label.lastIndex++;
    }
  }
  return found.sort((a, b) => a.index - b.index);
}


/**
 * "Vedr.: speciallægeerklæring, Morten Skov": a regarding line that names its topic first and the
 * person after a comma. Only a segment that is a whole name, up to the line's end, counts.
 */
function nameAfterTopic(text: string, at: number): NameMention | null {
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end === -1 ? text.length : end);
  const comma = line.lastIndexOf(',');
  if (comma === -1 || !/^\p{Ll}/u.test(line)) return null;
  const segment = line.slice(comma + 1).trim().replace(/[.;]$/u, '');
  return isPersonName(segment) ? { name: segment, index: at + line.indexOf(segment, comma) } : null;
}

/** "Swedish: å Anna Svenssons vägnar" names the person before the word. */
export function swedishBehalf(text: string): NameMention | null {
  const m = new RegExp(`\\bå\\s+(?<name>${PERSON_NAME})s\\s+vägnar`, 'u').exec(text);
  return m?.groups?.name ? { name: m.groups.name, index: m.index } : null;
}

/** Lines of a letter's head where its subject line stands; a dash further down is in the body. */
const SUBJECT_LINES = 25;
/** Lower-case words before a name in a subject line: "fysioterapeut Roar Helland", "tannlege …". */
const LEADING_LOWER = /^(?:\p{Ll}[\p{Ll}.-]*\s+)+/u;
const LEADING_TITLE = new RegExp(`^(?:(?:${PROFESSIONAL.source.replace(/^\\b/u, '')})\\p{L}*\\s+)+`, 'iu');

/**
 * The party a subject line names between dashes, whatever the topic: "Krav om dekning av
 * saksomkostninger – Ole Martin Rian", "Ole Martin Rian – merknader til oversendelsesbrev",
 * "Merknader – fysioterapeut Roar Helland". Only a segment that is a whole name counts.
 */
export function subjectMentions(text: string): NameMention[] {
  const found: NameMention[] = [];
  let at = 0;
  for (const line of text.split('\n').slice(0, SUBJECT_LINES)) {
    const start = at;
    at += line.length + 1;
    if (line.length > 140 || /[.!?]\s*$/u.test(line) || !/\s[–-]\s/u.test(line)) continue;
    const parts = line.split(/(\s[–-]\s)/u);
    // "Mette Sæther – sakkyndig": a letterhead's name and title, not a subject.
    if (parts.some((p) => /^\s*\p{Ll}+\s*$/u.test(p) && PROFESSIONAL.test(p))) continue;
    let offset = start;
    for (const part of parts) {
      // "psykolog Hanne Storm Eide (HPR 7731902)": the title before and the number after are no part of it.
      // "Emil Berntsen ref 26/433871": a reference after the name is no part of it.
      const segment = part.split(',')[0]!.trim().replace(LEADING_LOWER, '').replace(/\s*\([^)]*\)$/u, '').replace(/\s+(?:ref|vår ref|deres ref|saksnr|sak nr|sak)\.?:?\s*[\d/-]+$/iu, '');
      // "FYSIOTERAPEUT ROAR HELLAND": the title goes with the capitals.
      // A segment in capitals ("TAP AV RETTEN TIL") reads as a name once title-cased; it is one only
      // when the letter also writes it in ordinary case.
      const upper = segment === segment.toUpperCase();
      const cased = upper ? titleCase(segment).replace(LEADING_TITLE, '') : segment;
      const name = isPersonName(cased) && (!upper || text.includes(cased)) ? cased : null;
      if (name) found.push({ name, index: offset + part.indexOf(segment) });
      offset += part.length;
    }
  }
  return found;
}

/**
 * An address written right after a party's name in running text: "Vi representerer Lars Nielsen,
 * bosat Fynsvej 8, 5700 Svendborg", "tannlege Camilla Rønning, Tannlegene i Bogstadveien,
 * Bogstadveien 51, 0366 Oslo". One business line before the street is part of the address.
 */
/** "som nå bor …", "Hun har flyttet til …": the person lives somewhere else now. */
const MOVED = /(?<![\p{L}])(?:nå\s+bor|bor\s+nå|no\s+bur|bur\s+no|har\s+flytt(?:et|a)|flytt(?:et|a)\s+til|ny\s+adresse|new\s+address|has\s+moved)(?![\p{L}])/iu;

/**
 * "min mor, Astri Holm (Bekkestien 9, 3080 Holmestrand), som nå bor på …, Sykehjemsveien 2": an address in
 * brackets after the name, and the same or the next sentence says the person has moved: two addresses, and
 * which one the letter should go to is not for the reader to guess.
 */
export function movedFromBracketedAddress(text: string, mention: NameMention): boolean {
  const after = text.slice(mention.index + mention.name.length);
  const bracket = /^\s*\((?<inner>[^()]+)\)/u.exec(after);
  if (!bracket || !parseOneLineAddress(bracket.groups!.inner!)) return false;
  // The rest of this sentence and the next one.
  const rest = after.slice(bracket[0].length, bracket[0].length + 240).split(/[.!?](?:\s|$)/u).slice(0, 2).join('. ');
  return MOVED.test(rest);
}

/** "bur i", "bor på", "som bor i", "bosatt": how a bracket or a clause says where someone lives. */
const LIVES_AT = /^\s*(?:(?:som|der|who)\s+)?(?:bosatt?|bosat|busett|bur|bor|lives\s+at|living\s+at)\s+(?:(?:i|på|at)\s+)?/iu;

/** The address after a party's name ("…, Storgata 1, 0467 Oslo", "… of 14 Mill Street, Leeds"); a birth date between ("Åsmund Kleppe, f. 13.07.1979, Bekkeliveien 53, …") is no part of it. */
/** Room for a date of birth, "som bor i" or a business line before an address of ADDRESS_SPAN. */
const ADDRESS_AFTER_NAME = ADDRESS_SPAN + 100;

export function addressAfterName(text: string, mention: NameMention): string[] | null {
  const end = text.indexOf('\n', mention.index);
  const from = mention.index + mention.name.length;
  // The address follows the name closely (a date of birth, "som bor i", a business line first): never the rest of a long line.
  const rest = text.slice(from, Math.min(end === -1 ? text.length : end, from + ADDRESS_AFTER_NAME));
  // "min mor, Astri Holm (Bekkestien 9, 3080 Holmestrand)": the address in brackets straight after the name.
  // "(bur i Øvre Allé 29, 9445 Tovik)": the words for living somewhere may open the brackets.
  const bracketed = /^\s*\((?<inner>[^()]+)\)/u.exec(rest)?.groups?.inner?.replace(LIVES_AT, '');
  const inBrackets = bracketed ? parseOneLineAddress(bracketed) : null;
  if (inBrackets) return inBrackets;
  // ", som bor i …", ", der bor på …", ", who lives at …": a relative clause that says where they live; ", of 3 High Street …".
  const m = /^\s*(?:\([^)]*\)\s*)?(?:,\s*(?:f\.|født|fødd|f|b\.|born)\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?(?:,\s*(?:of\s+)?|\s+of\s+)(?:(?:(?:som|der|who)\s+)?(?:bosatt?|bosat|busett|bur|bor|resident at|living at|lives at)\s+(?:(?:i|på|at)\s+)?)?(?<rest>.+)$/u.exec(rest);
  if (!m?.groups) return null;
  // "tannlege Camilla Rønning, Tannlegene i Bogstadveien, Bogstadveien 51, 0366 Oslo": a business line first.
  const business = /^(?<line>\p{Lu}[^\d,]*),\s*(?<rest>.+)$/u.exec(m.groups.rest!)?.groups;
  const withBusiness = business ? addressAtStart(business.rest!) : null;
  return addressAtStart(m.groups.rest!) ?? (withBusiness && withBusiness[0] !== undefined && !/^c\/o/iu.test(business!.line!) ? [business!.line!, ...withBusiness] : null);
}
