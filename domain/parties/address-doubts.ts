import { parsePostcodeLine } from './lines.ts';
import { COUNTRY } from './one-line-address.ts';
import { postcodeConfirmed, postcodeDoubt, type PostcodeTable } from './postcodes.ts';

/**
 * Why an address read from a letter should not be used, or null. Each check is one kind of misread
 * that still looks like an address: a postcode whose place is another (Posten's table, when given),
 * and a Swedish street whose "-vägen" OCR read as "-vågen" or "-vagen" (ä, å and a are the letters
 * scanners confuse most; Swedish streets end in "-vägen", never in "-vågen").
 */
/** Two people over one head's address (spouses) and no line that says which of them appeals. */
export const HOUSEHOLD_DOUBT = 'the head names two people and the letter does not say which of them appeals';
/** Withheld when the letter gives the appellant two addresses (domain/letters/held-reasons.ts words it in bokmål). */
export const TWO_ADDRESSES = 'the letter writes two different addresses for the appellant';

/** Withheld when a «Klager:» line names another person than the one the address is given to (which of them appeals is unsure). */
export const LABELLED_OTHER = 'the letter labels another person as the appellant';
/** The only address read is the one under the representative's labelled line («Fullmektig: …» / «Adresse: …», session 23). */
export const REPRESENTATIVES_ADDRESS = 'the address read is labelled as the representative’s';

/** Withheld when two words of the name or the address run together as a scan joins them ("KongOscars gate"). */
export const GLUED_WORDS = 'the name or the address has two words run together (a scan mark)';

/** Withheld when a line of the address shows the marks a scan leaves inside words. */
export const DAMAGED_LINE = 'the address has a line the scan damaged';

export function addressDoubt(address: readonly string[], postcodes?: PostcodeTable): string | null {
  if (address.length === 0) return null;
  return (postcodes ? postcodeDoubt(address, postcodes) : null) ?? swedishStreetDoubt(address) ?? damagedLineDoubt(address, postcodes ? postcodeConfirmed(address, postcodes) : false);
}

/**
 * Marks OCR leaves inside an address that no writer writes: an apostrophe between two lower-case
 * letters ("Lil'levannsveien", "Marszałko'wska") or inside a word in capitals ("SOLHAUGVEGE'N"), a
 * dot between two lower-case letters ("Strandpro.menaden"), and a word broken before its last letter
 * ("Tårnvege n 22"). (An accented e inside a word is no mark: "Linnégatan", "Allégade" are streets.) Each only where the language cannot write it: the apostrophe except in English, French and
 * Italian addresses ("12 St John's Road", "Via dell'Orso"); the lone lower-case letter only in a
 * Nordic address, and never "i" or "å" ("Mo i Rana", "Bogen i Ofoten") — abroad it is a word
 * ("Calle Ramón y Cajal 4", "Rua da Paz e Silva").
 */
