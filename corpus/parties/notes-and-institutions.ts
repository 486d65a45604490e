import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * An eighth slice of the party reader (issue #16, session 9), written from SPEC.md and the issue's
 * list of writers before anything was changed for it, to measure the reader on kinds no earlier
 * slice writes (README "Parties and letters"): an e-mail printed from a mail client whose signature
 * puts a telephone line between the name and the address (or gives no address at all), a short note
 * in the hand's manner with the name and address on one line and no labels, Norwegian flat numbers
 * ("Storgata 1 H0201"), a GP's declaration with the patient's address in a patient block under the
 * practice's letterhead, a hospital department's statement about a patient, a son or daughter writing
 * for a parent with "fullmakt vedlagt" and the parent's address in brackets, a municipality's
 * caseworker writing "for brukeren", a law firm's letterhead printed as a footer line, and writers in
 * the United States, Canada and Australia.
 *
 * Names, streets and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface NotesAndInstitutionsLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Alvhild', 'Brynjulf', 'Dagny', 'Eldar', 'Frøydis', 'Gjermund', 'Hallgerd', 'Ingebrigt', 'Jofrid', 'Kolbjørn', 'Liv Randi', 'Magnhild', 'Njål', 'Olaug', 'Peder', 'Ragna', 'Sigvart', 'Turid', 'Ulf', 'Valborg', 'Yngvar', 'Åse', 'Farid', 'Leyla', 'Piotr', 'Agnieszka', 'Thi Lan', 'Abdirahman'];
const family = ['Aamodt', 'Brekke', 'Dyrdal', 'Eggen', 'Fagerli', 'Gjerde', 'Haukeland', 'Indrebø', 'Juvik', 'Kvammen', 'Lothe', 'Myklebust', 'Nesheim', 'Opdal', 'Reitan', 'Skjelbred', 'Tveit', 'Ulvik', 'Vatne', 'Øyen', 'Karimi', 'Wójcik', 'Pham', 'Warsame'];
const streets = ['Bjørkelia', 'Granstubben', 'Kløverveien', 'Lensmannsvegen', 'Myrullstien', 'Nedre Bankegate', 'Orrhaugen', 'Prestegårdsbakken', 'Ravnkloveien', 'Smiuvegen', 'Teglverksgata', 'Ulsetløkken', 'Vollabakken', 'Åsgårdveien'];
const oneLineSeparators = [', ', ' - ', ' / '];

const appeal: Record<'nb' | 'nn', string[]> = {
  nb: ['Jeg klager på vedtaket jeg fikk i posten.', 'Jeg er ikke enig i avslaget og vil klage.', 'Jeg ber dere se på saken min en gang til.'],
  nn: ['Eg klagar på vedtaket eg fekk i posten.', 'Eg er ikkje samd i avslaget og vil klage.', 'Eg ber dykk sjå på saka mi ein gong til.'],
};
const closings: Record<'nb' | 'nn', string[]> = { nb: ['Mvh', 'Vennlig hilsen', 'Hilsen'], nn: ['Mvh', 'Venleg helsing', 'Helsing'] };

class NotesAndInstitutions extends SliceGenerator {
  private nbnn(): 'nb' | 'nn' {
    return this.lang === 'nn' ? 'nn' : 'nb';
  }

  name(): string {
    return `${this.r.pick(given)} ${this.r.pick(family)}`;
  }

  other(than: string): string {
    return this.otherThan(than, () => this.name());
  }

  place(): [string, string] {
    return this.postenPlace();
  }

  street(): string {
    return `${this.r.pick(streets)} ${this.r.int(1, 140)}`;
  }

  /** A street and a postcode line (two lines, as a block writes them). */
  address(): string[] {
    const [code, place] = this.place();
    return [this.street(), `${code} ${place}`];
  }

  phone(): string {
    return `${this.r.int(400, 999)} ${this.r.int(10, 99)} ${this.r.int(100, 999)}`;
  }

  date(): string {
    return `${this.r.int(1, 28)}.${String(this.r.int(1, 12)).padStart(2, '0')}.2025`;
  }

  birth(): string {
    return `${String(this.r.int(1, 28)).padStart(2, '0')}.${String(this.r.int(1, 12)).padStart(2, '0')}.${this.r.int(1930, 2005)}`;
  }

  body(): string {
    return this.r.pick(appeal[this.nbnn()]);
  }

  self(name: string, address: string[]): PartiesTruth {
    return { appellant: { name, address }, representative: null, firstInstance: null };
  }

  /** A mail client's print: its own header words, a signature with the telephone between the name and the address, or no address. */
  printedMail(): Written {
    const me = this.name();
    const [g, f] = [me.split(' ')[0]!, me.split(' ').at(-1)!];
    const user = `${g}.${f}`.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/[^a-z.]/gu, '');
    const address = this.address();
    const v = this.r.int(0, 2);
    const head = [
      this.r.pick(['Fra:', 'Avsender:']) + ` ${me} <${user}@${this.r.pick(['online.no', 'lyse.net', 'altibox.no'])}>`,
      `Sendt: ${this.r.pick(['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag'])} ${this.r.int(1, 28)}. ${this.r.pick(['januar', 'mars', 'mai', 'september'])} 2025 ${this.r.int(7, 22)}:${String(this.r.int(0, 59)).padStart(2, '0')}`,
      'Til: Postmottak Klageorganet',
      `Emne: ${this.r.pick(['Klage', 'Klage på vedtak', 'Vedtak – klage'])}`,
    ];
    const signature = v === 0 ? [me, `Mob: +47 ${this.phone()}`, ...address] : v === 1 ? [me, `Tlf. ${this.phone()} | ${address.join(', ')}`] : [me, `Mobil ${this.phone()}`];
    const truthAddress = v === 2 ? [] : address;
    const lines = [...head, '', 'Hei.', '', this.body(), '', this.r.pick(closings[this.nbnn()]), ...signature, '', 'Denne e-posten kan inneholde informasjon som kun er ment for mottakeren.'];
    return { style: ['phone-then-address', 'phone-and-address-one-line', 'no-address'][v]!, lines, truth: this.self(me, truthAddress) };
  }

  /** A short note as the hand writes it: a greeting, two sentences, the name and address on one line, no labels. */
  note(): Written {
    const me = this.name();
    const [street, postcode] = this.address() as [string, string];
    const sep = this.r.pick(oneLineSeparators);
    const line = [me, street, postcode].join(sep);
    const v = this.r.int(0, 2);
    const greeting = this.r.pick(['Til klageorganet!', 'Hei!', 'Til dere som skal se på klagen']);
    const lines =
      v === 0
        ? [greeting, '', this.body(), this.r.pick(['Har lagt ved brevet.', 'Ring meg gjerne.', '']), '', `Hilsen ${me.split(' ')[0]}`, line]
        : v === 1
          ? [`Fra ${line}`, '', greeting, this.body(), '', 'Hilsen', me]
          : [line, '', this.body(), '', me];
    return { style: ['foot', 'from-top', 'top-signed'][v]!, lines, truth: this.self(me, [street, postcode]) };
  }

  /** A flat in Posten's form: "H0201" after the number, on a line of its own or as "leil."; Swedish and Danish none. */
  flatNumber(): Written {
    const me = this.name();
    const [code, place] = this.place();
    const street = this.street();
    const flat = `H${this.r.pick(['01', '02', '03', '04', '05'])}${String(this.r.int(1, 12)).padStart(2, '0')}`;
    const v = this.r.int(0, 2);
    const address = v === 0 ? [`${street} ${flat}`, `${code} ${place}`] : v === 1 ? [`${street}, leil. ${flat}`, `${code} ${place}`] : [`Leilighet ${flat}`, street, `${code} ${place}`];
    const lines = [me, ...address, '', ...APPEALS_BODY_HEAD, '', this.date(), '', this.body(), '', this.r.pick(closings[this.nbnn()]), me];
    return { style: ['after-number', 'leil', 'own-line'][v]!, lines, truth: this.self(me, address) };
  }

  /** A GP's declaration: the practice's letterhead, the patient's name and address in a patient block. */
  gpDeclaration(): Written {
    const gp = this.name();
    const patient = this.other(gp);
    const practice = `${this.r.pick(['Sentrum', 'Fjellsiden', 'Bryggen', 'Løkka', 'Nordbyen'])} legekontor`;
    const practiceAddress = this.address();
    const address = this.address();
    const v = this.r.int(0, 2);
    const block =
      v === 0
        ? [`Pasient: ${patient}`, `Født: ${this.birth()}`, `Adresse: ${address.join(', ')}`]
        : v === 1
          ? ['Opplysninger om pasienten', `Navn: ${patient}`, `Fødselsdato: ${this.birth()}`, `Adresse: ${address[0]}`, `Postnr./sted: ${address[1]}`]
          : [`Pasient: ${patient} (f. ${this.birth()})`];
    const lines = [practice, ...practiceAddress, `Telefon ${this.phone()}`, '', ...APPEALS_BODY_HEAD, '', this.date(), '', 'LEGEERKLÆRING I FORBINDELSE MED KLAGE', '', ...block, '', 'Pasienten har vært fast hos meg i flere år og har behov for behandlingen det er søkt om.', 'Jeg støtter klagen.', '', 'Med vennlig hilsen', '', gp, this.r.pick(['fastlege', 'spesialist i allmennmedisin', 'lege'])];
    return { style: ['one-line-block', 'labelled-block', 'no-address'][v]!, lines, truth: this.self(patient, v === 2 ? [] : address) };
  }

  /** A hospital department writes about a patient; the patient's address in a "Bosatt" line or not at all. */
  hospitalDepartment(): Written {
    const doctor = this.name();
    const patient = this.other(doctor);
    const hospital = this.r.pick([
      ['Helse Bergen HF', 'Haukeland universitetssjukehus', 'Postboks 1400', '5021 Bergen'],
      ['St. Olavs hospital HF', 'Klinikk for ortopedi', 'Postboks 3250 Torgarden', '7006 Trondheim'],
      ['Sykehuset Innlandet HF', 'Medisinsk avdeling Gjøvik', 'Postboks 104', '2381 Brumunddal'],
      ['Universitetssykehuset Nord-Norge HF', 'Nevrologisk avdeling', 'Postboks 100', '9038 Tromsø'],
    ] as const);
    const address = this.address();
    const v = this.r.int(0, 1);
    const about = v === 0 ? [`Vedrørende: ${patient}, født ${this.birth()}`, `Bosatt: ${address.join(', ')}`] : [`Vedrørende pasient ${patient}, født ${this.birth()}`];
    const lines = [...hospital, '', ...APPEALS_BODY_HEAD, '', `Vår dato: ${this.date()}`, '', ...about, '', 'Pasienten har vært innlagt ved vår avdeling. Vi bekrefter opplysningene i klagen og ber om at saken vurderes på nytt.', '', 'Med hilsen', doctor, this.r.pick(['overlege', 'lege i spesialisering', 'avdelingsoverlege']), hospital[1]];
    return { style: v === 0 ? 'resident-line' : 'no-address', lines, truth: this.self(patient, v === 0 ? address : []) };
  }

  /** A son or daughter writes from their own head for a parent: "fullmakt vedlagt", the parent's address in brackets or none. */
  forParent(): Written {
    const writer = this.name();
    const parent = this.other(writer);
    const own = this.address();
    const parentAddress = this.address();
    const nn = this.nbnn() === 'nn';
    const who = this.r.pick(nn ? ['mor mi', 'far min'] : ['min mor', 'min far']);
    const v = this.r.int(0, 2);
    const named = `${who}, ${parent}`;
    const intro =
      v === 0
        ? `${nn ? 'Eg klagar på vegner av' : 'Jeg klager på vegne av'} ${named} (${parentAddress.join(', ')}).`
        : v === 1
          ? `${nn ? 'Eg skriv denne klagen for' : 'Jeg skriver denne klagen for'} ${named}, ${nn ? 'som ikkje greier å skrive sjølv' : 'som ikke klarer å skrive selv'}.`
          : `${nn ? 'Eg klagar på vedtaket som gjeld' : 'Jeg klager på vedtaket som gjelder'} ${named}.`;
    const subject = v === 2 ? [`Klage på vegne av ${who} ${parent}`, ''] : [];
    const lines = [writer, ...own, '', ...APPEALS_BODY_HEAD, '', this.date(), '', ...subject, intro, nn ? 'Fullmakt ligg ved.' : 'Fullmakt er vedlagt.', '', this.r.pick(closings[this.nbnn()]), writer];
    return {
      style: ['brackets', 'writes-for', 'subject'][v]!,
      lines,
      truth: { appellant: { name: parent, address: v === 0 ? parentAddress : [] }, representative: { name: writer, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A municipality's caseworker writes "for brukeren" with a power of attorney; the user's address in a field or a sentence. */
  caseworkerForUser(): Written {
    const worker = this.name();
    const user = this.other(worker);
    const kommune = `${this.r.pick(['Sunnfjord', 'Orkland', 'Nordre Follo', 'Vestvågøy', 'Gjøvik', 'Lillesand'])} kommune`;
    const unit = this.r.pick(['Tildelingskontoret', 'Tjenestekontoret', 'Enhet for psykisk helse og rus', 'Hjemmetjenesten']);
    const box = [`Postboks ${this.r.int(10, 600)}`, `${this.place().join(' ')}`];
    const userAddress = this.address();
    const v = this.r.int(0, 2);
    const text =
      v === 0
        ? [`Klage for brukeren vår, ${user}, ${userAddress.join(', ')}.`, 'Fullmakt fra brukeren er vedlagt.']
        : v === 1
          ? [`Vi sender inn klage på vegne av ${user}, som bor i ${userAddress.join(', ')}.`, 'Skriftlig fullmakt ligger ved.']
          : [`Vi hjelper ${user} med klagen og skriver på vegne av brukeren.`, `Fullmakt fra ${user} er vedlagt.`];
    const lines = [kommune, unit, ...box, '', ...APPEALS_BODY_HEAD, '', `Deres ref.:     Vår ref.: ${this.r.int(20, 25)}/${this.r.int(100, 9999)}     Dato: ${this.date()}`, '', ...text, 'Brukeren mener vedtaket er feil.', '', 'Med hilsen', worker, this.r.pick(['saksbehandler', 'miljøterapeut', 'konsulent']), unit];
    return {
      style: ['for-brukeren', 'pa-vegne-av', 'no-address'][v]!,
      lines,
      truth: { appellant: { name: user, address: v === 2 ? [] : userAddress }, representative: { name: worker, firm: kommune, address: box }, firstInstance: null },
    };
  }

  /** A law firm's letterhead printed as one footer line (name · street · postcode · org.nr); the lawyer's name at the top. */
  lawFirmFooter(): Written {
    const lawyer = this.name();
    const client = this.other(lawyer);
    const firm = this.r.pick(['Advokatfirmaet Lothe & Dyrdal AS', 'Advokatkontoret Juvik DA', 'Advokatfirma Indrebø ANS', 'Vatne Advokatfirma AS']);
    const office = this.address();
    const clientAddress = this.address();
    const v = this.r.int(0, 1);
    const intro = v === 0 ? `Undertegnede er engasjert av ${client}, ${clientAddress.join(', ')}, og påklager vedtaket på vegne av klienten.` : `Jeg representerer ${client} og påklager vedtaket på vegne av min klient.`;
    const lines = [`Advokat ${lawyer}`, `Direkte: ${this.phone()}`, '', ...APPEALS_BODY_HEAD, '', `Oslo, ${this.date()}`, '', 'KLAGE PÅ VEDTAK', '', intro, 'Fullmakt følger vedlagt.', '', 'Med vennlig hilsen', lawyer, 'advokat', '', `${firm} · ${office.join(' · ')} · Org.nr. ${this.r.int(900, 999)} ${this.r.int(100, 999)} ${this.r.int(100, 999)}`];
    return {
      style: v === 0 ? 'client-address' : 'no-client-address',
      lines,
      truth: { appellant: { name: client, address: v === 0 ? clientAddress : [] }, representative: { name: lawyer, firm, address: office }, firstInstance: null },
    };
  }

  /** A writer in the United States, Canada or Australia: the number before the street, the state and ZIP after the city. */
  overseas(): Written {
    const me = `${this.r.pick(['Kristine', 'Erik', 'Linda', 'Robert', 'Karen', 'Steven'])} ${this.r.pick(['Halvorson', 'Thorsen', 'Olsen', 'Moe', 'Lund', 'Haugen'])}`;
    const where = this.r.int(0, 2);
    const address =
      where === 0
        ? [`${this.r.int(100, 9999)} ${this.r.pick(['Maple Avenue', 'Lake Street', 'Oak Drive', 'Elm Street'])}${this.r.chance(0.4) ? `, Apt ${this.r.int(1, 9)}${this.r.pick(['A', 'B', 'C'])}` : ''}`, this.r.pick(['Minneapolis, MN 55401', 'Seattle, WA 98107', 'Decorah, IA 52101', 'Brooklyn, NY 11220']), 'USA']
        : where === 1
          ? [`${this.r.int(10, 999)} ${this.r.pick(['Bloor Street West', 'Queen Street', 'Granville Street'])}`, this.r.pick(['Toronto, ON M5S 1V6', 'Vancouver, BC V6Z 1K9', 'Calgary, AB T2P 1J9']), 'Canada']
          : [`${this.r.int(1, 99)} ${this.r.pick(['Harbour Road', 'Beach Parade', 'Church Street'])}`, this.r.pick(['Manly NSW 2095', 'St Kilda VIC 3182', 'Fremantle WA 6160']), 'Australia'];
    const lines = [me, ...address, '', ...APPEALS_BODY_HEAD, '', this.r.pick(['March 3, 2025', '14 May 2025', 'September 9, 2025']), '', 'I wish to appeal the decision about my refund. I lived in Norway until last year.', '', this.r.pick(['Sincerely,', 'Best regards,', 'Yours truly,']), me];
    return { style: ['us', 'canada', 'australia'][where]!, lines, truth: this.self(me, address) };
  }
}

const kinds = ['printedMail', 'note', 'flatNumber', 'gpDeclaration', 'hospitalDepartment', 'forParent', 'caseworkerForUser', 'lawFirmFooter', 'overseas'] as const;

export function notesAndInstitutionsLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): NotesAndInstitutionsLetter {
  const rng = new Rng((seed * 49_979_687 + index * 86_028_121 + 11) >>> 0);
  const kind = rng.pick(kinds);
  const lang: StyleLang = kind === 'overseas' ? 'en' : rng.pick<StyleLang>(['nb', 'nb', 'nn']);
  const { style, lines, truth } = new NotesAndInstitutions(rng, postcodes, lang)[kind]();
  return { id: `notes-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function notesAndInstitutionsLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): NotesAndInstitutionsLetter[] {
  return Array.from({ length: count }, (_, i) => notesAndInstitutionsLetter(seed, i, postcodes));
}
