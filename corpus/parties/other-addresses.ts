import { Rng } from '../rng.ts';
import type { StyleLang } from './styles.ts';
import { APPEALS_BODY_HEAD, type Written, SliceGenerator } from './common.ts';

/**
 * A twelfth slice of the party reader (issue #16, session 13), small (30–40 letters), written from SPEC.md and the issue
 * before any rule was changed for it, without reading any unseen letter: addresses written in ways the eleven slices
 * do not write, and letters where the right answer is to give none.
 * - a nynorsk letter with no head whose sender block stands bottom-left under the signature;
 * - a letter with two addresses (home and a c/o or temporary one): the one the letter asks the answer sent to, or
 *   none when it does not say which;
 * - a care home (sjukeheim/sykehjem) writing for a resident with a power of attorney: the home's signer is the
 *   representative, and the resident has no address of their own in the letter;
 * - an address with a post box («Postboks 118», «Boks 118») in the head;
 * - a name and address on one line split by commas;
 * - the address written out in a sentence («Min adresse er …», «Adressa mi er …»).
 *
 * Names, streets and sentences are its own; Norwegian postcodes are Posten's; no national ids.
 */
export interface OtherAddressLetter {
  id: string;
  language: StyleLang;
  style: string;
  text: string;
  truth: Written['truth'];
}

const given = ['Aslaug', 'Bendik', 'Eirunn', 'Gaute', 'Herdis', 'Ivar', 'Jofrid', 'Kolbein', 'Liv Marit', 'Magnhild', 'Njål', 'Ragna', 'Sigvald', 'Torunn', 'Ylva', 'Amir', 'Linh'];
const family = ['Aarflot', 'Brekkhus', 'Eikrem', 'Fjeldstad', 'Grønsdal', 'Hovland', 'Kvamme', 'Lothe', 'Mork', 'Rypdal', 'Skjeldal', 'Tufte', 'Ulvestad', 'Vikøren', 'Tran', 'Rahimi'];
const streets = ['Almevegen', 'Bekkestien', 'Furulia', 'Granlivegen', 'Hagebyvegen', 'Kløvervegen', 'Myrvegen', 'Prestegardsvegen', 'Sjøgata', 'Tindvegen', 'Vardeveien', 'Øvre Torggate'];
const careHomes = ['Solbakken sjukeheim', 'Fjordtun omsorgssenter', 'Lindeheimen sykehjem', 'Eikelund bu- og behandlingssenter'];

class OtherAddresses extends SliceGenerator {
  name = (): string => `${this.r.pick(given)} ${this.r.pick(family)}`;
  other = (...than: string[]): string => this.unrelated(this.name, ...than);
  street = (): string => `${this.r.pick(streets)} ${this.r.int(1, 120)}${this.r.chance(0.2) ? this.r.pick(['A', 'B', 'C']) : ''}`;
  address(): string[] {
    const [code, place] = this.postenPlace();
    return [this.street(), `${code} ${place}`];
  }
  nn = (): boolean => this.lang === 'nn';