const INNER_APOSTROPHE = /\p{Ll}['’`]\p{Ll}|\p{Lu}{2}['’`]\p{Lu}/u;
/** A dot between two lower-case letters ("Strandpro.menaden 90"): no abbreviation is written so, in any language. */
const INNER_DOT = /\p{Ll}\.\p{Ll}/u;
const BROKEN_WORD = /(?<=\p{L})\s(?![iå]\s)\p{Ll}(?=\s|\d|,|$)/u;
/** Countries whose languages put an apostrophe inside a word of an address, as a letter abroad names them. */
const APOSTROPHE_COUNTRY = /^(?:storbritannia|storbritannien|united kingdom|uk|england|scotland|wales|irland|ireland|usa|united states|canada|australia|frankrike|france|belgia|belgium|italia|italy)$/iu;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$/u;
/** A postcode the Nordic countries write: four digits (Norway, Denmark), "123 45" or with SE/DK/N/NO prefix. */
const NORDIC_POSTCODE = /^(?:(?:SE|S|DK|N|NO)-|(?:SE|DK|NO)\s)?(?:\d{4}|\d{3}\s?\d{2})$/u;
const NORDIC_COUNTRY = /^(?:norge|noreg|norway|sverige|sweden|danmark|denmark)$/iu;
/**
 * Where å, ø or æ is written: the Nordic countries, Finland's Swedish names ("Åbo") and Iceland's æ, by
 * a country line or a postcode's prefix; an address with none of them and no Nordic postcode is abroad.
 */
const NORDIC_WRITING = /\b(?:norge|noreg|norway|sverige|sweden|danmark|denmark|finland|suomi|island|iceland|åland|færøyene|faroe islands|grønland|greenland)\b|\b(?:FI|IS|AX|FO|GL)-\d/iu;

/**
 * A hyphen inside a word before a lower-case letter ("Ves-tre gate", "Lille-vannsveien"): a scan's
 * mark in a Nordic address, where compound names join capitals ("Nord-Trøndelag") and a suspended
 * compound has its space after the hyphen ("bo- og behandlingssenter"). Only there: abroad it is the
 * place's own ("13100 Aix-en-Provence", "12540 Vila-real", "Stratford-upon-Avon"), and only a hyphen
 * where a space was ("Rue-de France") is a mark.
 */
const INNER_HYPHEN = /\p{L}-\p{Ll}/u;
/** Abroad, a hyphen where a space was, before the next word of a street ("Rue-de France 89"): no place joins words so. */
const HYPHEN_FOR_SPACE = /\p{L}-\p{Ll}+\s+\p{Lu}/u;
/** A hyphen at the end of a line ("29680 Estepona-"): no writer's, in any country. */
const LINE_END_HYPHEN = /\p{L}-$/u;
/**
 * An accented e inside a word of a Norwegian street ("Bryggeveién", "Løkkégata", "Solvangvégen"):
 * Norwegian spelling has it only in a few words (allé, kafé, idé, entré) and names made from them. Only where Posten's table
 * confirms the postcode (Swedish "Linnégatan" and Danish "Allégade" are streets).
 */
const NORWEGIAN_ACCENT = /[éè](?=\p{L})/u;
/**
 * Words Norwegian writes with é, and the street names made from them ("Kafébakken", "Idéveien",
 * "Parkalléen"). Each at the start of the word, as a compound's first part: inside a word its letters
 * are any other word's ("Solidéveien" is "Solideveien" with a mark). Only "allé" and "kafé" end a
 * compound street name ("Parkalléen", "Lindealléen", "Bryggekaféen").
 */
const NORWEGIAN_E_WORD = /(?<!\p{L})(?:kaf|all|id|entr|arm|kup|komit|trof)[éè]|(?:kaf|all)[éè]/iu;
/** A line that names a person the mail goes through ("c/o Renée Olsen", "v/ André Berg"): a name, no street. */
const CARE_OF = /^(?:c\/o|v\/|co\s)/iu;

/**
 * A Norwegian street line is capitalised words, a number and the kind of street in lower case
 * ("Kongens gate 5", "Nordre Skøyen hovedvei 5", "Holmen kai 3", "Carl von Ossietzkys gate 3"). A
 * scan that breaks a word leaves a lower-case piece that, joined again to the word before it, makes
 * one compound ending in a street's definite suffix ("Bra ttlikollen 89" is "Brattlikollen", "Elv
 * ebakken 3" is "Elvebakken"): that is the damage, and the test is the damage itself, not a list of
 * the lower-case words streets may have.
 */
const BROKEN_COMPOUND = /^\p{Lu}\p{L}*(?:veien|vegen|gata|gaten|bakken|lia|lien|kollen|åsen|haugen|stien|svingen|løkka|jordet|moen|dalen|toppen|tunet|terrassen|plassen|torget|bryggen|parken|vika|kroken|engen|enga|myra|skogen|bråten|berget|brekka|bekken|hagen|hogda|lunden|ringen|sletta|vollen)$/u;
/**
 * A street named for someone ends the name in a possessive s straight before the kind of street
 * ("Dronningens gate", "Olav Kyrres gate"): a lower-case piece there that, joined to the capitalised
 * word before it, ends in that s is the rest of the name ("Dron ningens gate 10", "Kyr res gate 9").
 * A street's own lower-case words do not end so ("Holmen kai", "Carl von Ossietzkys gate").
 */
const POSSESSIVE_PIECE = /^\p{Ll}+s$/u;
const KIND_OF_STREET = /^(?:gate|gata|gaten|gt\.?|vei|veien|veg|vegen|plass|plassen|allé|alle)$/u;
const lowerPieces = (line: string) => {
  const words = line.split(/[\s,]+/u);
  return words.filter((w, i) => i > 0 && /^\p{Ll}+$/u.test(w) && (BROKEN_COMPOUND.test(`${words[i - 1]}${w}`) || (/^\p{Lu}/u.test(words[i - 1]!) && POSSESSIVE_PIECE.test(w) && KIND_OF_STREET.test(words[i + 1] ?? ''))));
};

/**
 * The consonants a Norwegian word may start with (none, one, or a cluster Norwegian writes: "Skj", "Str",
 * "Kv", "Mj", and those of the names streets are named after: "Chr", "Th", "Schw"). Checked against every
 * place name in Posten's table: none is flagged ("Rjukan", "Gvarv", "Stjørdal" are why rj, gv and stj are in;
 * "ps" came from a calibration letter's "Psykologpraksis"). Words in capitals are left alone (acronyms: "DNB").
 */
export const NORWEGIAN_ONSET = /^(?:[bcdfghjklmnpqrstvwxzß]|bj|bl|br|ch|chr|dj|dr|dv|fj|fl|fr|gj|gl|gn|gr|gv|hj|hv|kj|kl|kn|kr|kv|lj|mj|nj|ph|pl|pr|ps|rh|rj|sc|sch|schl|schw|sj|sk|skj|skr|skv|sl|sm|sn|sp|spj|spl|spr|st|stj|str|sv|sw|th|tj|tr|tv|vr|wr)?$/u;
export const leadingConsonants = (word: string) => /^[^aeiouyæøåäöüéèáàóò]*/iu.exec(word)![0].toLowerCase();

function damagedLineDoubt(address: readonly string[], norwegian: boolean): string | null {
  const nordic = nordicAddress(address);
  const apostrophes = APOSTROPHE_COUNTRY.test(address.at(-1)!) || address.some((l) => UK_POSTCODE.test(l));
  // The street lines only: a c/o line's name and the postcode line's place may be written with é.
  const accent = (line: string) => norwegian && line !== address.at(-1) && !CARE_OF.test(line.trim()) && line.split(/\s+/u).some((w) => NORWEGIAN_ACCENT.test(w) && !NORWEGIAN_E_WORD.test(w));
  // The street lines only: a postcode line's place may be written in lower case.
  const streets = (line: string) => norwegian && line !== address.at(-1) && /^[^,]+\s\d+\s?\p{L}?$/u.test(line) && lowerPieces(line).length > 0;
  // A ring the scan put on the last letter of a street's definite suffix ("Kirkegatå", "Solliå"): no Norwegian street ends so.
  const ring = (line: string) => nordic && line !== address.at(-1) && line.split(/[\s,]+/u).some((w) => /\p{L}{3}å$/u.test(w) && BROKEN_COMPOUND.test(w.replace(/å$/u, 'a')));
  // A Nordic letter in a street abroad outside the Nordic countries ("Hauptstråße"): that country's writing has none.
  const nordicLetter = (line: string) => !nordic && !NORDIC_WRITING.test(address.join(' ')) && line !== address.at(-1) && !CARE_OF.test(line.trim()) && /[åøæÅØÆ]/u.test(line);
  // A Norwegian street word that starts with consonants no Norwegian word starts with ("Fkornveien", "Flvebakken").
  // Not the name words before a street's kind written apart ("Marcus Thranes gate", "Tsjekkovs vei", "Zwilgmeyers
  // gate", "Claude Monets allé"): they are anyone's names. A compound ("Fkornveien") and a box's place are checked.
  const onset = (line: string) => {
    if (!norwegian || line === address.at(-1) || CARE_OF.test(line.trim())) return false;
    const words = line.split(/[\s,]+/u);
    const kind = words.findIndex((w) => KIND_OF_STREET.test(w));
    return words.some((w, i) => i > kind && /^\p{Lu}\p{Ll}{2,}$/u.test(w) && !NORWEGIAN_ONSET.test(leadingConsonants(w)));
  };
  // A street's first word broken after its capital ("H esteskoen 74"): no Nordic street starts with a lone letter.
  const brokenStart = (line: string) => nordic && line !== address.at(-1) && /^\p{Lu}[ \t]\p{Ll}{2,}/u.test(line.trim());
  const damaged = (line: string) => brokenStart(line) || (!apostrophes && INNER_APOSTROPHE.test(line)) || INNER_DOT.test(line) || (nordic && BROKEN_WORD.test(line)) || (nordic ? INNER_HYPHEN : HYPHEN_FOR_SPACE).test(line) || LINE_END_HYPHEN.test(line) || accent(line) || streets(line) || ring(line) || nordicLetter(line) || onset(line);
  return address.some(damaged) ? DAMAGED_LINE : null;
}

function nordicAddress(address: readonly string[]): boolean {
  const country = COUNTRY.test(address.at(-1)!) ? address.at(-1)! : null;
  if (country !== null && !NORDIC_COUNTRY.test(country)) return false;
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  return postcode !== undefined && NORDIC_POSTCODE.test(postcode.postcode);
}

const SWEDISH_POSTCODE = /^(?:(?:SE|S)-|SE\s)?\d{3}\s?\d{2}$/u;
/**
 * "-vägen" read "-vågen", "-vagen" or "-vägén", "-gatan" read "-gåtan" or "-gätan", and the same "väg" joined to a
 * street's kind ("Järnvägsgatan" read "Järnvågsgatan", "-vagsgatan"): no Swedish street is written so.
 */
const MISREAD_VAGEN = /v(?:å|a)g(?:[eé]n|s(?:gatan|gränd|backen|torget|v[äåa]gen))\b|väg[éè]n\b|g[åä]tan\b/iu;

/**
 * Swedish stems written with ä that OCR reads with å ("Västerås" read "Våsterås", "Vänersborg" read
 * "Vånersborg"): a word of a Swedish address that starts with one of them read with å is a misread.
 * Only stems no Swedish name starts with when written with å ("Kållered", "Ånge", "Såtenäs", "Hållsta"
 * are places, "målare" and "gård" words: "käll", "äng", "sät", "häll", "mälar", "gärd" are left out).
 */
export const SWEDISH_A_UMLAUT_STEMS = ['väst', 'väner', 'ängel', 'häss', 'järn', 'kärr', 'lärk'] as const;
const MISREAD_UMLAUT = new RegExp(`(?<![\\p{L}])(?:${SWEDISH_A_UMLAUT_STEMS.map((s) => s.replace('ä', 'å')).join('|')})`, 'iu');

function swedishStreetDoubt(address: readonly string[]): string | null {
  const postcode = [...address].reverse().map(parsePostcodeLine).find((p) => p !== null);
  if (!postcode || !SWEDISH_POSTCODE.test(postcode.postcode)) return null;
  const streets = address.slice(0, -1).concat(postcode.street ?? []);
  if (streets.some((s) => MISREAD_VAGEN.test(s))) return 'the street name looks misread ("-vägen")';
  return address.some((l) => MISREAD_UMLAUT.test(l)) ? DAMAGED_LINE : null;
}

/** Withheld when the name carries an accent no such name has ("Jensén", "Kristiansén"): the scan's, and what else it changed cannot be told. */
export const MARKED_NAME = 'the name has a mark the scan left (an accent no such name has)';
/**
 * A patronymic "-sen" after a consonant ("Jensen", "Kristiansen", "Berntsen") is never written with é; an é
 * there is the scan's. Names with "-sén" after a vowel ("Rosén") and other "-én" names ("Lindén") are kept.
 */
const ACCENTED_PATRONYMIC = /[b-df-hj-np-tv-xzß]s[éè]n$/iu;

/** Swedish surnames that are written "-sén" after a consonant: not a patronymic, the é is theirs. */
const SWEDISH_SEN = /^(?:forsén|ahlsén)$/iu;

export function markedNameDoubt(name: string, address: readonly string[]): string | null {
  return address.length > 0 && name.split(/[\s-]+/u).some((w) => ACCENTED_PATRONYMIC.test(w) && !SWEDISH_SEN.test(w)) ? MARKED_NAME : null;
}

/** A lower-case letter straight before a capital inside a word: the space between two words lost. */
const GLUED = /\p{Ll}\p{Lu}/u;
/** Names that write a capital inside themselves: "McDonald", "MacLeod", "DeLuca", "LeBlanc", "DiMarco", "VanDyke". */
const INNER_CAPITAL_NAME = /^(?:Mc|Mac|De|Di|Da|Le|La|Du|Van|Von|Fitz)\p{Lu}\p{Ll}/u;

/**
 * A word of the party's name or address with a capital inside it ("KongOscars gate 89", "Synnøve
 * JohanAas"): the scan lost the space between two words, and what else it lost cannot be told (on the
 * development slices every such address given was wrong). Names that write an inner capital are kept.
 */
export function gluedWordsDoubt(name: string, address: readonly string[]): string | null {
  if (address.length === 0) return null;
  const words = [name, ...address].flatMap((l) => l.split(/[\s,/]+/u));
  return words.some((w) => GLUED.test(w) && !INNER_CAPITAL_NAME.test(w)) ? GLUED_WORDS : null;
}
