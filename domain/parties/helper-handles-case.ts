import { ALL_KIN_WORDS, alternatives, HELPER_WORDS } from './kin-and-roles.ts';
import { PERSON_NAME } from './lines.ts';
import { everywhere } from '../text/everywhere.ts';

/**
 * A sentence that gives a helper, named by a pronoun, the handling of the case (session 24, issue #16 gap 1). Read as a kind of
 * sentence, not a list of phrases: a pronoun for the helper, then either a modal (or «også») and an acting verb, or an acting
 * verb in the present tense, then the case as its object within a few words. «Hun ordner klagen», «Han følgjer opp klaga for
 * meg», «Hon sköter överklagandet», «Han tager sig af klagen», «He handles the appeal», «Hun skal føre klagen». Not a past act
 * («Hun leverte klagen», «Han skrev klagen»), not another errand («Han ordner banken», «Ho ordnar handlinga»), and a denial
 * ends what the sentence grants («Hun ordner alt, men ikke klagen»).
 */
const HELPER_PRONOUN = '(?:han|hun|ho|hon|he|she)';
const MAY_ACT = '(?:kan|skal|vil|må|får|kunne|skulle|ska|skall|kommer[ \\t]+att|også|òg|också|may|can|will|shall|should|is[ \\t]+to|also|is|are)';
/** The acting verb as infinitive (after a modal) or in the present tense: «føre/fører», «ordne/ordner», «handle/handles/handling». */
const ACTING_VERB = [
  'føre', 'fører', 'føra', 'föra', 'för', 'ta[ \\t]+seg[ \\t]+av', 'tar[ \\t]+seg[ \\t]+av', 'tek[ \\t]+seg[ \\t]+av',
  'ta[ \\t]+hand[ \\t]+om', 'tar[ \\t]+hand[ \\t]+om', 'tage[ \\t]+sig[ \\t]+af', 'tager[ \\t]+sig[ \\t]+af', 'tar[ \\t]+sig[ \\t]+af',
  'følge[ \\t]+opp', 'følger[ \\t]+opp', 'følgje[ \\t]+opp', 'følgjer[ \\t]+opp', 'følge[ \\t]+op', 'følger[ \\t]+op', 'följa[ \\t]+upp', 'följer[ \\t]+upp',
  'ordne', 'ordner', 'ordna', 'ordnar', 'håndtere', 'håndterer', 'handtere', 'handterer', 'hantera', 'hanterar',
  'representere', 'representerer', 'representera', 'representerar', 'repræsentere', 'repræsenterer',
  'sköta', 'sköter', 'skøtte', 'styre', 'styrer', 'behandle', 'behandler',
  'pursue', 'pursues', 'handle', 'handles', 'handling', 'deal[ \\t]+with', 'deals[ \\t]+with', 'dealing[ \\t]+with', 'represent', 'represents', 'representing',
  'follow[ \\t]+up(?:[ \\t]+on)?', 'follows[ \\t]+up(?:[ \\t]+on)?', 'following[ \\t]+up(?:[ \\t]+on)?', 'look[ \\t]+after', 'looks[ \\t]+after', 'looking[ \\t]+after',
  'take[ \\t]+care[ \\t]+of', 'takes[ \\t]+care[ \\t]+of', 'taking[ \\t]+care[ \\t]+of',
];
const THE_CASE_AS_OBJECT = '(?:klag\\p{L}*|påklag\\p{L}*|anke|anken|sak|saken|saka|sakene|sag|sagen|ärende\\p{L}*|överklag\\p{L}*|appeal\\p{L}*|case|vedtak\\p{L}*)';
/** The handling: a pronoun, perhaps a modal, the acting verb, at most three words, the case. */
export const HANDLES_THE_CASE = new RegExp(
  `^[ \\t]*${HELPER_PRONOUN}(?:[ \\t]+${MAY_ACT}(?:[ \\t]+\\p{L}+){0,2}?)?[ \\t]+(?:${ACTING_VERB.join('|')})(?:[ \\t]+\\p{L}+){0,3}?[ \\t]+${THE_CASE_AS_OBJECT}(?![\\p{L}])`,
  'iu',
);
/** A denial ends what a sentence grants: «Hun ordner alt, men ikke klagen». */
const DENIAL = /(?<![\p{L}])(?:ikke|ikkje|inte|not|men|but|ingen|ingenting|aldri|no|nothing|never)(?![\p{L}])/iu;
/** «selv/sjølv/själv/herself» anywhere in the sentence makes the case the helper's own: «Hun følger opp saken selv». */
const OWN_CASE = /(?<![\p{L}])(?:selv|sjølv|själv|herself|himself)(?![\p{L}])/iu;
/**
 * Another owner's word beside the case (session 24's review): «Han ordner sin egen klage», «He is handling his own appeal»,
 * «Hun tar seg av saka si» — the helper's own case, not the writer's. Read within three words either side of the case.
 */
const ANOTHER_OWNER = /(?<![\p{L}])(?:sin|si|sitt|sine|egen|eige|eigen|own|his|her|hans|hennes)(?![\p{L}])/iu;
/**
 * The case is someone else's (session 24's second review): «Han ordner også klagen til fru Hansen», «… klagen til kona mi»,
 * «He handles the appeal for my wife». A «til/for/åt/to/af/av» within four words after the case, then anything but the writer
 * («for meg», «for min del», «på mine vegne» is no such word), the body («til Nav», «til dere») or a date («vedtaket av 3. mars»).
 * «også» alone says nothing: «Hun ordner også klagen min» is the writer's; the other person, when there is one, is this word.
 */