  /** Nynorsk, no head: the sender's block bottom-left under the signature. */
  footerBlockNynorsk(): Written {
    const writer = this.name();
    const home = this.address();
    const v = this.r.int(0, 1);
    const under = v === 0 ? [writer, ...home] : ['Avsendar:', writer, ...home];
    const lines = [...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak om refusjon', '', 'Eg klagar på vedtaket de gjorde om refusjon av utgifter. Eg meiner at utgiftene må dekkjast, sidan behandlinga var naudsynt.', '', 'Venleg helsing', '', writer, '', '', ...under];
    return { style: v === 0 ? 'name-again' : 'avsendar-label', lines, truth: { appellant: { name: writer, address: home }, representative: null, firstInstance: null } };
  }

  /** Home in the head and a second address in the body: the one asked for, or none when the letter does not say which. */
  twoAddresses(): Written {
    const writer = this.name();
    const home = this.address();
    const host = this.other(writer);
    const [code, place] = this.postenPlace();
    const temporary = [`c/o ${host}`, this.street(), `${code} ${place}`];
    const v = this.r.int(0, 1);
    const nn = this.nn();
    const body =
      v === 0
        ? nn
          ? `Eg bur mellombels hjå ${host} fram til sommaren. Send svaret til meg på ${temporary.join(', ')}.`
          : `Jeg bor midlertidig hos ${host} fram til sommeren. Send svaret til meg på ${temporary.join(', ')}.`
        : nn
          ? `Eg har òg ei mellombels adresse, ${temporary.join(', ')}, der eg er mykje.`
          : `Jeg har også en midlertidig adresse, ${temporary.join(', ')}, der jeg er mye.`;
    const appeal = nn ? 'Eg klagar på vedtaket om avslag.' : 'Jeg klager på vedtaket om avslag.';
    const lines = [writer, ...home, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', appeal, body, '', nn ? 'Med helsing' : 'Med hilsen', writer];
    return { style: v === 0 ? 'reply-to-temporary' : 'two-without-choice', lines, truth: { appellant: { name: writer, address: v === 0 ? temporary : [] }, representative: null, firstInstance: null } };
  }

  /** A care home writes for a resident with a power of attorney: its signer represents them; the resident's address is not written. */
  careHomeForResident(): Written {
    const resident = this.name();
    const signer = this.other(resident);
    const home = this.r.pick(careHomes);
    const office = this.address();
    const nn = this.nn();
    const body = nn
      ? [`Vi skriv på vegner av bebuaren vår, ${resident}, som har gitt oss fullmakt til å klage. Fullmakta ligg ved.`, 'Bebuaren treng hjelp i kvardagen og meiner avslaget er feil.']
      : [`Vi skriver på vegne av vår beboer, ${resident}, som har gitt oss fullmakt til å klage. Fullmakten ligger ved.`, 'Beboeren trenger hjelp i hverdagen og mener avslaget er feil.'];
    const lines = [home, ...office, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', nn ? 'Klage på vedtak' : 'Klage på vedtak', '', ...body, '', nn ? 'Venleg helsing' : 'Vennlig hilsen', signer, nn ? 'avdelingsleiar' : 'avdelingsleder'];
    return { style: 'fullmakt', lines, truth: { appellant: { name: resident, address: [] }, representative: { name: signer, firm: home, address: office }, firstInstance: null } };
  }

  /** A person's head with a post box for the street. */
  postBoxHead(): Written {
    const writer = this.name();
    const [code, place] = this.postenPlace();
    const box = `${this.r.pick(['Postboks', 'Boks', 'Postboks'])} ${this.r.int(2, 480)}`;
    const address = [box, `${code} ${place}`];
    const nn = this.nn();
    const lines = [writer, ...address, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', nn ? 'Eg klagar på vedtaket og ber om at saka vert vurdert på nytt.' : 'Jeg klager på vedtaket og ber om at saken blir vurdert på nytt.', '', nn ? 'Helsing' : 'Hilsen', writer];
    return { style: box.startsWith('Boks') ? 'boks' : 'postboks', lines, truth: { appellant: { name: writer, address }, representative: null, firstInstance: null } };
  }

  /** The name and the address on one line, split by commas, at the top or under the signature. */
  commaOneLine(): Written {
    const writer = this.name();
    const home = this.address();
    const one = `${writer}, ${home.join(', ')}`;
    const nn = this.nn();
    const v = this.r.int(0, 1);
    const appeal = nn ? 'Eg klagar på vedtaket om stønad. Grunngjevinga kjem i eit eige brev.' : 'Jeg klager på vedtaket om stønad. Begrunnelsen kommer i et eget brev.';
    const lines =
      v === 0
        ? [one, '', ...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', appeal, '', nn ? 'Helsing' : 'Hilsen', writer]
        : [...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage', '', appeal, '', nn ? 'Helsing' : 'Hilsen', one];
    return { style: v === 0 ? 'top' : 'under-signature', lines, truth: { appellant: { name: writer, address: home }, representative: null, firstInstance: null } };
  }

  /** No head: the address written out in a sentence. */
  addressInSentence(): Written {
    const writer = this.name();
    const home = this.address();
    const nn = this.nn();
    const sentence = nn ? `Adressa mi er ${home.join(', ')}.` : `Min adresse er ${home.join(', ')}.`;
    const lines = [...APPEALS_BODY_HEAD, '', this.dottedDate(), '', 'Klage på vedtak', '', nn ? 'Eg klagar på vedtaket de sende meg.' : 'Jeg klager på vedtaket dere sendte meg.', sentence, '', nn ? 'Venleg helsing' : 'Vennlig hilsen', writer];
    return { style: 'sentence', lines, truth: { appellant: { name: writer, address: home }, representative: null, firstInstance: null } };
  }
}

const kinds = ['footerBlockNynorsk', 'twoAddresses', 'careHomeForResident', 'postBoxHead', 'commaOneLine', 'addressInSentence'] as const;

/** Letter i is of kind i mod 6, so every kind has its share of a small slice. */
export function otherAddressLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): OtherAddressLetter {
  const rng = new Rng((seed * 29_986_723 + index * 61_224_107 + 57) >>> 0);
  const kind = kinds[index % kinds.length]!;
  const lang: StyleLang = kind === 'footerBlockNynorsk' || rng.chance(0.5) ? 'nn' : 'nb';
  const { style, lines, truth } = new OtherAddresses(rng, postcodes, lang)[kind]();
  return { id: `other-addresses-${seed}-${index}`, language: lang, style: `${kind}-${style}`, text: lines.join('\n'), truth };
}

export function otherAddressLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): OtherAddressLetter[] {
  return Array.from({ length: count }, (_, i) => otherAddressLetter(seed, i, postcodes));
}
