import { Rng } from '../rng.ts';
import type { PartiesTruth } from './letter-heads.ts';
import { APPEALS_BODY_HEAD as own } from './common.ts';

/**
 * A fifth slice of the party reader (issue #16, session 7 round 2): a first instance's own letters —
 * case transfers, rulings on the complaint, comments — with the appellant's representative on a
 * labelled line ("Fullmektig: Advokat …", "Klagers fullmektig:", "Verge:", "Ombud:", "Representative:")
 * or in a transfer's first sentence ("klage fra advokat … på vegne av …"), or with none, and always the first instance's own people beside it ("Kontaktperson:",
 * "Saksbehandler:", "Vår saksbehandler:", the signer under the unit's name), who are never the
 * appellant's representative. Written from SPEC.md (item 1: the representative, with firm and address,
 * when there is one) and the issue, never from the unseen-writer set. Postcodes are Posten's; no national ids.
 */
export interface FirstInstanceLetter {
  id: string;
  style: string;
  text: string;
  truth: PartiesTruth;
}

const given = ['Randi', 'Eivind', 'Torunn', 'Geir', 'Sissel', 'Arild', 'Kjersti', 'Øyvind', 'Hanne', 'Terje', 'Liv', 'Bård', 'Nasra', 'Tomasz'];
const family = ['Amundsen', 'Bakken', 'Dahl', 'Eide', 'Fjeld', 'Haugen', 'Iversen', 'Jensen', 'Karlsen', 'Lunde', 'Myhre', 'Ness', 'Strand', 'Ødegård'];
const streets = ['Prinsens gate', 'Vestre gate', 'Bakkegata', 'Torggata', 'Solvangvegen', 'Elvebakken', 'Rådhusgata', 'Fjordvegen'];
const firms = ['Advokatfirmaet Strand & Co AS', 'Advokatkontoret Haugen', 'Advokatfirma Lunde DA', 'Rettshjelpskontoret Midt', 'Advokatene Bakken og Ness'];
const units = [
  ['NAV Klageinstans Vest', 'Postboks 7005 St. Olavs plass', '0130 Oslo'],
  ['Helfo', 'Postboks 2415', '3104 Tønsberg'],
  ['NAV Arbeid og ytelser', 'Postboks 6600 Etterstad', '0607 Oslo'],
];

type Kind = 'transfer' | 'ruling' | 'comments';

