import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { Written } from './common.ts';

/**
 * Whole letters in the kinds of writing the party reader meets from writers it has never seen
 * (issue #16): e-mails printed with their headers, quoted replies and signatures; transfer letters
 * from Nav and Helfo units naming the appellant in a "Gjelder:" line, a table or a copy line; forms
 * with labelled fields in boxes; lawyers' letters naming their client; relatives and guardians
 * writing for someone; addresses in nynorsk, Swedish, Danish and English, c/o, post boxes and abroad;
 * practitioners (behandlere, SPEC's practitioner_sanctions and refunds) appealing under their practice's head.
 *
 * Written from SPEC.md's "Parties and outgoing letters" and the issue's list of kinds, never from the
 * unseen-writer set's letters. Every letter carries traps a layout-bound reader falls into: the
 * appeals body's own address, a lawyer's or a relative's address, a quoted reply, a case worker's
 * signature, a copy to someone else. Each letter knows its parties (truth); postcodes are Posten's,
 * so the places agree with their codes; national ids are synthetic (birth month + 80).
 */
export type StyleLang = 'nb' | 'nn' | 'sv' | 'da' | 'en';

export interface StyleLetter {
  id: string;
  language: StyleLang;
  /** The kind of writing and its variant ("email-quoted", "transfer-table", …). */
  style: string;
  text: string;
  truth: PartiesTruth;
}

const givenNames = ['Astrid', 'Gunnar', 'Torild', 'Helge', 'Ingvild', 'Rune', 'Signe', 'Terje', 'Oddny', 'Vidar', 'Hanne', 'Arild', 'Kjersti', 'Stein', 'Wenche', 'Leif', 'Maren', 'Eivind', 'Gro', 'Håkon', 'Torunn', 'Jørgen', 'Ylva', 'Amund', 'Nora', 'Sindre', 'Bodil', 'Åsmund', 'Idun', 'Yusuf', 'Amina', 'Tomasz', 'Katarzyna', 'Huong', 'Ahmad', 'Laila', 'Dag', 'Eli', 'Ivar', 'Tone'];
const secondNames = ['Marie', 'Kristin', 'Olav', 'Magnus', 'Helene', 'Johanne', 'Petter', 'Sofie'];
const surnames = ['Bråten', 'Kristiansen', 'Lunde', 'Halvorsen', 'Engen', 'Sandvik', 'Nygård', 'Fossum', 'Amundsen', 'Karlsen', 'Hovland', 'Midtbø', 'Rasmussen', 'Gundersen', 'Løvås', 'Tangen', 'Nilsen', 'Stokke', 'Vestby', 'Hagen', 'Rustad', 'Mæland', 'Skogheim', 'Øverland', 'Jakobsen', 'Aasen', 'Nordhagen', 'Ruud', 'Sørli', 'Rahimi', 'Nowak', 'Tran', 'Osman', 'Berntsen', 'Haugland', 'Vold'];
const swedishGiven = ['Linnea', 'Oskar', 'Elsa', 'Gustav', 'Astrid', 'Nils', 'Maja', 'Axel'];
const swedishSurnames = ['Johansson', 'Karlsson', 'Persson', 'Gustafsson', 'Nyström', 'Sjöberg', 'Åberg', 'Holmqvist'];
const danishGiven = ['Mette', 'Rasmus', 'Freja', 'Mads', 'Ida', 'Jens', 'Line', 'Kasper'];
const danishSurnames = ['Jørgensen', 'Pedersen', 'Sørensen', 'Rasmussen', 'Kjær', 'Poulsen', 'Møller', 'Frederiksen'];
const englishGiven = ['Sarah', 'Thomas', 'Rachel', 'David', 'Helen', 'Michael', 'Claire', 'Peter'];
const englishSurnames = ['Walker', 'Turner', 'Harris', 'Clarke', 'Wright', 'Cooper', 'Hughes', 'Bennett'];

const streetNames = ['Bjerkeveien', 'Sollia', 'Tollbugata', 'Nordre gate', 'Haugeveien', 'Furuvegen', 'Eikelundveien', 'Bakkegata', 'Gamle Drammensvei', 'Professor Dahls gate', 'Sandbakken', 'Kvernhusvegen', 'Rosenborggata', 'Lillevannsveien', 'Tårnvegen', 'Øvre Vollgate', 'Bergliveien', 'Havnegata', 'Torggata', 'Skogstien', 'Lyngveien', 'Markvegen', 'Kongens gate', 'Jernbanegata'];
const swedishStreets = ['Vasagatan', 'Björkvägen', 'Sveavägen', 'Skolgatan', 'Ringvägen', 'Östra Hamngatan'];
const danishStreets = ['Vesterbrogade', 'Algade', 'Skolevej', 'Kongensgade', 'Strandvejen', 'Jernbanegade'];
const swedishTowns: [string, string][] = [['753 20', 'Uppsala'], ['211 43', 'Malmö'], ['413 04', 'Göteborg'], ['903 25', 'Umeå'], ['602 23', 'Norrköping'], ['113 57', 'Stockholm']];
const danishTowns: [string, string][] = [['8000', 'Aarhus C'], ['5000', 'Odense C'], ['9000', 'Aalborg'], ['7100', 'Vejle'], ['2200', 'København N'], ['4000', 'Roskilde']];

