import type { Rng } from './rng.ts';

/** Invented people, places and numbers. National ids are synthetic only (birth month + 80). */

export const firstNames = [
  'Kari', 'Ola', 'Ingrid', 'Per', 'Solveig', 'Knut', 'Aisha', 'Mohammed', 'Marit', 'Trond', 'Hilde', 'Jan Erik', 'Sigrid',
  'Bjørn', 'Anne-Lise', 'Espen', 'Liv', 'Tor Arne', 'Fatima', 'Nils', 'Ragnhild', 'Øystein', 'Mette', 'Gunnar', 'Åse',
  'Piotr', 'Agnieszka', 'Leif', 'Tone', 'Halvard', 'Synnøve', 'Ahmed', 'Birgitte', 'Stian', 'Eirin', 'Kjell', 'Randi',
];
export const lastNames = [
  'Nordmann', 'Hansen', 'Johansen', 'Olsen', 'Larsen', 'Andersen', 'Pedersen', 'Nilsen', 'Kristiansen', 'Jensen', 'Karlsen',
  'Berg', 'Haugen', 'Hagen', 'Bakken', 'Solberg', 'Dahl', 'Lunde', 'Strand', 'Moen', 'Aas', 'Eide', 'Rønning', 'Sæther',
  'Kowalski', 'Ali', 'Hussain', 'Vik', 'Myklebust', 'Fjeldstad', 'Ødegård', 'Brekke', 'Tveit', 'Lie', 'Holm', 'Åsheim',
];
export const foreignFirst = ['Anna', 'Erik', 'Lars', 'Maja', 'Søren', 'Mette', 'Johan', 'Sofia', 'James', 'Emily', 'Karin', 'Henrik'];
export const foreignLast = ['Andersson', 'Lindqvist', 'Nielsen', 'Christensen', 'Smith', 'Brown', 'Svensson', 'Madsen', 'Eriksson', 'Thomsen'];

export const streets = ['Storgata', 'Kirkeveien', 'Bjørkelia', 'Skolegata', 'Fjellveien', 'Strandvegen', 'Løkkeveien', 'Myrvegen', 'Haugesundsgata', 'Granåsen', 'Solbakken', 'Elvegata'];
export const towns = [
  ['0467', 'Oslo'], ['5003', 'Bergen'], ['7030', 'Trondheim'], ['4006', 'Stavanger'], ['9008', 'Tromsø'], ['3015', 'Drammen'],
  ['6002', 'Ålesund'], ['8006', 'Bodø'], ['2317', 'Hamar'], ['4614', 'Kristiansand'], ['1604', 'Fredrikstad'], ['6800', 'Førde'],
  ['3510', 'Hønefoss'], ['9600', 'Hammerfest'], ['5500', 'Haugesund'], ['2609', 'Lillehammer'],
] as const;
export const foreignTowns = [
  ['SE-411 05', 'Göteborg'], ['SE-752 36', 'Uppsala'], ['DK-8000', 'Aarhus C'], ['DK-2100', 'København Ø'], ['E-29600', 'Marbella'],
  ['SE-831 30', 'Östersund'], ['DK-5000', 'Odense C'], ['PL-80-001', 'Gdańsk'],
] as const;

export interface Person {
  name: string;
  street: string;
  postcode: string;
  town: string;
  nationalId: string;
}

/** Both mod-11 check digits of a Norwegian national id (null when the first nine digits cannot have them). */
export function checkDigits(nine: string): string | null {
  const d = [...nine].map(Number);
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  let k1 = 11 - (w1.reduce((s, w, i) => s + w * d[i]!, 0) % 11);
  if (k1 === 11) k1 = 0;
  if (k1 === 10) return null;
  const ten = [...d, k1];
  let k2 = 11 - (w2.reduce((s, w, i) => s + w * ten[i]!, 0) % 11);
  if (k2 === 11) k2 = 0;
  if (k2 === 10) return null;
  return `${k1}${k2}`;
}

