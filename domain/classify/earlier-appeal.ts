/**
 * An appeal the writer sent before this letter (session 22, issue 13): «Jeg sendte klage på vedtaket i mars. Skal jeg
 * sende begrunnelsen senere?», «Jeg har tidligere klaget, hva skjer nå?», «Viser til min klage av 12.10.2026 …», sv
 * «Jag skickade mitt överklagande …», «Jag har överklagat …», da «Jeg har klaget over afgørelsen …», en «I sent my
 * appeal …», «I refer to my appeal of …». A letter that only tells of it and asks or informs lodges nothing: SPEC's
 * correspondence (or comments, when it adds arguments to the appeal), never a new appeal and never a
 * deadline-interrupting one, whatever it says of the grounds («Begrunnelsen kommer så snart legen har skrevet» is
 * about the appeal already lodged). The model, trained on letters that lodge, read such letters as appeals, some as
 * deadline-interrupting at 0.99. The reading here only finds the telling words; whether the letter also lodges an
 * appeal now (or brings the grounds the earlier one announced) is decided by deadline-interrupting.ts.
 */
import { readable, widened } from '../text/fold.ts';
import { WORD_END as E, WORD_START as B } from '../text/word-boundary.ts';

/** The appeal as a noun, with what may stand before it: «en klage», «min foreløpige klage», sv «mitt överklagande». */
const ARTICLE = '(?:en |ei |ein |et |ett |min |mi |mitt |mine |vår |vårt |vor |vores |hans |hennes |hennar |hendes |my |our |an |the |dere |dykk |jer |you )?';
const EARLIER_ADJECTIVE = '(?:foreløpige? |førebels[et]? |foreløbige? |fristavbryt\\p{L}* |fristafbryd\\p{L}* |preliminära? |tidligere |tidlegare |tidigare |earlier |previous |preliminary |provisional |første |fyrste |första |first )?';
const APPEAL_NOUN = '(?:klage|klaga|klagen|klagene|klagemål\\p{L}*|klageskriv\\p{L}*|anke|anken|överklagande\\p{L}*|överklagan|appeal|appeals)';
/** «sendte (inn) (dere) (en) klage»: only a particle, a pronoun or an adverb between; not «Det jeg sendte er en klage». */
const SENT_NOUN = `(?:\\s+(?:inn|in|dere|dykk|jer|you|også|òg|allerede|alt|tidligere|tidlegare|tidigare|nettopp|redan|already))*\\s+${ARTICLE}${EARLIER_ADJECTIVE}${APPEAL_NOUN}`;
/** Adverbs between «har» and the participle: «har allerede sendt», «har tidligere klaget». */
const SINCE = '(?:\\s+(?:allerede|alt|alle|tidligere|tidlegare|tidigare|nettopp|nyss|jo|ju|redan|already|previously|recently|once|før|innan|før dette))*';

