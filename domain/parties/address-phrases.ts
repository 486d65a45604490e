import { PERSON_NAME } from './lines.ts';
import { parseOneLineAddress } from './one-line-address.ts';
import { isCareHome } from './organisations.ts';
import { regExpLiteral } from '../text/regexp-literal.ts';

/**
 * Addresses written in a sentence, and whose they are: "Min adresse er …", "Svar sendes til meg på …",
 * "Please write to me at …" are the writer's; "Hun bor i …", "Adressen hans er …", "His address is …"
 * are the person the writer writes about. Independent of layout: a sentence anywhere in the letter.
 */
export interface AddressPhrase {
  owner: 'writer' | 'other';
  /** The writer asks for the answer to go there ("Svar sendes til …", "Ny adresse: …"). */
  replyTo: boolean;
  /** A second address beside another ("midlertidig adresse"): it can contradict an address, never be the only one given. */
  second?: boolean;
  /** «Til 31. oktober bor jeg i …, deretter i …»: the address being left, so the letter gives two and neither is sure. */
  leaving?: boolean;
  /** «Mor bor i …»: a parent's by the kin word alone; the appellant's only where the letter names the appellant so. */
  kin?: 'mother' | 'father';
  address: string[];
  index: number;
}

/**
 * The address now, after a move (session 17): «ny adresse er …», «adressa mi er no …» under the head left behind. Read only in a
 * letter that says the writer moved: without one, a scan's «Ny adresse er …» or «Adressen min er nå …» beside the same head
 * read through OCR noise gave a misread body over a right head (held-out scans eval-00025, eval-00064).
 */
const AFTER_A_MOVE = [
  'ny adresse er', 'ny adresse blir', 'ny adresse vert', 'ny adress är', 'new address is', 'my new address is now',
  'adressa mi er no', 'adressa mi er nå', 'adressen min er nå', 'min adresse er nå', 'min adresse er no', 'mi adresse er no', 'min adress är nu', 'my address is now',
];
const AFTER_A_MOVE_SET = new Set(AFTER_A_MOVE);

const WRITER_REPLY = [
  'svar kan sendes til', 'svar sendes til', 'svaret kan sendes til', 'send svaret til', 'send svar til', 'vennligst send svar til', 'brev kan sendes til', 'post kan sendes til',
  'jeg har ny adresse', 'eg har ny adresse', 'jag har ny adress', 'min nye adresse er', 'mi nye adresse er', 'ny adresse', 'ny adress', 'new address', 'my new address is',
  'svar kan sendast til', 'svaret kan sendast til', 'svar skickas till', 'skicka svaret till', 'send venligst svar til',
  'please write to me at', 'please send the reply to', 'please send your reply to', 'please send the answer to', 'reply to me at',
  ...AFTER_A_MOVE,
];
// A bare "min adresse" only with its colon: "Min adresse i folkeregisteret, …, er feil; jeg bor nå på …" names an old one.
const WRITER_LIVES = ['min adresse er', 'adressen min er', 'adressa mi er', 'min adress är', 'my address is', 'min adresse:', 'adressa mi:', 'min adress:', 'my address:', 'my current address is', 'my current address:', 'jeg bor nå i', 'jeg bor nå på', 'jeg bor i', 'jeg bor på', 'eg bur no i', 'eg bur no på', 'eg bur i', 'eg bur på', 'jag bor nu i', 'jag bor nu på', 'jag bor i', 'jag bor på', 'jeg bor nu i', 'jeg bor nu på', 'i live at', 'i now live at',
  // Nynorsk's «mi adresse» and the verb first after a time or a place (session 19): «Fra 1. november bor jeg i …» beside an
  // old head gave the head (s19-44); read, the two disagree and the address is withheld.
  'mi adresse er', 'mi adresse:', 'bor jeg i', 'bor jeg på', 'bur eg i', 'bur eg på', 'bor jag i', 'bor jag på', 'bor jeg nå i', 'bor jeg nå på', 'bur eg no i', 'bur eg no på',
  // The writer's own address by its kind (session 17): «Min bostedsadresse er …» beside a head at a workplace's c/o.
  'min bostedsadresse er', 'min hjemmeadresse er', 'min postadresse er', 'min faste adresse er',
  'mi bustadadresse er', 'mi heimeadresse er', 'mi postadresse er', 'mi faste adresse er', 'min bustadadresse er', 'min heimeadresse er',
  'min bostadsadress är', 'min hemadress är', 'min postadress är', 'min bopælsadresse er', 'min hjemadresse er',
  'my home address is', 'my postal address is', 'my permanent address is', 'my residential address is'];
