import { parseArgs } from 'node:util';
import { isValidNationalId } from '../domain/fields/national-id.ts';
import { nationalIdDigits } from '../domain/fields/national-id-shape.ts';
import { addressCorrectionChecked } from '../domain/letters/postal-address.ts';
import { displayCaseNumber } from '../domain/registry/case-number-input.ts';
import type { Identity } from '../service/identity.ts';
import type { PersonHoldings } from '../service/operations/person-holdings.ts';
import type { PartyCorrected } from '../service/operations/party-correction.ts';
import { schemaIssueNb } from '../service/problem-words-nb.ts';
import { through, UsageError } from './commands.ts';
import { actingPerson, readingPerson } from './cli-person.ts';
import { addressOptions } from './outbox-command.ts';

/**
 * The person's rights on the command line, through the same operations as the API (while `serve` runs on
 * the data dir the command asks it):
 *
 *   innsyn --national-id ID [--json]     what is held about a person (GDPR art. 15); the id goes in the
 *                                        request body, never in a URL or a log line
 *   parties set CASE --role appellant|representative --name N (--street S --postcode P --place T [--country C] | --address "S, P T")
 *                                        corrects a party's name and address (art. 16)
 */

export async function innsynCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'data-dir': { type: 'string', default: '.postmottak' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, archivist: { type: 'string' }, 'national-id': { type: 'string' } } });
  const typed = values['national-id'];
  if (typed === undefined) throw new UsageError('oppgi personens fødselsnummer: innsyn --national-id FØDSELSNUMMER');
  // The id itself is never repeated back: a person's mistake is said without it.
  const digits = nationalIdDigits(typed);
  if (!/^\d{11}$/.test(digits) || !isValidNationalId(digits)) throw new UsageError('--national-id er ikke et fødselsnummer (11 siffer, fødselsnummer eller D-nummer); sjekk sifrene');
  const archivist: Identity = { person: await readingPerson(values.archivist, values['data-dir'], '--archivist', 'innsyn'), role: 'archivist' };
  const held = await through<PersonHoldings>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'innsyn' },
    { http: (c) => c.call(archivist, 'POST', '/persons/lookup', { json: { nationalId: digits } }), direct: async (ctx) => (await import('../service/operations/person-holdings.ts')).lookUpPerson(ctx, archivist, digits) },
  );
  process.stdout.write(values.json ? `${JSON.stringify(held)}\n` : holdingsText(held));
  return 0;
}

/** The answer as an archivist reads it: each part with what it is, then its entries. */
export function holdingsText(held: PersonHoldings): string {
  const lines: string[] = [held.found ? 'Dette er lagret om personen:' : 'Ingenting i registeret har dette fødselsnummeret.'];
  const part = (key: string, entries: string[]) => lines.push('', `${key} (${entries.length}): ${held.parts[key] ?? ''}`, ...entries.map((e) => `  ${e}`));
  part('cases', held.cases.map((c) => `sak ${displayCaseNumber(c.caseId)} (${c.open ? 'åpen' : 'avsluttet'})`));
  part('documents', held.documents.map((d) => `${d.documentId} ${d.documentType ?? ''} mottatt ${d.receivedDate ?? '?'}${d.caseId ? `, sak ${displayCaseNumber(d.caseId)}` : ''}`));
  part('reviewItems', held.reviewItems.map((d) => `${d.documentId} ${d.documentType ?? ''} (${d.status})${d.caseId ? `, sak ${displayCaseNumber(d.caseId)}` : ''}`));
  part('quarantine', held.quarantine.map((q) => `${q.documentId} ${q.fileName}${q.reason ? ` – ${q.reason}` : ''}`));
  part('letters', held.letters.map((l) => `${l.letterId} ${l.kind} (${l.status}) til ${l.recipient?.name ?? 'ingen mottaker'}`));
  part('examples', held.examples.map((e) => `${e.kind} ${e.documentId} ${e.at} av ${e.by}`));
  lines.push('', `accessLog: ${held.parts.accessLog ?? ''}`);
  return `${lines.join('\n')}\n`;
}

export async function partiesCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string', default: '.postmottak' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      archivist: { type: 'string' },
      role: { type: 'string' },
      address: { type: 'string' },
      ...addressOptions,
    },
  });
  const [action, caseInput, ...extra] = positionals;
  if (action !== 'set' || !caseInput || extra.length) throw new UsageError('oppgi én sak: parties set SAK --role appellant|representative --name NAVN --address "GATE, POSTNR STED"');
  if (values.role !== 'appellant' && values.role !== 'representative') throw new UsageError(`--role må være appellant (klager) eller representative (fullmektig)${values.role ? `, ikke «${values.role}»` : ''}`);
  const role = values.role;
  const written = values.address === undefined ? null : splitAddress(values.address);
  if (values.address !== undefined && !written) throw new UsageError('--address skrives «GATE, POSTNR STED» (for eksempel «Fjellveien 3, 5006 Bergen»), eller bruk --street, --postcode og --place');
  const address = addressCorrectionChecked.safeParse({ name: values.name, street: written?.street ?? values.street, postcode: written?.postcode ?? values.postcode ?? '', place: written?.place ?? values.place, ...(values.country === undefined ? {} : { country: values.country }) });
  if (!address.success) throw new UsageError(`adressen: ${address.error.issues.map((i) => `--${String(i.path[0])} ${schemaIssueNb(i)}`).join('; ')}`);
  const person = await actingPerson(values.archivist, values['data-dir'], '--archivist', 'sakens journal sier hvem som rettet', 'parties set');
  const archivist: Identity = { person, role: 'archivist' };
  const caseKey = caseInput.replace('/', '-');
  const done = await through<PartyCorrected>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'parties set' },
    { http: (c) => c.call(archivist, 'PUT', `/cases/${encodeURIComponent(caseKey)}/parties/${role}`, { json: address.data }), direct: async (ctx) => (await import('../service/operations/party-correction.ts')).correctParty(ctx, archivist, caseInput, role, address.data) },
  );
  const { correctableRoleNb } = await import('../service/operations/party-correction.ts');
  const letters = done.readdressed.length ? `; ${done.readdressed.length} brev som ikke var sendt, går nå til den rettede adressen (${done.readdressed.map((l) => l.letterId).join(', ')})` : '';
  process.stdout.write(values.json ? `${JSON.stringify(done)}\n` : `rettet ${correctableRoleNb[role]} i sak ${displayCaseNumber(done.caseId)}: ${done.name}, ${done.address.join(', ')}${letters}\n`);
  return 0;
}

/** «Fjellveien 3, 5006 Bergen» -> street, postcode, place; null when it does not read so. */
function splitAddress(text: string): { street: string; postcode: string; place: string } | null {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  const town = /^\s*(\S+)\s+(.+?)\s*$/u.exec(text.slice(comma + 1));
  const street = text.slice(0, comma).trim();
  return town && street ? { street, postcode: town[1]!, place: town[2]! } : null;
}
