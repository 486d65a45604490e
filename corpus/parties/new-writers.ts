import { Rng } from '../rng.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * A fourteenth slice of the party reader (issue #16, session 15), small (44 letters), written from SPEC.md and the
 * issue's list of misses before any rule was changed for it, without reading any unseen letter:
 * - a letter written all in lower case, signed «tommy hansen / granveien 4b / 1415 oppegård» (the appellant and the
 *   address are the signature block's), and one whose lower-case body names a place the writer used to live while
 *   the signature has the name alone (no address: never one read from the body);
 * - care homes («sykehjem», «sjukeheim», «omsorgssenter», «bo- og behandlingssenter», «omsorgsbolig») writing for a
 *   resident: the home's signer represents the resident, whose address the letter does not give;
 * - representatives named only in the signature (a lawyer's «Med vennlig hilsen … advokat» under a letter with no
 *   head), on a «Fullmektig:» line, «på vegne av min mor», or an organisation (the patients' ombud, LHL, Norges
 *   Handikapforbund, a union);
 * - people a letter names who are not representatives: a GP, a nurse who helped, a lawyer who no longer acts;
 * - an address change: the head still has the old address and the letter gives the new one («Jeg har flyttet, ny
 *   adresse: …», «Ny adresse fra 1. mars: …»), in bokmål, nynorsk, Swedish, Danish and English: the new one is right.
 *
 * Names, streets, homes and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface NewWriterLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: Written['truth'];
}

const given = ['Arnfinn', 'Brita', 'Dagny', 'Eilert', 'Frøydis', 'Gunnar', 'Hildegunn', 'Isak', 'Jorunn', 'Kåre', 'Lisbeth', 'Marius', 'Oddny', 'Petter', 'Sølvi', 'Tor Einar', 'Vibeke', 'Aleksander', 'Mariam', 'Hoang'];
const family = ['Alstad', 'Bøe', 'Dahle', 'Fosse', 'Grimstad', 'Holm', 'Iversen', 'Kvalvik', 'Lund', 'Myhre', 'Nesje', 'Rønning', 'Strand', 'Teigen', 'Vatne', 'Østby', 'Hussain', 'Pham'];
const streets = ['Birkeveien', 'Dalsvegen', 'Engveien', 'Fjellstua', 'Gartnerveien', 'Hamnevegen', 'Kirkebakken', 'Løkkeveien', 'Nordre gate', 'Rosenvegen', 'Skolegata', 'Tunvegen'];
const careHomes = ['Solstua bo- og behandlingssenter', 'Fjellheim sjukeheim', 'Strandly sykehjem', 'Vestbyen omsorgssenter', 'Lia omsorgsbolig'];
const organisations: [string, string, string][] = [
  ['Pasient- og brukerombudet i Vestland', 'Postboks 7, Sentrum', '5801 Bergen'],
  ['LHL', 'Postboks 4 Nydalen', '0409 Oslo'],
  ['Norges Handikapforbund', 'Postboks 9217 Grønland', '0134 Oslo'],
  ['Fellesorganisasjonen', 'Postboks 4693 Sofienberg', '0506 Oslo'],
  ['Norsk Sykepleierforbund', 'Postboks 456 Sentrum', '0104 Oslo'],
];
const lawFirms: [string, string, string][] = [
  ['Advokatfirmaet Brekke & Sæther', 'Postboks 112 Sentrum', '4001 Stavanger'],
  ['Advokat Rønneberg AS', 'Kongens gate 9', '7011 Trondheim'],
  ['Advokatkontoret Nordvik', 'Storgata 40', '8006 Bodø'],
];

class NewWriters extends SliceGenerator {
  name = (): string => `${this.r.pick(given)} ${this.r.pick(family)}`;
  other = (...than: string[]): string => this.unrelated(this.name, ...than);
  address(): string[] {
    const [code, place] = this.postenPlace();
    return [`${this.r.pick(streets)} ${this.r.int(1, 80)}${this.r.chance(0.25) ? 'b' : ''}`, `${code} ${place}`];
  }
  nn = (): boolean => this.lang === 'nn';
  greet = (): string => (this.nn() ? 'Venleg helsing' : 'Med vennlig hilsen');
  low = (lines: readonly string[]): string[] => lines.map((l) => l.toLowerCase());

