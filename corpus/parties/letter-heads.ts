import { seededRandom } from '../../domain/seeded-random.ts';

/**
 * A focused generator for measuring party extraction: the heads, opening lines and signatures of
 * letters in many styles and five languages, each with the parties it names as ground truth. The
 * body is a sentence or two; what is measured is who wrote and for whom, and at which address.
 * National ids are synthetic only (birth month + 80).
 */

export type Lang = 'nb' | 'nn' | 'sv' | 'da' | 'en';

export interface PartiesTruth {
  appellant: { name: string; address: string[] } | null;
  representative: { name: string; firm: string | null; address: string[] } | null;
  firstInstance: string | null;
}

export interface HeadLetter {
  id: string;
  language: Lang;
  style: string;
  text: string;
  truth: PartiesTruth;
  /** The appellant's synthetic national id when the letter writes one. */
  nationalId: string | null;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

const first = ['Kari', 'Ola', 'Ingrid', 'Per Arne', 'Solveig', 'Knut', 'Aisha', 'Mohammed', 'Marit', 'Trond', 'Hilde', 'Jan-Erik', 'Sigrid', 'Bjørn', 'Anne-Lise', 'Espen', 'Liv', 'Fatima', 'Nils', 'Ragnhild', 'Øystein', 'Mette', 'Åse', 'Piotr', 'Agnieszka', 'Halvard', 'Synnøve', 'Birgitte', 'Eirin', 'Randi', 'Thi Lan', 'Abdirahman', 'Zofia', 'Guro', 'Vebjørn', 'Tuva', 'Eldbjørg', 'Sverre'];
const middle = ['', '', '', '', 'Marie ', 'Johan ', 'Elise ', 'Andreas '];
const last = ['Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Berg', 'Haugen', 'Bakken', 'Solberg', 'Dahl', 'Strand', 'Moen', 'Aas', 'Eide', 'Rønning', 'Sæther', 'Kowalski', 'Ali', 'Hussain', 'Vik', 'Myklebust', 'Ødegård', 'Brekke', 'Tveit', 'Holm-Larsen', 'Nguyen', 'Mohamud', 'Wiśniewska', 'Lie Sandvik', 'Fjellheim', 'Kvalvik', 'Grønli', 'Aune'];
const foreignFirst = ['Anna', 'Erik', 'Lars', 'Maja', 'Søren', 'Johan', 'Sofia', 'James', 'Emily', 'Karin', 'Henrik', 'Ebba'];
const foreignLast = ['Andersson', 'Lindqvist', 'Nielsen', 'Christensen', 'Smith', 'Brown', 'Svensson', 'Madsen', 'Eriksson', 'Thomsen', 'Bergström'];
const streets = ['Storgata', 'Kirkeveien', 'Bjørkelia', 'Skolegata', 'Fjellveien', 'Strandvegen', 'Løkkeveien', 'Myrvegen', 'Granåsen', 'Solbakken', 'Elvegata', 'Thereses gate', 'Kong Oscars gate', 'Øvre Holteigata', 'Nedre Slottsgate', 'Sjøgata', 'Prestegårdsvegen', 'Fossveien'];
const towns = [['0467', 'Oslo'], ['5003', 'Bergen'], ['7030', 'Trondheim'], ['4006', 'Stavanger'], ['9008', 'Tromsø'], ['3015', 'Drammen'], ['6002', 'Ålesund'], ['8006', 'Bodø'], ['2317', 'Hamar'], ['4614', 'Kristiansand'], ['1604', 'Fredrikstad'], ['6800', 'Førde'], ['9600', 'Hammerfest'], ['2609', 'Lillehammer'], ['1363', 'Høvik'], ['8305', 'Svolvær'], ['3916', 'Porsgrunn'], ['0661', 'Oslo'], ['6390', 'Vestnes'], ['9990', 'Båtsfjord']] as const;
const foreignTowns: Record<'sv' | 'da' | 'en', [string, string][]> = {
  sv: [['SE-411 05', 'Göteborg'], ['SE-752 36', 'Uppsala'], ['SE-831 30', 'Östersund'], ['114 49', 'Stockholm']],
  da: [['DK-8000', 'Aarhus C'], ['DK-2100', 'København Ø'], ['DK-5000', 'Odense C'], ['DK-9000', 'Aalborg']],
  en: [['E-29600', 'Marbella'], ['D-10115', 'Berlin'], ['PL-80-001', 'Gdańsk'], ['F-06000', 'Nice']],
};
const foreignStreets: Record<'sv' | 'da' | 'en', string[]> = {
  sv: ['Karlavägen', 'Storgatan', 'Drottninggatan', 'Kungsgatan', 'Linnégatan'],
  da: ['Nørrebrogade', 'Vestergade', 'Østerbrogade', 'Søndergade'],
  en: ['Calle del Mar', 'Hauptstraße', 'ul. Długa', 'Rue de France'],
};
const firms = ['Advokatfirmaet Berg & Lunde AS', 'Advokatfirmaet Trygdeadvokatene', 'ADVOKATFIRMAET NORD DA', 'Advokatkontoret Solberg og Moen', 'Advokatfirmaet Haavik ANS', 'Advokatfirmaet Vest AS', 'Advokatbyrån Lind & Co AB', 'Advokatfirmaet Sørensen ApS'];
const firstInstances = ['Helfo', 'Helfo Behandlere', 'Helfo Tannhelse', 'Helfo Utland', 'Helfo Legemidler', 'NAV Arbeid og ytelser', 'Nav Arbeid og ytelser Kristiansand', 'NAV Familie- og pensjonsytelser', 'Nav Klageinstans', 'NAV kontor Sagene', 'Pasientreiser Vest', 'Pasientreiser HF'];
const firstInstanceAddress: Record<string, string[][]> = {
  Helfo: [['Postboks 2415', '3104 Tønsberg'], ['Postboks 2415, 3104 Tønsberg']],
  Nav: [['Postboks 5 St. Olavs plass', '0130 Oslo'], ['Postboks 6600 Etterstad', '0607 Oslo']],
  NAV: [['Postboks 5 St. Olavs plass', '0130 Oslo'], ['Postboks 6600 Etterstad', '0607 Oslo']],
  Pasientreiser: [['Postboks 2563', '3702 Skien']],
};
const ourHeads = [['Nasjonalt klageorgan for helsetjenesten', 'Postboks 6355 Etterstad', '0604 Oslo'], ['Klageorganet for helse og trygd', 'Postboks 6355 Etterstad, 0604 Oslo'], ['Helseklage', 'Postboks 6355 Etterstad', '0604 OSLO']];

const closings: Record<Lang, string[]> = {
  nb: ['Med vennlig hilsen', 'Vennlig hilsen', 'Mvh', 'Hilsen'],
  nn: ['Med venleg helsing', 'Venleg helsing', 'Helsing'],
  sv: ['Med vänliga hälsningar', 'Vänliga hälsningar', 'Hälsningar'],
  da: ['Med venlig hilsen', 'Venlig hilsen', 'Mange hilsner'],
  en: ['Yours sincerely', 'Kind regards', 'Yours faithfully'],
};
const idLabels: Record<Lang, string[]> = {
  nb: ['Fødselsnummer:', 'Fnr.:', 'F.nr.'],
  nn: ['Fødselsnummer:', 'Fnr.:'],
  sv: ['Norskt personnummer:', 'Fødselsnummer:'],
  da: ['Norsk personnummer:', 'Fødselsnummer:'],
  en: ['Norwegian ID number:', 'National ID no.:'],
};
const selfBody: Record<Lang, string[]> = {
  nb: ['Jeg klager på vedtaket om stønad til tannbehandling. Jeg er uenig i vurderingen.', 'Jeg vil klage på vedtaket fra Helfo, fordi jeg mener det er feil.'],
  nn: ['Eg klagar på vedtaket om stønad. Eg er ikkje einig i vurderinga.', 'Eg vil klage på vedtaket frå Nav.'],
  sv: ['Jag överklagar beslutet om ersättning för behandling i Sverige. Jag anser att beslutet är fel.'],
  da: ['Jeg klager over afgørelsen om tilskud til tandbehandling. Jeg mener, at afgørelsen er forkert.'],
  en: ['I wish to appeal the decision about reimbursement of my treatment abroad. I believe it is wrong.'],
};
const relatives: Record<Lang, [string, string][]> = {
  nb: [['Jeg skriver på vegne av min mor, {name}, som ikke klarer å skrive selv.', 'mor'], ['Jeg er fullmektig for {name} og klager på vedtaket.', ''], ['Som verge for {name} klager jeg på vedtaket.', '']],
  nn: [['Eg skriv på vegner av {name}, som eg har fullmakt frå.', ''], ['Eg er fullmektig for {name} og klagar på vedtaket.', '']],
  sv: [['Jag skriver på uppdrag av {name}, som har gett mig fullmakt.', '']],
  da: [['Jeg skriver på vegne af {name}, som har givet mig fuldmagt.', '']],
  en: [['I am writing on behalf of my father {name}, who has authorised me.', ''], ['I write on behalf of {name} as her appointed representative.', '']],
};
const lawyerBody: Record<Lang, string[]> = {
  nb: ['Vi representerer {name} ({id}) i saken om stønad.', 'På vegne av vår klient {name}, f.nr. {id}, påklages vedtaket.', 'Undertegnede er engasjert av {name} i anledning vedtaket.'],
  nn: ['Vi representerer {name} ({id}) i saka om stønad.'],
  sv: ['Vi företräder {name} och överklagar härmed beslutet. Klagande: {name}'],
  da: ['Vi skriver på vegne af vores klient {name} og klager over afgørelsen.'],
  en: ['We act on behalf of our client {name} ({id}) and appeal the decision.'],
};
const transferBody: Record<Lang, string[]> = {
  nb: ['Vi oversender klagesak for {name}, fødselsnummer {id}, som gjelder {benefit}.', 'Saken gjelder: {name} ({id})\nKlagen er vurdert, men vedtaket opprettholdes.', 'Vedlagt følger klagesaken til {name} for klagebehandling.'],
  nn: ['Vi sender over klagesaka til {name}, fødselsnummer {id}, som gjeld {benefit}.'],
  sv: ['Vi overlämnar klagan från {name} för behandling.'],
  da: ['Vi sender klagen fra {name} til behandling.'],
  en: ['We forward the appeal from {name} for your consideration.'],
};

function syntheticNationalId(rng: Rng): string {
  for (;;) {
    const body = `${String(rng.int(1, 28)).padStart(2, '0')}${rng.int(81, 92)}${String(rng.int(30, 99)).padStart(2, '0')}${String(rng.int(100, 499)).padStart(3, '0')}`;
    const d = [...body].map(Number);
    const k1 = (11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11)) % 11;
    if (k1 === 10) continue;
    const k2 = (11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * [...d, k1][i]!, 0) % 11)) % 11;
    if (k2 === 10) continue;
    return `${body}${k1}${k2}`;
  }
}