/**
 * A second address of the writer's own beside the head's ("Jeg har også en midlertidig adresse, …", «Jeg har flyttet til …»):
 * not where to reply, so when it differs from the head's the letter gives two and neither is sure.
 */
const WRITER_ALSO = [
  'midlertidig adresse', 'mellombels adresse', 'tillfällig adress', 'midlertidig adresse er', 'mellombels adresse er', 'temporary address', 'temporary address is',
  // The address in the register (review s17): often the one left behind («Min folkeregistrerte adresse er …, men jeg bor nå på …»).
  'min folkeregistrerte adresse er', 'min registrerte adresse er', 'min folkbokföringsadress är',
  'sommeradresse', 'sommaradress', 'hytteadresse', 'ferieadresse', 'annen adresse', 'anna adresse', 'anden adresse', 'second address',
  // A move in the first person, done or coming (session 16): the head may be the address left, or the one still lived at.
  'jeg har flyttet til', 'jeg flyttet til', 'jeg er flyttet til', 'jeg flytter til', 'eg har flytta til', 'eg flytta til', 'eg har flytt til', 'eg flyttar til',
  'jag har flyttat till', 'jag flyttade till', 'jag flyttar till', 'i have moved to', 'i’ve moved to', "i've moved to", 'i moved to', 'i am moving to', 'i’m moving to', "i'm moving to",
];
const MOTHER = ['mor', 'mora', 'moren', 'mamma', 'mother', 'mum'];
const FATHER = ['far', 'faren', 'pappa', 'father', 'dad'];
const kinOf = (phrase: string): AddressPhrase['kin'] => {
  const word = phrase.toLowerCase().split(/\s+/u)[0]!;
  return MOTHER.includes(word) ? 'mother' : FATHER.includes(word) ? 'father' : undefined;
};

/**
 * The letter names the appellant as that parent: «min far, Arne Dale», «mor mi, Kari Fjeld», «for far, Olav Berg», «my mother,
 * Solveig Dahl». Only then is «Far bor på …» the appellant's; a parent the letter names no one as is someone else (review s19:
 * a mother's address given to the father in care, a divorced father's to the child).
 */
export function namedAsKin(text: string, name: string, kin: NonNullable<AddressPhrase['kin']>): boolean {
  const words = (kin === 'mother' ? MOTHER : FATHER).join('|');
  const escaped = name.trim().split(/\s+/u).map(regExpLiteral).join('\\s+');
  return new RegExp(`(?<![\\p{L}])(?:(?:min|mi|my)\\s+)?(?:${words})(?:\\s+(?:min|mi))?\\s*,?\\s+${escaped}(?![\\p{L}])`, 'iu').test(text);
}

const OTHER = [
  'hun bor i', 'hun bor på', 'han bor i', 'han bor på', 'ho bur i', 'ho bur på', 'han bur i', 'han bur på', 'hon bor i', 'hon bor på', 'she lives at', 'he lives at',
  'hans adresse er', 'hennes adresse er', 'adressen hans er', 'adressen hennes er', 'adressa hans er', 'adressa hennar er', 'hennar adresse er', 'hans adress är', 'hennes adress är', 'his address is', 'her address is', 'hendes adresse er',
  'hans adresse', 'hennes adresse', 'hans adress', 'hennes adress', 'his address', 'her address',
  // With a word of time between (session 17): «Han bor fortsatt på …», «Ho bur framleis i …», «She still lives at …».
  ...['hun', 'han', 'ho', 'hon'].flatMap((who) => ['fortsatt', 'fremdeles', 'framleis', 'nå', 'no', 'nu', 'fortfarande'].flatMap((when) => ['i', 'på'].flatMap((at) => [`${who} bor ${when} ${at}`, `${who} bur ${when} ${at}`]))),
  'she still lives at', 'he still lives at', 'she now lives at', 'he now lives at',
  // The parent a relative writes for, by the kin word alone (session 19): «Mor bor i Kirkevegen 3, …», «Far bur på …». Whose
  // parent it is the letter must say (`kinOf`): «Mor bor i …» in a son's letter for his father is the mother's (review s19, r01).
  ...[...MOTHER, ...FATHER].flatMap((kin) => [`${kin} bor i`, `${kin} bor på`, `${kin} bur i`, `${kin} bur på`, `${kin} lives at`]),
];