/** Posten's places in capitals, as a writer writes them ("MO I RANA" → "Mo i Rana"). */
function placeAsWritten(place: string, rng: Rng): string {
  if (rng.chance(0.15)) return place;
  return place
    .toLowerCase()
    .split(' ')
    .map((w) => (['i', 'på'].includes(w) ? w : w.replace(/(^|-)(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase())))
    .join(' ');
}

interface Address {
  /** The lines as the letter writes them. */
  lines: string[];
  /** A country line for an address abroad, as the letter writes it. */
  country: string | null;
}

interface Person {
  name: string;
  address: Address;
}

/** How a letter's writer abroad names the country (in the language of the letter or the country's own). */
const countries: Record<'se' | 'dk' | 'de' | 'es' | 'uk', Record<StyleLang, string>> = {
  se: { nb: 'Sverige', nn: 'Sverige', sv: 'Sverige', da: 'Sverige', en: 'Sweden' },
  dk: { nb: 'Danmark', nn: 'Danmark', sv: 'Danmark', da: 'Danmark', en: 'Denmark' },
  de: { nb: 'Tyskland', nn: 'Tyskland', sv: 'Tyskland', da: 'Tyskland', en: 'Germany' },
  es: { nb: 'Spania', nn: 'Spania', sv: 'Spanien', da: 'Spanien', en: 'Spain' },
  uk: { nb: 'Storbritannia', nn: 'Storbritannia', sv: 'Storbritannien', da: 'Storbritannien', en: 'United Kingdom' },
};

export class StyleWriter {
  private readonly codes: [string, string][];
  constructor(
    private readonly rng: Rng,
    postcodes: ReadonlyMap<string, string>,
  ) {
    // Street addresses' codes (Posten's box-only codes end the table's runs; any code is a real place).
    this.codes = [...postcodes.entries()];
  }

  name(lang: StyleLang): string {
    const r = this.rng;
    if (lang === 'sv' && r.chance(0.7)) return `${r.pick(swedishGiven)} ${r.pick(swedishSurnames)}`;
    if (lang === 'da' && r.chance(0.7)) return `${r.pick(danishGiven)} ${r.pick(danishSurnames)}`;
    if (lang === 'en' && r.chance(0.6)) return `${r.pick(englishGiven)} ${r.pick(englishSurnames)}`;
    const given = r.chance(0.2) ? `${r.pick(givenNames)} ${r.pick(secondNames)}` : r.chance(0.08) ? `${r.pick(givenNames)} ${r.pick(secondNames)[0]}.` : r.pick(givenNames);
    const surname = r.chance(0.1) ? `${r.pick(surnames)}-${r.pick(surnames)}` : r.chance(0.08) ? `${r.pick(surnames)} ${r.pick(surnames)}` : r.pick(surnames);
    return `${given} ${surname}`;
  }

  /** A Norwegian postcode line from Posten's table. */
  postcodeLine(): string {
    const [code, place] = this.rng.pick(this.codes);
    return `${code} ${placeAsWritten(place, this.rng)}`;
  }

  street(): string {
    const r = this.rng;
    const n = r.int(1, 160);
    const letter = r.chance(0.15) ? (r.chance(0.5) ? ' ' : '') + r.pick(['A', 'B', 'C', 'D']) : '';
    const flat = r.chance(0.07) ? ` H0${r.int(1, 4)}0${r.int(1, 9)}` : '';
    return `${r.pick(streetNames)} ${n}${letter}${flat}`;
  }

  /** A Norwegian address: street, post box or c/o, on one line or two. */
  norwegianAddress(): Address {
    const r = this.rng;
    const kind = r.int(0, 9);
    const postcode = this.postcodeLine();
    if (kind === 0) return { lines: [`${r.pick(['Postboks', 'Postboks', 'Pb.', 'Boks'])} ${r.int(2, 980)}`, postcode], country: null };
    if (kind === 1) return { lines: [`c/o ${this.name('nb')}`, this.street(), postcode], country: null };
    if (kind === 2) return { lines: [`${this.street()}, ${postcode}`], country: null };
    return { lines: [this.street(), postcode], country: null };
  }

  foreignAddress(lang: StyleLang): Address {
    const r = this.rng;
    const where = r.pick(['se', 'dk', 'de', 'es', 'uk'] as const);
    const country = countries[where][lang];
    switch (where) {
      case 'se': {
        const [code, town] = r.pick(swedishTowns);
        return { lines: [`${r.pick(swedishStreets)} ${r.int(1, 80)}`, `${r.chance(0.3) ? 'SE-' : ''}${code} ${town}`], country: r.chance(0.8) ? country : null };
      }
      case 'dk': {
        const [code, town] = r.pick(danishTowns);
        const floor = r.chance(0.4) ? `, ${r.int(1, 4)}. ${r.pick(['th.', 'tv.', 'mf.'])}` : '';
        return { lines: [`${r.pick(danishStreets)} ${r.int(1, 80)}${floor}`, `${r.chance(0.3) ? 'DK-' : ''}${code} ${town}`], country: r.chance(0.8) ? country : null };
      }
      case 'de':
        return { lines: [`${r.pick(['Hauptstraße', 'Lindenallee', 'Bahnhofstraße', 'Schillerstraße'])} ${r.int(1, 90)}`, `${r.pick(['10115 Berlin', '20095 Hamburg', '80331 München', '50667 Köln'])}`], country };
      case 'es':
        return { lines: [`${r.pick(['Calle del Sol', 'Avenida del Mar', 'Calle Mayor', 'Urb. Las Palmeras'])} ${r.int(1, 60)}`, `${r.pick(['29680 Estepona', '03590 Altea', '29640 Fuengirola', '03181 Torrevieja'])}`], country };
      default:
        return { lines: [`${r.int(1, 120)} ${r.pick(['Mill Lane', 'Church Road', 'Station Road', 'Victoria Street'])}`, `${r.pick(['Cambridge CB1 2AB', 'York YO1 7HH', 'Bristol BS1 4DJ', 'Leeds LS2 8JS'])}`], country };
    }
  }

  person(lang: StyleLang, abroad = 0.1): Person {
    const foreign = lang === 'sv' || lang === 'da' || lang === 'en' ? 0.55 : abroad;
    return { name: this.name(lang), address: this.rng.chance(foreign) ? this.foreignAddress(lang) : this.norwegianAddress() };
  }
}

/** The lines an address takes in a letter, country included. */
const written = (a: Address) => (a.country ? [...a.lines, a.country] : a.lines);
const oneLine = (a: Address) => written(a).join(', ');

function nationalId(rng: Rng): string {
  for (;;) {
    const body = `${String(rng.int(1, 28)).padStart(2, '0')}${rng.int(81, 92)}${String(rng.int(30, 99)).padStart(2, '0')}${String(rng.int(100, 499)).padStart(3, '0')}`;
    const d = [...body].map(Number);
    const k1 = (11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...d, k1][i]!, 0) % 11)) % 11;
    if (k2 === 10) continue;
    return rng.chance(0.3) ? `${body.slice(0, 6)} ${body.slice(6)}${k1}${k2}` : `${body}${k1}${k2}`;
  }
}