interface Person {
  name: string;
  address: string[];
  /** The address as a head writes it (one or two lines for the postcode part). */
  headLines: string[];
}

function person(rng: Rng, lang: Lang): Person {
  const foreign = (lang === 'sv' || lang === 'da' || lang === 'en') && rng.chance(0.7) ? lang : null;
  const name = foreign ? `${rng.pick(foreignFirst)} ${rng.pick(foreignLast)}` : `${rng.pick(first)} ${rng.pick(middle)}${rng.pick(last)}`;
  const [postcode, town] = foreign ? rng.pick(foreignTowns[foreign]) : rng.pick(towns);
  const street = foreign ? `${rng.pick(foreignStreets[foreign])} ${rng.int(1, 90)}` : `${rng.pick(streets)} ${rng.int(1, 140)}${rng.chance(0.2) ? rng.pick(['A', 'B', 'C']) : ''}`;
  const style = rng.int(0, 9);
  if (style === 0) {
    const box = `Postboks ${rng.int(10, 999)}`;
    return { name, address: [box, `${postcode} ${town}`], headLines: [box, `${postcode} ${town}`] };
  }
  if (style === 1 && !foreign) {
    const co = `c/o ${rng.pick(first)} ${rng.pick(last)}`;
    return { name, address: [co, street, `${postcode} ${town}`], headLines: [co, street, `${postcode} ${town}`] };
  }
  if (style === 2 && !foreign) {
    const flat = `${street} H0${rng.int(1, 4)}0${rng.int(1, 9)}`;
    return { name, address: [flat, `${postcode} ${town}`], headLines: [flat, `${postcode} ${town}`] };
  }
  if (style === 3) {
    const line = `${street}, ${postcode} ${town}`;
    return { name, address: [line], headLines: [line] };
  }
  return { name, address: [street, `${postcode} ${town}`], headLines: [street, `${postcode} ${town}`] };
}

