import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import { StyleWriter, type StyleLang } from './styles.ts';
import type { Written } from './common.ts';

/**
 * The second development slice of the party reader (issue #16, session 6): what the styles slice
 * does not cover. Envelope-window address blocks at odd places (indented to the right, under the
 * date, under the subject, at the foot), a whole address on one line, post boxes, c/o and "v/"
 * lines, postcodes abroad that the styles slice never writes (Finnish, Icelandic, Polish, Dutch,
 * German with "D-"), names with particles, hyphens and initials, a representative's address written
 * beside the appellant's, a signer whose own address differs from the appellant's, and postcodes the
 * scan damaged (the truth is the real address: the reader must leave a damaged one out, never give it).
 *
 * Written from SPEC.md's "Parties and outgoing letters" and the list of writers, never from
 * the unseen-writer set's letters. Postcodes of Norwegian addresses are Posten's; national ids are
 * synthetic (birth month + 80).
 */
export interface WriterLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const particleNames = [
  'Anne-Marie van der Berg', 'Jan de Vries', 'Ola M. Nordmann', 'K. Elisabeth Strand', 'Maria dos Santos', 'Per Olav Bakke-Nilsen', 'Hanne Kristin af Geijerstam',
  'Mohammed al Hassan', 'Liv-Berit Østensjø', 'Jens Petter von Krogh', 'Ingrid S. Haugen-Moe', 'Pieter van Dijk', 'Guro E. Lie', 'Sara da Silva', 'Lars-Erik Ådnanes',
];

const closings: Record<StyleLang, string[]> = {
  nb: ['Med vennlig hilsen', 'Vennlig hilsen', 'Hilsen'],
  nn: ['Med venleg helsing', 'Venleg helsing'],
  sv: ['Med vänlig hälsning', 'Vänliga hälsningar'],
  da: ['Med venlig hilsen', 'Venlig hilsen'],
  en: ['Yours sincerely', 'Kind regards'],
};

const appeal: Record<StyleLang, string[]> = {
  nb: ['Jeg klager på vedtaket om refusjon av utgifter til tannbehandling.', 'Jeg er uenig i vedtaket og ber om at det endres.'],
  nn: ['Eg klagar på vedtaket om stønad til fysioterapi.', 'Eg er usamd i vedtaket og ber om at det vert endra.'],
  sv: ['Jag överklagar beslutet om ersättning.', 'Jag är inte enig i beslutet och begär omprövning.'],
  da: ['Jeg klager over afgørelsen om tilskud.', 'Jeg er uenig i afgørelsen og beder om at den ændres.'],
  en: ['I appeal against the decision on reimbursement.', 'I disagree with the decision and ask for it to be changed.'],
};

const ownHead = ['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'];

/** Postcodes abroad as their countries write them, with the country line in the letter's language. */
const abroad: { lines: (rng: Rng) => string[]; country: Record<StyleLang, string> }[] = [
  { lines: (r) => [`Mannerheimintie ${r.int(1, 90)} A ${r.int(1, 20)}`, r.pick(['00100 Helsinki', 'FI-00100 Helsinki', '33100 Tampere'])], country: { nb: 'Finland', nn: 'Finland', sv: 'Finland', da: 'Finland', en: 'Finland' } },
  { lines: (r) => [`Laugavegur ${r.int(1, 120)}`, r.pick(['101 Reykjavík', 'IS-101 Reykjavík'])], country: { nb: 'Island', nn: 'Island', sv: 'Island', da: 'Island', en: 'Iceland' } },
  { lines: (r) => [`ul. Marszałkowska ${r.int(1, 140)}`, r.pick(['00-950 Warszawa', 'PL-00-950 Warszawa', '80-001 Gdańsk'])], country: { nb: 'Polen', nn: 'Polen', sv: 'Polen', da: 'Polen', en: 'Poland' } },
  { lines: (r) => [`Keizersgracht ${r.int(1, 300)}`, r.pick(['1015 CJ Amsterdam', '3011 AB Rotterdam'])], country: { nb: 'Nederland', nn: 'Nederland', sv: 'Nederländerna', da: 'Holland', en: 'Netherlands' } },
  { lines: (r) => [`Bahnhofstraße ${r.int(1, 90)}`, r.pick(['D-10115 Berlin', '10115 Berlin', 'D-20095 Hamburg'])], country: { nb: 'Tyskland', nn: 'Tyskland', sv: 'Tyskland', da: 'Tyskland', en: 'Germany' } },
];