const FOR_WHOM = /^(?:til|for|åt|to|af|av)$/iu;
const THE_WRITER_OR_BODY = /^(?:meg|mig|mej|me|dere|deg|dig|you|nav|trygderetten|klageorgan\p{L}*|klageinstans\p{L}*|\d.*)$/iu;
const MY_OWN = /^(?:min|mi|mitt|mine|my)$/iu;
const MY_PART = /^(?:del|part|skyld|sake|vegne|vegner|räkning|behalf)$/iu;

function forSomeoneElse(sentence: string, caseAt: number): boolean {
  const after = sentence.slice(caseAt).split(/[.!?;\n]/u)[0]!.split(/[ \t,]+/u).filter(Boolean).slice(1, 6);
  return after.slice(0, 4).some((w, i) => {
    if (!FOR_WHOM.test(w)) return false;
    const whom = after[i + 1] ?? '';
    if (THE_WRITER_OR_BODY.test(whom)) return false;
    return !(MY_OWN.test(whom) && MY_PART.test(after[i + 2] ?? ''));
  });
}

const CASE_WORD = new RegExp(`(?<![\\p{L}])${THE_CASE_AS_OBJECT}(?![\\p{L}])`, 'iu');

function besideTheCase(sentence: string, caseAt: number): string {
  const before = sentence.slice(0, caseAt).split(/[ \t]+/u).filter(Boolean).slice(-3);
  const after = sentence.slice(caseAt).split(/[.!?,;\n]/u)[0]!.split(/[ \t]+/u).filter(Boolean).slice(0, 4);
  return [...before, ...after].join(' ');
}

/** Whether a sentence gives the helper it starts with a pronoun for the handling of the case. */
export function givesTheCase(sentence: string): boolean {
  const m = HANDLES_THE_CASE.exec(sentence);
  if (m === null || DENIAL.test(m[0]) || OWN_CASE.test(sentence)) return false;
  // The case word the match ends with: the last one in it.
  const cases = [...m[0].matchAll(everywhere(CASE_WORD))];
  const caseAt = cases.at(-1)?.index ?? m[0].length;
  return !ANOTHER_OWNER.test(besideTheCase(sentence, caseAt)) && !forSomeoneElse(sentence, caseAt);
}

/** A word as a sentence may start it or run it: «Min», «min»; the name after it must keep its capitals (no `i` flag). */
const eitherCase = (w: string): string => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const KIN = `(?:(?:${['min', 'mi', 'mitt', 'my'].map(eitherCase).join('|')})[ \\t]+)?(?:${alternatives([...ALL_KIN_WORDS, ...HELPER_WORDS].map(eitherCase))})(?:[ \\t]+(?:min|mi|mitt))?(?:[ \\t]*,[ \\t]*|[ \\t]+)`;
/**
 * The named helper is the subject of the helping verb (session 24's review): the verb comes right after the name, perhaps after
 * an auxiliary or a short aside. «Min mor Randi Haug har fått avslag …, og jeg hjelper henne» is the writer helping: no helper.
 */
const HELPS_OR_WRITES =
  /^(?:[ \t]*,[^,.!?\n]{1,40},)?[ \t]+(?:(?:har|hadde|has|had|have|is|was|vil|skal|will|has[ \t]+been|har[ \t]+også|also)[ \t]+)?(?:skriv\p{L}*|skrev\p{L}*|skrive\p{L}*|hjelp\p{L}*|hjälp\p{L}*|hjælp\p{L}*|help\p{L}*|writ\p{L}*|wrote|assist\p{L}*|bistår|biträder)(?![\p{L}])/iu;
/** The writer benefits from the help: «meg», «mig», «me» («for meg», «hjelper meg»), never a third person's errand. */
const FOR_THE_WRITER = /(?<![\p{L}])(?:meg|mig|mej|me)(?![\p{L}])/iu;
const A_HELPER_PRONOUN = new RegExp(`(?<![\\p{L}])${HELPER_PRONOUN}(?![\\p{L}])`, 'iu');
const INTRODUCED = new RegExp(`(?<![\\p{L}])${KIN}(?<name>${PERSON_NAME})(?<rest>[^.!?\\n]{0,80})[.!](?<next>[ \\t]*\\n?[ \\t]*[^.!?\\n]{0,160})`, 'gu');

/**
 * The helper introduced by the writer's kin word (or «venn», «nabo») and name in a sentence that says they help or write for
 * the writer («Min datter Kari Li skriver for meg», «Son min Arne Vik hjelper meg med dette», «My son David Reed is helping me»,
 * «Sønnen min Geir Moe har skrevet dette for meg»), when the very next sentence gives them the case (`givesTheCase`).
 */
export function helperGivenTheCase(text: string): string[] {
  if (!A_HELPER_PRONOUN.test(text)) return [];
  return [...text.matchAll(INTRODUCED)]
    .filter((m) => {
      const rest = m.groups!.rest!;
      return HELPS_OR_WRITES.test(rest) && FOR_THE_WRITER.test(rest) && !DENIAL.test(rest) && !OWN_CASE.test(rest) && givesTheCase(m.groups!.next!.trimStart());
    })
    .map((m) => m.groups!.name!.trim());
}