function date(rng: Rng): string {
  return rng.chance(0.5) ? `${rng.int(1, 28)}.${rng.int(1, 12)}.2025` : `${rng.int(1, 28)}. ${rng.pick(['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'august', 'september', 'oktober'])} 2025`;
}

const ownHeads = [
  ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'],
  ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 OSLO'],
  ['Helseklage', 'Postboks 6355 Etterstad, 0604 Oslo'],
];

const closings: Record<StyleLang, string[]> = {
  nb: ['Med vennlig hilsen', 'Vennlig hilsen', 'Mvh', 'Hilsen'],
  nn: ['Med venleg helsing', 'Venleg helsing', 'Helsing'],
  sv: ['Med vänlig hälsning', 'Vänliga hälsningar', 'Hälsningar'],
  da: ['Med venlig hilsen', 'Venlig hilsen', 'Mange hilsner'],
  en: ['Yours sincerely', 'Kind regards', 'Best regards'],
};

const appealSentence: Record<StyleLang, string[]> = {
  nb: ['Jeg klager herved på vedtaket av {date} om refusjon av utgifter til fysioterapi.', 'Jeg er ikke enig i avslaget og ber om at saken vurderes på nytt.', 'Vedtaket er etter mitt syn feil, og jeg ber om at klagen tas til følge.'],
  nn: ['Eg klagar med dette på vedtaket av {date} om stønad til tannbehandling.', 'Eg er ikkje samd i avslaget og ber om at saka vert vurdert på nytt.'],
  sv: ['Jag överklagar härmed beslutet från {date} om ersättning för vård.', 'Jag är inte nöjd med beslutet och begär omprövning.'],
  da: ['Jeg klager hermed over afgørelsen af {date} om refusion.', 'Jeg er ikke enig i afslaget og beder om at sagen behandles igen.'],
  en: ['I hereby appeal against the decision of {date} concerning reimbursement of treatment costs.', 'I do not agree with the refusal and ask that my case is reconsidered.'],
};

const units = ['Nav Arbeid og ytelser', 'NAV Familie- og pensjonsytelser', 'Nav Klageinstans', 'Helfo', 'Helfo Behandlere', 'Helfo Utland', 'Nav Hjelpemiddelsentral', 'Pasientreiser'];
const unitAddress: Record<string, string[]> = {
  Nav: ['Postboks 6600 Etterstad', '0607 Oslo'],
  NAV: ['Postboks 6600 Etterstad', '0607 OSLO'],
  Helfo: ['Postboks 2415', '3104 Tønsberg'],
  Pasientreiser: ['Postboks 2563', '3702 Skien'],
};

const firmNames = ['Advokatfirmaet Lie & Strand AS', 'Advokatfirma Nordvik DA', 'Advokatkontoret Bratt', 'Juss-Hjelpa i Nord-Norge', 'Advokatfirmaet Hjort', 'Advokatbyrån Nilsson AB', 'Advokatfirmaet Sandberg & co', 'Ræder Advokatfirma AS'];

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/gu, (_, k: string) => values[k] ?? '');

type Kind = 'email' | 'transfer' | 'form' | 'lawyer' | 'relative' | 'self' | 'abroad' | 'practitioner';

