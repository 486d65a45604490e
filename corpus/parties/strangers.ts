import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { type Written, SliceGenerator } from './common.ts';

/**
 * The third development slice of the party reader (issue #16, session 7): writers and layouts
 * neither earlier slice writes, to measure how the reader fares on what it was not developed on
 * before anything is changed for it. A relative who typed the letter for the appellant under the
 * appellant's own head, a guardian (verge), a municipality's social worker writing for a client, a law
 * firm whose letterhead lists several offices, the writer's address only in a footer, spouses who write
 * together about one of them, the appellant named only in a "Gjelder:" line, rural addresses without a
 * street number, apartment lines, c/o an organisation, post boxes with a place, Nordic postcodes with
 * their country prefix, heads in capitals as OCR reads a shouted header, and a name broken over two
 * lines of a narrow head.
 *
 * Written from SPEC.md's "Parties and outgoing letters" and the issue's list of writers; never from
 * the unseen-writer set's letters, and its names, streets and sentences are its own (no pool shared
 * with styles.ts or writers.ts). Norwegian postcodes are Posten's; national ids are synthetic
 * (birth month + 80).
 */
export interface StrangerLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Borghild', 'Sverre', 'Randi', 'Asbjørn', 'Solveig', 'Trygve', 'Ragnhild', 'Kåre', 'Aud', 'Einar', 'Marit', 'Halvard', 'Bjørg', 'Odd', 'Liv', 'Geir', 'Turid', 'Reidar', 'Sunniva', 'Mathias', 'Emilie', 'Sander', 'Vilde', 'Jonas', 'Thea', 'Fatima', 'Omar', 'Agnieszka', 'Piotr', 'Linh', 'Mehmet', 'Zainab'];
const middle = ['Elise', 'Karin', 'Andreas', 'Kristoffer', 'Margrethe', 'Sofie', 'Emil', 'Louise'];
const family = ['Brekke', 'Fjeld', 'Grønvold', 'Hammer', 'Iversen', 'Jacobsen', 'Kolstad', 'Langeland', 'Myhre', 'Nesheim', 'Opsahl', 'Pettersen', 'Rønning', 'Solberg', 'Thorsen', 'Ulvestad', 'Vik', 'Wiik', 'Ødegård', 'Aune', 'Bakken', 'Dahle', 'Eide', 'Farstad', 'Grande', 'Husby', 'Kowalski', 'Nguyen', 'Yilmaz', 'Hussein'];
const sweGiven = ['Ebba', 'Hugo', 'Alva', 'Vilgot', 'Saga', 'Ludvig'];
const sweFamily = ['Lindqvist', 'Bergström', 'Eklund', 'Wallin', 'Forsberg', 'Sundberg'];
const danGiven = ['Signe', 'Anders', 'Karoline', 'Troels', 'Birgitte', 'Søren'];
const danFamily = ['Lauridsen', 'Christensen', 'Madsen', 'Thomsen', 'Mikkelsen', 'Holm'];
const engGiven = ['Fiona', 'Graham', 'Alison', 'Stuart', 'Joanna', 'Neil'];
const engFamily = ['Fletcher', 'Morrison', 'Gallagher', 'Pritchard', 'Dawson', 'Mitchell'];