/** A digit misread the way scans misread them: O for 0, I or l for 1, S for 5, B for 8. */
function damaged(code: string, rng: Rng): string {
  const look: Record<string, string[]> = { '0': ['O', 'o'], '1': ['I', 'l'], '5': ['S'], '8': ['B'], '6': ['G'] };
  const at = [...code].map((c, i) => (look[c] ? i : -1)).filter((i) => i >= 0);
  if (at.length === 0) return `${code.slice(0, 2)}${code[3]}${code[2]}`; // two digits swapped
  const i = rng.pick(at);
  return code.slice(0, i) + rng.pick(look[code[i]!]!) + code.slice(i + 1);
}


class Letters {
  constructor(
    private readonly rng: Rng,
    private readonly w: StyleWriter,
    private readonly lang: StyleLang,
  ) {}

  close(name: string): string[] {
    return ['', this.rng.pick(closings[this.lang]), '', name];
  }

  body(): string {
    return this.rng.pick(appeal[this.lang]);
  }

  date(): string {
    return `${this.rng.int(1, 28)}.${this.rng.int(1, 12)}.2025`;
  }

  /** A Norwegian street address of two lines, its postcode Posten's. */
  address(): string[] {
    return [this.w.street(), this.w.postcodeLine()];
  }

  /** The appellant's block where an envelope window or a writer puts it, never where a template would. */
  window(): Written {
    const me = this.w.name(this.lang);
    const address = this.address();
    const block = [me, ...address];
    const where = this.rng.int(0, 3);
    const pad = ' '.repeat(this.rng.int(30, 50));
    let lines: string[];
    if (where === 0) lines = [...ownHead, '', this.date(), '', ...block.map((l) => pad + l), '', this.body(), ...this.close(me)];
    else if (where === 1) lines = [this.date(), '', this.rng.pick(['KLAGE', 'Klage på vedtak', 'Klage']), '', ...block, '', ...ownHead, '', this.body(), ...this.close(me)];
    else if (where === 2) lines = [...ownHead, '', this.body(), ...this.close(me), '', '', ...block];
    else lines = ['', '', '', ...ownHead, '', '', '', ...block.map((l) => pad + l), '', this.body(), ...this.close(me)];
    return { style: ['right-after-date', 'under-subject', 'foot', 'right-low'][where]!, lines, truth: { appellant: { name: me, address }, representative: null, firstInstance: null } };
  }

