import { FURTHER_KIN_WORDS, HELPER_WORDS, KIN_DEFINITE_WORDS, KIN_WORDS } from './kin-and-roles.ts';
import { isPersonName, PROFESSIONAL, titleCase } from './lines.ts';
import { type PostcodeTable, placeNameCase } from './postcodes.ts';
import { isClosing } from './signature.ts';

/**
 * A signature written all in lower case, as some people type on a telephone («tommy hansen» / «granveien 4b» /
 * «1415 oppegård»): every reader after this one knows a name and an address by their capitals, so the block is given
 * them. Only at the letter's end, each part a line of its own (under a blank, a closing or the body's last sentence),
 * shaped as a name, a street with its number and a postcode with its place, and only when Posten's table says the
 * code is that place's; a name alone only under a closing. A sentence of the body is never read: its lines are no
 * such shape, and an address written in one («da jeg bodde i granveien 4b …») stays as written.
 */
const CONTACT = /^(?:tlf|telefon|tel|mobil|mob|e-?post|e-?mail|fnr|f\.?\s?nr|fødselsnummer|fødselsnr|personnummer)\b/iu;
const POSTCODE_PLACE = /^(?<code>\d{4})[ \t]+(?<place>\p{Ll}[\p{Ll} -]*)$/u;
const STREET = /^\p{Ll}[\p{Ll}.' -]*[ \t]\d{1,4}[ \t]?\p{Ll}?$/u;
/** Lower case, letters and spaces only, two to four words: a name once its capitals are back. */
const LOWER_NAME = /^\p{Ll}[\p{Ll}'-]+(?:[ \t]+\p{Ll}[\p{Ll}'-]+){1,3}$/u;

/**
 * The sentence above the block points at someone else's name and address: it ends in «:» («svaret kan sendes til
 * sønnen min:»), asks for a reply or a copy elsewhere, names a relative, a helper or a professional («kontakt
 * fastlegen min»), or says the writer lived there before («bodde før på denne adressen»). Then the block is not read.
 */
const OTHER_WORDS = [...KIN_WORDS, ...KIN_DEFINITE_WORDS, ...FURTHER_KIN_WORDS, ...HELPER_WORDS, 'advokat', 'advokaten', 'advokatar', 'fullmektig', 'fullmektigen', 'verge', 'vergen', 'kontor', 'kontoret', 'legekontor', 'legekontoret'];
const POINTS_ELSEWHERE = new RegExp(
  `:\\s*$|(?<![\\p{L}])(?:${OTHER_WORDS.join('|')}|kopi|kopien|copy|sendes|sendast|skickas|send|kontakt|kontakta|ring|svar|svaret|bodde|budde|bodde\\s+før|tidligere|tidlegare|gamle|old|former)(?![\\p{L}])`,
  'iu',
);
const pointsElsewhere = (line: string): boolean => POINTS_ELSEWHERE.test(line) || PROFESSIONAL.test(line);

const isLowerName = (line: string): boolean => LOWER_NAME.test(line) && isPersonName(titleCase(line));
/** «granveien 4b» → «Granveien 4b», «nordre gate 12» → «Nordre gate 12»: the street's first letter. */
const streetCase = (line: string): string => line.charAt(0).toUpperCase() + line.slice(1);

export function withCapitalisedSignature(text: string, postcodes: PostcodeTable | undefined): string {
  const lines = text.split('\n');
  const trimmed = lines.map((l) => l.trim());
  // The last content line that is not a telephone, an e-mail or an id: where a signature ends.
  let end = trimmed.length - 1;
  while (end >= 0 && (trimmed[end] === '' || CONTACT.test(trimmed[end]!))) end--;
  if (end < 0) return text;
  // Above the block: a blank, a closing, or the body's last sentence (a text layer often drops the blank line), never
  // another name-shaped line (two names over one address: whose it is cannot be told).
  // Nor a sentence that points at someone else (above the block or above the blank line over it).
  const sentence = (i: number) => !isLowerName(trimmed[i]!) && trimmed[i]!.split(/\s+/u).length >= 4;
  const nextAbove = (i: number) => {
    let j = i;
    while (j >= 0 && trimmed[j] === '') j--;
    return j;
  };
  const before = (i: number) => {
    const above = nextAbove(i);
    if (above < 0 || isClosing(trimmed[above]!)) return true;
    if (sentence(above) && pointsElsewhere(trimmed[above]!)) return false;
    return trimmed[i] === '' || sentence(i);
  };
  const postcode = POSTCODE_PLACE.exec(trimmed[end]!);
  const place = postcode && postcodes?.places.get(postcode.groups!.code!);
  if (postcode && place && place === postcode.groups!.place!.toUpperCase() && end >= 2) {
    const [name, street] = [trimmed[end - 2]!, trimmed[end - 1]!];
    if (isLowerName(name) && STREET.test(street) && before(end - 3)) {
      const out = [...lines];
      out[end - 2] = titleCase(name);
      out[end - 1] = streetCase(street);
      out[end] = `${postcode.groups!.code} ${placeNameCase(place)}`;
      return out.join('\n');
    }
    return text;
  }
  // A name alone under a closing («hilsen» / «tommy hansen»).
  if (isLowerName(trimmed[end]!) && end >= 1 && isClosing(trimmed[end - 1]!)) {
    const out = [...lines];
    out[end] = titleCase(trimmed[end]!);
    return out.join('\n');
  }
  return text;
}