/** A synthetic test id: day, birth month + 80, year, individual number, valid check digits. */
export function syntheticNationalId(rng: Rng): string {
  for (;;) {
    const day = String(rng.int(1, 28)).padStart(2, '0');
    const month = String(rng.int(1, 12) + 80);
    const year = String(rng.int(35, 99)).padStart(2, '0');
    const individual = String(rng.int(100, 499)).padStart(3, '0');
    const nine = `${day}${month}${year}${individual}`;
    const check = checkDigits(nine);
    if (check) return nine + check;
  }
}

export function person(rng: Rng, foreign = false): Person {
  const [postcode, town] = foreign ? rng.pick(foreignTowns) : rng.pick(towns);
  const name = foreign ? `${rng.pick(foreignFirst)} ${rng.pick(foreignLast)}` : `${rng.pick(firstNames)} ${rng.pick(lastNames)}`;
  return { name, street: `${rng.pick(streets)} ${rng.int(1, 140)}${rng.chance(0.2) ? rng.pick(['A', 'B', 'C']) : ''}`, postcode, town, nationalId: syntheticNationalId(rng) };
}

/** How a national id is written: as is, or split 6+5 as people do. */
export function writeNationalId(rng: Rng, id: string): string {
  return rng.chance(0.35) ? `${id.slice(0, 6)} ${id.slice(6)}` : id;
}

// ---------------------------------------------------------------------------------------------
// Dates

export type DateLang = 'nb' | 'nn' | 'sv' | 'da' | 'en';
const months: Record<DateLang, string[]> = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function randomDate(rng: Rng, from = '2024-01-02', spanDays = 600): string {
  return addDays(from, rng.int(0, spanDays));
}

/**
 * A date the way a letter writes it. Norwegian letters use all four SPEC.md forms; foreign ones their
 * own long form or ISO. `numericOnly` keeps to forms every reader of any language understands.
 */
export function writeDate(rng: Rng, iso: string, lang: DateLang, numericOnly = false): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const dd = String(d).padStart(2, '0');
  const mm = String(m).padStart(2, '0');
  const forms: [string, number][] = [
    [`${dd}.${mm}.${y}`, 5],
    [`${d}.${m}.${String(y).slice(2)}`, 1],
    [iso, 1.5],
  ];
  if (!numericOnly) {
    if (lang === 'nb' || lang === 'nn' || lang === 'da') forms.push([`${d}. ${months[lang][m - 1]} ${y}`, 3]);
    if (lang === 'sv') forms.push([`${d} ${months.sv[m - 1]} ${y}`, 3]);
    if (lang === 'en') forms.push([`${d} ${months.en[m - 1]} ${y}`, 3]);
  }
  return rng.weighted(forms);
}

// ---------------------------------------------------------------------------------------------
// References

export function ourCaseNumber(rng: Rng, year = 2025): string {
  return `${year}/${String(rng.int(1, 19999)).padStart(5, '0')}`;
}
export function helfoRef(rng: Rng): string {
  return `${rng.int(23, 25)}/${rng.int(100000, 999999)}`;
}
export function navRef(rng: Rng): string {
  return rng.pick([`${rng.int(1000000, 9999999)}`, `NAV-${rng.int(100000, 999999)}`, `${rng.int(2023, 2025)}-${rng.int(10000, 99999)}`]);
}
export function lawyerRef(rng: Rng): string {
  return rng.pick([`${rng.int(1000, 9999)}-${rng.int(1, 9)}/${rng.pick(['KB', 'TH', 'AL', 'MS', 'JE'])}`, `${rng.int(10000, 99999)}/${rng.pick(['IBR', 'SKH', 'TML'])}`, `K${rng.int(1000, 9999)}`]);
}
export function tribunalRef(rng: Rng): string {
  return `${rng.int(24, 25)}/${String(rng.int(100, 4999)).padStart(5, '0')}`;
}
export function foreignRef(rng: Rng): string {
  return rng.pick([`${rng.int(100, 999)}-${rng.int(10000, 99999)}`, `FK ${rng.int(1000, 9999)}-${rng.int(10, 99)}`, `J.nr. ${rng.int(1000, 9999)}`]).replace(/\s/g, '');
}
export function accountNumber(rng: Rng): string {
  return `${rng.int(1000, 9999)}.${rng.int(10, 99)}.${rng.int(10000, 99999)}`;
}