const phrase = (list: string[]) => list.map((p) => p.replace(/\s+/gu, '\\s+')).sort((a, b) => b.length - a.length).join('|');
/** When a new address takes effect, between the words and the address: "Ny adresse fra 1. mars er …", "New address from 1 March: …". */
const FROM_DATE = '(?:\\s+(?:fra|frå|från|from|fom\\.?|f\\.o\\.m\\.?)\\s+(?:den\\s+)?\\d{1,2}\\.?\\s*(?:\\p{L}+\\.?|\\d{1,2}\\.?)(?:\\s*\\d{2,4})?(?:\\s+(?:er|blir|vert|är|is|will\\s+be))?)?';
const PHRASE = new RegExp(`(?<![\\p{L}])(?:(?<reply>${phrase(WRITER_REPLY)})|(?<lives>${phrase(WRITER_LIVES)})|(?<also>${phrase(WRITER_ALSO)})|(?<other>${phrase(OTHER)}))(?![\\p{L}])${FROM_DATE}\\s*[:,]?\\s*(?:(?:meg|mig|me|mæ)\\s+(?:på|at|i)\\s+|(?:meg|mig|me|mæ)\\s+(?=c\\/o\\s)|(?:på|at|i|til|till|to)\\s+)?(?<rest>[^\\n]+)`, 'giu');

/** «Hun bor på Solbakken sykehjem, Kirkeveien 40, 3510 Hønefoss»: a care home's name, then its address (session 17). */
function careHomeAddress(rest: string): string[] | null {
  const home = /^([^,\n]{3,60}),\s*/u.exec(rest);
  if (!home || !isCareHome(home[1]!)) return null;
  const address = addressAtStart(rest.slice(home[0].length));
  return address ? [home[1]!.trim(), ...address] : null;
}

const PLACE_FIRST = /^\p{Lu}\p{Ll}+,?\s+(?:på|i|at|in)\s+(?=\S)/u;

/**
 * «Jeg har flyttet fra Storgata 88, 8622 Mo i Rana til Havnegata 3, 9008 Tromsø»: the address after «til» is the writer's
 * now, the one after «fra» is the one left (often the head's). Session 17: the old head was given.
 */
const MOVED_FROM_TO = /(?<![\p{L}])(?:jeg|eg|jag|i)\s+(?:har\s+|er\s+|hev\s+|have\s+|has\s+)?(?:flyttet|flytta|flytt|flyttat|moved)\s+(?:fra|frå|från|from)\s+(?<from>[^\n]{3,120}?)\s+(?:til|till|to)\s+(?<rest>[^\n]+)/giu;
/**
 * A move in the first person with no «til»: «Jeg har flyttet: ny adresse er …», «Eg har flytta, og adressa mi er no …».
 * Only the writer's own move: the verb followed by a stop, a comma, «og», «fra», «til» or an adverb («hit», «nå»), or the end. «Jeg har flyttet mor til
 * et sykehjem i Tromsø. Ny adresse er …» moved someone else (review partiesfix17, x23: the writer was given her mother's address).
 */
const MOVED = /(?<![\p{L}])(?:jeg|eg|jag|i)\s+(?:har\s+|er\s+|hev\s+|have\s+)?(?:flyttet|flytta|flytt|flyttat|moved)(?=\s*(?:[.,:;!?)–-]|$)|\s+(?:og|och|and|fra|frå|från|from|til|till|to|hit|hid|hither|hertil|nå|no|nu|now|here|nettopp|nyleg|nylig|nyligen|recently|igjen|again)(?![\p{L}]))/imu;

const normalised = (s: string) => s.toLowerCase().replace(/[,.]/gu, ' ').replace(/\s+/gu, ' ').trim();