/** One letter; the same seed and index always give the same letter. */
export function styleLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): StyleLetter {
  const rng = new Rng((seed * 7_919 + index * 104_729) >>> 0);
  const w = new StyleWriter(rng, postcodes);
  const kind = rng.pick<Kind>(['email', 'email', 'transfer', 'transfer', 'form', 'lawyer', 'relative', 'self', 'abroad', 'practitioner']);
  const lang = kind === 'transfer' || kind === 'practitioner' ? rng.pick<StyleLang>(['nb', 'nb', 'nn']) : rng.pick<StyleLang>(['nb', 'nb', 'nb', 'nn', 'nn', 'sv', 'da', 'en']);
  const write = { email, transfer, form, lawyer, relative, self, abroad, practitioner }[kind];
  const { style, lines, truth } = write(rng, w, lang);
  return { id: `style-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function styleLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): StyleLetter[] {
  return Array.from({ length: count }, (_, i) => styleLetter(seed, i, postcodes));
}


const nobody = (): PartiesTruth => ({ appellant: null, representative: null, firstInstance: null });
const sentence = (rng: Rng, lang: StyleLang) => fill(rng.pick(appealSentence[lang]), { date: date(rng) });

/** An e-mail printed with its headers, maybe a quoted reply from the appeals body below it. */
function email(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const me = w.person(lang);
  const user = me.name.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z]+/gu, rng.pick(['.', '_', '']));
  const from = rng.pick([`${me.name} <${user}@${rng.pick(['online.no', 'gmail.com', 'outlook.com', 'live.se'])}>`, `"${me.name}" <${user}@gmail.com>`, `${user}@hotmail.com`, `${me.name.split(' ').at(-1)}, ${me.name.split(' ').slice(0, -1).join(' ')} <${user}@icloud.com>`]);
  const lines = [
    `${rng.pick(['Fra:', 'From:', 'Från:', 'Avsender:'])} ${from}`,
    `${rng.pick(['Sendt:', 'Sent:', 'Dato:', 'Date:', 'Skickat:'])} ${date(rng)} ${rng.int(7, 23)}:${String(rng.int(0, 59)).padStart(2, '0')}`,
    `${rng.pick(['Til:', 'To:', 'Till:'])} ${rng.pick(['postmottak@klageorgan.example', 'Klageorganet <post@klageorgan.example>'])}`,
    ...(rng.chance(0.3) ? [`${rng.pick(['Kopi:', 'Cc:'])} ${w.name(lang)} <kopi@example.no>`] : []),
    `${rng.pick(['Emne:', 'Subject:', 'Ämne:', 'Emne: SV:', 'Subject: RE:'])} ${rng.pick(['Klage', 'Klage på vedtak', 'Angående mitt vedtak', 'Tilleggsopplysninger', 'Appeal'])}`,
    '',
    rng.pick(['Hei', 'Hei,', 'Hallo', 'Hej!', 'Dear Sir or Madam,', 'Til den det gjelder']),
    '',
    sentence(rng, lang),
  ];
  const truth = nobody();
  let style: string;
  const variant = rng.int(0, 4);
  const writerIsAppellant = variant !== 4;
  if (variant === 0) {
    // The address in the body: "Min adresse er …" / a change of address.
    const phrase = rng.pick({ nb: ['Min adresse er', 'Jeg har ny adresse:', 'Svar kan sendes til'], nn: ['Adressa mi er', 'Eg har ny adresse:'], sv: ['Min adress är', 'Jag har ny adress:'], da: ['Min adresse er', 'Jeg har ny adresse:'], en: ['My address is', 'Please write to me at'] }[lang]);
    lines.push(`${phrase} ${oneLine(me.address)}.`);
    truth.appellant = { name: me.name, address: written(me.address) };
    style = 'body-address';
  } else if (variant === 1) {
    truth.appellant = { name: me.name, address: [] };
    style = 'no-address';
  } else {
    truth.appellant = { name: me.name, address: written(me.address) };
    style = 'signature-address';
  }
  if (!writerIsAppellant) {
    // A relative's e-mail: the appellant named in the text, the writer's address is not theirs.
    const appellant = w.person(lang);
    lines.push(fill(rng.pick({ nb: ['Jeg skriver for min mor {name}, som ikke bruker e-post.', 'Dette gjelder min far, {name}.'], nn: ['Eg skriv for far min, {name}.', 'Dette gjeld mor mi, {name}.'], sv: ['Jag skriver för min mamma {name}.'], da: ['Jeg skriver på vegne af min far, {name}.'], en: ['I am writing for my mother, {name}.'] }[lang]), { name: appellant.name }));
    truth.appellant = { name: appellant.name, address: [] };
    truth.representative = { name: me.name, firm: null, address: written(me.address) };
    style = 'relative';
  }
  lines.push('', rng.pick(closings[lang]), me.name);
  if (variant >= 2) lines.push(...written(me.address));
  if (rng.chance(0.6)) lines.push(`${rng.pick(['Tlf', 'Mob.', 'Telefon:', 'Phone:'])} ${rng.int(400, 999)} ${rng.int(10, 99)} ${rng.int(100, 999)}`);
  if (rng.chance(0.3)) lines.push('', rng.pick(['Sendt fra min iPhone', 'Hämta Outlook för Android', 'Sent from my Samsung']));
  if (rng.chance(0.5)) {
    // A quoted reply from the appeals body: its address and a case worker's name are no party's.
    const head = rng.pick(ownHeads);
    const worker = w.name('nb');
    const quote = [
      '',
      rng.pick(['-----Opprinnelig melding-----', '-----Original Message-----', `${date(rng)} skrev Klageorganet <post@klageorgan.example>:`, '________________________________']),
      ...(rng.chance(0.5) ? ['Fra: Klageorganet <post@klageorgan.example>', `Sendt: ${date(rng)}`, `Til: ${me.name}`, 'Emne: Vi har mottatt klagen din'] : []),
      '',
      `Hei ${me.name.split(' ')[0]}`,
      'Vi har mottatt klagen din og vil behandle den så snart som mulig.',
      '',
      rng.pick(closings.nb),
      worker,
      'saksbehandler',
      ...head,
    ];
    const prefix = rng.chance(0.5) ? '> ' : '';
    lines.push(...quote.map((l) => (l === '' || !prefix ? l : prefix + l)));
    style += '-quoted';
  }
  return { style, lines, truth };
}

/** A first instance's transfer letter: letterhead, recipient, references, the appellant in a "Gjelder:" line, a table or a copy line. */
function transfer(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const unit = rng.pick(units);
  const base = unit.split(' ')[0]!;
  const appellant = w.person(lang, 0.05);
  const id = nationalId(rng);
  const worker = w.name('nb');
  const nn = lang === 'nn';
  const lines = [
    rng.chance(0.3) ? unit.toUpperCase() : unit,
    ...(rng.chance(0.5) ? unitAddress[base]! : []),
    ...(rng.chance(0.4) ? [`Telefon: ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, `Org.nr.: 889 640 782`] : []),
    '',
    ...rng.pick(ownHeads),
    '',
    `Vår dato: ${date(rng)}   Vår referanse: ${rng.int(23, 25)}/${rng.int(10000, 99999)}`,
    `Deres referanse:   ${nn ? 'Saksbehandlar' : 'Saksbehandler'}: ${worker}`,
    '',
    rng.pick(nn ? ['Oversending av klage', 'OVERSENDING AV KLAGESAK'] : ['Oversendelse av klage', 'OVERSENDELSE AV KLAGESAK', 'Oversendelse av klage til klageinstans']),
    '',
  ];
  const truth = nobody();
  truth.firstInstance = unit;
  const withAddress = rng.chance(0.6);
  const address = written(appellant.address);
  const variant = rng.int(0, 4);
  let style: string;
  if (variant === 0) {
    // "Gjelder:" / "Saken gjelder:" with the id, the address on its own labelled line or not at all.
    lines.push(`${rng.pick(nn ? ['Gjeld:', 'Saka gjeld:'] : ['Gjelder:', 'Saken gjelder:', 'Vedrørende:'])} ${appellant.name}${rng.chance(0.6) ? `, ${rng.pick(['fnr.', 'f.nr.', 'fødselsnummer'])} ${id}` : ''}`);
    if (withAddress) lines.push(`${rng.pick(['Adresse:', 'Postadresse:', 'Bostedsadresse:'])} ${address.join(', ')}`);
    style = withAddress ? 'gjelder-address' : 'gjelder';
  } else if (variant === 1) {
    // A table of the party: labels in a column, values beside them.
    const pad = (s: string) => s.padEnd(rng.int(18, 24));
    lines.push(`${pad(nn ? 'Namn' : 'Navn')}${appellant.name}`, `${pad('Fødselsnummer')}${id}`);
    if (withAddress) {
      lines.push(`${pad('Adresse')}${address[0]}`);
      for (const l of address.slice(1)) lines.push(`${pad('')}${l}`);
    }
    style = withAddress ? 'table-address' : 'table';
  } else if (variant === 2) {
    // A one-row table: header line, then the values under it.
    const cols = withAddress ? [appellant.name, id, address.join(', ')] : [appellant.name, id];
    const heads = withAddress ? [nn ? 'Namn' : 'Navn', 'Fødselsnr.', 'Adresse'] : [nn ? 'Namn' : 'Navn', 'Fødselsnr.'];
    const sep = rng.chance(0.5) ? ' | ' : '    ';
    lines.push(heads.map((h, i) => h.padEnd(cols[i]!.length)).join(sep), cols.join(sep));
    style = withAddress ? 'row-address' : 'row';
  } else {
    // Named in the running text; the address only in the copy line at the end.
    lines.push(fill(rng.pick(nn ? ['Vi sender over klaga frå {name} ({id}) til behandling.', 'Vedlagt følgjer klagesaka til {name}.'] : ['Vi oversender klagen fra {name} ({id}) til behandling.', 'Vedlagt følger klagesaken for {name}, fnr. {id}.', '{name} har klaget på vedtaket av {date}.']), { name: appellant.name, id, date: date(rng) }));
    style = withAddress ? 'copy-address' : 'text';
  }
  lines.push('', nn ? 'Nav har vurdert klaga, men held fast på vedtaket.' : 'Klagen er vurdert, men vedtaket opprettholdes.', '', rng.pick(closings[nn ? 'nn' : 'nb']), unit, '', worker, nn ? 'saksbehandlar' : rng.pick(['saksbehandler', 'rådgiver', 'Seniorrådgiver']));
  if (rng.chance(0.5) || (variant >= 3 && withAddress)) {
    lines.push('');
    if (variant >= 3 && withAddress) lines.push(`${rng.pick(['Kopi:', 'Kopi til:', 'Gjenpart:'])} ${appellant.name}, ${address.join(', ')}`);
    else lines.push(`${rng.pick(['Kopi:', 'Kopi til:'])} ${rng.chance(0.5) ? 'klager' : appellant.name}`);
  }
  truth.appellant = { name: appellant.name, address: withAddress ? address : [] };
  return { style, lines, truth };
}

