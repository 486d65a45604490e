import type { WritersAppealReading } from './deadline-interrupting.ts';
import { toldEarlierAppeals } from './earlier-appeal.ts';
import { softmax } from './linear.ts';
import type { LodgedAppeal } from './lodged-appeal.ts';
import { readable, widened } from '../text/fold.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/**
 * A firm lodging confirms an appeal the model already reads (session 23, issue 13): new writers abroad lodge in words
 * the Norwegian templates never used («I am writing to contest the decision of …», da «Jeg klager hermed over
 * afgørelsen …», sv «Jag begär omprövning av beslutet …»), and the model, right about the type, spread the rest thin
 * (type probability ~0.5). The same words open letters of other types: a deadline-interrupting appeal whose promise
 * the reader does not know, a tribunal appeal, a reopening request or correspondence about an appeal already decided
 * or sent. The review of the first version found ten such letters routed as ordinary appeals, so the confirmation
 * stands aside at any sign of them (OTHER_TYPE_SIGNS): a letter it does not confirm is read as before.
 */

/**
 * Trygderetten, or an appeal against the appeals body's own decision (anke): a tribunal appeal, whatever the verb
 * («I am writing to appeal your decision … to Trygderetten», da «klage over jeres afgørelse … til Trygderetten»).
 */
const TRIBUNAL = `trygderett\\p{L}*|national\\s+insurance\\s+court|anke|anken|anker|ankes|ankar|anka|ankas`;
/**
 * Anything that may promise more later, broadly: the reader of deadline-interrupting appeals knows the common
 * promises, not «En uddybende klage følger …», «Jag skickar in fler uppgifter så snart jag kan», «… which I will forward
 * together with my arguments». Not «look forward to» (how English letters close).
 */
const LATER =
  'senere|seinare|senare|later|(?<!(?:som|as)\\s+)(?:følger|følgjer|följer|follows?)|ettersend\\p{L}*|eftersend\\p{L}*|efterskick\\p{L}*|' +
  'återkommer|vender\\s+tilbage|vender\\s+tilbake|kommer\\s+tilbake|kommer\\s+tilbage|kommer\\s+tillbaka|' +
  'uddyb\\p{L}*|utdyp\\p{L}*|komplett\\p{L}*|supplement\\p{L}*|nærmere|närmare|' +
  '(?<!look\\p{L}*\\s+)forward\\p{L}*|submit\\p{L}*|will\\s+send|send\\s+in|sende\\s+inn|skicka\\p{L}*\\s+in|' +
  'frist\\p{L}*|tidsfrist\\p{L}*|deadline\\p{L}*|time\\s+limit|så\\s+snart|as\\s+soon\\s+as|' +
  '(?:mere|mer|meir|more|resten|the\\s+rest)\\s+(?:\\p{L}+\\s+){0,3}?(?:send\\p{L}*|skick\\p{L}*|forward\\p{L}*|provide)|' +
  '(?:send\\p{L}*|skick\\p{L}*)\\s+(?:\\p{L}+\\s+){0,3}?(?:mere|mer|meir|more|fler|flere|resten|the\\s+rest)|' +
  '(?:more|mere|mer|meir)\\s+tid|more\\s+time';
/**
 * The appeals body or the first instance already decided an appeal: «fastställde Helfos avslag», «stadfestet vedtaket»,
 * «upheld the refusal», «You rejected my appeal», da «I har afvist min klage», a costs claim's «whose appeal succeeded».
 */
const DECIDED_ON_APPEAL =
  'fastställ\\p{L}*|stadfest\\p{L}*|stadfäst\\p{L}*|stadfæst\\p{L}*|upheld|uphold\\p{L}*|fikk\\s+medhold|fik\\s+medhold|fick\\s+bifall|' +
  '(?:rejected|dismissed|refused|decided|allowed|avslog|avslagit|avslått|avslo|avviste|avvist|afviste|afvist|forkastet)\\s+(?:\\p{L}+\\s+){0,2}?(?:klage\\p{L}*|klagan|överklagan\\p{L}*|appeal)|' +
  '(?:appeal|klage\\p{L}*|klagan|överklagande\\p{L}*)\\s+(?:succeeded|was\\s+(?:allowed|upheld|rejected|dismissed))';
/**
 * The writer asks what to send or how the case stands: «please tell us what documents you need», «I would like to know
 * how long the processing takes», da «jeg vil gerne vide …», sv «Har ni fått mina papper» is a question (blanked by
 * the lodging reader, but told here by its words): correspondence, or more to come.
 */
const ASKS_TO_KNOW =
  'tell\\s+(?:me|us)|let\\s+(?:me|us)\\s+know|(?:want|like|wish)\\s+to\\s+know|wonder\\p{L}*|confirm\\s+receipt|' +
  'vide|veta|vite|undrar|lurer\\s+på|bekræft\\p{L}*|bekräfta\\p{L}*|bekreft\\p{L}*';

const OTHER_TYPE_SIGNS = widened(new RegExp(`${B}(?:${TRIBUNAL}|${LATER}|${DECIDED_ON_APPEAL}|${ASKS_TO_KNOW})${E}`, 'iu'));

/**
 * The model's own probability for a deadline-interrupting appeal from which a lodging confirms nothing: the writer may
 * promise the grounds in words neither reader knows (nb «Dattra mi skal hjelpe meg å skrive resten»: a generated
 * training letter, 0.408), and a confirmed appeal would be routed without its `grounds` deadline. The same cut-off as
 * the correspondence cues' `cuesHoldFrom`; appeals a firm lodging confirms in the generated training letters and the
 * calibration half stay under 0.09.
 */
export const NEAR_INTERRUPTING = 0.25;

/**
 * Adds `boost` (the hard cues' ruleBoost) to `appeal`, as a heading «Klage på vedtak» does, when the lodging is firm,
 * the model already reads `appeal`, the writer promises no grounds later (the deadline-interrupting reading decides
 * those), the model is not near a deadline-interrupting appeal and the letter shows no sign of another type. No
 * reading is moved by it. In place; answers whether it added the boost.
 */
export function confirmLodgedAppeal(scores: Float64Array, classes: readonly string[], text: string, lodged: Pick<LodgedAppeal, 'firm'> | null, writers: Pick<WritersAppealReading, 'interruption'>, boost: number): boolean {
  const to = classes.indexOf('appeal');
  if (!lodged?.firm || writers.interruption !== null || to < 0) return false;
  for (let i = 0; i < scores.length; i++) if (scores[i]! > scores[to]!) return false;
  const interrupting = classes.indexOf('appeal_deadline_interrupting');
  if (interrupting >= 0 && softmax(scores)[interrupting]! >= NEAR_INTERRUPTING) return false;
  if (showsAnotherType(text)) return false;
  scores[to]! += boost;
  return true;
}

/** A sign of another type than an ordinary appeal (OTHER_TYPE_SIGNS), or an earlier appeal told (earlier-appeal.ts). */
export function showsAnotherType(original: string): boolean {
  const flat = readable(original).replace(/\s*\n\s*/gu, ' ');
  return OTHER_TYPE_SIGNS.test(flat) || toldEarlierAppeals(flat).length > 0;
}