const streets = ['Granittveien', 'Kirkebakken', 'Solhaugvegen', 'Strandpromenaden', 'Fjellstien', 'Bekkeveien', 'Løkkegata', 'Vardeveien', 'Elvebakken', 'Storlien', 'Prestegårdsvegen', 'Sjøgata', 'Industrigata', 'Kløverveien', 'Åsveien', 'Tunvegen', 'Doktor Holms vei', 'Øvre Storgate', 'Lensmann Hiorths vei', 'Kong Oscars gate'];
/** Farms and places written with no street number, as rural addresses are. */
const farms = ['Nordre Bjørnstad', 'Haugetun', 'Myrvang gård', 'Søndre Li', 'Bakkebø', 'Øvre Rud', 'Granly', 'Lisletta', 'Vestre Holm', 'Sætre gård', 'Fjellheim', 'Tjønnås'];
const bygder = ['Sørbygda', 'Nordbygda', 'Vestsida', 'Austbygdi', 'Innbygda'];
const careOrgs = ['Kirkens Bymisjon', 'Frelsesarmeen', 'Fontenehuset', 'Blå Kors', 'Tyrilistiftelsen'];
const municipalities = ['Ringsaker', 'Bærum', 'Lindesnes', 'Steinkjer', 'Voss', 'Sortland', 'Kongsberg', 'Molde'];
const municipalUnits = ['Tildelingskontoret', 'Tjenestekontoret for helse og omsorg', 'Psykisk helse og rus', 'Hjemmetjenesten', 'Boveiledertjenesten'];
const workerTitles = ['sosionom', 'miljøterapeut', 'vernepleier', 'koordinator', 'avdelingsleder'];
const lawFirms = ['Advokatfirmaet Steen & Wollan AS', 'Haavind Strøm Advokater DA', 'Advokatfirmaet Østby, Rye & Co AS', 'Torvald Eng Advokatkontor'];
const officeTowns: [string, string[]][] = [
  ['Oslo', ['Dronning Mauds gate 11', '0250 Oslo']],
  ['Bergen', ['Olav Kyrres gate 9', '5014 Bergen']],
  ['Trondheim', ['Munkegata 26', '7011 Trondheim']],
  ['Tromsø', ['Storgata 95', '9008 Tromsø']],
  ['Kristiansand', ['Markens gate 33', '4611 Kristiansand S']],
];
const swedishPlaces: [string, string][] = [['831 30', 'Östersund'], ['652 24', 'Karlstad'], ['972 31', 'Luleå'], ['451 31', 'Uddevalla']];
const danishPlaces: [string, string][] = [['6700', 'Esbjerg'], ['8800', 'Viborg'], ['3700', 'Rønne'], ['6400', 'Sønderborg']];

const ownHeads = [
  ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad', '0604 Oslo'],
  ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'],
];

const appeal: Record<StyleLang, string[]> = {
  nb: ['Vedtaket om avslag på dekning av utgifter til briller påklages.', 'Det klages over vedtaket om stønad til reiseutgifter, fordi opplysningene om behandlingen ikke ble vurdert.'],
  nn: ['Vedtaket om avslag på stønad til høyreapparat vert påklaga.', 'Det vert klaga på vedtaket fordi legeerklæringa ikkje vart vurdert.'],
  sv: ['Beslutet om avslag på ersättning för resekostnader överklagas.', 'Beslutet bör ändras eftersom läkarintyget inte beaktades.'],
  da: ['Afgørelsen om afslag på tilskud til høreapparat påklages.', 'Afgørelsen bør ændres, da lægeerklæringen ikke blev taget i betragtning.'],
  en: ['The decision to refuse the cost of hearing aids is appealed.', 'The decision should be changed, as the medical statement was not considered.'],
};
const closings: Record<StyleLang, string[]> = {
  nb: ['Med hilsen', 'Vennlig hilsen'],
  nn: ['Helsing', 'Med helsing'],
  sv: ['Hälsningar', 'Med vänliga hälsningar'],
  da: ['Med venlig hilsen', 'Hilsen'],
  en: ['Yours faithfully', 'With best wishes'],
};


const person = (name: string, address: string[]) => ({ name, address });
const none = { representative: null, firstInstance: null };

class Strangers extends SliceGenerator {
  name(lang: StyleLang = this.lang): string {
    const r = this.r;
    if (lang === 'sv' && r.chance(0.6)) return `${r.pick(sweGiven)} ${r.pick(sweFamily)}`;
    if (lang === 'da' && r.chance(0.6)) return `${r.pick(danGiven)} ${r.pick(danFamily)}`;
    if (lang === 'en' && r.chance(0.5)) return `${r.pick(engGiven)} ${r.pick(engFamily)}`;
    const first = r.chance(0.25) ? `${r.pick(given)} ${r.pick(middle)}` : r.pick(given);
    const last = r.chance(0.12) ? `${r.pick(family)} ${r.pick(family)}` : r.pick(family);
    return `${first} ${last}`;
  }

  other(than: string): string {
    for (;;) {
      const n = this.name();
      if (n.split(' ').at(-1) !== than.split(' ').at(-1)) return n;
    }
  }