export function firstInstanceLetter(seed: number, index: number, postcodes: ReadonlyMap<string, string>): FirstInstanceLetter {
  const r = new Rng((seed * 67_867_967 + index * 15_485_863 + 5) >>> 0);
  const codes = [...postcodes.entries()];
  const name = () => `${r.pick(given)} ${r.pick(family)}`;
  const address = () => {
    const [code, place] = r.pick(codes);
    return [`${r.pick(streets)} ${r.int(1, 120)}`, `${code} ${place.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase())}`];
  };
  const kind = r.pick<Kind>(['transfer', 'ruling', 'comments']);
  const unit = r.pick(units);
  const appellant = name();
  const home = address();
  const worker = name();
  const contact = name();
  // Half the letters have a representative; every letter names the unit's own people.
  const represented = r.chance(0.5);
  let rep = represented ? name() : null;
  // Two people of one name would make the truth ambiguous, not the letter harder.
  while (rep !== null && rep === appellant) rep = name();
  const repShape = r.int(0, 4);
  const firm = r.pick(firms);
  const office = address();
  const label = r.pick(['Fullmektig:', 'Klagers fullmektig:', 'Prosessfullmektig:', 'Verge:', 'Representant:', 'Advokat for klager:']);
  const title = label === 'Verge:' || label === 'Representant:' ? '' : r.pick(['Advokat ', 'advokat ', 'advokatfullmektig ']);
  let repLine = '';
  let repTruth: PartiesTruth['representative'] = null;
  if (rep) {
    // Shapes: the name alone; with the firm; with the firm and its address; with the firm and a town only.
    if (repShape === 0 || title === '') [repLine, repTruth] = [`${label} ${title}${rep}`, { name: rep, firm: null, address: [] }];
    else if (repShape === 1) [repLine, repTruth] = [`${label} ${title}${rep}, ${firm}`, { name: rep, firm, address: [] }];
    else if (repShape === 2 || repShape === 3) [repLine, repTruth] = [`${label} ${title}${rep}, ${firm}, ${office.join(', ')}`, { name: rep, firm, address: office }];
    else [repLine, repTruth] = [`${label} ${title}${rep}, ${firm}, ${office[1]!.replace(/^\d{4}\s/u, '')}`, { name: rep, firm, address: [] }];
  }
  const contactLine = r.pick([`Kontaktperson: ${contact}`, `Kontaktperson hos ${unit[0]}: ${contact}`, `Saksbehandler: ${contact}`, `Vår saksbehandler: ${contact}`, `Kontakt: ${contact}, tlf. ${r.int(40, 99)} ${r.int(10, 99)} ${r.int(10, 99)} ${r.int(10, 99)}`]);
  const title1 = { transfer: 'Oversendelse av klage til klageorganet', ruling: 'Vedtak i klagesak – klagen tas ikke til følge', comments: 'Merknader til klagen' }[kind];
  // A transfer may say in its first sentence whose appeal it forwards, for whom, and give no line.
  const inSentence = kind === 'transfer' && rep !== null && title !== '' && r.chance(0.3);
  const sentence = inSentence ? [`Vedlagt følger klage fra ${title.trim().toLowerCase()} ${repLine.slice(repLine.indexOf(title) + title.length)}, på vegne av ${appellant}.`, ''] : [];
  const parties = [`Klager: ${appellant}, ${home.join(', ')}`, ...(repLine && !inSentence ? [repLine] : []), contactLine];
  if (r.chance(0.3)) parties.reverse();
  const body = {
    transfer: ['Vi har vurdert klagen på nytt, men finner ikke grunn til å endre vedtaket. Saken oversendes derfor for behandling.', rep ? 'Klager og fullmektig har fått kopi av dette brevet.' : 'Klager har fått kopi av dette brevet.'],
    ruling: ['Klagen er vurdert, men vedtaket opprettholdes.', 'Du kan klage på dette vedtaket innen seks uker.'],
    comments: ['Vi viser til klagen og har følgende merknader.', 'Vi kan ikke se at klagen gir grunnlag for et annet resultat.'],
  }[kind];
  const lines = [...unit, '', ...(kind === 'ruling' ? [appellant, ...home] : own), '', `Vår ref.: ${r.int(2026, 2027)}/${r.int(1000, 99999)}`, '', title1, '', ...sentence, ...parties, '', ...body, '', 'Med hilsen', unit[0]!, '', worker, r.pick(['saksbehandler', 'rådgiver', 'seniorrådgiver'])];
  return { id: `first-${seed}-${index}`, style: `${kind}-${rep ? `rep${repShape}${inSentence ? '-sentence' : ''}` : 'none'}`, text: lines.join('\n'), truth: { appellant: { name: appellant, address: home }, representative: repTruth, firstInstance: null } };
}

export function firstInstanceLetters(seed: number, count: number, postcodes: ReadonlyMap<string, string>): FirstInstanceLetter[] {
  return Array.from({ length: count }, (_, i) => firstInstanceLetter(seed, i, postcodes));
}

/**
 * A sixth, small slice (issue #16, review of session 7): a first instance's letters whose labelled
 * lines are NOT the appellant's representative — an anke's counterparty and its lawyer ("Ankemotpart:
 * NAV", "Prosessfullmektig: advokat …, NAV Juridisk avdeling"), Nav's own lawyer or case worker on a
 * "Representant:"/"Ombud:" line, the appellant's own name on "Klager/fullmektig:" or "Fullmektig:",
 * and a case worker's e-mail forwarding papers that says the appellant has a fullmektig. Half of the
 * letters also carry the appellant's true representative right under the appellant's line, so that
 * dropping every line scores as badly as it should. Written with the reviewer's findings in hand: the
 * rules were tuned on these kinds, so its figure is a guard, not an estimate.
 */