/** A form filled in: labelled fields in boxes, split name fields, values under their labels. */
function form(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const me = w.person(lang);
  const id = nationalId(rng);
  const labels = {
    nb: { given: 'Fornavn', family: 'Etternavn', name: 'Navn', street: 'Adresse', code: 'Postnr.', place: 'Poststed', id: 'Fødselsnummer (11 siffer)' },
    nn: { given: 'Førenamn', family: 'Etternamn', name: 'Namn', street: 'Adresse', code: 'Postnr.', place: 'Poststad', id: 'Fødselsnummer' },
    sv: { given: 'Förnamn', family: 'Efternamn', name: 'Namn', street: 'Utdelningsadress', code: 'Postnummer', place: 'Ort', id: 'Norskt personnummer' },
    da: { given: 'Fornavn', family: 'Efternavn', name: 'Navn', street: 'Adresse', code: 'Postnr.', place: 'By', id: 'Norsk personnummer' },
    en: { given: 'First name', family: 'Surname', name: 'Name', street: 'Address', code: 'Postcode', place: 'Town', id: 'Norwegian ID number' },
  }[lang];
  const [given, ...rest] = me.name.split(' ');
  const family = rest.join(' ');
  // Forms have room for a Norwegian address: street, then code and place in two boxes.
  const addr = me.address.country === null && me.address.lines.length === 2 ? me.address : null;
  const code = addr ? /^(\S+)\s+(.+)$/u.exec(addr.lines[1]!) : null;
  const lines = [rng.pick(['KLAGE PÅ VEDTAK', 'Skjema: Klage', 'KLAGESKJEMA – HELSE', 'Appeal form']), ''];
  const truth = nobody();
  const variant = rng.int(0, 2);
  let style: string;
  const box = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const rule = () => `+${'-'.repeat(rng.int(50, 70))}+`;
  if (variant === 0) {
    // Boxes with the label and value inside.
    lines.push(rule(), box([`${labels.given}: ${given}`, `${labels.family}: ${family}`]), rule(), box([`${labels.id}: ${id}`]), rule());
    if (addr && code) lines.push(box([`${labels.street}: ${addr.lines[0]}`]), rule(), box([`${labels.code}: ${code[1]}`, `${labels.place}: ${code[2]}`]), rule());
    style = 'boxes';
  } else if (variant === 1) {
    // Labels over values, as a form reads when the boxes are lost.
    lines.push(`${labels.name}`, me.name, '', labels.id, id, '');
    if (addr && code) lines.push(labels.street, addr.lines[0]!, '', `${labels.code}   ${labels.place}`, `${code[1]}   ${code[2]}`, '');
    style = 'label-over-value';
  } else {
    // Dot leaders: "Navn ........ Kari Nordmann".
    const lead = (l: string, v: string) => `${l} ${'.'.repeat(rng.int(3, 14))} ${v}`;
    lines.push(lead(labels.family, family), lead(labels.given, given!), lead(labels.id, id));
    if (addr && code) lines.push(lead(labels.street, addr.lines[0]!), lead(`${labels.code}/${labels.place.toLowerCase()}`, addr.lines[1]!));
    style = 'dot-leaders';
  }
  if (rng.chance(0.35)) {
    // The form's representative section, filled in with someone else's name and address.
    const helper = w.person('nb');
    lines.push('', rng.pick(['Fullmektig (dersom du har en):', 'FULLMEKTIG', 'Eventuell fullmektig']), `${labels.name}: ${helper.name}`, `${labels.street}: ${oneLine(helper.address)}`);
    truth.representative = { name: helper.name, firm: null, address: written(helper.address) };
    style += '-helper';
  }
  lines.push('', rng.pick(['Begrunnelse for klagen:', 'Hva klager du på?', 'Grunngjeving:']), sentence(rng, lang), '', `Sted og dato: ${date(rng)}`, `Underskrift: ${me.name}`);
  truth.appellant = { name: me.name, address: addr && code ? addr.lines : [] };
  return { style: `${style}${addr ? '' : '-no-address'}`, lines, truth };
}

