/**
 * A care home signs for its resident only with a fullmakt given to it or enclosed: «som har gitt oss fullmakt»,
 * «Fullmakten er vedlagt», «Fullmakta ligg ved». The word alone is not enough: «Hun har ikke gitt oss fullmakt»,
 * «Fullmakt mangler» and «Hennes sønn Per Vatne har fullmakt» are letters where the home does not act for her, and
 * the acknowledgement with her health case must then not go to the home.
 */
const GIVEN = /(?<![\p{L}])(?:gitt|gjeve|gjevi|gett|gave|given|gi)\s+(?:oss|meg|mig|us|me)\s+(?:(?:en|ei|ein|a|skriftlig|skriftleg|skriftlig)\s+)*(?:fullmakt|fuldmagt)/giu;
const ENCLOSED = /(?<![\p{L}])(?:(?:fullmakt|fuldmagt)\p{L}*\s*(?:\(\s*)?(?:er\s+|blir\s+|vert\s+)?(?:vedlagt|vedlagd|ligg(?:er)?\s+ved|følger\s+(?:vedlagt|med|ved)|fylgjer\s+med|bifogas|enclosed|attached)|(?:vedlagt|vedlagd)\s+(?:følger\s+|er\s+)?(?:en\s+|ei\s+)?(?:fullmakt|fuldmagt))/giu;
/** A negation just before, in the same sentence: «har ikke gitt oss fullmakt», «fullmakt er ikkje vedlagt». */
const NEGATED = /(?<![\p{L}])(?:ikke|ikkje|inte|not|never|aldri|ingen|uten|utan|without)(?![\p{L}])[^.!?\n]{0,30}$/iu;
const NEGATED_INSIDE = /(?<![\p{L}])(?:ikke|ikkje|inte|not)(?![\p{L}])/iu;
/** «Fullmakt mangler», «fullmakta manglar», «fullmakt saknas». */
const MISSING = /(?<![\p{L}])(?:fullmakt|fuldmagt)\p{L}*\s+(?:\p{L}+\s+)?(?:mangler|manglar|saknas|mangel|is\s+missing|missing)/iu;
/** Someone else holds it: «Hennes sønn Per Vatne har fullmakt», «datteren fikk fullmakt». */
const HELD_BY = /(?<subject>\p{L}+)\s+(?:har|hadde|fikk|fekk|fick|has|had)\s+(?:fått\s+|fenge\s+)?(?:en\s+|ei\s+)?(?:fullmakt|fuldmagt)/giu;
const WRITER = /^(?:vi|jeg|eg|jag|me|we|i|som)$/iu;
/** A fullmakt to fetch records or post is no mandate to appeal. */
const FOR_RECORDS = /^[^.\n]{0,40}(?:innhent|opplysning|journal|post)/iu;

export function homeHoldsMandate(text: string): boolean {
  if (MISSING.test(text)) return false;
  for (const m of text.matchAll(HELD_BY)) if (!WRITER.test(m.groups!.subject!)) return false;
  const stated = (re: RegExp) => [...text.matchAll(re)].some((m) => !NEGATED.test(text.slice(Math.max(0, m.index! - 40), m.index!)) && !NEGATED_INSIDE.test(m[0]) && !FOR_RECORDS.test(text.slice(m.index! + m[0].length)));
  return stated(GIVEN) || stated(ENCLOSED);
}
