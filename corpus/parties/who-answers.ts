import { Rng } from '../rng.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * A thirteenth slice of the party reader (issue #16, session 14), small (36–48 letters), written from SPEC.md and the
 * issue before any rule was changed for it, without reading any unseen letter: who answers for the appellant.
 * SPEC: `fields.parties` lists who the letter is from and on whose behalf, and the acknowledgement goes to the
 * representative when there is one. So whoever writes *on behalf of* the appellant — a verge, a parent, a spouse or
 * grown child, a care home's or a municipality's employee, an organisation, a lawyer — is the representative, with the
 * address they write from; someone who only helped, or who says they are not acting for the appellant, is not; and the
 * people a letter merely mentions (a doctor, a nurse, a Nav employee, a lawyer who no longer acts) never are.
 * - a verge for an adult (bokmål and nynorsk), the ward's address written or not;
 * - a parent for a child who lives at home (the child is the appellant, the home is the child's address);
 * - a spouse or a grown child «på vegne av», with the fullmakt enclosed or not;
 * - a care home's or a municipality's employee writing for a resident (representative), or having only helped (none);
 * - an organisation: the patients' ombud, a patients' or disability association, a union's lawyer;
 * - a lawyer writing in Swedish, Danish or English;
 * - the appellant's own letter naming the representative only in a «Fullmakt» paragraph at the end;
 * - a writer who says they are not a representative («send svaret til henne»);
 * - the appellant's own letter naming a doctor, a nurse, a Nav employee or a lawyer who no longer acts.
 *
 * Names, streets, organisations and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface WhoAnswersLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: Written['truth'];
}

const given = ['Astrid', 'Bjarte', 'Cecilie', 'Dag Inge', 'Elisabeth', 'Frode', 'Gro', 'Hallstein', 'Ingvild', 'Jarle', 'Katrine', 'Lars Olav', 'Mette', 'Nora', 'Oskar', 'Randi', 'Steinar', 'Trine', 'Unni', 'Vegard', 'Yusuf', 'Zofia'];
const family = ['Aune', 'Berntsen', 'Dyrnes', 'Engen', 'Flatland', 'Gausdal', 'Hagen', 'Indrebø', 'Jacobsen', 'Kolstad', 'Langeland', 'Midtbø', 'Njå', 'Opsahl', 'Ramberg', 'Solheim', 'Tveit', 'Vollan', 'Aziz', 'Kowalska'];
const streets = ['Bakkeveien', 'Elvegata', 'Furuvegen', 'Heggvegen', 'Kongleveien', 'Lerkevegen', 'Mellomveien', 'Nyveien', 'Reinsvollvegen', 'Sagbruksveien', 'Tollbodgata', 'Ulvikvegen'];
const careHomes = ['Bjørkly sykehjem', 'Havblikk omsorgssenter', 'Liaheimen sjukeheim', 'Tunet bofellesskap'];
const municipalities = ['Levanger', 'Kvinnherad', 'Nome', 'Saltdal', 'Hole', 'Vefsn'];
const organisations: [string, string, string][] = [
  ['Pasient- og brukerombudet i Innlandet', 'Postboks 1604', '2606 Lillehammer'],
  ['Norges Handikapforbund Trøndelag', 'Postboks 5014 Sluppen', '7448 Trondheim'],
  ['Landsforeningen for hjerte- og lungesyke, region Vest', 'Kalfarveien 31', '5018 Bergen'],
  ['Norsk Pasientforening', 'Postboks 376 Sentrum', '0102 Oslo'],
];
const unions: [string, string, string][] = [
  ['LO Advokatkontor', 'Postboks 8703 Youngstorget', '0028 Oslo'],
  ['Fagforbundet, juridisk avdeling', 'Postboks 7003 St. Olavs plass', '0130 Oslo'],
];
const swedishFirms: [string, string, string][] = [
  ['Advokatfirman Lindqvist & Berg AB', 'Kungsgatan 14', 'SE-411 19 Göteborg'],
  ['Advokatbyrån Norrsken KB', 'Storgatan 22', 'SE-903 26 Umeå'],
];
const danishFirms: [string, string, string][] = [
  ['Advokatfirmaet Holm & Krogh', 'Vestergade 12', 'DK-8000 Aarhus C'],
  ['Advokatkontoret Søndergaard', 'Jernbanegade 5', 'DK-6700 Esbjerg'],
];
const englishFirms: [string, string, string, string][] = [
  ['Whitfield & Carr LLP', '18 Castle Street', 'Edinburgh EH2 3AT', 'United Kingdom'],
  ['Harrowgate Solicitors', '4 Queen Square', 'Bristol BS1 4JE', 'United Kingdom'],
];