function letterDate(rng: Rng): string {
  return `${String(rng.int(1, 28)).padStart(2, '0')}.${String(rng.int(1, 12)).padStart(2, '0')}.2025`;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/gu, (_, k: string) => values[k] ?? '');

/** One letter; the same seed and index always give the same letter. */
export function headLetter(seed: number, index: number): HeadLetter {
  const rng = new Rng((seed * 1_000_003 + index) >>> 0);
  const language = rng.pick(['nb', 'nb', 'nb', 'nb', 'nn', 'nn', 'sv', 'da', 'en'] as const);
  const kind = rng.pick(['self', 'self', 'self', 'self', 'from', 'email', 'email', 'form', 'declaration', 'relative', 'lawyer', 'lawyer', 'transfer', 'transfer'] as const);
  const appellant = person(rng, language);
  const id = syntheticNationalId(rng);
  const spacedId = rng.chance(0.35) ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
  const lines: string[] = [];
  const blank = () => lines.push(...(rng.chance(0.8) ? [''] : rng.chance(0.5) ? ['', ''] : []));
  const indent = rng.chance(0.2) ? ' '.repeat(rng.int(40, 55)) : '';
  const ours = () => {
    lines.push(...rng.pick(ourHeads));
    blank();
  };
  const closing = rng.pick(closings[language]);
  const truth: PartiesTruth = { appellant: null, representative: null, firstInstance: null };
  let nationalId: string | null = null;
  let style: string = kind;
  const fi = rng.pick(firstInstances);
  const benefit = rng.pick(['stønad til tannbehandling', 'arbeidsavklaringspenger', 'refusjon av utgifter til legemidler', 'sykepenger']);
  const mentionFi = rng.chance(0.5);

  switch (kind) {
    case 'self':
    case 'relative': {
      const writer = kind === 'self' ? appellant : person(rng, language);
      const upper = rng.chance(0.05);
      lines.push(indent + (upper ? writer.name.toUpperCase() : writer.name), ...writer.headLines.map((l) => indent + l));
      if (rng.chance(0.5) && kind === 'self') {
        lines.push(`${rng.pick(idLabels[language])} ${spacedId}`);
        nationalId = id;
      }
      if (rng.chance(0.15)) lines.push(`${' '.repeat(rng.int(30, 50))}${rng.pick(['MOTTATT 14.03.2025', 'SKANNET', 'Journalført'])}`);
      blank();
      if (rng.chance(0.85)) ours();
      lines.push(`${rng.pick(['Oslo', 'Bergen', 'Tromsø'])}, ${letterDate(rng)}`, '');
      if (kind === 'self') {
        lines.push(rng.pick(selfBody[language]));
        if (mentionFi) lines.push(`Vedtaket fra ${fi} kom i posten.`);
        // A head in capitals is not read as a name; it is measured all the same.
        truth.appellant = { name: appellant.name, address: appellant.address };
        style = upper ? 'self-upper' : `self-${writer.headLines.length}`;
      } else {
        const [sentence] = rng.pick(relatives[language]);
        lines.push(fill(sentence, { name: appellant.name }));
        if (rng.chance(0.5)) {
          lines.push(`Fødselsnummer: ${spacedId}`);
          nationalId = id;
        }
        truth.appellant = { name: appellant.name, address: [] };
        truth.representative = { name: writer.name, firm: null, address: writer.address };
      }
      lines.push('', closing, '');
      if (rng.chance(0.2)) lines.push('(signert)');
      lines.push(writer.name);
      break;
    }
    case 'from': {
      lines.push(`Fra: ${appellant.name}`, '');
      lines.push(`Dato: ${letterDate(rng)}`, '', rng.pick(selfBody[language]), '', closing, '', appellant.name);
      truth.appellant = { name: appellant.name, address: [] };
      break;
    }
    case 'email': {
      // An e-mail printed by the mailroom: headers, the text, and the writer's address under the name.
      const user = appellant.name.toLowerCase().replace(/[^a-zæøå]+/gu, '.');
      lines.push(`${rng.pick(['Fra:', 'From:', 'Från:'])} ${appellant.name} <${user}@${rng.pick(['online.no', 'gmail.com', 'hotmail.com'])}>`);
      lines.push(`${rng.pick(['Til:', 'To:'])} post@klageorgan.example`, `${rng.pick(['Sendt:', 'Sent:', 'Dato:'])} ${letterDate(rng)} 21:47`, `${rng.pick(['Emne:', 'Subject:', 'Ämne:'])} Klage`, '');
      lines.push(rng.pick(['Hei', 'Hei,', 'Hello', 'Hej']), '', rng.pick(selfBody[language]));
      if (rng.chance(0.5)) {
        lines.push('', `${rng.pick(idLabels[language])} ${spacedId}`);
        nationalId = id;
      }
      const withAddress = rng.chance(0.75);
      lines.push('', closing, appellant.name, ...(withAddress ? appellant.headLines : []));
      if (rng.chance(0.6)) lines.push(`Tlf ${rng.int(900, 999)} ${rng.int(10, 99)} ${rng.int(100, 999)}`);
      truth.appellant = { name: appellant.name, address: withAddress ? appellant.address : [] };
      style = `email-${withAddress ? 'address' : 'name'}`;
      break;
    }
    case 'form': {
      // A form the writer filled in: labelled fields, one a line.
      const labelsByLang = language === 'en' ? ['Name:', 'Address:', 'Postcode and town:'] : language === 'sv' ? ['Namn:', 'Adress:', 'Postnummer och ort:'] : language === 'nn' ? ['Namn:', 'Adresse:', 'Postnummer og stad:'] : ['Navn:', 'Adresse:', rng.pick(['Postnr. og sted:', 'Postnummer/sted:', 'Poststed:'])];
      lines.push(rng.pick(['KLAGESKJEMA', 'Skjema for klage', 'SAMTYKKE']), '');
      if (appellant.address.length === 2 && !/,/u.test(appellant.address[0]!)) {
        lines.push(`${labelsByLang[0]} ${appellant.name}`, `${labelsByLang[1]} ${appellant.address[0]}`, `${labelsByLang[2]} ${appellant.address[1]}`);
        truth.appellant = { name: appellant.name, address: appellant.address };
      } else {
        lines.push(`${labelsByLang[0]} ${appellant.name}`);
        truth.appellant = { name: appellant.name, address: [] };
      }
      lines.push(`${rng.pick(idLabels[language])} ${spacedId}`, '', rng.pick(selfBody[language]), '', `Sted/dato: Oslo ${letterDate(rng)}`, `Underskrift: ${appellant.name}`);
      nationalId = id;
      style = `form-${truth.appellant.address.length ? 'address' : 'name'}`;
      break;
    }
    case 'declaration': {
      // A doctor writes under their own name and address about a patient.
      const doctor = person(rng, 'nb');
      lines.push(doctor.name, rng.pick(['Spesialist i allmennmedisin', 'Fastlege', 'Lege']), ...doctor.headLines.filter((l) => !/^c\/o/u.test(l)), '');
      lines.push(rng.pick(['LEGEERKLÆRING', 'Legeerklæring', 'Erklæring om helsetilstand']), '');
      lines.push(`${rng.pick(['Pasient:', 'Gjelder:', 'Pasienten:'])} ${appellant.name}, ${rng.pick(['f.', 'fnr.', 'fødselsnummer'])} ${spacedId}`, '');
      nationalId = id;
      lines.push('Pasienten har vært til behandling hos meg siden 2019.', '', closing, '', doctor.name, 'lege');
      truth.appellant = { name: appellant.name, address: [] };
      style = 'declaration';
      break;
    }
    case 'lawyer': {
      const firm = rng.pick(firms);
      const lawyer = `${rng.pick(first)} ${rng.pick(last)}`;
      const [postcode, town] = rng.pick(towns);
      const street = `${rng.pick(streets)} ${rng.int(1, 60)}`;
      const oneLine = rng.chance(0.5);
      const address = oneLine ? [`${street}, ${postcode} ${town}`] : [street, `${postcode} ${town}`];
      const attention = rng.chance(0.3);
      lines.push(rng.chance(0.3) ? firm.toUpperCase() : firm, ...(attention ? [`v/ advokat ${lawyer}`] : []), ...address, `Tlf. ${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, '');
      ours();
      lines.push(`Vår ref. ${rng.int(1000, 9999)}-${rng.int(1, 9)}/KB   Dato: ${letterDate(rng)}`, '');
      lines.push(fill(rng.pick(lawyerBody[language]), { name: appellant.name, id: spacedId }));
      nationalId = lawyerBody[language].some((b) => b.includes('{id}')) ? id : null;
      if (!lines.some((l) => l.includes(spacedId))) nationalId = null;
      if (mentionFi) lines.push(`${fi} har avslått søknaden.`);
      lines.push('', closing, firm, '', lawyer, rng.pick(['advokat', 'Advokat', 'advokatfullmektig']));
      truth.appellant = { name: appellant.name, address: [] };
      truth.representative = { name: lawyer, firm, address };
      style = `lawyer-${attention ? 'v' : 'sig'}-${address.length}`;
      break;
    }
    case 'transfer': {
      const base = fi.split(' ')[0]!;
      const address = rng.pick(firstInstanceAddress[base] ?? firstInstanceAddress.NAV!);
      lines.push(rng.chance(0.3) ? fi.toUpperCase() : fi, ...address, '');
      ours();
      lines.push(`Vår ref. ${rng.int(23, 25)}/${rng.int(100000, 999999)}   Dato: ${letterDate(rng)}`, '');
      lines.push(...fill(rng.pick(transferBody[language]), { name: appellant.name, id: spacedId, benefit }).split('\n'));
      nationalId = lines.some((l) => l.includes(spacedId)) ? id : null;
      const withAddress = rng.chance(0.5);
      const oneLine = withAddress && rng.chance(0.4) && appellant.address.length === 2;
      if (oneLine) lines.push('', `${rng.pick(['Klager:', 'Klagar:', 'Parten:'])} ${appellant.name}, ${appellant.address.join(', ')}`);
      else if (withAddress) lines.push('', `${rng.pick(['Klager:', 'Klagar:', 'Parten:'])}`, appellant.name, ...appellant.headLines);
      lines.push('', closing, fi, '', `${rng.pick(first)} ${rng.pick(last)}`, 'saksbehandler');
      truth.appellant = { name: appellant.name, address: withAddress ? appellant.address : [] };
      truth.firstInstance = fi;
      style = `transfer-${oneLine ? 'oneline' : withAddress ? 'address' : 'name'}`;
      break;
    }
  }
  if (mentionFi && kind !== 'transfer' && lines.some((l) => l.includes(fi))) truth.firstInstance = fi;
  return { id: `head-${seed}-${index}`, language, style, text: lines.join('\n'), truth, nationalId };
}

export function headLetters(seed: number, count: number): HeadLetter[] {
  return Array.from({ length: count }, (_, i) => headLetter(seed, i));
}