/**
 * The «fra» part is the address we hold (the letterhead left behind): its street line, its postcode or its place. A move from
 * anywhere else is history («Jeg har flyttet fra Storgata 1, 0155 Oslo til Havnegata 3, 9008 Tromsø da jeg var student, og
 * senere hit til Bodø»: review partiesfix17 x21, x22) and the sentence is not read.
 */
function leftFrom(from: string, held: readonly string[]): boolean {
  const f = ` ${normalised(from)} `;
  return held.some((line) => {
    const l = normalised(line);
    if (l.length === 0) return false;
    if (f.includes(` ${l} `)) return true;
    const code = /^(\d{4})\s+(.+)$/u.exec(l);
    return code !== null && (f.includes(` ${code[1]} `) || f.includes(` ${code[2]} `));
  });
}

function movedFromTo(text: string, held: readonly string[]): { address: string[] | null; index: number }[] {
  return [...text.matchAll(MOVED_FROM_TO)].filter((m) => leftFrom(m.groups!.from!, held)).map((m) => ({ address: addressAtStart(m.groups!.rest!), index: m.index! }));
}

/**
 * The writer says they moved and the new address could not be read («flyttet fra … til» something no address, «ny adresse
 * er» a line the reader cannot split): the head may be the one left, so no address is given (never the old one).
 */
export function unreadMovedAddress(text: string, held: readonly string[]): boolean {
  if (!MOVED.test(text)) return false;
  // Only «fra … til <unread>»: «Min nye adresse er:» with the address on the lines under it is read as a block (calibration ua-122).
  return movedFromTo(text, held).some((m) => m.address === null);
}

/**
 * A line of its own that opens with a bare «Adresse:» (nynorsk «Adressa:», «Adress:», «Address:») right under the writer's own
 * name in the signature («Med hilsen / Torgeir Ulvik / Adresse: …»): the writer's, counted only when the appellant writes,
 * withheld when it disagrees with another. Under a sentence it is not read: the sentence may name whose it is — the GP, the
 * daughter, the employer, the first instance (review s19: r03, r04, r07, r21, and r24, where the GP's line cost a right head).
 * Under the appellant's «Navn:» line the fields read it. «Postadresse:» and the like stay the fields' (a unit's box).
 */
const ADDRESS_LINE = /^[ \t]*(?:adresse|adressa|adress|address)[ \t]*:[ \t]*(?<rest>\S[^\n]*)$/gimu;

function addressLines(text: string, isWritersName: (line: string) => boolean): AddressPhrase[] {
  const found: AddressPhrase[] = [];
  for (const m of text.matchAll(ADDRESS_LINE)) {
    const above = text.slice(0, m.index!).replace(/\s+$/u, '').split('\n').at(-1) ?? '';
    if (!isWritersName(above.trim())) continue;
    const address = addressAtStart(m.groups!.rest!);
    if (address) found.push({ owner: 'writer', replyTo: false, address, index: m.index! });
  }
  return found;
}

/** «Til 31. oktober bor jeg i …», «Until 1 May I live at …»: the line says when the address ends. */
const UNTIL_BEFORE = /(?<![\p{L}])(?:til|till|fram\s+til|frem\s+til|inntil|until|tom\.?|t\.o\.m\.?)\s+(?:den\s+)?\d{1,2}\.?\s*(?:\d{1,2}\.|jan|feb|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|des|dec)/iu;
/** «…, deretter i Havnegata 5», «…, then at …»: another address follows in the same sentence. */
const THEN_AFTER = /(?<![\p{L}])(?:deretter|derefter|etterpå|sidan|sedan|därefter|then|thereafter|afterwards)(?![\p{L}])/iu;

function leavingAddress(text: string, index: number, rest: string): boolean {
  const lineStart = text.lastIndexOf('\n', index - 1) + 1;
  if (UNTIL_BEFORE.test(text.slice(Math.max(lineStart, index - 60), index))) return true;
  const sentence = rest.slice(0, rest.search(/[.!?](?=\s+\p{Lu}|\s*$)|$/u));
  return THEN_AFTER.test(sentence);
}

/**
 * `held`: the address the reader has for the appellant so far (a move «fra» it «til» another gives the other). `isWritersName`:
 * whether a line is the writer's name (an «Adresse:» line is read only right under it).
 */
