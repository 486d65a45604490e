import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * An eleventh slice of the party reader (issue #16, session 12), written from SPEC.md and the issue's list of
 * representatives before any rule was changed for it, without reading any unseen letter: mandates in the kinds the
 * earlier slices do not write.
 * - a lawyer's letterhead naming the client as «klagende part», «vår klient», «Ref.: client ./. Helfo» or in a
 *   sentence «Vi representerer …», with the client's address in that line or none;
 * - a parent writing for a child who lives at home (the parent's address is the household's);
 * - a relative with a power of attorney (fullmakt) written out below the body, the appellant's address in it;
 * - a Nav office's counsellor who helped a user write the appeal (no fullmektig: the letter goes to the user);
 * - a Swedish law firm («Klagande:», «Ombud:») with its postcode written the Swedish way;
 * - an English solicitor whose letterhead puts the postcode on its own line (Royal Mail), the client in
 *   capitals in a «RE:» line.
 *
 * Names, streets, firms and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface MandateLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Annbjørg', 'Brage', 'Dagny', 'Endre', 'Gunnhild', 'Halvard', 'Idun', 'Jørund', 'Kjellaug', 'Leiv', 'Marte', 'Nils Petter', 'Oddny', 'Pål', 'Runa', 'Sverre', 'Tuva', 'Vebjørn', 'Åse', 'Mariam', 'Duc', 'Ewa'];
const family = ['Aasen', 'Bjørnstad', 'Dahle', 'Fossum', 'Gjerde', 'Haugland', 'Isaksen', 'Kleppe', 'Lunde', 'Myklebust', 'Nesheim', 'Rønning', 'Sandvik', 'Teigen', 'Vatne', 'Øvrebø', 'Nowak', 'Nguyen', 'Hassan'];
const streets = ['Bjørkeveien', 'Damveien', 'Fjellsvingen', 'Gamle Kongevei', 'Holtet', 'Kirkebakken', 'Løkkeveien', 'Nordre gate', 'Rosenvænget', 'Skoleveien', 'Strandgata', 'Tunveien', 'Østre vei'];
const lawFirms = ['Advokatfirmaet Haugland & Vik AS', 'Advokat Ingrid Solberg', 'Advokatfellesskapet Torget', 'Kvale Advokatfirma DA', 'Advokatfirmaet Seland AS'];
const navOffices = ['Nav Stjørdal', 'Nav Lørenskog', 'Nav Ringsaker', 'Nav Sortland', 'Nav Eigersund', 'Nav Askøy'];

class Mandates extends SliceGenerator {
  name = (): string => `${this.r.pick(given)} ${this.r.pick(family)}`;
  other = (...than: string[]): string => this.unrelated(this.name, ...than);
  address(): string[] {
    const [code, place] = this.postenPlace();
    return [`${this.r.pick(streets)} ${this.r.int(1, 140)}${this.r.chance(0.15) ? this.r.pick(['A', 'B']) : ''}`, `${code} ${place}`];
  }

  /** A lawyer's letterhead; the client as «klagende part», «vår klient», a «Ref.:» line against Helfo, or in a sentence. */
  lawyerClientNamed(): Written {
    const lawyer = this.name();
    const client = this.other(lawyer);
    const firm = this.r.pick(lawFirms);
    const office = this.address();
    const clientAddress = this.address();
    const withAddress = this.r.chance(0.4);
    const where = withAddress ? `, ${clientAddress.join(', ')}` : '';
    const v = this.r.int(0, 3);
    const naming = [
      [`Klagende part: ${client}${where}`, '', 'Det vises til vedtaket, som herved påklages.'],
      [`Vår klient, ${client}${where}, har bedt oss klage på vedtaket.`],
      [`Ref.: ${client} ./. Helfo`, '', `Klagen gjelder vedtak i saken.${withAddress ? ` Klientens adresse er ${clientAddress.join(', ')}.` : ''}`],
      [`Vi representerer ${client}${where} i saken og påklager vedtaket.`],
    ][v]!;
    const lines = [firm, ...office, `Tlf. ${this.phonePairs()}`, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'KLAGE', '', ...naming, 'Utfyllende begrunnelse følger.', '', 'Med vennlig hilsen', '', lawyer, 'advokat'];
    return {
      style: `${['klagende-part', 'vaar-klient', 'ref-mot', 'representerer'][v]}-${withAddress ? 'client-address' : 'no-client-address'}`,
      lines,
      truth: { appellant: { name: client, address: withAddress ? clientAddress : [] }, representative: { name: lawyer, firm, address: office }, firstInstance: null },
    };
  }

  /** A parent writes for a child who lives at home: the parent's head is the household's address. */
  parentForChild(): Written {
    const parent = this.name();
    const child = `${this.r.pick(given)} ${parent.split(' ').at(-1)}`;
    if (child === parent) return this.parentForChild();
    const home = this.address();
    const v = this.r.int(0, 2);
    const body = [
      [`Jeg klager på vegne av min ${this.r.pick(['sønn', 'datter'])} ${child} (${this.r.int(6, 15)} år), som bor hjemme hos meg.`, 'Som forelder med foreldreansvar fører jeg saken for barnet.'],
      [`Gjelder: ${child}, født ${this.r.int(2010, 2019)}`, '', 'Jeg er mor/far og klager på vedtaket på barnets vegne. Barnet bor på adressen over.'],
      [`Barnets navn: ${child}`, `Foresatt: ${parent}`, '', 'Vi er uenige i avslaget og ber om ny vurdering.'],
    ][v]!;
    const lines = [parent, ...home, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', ...body, '', 'Vennlig hilsen', parent];
    return {
      style: ['sentence', 'gjelder', 'fields'][v]!,
      lines,
      truth: { appellant: { name: child, address: home }, representative: { name: parent, firm: null, address: home }, firstInstance: null },
    };
  }

  /** A relative with a power of attorney: the relative's head, the fullmakt written out below the body with the appellant's address. */
  fullmaktRelative(): Written {
    const relative = this.name();
    const appellant = this.other(relative);
    const own = this.address();
    const theirs = this.address();
    const v = this.r.int(0, 1);
    const fullmakt =
      v === 0
        ? ['FULLMAKT', `Jeg, ${appellant}, ${theirs.join(', ')}, gir med dette ${relative} fullmakt til å klage og føre saken for meg.`, '', '______________________', appellant]
        : ['Fullmakt', `Fullmaktsgiver: ${appellant}`, `Adresse: ${theirs.join(', ')}`, `Fullmektig: ${relative}`, '', 'Signatur: ______________________'];
    const lines = [relative, ...own, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', `Jeg klager på vedtaket på vegne av ${this.r.pick(['min onkel', 'min tante', 'min bestemor', 'min svoger'])}. Fullmakt står nedenfor.`, '', 'Hilsen', relative, '', ...fullmakt];
    return {
      style: ['fullmakt-sentence', 'fullmakt-fields'][v]!,
      lines,
      truth: { appellant: { name: appellant, address: theirs }, representative: { name: relative, firm: null, address: own }, firstInstance: null },
    };
  }

  /** A Nav office's counsellor helped a user write the appeal: the user is the appellant, and nobody is a fullmektig. */
  navOfficeForUser(): Written {
    const counsellor = this.name();
    const user = this.other(counsellor);
    const office = this.r.pick(navOffices);
    const [code, place] = this.postenPlace();
    const userAddress = this.address();
    const v = this.r.int(0, 2);
    const block =
      v === 0 ? ['Bruker:', user, ...userAddress] : v === 1 ? [`Brukerens navn: ${user}`, `Brukerens adresse: ${userAddress.join(', ')}`] : [`Bruker: ${user}`];
    const lines = [
      office,
      `Postboks ${this.r.int(10, 300)}`,
      `${code} ${place}`,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      this.dottedDate(),
      '',
      'Klage fra bruker – oversendt fra Nav-kontoret',
      '',
      'Brukeren har fått hjelp av Nav-kontoret til å skrive klagen under. Nav-kontoret er ikke fullmektig.',
      '',
      ...block,
      '',
      '«Jeg klager på vedtaket fordi jeg mener jeg har rett på stønaden.»',
      '',
      'Med hilsen',
      counsellor,
      'veileder',
    ];
    return {
      style: ['block', 'fields', 'no-address'][v]!,
      lines,
      truth: { appellant: { name: user, address: v === 2 ? [] : userAddress }, representative: null, firstInstance: null },
    };
  }

  /** A Swedish law firm writes in Swedish: «Klagande:» and «Ombud:», the firm's postcode the Swedish way. */
  swedishLawFirm(): Written {
    const lawyer = this.name();
    const client = this.other(lawyer);
    const firm = this.r.pick(['Advokatfirman Lindqvist AB', 'Advokatbyrån Ek & Sjöberg KB', 'Nordén Advokater AB']);
    const office = this.r.pick([
      ['Drottninggatan 12', '111 51 Stockholm', 'Sverige'],
      ['Box 2210', '403 14 Göteborg', 'Sverige'],
      ['Stortorget 4', 'SE-211 22 Malmö'],
    ]);
    const clientAddress = this.address();
    const withAddress = this.r.chance(0.5);
    const lines = [
      firm,
      ...office,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      `Stockholm den ${this.r.int(1, 28)} mars 2025`,
      '',
      'ÖVERKLAGANDE',
      '',
      `Klagande: ${client}${withAddress ? `, ${clientAddress.join(', ')}, Norge` : ''}`,
      `Ombud: advokat ${lawyer}, ${firm}`,
      '',
      'Klaganden överklagar beslutet och yrkar att det upphävs. Fullmakt bifogas.',
      '',
      'Med vänlig hälsning',
      '',
      lawyer,
      'Advokat',
    ];
    return {
      style: `${office.length === 2 ? 'prefixed' : 'country-line'}-${withAddress ? 'client-address' : 'no-client-address'}`,
      lines,
      truth: { appellant: { name: client, address: withAddress ? clientAddress : [] }, representative: { name: lawyer, firm, address: office }, firstInstance: null },
    };
  }

  /** An English solicitor's letterhead with the postcode on its own line; the client in capitals in a «RE:» line. */
  solicitorOwnLinePostcode(): Written {
    const solicitor = this.name();
    const client = this.other(solicitor);
    const firm = this.r.pick(['Whitcombe Hale Solicitors', 'Brandt & Osei LLP', 'Carrow Legal Ltd']);
    const office = this.r.pick([
      ['7 St Andrew Street', 'Norwich', 'NR2 4AF', 'United Kingdom'],
      ['22 Castle Street', 'Cardiff', 'CF10 1BS', 'United Kingdom'],
      ['5 Market Place', 'Kendal', 'LA9 4TN', 'England'],
    ]);
    const clientAddress = this.address();
    const withAddress = this.r.chance(0.5);
    const lines = [
      firm,
      ...office,
      `Tel: +44 ${this.r.int(1000, 9999)} ${this.r.int(100000, 999999)}`,
      '',
      ...APPEALS_BODY_HEAD,
      '',
      this.r.pick(['4 April 2025', '19 May 2025', '2 September 2025']),
      '',
      `RE: OUR CLIENT ${client.toUpperCase()}`,
      '',
      'Dear Sirs,',
      '',
      `We act for the above client${withAddress ? `, whose address is ${clientAddress.join(', ')}, Norway` : ''}, and write to appeal the decision.`,
      'Our client’s signed authority is enclosed.',
      '',
      'Yours faithfully,',
      '',
      solicitor,
      `Solicitor, ${firm}`,
    ];
    return {
      style: `re-line-${withAddress ? 'client-address' : 'no-client-address'}`,
      lines,
      truth: { appellant: { name: client, address: withAddress ? clientAddress : [] }, representative: { name: solicitor, firm, address: office }, firstInstance: null },
    };
  }
}

const kinds = ['lawyerClientNamed', 'parentForChild', 'fullmaktRelative', 'navOfficeForUser', 'swedishLawFirm', 'solicitorOwnLinePostcode'] as const;
const language = (kind: (typeof kinds)[number]): StyleLang => (kind === 'swedishLawFirm' ? 'sv' : kind === 'solicitorOwnLinePostcode' ? 'en' : 'nb');

export function mandateLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): MandateLetter {
  const rng = new Rng((seed * 40_692_013 + index * 52_774_391 + 31) >>> 0);
  const kind = rng.pick(kinds);
  const lang = language(kind);
  const { style, lines, truth } = new Mandates(rng, postcodes, lang)[kind]();
  return { id: `mandates-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function mandateLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): MandateLetter[] {
  return Array.from({ length: count }, (_, i) => mandateLetter(seed, i, postcodes));
}