  /** A letter all in lower case, signed with name, street and postcode + place in lower case. */
  lowerCaseSignature(): Written {
    const appellant = this.name();
    const home = this.address();
    const nn = this.nn();
    const body = nn
      ? ['hei', '', `eg klagar på vedtaket frå nav av ${this.dottedDate()}. dei seier eg ikkje har rett på pengar, men det stemmer ikkje.`, 'eg har jobba heile året og har lønsslippar.']
      : ['hei', '', `jeg klager på vedtaket fra nav datert ${this.dottedDate()}. de sier jeg ikke har rett på penger men det er feil.`, 'jeg har jobba hele året og har lønnsslipper.'];
    const v = this.r.int(0, 2);
    const tail = v === 0 ? [] : v === 1 ? [`tlf ${this.phonePairs()}`] : [];
    const sign = v === 2 ? ['mvh', appellant, ...home] : [appellant, ...home];
    const lines = [...body, '', ...this.low(sign), ...tail];
    return { style: ['bare', 'phone', 'mvh'][v]!, lines, truth: { appellant: { name: appellant, address: home }, representative: null, firstInstance: null } };
  }

  /** A lower-case letter whose body names the street the writer left; the signature is the name alone: no address. */
  lowerCaseBodyAddress(): Written {
    const appellant = this.name();
    const former = this.address();
    const nn = this.nn();
    const body = nn
      ? ['hei', '', `eg klagar på vedtaket. da eg budde i ${former[0]}, ${former[1]} fekk eg hjelp, men no får eg ingenting.`, 'det er urettferdig.']
      : ['hei', '', `jeg klager på vedtaket. da jeg bodde i ${former[0]}, ${former[1]} fikk jeg hjelp, men nå får jeg ingenting.`, 'det er urettferdig.'];
    const lines = [...this.low(body), '', nn ? 'helsing' : 'hilsen', appellant.toLowerCase()];
    return { style: 'former-street', lines, truth: { appellant: { name: appellant, address: [] }, representative: null, firstInstance: null } };
  }

  /** A resident, the home's signer, the home and its address, drawn in that order. */
  careHomeDraw(): { resident: string; signer: string; home: string; office: string[] } {
    const resident = this.name();
    return { resident, signer: this.other(resident), home: this.r.pick(careHomes), office: this.address() };
  }

  /** A care home writes for a resident from its own head; the signer (a nurse, the unit's head) represents the resident. */
  careHomeHead(): Written {
    const { resident, signer, home, office } = this.careHomeDraw();
    const nn = this.nn();
    const body = nn
      ? [`Klage på vedtak – ${resident}`, '', `Vi skriv på vegner av bebuaren vår, ${resident}, som har gitt oss fullmakt til å klage.`, 'Fullmakta ligg ved.']
      : [`Klage på vedtak – ${resident}`, '', `Vi skriver på vegne av vår beboer, ${resident}, som har gitt oss fullmakt til å klage.`, 'Fullmakten er vedlagt.'];
    const role = nn ? this.r.pick(['sjukepleiar', 'avdelingsleiar']) : this.r.pick(['sykepleier', 'avdelingsleder']);
    const lines = [home, ...office, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...body, '', this.greet(), signer, role];
    return { style: 'head', lines, truth: { appellant: { name: resident, address: [] }, representative: { name: signer, firm: home, address: office }, firstInstance: null } };
  }

