import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * A tenth slice of the party reader (issue #16, session 11), written from SPEC.md and the issue's list of
 * writers before anything was changed for it, without reading any unseen letter: letters a representative
 * writes, where whose address is whose must be read from who the letter is FROM and on whose BEHALF.
 * - a law firm's letterhead with the client named only in a «Vedr.:», «Sak:» or «Klient:» line;
 * - an interest organisation (LHL, Norsk Revmatikerforbund, Diabetesforbundet, …) writing for a member;
 * - a municipality's service office that wrote down a resident's appeal at the counter (a clerk, no representative);
 * - a guardian (verge) appointed by Statsforvalteren, the ward in a «Vergehaver:» block or nowhere;
 * - a helper's head at the top and the appellant's own block below the body;
 * - a neighbour or a support contact writing from their own head, the appellant's address nowhere
 *   (the helper's address must not become the appellant's);
 * - a solicitor in the United Kingdom writing in English for a Norwegian pensioner.
 *
 * Names, streets, firms and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface RepresentativesAndOfficesLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Agnete', 'Bendik', 'Cecilie', 'Eirik', 'Frøydis', 'Geir Arne', 'Hilde', 'Ingvild', 'Jostein', 'Kristoffer', 'Liv Randi', 'Magnhild', 'Njål', 'Oline', 'Peder', 'Ragnfrid', 'Sindre', 'Torunn', 'Ulrik', 'Vigdis', 'Yusuf', 'Zofia', 'Thanh', 'Amina'];
const family = ['Alsaker', 'Brekken', 'Dyrnes', 'Eide', 'Flatebø', 'Grimstad', 'Hovland', 'Jakobsen', 'Kvamme', 'Lien', 'Moldestad', 'Nygård', 'Opsahl', 'Reitan', 'Skogen', 'Tjelle', 'Ulvestad', 'Wiik', 'Årdal', 'Kowalska', 'Tran', 'Osman'];
const streets = ['Alléveien', 'Bakkegata', 'Elvebakken', 'Furulia', 'Granstien', 'Hagebyveien', 'Jernbanegata', 'Kløverveien', 'Lyngvegen', 'Måkeveien', 'Prestegårdsvegen', 'Smedgata', 'Torvgata', 'Vardeveien'];

const lawFirms = ['Advokatfirmaet Brekke Sunde AS', 'Advokatene Hovda & Lindeman ANS', 'Advokatkontoret Fjeldstad', 'Advokatfirma Nilsen Rye DA', 'Torgersen Advokatfirma AS'];
const organisations: readonly (readonly [string, string, string])[] = [
  ['LHL Trøndelag', 'Postboks 4230 Sluppen', '7435 Trondheim'],
  ['Norsk Revmatikerforbund', 'Postboks 2653 Solli', '0203 Oslo'],
  ['Diabetesforbundet, rettighetstjenesten', 'Postboks 6442 Etterstad', '0605 Oslo'],
  ['Norges Astma- og Allergiforbund', 'Postboks 2603 St. Hanshaugen', '0131 Oslo'],
  ['Mental Helse Vestland', 'Kaigaten 4', '5015 Bergen'],
  ['Norges Parkinsonforbund', 'Karl Johans gate 7', '0154 Oslo'],
];
const municipalities = ['Stjørdal', 'Lørenskog', 'Ringsaker', 'Eigersund', 'Sortland', 'Tynset', 'Askøy', 'Levanger'];

class RepresentativesAndOffices extends SliceGenerator {
  name(): string {
    return `${this.r.pick(given)} ${this.r.pick(family)}`;
  }

  other(...than: string[]): string {
    return this.unrelated(() => this.name(), ...than);
  }

  address(): string[] {
    const [code, place] = this.postenPlace();
    return [`${this.r.pick(streets)} ${this.r.int(1, 120)}${this.r.chance(0.15) ? this.r.pick(['A', 'B', 'C']) : ''}`, `${code} ${place}`];
  }

  ref(): string {
    return `${this.r.int(20, 25)}/${this.r.int(100, 9999)}`;
  }

  /** A law firm's letterhead; the client named only in a regarding, case or client line, with or without the client's address. */
  firmRegarding(): Written {
    const lawyer = this.name();
    const client = this.other(lawyer);
    const firm = this.r.pick(lawFirms);
    const office = this.address();
    const clientAddress = this.address();
    const withAddress = this.r.chance(0.4);
    const v = this.r.int(0, 2);
    const who = withAddress ? `${client}, ${clientAddress.join(', ')}` : client;
    const regarding = v === 0 ? `Vedr.: Klage på vedtak – ${who}` : v === 1 ? `Sak: ${who} – klage over avslag` : `Klient: ${who}`;
    const head = [firm, ...office, `Telefon ${this.phonePairs()}`, `Org.nr. ${this.r.int(900, 999)} ${this.r.int(100, 999)} ${this.r.int(100, 999)}`];
    const lines = [
      ...head,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      `Deres ref.:   Vår ref.: ${this.r.int(1000, 9999)}-${this.r.int(1, 99)}   Ansvarlig advokat: ${lawyer}`,
      `${office[1]!.split(' ').slice(1).join(' ')}, ${this.dottedDate()}`,
      '',
      regarding,
      '',
      this.r.pick(['Vi viser til vedtaket og påklager det på vegne av vår klient.', 'Undertegnede er engasjert i saken, og vedtaket påklages herved.', 'Vedtaket påklages. Fullmakt vedlegges.']),
      'Begrunnelse ettersendes innen fristen.',
      '',
      'Med vennlig hilsen',
      firm,
      '',
      lawyer,
      this.r.pick(['advokat', 'Advokat', 'partner/advokat']),
    ];
    return {
      style: `${['vedr', 'sak', 'klient'][v]}-${withAddress ? 'client-address' : 'no-client-address'}`,
      lines,
      truth: { appellant: { name: client, address: withAddress ? clientAddress : [] }, representative: { name: lawyer, firm, address: office }, firstInstance: null },
    };
  }

  /** An interest organisation writes for a member: the member in a sentence or a «Medlem:» line, the member's address or none. */
  memberOrganisation(): Written {
    const adviser = this.name();
    const member = this.other(adviser);
    const org = this.r.pick(organisations);
    const memberAddress = this.address();
    const v = this.r.int(0, 2);
    const text =
      v === 0
        ? [`Vi skriver på vegne av vårt medlem ${member}, ${memberAddress.join(', ')}.`, `${member.split(' ')[0]} klager på vedtaket og har gitt oss fullmakt.`]
        : v === 1
          ? [`Medlem: ${member} (medlemsnr. ${this.r.int(10000, 99999)})`, '', 'Forbundet bistår medlemmet med klage på vedtaket. Fullmakt ligger ved.']
          : [`${member} er medlem hos oss og har bedt om hjelp til å klage.`, 'Vi klager derfor på vedtaket på medlemmets vegne.'];
    const lines = [org[0], org[1], org[2], `Sentralbord ${this.phonePairs()}`, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'KLAGE PÅ VEDTAK', '', ...text, '', 'Med vennlig hilsen', `for ${org[0]}`, adviser, this.r.pick(['rettighetsrådgiver', 'likeperson', 'juridisk rådgiver'])];
    return {
      style: ['sentence-address', 'member-line', 'no-address'][v]!,
      lines,
      truth: { appellant: { name: member, address: v === 0 ? memberAddress : [] }, representative: { name: adviser, firm: org[0], address: [org[1], org[2]] }, firstInstance: null },
    };
  }

  /** A municipality's service office wrote down a resident's appeal at the counter; the resident in a labelled block, no representative. */
  serviceOffice(): Written {
    const clerk = this.name();
    const resident = this.other(clerk);
    const kommune = `${this.r.pick(municipalities)} kommune`;
    const [code, place] = this.postenPlace();
    const box = [`Postboks ${this.r.int(20, 400)}`, `${code} ${place}`];
    const residentAddress = this.address();
    const v = this.r.int(0, 2);
    const block =
      v === 0
        ? ['Innbygger:', resident, ...residentAddress]
        : v === 1
          ? [`Innbyggerens navn: ${resident}`, `Adresse: ${residentAddress[0]}`, `Postnr./sted: ${residentAddress[1]}`]
          : [`Innbygger: ${resident}`];
    const lines = [
      kommune,
      this.r.pick(['Servicetorget', 'Innbyggertorget', 'Servicekontoret']),
      ...box,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      this.dottedDate(),
      '',
      'Klage mottatt muntlig ved servicetorget',
      '',
      'Klagen under ble levert muntlig ved skranken og skrevet ned av oss etter innbyggerens ønske.',
      '',
      ...block,
      '',
      '«Jeg er uenig i vedtaket og ber om at saken vurderes på nytt.»',
      '',
      'Med hilsen',
      clerk,
      this.r.pick(['servicekonsulent', 'førstesekretær', 'rådgiver']),
    ];
    return {
      style: ['block', 'fields', 'no-address'][v]!,
      lines,
      // A clerk who wrote an appeal down is no fullmektig: the acknowledgement goes to the resident (SPEC).
      truth: { appellant: { name: resident, address: v === 2 ? [] : residentAddress }, representative: null, firstInstance: null },
    };
  }

  /** A guardian appointed by Statsforvalteren writes from their own head; the ward in a «Vergehaver:» block, a line, or nowhere. */
  appointedGuardian(): Written {
    const verge = this.name();
    const ward = this.other(verge);
    const own = this.address();
    const wardAddress = this.address();
    const office = this.r.pick(['Statsforvalteren i Vestland', 'Statsforvalteren i Innlandet', 'Statsforvalteren i Nordland', 'Statsforvalteren i Oslo og Viken']);
    const v = this.r.int(0, 2);
    const about = v === 0 ? ['Vergehaver:', ward, ...wardAddress] : v === 1 ? [`Vergehaver: ${ward}, ${wardAddress.join(', ')}`] : [`Vergehaver: ${ward}`];
    const lines = [
      verge,
      ...own,
      `Mobil ${this.r.int(400, 999)} ${this.r.int(10, 99)} ${this.r.int(100, 999)}`,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      this.dottedDate(),
      '',
      ...about,
      `Vergemålsreferanse: ${office}, sak ${this.ref()}`,
      '',
      `Jeg ble oppnevnt som verge av ${office}, og mandatet omfatter saker hos Nav og Helfo.`,
      'Som verge klager jeg på vedtaket. Kopi av vergefullmakten følger vedlagt.',
      '',
      'Vennlig hilsen',
      verge,
      this.r.pick(['oppnevnt verge', 'verge', 'fast verge']),
    ];
    return {
      style: ['ward-block', 'ward-line', 'no-ward-address'][v]!,
      lines,
      truth: { appellant: { name: ward, address: v === 2 ? [] : wardAddress }, representative: { name: verge, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A helper's own head at the top; the appellant's own name and address block below the body, before or after the helper's signature. */
  blockBelowBody(): Written {
    const helper = this.name();
    const appellant = this.other(helper);
    const own = this.address();
    const theirs = this.address();
    const relation = this.r.pick(['naboen min', 'en venninne', 'min svigermor', 'en god venn']);
    const v = this.r.int(0, 2);
    const block = v === 0 ? ['Klagers navn og adresse:', appellant, ...theirs] : v === 1 ? ['Opplysninger om klageren:', `Navn: ${appellant}`, `Adresse: ${theirs.join(', ')}`] : [appellant, ...theirs];
    const body = [`Jeg skriver denne klagen for ${relation}, ${appellant}, som ikke klarer å skrive selv.`, 'Hun er uenig i vedtaket og ber om ny vurdering. Fullmakt er vedlagt.'];
    const sign = ['Med vennlig hilsen', helper];
    const lines = [helper, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', ...body, '', ...(v === 2 ? [...sign, '', ...block] : [...block, '', ...sign])];
    return {
      style: ['labelled-block', 'fields', 'bare-block-last'][v]!,
      lines,
      truth: { appellant: { name: appellant, address: theirs }, representative: { name: helper, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A neighbour or a support contact writes from their own head; the appellant's address is nowhere in the letter. */
  helperOnly(): Written {
    const helper = this.name();
    const appellant = this.other(helper);
    const own = this.address();
    const v = this.r.int(0, 2);
    const text =
      v === 0
        ? [`Jeg er støttekontakt for ${appellant} og skriver denne klagen etter avtale med ${this.r.pick(['ham', 'henne'])}.`, 'Vi mener vedtaket er feil.']
        : v === 1
          ? [`På vegne av ${appellant} klager jeg på vedtaket.`, `Jeg er nabo og hjelper ${appellant.split(' ')[0]} med post og skjemaer.`]
          : [`Gjelder: ${appellant}`, '', `${appellant.split(' ')[0]} har bedt meg skrive for seg. Vi klager på vedtaket og ber om at det omgjøres.`];
    const lines = [helper, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...text, '', 'Hilsen', helper, ...(this.r.chance(0.5) ? ['', `Samtykke: ${appellant}`] : [])];
    return {
      style: ['support-contact', 'neighbour', 'regarding'][v]!,
      lines,
      truth: { appellant: { name: appellant, address: [] }, representative: { name: helper, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A solicitor in the United Kingdom writes in English for a Norwegian pensioner; the client's Norwegian address or none. */
  solicitorEnglish(): Written {
    const solicitor = this.name();
    const client = this.other(solicitor);
    const firm = this.r.pick(['Hartley & Moss Solicitors LLP', 'Pennington Grey Solicitors', 'Ashdown Legal LLP']);
    const office = this.r.pick([
      ['14 Queen Street', 'Edinburgh EH2 1JX', 'United Kingdom'],
      ['2 Rutland Square', 'Leeds LS1 4DB', 'United Kingdom'],
      ['38 Union Terrace', 'Aberdeen AB10 1NN', 'United Kingdom'],
    ]);
    const clientAddress = this.address();
    const withAddress = this.r.chance(0.5);
    const v = this.r.int(0, 1);
    const intro =
      v === 0
        ? [`Our client: ${client}${withAddress ? `, ${clientAddress.join(', ')}, Norway` : ''}`, '', 'We act for the above-named client and write to appeal the decision.']
        : [`We are instructed by ${client}${withAddress ? ` of ${clientAddress.join(', ')}, Norway,` : ''} in connection with the decision, which our client wishes to appeal.`];
    const lines = [firm, ...office, '', ...APPEALS_BODY_HEAD, '', `Our ref: ${this.r.pick(['JM', 'AK', 'RT'])}/${this.r.int(1000, 9999)}`, this.r.pick(['12 March 2025', '3 June 2025', '28 August 2025']), '', 'Dear Sir or Madam,', '', ...intro, 'A signed letter of authority is enclosed.', '', 'Yours faithfully,', '', solicitor, 'Solicitor', `for ${firm}`];
    return {
      style: `${['client-line', 'instructed'][v]}-${withAddress ? 'client-address' : 'no-client-address'}`,
      lines,
      truth: { appellant: { name: client, address: withAddress ? clientAddress : [] }, representative: { name: solicitor, firm, address: office }, firstInstance: null },
    };
  }
}

const kinds = ['firmRegarding', 'memberOrganisation', 'serviceOffice', 'appointedGuardian', 'blockBelowBody', 'helperOnly', 'solicitorEnglish'] as const;

export function representativesAndOfficesLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): RepresentativesAndOfficesLetter {
  const rng = new Rng((seed * 48_271_009 + index * 69_621_143 + 29) >>> 0);
  const kind = rng.pick(kinds);
  const lang: StyleLang = kind === 'solicitorEnglish' ? 'en' : 'nb';
  const { style, lines, truth } = new RepresentativesAndOffices(rng, postcodes, lang)[kind]();
  return { id: `representatives-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function representativesAndOfficesLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): RepresentativesAndOfficesLetter[] {
  return Array.from({ length: count }, (_, i) => representativesAndOfficesLetter(seed, i, postcodes));
}