/** A lawyer's letter naming the client ("min klient", "på vegne av"), maybe with the client's address. */
function lawyer(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const firm = rng.pick(firmNames);
  const advocate = w.name('nb');
  const firmAddress = w.norwegianAddress();
  const client = w.person(lang);
  const id = nationalId(rng);
  const lines = [
    firm,
    ...(rng.chance(0.4) ? [`v/ advokat ${advocate}`] : []),
    ...firmAddress.lines,
    `Tlf. ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}   E-post: post@${firm.toLowerCase().replace(/[^a-z]+/gu, '')}.no`,
    '',
    ...rng.pick(ownHeads),
    '',
    `${rng.pick(['Ansvarlig advokat:', 'Saksansvarlig:'])} ${advocate}   Vår ref.: ${rng.int(1000, 9999)}   Dato: ${date(rng)}`,
    '',
  ];
  const withAddress = rng.chance(0.5);
  const addr = oneLine(client.address);
  const variant = rng.int(0, 3);
  const body = {
    nb: [
      withAddress ? 'Jeg representerer min klient {name}, {address}, fnr. {id}.' : 'Jeg representerer min klient {name} i denne saken.',
      withAddress ? 'Undertegnede er engasjert som fullmektig for {name} ({id}), bosatt {address}.' : 'Undertegnede er engasjert som fullmektig for {name} ({id}).',
      withAddress ? 'KLAGE PÅ VEDTAK – {name}\n\nKlager: {name}, {address}\n\nPå vegne av min klient påklages vedtaket.' : 'KLAGE PÅ VEDTAK – {name}\n\nPå vegne av {name} påklages vedtaket av {date}.',
      withAddress ? 'Parter:\nKlager: {name}\nAdresse: {address}\nFullmektig: advokat {advocate}' : 'Parter:\nKlager: {name}\nFullmektig: advokat {advocate}',
    ],
    nn: [
      withAddress ? 'Eg representerer klienten min {name}, {address}.' : 'Eg representerer klienten min {name} i denne saka.',
      withAddress ? 'På vegner av {name}, {address}, klagar vi på vedtaket.' : 'På vegner av {name} klagar vi på vedtaket av {date}.',
      withAddress ? 'Klagar: {name}, {address}\n\nVi klagar på vedtaket på vegner av klienten vår.' : 'Klagar: {name}\n\nVi klagar på vedtaket på vegner av klienten vår.',
      withAddress ? 'Parter:\nKlagar: {name}\nAdresse: {address}\nFullmektig: advokat {advocate}' : 'Parter:\nKlagar: {name}\nFullmektig: advokat {advocate}',
    ],
    sv: [
      withAddress ? 'Jag företräder min klient {name}, {address}.' : 'Jag företräder min klient {name} i detta ärende.',
      withAddress ? 'På uppdrag av {name}, {address}, överklagas beslutet.' : 'På uppdrag av {name} överklagas beslutet från {date}.',
      withAddress ? 'Klagande: {name}, {address}\n\nBeslutet överklagas.' : 'Klagande: {name}\n\nBeslutet överklagas.',
      withAddress ? 'Klagande: {name}\nAdress: {address}\nOmbud: advokat {advocate}' : 'Klagande: {name}\nOmbud: advokat {advocate}',
    ],
    da: [
      withAddress ? 'Jeg repræsenterer min klient {name}, {address}.' : 'Jeg repræsenterer min klient {name} i denne sag.',
      withAddress ? 'På vegne af {name}, {address}, klages over afgørelsen.' : 'På vegne af {name} klages over afgørelsen af {date}.',
      withAddress ? 'Klager: {name}, {address}\n\nAfgørelsen påklages.' : 'Klager: {name}\n\nAfgørelsen påklages.',
      withAddress ? 'Klager: {name}\nAdresse: {address}\nAdvokat: {advocate}' : 'Klager: {name}\nAdvokat: {advocate}',
    ],
    en: [
      withAddress ? 'I represent my client {name}, {address}.' : 'I represent my client {name} in this matter.',
      withAddress ? 'On behalf of {name}, {address}, we appeal the decision.' : 'On behalf of {name} we appeal the decision of {date}.',
      withAddress ? 'Appellant: {name}, {address}\n\nWe appeal the decision on behalf of our client.' : 'Appellant: {name}\n\nWe appeal the decision on behalf of our client.',
      withAddress ? 'Appellant: {name}\nAddress: {address}\nRepresentative: {advocate}, lawyer' : 'Appellant: {name}\nRepresentative: {advocate}, lawyer',
    ],
  }[lang];
  lines.push(...fill(body[variant]!, { name: client.name, address: addr, id, advocate, date: date(rng) }).split('\n'));
  lines.push('', 'Fullmakt følger vedlagt.', '', rng.pick(closings[lang]), ...(rng.chance(0.5) ? [firm, ''] : ['']), advocate, rng.pick(['advokat', 'Advokat', 'advokatfullmektig', 'Advokat (H)']));
  return {
    style: `${['client', 'engaged', 'subject', 'parties'][variant]}${withAddress ? '-address' : ''}`,
    lines,
    truth: { appellant: { name: client.name, address: withAddress ? written(client.address) : [] }, representative: { name: advocate, firm, address: firmAddress.lines }, firstInstance: null },
  };
}