  /** A care home's nurse writes with no head; the home and its address stand under the signature. */
  careHomeSignature(): Written {
    const { resident, signer, home, office } = this.careHomeDraw();
    const nn = this.nn();
    const body = nn
      ? [`Eg er sjukepleiar og skriv på vegner av ${resident}, som bur hjå oss og har bede meg klage på vedtaket.`]
      : [`Jeg er sykepleier og skriver på vegne av ${resident}, som bor hos oss og har bedt meg klage på vedtaket.`];
    const lines = [...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', ...body, '', this.greet(), signer, nn ? 'sjukepleiar' : 'sykepleier', home, ...office];
    return { style: 'signature', lines, truth: { appellant: { name: resident, address: [] }, representative: { name: signer, firm: home, address: office }, firstInstance: null } };
  }

  /** A lawyer named only in the signature, under a letter with no head: the firm and its address below the name. */
  lawyerInSignature(): Written {
    const client = this.name();
    const lawyer = this.other(client);
    const [firm, street, postcode] = this.r.pick(lawFirms);
    const clientHome = this.address();
    const v = this.r.int(0, 1);
    const regarding = v === 0 ? `Klage på vedtak – ${client}, ${clientHome.join(', ')}` : `Klage på vedtak – ${client}`;
    const lines = [...APPEALS_BODY_HEAD, '', this.dottedDate(), '', regarding, '', 'Det klages herved på vedtaket på vegne av ovennevnte, som har gitt fullmakt (vedlagt).', 'Begrunnelse ettersendes.', '', 'Med vennlig hilsen', '', lawyer, 'advokat', firm, street, postcode];
    return { style: v === 0 ? 'client-address' : 'no-client-address', lines, truth: { appellant: { name: client, address: v === 0 ? clientHome : [] }, representative: { name: lawyer, firm, address: [street, postcode] }, firstInstance: null } };
  }

  /** The appellant's own letter with a «Fullmektig:» line naming who acts for them. */
  fullmektigLine(): Written {
    const appellant = this.name();
    const holder = this.other(appellant);
    const own = this.address();
    const theirs = this.address();
    const nn = this.nn();
    const line = `Fullmektig: ${holder}, ${theirs.join(', ')}`;
    const lines = [appellant, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', line, '', nn ? 'Eg klagar på vedtaket og ber om at det vert gjort om.' : 'Jeg klager på vedtaket og ber om at det omgjøres.', '', this.greet(), appellant];
    return { style: 'line', lines, truth: { appellant: { name: appellant, address: own }, representative: { name: holder, firm: null, address: theirs }, firstInstance: null } };
  }

  /** A son or daughter writes «på vegne av min mor», her name and address in the sentence. */
  onBehalfOfMother(): Written {
    const writer = this.name();
    const mother = this.other(writer);
    const own = this.address();
    const hers = this.address();
    const sentence = {
      nb: `Jeg skriver på vegne av min mor, ${mother}, ${hers.join(', ')}, som har gitt meg fullmakt (vedlagt).`,
      nn: `Eg skriv på vegner av mor mi, ${mother}, ${hers.join(', ')}, som har gitt meg fullmakt (ligg ved).`,
      sv: `Jag skriver på min mors vägnar, ${mother}, ${hers.join(', ')}, som har gett mig fullmakt (bifogas).`,
      da: `Jeg skriver på vegne af min mor, ${mother}, ${hers.join(', ')}, som har givet mig fuldmagt (vedlagt).`,
      en: `I am writing on behalf of my mother, ${mother}, ${hers.join(', ')}, who has given me power of attorney (enclosed).`,
    }[this.lang];
    const close = { nb: 'Med vennlig hilsen', nn: 'Venleg helsing', sv: 'Med vänlig hälsning', da: 'Med venlig hilsen', en: 'Kind regards' }[this.lang];
    const lines = [writer, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', this.lang === 'en' ? 'Appeal' : 'Klage', '', sentence, '', close, writer];
    return { style: this.lang, lines, truth: { appellant: { name: mother, address: hers }, representative: { name: writer, firm: null, address: own }, firstInstance: null } };
  }

  /** An organisation (the patients' ombud, LHL, Norges Handikapforbund, a union) writes for a member. */
  organisationForMember(): Written {
    const adviser = this.name();
    const member = this.other(adviser);
    const [org, street, postcode] = this.r.pick(organisations);
    const nn = this.nn();
    const body = nn
      ? [`Klage på vegner av ${member}`, '', `Vi bistår ${member} og klagar på vedtaket på vegner av henne.`, 'Fullmakt ligg ved.']
      : [`Klage på vegne av ${member}`, '', `Vi bistår ${member} og klager på vedtaket på hennes vegne.`, 'Fullmakt er vedlagt.'];
    const lines = [org, street, postcode, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...body, '', this.greet(), adviser, nn ? 'rådgjevar' : this.r.pick(['rådgiver', 'jurist'])];
    return { style: org.split(' ')[0]!.toLowerCase(), lines, truth: { appellant: { name: member, address: [] }, representative: { name: adviser, firm: org, address: [street, postcode] }, firstInstance: null } };
  }

  /** The appellant's own letter naming a GP, a nurse who helped or a former lawyer: no representative. */
  mentionedNotRepresentative(): Written {
    const appellant = this.name();
    const mentioned = this.other(appellant);
    const own = this.address();
    const v = this.r.int(0, 2);
    const nn = this.nn();
    const en = this.lang === 'en';
    const sentence = en
      ? [`My GP, Dr ${mentioned}, supports the appeal; her statement is enclosed.`, `Nurse ${mentioned} helped me write this letter.`, `My former lawyer, ${mentioned}, no longer acts for me. Please write to me.`][v]!
      : nn
        ? [`Fastlegen min, ${mentioned}, støttar klagen. Fråsegna hennar ligg ved.`, `Sjukepleiar ${mentioned} hjelpte meg å skrive brevet.`, `Advokat ${mentioned} var fullmektigen min tidlegare, men fører ikkje saka lenger. Skriv til meg.`][v]!
        : [`Fastlegen min, ${mentioned}, støtter klagen. Uttalelsen hennes er vedlagt.`, `Sykepleier ${mentioned} hjalp meg å skrive brevet.`, `Advokat ${mentioned} var tidligere min fullmektig, men fører ikke saken lenger. Skriv til meg.`][v]!;
    const lines = [appellant, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', en ? 'Appeal' : 'Klage', '', en ? 'I appeal against the decision.' : nn ? 'Eg klagar på vedtaket.' : 'Jeg klager på vedtaket.', sentence, '', en ? 'Yours sincerely' : this.greet(), appellant];
    return { style: ['gp', 'nurse', 'former-lawyer'][v]!, lines, truth: { appellant: { name: appellant, address: own }, representative: null, firstInstance: null } };
  }

  /** The head still has the old address; the letter says the writer has moved and gives the new one. */
  addressChange(): Written {
    const appellant = this.name();
    const old = this.address();
    const moved = this.address();
    const at = moved.join(', ');
    const v = this.r.int(0, 1);
    const sentence = {
      nb: [`Jeg har flyttet, ny adresse: ${at}.`, `Ny adresse fra 1. mars: ${at}.`],
      nn: [`Eg har flytta, ny adresse: ${at}.`, `Ny adresse frå 1. mars: ${at}.`],
      sv: [`Jag har flyttat, ny adress: ${at}.`, `Ny adress från 1 mars: ${at}.`],
      da: [`Jeg er flyttet, ny adresse: ${at}.`, `Ny adresse fra 1. marts: ${at}.`],
      en: [`I have moved; my new address is ${at}.`, `New address from 1 March: ${at}.`],
    }[this.lang][v]!;
    const claim = { nb: 'Jeg klager på vedtaket.', nn: 'Eg klagar på vedtaket.', sv: 'Jag överklagar beslutet.', da: 'Jeg klager over afgørelsen.', en: 'I appeal against the decision.' }[this.lang];
    const close = { nb: 'Med vennlig hilsen', nn: 'Venleg helsing', sv: 'Med vänlig hälsning', da: 'Med venlig hilsen', en: 'Kind regards' }[this.lang];
    const lines = [appellant, ...old, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', this.lang === 'en' ? 'Appeal' : 'Klage', '', claim, sentence, '', close, appellant];
    return { style: `${this.lang}-${['moved', 'from-date'][v]}`, lines, truth: { appellant: { name: appellant, address: moved }, representative: null, firstInstance: null } };
  }
}

const kinds = ['lowerCaseSignature', 'lowerCaseBodyAddress', 'careHomeHead', 'careHomeSignature', 'lawyerInSignature', 'fullmektigLine', 'onBehalfOfMother', 'organisationForMember', 'mentionedNotRepresentative', 'addressChange', 'addressChange'] as const;
const languages: Record<(typeof kinds)[number], readonly StyleLang[]> = {
  lowerCaseSignature: ['nb', 'nn'],
  lowerCaseBodyAddress: ['nb', 'nn'],
  careHomeHead: ['nb', 'nn'],
  careHomeSignature: ['nb', 'nn'],
  lawyerInSignature: ['nb'],
  fullmektigLine: ['nb', 'nn'],
  onBehalfOfMother: ['nb', 'nn', 'sv', 'da', 'en'],
  organisationForMember: ['nb', 'nn'],
  mentionedNotRepresentative: ['nb', 'nn', 'en'],
  addressChange: ['nb', 'nn', 'sv', 'da', 'en'],
};

/** Letter i is of kind i mod 11 (the address change twice: it has five languages), so every kind has its share of 44 letters. */
export function newWriterLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): NewWriterLetter {
  const rng = new Rng((seed * 27_644_437 + index * 39_916_801 + 151) >>> 0);
  const kind = kinds[index % kinds.length]!;
  const choices = languages[kind];
  const lang = choices[Math.floor(index / kinds.length + (kind === 'addressChange' && index % kinds.length === 10 ? 2 : 0)) % choices.length]!;
  const { style, lines, truth } = new NewWriters(rng, postcodes, lang)[kind]();
  return { id: `new-writers-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function newWriterLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): NewWriterLetter[] {
  return Array.from({ length: count }, (_, i) => newWriterLetter(seed, i, postcodes));
}
