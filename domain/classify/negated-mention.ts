/**
 * A benefit a letter says it does not have or never applied for («jeg har aldri søkt uføretrygd», «jeg mottar
 * ikke AAP», «I have never applied for disability benefit»), or sets against the one it is about («ikke
 * uføretrygd, men sykepenger», «inte sjukersättning utan sjukpenning»), is no evidence for that area: a
 * sick-pay letter saying so was routed as disability at 0.99 (session 12).
 *
 * Bounded on purpose: a negation counts only within the three words before the mention, in the same clause
 * (a sentence end, comma, colon or «men/but/utan/uden» ends it), read in at most WINDOW characters.
 */
import { REFUSING_OFFICE } from '../fields/decision-dates.ts';
import { widened } from '../text/fold.ts';

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
  return tail !== null && !STILL_THE_SUBJECT.test(clause) && !refusalTold(text, at, clause.slice(0, tail.index), clause.slice(tail.index));
}

/**
 * «Jeg fikk ikke refusjon for fysioterapien fra Helfo», «har ikke fått pasientreisen dekket av Pasientreiser», «fick inte
 * ersättning för sjukgymnastiken av Försäkringskassan»: a negated «få» (got no grant) tells the refusal the letter
 * appeals, when its sentence names the office refused by (decision-dates.ts's REFUSING_OFFICE) and its clause no other
 * payer or provider as the source (QA s21 L02). Not a history («har aldri fått»), not another thing not got («fikk ikke time
 * hos fysioterapeuten», «fikk ikke svar»), not one set against another («fikk ikke uføretrygd, men AAP»).
 */
function refusalTold(text: string, at: number, beforeNegation: string, negated: string): boolean {
  if (!REFUSAL_NEGATION.test(negated)) return false;
  const got = GOT_BEFORE_NEGATION.test(beforeNegation);
  const between = negated.replace(REFUSAL_NEGATION, '').split(/[^\p{L}]+/u).filter((w) => w !== '');
  if (!got && !GOT.test(between[0] ?? '')) return false;
  if (between.slice(got ? 0 : 1).some((w) => !GRANT_WORDS.test(w))) return false;
  const mentionEnd = at + (/^[\p{L}-]*/u.exec(text.slice(at))?.[0].length ?? 0);
  if (SET_AGAINST.test(text.slice(mentionEnd, mentionEnd + 40))) return false;
  const { before, after } = sentenceAround(text, at, mentionEnd);
  // The payer that did not give it stands in the refusal's own clause; «henvisning fra legen» after a comma is other.
  const clause = `${before.slice(before.search(/[^,;:]*$/u))} ${after.split(/[,;:]/u)[0]}`;
  return widened(REFUSING_OFFICE).test(`${before} ${after}`) && !ANOTHER_SOURCE.test(clause);
}

/** The negations a refusal is told with: not «aldri/never» (a history), not «verken» (a list). */
const REFUSAL_NEGATION = /^(?:ikke|ikkje|inte|ej|ingen|inga|inget|intet)(?![\p{L}\d])/iu;
/** «få» in nb, nn, sv and da, in any tense. */
const GOT_FORMS = 'få|får|fikk|fekk|fick|fik|fått|fåt|fået|fåes';
const GOT = new RegExp(`^(?:${GOT_FORMS})$`, 'iu');
/** The verb right before the negation, its subject between in the inverted order: «fikk (jeg) ikke», «fick jag inte». */
const GOT_BEFORE_NEGATION = new RegExp(`(?<![\\p{L}])(?:${GOT_FORMS})(?:\\s+(?:jeg|eg|jag|vi|me|han|hun|ho|hon|du|de|dei|ni|dere|dykk|min|mitt|mi))?\\s+$`, 'iu');
/** What may stand between the negation and the benefit: the grant not got, a preposition, a possessive. */
const GRANT_WORDS =
  /^(?:refusjon\p{L}*|refundert|refundera[dt]?|stønad\p{L}*|tilskudd\p{L}*|tilskot\p{L}*|tilskud\p{L}*|bidrag\p{L}*|erstatning\p{L}*|ersättning\p{L}*|ersatt|betalt|utbetalt|dekket|dekt|dekka|dekning\p{L}*|dækket|dækning\p{L}*|innvilget|innvilga|bevilget|bevilga|beviljat|beviljad|godkjent|godkjend|godkänt|godkänd|godkendt|støtte|stöd|tilskott|noe|noko|någon|något|for|för|til|till|av|af|på|om|min|mitt|mine|mi|mina|mit)$/iu;
/** «ikke uføretrygd, men AAP»: the benefit set against another is denied, not refused. */
const SET_AGAINST = /^[\s,]*(?:\p{L}+[\s,]+){0,2}(?:men|utan|uden|but|snarere|heller)(?![\p{L}])/iu;
/** Another payer or provider as the one that did not give it: «av arbeidsgiveren», «fra forsikringsselskapet», «av fastlegen». */
const ANOTHER_SOURCE = widened(
  /(?<![\p{L}])(?:av|af|fra|frå|från|by|from)\s+(?:(?:min|mi|mitt|mine|den|det|my|the)\s+)?(?:\p{L}*arbeidsgiver\p{L}*|\p{L}*arbeidsgjevar\p{L}*|arbetsgivar\p{L}*|arbejdsgiver\p{L}*|employer|\p{L}*forsikring\p{L}*|\p{L}*försäkringsbolag\p{L}*|forsikringsselskab\p{L}*|insur\p{L}*|fastleg\p{L}*|lege(?:n|ne)?|läkare\p{L}*|læge\p{L}*|doctor|sykehus\p{L}*|sjukehus\p{L}*|sjukhus\p{L}*|hospital\p{L}*|kommune\p{L}*|kommuna|kommun|kommunen|fylke\p{L}*|skole\p{L}*|skula|skolan|banken|bank)(?![\p{L}])/iu,
);

/**
 * The sentence around a mention, read as a careful archivist reads a scan: across line breaks, and across a blank
 * line between a word and a word in lower case («… fikk ikke\n\nrefusjon fra Helfo»). A full stop inside a date
 * («2.11.2026», «14. oktober») ends nothing.
 */
function sentenceAround(text: string, at: number, end: number): { before: string; after: string } {
  let start = 0;
  for (const m of text.slice(0, at).matchAll(SENTENCE_BREAK)) if (!runsOn(text, m.index, m[0])) start = m.index + m[0].length;
  let stop = text.length;
  for (const m of text.slice(end).matchAll(SENTENCE_BREAK)) {
    if (!runsOn(text, end + m.index, m[0])) {
      stop = end + m.index;
      break;
    }
  }
  return { before: text.slice(start, at), after: text.slice(end, stop) };
}
const SENTENCE_BREAK = /[.!?](?=\s|$)|\n[ \t]*\n/gu;
function runsOn(text: string, index: number, mark: string): boolean {
  if (mark === '.') return /\d$/u.test(text.slice(0, index)) && /^\.\s*\p{Ll}/u.test(text.slice(index));
  if (mark.startsWith('\n')) return /[\p{L},][ \t]*$/u.test(text.slice(0, index)) && /^\s*\p{Ll}/u.test(text.slice(index));
  return false;
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
