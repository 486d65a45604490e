/**
 * Comments named by their role (issue 13 item 2): a heading or e-mail subject that says the letter
 * comments on what the first instance sent on — the transfer letter, its summary, "NAV:s översändelse"
 * — in any of the five languages, or that names only the case or the writer after a dash.
 *
 * Review of issue 13: "Synpunkter – överklagande", "Comments – appeal against Helfo's refusal" and
 * "Kommentarer til Navs oppsummering – klage" were read as comments, and an appeal read as comments
 * opens no case and gets no acknowledgement. So after a dash or a colon only a reference or a name is
 * taken, and a line that names an appeal or the decision appealed never fires, in either form.
 */

// JavaScript's \b is ASCII-only even with the u flag: these lookarounds are the word boundaries.
import { widened } from '../text/fold.ts';

const W = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';

/** E-mail prefixes before the subject. */
const PREFIXES = '(?:(?:emne|subject|ämne|re|sv|vs|aw|fw)\\s*:\\s*)*';
const COMMENTS_WORD = 'merknad(?:er|ar)?|kommentar(?:er|ar|ene)?|bemærkning(?:er)?|synpunkt(?:er)?|comments?|observations|remarks';
const COMMENTS_START = widened(new RegExp(`^${PREFIXES}(?:${COMMENTS_WORD})`, 'iu'));

/**
 * What the first instance sent on, as writers name it. OCR reads "ä" as "å" or "a" and "ö" as "o".
 * The words are stems: a word that begins so goes on (oversendelsesbrevet, översändandet).
 */
const ROLE = 'oversend|oversending|[öo]vers[äåa]nd|transfer|forwarding|referral|sammenfatning|oppsummering|redegjørelse|redogörelse|redegørelse|statement from|uttalelse fra|utsegn frå|yttrande från|udtalelse fra';

/**
 * An appeal, a tribunal appeal, a reopening or the decision appealed, in the five languages. Not the
 * appeals body's names (klageinstans, klageorgan, klagenemnd, Helseklage), and not the appeal a
 * transfer letter forwards ("Merknader til Helfos oversendelse av klagesak" comments on the transfer).
 */
const APPEAL_OR_DECISION = widened(new RegExp(
  `(?<!(?:${ROLE})\\p{L}*\\s+(?:av|af|of)\\s+(?:\\p{L}+\\s+)?)` +
    `(?:${W}(?:på|pa|paa|över|over)?klag(?!e?(?:instans|organ|nemnd))|appeal|${W}ank(?:e|en|er|et|emål\\p{L}*|esak\\p{L}*)${E}|` +
    'avgjørelse|avgjerd|afgørelse|refusal|rejection|gjenopptak|omgjøring|omgjering|reopen|vedtak|beslut|decision|avslag|afslag)',
  'iu',
));

/** "til oversendelsen", "on Nav's transfer letter", "på NAV:s översändelse": up to three words before it. */
const ROLE_AFTER_PREPOSITION = widened(new RegExp(
  `^\\s+(?:til|på|pa|on|to|om|över|over|vedrørende|angående|regarding|concerning)\\s+(?:[\\p{L}:'’]+\\s+){0,3}(?:${ROLE})\\p{L}*(?:\\s.*)?$`,
  'iu',
));

const AFTER_DASH = /^\s*[-–—:]\s*/u;
/** Pieces after the dash: split at a spaced dash or a comma, never inside "PR-2026-118734". */
const PIECE_SEPARATOR = /\s+[-–—]\s*|\s*[-–—]\s+|\s*,\s*/u;