export function addressPhrases(text: string, held: readonly string[] = [], isWritersName: (line: string) => boolean = () => false): AddressPhrase[] {
  const found: AddressPhrase[] = addressLines(text, isWritersName);
  for (const m of movedFromTo(text, held)) if (m.address) found.push({ owner: 'writer', replyTo: true, address: m.address, index: m.index });
  for (const m of text.matchAll(PHRASE)) {
    // «Jeg bor nå i Spania, på Avenida …»: the country or town first, then the address (session 17).
    const address = addressAtStart(m.groups!.rest!) ?? (m.groups!.lives ? addressAtStart(m.groups!.rest!.replace(PLACE_FIRST, '')) : null) ?? careHomeAddress(m.groups!.rest!);
    if (!address || (m.groups!.reply && someoneElseMoved(text, m.index!))) continue;
    if (m.groups!.reply && AFTER_A_MOVE_SET.has(m.groups!.reply.toLowerCase().replace(/\s+/gu, ' ')) && !MOVED.test(text)) continue;
    const kin = m.groups!.other ? kinOf(m.groups!.other) : undefined;
    const leaving = !m.groups!.reply && leavingAddress(text, m.index!, m.groups!.rest!);
    found.push({ owner: m.groups!.other ? 'other' : 'writer', replyTo: !!m.groups!.reply, ...(m.groups!.also ? { second: true } : {}), ...(leaving ? { leaving } : {}), ...(kin ? { kin } : {}), address, index: m.index! });
  }
  return found;
}

/**
 * «Nav Oppegård har ny adresse …», «Sønnen min har ny adresse fra 1. mars …», «Kommunen registrerte ny adresse …»:
 * the sentence's subject, not the writer, has moved, so the address is not the writer's. Only a subject and a verb of
 * having right before the words count; «Jeg har flyttet, ny adresse: …» and a bare «Ny adresse: …» stay the writer's.
 */
const OTHER_SUBJECT_HAS = /(?<subject>\p{L}+)\s+(?:har|hadde|fikk|fekk|får|fick|fått|has|had|got|gets|registrerte|registrert|oppga|oppgav|meldte|registered)(?:\s+(?:fått|fenge|fenget|nå|no|nu|now|en|ei|et|a))*\s*$/iu;
const WRITER_SUBJECT = /^(?:jeg|eg|jag|i|vi|me|we)$/iu;

function someoneElseMoved(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 120), index);
  const sentence = before.slice(before.search(/[^.!?\n]*$/u));
  const subject = OTHER_SUBJECT_HAS.exec(sentence)?.groups?.subject;
  return subject !== undefined && !WRITER_SUBJECT.test(subject);
}

/**
 * The writer asks for the answer to go somewhere with a number in it ("Send svaret til c/o jørgen
 * Øverland, Kongens gate 105, …") and no address could be read there: the letter names a second
 * address for the writer, and which lines it is is unknown. (An e-mail or a telephone is no address.)
 */
/** Asks for the answer to be sent (not "ny adresse", which a letter about a move writes beside the old one). */
const SEND_TO = /svar|brev|post|reply|answer|write|skicka/iu;

export function unreadReplyAddress(text: string): boolean {
  for (const m of text.matchAll(PHRASE)) {
    const rest = m.groups!.rest!;
    if (!m.groups!.reply || !SEND_TO.test(m.groups!.reply) || addressAtStart(rest)) continue;
    // Only the sentence that asks: "… innen 14 dager. Ring meg på 412 34 567" has no address in it.
    const sentence = rest.slice(0, rest.search(/[.!?](?=\s+\p{Lu}|\s*$)|$/u)).replace(NOT_ADDRESS_NUMBERS, ' ');
    if (!/@|\b(?:tlf|telefon|mobil|tel|phone)\b/iu.test(sentence) && ADDRESS_LIKE.test(sentence)) return true;
  }
  return false;
}

