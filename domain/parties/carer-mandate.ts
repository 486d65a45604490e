/**
 * A carer (a GP, a nurse, a psychologist) who appeals for the patient in a pronoun — «Jeg er fastlege for Kari Lund og klager
 * på hennes vegne», nn «klagar på hennar vegner», sv «överklagar för hennes räkning», en «appeal on her behalf» — acts for her
 * only with her written power enclosed: «Skriftlig fullmakt fra pasienten følger vedlagt», «Fullmakt ligg ved», «Her signed
 * power of attorney is enclosed». A carer's statement often speaks for the patient without acting for her (review 14 H3), so
 * without the power no representative is read and the acknowledgement goes to the patient (forvaltningsloven § 12: a
 * fullmektig who is not a lawyer shows a written power).
 */
const ON_THEIR_BEHALF =
  /(?<![\p{L}])(?:jeg|eg|jag|i)(?:[ \t]+[^!?\n]{0,80}?)?[ \t](?:klager|klagar|anker|ankar|påklager|påklagar|överklagar|appeal|am[ \t]+appealing)[ \t]+(?:herved[ \t]+|hereby[ \t]+)?(?:på[ \t]+(?:hennes|hans|hennar)[ \t]+vegne?r?|för[ \t]+(?:hennes|hans)[ \t]+räkning|on[ \t]+(?:her|his)[ \t]+behalf)(?![\p{L}])/iu;
const ENCLOSED_POWER =
  /(?<![\p{L}])(?:(?:fullmakt\p{L}*|fuldmagt\p{L}*|power[ \t]+of[ \t]+attorney)(?:[ \t]+[\p{L}.-]+){0,3}?[ \t]+(?:følger[ \t]+(?:vedlagt|med)|følgjer[ \t]+(?:vedlagt|med)|ligg(?:er)?[ \t]+ved|er[ \t]+vedlagt|is[ \t]+(?:enclosed|attached)|bifogas|vedlægges)|vedlagt[ \t]+(?:følger[ \t]+)?(?:skriftlig[ \t]+)?fullmakt)(?![\p{L}])/iu;
/** «ikke», «not» in the power's sentence: «Fullmakt følger ikke vedlagt», «no power of attorney is enclosed». */
const NEGATED = /(?<![\p{L}])(?:ikke|ikkje|inte|not|no|ingen|inga)(?![\p{L}])/iu;

/** Whether the letter's writer appeals on the patient's behalf in a pronoun and encloses the patient's written power. */
export function carerAppealsWithPower(text: string): boolean {
  // The appeal's sentence may hold a date's or an abbreviation's dots («f. 14.02.1968, og klager på hennes vegne»): read by line.
  const sentences = text.split(/(?<=[.!?])\s+|\n/u);
  return text.split('\n').some((l) => ON_THEIR_BEHALF.test(l)) && sentences.some((s) => ENCLOSED_POWER.test(s) && !NEGATED.test(s));
}