/** A name: two to four capitalised words, to the piece's end ("Hanne Storm Eide", "Anne-Lise Hagen"). */
const NAME = /^\p{Lu}[\p{Ll}'’.]*(?:-\p{Lu}?[\p{Ll}'’.]+)*(?:\s+\p{Lu}[\p{Ll}'’.]*(?:-\p{Lu}?[\p{Ll}'’.]+)*){1,3}$/u;
/** Whose reference it is, capitalised: "Helfo ref 26/77610", "Navs sak 26/4471". */
const OWNER = /^\p{Lu}\p{L}*\s+/u;
/** A reference: a code with a digit in it, after a word that says it is one ("sak", "ref.", "Ärendenr:"). */
const REFERENCE = widened(new RegExp(
  '^(?:(?:vår|vårt|deres|your|our|jeres|er|ert|mitt|min|my)\\s+)?' +
    '(?:(?:sak|saka|saken|saksnr|saksnummer|sag|sagen|sagsnr|ärende|ärendet|ärendenr|ärendenummer|dnr|diarienr|diarienummer|case|case no|ref|referanse|reference|referens|journalnr|jnr)\\.?(?:\\s*(?:nr|no)\\.?)?\\s*:?\\s*)?' +
    '(?=[\\p{L}\\d./-]*\\d)[\\p{L}\\d][\\p{L}\\d./-]*$',
  'iu',
));
/** What the first instance sent on, after the dash ("Merknader - oversendingsbrev, ref. 26/77610"). */
const ROLE_PIECE = widened(new RegExp(`^(?:[\\p{L}:'’]+\\s+){0,3}(?:${ROLE})\\p{L}*(?:\\s.*)?$`, 'iu'));

const isReferenceOrName = (piece: string) => NAME.test(piece) || REFERENCE.test(piece) || REFERENCE.test(piece.replace(OWNER, '')) || ROLE_PIECE.test(piece);

/**
 * A heading line that says the letter comments on what the first instance sent on, or on a case or person
 * named. Its patterns read their letters widened (text/fold.ts): "Merknader til oversendelsen" is read
 * in a letter written without ø, å, æ as in one written with them (review of model10).
 */
export function commentsByRoleHeading(line: string): boolean {
  const start = COMMENTS_START.exec(line);
  if (!start || APPEAL_OR_DECISION.test(line)) return false;
  const rest = line.slice(start[0].length);
  if (ROLE_AFTER_PREPOSITION.test(rest)) return true;
  const dash = AFTER_DASH.exec(rest);
  if (!dash) return false;
  const tail = rest.slice(dash[0].length).trim();
  if (tail === '') return true;
  const pieces = tail.split(PIECE_SEPARATOR);
  return pieces.length <= 3 && pieces.every(isReferenceOrName);
}

/**
 * A heading that reads as comments AND as an appeal (session 11): the comments word, then at once a dash
 * or a colon, then the appeal word — "Comments - appeal", "Synpunkter – överklagande", "Merknad: jeg
 * klager på …". It is a GUARD, never a boost (review of model11): a transfer's comments are headed so as
 * often as an appeal is, so the letter goes to an archivist rather than straight through as either.
 * Anchored: not "Merknader til NAV-klage" (no dash right after the comments word), not "Comments re:
 * appeal", not the party's label ("– klager: Kari Nordmann"), not a negation ("jeg klager ikke"), not
 * comments on what the first instance sent on ("Merknader til Helfos oversendelse – klage"), nor a
 * tribunal appeal.
 */
const COMMENTS_THEN_DASH = widened(new RegExp(`^${PREFIXES}(?:${COMMENTS_WORD})\\s*[-–—:]\\s*`, 'iu'));
const APPEAL_WORD = widened(new RegExp(
  `^(?:(?:jeg|eg|jag|vi|I|we)\\s+(?:(?:vil|ønsker å|vill|wish to|want to)\\s+)?)?` +
    `(?:klage|klaga|klagar|klager|klagemål|påklager|överklagande|överklagan|överklagar|appeal|appealing|complaint)${E}(?!\\s*:)`,
  'iu',
));
const NOT_AN_APPEAL = widened(new RegExp(
  `${W}(?:ikke|ikkje|inte|ikkie|not|no longer|never|summary|trygderett\\p{L}*|tribunal|anke|${ROLE})`,
  'iu',
));

export function commentsAndAppealHeading(line: string): boolean {
  const start = COMMENTS_THEN_DASH.exec(line);
  if (!start) return false;
  const tail = line.slice(start[0].length);
  return APPEAL_WORD.test(tail) && !NOT_AN_APPEAL.test(tail);
}