const TELLS = [
  // nb / nn / da: a past send of the appeal («sendte (inn) (en) klage», «har sendt klagen», nn «eg sende ei klage»)
  `sendte${SENT_NOUN}`,
  `(?:har|hadde|havde)${SINCE}\\s+(?:sendt|innsendt|indsendt|levert|innlevert|postet)${SENT_NOUN}`,
  `(?:eg|me)\\s+(?:sende|sendte)${SENT_NOUN}`,
  `(?:leverte|indsendte|skrev|skreiv|postet|posta)${SENT_NOUN}`,
  `${APPEAL_NOUN}\\s+(?:min\\s+|mi\\s+)?(?:ble|vart|blev|er|vert)\\s+(?:sendt|send|innsendt|indsendt)`,
  // an appeal made: «har (tidligere) klaget», «jeg klaget på vedtaket», nn «eg klaga», da «jeg klagede»
  `(?:har|hadde|havde)${SINCE}\\s+(?:klaget|klaga|klagd|klagde|klagat|påklaget|påklaga|påklagd|påklagat|overklaget|anket|anka)`,
  `(?:jeg|eg|vi|me)${SINCE}\\s+(?:klaget|klagde|klagede|påklaget|påklagede|påklaga|klaga|anket|anka)`,
  // the appeal named as the one sent: «viser til min klage (av 12.10.2026)», nn «viser til klaga mi», «min klage av …»
  `(?:viser|vises|henviser|henvises|visar|hänvisar|hänvisar\\s+jag|refererer|refer|referring)\\s+(?:til|till|to)\\s+(?:min|mi|mitt|vår|vårt|vor|vores|hans|hennes|hennar|hendes|klientens|my|our)\\s+${EARLIER_ADJECTIVE}${APPEAL_NOUN}`,
  `(?:viser|vises|henviser|henvises)\\s+(?:til|till)\\s+(?:klagen|klaga|anken)\\s+(?:min|mi|vår|hans|hennes|hennar)`,
  `(?:min|mi|mitt|vår|vor|my|our)\\s+${EARLIER_ADJECTIVE}${APPEAL_NOUN}\\s+(?:av|af|datert|dagsett|daterat|dateret|fra|frå|från|sendt|skickat|of|dated|sent|submitted|lodged)`,
  `(?:klagen|klaga)\\s+(?:min|mi|vår)\\s+(?:av|af|datert|dagsett|fra|frå|sendt)`,
  // sv: «skickade (in) mitt överklagande», «har (redan) överklagat», «jag överklagade»
  `(?:skickade|har${SINCE}\\s+skickat|hade${SINCE}\\s+skickat|lämnade|har${SINCE}\\s+lämnat)${SENT_NOUN}`,
  `(?:har|hade)${SINCE}\\s+överklagat`,
  `(?:jag|vi)${SINCE}\\s+överklagade`,
  // en: «I sent my appeal», «I have (already) appealed», «following up on my appeal», «my appeal of 12 October»
  `(?:sent|submitted|lodged|filed|posted|mailed)${SENT_NOUN}`,
  `(?:I|we|have|had)${SINCE}\\s+appealed`,
  `(?:following\\s+up\\s+on|following\\s+up|further\\s+to|regarding|concerning|about)\\s+(?:my|our)\\s+${EARLIER_ADJECTIVE}appeal`,
];

const TELLS_EVERYWHERE = widened(new RegExp(`${B}(?:${TELLS.join('|')})${E}`, 'giu'));

/**
 * A heading that names the letter an appeal («Klage», «Klage på vedtak», «Foreløpig klage», sv «Överklagande», en
 * «Appeal – …»): the letter lodges, whatever it tells of an earlier one. Not «Klagen min», «Min klage av …».
 */
const APPEAL_HEADING = widened(
  new RegExp(
    `^\\s*(?:(?:emne|subject|ämne|re|sv|vs)\\s*:\\s*)*(?:foreløpig\\s+|førebels\\s+|foreløbig\\s+|fristavbrytende\\s+|fristafbrydende\\s+|preliminary\\s+|provisional\\s+|preliminärt\\s+)?(?:klage|klaga|klagemål|anke|appeal|complaint|överklagande|överklagan)(?:\\s+(?:på|pa|over|mot|om|av|af|vedrørende|angående|against|of|on|regarding)${E}.*|\\s*[-–—:].*)?$`,
    'iu',
  ),
);
/**
 * Much as rules.ts headingLines reads a heading: among the first 25 lines of at most 70 characters, so a letterhead of
 * name, address, id and the addressee's postbox does not push «Klage på vedtak …» out of reach, and a body line of
 * running text is no heading. (Not imported: rules.ts reads deadline-interrupting.ts, which reads this module.) Unlike
 * headingLines, a heading of 71–110 characters that ends on a national id («Klage på vedtak … – NN, f.nr. …») is not
 * read here: such a line lodges nothing for this module, which only holds letters about an earlier appeal.
 */
const HEADING_LINES = 25;
const HEADING_MAX_LENGTH = 70;

/** The words that tell of an appeal sent earlier, each once, in the order written (at most 60 characters each). */
export function toldEarlierAppeals(flat: string): string[] {
  return [...flat.matchAll(TELLS_EVERYWHERE)].map((m) => m[0].replace(/\s+/gu, ' ').slice(0, 60));
}

/** The text with every telling of an earlier appeal blanked (kept in length, so no other reading runs across it). */
export function withoutEarlierAppeals(flat: string): string {
  return flat.replace(TELLS_EVERYWHERE, (m) => ' '.repeat(m.length));
}

/** A heading near the top names the letter itself an appeal. */
export function headedAsAppeal(original: string): boolean {
  return readable(original)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && l.length <= HEADING_MAX_LENGTH)
    .slice(0, HEADING_LINES)
    .some((l) => APPEAL_HEADING.test(l));
}