  /** Posten's place as a writer writes it: ordinary case mostly, sometimes Posten's capitals. */
  postcodeLine(): string {
    const [code, place] = this.r.pick(this.codes);
    const cased = this.r.chance(0.2) ? place : place.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase()).replace(/ I /gu, ' i ');
    return `${code} ${cased}`;
  }

  street(): string {
    return `${this.r.pick(streets)} ${this.r.int(1, 140)}${this.r.chance(0.1) ? this.r.pick(['A', 'B']) : ''}`;
  }

  address(): string[] {
    return [this.street(), this.postcodeLine()];
  }

  date(): string {
    return `${this.r.int(1, 28)}.${String(this.r.int(1, 12)).padStart(2, '0')}.2025`;
  }

  nationalId(): string {
    const r = this.r;
    for (;;) {
      const body = `${String(r.int(1, 28)).padStart(2, '0')}${r.int(81, 92)}${String(r.int(30, 99)).padStart(2, '0')}${String(r.int(100, 499)).padStart(3, '0')}`;
      const d = [...body].map(Number);
      const k1 = (11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11)) % 11;
      if (k1 === 10) continue;
      const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...d, k1][i]!, 0) % 11)) % 11;
      if (k2 === 10) continue;
      return `${body}${k1}${k2}`;
    }
  }

  body(): string {
    return this.r.pick(appeal[this.lang]);
  }

  close(...signers: string[]): string[] {
    return ['', this.r.pick(closings[this.lang]), '', ...signers];
  }

  own(): string[] {
    return this.r.pick(ownHeads);
  }

  /** A son or daughter typed the letter for a parent, under the parent's own head. */
  relativeTyped(): Written {
    const parent = this.name();
    const address = this.address();
    // The helper shares the surname, never the given name (two people of one name would make the truth a guess).
    let child = `${this.r.pick(given)} ${parent.split(' ').at(-1)}`;
    while (child.split(' ')[0] === parent.split(' ')[0]) child = `${this.r.pick(given)} ${parent.split(' ').at(-1)}`;
    const role = this.r.pick(['datter', 'sønn']);
    const said: Record<StyleLang, string> = {
      nb: `Dette brevet er skrevet av meg, ${child}, på vegne av min ${this.r.pick(['far', 'mor'])} ${parent}, som ikke klarer å skrive selv.`,
      nn: `Dette brevet er skrive av meg, ${child}, på vegner av ${this.r.pick(['far min', 'mor mi'])} ${parent}, som ikkje klarar å skrive sjølv.`,
      sv: `Detta brev är skrivet av mig, ${child}, för min ${this.r.pick(['pappa', 'mamma'])} ${parent}, som inte kan skriva själv.`,
      da: `Dette brev er skrevet af mig, ${child}, på vegne af min ${this.r.pick(['far', 'mor'])} ${parent}, som ikke selv kan skrive.`,
      en: `This letter is written by me, ${child}, on behalf of my ${this.r.pick(['father', 'mother'])} ${parent}, who cannot write it himself.`,
    };
    const v = this.r.int(0, 1);
    const signed = v === 0 ? this.close(`${child} (${role})`) : this.close(parent, '', `${this.r.pick(['Skrevet av', 'Ført i pennen av'])} ${child}`);
    return {
      style: v === 0 ? 'child-signs' : 'parent-signs',
      lines: [parent, ...address, '', ...this.own(), '', this.date(), '', said[this.lang], this.body(), ...signed],
      truth: { appellant: person(parent, address), representative: { name: child, firm: null, address: [] }, firstInstance: null },
    };
  }

  /** A guardian (verge) writes from their own head for the ward; the ward's address in a sentence or not at all. */
  guardian(): Written {
    const verge = this.name('nb');
    const own = this.address();
    const ward = this.other(verge);
    const wardAddress = this.address();
    const v = this.r.int(0, 2);
    const intro =
      this.lang === 'nn'
        ? `Eg er oppnemnd som verje for ${ward}, fødd ${this.date().replace('2025', String(this.r.int(1940, 1990)))}, og klagar på vegner av ${this.r.pick(['han', 'henne'])}.`
        : `Jeg er oppnevnt som verge for ${ward}, født ${this.date().replace('2025', String(this.r.int(1940, 1990)))}, og klager på vegne av ${this.r.pick(['ham', 'henne'])}.`;
    const where = v === 0 ? [`${ward} ${this.lang === 'nn' ? 'har adresse' : 'har adresse'} ${wardAddress.join(', ')}.`] : v === 1 ? [`${this.lang === 'nn' ? 'Adressa til' : 'Adressen til'} ${ward.split(' ')[0]} er ${wardAddress.join(', ')}.`] : [];
    const title = this.r.pick(['verge', 'oppnevnt verge', 'Verge']);
    return {
      style: ['address-sentence', 'address-of', 'no-address'][v]!,
      lines: [verge, ...own, '', ...this.own(), '', this.date(), '', this.lang === 'nn' ? 'Klage på vedtak' : 'Klage på vedtak', '', intro, ...where, this.body(), ...this.close(verge, title)],
      truth: { appellant: person(ward, v === 2 ? [] : wardAddress), representative: { name: verge, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A municipality's social worker writes for a client from the municipality's letterhead. */
  socialWorker(): Written {
    const kommune = `${this.r.pick(municipalities)} kommune`;
    const unit = this.r.pick(municipalUnits);
    const box = [`Postboks ${this.r.int(10, 900)}`, this.postcodeLine()];
    const worker = this.name('nb');
    const client = this.other(worker);
    const clientAddress = this.address();
    const v = this.r.int(0, 2);
    const text =
      v === 0
        ? [`Vi skriver på vegne av ${client}, ${clientAddress.join(', ')}, som mottar tjenester fra kommunen.`, `${client.split(' ')[0]} ønsker å klage på vedtaket og har bedt oss om hjelp.`]
        : v === 1
          ? [`Bruker: ${client}`, `Adresse: ${clientAddress.join(', ')}`, '', 'Kommunen bistår bruker med å klage på vedtaket.']
          : [`Vi bistår ${client} med denne klagen. ${client.split(' ')[0]} har samtykket til at vi skriver på ${this.r.pick(['hans', 'hennes'])} vegne.`];
    return {
      style: ['inline', 'labelled', 'no-address'][v]!,
      lines: [kommune.toUpperCase(), unit, ...box, '', ...this.own(), '', `Vår ref.: ${this.r.int(20, 25)}/${this.r.int(100, 9999)}`, this.date(), '', ...text, this.body(), ...this.close(worker, this.r.pick(workerTitles)), '', `Tlf. ${this.r.int(40, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)} ${this.r.int(10, 99)}`],
      truth: { appellant: person(client, v === 2 ? [] : clientAddress), representative: { name: worker, firm: kommune, address: box }, firstInstance: null },
    };
  }

  /** A law firm whose letterhead or footer lists several offices, each with its address. */
  lawFirm(): Written {
    const firm = this.r.pick(lawFirms);
    const offices = this.r.shuffle(officeTowns).slice(0, this.r.int(2, 3));
    const lawyer = this.name('nb');
    const client = this.other(lawyer);
    const clientAddress = this.address();
    const footer = this.r.chance(0.5);
    const officeLines = offices.map(([town, a]) => `${town}: ${a.join(', ')}`);
    const head = footer ? [firm.toUpperCase()] : [firm, ...officeLines];
    const v = this.r.int(0, 1);
    const client1 = v === 0 ? [`Vi er engasjert av ${client}, ${clientAddress.join(', ')}, i saken om refusjon.`] : [`Vi er engasjert av ${client} i saken om refusjon.`];
    return {
      style: `${footer ? 'footer' : 'head'}-${v === 0 ? 'client-address' : 'no-client-address'}`,
      lines: [...head, '', ...this.own(), '', this.date(), '', ...client1, `På vegne av vår klient påklages vedtaket.`, ...this.close(lawyer, 'advokat'), ...(footer ? ['', '', officeLines.join(' | ')] : [])],
      truth: { appellant: person(client, v === 0 ? clientAddress : []), representative: { name: lawyer, firm, address: [] }, firstInstance: null },
    };
  }

  /** The writer's own letter: no head, the address in a footer line after the signature. */
  footer(): Written {
    const me = this.name();
    const address = this.address();
    const sep = this.r.pick([' · ', ' | ', ' – ', ', ']);
    const phone = `${this.r.pick(['Tlf.', 'Mobil', 'Tel.'])} ${this.r.int(400, 999)} ${this.r.int(10, 99)} ${this.r.int(100, 999)}`;
    const v = this.r.int(0, 1);
    const foot = v === 0 ? [[me, ...address, phone].join(sep)] : [[me, ...address].join(sep), phone];
    return {
      style: v === 0 ? 'one-line' : 'two-lines',
      lines: [...this.own(), '', this.date(), '', this.body(), this.lang === 'en' ? 'I ask for a new assessment.' : 'Jeg ber om en ny vurdering.', ...this.close(me), '', '', '_'.repeat(40), ...foot],
      truth: { appellant: person(me, address), ...none },
    };
  }

  /** Spouses write together; the decision concerns one of them, at their shared address. */
  spouses(): Written {
    const surname = this.r.pick(family);
    const a = `${this.r.pick(given)} ${surname}`;
    let b = `${this.r.pick(given)} ${surname}`;
    while (b === a) b = `${this.r.pick(given)} ${surname}`;
    const address = this.address();
    const v = this.r.int(0, 2);
    // Either of them may be the one the decision concerns; the head names both.
    const concerned = this.r.chance(0.5) ? a : b;
    const head = v === 0 ? [a, b, ...address] : v === 1 ? [`${a} og ${b}`, ...address] : [`${a.split(' ')[0]} og ${b}`, ...address];
    const about: Record<StyleLang, string> = {
      nb: `Vedtaket gjelder ${concerned}, og vi klager på det sammen.`,
      nn: `Vedtaket gjeld ${concerned}, og vi klagar på det saman.`,
      sv: `Beslutet gäller ${concerned}, och vi överklagar det tillsammans.`,
      da: `Afgørelsen vedrører ${concerned}, og vi klager over den sammen.`,
      en: `The decision concerns ${concerned}, and we appeal against it together.`,
    };
    return {
      style: ['two-lines', 'og', 'shared-surname'][v]!,
      lines: [...head, '', ...this.own(), '', this.date(), '', about[this.lang], this.body(), ...this.close(`${a}${' '.repeat(8)}${b}`)],
      truth: { appellant: person(concerned, address), ...none },
    };
  }

  /** The appellant named only in a "Gjelder:" line of a letter someone else signs (no head, or an institution's). */
  regardingOnly(): Written {
    const appellant = this.name('nb');
    const writer = this.other(appellant);
    const address = this.address();
    const v = this.r.int(0, 2);
    const label = this.r.pick(['Gjelder:', 'Gjeld:', 'Angår:']);
    const line = v === 0 ? `${label} ${appellant} – klage på vedtak` : v === 1 ? `${label} ${appellant}, ${address.join(', ')}` : `${label} Klage på vedtak om refusjon – ${appellant}, f. ${this.date().replace('2025', String(this.r.int(1935, 1995)))}`;
    const institution = `${this.r.pick(['Solsiden', 'Fjordly', 'Lindeberg', 'Tunheim'])} ${this.r.pick(['omsorgssenter', 'bo- og behandlingssenter', 'sykehjem'])}`;
    return {
      style: ['topic-after', 'address-after', 'birth-date'][v]!,
      lines: [...this.own(), '', this.date(), '', line, '', `${appellant.split(' ')[0]} har bedt meg sende denne klagen.`, this.body(), ...this.close(writer, `${this.r.pick(['avdelingssykepleier', 'primærkontakt'])}, ${institution}`)],
      truth: { appellant: person(appellant, v === 1 ? address : []), representative: null, firstInstance: null },
    };
  }

  /** A rural address: a farm or a place with no street number. */
  rural(): Written {
    const me = this.name();
    const v = this.r.int(0, 2);
    const postcode = this.postcodeLine();
    const address = v === 0 ? [this.r.pick(farms), postcode] : v === 1 ? [this.r.pick(farms), this.r.pick(bygder), postcode] : [`${this.r.pick(farms)}, ${postcode}`];
    const head = v === 2 ? [`${me}, ${address[0]}`] : [me, ...address];
    return { style: ['farm', 'farm-bygd', 'one-line'][v]!, lines: [...head, '', ...this.own(), '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: person(me, address), ...none } };
  }

  /** An apartment written as its own line, or after the street; c/o an organisation; a post box with its place. */
  deliveryLines(): Written {
    const me = this.name();
    const postcode = this.postcodeLine();
    const v = this.r.int(0, 3);
    const flat = `H0${this.r.int(1, 6)}0${this.r.int(1, 9)}`;
    const address =
      v === 0
        ? [this.street(), `Leilighet ${flat}`, postcode]
        : v === 1
          ? [`${this.street()}, ${this.r.pick(['leil.', 'leilighet'])} ${this.r.int(101, 512)}`, postcode]
          : v === 2
            ? [`${this.r.pick(['c/o', 'C/O'])} ${this.r.pick(careOrgs)}`, this.street(), postcode]
            : [`Postboks ${this.r.int(2, 999)} ${this.r.pick(['Sentrum', 'Torvet', 'Nordnes', 'Sandviken'])}`, postcode];
    return { style: ['flat-line', 'flat-after', 'care-of-org', 'box-place'][v]!, lines: [me, ...address, '', ...this.own(), '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: person(me, address), ...none } };
  }

  /** Nordic postcodes written with their country's prefix, a Norwegian's "N-" or "NO-" too. */
  prefixed(): Written {
    const v = this.r.int(0, 2);
    let me: string;
    let address: string[];
    if (v === 0) {
      me = this.name('sv');
      const [code, town] = this.r.pick(swedishPlaces);
      address = [`${this.r.pick(['Storgatan', 'Kyrkvägen', 'Parkvägen'])} ${this.r.int(1, 60)}`, `${this.r.pick(['S-', 'SE-', 'SE '])}${code} ${town}`];
    } else if (v === 1) {
      me = this.name('da');
      const [code, town] = this.r.pick(danishPlaces);
      address = [`${this.r.pick(['Torvegade', 'Nørregade', 'Havnevej'])} ${this.r.int(1, 60)}`, `${this.r.pick(['DK-', 'DK '])}${code} ${town}`];
    } else {
      me = this.name('nb');
      const [code, ...place] = this.postcodeLine().split(' ');
      address = [this.street(), `${this.r.pick(['N-', 'NO-'])}${code} ${place.join(' ')}`];
    }
    return { style: ['swedish', 'danish', 'norwegian'][v]!, lines: [me, ...address, '', ...this.own(), '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: person(me, address), ...none } };
  }

  /** A head in capitals, as a shouted header or an old typewriter writes it; the signature in ordinary case. */
  capitals(): Written {
    const me = this.name();
    const address = this.address();
    const upper = address.map((l) => l.toUpperCase());
    const v = this.r.int(0, 1);
    const head = v === 0 ? [me.toUpperCase(), ...upper] : [me.toUpperCase(), upper.join(', ')];
    return { style: v === 0 ? 'block' : 'one-line-address', lines: [...head, '', ...this.own(), '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: person(me, upper), ...none } };
  }

  /** A narrow head that breaks a long name over two lines; the signature writes it on one. */
  brokenName(): Written {
    const first = `${this.r.pick(given)} ${this.r.pick(middle)}`;
    const last = `${this.r.pick(family)}${this.r.chance(0.5) ? `-${this.r.pick(family)}` : ` ${this.r.pick(family)}`}`;
    const me = `${first} ${last}`;
    const address = this.address();
    return { style: 'head', lines: [first, last, ...address, '', ...this.own(), '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: person(me, address), ...none } };
  }

  /** The appellant's id written under a relative's signature block, the relative's own address in the head. */
  idInRelativeLetter(): Written {
    const writer = this.name();
    const own = this.address();
    const appellant = this.other(writer);
    const id = this.nationalId();
    return {
      style: 'id-line',
      lines: [writer, ...own, '', ...this.own(), '', this.date(), '', `Klagen gjelder ${this.r.pick(['min bror', 'min søster', 'min svigermor', 'min onkel'])}.`, `Navn: ${appellant}`, `Personnummer: ${id}`, '', this.body(), 'Jeg har fullmakt, se vedlegg.', ...this.close(writer)],
      truth: { appellant: person(appellant, []), representative: { name: writer, firm: null, address: own }, firstInstance: null },
    };
  }
}

const kinds = ['relativeTyped', 'guardian', 'socialWorker', 'lawFirm', 'footer', 'spouses', 'regardingOnly', 'rural', 'deliveryLines', 'prefixed', 'capitals', 'brokenName', 'idInRelativeLetter'] as const;
const norwegianOnly = new Set<(typeof kinds)[number]>(['guardian', 'socialWorker', 'lawFirm', 'regardingOnly', 'idInRelativeLetter', 'prefixed', 'rural', 'deliveryLines', 'brokenName']);

/** One letter; the same seed and index always give the same letter. */
export function strangerLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): StrangerLetter {
  const rng = new Rng((seed * 15_485_863 + index * 32_452_843 + 7) >>> 0);
  const kind = rng.pick(kinds);
  const lang: StyleLang = norwegianOnly.has(kind) ? rng.pick<StyleLang>(['nb', 'nb', 'nn']) : rng.pick<StyleLang>(['nb', 'nb', 'nn', 'sv', 'da', 'en']);
  const { style, lines, truth } = new Strangers(rng, postcodes, lang)[kind]();
  return { id: `stranger-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function strangerLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): StrangerLetter[] {
  return Array.from({ length: count }, (_, i) => strangerLetter(seed, i, postcodes));
}