/** A relative or guardian writing for someone, under their own name and address. */
function relative(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const writer = w.person(lang);
  const appellant = w.person(lang, 0.02);
  const id = nationalId(rng);
  const withAddress = rng.chance(0.45);
  const addr = oneLine(appellant.address);
  const lines = [writer.name, ...written(writer.address), '', ...(rng.chance(0.7) ? [...rng.pick(ownHeads), ''] : []), date(rng), ''];
  const templates = {
    nb: [
      'Jeg er oppnevnt som verge for {name} (f.nr. {id}) og klager på hans vegne.',
      'Jeg skriver på vegne av min mor {name}, som bor på sykehjem.',
      'Min sønn, {name}, har gitt meg fullmakt til å klage for ham.',
      'Undertegnede er hjelpeverge for {name}, født {birth}.',
    ],
    nn: ['Eg er verje for {name} og klagar på vegner av henne.', 'Eg skriv på vegner av far min, {name}, som har gjeve meg fullmakt.'],
    sv: ['Jag är god man för {name} och överklagar beslutet för hennes räkning.', 'Jag skriver på uppdrag av min pappa {name}.'],
    da: ['Jeg er værge for {name} og klager på hans vegne.', 'Jeg skriver på vegne af min mor, {name}.'],
    en: ['I am the legal guardian of {name} and write on her behalf.', 'I am writing on behalf of my father, {name}, who has given me power of attorney.'],
  }[lang];
  lines.push(fill(rng.pick(templates), { name: appellant.name, id, birth: `${rng.int(1, 28)}.${rng.int(1, 12)}.19${rng.int(30, 60)}` }));
  if (withAddress) {
    lines.push(fill(rng.pick({ nb: ['Hun bor i {address}.', 'Adressen hans er {address}.', 'Hans adresse: {address}.'], nn: ['Ho bur i {address}.', 'Adressa hans er {address}.'], sv: ['Hon bor på {address}.', 'Hans adress är {address}.'], da: ['Hun bor på {address}.', 'Hans adresse er {address}.'], en: ['She lives at {address}.', 'His address is {address}.'] }[lang]), { address: addr }));
  }
  lines.push(sentence(rng, lang), '', rng.pick(closings[lang]), '', writer.name, ...(rng.chance(0.4) ? [rng.pick(['verge', 'datter', 'sønn', 'fullmektig', 'guardian'])] : []));
  return {
    style: withAddress ? 'appellant-address' : 'no-appellant-address',
    lines,
    truth: { appellant: { name: appellant.name, address: withAddress ? written(appellant.address) : [] }, representative: { name: writer.name, firm: null, address: written(writer.address) }, firstInstance: null },
  };
}

/** The appellant's own letter, the sender's name and address in a place a template would not put it. */
function self(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const me = w.person(lang, 0.05);
  const id = nationalId(rng);
  const variant = rng.int(0, 3);
  const own = rng.pick(ownHeads);
  const lines: string[] = [];
  let style: string;
  const body = [sentence(rng, lang), rng.pick(['', 'Legeerklæring fra fastlegen min ligger ved.', 'Jeg har lagt ved kvitteringer.'])];
  if (variant === 0) {
    // The sender's block at the foot ("Avsender:") under the signature.
    lines.push(...own, '', date(rng), '', rng.pick(['KLAGE', 'Klage på vedtak', 'Anke']), '', ...body, '', rng.pick(closings[lang]), me.name, '', rng.pick(['Avsender:', 'Avsendar:', 'Sender:', 'Avsändare:']), me.name, ...written(me.address));
    style = 'sender-at-foot';
  } else if (variant === 1) {
    // The head on the right, the recipient on the left, both on the same lines.
    const left = own;
    const right = [me.name, ...written(me.address)];
    const rows = Math.max(left.length, right.length);
    const gap = rng.int(6, 20);
    const width = Math.max(...left.map((l) => l.length));
    for (let i = 0; i < rows; i++) lines.push(`${(left[i] ?? '').padEnd(width + gap)}${right[i] ?? ''}`.trimEnd());
    lines.push('', date(rng), '', ...body, '', rng.pick(closings[lang]), '', me.name);
    style = 'side-by-side';
  } else if (variant === 2) {
    // Name and id in the subject line; the address written in the text.
    lines.push(...own, '', `${rng.pick(['Klage', 'Klage på vedtak', 'Anke'])} – ${me.name} – ${rng.pick(['f.nr.', 'fnr'])} ${id}`, '', ...body, fill(rng.pick({ nb: ['Svar sendes til meg på {address}.', 'Jeg bor nå i {address}.'], nn: ['Svar kan sendast til {address}.', 'Eg bur no i {address}.'], sv: ['Svar skickas till {address}.'], da: ['Svar sendes til {address}.'], en: ['Please send your reply to {address}.'] }[lang]), { address: oneLine(me.address) }), '', rng.pick(closings[lang]), me.name);
    style = 'subject-body-address';
  } else {
    // Name, id and address on one line each, with labels, at the head of a plain letter.
    lines.push(`${rng.pick(['Klager:', 'Fra:', 'Navn:'])} ${me.name}`, `${rng.pick(['Fnr:', 'Fødselsnr.:', 'Personnummer:'])} ${id}`, `${rng.pick(['Adresse:', 'Adr.:'])} ${oneLine(me.address)}`, '', ...own, '', ...body, '', rng.pick(closings[lang]), me.name);
    style = 'labelled-head';
  }
  return { style, lines, truth: { appellant: { name: me.name, address: written(me.address) }, representative: null, firstInstance: null } };
}

