import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { type Written, SliceGenerator } from './common.ts';

/**
 * A seventh slice of the party reader (issue #16, session 8), written from SPEC.md and the issue's
 * list of writers before anything was changed for it, to measure the reader on kinds no earlier
 * slice writes (scored first as it was; README "Parties and letters"): a form with two fields on a
 * row, a "Klager/fullmektig:" field that names either, the sender's block pushed to the right with
 * the place and date under it, the sender's address at the very foot under the attachments, one
 * line with the telephone and e-mail after the address, a name written surname first, double
 * surnames and hyphenated given names, Swedish flats ("lgh 1102"), Danish floors and German
 * streets with their own postcodes, an ombud or a patients' organisation writing for someone, and a
 * postcode the writer or the scan broke with a space or a dot.
 *
 * Names, streets and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface FormsAndOrdersLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Ragnvald', 'Torbjørg', 'Eilif', 'Margunn', 'Asbjørn', 'Sunniva', 'Gudmund', 'Oddveig', 'Reidar', 'Jorunn', 'Sølve', 'Tiril', 'Haldor', 'Vårin', 'Mustafa', 'Samira', 'Krzysztof', 'Dorota', 'Van Minh', 'Nasra'];
const hyphenGiven = ['Anne-Grethe', 'Per-Kristian', 'Lise-Lotte', 'Tor-Inge', 'Mari-Ann', 'Jon-Are', 'Eva-Karin', 'Knut-Ivar'];
const family = ['Rindal', 'Strømsnes', 'Hjelmeland', 'Ulvestad', 'Grimstad', 'Bjørnevik', 'Lyngstad', 'Tønnessen', 'Haugstvedt', 'Eikrem', 'Kolstø', 'Ramberg', 'Sunde', 'Nærland', 'Hashemi', 'Zieliński', 'Dang', 'Abdullahi'];
const swedish = { given: ['Birgitta', 'Lennart', 'Agneta', 'Göran', 'Ulrika', 'Mattias'], family: ['Lindgren', 'Bergqvist', 'Sundberg', 'Hedlund', 'Forsberg', 'Ekström'] };
const danish = { given: ['Birthe', 'Henning', 'Lone', 'Torben', 'Dorthe', 'Niels'], family: ['Kristensen', 'Lauridsen', 'Østergaard', 'Dalsgaard', 'Vestergaard', 'Bach'] };
const german = { given: ['Karl-Heinz', 'Ursula', 'Jürgen', 'Hannelore', 'Wolfgang', 'Brigitte'], family: ['Schröder', 'Weiß', 'Hoffmann', 'Krüger', 'Vogel', 'Lehmann'] };
const spanish = { given: ['María José', 'Juan Carlos', 'Carmen', 'Javier'], family: ['García López', 'Fernández Ruiz', 'Martín Sánchez', 'Romero Díaz'] };
const streets = ['Ekornveien', 'Tyttebærstien', 'Gamle Kongevei', 'Vestre Rosten', 'Hasselbakken', 'Fjordgløttvegen', 'Smalgangen', 'Kjøpmannsgata', 'Brattlikollen', 'Stasjonsvegen', 'Lerkeveien', 'Øvre Ullern terrasse'];
const own = [
  ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'],
  ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 OSLO'],
];
const appeal: Record<StyleLang, string[]> = {
  nb: ['Jeg påklager vedtaket og ber om at det blir omgjort.', 'Jeg mener vedtaket bygger på feil faktum og klager derfor.'],
  nn: ['Eg påklagar vedtaket og ber om at det vert gjort om.', 'Eg meiner vedtaket byggjer på feil faktum og klagar difor.'],
  sv: ['Jag överklagar beslutet och begär att det ändras.', 'Beslutet bygger enligt min mening på felaktiga uppgifter.'],
  da: ['Jeg påklager afgørelsen og beder om at den bliver ændret.', 'Afgørelsen bygger efter min mening på forkerte oplysninger.'],
  en: ['I wish to appeal the decision and ask that it is changed.', 'The decision is in my view based on wrong facts, so I appeal.'],
};
const closing: Record<StyleLang, string[]> = {
  nb: ['Med vennlig hilsen', 'Hilsen'],
  nn: ['Med venleg helsing', 'Helsing'],
  sv: ['Med vänlig hälsning', 'Hälsningar'],
  da: ['Med venlig hilsen', 'Venlig hilsen'],
  en: ['Yours faithfully', 'Kind regards'],
};
const placeDate: Record<StyleLang, (place: string, d: string) => string> = {
  nb: (p, d) => `${p}, ${d}`,
  nn: (p, d) => `${p}, ${d}`,
  sv: (p, d) => `${p} den ${d}`,
  da: (p, d) => `${p}, den ${d}`,
  en: (p, d) => `${p}, ${d}`,
};


class FormsAndOrders extends SliceGenerator {
  /** [given, surname]: the surname may be two words, the given name hyphenated or two. */
  person(): [string, string] {
    const r = this.r;
    const first = r.chance(0.25) ? r.pick(hyphenGiven) : r.pick(given);
    const last = r.chance(0.2) ? `${r.pick(family)} ${r.pick(family)}` : r.pick(family);
    return [first, last];
  }

  name(): string {
    return this.person().join(' ');
  }

  /** Another person than `than` (drawn again only when the first draw is the same name). */
  other(than: string): string {
    return this.otherThan(than, () => this.name());
  }

  place(): [string, string] {
    return this.postenPlace();
  }

  street(): string {
    return `${this.r.pick(streets)} ${this.r.int(1, 120)}${this.r.chance(0.12) ? this.r.pick([' B', 'C']) : ''}`;
  }

  date(): string {
    return `${this.r.int(1, 28)}.${String(this.r.int(1, 12)).padStart(2, '0')}.2025`;
  }

  phone(): string {
    return `${this.r.int(400, 999)} ${this.r.int(10, 99)} ${this.r.int(100, 999)}`;
  }

  body(): string {
    return this.r.pick(appeal[this.lang]);
  }

  close(name: string): string[] {
    return ['', this.r.pick(closing[this.lang]), name];
  }

  self(name: string, address: string[]): PartiesTruth {
    return { appellant: { name, address }, representative: null, firstInstance: null };
  }

  /** A printed form with two fields on each row (label and value, twice). */
  twoColumnForm(): Written {
    const [first, last] = this.person();
    const street = this.street();
    const [code, place] = this.place();
    const reversed = this.r.chance(0.5);
    const pad = (s: string) => s.padEnd(Math.max(38, s.length + 4));
    const nameRow = reversed ? `Navn (etternavn, fornavn): ${last}, ${first}` : `Navn: ${first} ${last}`;
    const split = this.r.chance(0.5);
    const rows = [
      `${pad(nameRow)}Telefon: ${this.phone()}`,
      `${pad(`Adresse: ${street}`)}E-post: ${first.toLowerCase().replace(/[^a-zæøå]/gu, '')}@example.no`,
      split ? `${pad(`Postnummer: ${code}`)}Poststed: ${place}` : `${pad(`Postnr./sted: ${code} ${place}`)}Dato: ${this.date()}`,
    ];
    const lines = ['KLAGE PÅ VEDTAK', '', ...rows, '', 'Hva klagen gjelder:', this.body(), '', `Underskrift: ${first} ${last}`];
    return { style: reversed ? 'reversed' : 'ordered', lines, truth: this.self(`${first} ${last}`, [street, `${code} ${place}`]) };
  }

  /** A form's field "Klager/fullmektig:" names whoever fills it in; a second field names the person when that is someone else. */
  eitherField(): Written {
    const me = this.name();
    const street = this.street();
    const [code, place] = this.place();
    const address = [street, `${code} ${place}`];
    if (this.r.chance(0.5)) {
      const lines = ['Skjema for klage', '', `Klager/fullmektig: ${me}`, `Adresse: ${street}`, `Postnr. og sted: ${code} ${place}`, `Telefon: ${this.phone()}`, '', 'Begrunnelse for klagen:', this.body(), '', this.date(), me];
      return { style: 'self', lines, truth: this.self(me, address) };
    }
    const rep = this.other(me);
    const [rcode, rplace] = this.place();
    const repAddress = [this.street(), `${rcode} ${rplace}`];
    const lines = ['Skjema for klage', '', `Klager/fullmektig: ${rep}`, `Adresse: ${repAddress[0]}`, `Postnr. og sted: ${repAddress[1]}`, '', `Navn på den vedtaket gjelder: ${me}`, `Adressen til den vedtaket gjelder: ${address.join(', ')}`, '', 'Begrunnelse for klagen:', `Jeg klager som fullmektig for ${me}. ${this.body()}`, '', this.date(), rep];
    return { style: 'representative', lines, truth: { appellant: { name: me, address }, representative: { name: rep, firm: null, address: repAddress }, firstInstance: null } };
  }

  /** The sender's block pushed to the right margin, the place and date right under it, the recipient on the left below. */
  rightBlock(): Written {
    const me = this.name();
    const street = this.street();
    const [code, place] = this.place();
    const indent = ' '.repeat(this.r.int(36, 52));
    const head = [me, street, `${code} ${place}`, '', placeDate[this.lang](place, this.date())].map((l) => (l ? indent + l : l));
    return { style: 'right', lines: [...head, '', ...this.r.pick(own), '', this.body(), ...this.close(me)], truth: this.self(me, [street, `${code} ${place}`]) };
  }

  /** The writer's address only at the very foot, under the list of attachments. */
  footAfterAttachments(): Written {
    const me = this.name();
    const street = this.street();
    const [code, place] = this.place();
    const attachments: Record<StyleLang, string> = { nb: 'Vedlegg: kopi av vedtaket, kvitteringer', nn: 'Vedlegg: kopi av vedtaket, kvitteringar', sv: 'Bilagor: kopia av beslutet, kvitton', da: 'Bilag: kopi af afgørelsen, kvitteringer', en: 'Enclosed: copy of the decision, receipts' };
    const v = this.r.int(0, 2);
    const foot = v === 0 ? [`${me} · ${street} · ${code} ${place} · tlf. ${this.phone()}`] : v === 1 ? [`${this.r.pick(['Avsender:', 'Min adresse:', 'Adresse:'])}`, me, street, `${code} ${place}`] : [`${this.r.pick(['Avsender:', 'Adresse:'])} ${me}, ${street}, ${code} ${place}`];
    const lines = [...this.r.pick(own), '', this.date(), '', this.body(), ...this.close(me), '', attachments[this.lang], '', ...foot];
    return { style: ['dots', 'labelled', 'one-line'][v]!, lines, truth: this.self(me, [street, `${code} ${place}`]) };
  }

  /** The whole head on one line, with the telephone and the e-mail after the address. */
  commaTail(): Written {
    const me = this.name();
    const street = this.street();
    const [code, place] = this.place();
    const mail = `${me.split(' ')[0]!.toLowerCase().replace(/[^a-zæøå]/gu, '')}@example.no`;
    const v = this.r.int(0, 1);
    const head = v === 0 ? [`${me}, ${street}, ${code} ${place}, tlf. ${this.phone()}, ${mail}`] : [me, `${street}, ${code} ${place}, mob. ${this.phone()}`];
    return { style: v === 0 ? 'all' : 'under-name', lines: [...head, '', ...this.r.pick(own), '', this.date(), '', this.body(), ...this.close(me)], truth: this.self(me, [street, `${code} ${place}`]) };
  }

  /** A head that writes the surname first ("Rindal, Tiril"); the signature in the ordinary order. */
  surnameFirst(): Written {
    const [first, last] = this.person();
    const street = this.street();
    const [code, place] = this.place();
    const upper = this.r.chance(0.3);
    const headName = upper ? `${last.toUpperCase()}, ${first}` : `${last}, ${first}`;
    return { style: upper ? 'capital-surname' : 'surname', lines: [headName, street, `${code} ${place}`, '', ...this.r.pick(own), '', this.date(), '', this.body(), ...this.close(`${first} ${last}`)], truth: this.self(`${first} ${last}`, [street, `${code} ${place}`]) };
  }

  /** Double surnames and hyphenated given names, at home or in Spain. */
  doubleNames(): Written {
    if (this.r.chance(0.35)) {
      const me = `${this.r.pick(spanish.given)} ${this.r.pick(spanish.family)}`;
      const address = [`${this.r.pick(['Calle Real', 'Avenida de Andalucía', 'Calle San Miguel'])} ${this.r.int(1, 90)}, ${this.r.int(1, 5)}º ${this.r.pick(['A', 'B', 'C'])}`, this.r.pick(['29640 Fuengirola', '03503 Benidorm', '38650 Arona', '29780 Nerja']), 'España'];
      return { style: 'spanish', lines: [me, ...address, '', ...this.r.pick(own), '', this.date(), '', appeal.en[0]!, ...this.close(me)], truth: this.self(me, address) };
    }
    const me = `${this.r.pick(hyphenGiven)} ${this.r.pick(family)} ${this.r.pick(family)}`;
    const street = this.street();
    const [code, place] = this.place();
    return { style: 'norwegian', lines: [me, street, `${code} ${place}`, '', ...this.r.pick(own), '', this.date(), '', this.body(), ...this.close(me)], truth: this.self(me, [street, `${code} ${place}`]) };
  }

  /** Writers in Sweden, Denmark and Germany with their countries' own address lines. */
  abroad(): Written {
    const where = this.r.pick(['se', 'dk', 'de'] as const);
    let me: string;
    let address: string[];
    let lang: StyleLang = this.lang;
    if (where === 'se') {
      me = `${this.r.pick(swedish.given)} ${this.r.pick(swedish.family)}`;
      address = [`${this.r.pick(['Björkgatan', 'Kvarnvägen', 'Hamngatan'])} ${this.r.int(1, 60)} lgh ${this.r.int(10, 16)}0${this.r.int(1, 4)}`, this.r.pick(['SE-722 11 Västerås', '582 22 Linköping', 'SE-251 89 Helsingborg', '972 31 Luleå']), 'Sverige'];
      lang = 'sv';
    } else if (where === 'dk') {
      me = `${this.r.pick(danish.given)} ${this.r.pick(danish.family)}`;
      address = [`${this.r.pick(['Nørregade', 'Skovbrynet', 'Havnevej'])} ${this.r.int(1, 60)}, ${this.r.pick(['st. tv.', '2. sal', 'st. th.'])}`, this.r.pick(['DK-6000 Kolding', '8700 Horsens', 'DK-3400 Hillerød', '6700 Esbjerg']), 'Danmark'];
      lang = 'da';
    } else {
      me = `${this.r.pick(german.given)} ${this.r.pick(german.family)}`;
      address = [`${this.r.pick(['Lindenstraße', 'Am Markt', 'Goethestraße', 'Kirchweg'])} ${this.r.int(1, 60)}${this.r.chance(0.3) ? 'a' : ''}`, this.r.pick(['D-24103 Kiel', '18055 Rostock', 'D-01067 Dresden', '28195 Bremen']), this.r.pick(['Deutschland', 'Germany', 'Tyskland'])];
      lang = 'en';
    }
    return { style: where, lines: [me, ...address, '', ...this.r.pick(own), '', this.date(), '', this.r.pick(appeal[lang]), ...this.close(me)], truth: this.self(me, address) };
  }

  /** An ombud or a patients' organisation writes for someone; that person's address in a sentence, or not at all. */
  organisationWrites(): Written {
    const client = this.name();
    const adviser = this.other(client);
    const org = this.r.pick([
      ['Pasient- og brukerombudet i Agder', 'Postboks 88', '4662 Kristiansand'],
      ['Pasient- og brukerombudet i Nordland', 'Moloveien 10', '8003 Bodø'],
      ['Norges Handikapforbund, rettighetssenteret', 'Postboks 9217 Grønland', '0134 Oslo'],
      ['Kreftforeningens juristtjeneste', 'Postboks 6803 St. Olavs plass', '0130 Oslo'],
    ] as const);
    const street = this.street();
    const [code, place] = this.place();
    const withAddress = this.r.chance(0.5);
    const about = withAddress ? `Vi skriver på vegne av ${client}, som bor i ${street}, ${code} ${place}.` : `Vi skriver på vegne av ${client}, som har gitt oss fullmakt.`;
    const lines = [...org, '', ...this.r.pick(own), '', this.date(), '', about, 'Vi klager på vedtaket og ber om at det blir vurdert på nytt.', '', 'Med vennlig hilsen', adviser, 'rådgiver'];
    return {
      style: withAddress ? 'client-address' : 'no-client-address',
      lines,
      truth: { appellant: { name: client, address: withAddress ? [street, `${code} ${place}`] : [] }, representative: { name: adviser, firm: org[0], address: [org[1], org[2]] }, firstInstance: null },
    };
  }

  /** A postcode written or scanned with a space or a dot inside it ("50 03", "5003."). */
  brokenPostcode(): Written {
    const me = this.name();
    const street = this.street();
    const [code, place] = this.place();
    const v = this.r.int(0, 2);
    const written = v === 0 ? `${code.slice(0, 2)} ${code.slice(2)} ${place}` : v === 1 ? `${code[0]} ${code.slice(1)} ${place}` : `${code}. ${place}`;
    return { style: ['pair', 'first-digit', 'dot'][v]!, lines: [me, street, written, '', ...this.r.pick(own), '', this.date(), '', this.body(), ...this.close(me)], truth: this.self(me, [street, `${code} ${place}`]) };
  }
}

const kinds = ['twoColumnForm', 'eitherField', 'rightBlock', 'footAfterAttachments', 'commaTail', 'surnameFirst', 'doubleNames', 'abroad', 'organisationWrites', 'brokenPostcode'] as const;

export function formsAndOrdersLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): FormsAndOrdersLetter {
  const rng = new Rng((seed * 15_485_863 + index * 32_452_843 + 7) >>> 0);
  const kind = rng.pick(kinds);
  const lang = kind === 'twoColumnForm' || kind === 'eitherField' || kind === 'organisationWrites' ? rng.pick<StyleLang>(['nb', 'nb', 'nn']) : rng.pick<StyleLang>(['nb', 'nb', 'nn', 'sv', 'da', 'en']);
  const { style, lines, truth } = new FormsAndOrders(rng, postcodes, lang)[kind]();
  return { id: `forms-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function formsAndOrdersLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): FormsAndOrdersLetter[] {
  return Array.from({ length: count }, (_, i) => formsAndOrdersLetter(seed, i, postcodes));
}