  /** The whole address on one line: "Kari Nordmann, Storgata 1, 0467 Oslo" at the top or under the name. */
  oneLine(): Written {
    const me = this.w.name(this.lang);
    const address = this.address();
    const one = address.join(', ');
    const v = this.rng.int(0, 2);
    const head = v === 0 ? [`${me}, ${one}`] : v === 1 ? [me, one] : [`${this.rng.pick(['Fra:', 'Avsender:', 'Frå:'])} ${me}, ${one}`];
    return { style: ['name-comma', 'under-name', 'labelled'][v]!, lines: [...head, '', ...ownHead, '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: { name: me, address }, representative: null, firstInstance: null } };
  }

  /** A post box, a c/o line, or "v/" an institution the appellant lives at. */
  boxes(): Written {
    const me = this.w.name(this.lang);
    const v = this.rng.int(0, 2);
    const postcode = this.w.postcodeLine();
    const address =
      v === 0 ? [`${this.rng.pick(['Postboks', 'Pb.', 'Boks'])} ${this.rng.int(2, 990)}`, postcode] : v === 1 ? [`c/o ${this.w.name('nb')}`, this.w.street(), postcode] : [`v/ ${this.rng.pick(['Solbakken sykehjem', 'Fjordheim omsorgssenter', 'Lia bo- og servicesenter'])}`, this.w.street(), postcode];
    return { style: ['postboks', 'care-of', 'ved'][v]!, lines: [me, ...address, '', ...ownHead, '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: { name: me, address }, representative: null, firstInstance: null } };
  }

  foreign(): Written {
    const me = this.w.name(this.lang);
    const place = this.rng.pick(abroad);
    const address = [...place.lines(this.rng), place.country[this.lang]];
    return { style: 'postcode', lines: [me, ...address, '', ...ownHead, '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: { name: me, address }, representative: null, firstInstance: null } };
  }

  /** Names with particles, hyphens and initials, in the head and under the signature. */
  particles(): Written {
    const me = this.rng.pick(particleNames);
    const address = this.address();
    return { style: 'name', lines: [me, ...address, '', ...ownHead, '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: { name: me, address }, representative: null, firstInstance: null } };
  }

  /** The appellant's block and a representative's block, one under or beside the other, each labelled. */
  representativeBeside(): Written {
    const me = this.w.name(this.lang);
    const mine = this.address();
    const helper = this.w.name('nb');
    const theirs = this.address();
    const [lApp, lRep] = { nb: ['Klager:', 'Fullmektig:'], nn: ['Klagar:', 'Fullmektig:'], sv: ['Klagande:', 'Ombud:'], da: ['Klager:', 'Fuldmægtig:'], en: ['Appellant:', 'Representative:'] }[this.lang];
    const beside = this.rng.chance(0.5);
    const gap = ' '.repeat(this.rng.int(6, 14));
    const left = [`${lApp} ${me}`, ...mine];
    const right = [`${lRep} ${helper}`, ...theirs];
    const width = Math.max(...left.map((l) => l.length));
    const head = beside ? left.map((l, i) => `${l.padEnd(width)}${gap}${right[i] ?? ''}`) : [...left, '', ...right];
    const said = { nb: `${helper} har fullmakt til å klage på mine vegne.`, nn: `${helper} har fullmakt til å klaga på mine vegner.`, sv: `${helper} är mitt ombud i ärendet.`, da: `${helper} har fuldmagt til at klage på mine vegne.`, en: `${helper} has my power of attorney in this matter.` }[this.lang];
    return {
      style: beside ? 'beside' : 'under',
      lines: [...head, '', ...ownHead, '', this.date(), '', this.body(), said, ...this.close(me)],
      truth: { appellant: { name: me, address: mine }, representative: { name: helper, firm: null, address: theirs }, firstInstance: null },
    };
  }

  /** A relative signs with their own address; the appellant's is written in the text or a "Gjelder" block. */
  signerElsewhere(): Written {
    const writer = this.w.name(this.lang);
    const own = this.address();
    let appellant = this.w.name(this.lang);
    while (appellant === writer) appellant = this.w.name(this.lang);
    const address = this.address();
    const v = this.rng.int(0, 1);
    const intro = { nb: `Jeg skriver på vegne av min mor, ${appellant}.`, nn: `Eg skriv på vegner av mor mi, ${appellant}.`, sv: `Jag skriver på uppdrag av min mamma ${appellant}.`, da: `Jeg skriver på vegne af min mor, ${appellant}.`, en: `I am writing on behalf of my mother, ${appellant}.` }[this.lang];
    const lives = { nb: `Hun bor i ${address.join(', ')}.`, nn: `Ho bur i ${address.join(', ')}.`, sv: `Hon bor på ${address.join(', ')}.`, da: `Hun bor på ${address.join(', ')}.`, en: `She lives at ${address.join(', ')}.` }[this.lang];
    const lines =
      v === 0
        ? [...ownHead, '', this.date(), '', intro, lives, this.body(), ...this.close(writer), ...own]
        : [`${this.rng.pick(['Gjelder:', 'Gjeld:', 'Angående:', 'Re:'])} ${appellant}`, ...address, '', ...ownHead, '', this.date(), '', intro, ...this.close(writer), ...own];
    return {
      style: v === 0 ? 'sentence' : 'regarding-block',
      lines,
      truth: { appellant: { name: appellant, address }, representative: { name: writer, firm: null, address: own }, firstInstance: null },
    };
  }

  /** The scan damaged the postcode: the truth is the real address, which the letter no longer shows. */
  damagedPostcode(): Written {
    const me = this.w.name(this.lang);
    const [street, postcode] = this.address() as [string, string];
    const [code, ...place] = postcode.split(' ');
    const misread = `${damaged(code!, this.rng)} ${place.join(' ')}`;
    return { style: 'postcode', lines: [me, street, misread, '', ...ownHead, '', this.date(), '', this.body(), ...this.close(me)], truth: { appellant: { name: me, address: [street, postcode] }, representative: null, firstInstance: null } };
  }
}

const kinds = ['window', 'oneLine', 'boxes', 'foreign', 'particles', 'representativeBeside', 'signerElsewhere', 'damagedPostcode'] as const;
const kindNames: Record<(typeof kinds)[number], string> = { window: 'window', oneLine: 'one-line', boxes: 'box', foreign: 'foreign', particles: 'particles', representativeBeside: 'representative', signerElsewhere: 'signer-elsewhere', damagedPostcode: 'damaged' };

/** One letter; the same seed and index always give the same letter. */
export function writerLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): WriterLetter {
  const rng = new Rng((seed * 6_151 + index * 92_821 + 17) >>> 0);
  const lang = rng.pick<StyleLang>(['nb', 'nb', 'nn', 'nn', 'sv', 'da', 'en']);
  const kind = rng.pick(kinds);
  const { style, lines, truth } = new Letters(rng, new StyleWriter(rng, postcodes), lang)[kind]();
  return { id: `writer-${seed}-${index}`, language: lang, style: `${kindNames[kind]}-${style}`, text: lines.join('\n'), truth };
}

export function writerLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): WriterLetter[] {
  return Array.from({ length: count }, (_, i) => writerLetter(seed, i, postcodes));
}

