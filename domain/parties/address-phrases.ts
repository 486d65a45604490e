import { parseOneLineAddress } from './one-line-address.ts';

/**
 * Addresses written in a sentence, and whose they are: "Min adresse er …", "Svar sendes til meg på …",
 * "Please write to me at …" are the writer's; "Hun bor i …", "Adressen hans er …", "His address is …"
 * are the person the writer writes about. Independent of layout: a sentence anywhere in the letter.
 */
export interface AddressPhrase {
  owner: 'writer' | 'other';
  /** The writer asks for the answer to go there ("Svar sendes til …", "Ny adresse: …"). */
  replyTo: boolean;
  address: string[];
  index: number;
}

const WRITER_REPLY = [
  'svar kan sendes til', 'svar sendes til', 'svaret kan sendes til', 'send svaret til', 'send svar til', 'vennligst send svar til', 'brev kan sendes til', 'post kan sendes til',
  'jeg har ny adresse', 'eg har ny adresse', 'jag har ny adress', 'min nye adresse er', 'mi nye adresse er', 'ny adresse', 'new address', 'my new address is',
  'svar kan sendast til', 'svaret kan sendast til', 'svar skickas till', 'skicka svaret till', 'send venligst svar til',
  'please write to me at', 'please send the reply to', 'please send your reply to', 'please send the answer to', 'reply to me at',
];
const WRITER_LIVES = ['min adresse er', 'adressa mi er', 'min adress är', 'my address is', 'jeg bor nå i', 'jeg bor nå på', 'jeg bor i', 'jeg bor på', 'eg bur no i', 'eg bur no på', 'eg bur i', 'eg bur på', 'jag bor nu i', 'jag bor nu på', 'jag bor i', 'jag bor på', 'jeg bor nu i', 'jeg bor nu på', 'i live at', 'i now live at'];
const OTHER = [
  'hun bor i', 'hun bor på', 'han bor i', 'han bor på', 'ho bur i', 'ho bur på', 'han bur i', 'han bur på', 'hon bor i', 'hon bor på', 'she lives at', 'he lives at',
  'hans adresse er', 'hennes adresse er', 'adressen hans er', 'adressen hennes er', 'adressa hans er', 'adressa hennar er', 'hennar adresse er', 'hans adress är', 'hennes adress är', 'his address is', 'her address is', 'hendes adresse er',
  'hans adresse', 'hennes adresse', 'hans adress', 'hennes adress', 'his address', 'her address',
];

const phrase = (list: string[]) => list.map((p) => p.replace(/\s+/gu, '\\s+')).sort((a, b) => b.length - a.length).join('|');
const PHRASE = new RegExp(`(?<![\\p{L}])(?:(?<reply>${phrase(WRITER_REPLY)})|(?<lives>${phrase(WRITER_LIVES)})|(?<other>${phrase(OTHER)}))(?![\\p{L}])\\s*:?\\s*(?:(?:meg|mig|me|mæ)\\s+(?:på|at|i)\\s+|(?:på|at|i|til|till|to)\\s+)?(?<rest>[^\\n]+)`, 'giu');

export function addressPhrases(text: string): AddressPhrase[] {
  const found: AddressPhrase[] = [];
  for (const m of text.matchAll(PHRASE)) {
    const address = addressAtStart(m.groups!.rest!);
    if (!address) continue;
    found.push({ owner: m.groups!.other ? 'other' : 'writer', replyTo: !!m.groups!.reply, address, index: m.index! });
  }
  return found;
}

/** The longest start of the text that reads as an address, ending where a sentence may end. */
export function addressAtStart(rest: string): string[] | null {
  const ends = [rest.length, ...[...rest.matchAll(/[.;!?](?=\s|$)|,(?=\s)|\s\(|\s(?:og|and|och|men|but)\s/gu)].map((e) => e.index!)].sort((a, b) => b - a);
  for (const end of ends) {
    const address = parseOneLineAddress(rest.slice(0, end));
    if (address) return address;
  }
  return null;
}