/** Numbers in a sentence that are no address's: a deadline, an age, a year, a case number. */
const NOT_ADDRESS_NUMBERS = /(?<![\p{L}\d])(?:(?:innen|innan|within|om)\s+\d+\s+(?:dager|dagar|days|uker|veker|veckor|weeks)|\d{1,3}\s+(?:år|years?)(?:\s+gammel)?|(?:19|20)\d{2}(?![\d\s]*\p{Lu})|\d+\/\d+)(?![\p{L}\d])/giu;
/**
 * Something an address is made of: a postcode and a capitalised place ("0155 Oslo", "411 17 Göteborg"),
 * or a street word and its number ("Kongens gate 105", "Postboks 44", "Storgata 3").
 */
const ADDRESS_LIKE =
  /(?<![\d])(?:\d{4,5}|\d{3}\s\d{2})\s+\p{Lu}\p{L}+|(?<![\p{L}])(?:\p{L}*(?:gate|gata|gaten|gatan|vei|veien|veg|vegen|väg|vägen|vej|vejen|allé|alle|plass|torg|stien|bakken|road|street|lane|avenue|straße|strasse)|[Pp]ostboks|[Bb]oks|[Bb]ox)\.?\s+\d+/u;

/**
 * How far after a name an address is looked for, and how many sentence ends are tried: a street, a postcode and a
 * place fit well within it. Bounded so that a long line (a scan that lost its line breaks) costs the same per name.
 */
export const ADDRESS_SPAN = 200;
export const MAX_ENDS = 12;
const ENDS = /[.;!?](?=\s|$)|,(?=\s)|\s\(|\s[–—-]\s|\s(?:og|and|och|men|but)\s/gu;

/** The longest start of the text that reads as an address, ending where a sentence may end. */
export function addressAtStart(rest: string, parse: (line: string) => string[] | null = parseOneLineAddress): string[] | null {
  const span = rest.slice(0, ADDRESS_SPAN);
  // A span cut inside a line is no address's end ("Kirkeveien 4, 5003 Ber…"): only the line's own end counts.
  // The first ends only (an address is a few parts long), then the longest of them first.
  const ends = [...[...span.matchAll(ENDS)].map((e) => e.index!).slice(0, MAX_ENDS - 1), ...(rest.length <= ADDRESS_SPAN ? [span.length] : [])].sort((a, b) => b - a);
  for (const end of ends) {
    const address = parse(span.slice(0, end));
    if (address) return address;
  }
  return null;
}

/** An address the sentence says is a named person's: whose it is the sentence itself says. */
export interface NamedAddress {
  /** The name as written: a whole name, or a given name alone ("Adressen til Vilde er …"). */
  name: string;
  address: string[];
}

const GIVEN = '\\p{Lu}[\\p{Ll}\'’]+(?:-\\p{Lu}[\\p{Ll}\'’]+)?';
const WHO = `(?!(?:Hun|Han|Ho|Hon|She|He|Jeg|Eg|Jag|Vi|De|Dei|They|We|Min|Mi|My)\\s)(?<name>${PERSON_NAME}|${GIVEN})`;
/** "Kari Nordmann har adresse …", "Kari bor i …", "Adressen til Kari er …", "Kari Nordmanns adresse er …", "Kari's address is …". */
const NAMED = [
  new RegExp(`(?<![\\p{L}])${WHO}\\s+(?:har\\s+(?:adresse|adressa|adress)|bor\\s+(?:i|på)|bur\\s+(?:i|på)|lives\\s+at|has\\s+the\\s+address)\\s*:?\\s+(?<rest>[^\\n]+)`, 'gu'),
  new RegExp(`(?<![\\p{L}])(?:[Aa]dressen\\s+til|[Aa]dressa\\s+til|[Aa]dressen\\s+för|[Aa]dressen\\s+for|[Tt]he\\s+address\\s+of)\\s+${WHO}\\s+(?:er|är|is)\\s*:?\\s+(?<rest>[^\\n]+)`, 'gu'),
  new RegExp(`(?<![\\p{L}])${WHO}(?:s|'s|’s)\\s+(?:adresse|adress|address)\\s+(?:er|är|is)\\s*:?\\s+(?<rest>[^\\n]+)`, 'gu'),
];

export function namedAddresses(text: string): NamedAddress[] {
  const found: NamedAddress[] = [];
  for (const pattern of NAMED) {
    for (const m of text.matchAll(pattern)) {
      const address = addressAtStart(m.groups!.rest!);
      if (address) found.push({ name: m.groups!.name!, address });
    }
  }
  return found;
}