class WhoAnswers extends SliceGenerator {
  name = (): string => `${this.r.pick(given)} ${this.r.pick(family)}`;
  other = (...than: string[]): string => this.unrelated(this.name, ...than);
  address(): string[] {
    const [code, place] = this.postenPlace();
    return [`${this.r.pick(streets)} ${this.r.int(1, 90)}${this.r.chance(0.15) ? 'B' : ''}`, `${code} ${place}`];
  }
  nn = (): boolean => this.lang === 'nn';
  greet = (): string => (this.nn() ? this.r.pick(['Venleg helsing', 'Med helsing']) : this.r.pick(['Vennlig hilsen', 'Med hilsen']));

  /** A verge for an adult writes from their own head; the ward's address in the text or nowhere. */
  guardianForAdult(): Written {
    const verge = this.name();
    const ward = this.other(verge);
    const own = this.address();
    const wardHome = this.address();
    const withAddress = this.r.chance(0.5);
    const nn = this.nn();
    const v = this.r.int(0, 1);
    const body = nn
      ? v === 0
        ? [`Eg er oppnemnd verge for ${ward}${withAddress ? `, ${wardHome.join(', ')}` : ''}, og klagar på vedtaket på vegner av henne.`, 'Vergefullmakta frå Statsforvaltaren ligg ved.']
        : [`Klage på vegner av ${ward}`, '', `Som verge for ${ward} klagar eg på avslaget.${withAddress ? ` ${ward.split(' ')[0]} bur i ${wardHome.join(', ')}.` : ''}`]
      : v === 0
        ? [`Jeg er oppnevnt verge for ${ward}${withAddress ? `, ${wardHome.join(', ')}` : ''}, og klager på vedtaket på hans vegne.`, 'Vergefullmakt fra Statsforvalteren er vedlagt.']
        : [`Klage på vegne av ${ward}`, '', `Som verge for ${ward} klager jeg på avslaget.${withAddress ? ` ${ward.split(' ')[0]} bor i ${wardHome.join(', ')}.` : ''}`];
    const lines = [verge, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...body, '', this.greet(), verge, nn ? 'verje' : 'verge'];
    return {
      style: `${['oppnevnt', 'som-verge'][v]}-${withAddress ? 'ward-address' : 'no-ward-address'}`,
      lines,
      truth: { appellant: { name: ward, address: withAddress ? wardHome : [] }, representative: { name: verge, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A parent writes for a child who lives at home: the child is the appellant, the parent represents them. */
  parentForChild(): Written {
    const parent = this.name();
    const surname = parent.split(' ').at(-1)!;
    const child = this.otherThan(parent, () => `${this.r.pick(given)} ${surname}`);
    const home = this.address();
    const nn = this.nn();
    const v = this.r.int(0, 1);
    const body = nn
      ? v === 0
        ? [`Eg klagar på vegner av dottera mi, ${child}, som er ${this.r.int(4, 16)} år og bur saman med meg på adressa over.`]
        : [`Gjeld: ${child} (barn, bur heime)`, '', 'Som forelder klagar eg på vedtaket på vegner av barnet.']
      : v === 0
        ? [`Jeg klager på vegne av sønnen min, ${child}, som er ${this.r.int(4, 16)} år og bor sammen med meg på adressen over.`]
        : [`Gjelder: ${child} (barn, bor hjemme)`, '', 'Som forelder klager jeg på vedtaket på vegne av barnet.'];
    const lines = [parent, ...home, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', nn ? 'Klage på vedtak om stønad' : 'Klage på vedtak om stønad', '', ...body, '', this.greet(), parent];
    return {
      style: ['sentence', 'gjelder'][v]!,
      lines,
      truth: { appellant: { name: child, address: home }, representative: { name: parent, firm: null, address: home }, firstInstance: null },
    };
  }

  /** A spouse or a grown child writes «på vegne av», the fullmakt enclosed or not: the writer represents the appellant. */
  relativeOnBehalf(): Written {
    const writer = this.name();
    const appellant = this.other(writer);
    const own = this.address();
    const nn = this.nn();
    const who = nn ? this.r.pick(['kona mi', 'mannen min', 'mor mi', 'far min']) : this.r.pick(['min kone', 'min mann', 'min mor', 'min far']);
    const enclosed = this.r.chance(0.5);
    const body = nn
      ? [`Eg skriv denne klagen på vegner av ${who}, ${appellant}, som ikkje klarer å skrive sjølv.`, enclosed ? 'Fullmakt ligg ved.' : 'Vi har avtalt at eg tek meg av saka.']
      : [`Jeg skriver denne klagen på vegne av ${who}, ${appellant}, som ikke klarer å skrive selv.`, enclosed ? 'Fullmakt er vedlagt.' : 'Vi har avtalt at jeg tar meg av saken.'];
    const lines = [writer, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', ...body, '', this.greet(), writer];
    return {
      style: enclosed ? 'fullmakt-enclosed' : 'no-fullmakt',
      lines,
      truth: { appellant: { name: appellant, address: [] }, representative: { name: writer, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A care home's or a municipality's employee writes for a resident (representative), or only helped the resident write (none). */
  employeeForResident(): Written {
    const resident = this.name();
    const employee = this.other(resident);
    const nn = this.nn();
    const careHome = this.r.chance(0.5);
    const institution = careHome ? this.r.pick(careHomes) : `${this.r.pick(municipalities)} kommune, ${nn ? 'tenesta for funksjonshemma' : 'tjenesten for funksjonshemmede'}`;
    const office = this.address();
    const helpedOnly = this.r.chance(0.35);
    const residentHome = this.address();
    if (helpedOnly) {
      // The resident writes and signs; the employee says they only helped: no fullmektig, the letter goes to the resident.
      const lines = [resident, ...residentHome, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', nn ? 'Eg klagar på vedtaket og meiner eg har rett på hjelpa.' : 'Jeg klager på vedtaket og mener jeg har rett på hjelpen.', '', this.greet(), resident, '', nn ? `Klagen er skriven ned av ${employee}, ${institution}, etter ønske frå ${resident.split(' ')[0]}. Eg er ikkje fullmektig.` : `Klagen er skrevet ned av ${employee}, ${institution}, etter ønske fra ${resident.split(' ')[0]}. Jeg er ikke fullmektig.`];
      return { style: `${careHome ? 'care-home' : 'municipality'}-helped-only`, lines, truth: { appellant: { name: resident, address: residentHome }, representative: null, firstInstance: null } };
    }
    const body = nn
      ? [`Eg skriv på vegner av ${resident}, som bur hjå oss og har bede meg klage for seg.`, 'Ho greier ikkje å skrive sjølv.']
      : [`Jeg skriver på vegne av ${resident}, som bor hos oss og har bedt meg klage for seg.`, 'Hun klarer ikke å skrive selv.'];
    const lines = [institution, ...office, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', ...body, '', this.greet(), employee, careHome ? (nn ? 'sjukepleiar' : 'sykepleier') : nn ? 'miljøterapeut' : 'miljøterapeut'];
    return {
      style: `${careHome ? 'care-home' : 'municipality'}-on-behalf`,
      lines,
      truth: { appellant: { name: resident, address: [] }, representative: { name: employee, firm: institution, address: office }, firstInstance: null },
    };
  }

  /** An organisation writes for someone: the patients' ombud, an association, a union's lawyer. */
  organisationForMember(): Written {
    const adviser = this.name();
    const person = this.other(adviser);
    const union = this.r.chance(0.35);
    const [org, street, postcode] = union ? this.r.pick(unions) : this.r.pick(organisations);
    const personHome = this.address();
    const withAddress = this.r.chance(0.5);
    const where = withAddress ? `, ${personHome.join(', ')},` : '';
    const body = union
      ? [`Vi representerer ${person}${where} som er medlem av forbundet, og påklager vedtaket på vegne av vår klient.`, 'Fullmakt følger vedlagt.']
      : [`Vi bistår ${person}${where} med klage på vedtaket og skriver på vegne av ${person.split(' ')[0]}.`, 'Fullmakt er vedlagt.'];
    const lines = [org, street, postcode, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'KLAGE PÅ VEDTAK', '', ...body, '', 'Med vennlig hilsen', adviser, union ? 'advokat' : this.r.pick(['rådgiver', 'seniorrådgiver'])];
    return {
      style: `${union ? 'union-lawyer' : 'organisation'}-${withAddress ? 'address' : 'no-address'}`,
      lines,
      truth: { appellant: { name: person, address: withAddress ? personHome : [] }, representative: { name: adviser, firm: org, address: [street, postcode] }, firstInstance: null },
    };
  }

  /** A lawyer abroad writes in Swedish, Danish or English for a client. */
  lawyerAbroad(): Written {
    const lawyer = this.name();
    const client = this.other(lawyer);
    const v = this.r.int(0, 2);
    const date = this.dottedDate();
    if (v === 2) {
      const [firm, street, city, country] = this.r.pick(englishFirms);
      const lines = [firm, street, city, country, '', ...APPEALS_BODY_HEAD, '', date, '', `Appeal on behalf of ${client}`, '', `We act for ${client} and write on behalf of our client to appeal against your decision.`, 'A signed letter of authority is enclosed.', '', 'Yours faithfully', '', lawyer, 'Solicitor'];
      return { style: 'english', lines, truth: { appellant: { name: client, address: [] }, representative: { name: lawyer, firm, address: [street, city, country] }, firstInstance: null } };
    }
    const [firm, street, postcode] = v === 0 ? this.r.pick(swedishFirms) : this.r.pick(danishFirms);
    const body =
      v === 0
        ? [`Överklagande för ${client}`, '', `Jag företräder ${client} och överklagar härmed beslutet på min klients vägnar.`, 'Fullmakt bifogas.', '', 'Med vänlig hälsning', '', lawyer, 'advokat']
        : [`Klage på vegne af ${client}`, '', `Jeg repræsenterer ${client} og påklager hermed afgørelsen på vegne af min klient.`, 'Fuldmagt vedlægges.', '', 'Med venlig hilsen', '', lawyer, 'advokat'];
    const lines = [firm, street, postcode, '', ...APPEALS_BODY_HEAD, '', date, '', ...body];
    return { style: v === 0 ? 'swedish' : 'danish', lines, truth: { appellant: { name: client, address: [] }, representative: { name: lawyer, firm, address: [street, postcode] }, firstInstance: null } };
  }

  /** The appellant's own letter; the representative named only in a «Fullmakt» paragraph at its end. */
  fullmaktParagraphAtEnd(): Written {
    const appellant = this.name();
    const holder = this.other(appellant);
    const own = this.address();
    const holderAddress = this.address();
    const nn = this.nn();
    const kin = nn ? this.r.pick(['bror min', 'syster mi', 'svigerson min']) : this.r.pick(['min bror', 'min søster', 'min svigersønn']);
    const paragraph = nn
      ? [`Fullmakt: Eg gir ${kin}, ${holder}, ${holderAddress.join(', ')}, fullmakt til å føre klagesaka for meg.`]
      : [`Fullmakt: Jeg gir ${kin}, ${holder}, ${holderAddress.join(', ')}, fullmakt til å føre klagesaken for meg.`];
    const lines = [appellant, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', nn ? 'Eg klagar på vedtaket om avslag på refusjon.' : 'Jeg klager på vedtaket om avslag på refusjon.', '', this.greet(), appellant, '', ...paragraph];
    return { style: 'paragraph', lines, truth: { appellant: { name: appellant, address: own }, representative: { name: holder, firm: null, address: holderAddress }, firstInstance: null } };
  }

  /** A grown child writes for a parent but says they are not acting for her: the answer goes to the parent. */
  notRepresentative(): Written {
    const writer = this.name();
    const mother = this.other(writer);
    const own = this.address();
    const hers = this.address();
    const nn = this.nn();
    const body = nn
      ? [`Eg skriv berre for mor mi, ${mother}, som ikkje har datamaskin. Eg er ikkje fullmektigen hennar.`, `Send svaret til henne: ${hers.join(', ')}.`, 'Ho klagar på vedtaket og meiner ho har rett på stønaden.']
      : [`Jeg skriver bare for min mor, ${mother}, som ikke har PC. Jeg er ikke fullmektig for henne.`, `Send svaret til henne: ${hers.join(', ')}.`, 'Hun klager på vedtaket og mener hun har rett på stønaden.'];
    const lines = [writer, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', ...body, '', this.greet(), writer];
    return { style: 'send-to-her', lines, truth: { appellant: { name: mother, address: hers }, representative: null, firstInstance: null } };
  }

  /** The appellant's own letter naming a doctor, a nurse, a Nav employee or a lawyer who no longer acts: no representative. */
  othersMentioned(): Written {
    const appellant = this.name();
    const mentioned = this.other(appellant);
    const own = this.address();
    const nn = this.nn();
    const v = this.r.int(0, 3);
    const sentence = nn
      ? [
          `Fastlegen min, dr. ${mentioned}, har skrive ei fråsegn som ligg ved.`,
          `Sjukepleiar ${mentioned} i heimetenesta kan stadfeste at eg treng hjelpa.`,
          `Eg snakka med ${mentioned} i Nav, som sa at eg skulle klage til dykk.`,
          `Advokat ${mentioned} hjelpte meg i starten av saka, men er ikkje lenger fullmektigen min. Svaret skal sendast til meg.`,
        ][v]!
      : [
          `Fastlegen min, dr. ${mentioned}, har skrevet en uttalelse som ligger ved.`,
          `Sykepleier ${mentioned} i hjemmetjenesten kan bekrefte at jeg trenger hjelpen.`,
          `Jeg snakket med ${mentioned} i Nav, som sa at jeg skulle klage til dere.`,
          `Advokat ${mentioned} hjalp meg i starten av saken, men er ikke lenger min fullmektig. Svaret skal sendes til meg.`,
        ][v]!;
    const lines = [appellant, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', nn ? 'Eg klagar på vedtaket.' : 'Jeg klager på vedtaket.', sentence, '', this.greet(), appellant];
    return { style: ['doctor', 'nurse', 'nav-employee', 'former-lawyer'][v]!, lines, truth: { appellant: { name: appellant, address: own }, representative: null, firstInstance: null } };
  }
}

const kinds = ['guardianForAdult', 'parentForChild', 'relativeOnBehalf', 'employeeForResident', 'organisationForMember', 'lawyerAbroad', 'fullmaktParagraphAtEnd', 'notRepresentative', 'othersMentioned', 'othersMentioned'] as const;

/** Letter i is of kind i mod 10 (the mentions twice: most letters have no representative), so every kind has its share of a small slice. */
export function whoAnswersLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): WhoAnswersLetter {
  const rng = new Rng((seed * 31_415_821 + index * 47_221_903 + 91) >>> 0);
  const kind = kinds[index % kinds.length]!;
  const lang: StyleLang = kind === 'lawyerAbroad' || kind === 'organisationForMember' ? 'nb' : rng.chance(0.5) ? 'nn' : 'nb';
  const { style, lines, truth } = new WhoAnswers(rng, postcodes, lang)[kind]();
  return { id: `who-answers-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function whoAnswersLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): WhoAnswersLetter[] {
  return Array.from({ length: count }, (_, i) => whoAnswersLetter(seed, i, postcodes));
}
