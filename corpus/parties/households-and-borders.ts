import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * A ninth slice of the party reader (issue #16, session 10), written from SPEC.md and the issue's list of
 * writers before anything was changed for it, without reading any unseen letter, to measure the reader
 * on kinds no earlier slice writes: the appellant's address only under the signature or in a sender's
 * footer, a two-column letterhead flattened by OCR (the columns run together on one line, or their lines
 * alternate), a guardian (verge) whose ward's address is in a reference line, Norwegians living in
 * Sweden, Denmark or Germany with the postcode forms people write there, a letter that names several
 * people besides the appellant (spouse, child, GP with the practice's address, a Nav caseworker), a paper
 * form filled in by hand (labels with or without colons, blanks of underscores, an empty representative
 * section), and emigrants writing in English from the United Kingdom, Ireland and New Zealand.
 *
 * Names, streets and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface HouseholdsAndBordersLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Aslaug', 'Bjarte', 'Dordi', 'Endre', 'Gro', 'Håvard', 'Idun', 'Jarle', 'Kirsten', 'Lars Petter', 'Marte', 'Nils Olav', 'Oddny', 'Pål', 'Runa', 'Steinar', 'Tone', 'Vebjørn', 'Wenche', 'Åsmund', 'Ewa', 'Jamal', 'Mirela', 'Senait'];
const family = ['Aasen', 'Bjørnstad', 'Dahle', 'Engebretsen', 'Fossum', 'Grønli', 'Hjelle', 'Istad', 'Jørgensen', 'Kleppe', 'Lunde', 'Mæland', 'Nordvik', 'Ottesen', 'Rustad', 'Sæther', 'Tangen', 'Vold', 'Økland', 'Nowak', 'Haile', 'Begić'];
const streets = ['Bekkeliveien', 'Fjordgløttvegen', 'Havnegata', 'Hesteskoen', 'Kirkebakken', 'Linnestien', 'Løvåsveien', 'Marihøna', 'Nordre Ringvei', 'Rognebærstien', 'Sjøbodvegen', 'Skolebakken', 'Tuftevegen', 'Øvre Allé'];

const appeal: Record<'nb' | 'nn', string[]> = {
  nb: ['Jeg klager herved på vedtaket.', 'Jeg mener vedtaket er feil og ber om at det blir vurdert på nytt.', 'Dette er min klage på avslaget jeg fikk.'],
  nn: ['Eg klagar med dette på vedtaket.', 'Eg meiner vedtaket er feil og ber om at det blir vurdert på nytt.', 'Dette er klaga mi på avslaget eg fekk.'],
};
const closings: Record<'nb' | 'nn', string[]> = { nb: ['Med vennlig hilsen', 'Vennlig hilsen', 'Hilsen'], nn: ['Med venleg helsing', 'Venleg helsing', 'Helsing'] };

class HouseholdsAndBorders extends SliceGenerator {
  private nbnn(): 'nb' | 'nn' {
    return this.lang === 'nn' ? 'nn' : 'nb';
  }

  name(): string {
    return `${this.r.pick(given)} ${this.r.pick(family)}`;
  }

  other(...than: string[]): string {
    return this.unrelated(() => this.name(), ...than);
  }

  address(): string[] {
    const [code, place] = this.postenPlace();
    return [`${this.r.pick(streets)} ${this.r.int(1, 90)}${this.r.chance(0.2) ? this.r.pick(['A', 'B']) : ''}`, `${code} ${place}`];
  }

  body(): string {
    return this.r.pick(appeal[this.nbnn()]);
  }

  closing(): string {
    return this.r.pick(closings[this.nbnn()]);
  }

  self(name: string, address: string[]): PartiesTruth {
    return { appellant: { name, address }, representative: null, firstInstance: null };
  }

  /** No head: the writer's address only under the signature, on lines, after a label, on one line, or in a sender's footer. */
  signatureAddress(): Written {
    const me = this.name();
    const address = this.address();
    const v = this.r.int(0, 3);
    const top = [`${this.r.pick(['Til', 'Att.:'])} Klageorganet for helse og trygd`, '', `${this.r.pick(['Oslo', 'Dato:', 'Skrevet'])} ${this.dottedDate()}`, '', this.r.pick(['Klage på vedtak', 'KLAGE', 'Angående vedtaket']), ''];
    const sign =
      v === 0
        ? [me, ...address]
        : v === 1
          ? [me, `${this.r.pick(['Adresse:', 'Adr.:', 'Min adresse:'])} ${address.join(', ')}`]
          : v === 2
            ? [`${me} – ${address.join(' – ')}`]
            : [me, '', `Vedlegg: ${this.r.pick(['kopi av vedtaket', 'legeerklæring', 'kvitteringer'])}`, '', `Avsender: ${me}, ${address.join(', ')}`];
    const lines = [...top, this.body(), this.r.pick(this.nbnn() === 'nn' ? ['Eg har lagt ved dei papira eg har.', 'Ta gjerne kontakt om de treng meir.', ''] : ['Jeg har lagt ved det jeg har av papirer.', 'Ta gjerne kontakt om dere trenger mer.', '']), '', this.closing(), ...sign];
    return { style: ['lines', 'labelled', 'dashes', 'sender-footer'][v]!, lines, truth: this.self(me, address) };
  }

  /** A two-column letterhead that OCR flattened: the columns on one line with one or two spaces, or their lines alternating. */
  flattenedColumns(): Written {
    const me = this.name();
    const address = this.address();
    const mine = [me, ...address];
    const theirs = APPEALS_BODY_HEAD;
    const v = this.r.int(0, 2);
    const gap = () => ' '.repeat(this.r.int(1, 2));
    const head =
      v === 0
        ? mine.map((l, i) => `${l}${gap()}${theirs[i]}`)
        : v === 1
          ? mine.flatMap((l, i) => [l, theirs[i]!])
          : mine.map((l, i) => `${theirs[i]}${gap()}${l}`);
    const lines = [...head, '', this.dottedDate(), '', this.body(), '', this.closing(), me];
    return { style: ['mine-left', 'alternating', 'mine-right'][v]!, lines, truth: this.self(me, address) };
  }

  /** A guardian (verge) writes from their own head; the ward's address in a reference or regarding line, or nowhere. */
  guardianReference(): Written {
    const verge = this.name();
    const ward = this.other(verge);
    const own = this.address();
    const wardAddress = this.address();
    const nn = this.nbnn() === 'nn';
    const v = this.r.int(0, 3);
    const ref =
      v === 0
        ? `Vår ref.: vergemål for ${ward}, ${wardAddress.join(', ')}`
        : v === 1
          ? `${nn ? 'Gjeld' : 'Gjelder'}: ${ward}, f. ${this.r.int(1, 28)}.${String(this.r.int(1, 12)).padStart(2, '0')}.${this.r.int(1930, 1990)}, ${wardAddress.join(', ')}`
          : v === 2
            ? `Sak: klage for ${ward} (${nn ? 'bur i' : 'bor i'} ${wardAddress.join(', ')})`
            : `${nn ? 'Gjeld' : 'Gjelder'}: ${ward}`;
    const text = nn ? `Eg er oppnemnd verje for ${ward} og klagar på vedtaket på vegner av ${ward.split(' ')[0]}.` : `Jeg er oppnevnt verge for ${ward} og klager på vedtaket på vegne av ${ward.split(' ')[0]}.`;
    const lines = [verge, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ref, '', text, nn ? 'Vergefullmakt frå Statsforvaltaren ligg ved.' : 'Vergefullmakt fra Statsforvalteren ligger ved.', '', this.closing(), verge, nn ? 'verje' : 'verge'];
    return {
      style: ['reference', 'regarding', 'case-line', 'no-ward-address'][v]!,
      lines,
      truth: { appellant: { name: ward, address: v === 3 ? [] : wardAddress }, representative: { name: verge, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A Norwegian living in Sweden, Denmark or Germany, with the postcode forms written there; sometimes the old Norwegian address too. */
  abroadNordic(): Written {
    const me = this.name();
    const where = this.r.int(0, 2);
    const form = this.r.int(0, 2);
    const address =
      where === 0
        ? [`${this.r.pick(['Kungsgatan', 'Storgatan', 'Björkvägen', 'Järnvägsgatan'])} ${this.r.int(2, 60)}`, `${['SE-', 'S-', ''][form]}${this.r.pick(['451 55 Uddevalla', '652 24 Karlstad', '411 38 Göteborg', '972 31 Luleå'])}`, this.r.pick(['Sverige', 'SVERIGE', 'Sweden'])]
        : where === 1
          ? [`${this.r.pick(['Nørregade', 'Vestergade', 'Skovvej', 'Strandvejen'])} ${this.r.int(2, 90)}${this.r.chance(0.4) ? `, ${this.r.int(1, 4)}. ${this.r.pick(['tv', 'th'])}` : ''}`, `${['DK-', 'DK ', ''][form]}${this.r.pick(['8000 Aarhus C', '2300 København S', '9000 Aalborg', '5000 Odense C'])}`, this.r.pick(['Danmark', 'DANMARK', 'Denmark'])]
          : [`${this.r.pick(['Hauptstraße', 'Bahnhofstraße', 'Lindenweg', 'Am Markt'])} ${this.r.int(1, 40)}`, `${['D-', 'DE-', ''][form]}${this.r.pick(['24937 Flensburg', '10115 Berlin', '20095 Hamburg', '80331 München'])}`, this.r.pick(['Tyskland', 'Deutschland', 'Germany'])];
    const old = this.address();
    const v = this.r.int(0, 2);
    const country = ['Sverige', 'Danmark', 'Tyskland'][where]!;
    const text =
      v === 0
        ? [`Jeg flyttet til ${country} i fjor og klager på vedtaket.`]
        : v === 1
          ? [`Jeg bodde tidligere i ${old.join(', ')}, men har flyttet til ${country}.`, 'Brev må sendes til adressen over.', this.body()]
          : [this.body(), `Jeg har bodd i ${country} siden ${this.r.int(2010, 2024)}.`];
    const lines = [me, ...address, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...text, '', this.closing(), me];
    return { style: `${['sweden', 'denmark', 'germany'][where]}-${['moved', 'old-address', 'since'][v]}`, lines, truth: this.self(me, address) };
  }

  /** The appellant's own letter that names a spouse, a child, the GP at the practice's address and a Nav caseworker. */
  manyPeople(): Written {
    const me = this.name();
    const surname = me.split(' ').at(-1)!;
    const spouse = `${this.r.pick(given)} ${surname}`;
    const gp = this.other(me);
    const caseworker = this.other(me, gp);
    const address = this.address();
    const practice = [`${this.r.pick(['Torget', 'Elvebakken', 'Sentrum', 'Strandgata'])} legesenter`, ...this.address()];
    const child = this.r.pick(['Ida', 'Sander', 'Emma', 'Jonas']);
    const v = this.r.int(0, 2);
    const text = [
      this.body(),
      `Min ${this.r.pick(['kone', 'mann', 'samboer'])}, ${spouse}, har fulgt meg til alle timene, og datteren vår ${child} hjelper meg med det praktiske.`,
      v === 0
        ? `Fastlegen min, dr. ${gp} ved ${practice.join(', ')}, kan bekrefte dette.`
        : `Fastlegen min er ${gp} ved ${practice[0]}. Erklæring fra ${gp.split(' ').at(-1)} er vedlagt.`,
      `Saksbehandler ${caseworker} i Nav ${this.r.pick(['Bergen', 'Drammen', 'Bodø', 'Hamar'])} sa på telefon at jeg kunne klage.`,
    ];
    const head = v === 2 ? [] : [me, ...address, ''];
    const foot = v === 2 ? [me, ...address] : [me];
    const lines = [...head, ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', ...text, '', this.closing(), ...foot];
    return { style: ['gp-address', 'gp-named', 'signature-address'][v]!, lines, truth: this.self(me, address) };
  }

  /** A paper form filled in by hand: labels with or without colons, blanks of underscores or dots, an empty representative section. */
  handForm(): Written {
    const me = this.name();
    const [street, postcodeLine] = this.address() as [string, string];
    const [code, ...placeWords] = postcodeLine.split(' ');
    const place = placeWords.join(' ');
    const v = this.r.int(0, 2);
    const fill = (s: string) => (v === 0 ? `__${s}__________` : v === 1 ? `${s} ........` : s);
    const label = (l: string) => (v === 2 ? l : `${l}:`);
    const lines = [
      'KLAGESKJEMA',
      '',
      '[X] Klage på vedtak     [ ] Anke',
      '',
      '1. Opplysninger om deg som klager',
      `${label('Navn')} ${fill(me)}`,
      `${label('Adresse')} ${fill(street)}`,
      v === 2 ? `Postnr ${code}  Sted ${place}` : `${label('Postnr./sted')} ${fill(`${code} ${place}`)}`,
      `${label('Telefon')} ${fill(`${this.r.int(400, 999)} ${this.r.int(10, 99)} ${this.r.int(100, 999)}`)}`,
      '',
      '2. Fullmektig (fylles ut hvis noen klager for deg)',
      `${label('Navn')} ${v === 0 ? '____________________' : v === 1 ? '..................' : ''}`,
      `${label('Adresse')} ${v === 0 ? '____________________' : v === 1 ? '..................' : ''}`,
      '',
      '3. Hva klager du på?',
      this.body(),
      '',
      `${label('Dato')} ${this.dottedDate()}   ${label('Underskrift')} ${me}`,
    ];
    return { style: ['underscores', 'dots', 'no-colons'][v]!, lines, truth: this.self(me, [street, `${code} ${place}`]) };
  }

  /** An emigrant writing in English from the United Kingdom, Ireland or New Zealand; the old Norwegian address sometimes named too. */
  emigrantEnglish(): Written {
    const me = this.name();
    const where = this.r.int(0, 2);
    const address =
      where === 0
        ? [`${this.r.chance(0.4) ? `Flat ${this.r.int(1, 12)}, ` : ''}${this.r.int(1, 120)} ${this.r.pick(['Victoria Road', 'Church Lane', 'Mill Street', 'Park Avenue'])}`, this.r.pick(['Aberdeen AB11 6BA', 'Edinburgh EH3 5AB', 'Newcastle upon Tyne NE1 4ST', 'Bristol BS1 5TR']), 'United Kingdom']
        : where === 1
          ? [`${this.r.int(1, 80)} ${this.r.pick(['Main Street', 'Shop Street', 'Castle Road'])}`, this.r.pick(['Galway H91 X2Y3', 'Cork T12 K8AF', 'Dublin 8']), 'Ireland']
          : [`${this.r.int(1, 200)} ${this.r.pick(['Kauri Road', 'Ponsonby Road', 'Rata Street'])}`, this.r.pick(['Auckland 1011', 'Wellington 6011', 'Dunedin 9016']), 'New Zealand'];
    const old = this.address();
    const v = this.r.int(0, 2);
    const opening = this.r.pick(['Dear Sir or Madam,', 'To whom it may concern,', 'Dear Sirs,']);
    const text =
      v === 0
        ? ['I am writing to appeal the decision about my pension. I moved abroad many years ago.']
        : v === 1
          ? [`I am writing to appeal the decision. My address in Norway used to be ${old.join(', ')}, but I have lived abroad since ${this.r.int(1990, 2020)}.`, `Please send your reply to my current address: ${address.join(', ')}.`]
          : ['I would like to appeal the decision I received.', 'My details are below.'];
    const head = v === 2 ? [] : [me, ...address, ''];
    const foot = v === 2 ? [me, ...address] : [me];
    const lines = [...head, ...APPEALS_BODY_HEAD, '', this.r.pick(['12 March 2025', 'May 3, 2025', '2025-09-14']), '', opening, '', ...text, '', this.r.pick(['Yours faithfully,', 'Kind regards,', 'Many thanks,']), ...foot];
    return { style: `${['uk', 'ireland', 'new-zealand'][where]}-${['head', 'old-address', 'signature'][v]}`, lines, truth: this.self(me, address) };
  }
}

const kinds = ['signatureAddress', 'flattenedColumns', 'guardianReference', 'abroadNordic', 'manyPeople', 'handForm', 'emigrantEnglish'] as const;

export function householdsAndBordersLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): HouseholdsAndBordersLetter {
  const rng = new Rng((seed * 61_051_421 + index * 97_301_839 + 13) >>> 0);
  const kind = rng.pick(kinds);
  const lang: StyleLang = kind === 'emigrantEnglish' ? 'en' : kind === 'abroadNordic' || kind === 'manyPeople' || kind === 'handForm' ? 'nb' : rng.pick<StyleLang>(['nb', 'nb', 'nn']);
  const { style, lines, truth } = new HouseholdsAndBorders(rng, postcodes, lang)[kind]();
  return { id: `households-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function householdsAndBordersLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): HouseholdsAndBordersLetter[] {
  return Array.from({ length: count }, (_, i) => householdsAndBordersLetter(seed, i, postcodes));
}
