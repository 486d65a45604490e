import { checkDigits } from './people.ts';
import { renderTextPdf, zipArchive } from './render.ts';

/**
 * A day of mail for the robustness tests and the pipeline benchmark: per person an appeal that opens a
 * case (with the first instance's reference) and a medical declaration that must join it (by national
 * id), now and then a file that is no scan. Synthetic national ids only (birth month + 80).
 */
export interface MailItem {
  name: string;
  bytes: Buffer;
  kind: 'appeal' | 'declaration' | 'not-a-scan';
  person: number;
}

/** A synthetic national id (birth month + 80) for a birth date, from the first issued individual number. */
function idFor(day: number, month: number, year2: number, fromIndividual: number): string {
  for (let i = fromIndividual; i < 1000; i++) {
    const nine = `${String(day).padStart(2, '0')}${month + 80}${String(year2).padStart(2, '0')}${String(i).padStart(3, '0')}`;
    const check = checkDigits(nine);
    if (check) return nine + check;
  }
  throw new Error('no valid individual number');
}

const FIRST = ['Kari', 'Ola', 'Ingrid', 'Per', 'Sigrid', 'Lars', 'Astrid', 'Nils', 'Marit', 'Jon', 'Liv', 'Knut'];
const LAST = ['Nordmann', 'Hansen', 'Berg', 'Larsen', 'Moe', 'Dahl', 'Lie', 'Bakke', 'Haugen', 'Strand'];

export function personOf(i: number): { name: string; nationalId: string; reference: string } {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const year2 = 40 + (i % 50);
  return { name: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`, nationalId: idFor(day, month, year2, 100 + (i % 400)), reference: `25/${String(10000 + i)}` };
}

export async function appealOf(i: number): Promise<Buffer> {
  const p = personOf(i);
  return renderTextPdf([
    [
      p.name, `Fjellveien ${1 + (i % 90)}, 5003 Bergen`, '', 'Bergen, 18.03.2025', '',
      'KLAGE PÅ VEDTAK OM STØNAD TIL TANNBEHANDLING', '',
      `Fødselsnummer: ${p.nationalId}`, `Helfos referanse: ${p.reference}`, '',
      'Jeg klager på vedtak datert 03.03.2025 der Helfo avslo stønad til tannbehandling.',
      'Jeg er uenig i vedtaket. Tannlegen min mener behandlingen er nødvendig.', '', 'Med hilsen', p.name,
    ],
  ]);
}

export async function declarationOf(i: number): Promise<Buffer> {
  const p = personOf(i);
  return renderTextPdf([
    [
      'Kongsberg legesenter', '', 'LEGEERKLÆRING', '', `Pasient: ${p.name}, fødselsnummer ${p.nationalId}`, '',
      'Diagnose: K05.3 Kronisk periodontitt (ICD-10).',
      'Pasienten har vært til behandling siden 2023. Funksjonsevnen ved tygging er nedsatt.', '',
      `Kongsberg, ${String(1 + (i % 28)).padStart(2, '0')}.03.2025`, 'Ingrid Berg, lege',
    ],
  ]);
}

/** `people` appeals, each followed by its declaration; every seventh person also sends a ZIP named .pdf. */
export async function dayOfMail(people: number, offset = 0): Promise<MailItem[]> {
  const mail: MailItem[] = [];
  for (let n = 0; n < people; n++) {
    const i = offset + n;
    mail.push({ name: `klage-${i}.pdf`, bytes: await appealOf(i), kind: 'appeal', person: i });
    mail.push({ name: `legeerklaering-${i}.pdf`, bytes: await declarationOf(i), kind: 'declaration', person: i });
    if (i % 7 === 3) mail.push({ name: `vedlegg-${i}.pdf`, bytes: zipArchive({ [`brev-${i}.pdf`]: `not a pdf ${i}` }), kind: 'not-a-scan', person: i });
  }
  return mail;
}
