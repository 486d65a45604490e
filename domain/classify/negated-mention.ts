/**
 * A benefit a letter says it does not have or never applied for («jeg har aldri søkt uføretrygd», «jeg mottar
 * ikke AAP», «I have never applied for disability benefit»), or sets against the one it is about («ikke
 * uføretrygd, men sykepenger», «inte sjukersättning utan sjukpenning»), is no evidence for that area: a
 * sick-pay letter saying so was routed as disability at 0.99 (session 12).
 *
 * Bounded on purpose: a negation counts only within the three words before the mention, in the same clause
 * (a sentence end, comma, colon or «men/but/utan/uden» ends it), read in at most WINDOW characters.
 */
const WINDOW = 60;
/** Everything up to the last clause boundary in the window; greedy over at most WINDOW characters. */
const BEFORE_CLAUSE = /^[\s\S]*(?:[.!?;:,()\n]|(?<![\p{L}\d])(?:men|but|utan|uden|mens|however)(?![\p{L}\d]))/iu;
const NEGATION = 'ikke|ikkje|inte|ej|not|never|aldri|aldrig|ingen|inga|inget|intet|verken|hverken|varken|\\p{L}+n[\'’]t';
/** A negation word, then at most three words, then the mention. */
const NEGATED_TAIL = new RegExp(`(?<![\\p{L}\\d])(?:${NEGATION})(?:[^\\p{L}\\d]+[\\p{L}\\d]+){0,3}[^\\p{L}\\d]*$`, 'iu');
/**
 * The benefit stays the subject when the clause disagrees with the decision («jeg er ikke enig i uføre-vedtaket»)
 * or tells of its refusal: «Helfo ga ikke forhåndstilsagn», «medicinen ingår inte i läkemedelsförmånen», «jeg
 * har ikke rett til uføretrygd» are what the appeal is about.
 */
const STILL_THE_SUBJECT = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    'enig\\p{L}*', 'einig\\p{L}*', 'agree\\p{L}*', 'nöjd', 'fornøyd', 'tilfreds', 'overens',
    'ga', 'gav', 'gir', 'gi', 'innvilg\\p{L}*', 'bevilg\\p{L}*', 'beviljat?', 'dekk\\p{L}*', 'ingår', 'omfatt\\p{L}*',
    'godkj\\p{L}*', 'godk[äa]nn\\p{L}*', 'tilkjen\\p{L}*', 'rett', 'rätt', 'ret', 'berettig\\p{L}*', 'granted', 'covered', 'included', 'approved', 'entitled',
  ].join('|')})(?![\\p{L}\\d])`,
  'iu',
);

/** Whether the mention starting at `at` in `text` is negated or contrasted away. */
export function negatedAt(text: string, at: number): boolean {
  const clause = text.slice(Math.max(0, at - WINDOW), at).replace(BEFORE_CLAUSE, '');
  const tail = NEGATED_TAIL.exec(clause);
  return tail !== null && !STILL_THE_SUBJECT.test(clause);
}

const globalPatterns = new WeakMap<RegExp, RegExp>();
/** How `pattern` reads `text`: a mention that is not negated, only negated mentions, or none. */
export function mentionIn(pattern: RegExp, text: string): 'mentioned' | 'negated' | null {
  let g = globalPatterns.get(pattern);
  if (!g) {
    g = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalPatterns.set(pattern, g);
  }
  let seen = false;
  for (const m of text.matchAll(g)) {
    if (!negatedAt(text, m.index)) return 'mentioned';
    seen = true;
  }
  return seen ? 'negated' : null;
}