export function firstInstanceTrap(seed: number, index: number, postcodes: ReadonlyMap<string, string>): FirstInstanceLetter {
  const r = new Rng((seed * 48_271 + index * 7_919 + 11) >>> 0);
  const codes = [...postcodes.entries()];
  const name = () => `${r.pick(given)} ${r.pick(family)}`;
  const address = () => {
    const [code, place] = r.pick(codes);
    return [`${r.pick(streets)} ${r.int(1, 120)}`, `${code} ${place.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, s: string, c: string) => s + c.toUpperCase())}`];
  };
  const unit = r.pick(units.filter((u) => u[0]!.startsWith('NAV')));
  const appellant = name();
  const home = address();
  let navPerson = name();
  while (navPerson === appellant) navPerson = name();
  const worker = name();
  let rep: string | null = r.chance(0.5) ? name() : null;
  while (rep !== null && (rep === appellant || rep === navPerson)) rep = name();
  const firm = r.pick(firms.filter((f) => /advokat/iu.test(f)));
  const office = address();
  const kind = r.pick(['anke', 'nav-lawyer', 'own-name', 'forward-mail'] as const);
  const repLine = (label: string) => (rep ? [`${label} advokat ${rep}, ${firm}, ${office.join(', ')}`] : []);
  const repTruth: PartiesTruth['representative'] = rep ? { name: rep, firm, address: office } : null;
  const closing = ['', 'Med hilsen', unit[0]!, '', worker, 'saksbehandler'];
  if (kind === 'forward-mail') {
    // A case worker's e-mail: it names no representative at all, only that there is one.
    const [given0, family0] = worker.toLowerCase().split(' ');
    const text = [`Fra: ${worker} <${given0}.${family0}@nav.no>`, `Sendt: ${r.int(1, 28)}. mars 2026`, 'Til: post@klageorganet.no', 'Emne: Ettersendelse i klagesak', '', `Hei. Vedlagt ${r.pick(['legeerklæring', 'nye opplysninger', 'kopi av vedtaket'])} for ${appellant}. ${r.pick(['Klager er representert ved fullmektig.', 'Klager har fullmektig i saken.', 'Fullmektig har fått kopi.'])}`, '', `Mvh ${worker}`, unit[0]!].join('\n');
    return { id: `trap-${seed}-${index}`, style: 'trap-forward-mail', text, truth: { appellant: { name: appellant, address: [] }, representative: null, firstInstance: null } };
  }
  let partyLines: string[];
  let heading = 'Oversendelse av klage til klageorganet';
  let recipient = own;
  if (kind === 'anke') {
    heading = 'Oversendelse av anke til Trygderetten';
    recipient = ['Trygderetten', 'Postboks 8024 Dep', '0030 Oslo'];
    partyLines = [`Ankende part: ${appellant}, ${home.join(', ')}`, ...repLine('Prosessfullmektig:'), '', r.pick(['Ankemotpart: NAV', 'Ankemotpart: Arbeids- og velferdsetaten', 'Motpart: NAV']), `Prosessfullmektig: advokat ${navPerson}, NAV Juridisk avdeling, Postboks ${r.int(1, 99)}, 0101 Oslo`];
  } else if (kind === 'nav-lawyer') {
    const line = r.pick([`Representant: ${navPerson}, ${unit[0]}`, `Ombud: advokat ${navPerson}, NAV Juridisk avdeling, Postboks ${r.int(1, 99)}, 0101 Oslo`, `Prosessfullmektig: advokat ${navPerson}, NAV Juridisk avdeling`, `Representative: ${navPerson}, ${unit[0]}`]);
    partyLines = [`Klager: ${appellant}, ${home.join(', ')}`, ...repLine('Fullmektig:'), `Saksbehandler: ${worker}`, line];
  } else {
    partyLines = rep
      ? [`Klager: ${appellant}, ${home.join(', ')}`, ...repLine('Fullmektig:')]
      : r.pick([[`Klager/fullmektig: ${appellant}, ${home.join(', ')}`], [`Klager: ${appellant}, ${home.join(', ')}`, `Fullmektig: ${appellant}`]]);
  }
  const text = [...unit, '', ...recipient, '', `Vår ref.: ${r.int(2026, 2027)}/${r.int(1000, 99999)}`, '', heading, '', ...partyLines, '', 'Vi har vurdert saken på nytt og oversender den.', ...closing].join('\n');
  return { id: `trap-${seed}-${index}`, style: `trap-${kind}-${rep ? 'rep' : 'none'}`, text, truth: { appellant: { name: appellant, address: home }, representative: repTruth, firstInstance: null } };
}

export function firstInstanceTraps(seed: number, count: number, postcodes: ReadonlyMap<string, string>): FirstInstanceLetter[] {
  return Array.from({ length: count }, (_, i) => firstInstanceTrap(seed, i, postcodes));
}
