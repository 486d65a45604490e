import { powerOverTheCase } from './acting-for.ts';
import { ALL_KIN_WORDS, alternatives } from './kin-and-roles.ts';

/**
 * A carer (a GP, a nurse, a psychologist) who appeals for the patient in a pronoun — «Jeg er fastlege for Kari Lund og klager
 * på hennes vegne», nn «klagar på hennar vegner», en «appeal on her behalf» — acts for her only with her written power
 * enclosed: «Skriftlig fullmakt fra pasienten følger vedlagt», «Fullmakt ligg ved», «Her signed power of attorney is
 * enclosed». A carer's statement often speaks for the patient without acting for her (review 14 H3), so without the power no
 * representative is read and the acknowledgement goes to the patient (forvaltningsloven § 12: a fullmektig who is not a
 * lawyer shows a written power). Only a carer's title read by PROFESSIONAL_CARER reaches this (no Swedish «läkare» yet).
 *
 * The writer must be the one who appeals (review s22): the pronoun and the verb stand in one sentence, nothing between them
 * but a clause that ends «og/och/and» («Jeg er fastlege for Eva Lunde, f. 14.02.1968, og klager …»). «Jeg er ikke den som
 * klager på hennes vegne», «Datteren hennes klager på hennes vegne», «Her husband will appeal on her behalf» are someone
 * else's appeal. «I» is English only as a capital: Norwegian «i» («er i dag for syk …, og sønnen klager») is a preposition.
 */
const ON_THEIR_BEHALF =
  /(?<![\p{L}])(?:[Jj]eg|[Ee]g|[Jj]ag|I)(?:[ \t][^!?\n]{0,80}?(?:,?[ \t]+(?:og|och|and)))?[ \t]+(?:klager|klagar|anker|ankar|påklager|påklagar|överklagar|appeal|am[ \t]+appealing)[ \t]+(?:herved[ \t]+|hereby[ \t]+)?(?:på[ \t]+(?:hennes|hans|hennar)[ \t]+vegne?r?|för[ \t]+(?:hennes|hans)[ \t]+räkning|on[ \t]+(?:her|his)[ \t]+behalf)(?![\p{L}])/u;
const ENCLOSED_POWER =
  /(?<![\p{L}])(?:(?:fullmakt\p{L}*|fuldmagt\p{L}*|power[ \t]+of[ \t]+attorney)(?:[ \t]+[\p{L}.-]+){0,3}?[ \t]+(?:følger[ \t]+(?:vedlagt|med)|følgjer[ \t]+(?:vedlagt|med)|ligg(?:er)?[ \t]+ved|er[ \t]+vedlagt|is[ \t]+(?:enclosed|attached)|bifogas|vedlægges)|vedlagt[ \t]+(?:følger[ \t]+)?(?:skriftlig[ \t]+)?fullmakt)(?![\p{L}])/iu;
/** «ikke», «not» in the power's sentence: «Fullmakt følger ikke vedlagt», «no power of attorney is enclosed». */
const NEGATED = /(?<![\p{L}])(?:ikke|ikkje|inte|not|no|ingen|inga)(?![\p{L}])/iu;
/** The words of the power itself, where what it is for follows («fullmakt til innsyn i journal»). */
const POWER_WORD = /(?<![\p{L}])(?:fullmakt\p{L}*|fuldmagt\p{L}*|power[ \t]+of[ \t]+attorney)(?![\p{L}])/iu;
/** A power to see the papers is no power to appeal (not in NOT_THE_CASE: «innsyn i saken» is the case's there). */
const SEES_THE_PAPERS = /(?<![\p{L}])(?:innsyn|innsyn\p{L}+|aktinnsikt)(?![\p{L}])/iu;
/**
 * Whose power it is, written before it: a relative's («Datterens fullmakt», «Sønnens fullmakt», «her husband's power of
 * attorney») or a pronoun of the other sex than the appeal's («på hennes vegne … Hans fullmakt»): someone else's power.
 */
const KINS_POWER = new RegExp(`(?<![\\p{L}])(?:${alternatives(ALL_KIN_WORDS)})(?:s|'s|’s)[ \\t]+(?:\\p{L}+[ \\t]+)?$`, 'iu');
const HIS = /(?<![\p{L}])(?:hans|his)[ \t]+(?:\p{L}+[ \t]+)?$/iu;
const HERS = /(?<![\p{L}])(?:hennes|hennar|her)[ \t]+(?:\p{L}+[ \t]+)?$/iu;

/** Sentences, split where a sentence ends and a capital begins: «f. 14.02.1968, og klager» stays one. */
const sentencesOf = (text: string): string[] => text.split(/(?<=[.!?])\s+(?=\p{Lu})/u);

/** Whether the power this sentence encloses is the patient's and over the case (`patientIsHe`: the appeal said «hans/his»). */
function patientsPowerOverTheCase(sentence: string, patientIsHe: boolean): boolean {
  if (!ENCLOSED_POWER.test(sentence) || NEGATED.test(sentence)) return false;
  const power = POWER_WORD.exec(sentence);
  if (!power) return false;
  const before = sentence.slice(0, power.index);
  const after = sentence.slice(power.index + power[0].length);
  if (KINS_POWER.test(before) || (patientIsHe ? HERS : HIS).test(before)) return false;
  return powerOverTheCase(after) && !SEES_THE_PAPERS.test(after.split(/[.!?\n]/u)[0]!);
}

/** Whether the letter's writer appeals on the patient's behalf in a pronoun and encloses the patient's written power. */
export function carerAppealsWithPower(text: string): boolean {
  const sentences = sentencesOf(text);
  const appeal = sentences.map((s) => ON_THEIR_BEHALF.exec(s)).find((m) => !!m);
  if (!appeal) return false;
  const patientIsHe = /(?<![\p{L}])(?:hans|his)[ \t]+(?:vegne?r?|räkning|behalf)$/u.test(appeal[0]);
  return sentences.some((s) => patientsPowerOverTheCase(s, patientIsHe));
}