/** An appellant abroad: a foreign head, the country on its own line, maybe a Norwegian c/o address for the reply. */
function abroad(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const name = w.name(lang);
  const address = w.foreignAddress(lang);
  const lines = [name, ...written(address), '', ...(rng.chance(0.6) ? [...rng.pick(ownHeads), ''] : []), date(rng), '', sentence(rng, lang)];
  let truthAddress = written(address);
  let style = 'head';
  if (rng.chance(0.3)) {
    // The reply to a relative in Norway, c/o: the letter's own choice of address.
    const co = w.name('nb');
    const street = w.street();
    const postcode = w.postcodeLine();
    lines.push(fill(rng.pick({ nb: ['Vennligst send svar til c/o {co}, {street}, {postcode}.'], nn: ['Send svaret til c/o {co}, {street}, {postcode}.'], sv: ['Skicka svaret till c/o {co}, {street}, {postcode}.'], da: ['Send venligst svar til c/o {co}, {street}, {postcode}.'], en: ['Please send the reply to c/o {co}, {street}, {postcode}.'] }[lang]), { co, street, postcode }));
    truthAddress = [`c/o ${co}`, street, postcode];
    style = 'reply-care-of';
  }
  lines.push('', rng.pick(closings[lang]), '', name);
  return { style, lines, truth: { appellant: { name, address: truthAddress }, representative: null, firstInstance: null } };
}

const practices: [string, string][] = [
  ['{surname} Kiropraktikk', 'kiropraktor'],
  ['{surname} Legekontor AS', 'fastlege'],
  ['Tannlege {surname} AS', 'tannlege'],
  ['{surname} Fysioterapi', 'fysioterapeut'],
  ['Fysioterapeut {given} {surname}', 'fysioterapeut'],
  ['{street} legesenter', 'lege'],
  ['Psykologspesialist {given} {surname}', 'psykologspesialist'],
  ['{surname} Tannklinikk', 'tannlege'],
];

/**
 * A practitioner (behandler) appealing a decision about their own practice — a sanction, a refund
 * clawed back — under the practice's head: the appellant is the practitioner, and the letter goes to
 * the practice, business name first. No patient is named.
 */
function practitioner(rng: Rng, w: StyleWriter, lang: StyleLang): Written {
  const name = w.name('nb');
  const [given, ...rest] = name.split(' ');
  const surname = rest.at(-1)!;
  const address = w.norwegianAddress();
  address.lines = address.lines.filter((l) => !l.startsWith('c/o'));
  const street = address.lines.length === 2 ? address.lines[0]!.replace(/\s\d.*$/u, '') : 'Sentrum';
  const [template, title] = rng.pick(practices);
  const practice = fill(template, { surname, given: given!, street });
  const nn = lang === 'nn';
  const lines = [
    practice,
    ...address.lines,
    ...(rng.chance(0.5) ? [`Org.nr. 9${rng.int(10, 99)} ${rng.int(100, 999)} ${rng.int(100, 999)}`] : []),
    ...(rng.chance(0.5) ? [`Tlf. ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`] : []),
    '',
    ...rng.pick(ownHeads),
    '',
    date(rng),
    '',
    rng.pick(nn ? ['Klage på vedtak om tilbakekrevjing av refusjon', 'Klage på vedtak om tap av rett til direkte oppgjer'] : ['Klage på vedtak om tilbakekreving av refusjon', 'Klage på vedtak om tap av retten til direkte oppgjør', 'KLAGE PÅ HELFOS VEDTAK']),
    '',
    rng.pick(nn ? ['Eg klagar på vedtaket frå Helfo om praksisen min.', 'Eg er ikkje samd i at eg skal betale tilbake refusjonen for behandlingane i 2024.'] : ['Jeg klager på vedtaket fra Helfo om min praksis.', 'Jeg er ikke enig i at jeg skal betale tilbake refusjonen for behandlingene i 2024.', 'Vi klager på Helfos vedtak om tap av retten til direkte oppgjør for klinikken.']),
    nn ? 'Eg ber om at vedtaket vert oppheva.' : 'Jeg ber om at vedtaket oppheves.',
    '',
    rng.pick(closings[nn ? 'nn' : 'nb']),
    '',
    name,
    rng.pick([title, `${title}, daglig leder`, `${title[0]!.toUpperCase()}${title.slice(1)}`]),
  ];
  return {
    style: practice.includes(name) ? 'named-practice' : 'practice',
    lines,
    truth: { appellant: { name, address: practice.includes(name) ? address.lines : [practice, ...address.lines] }, representative: null, firstInstance: 'Helfo' },
  };
}
