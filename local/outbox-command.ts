import { parseArgs } from 'node:util';
import { osloDate } from '../domain/calendar.ts';
import { dayToComeWords, isAfterToday } from '../domain/intake/days-to-come.ts';
import { LetterStatus, OutboxLetter } from '../schemas/letters.ts';
import type { OutboxItem } from '../schemas/outbox.ts';
import { addressCorrectionChecked } from '../domain/letters/postal-address.ts';
import { inPostOrder } from '../domain/letters/post-order.ts';
import type { Identity } from '../service/identity.ts';
import { isoDate, through, UsageError } from './commands.ts';
import { actingPerson, readingPerson } from './cli-person.ts';
import { noLettersLine, noNoticesLine } from './empty-listings.ts';
import { letterLine } from './archivist-wording.ts';
import { schemaIssueNb } from '../service/problem-words-nb.ts';
import { outFileChecked, writeOutFile } from './out-file.ts';

/**
 * `postmottak outbox`: the letters postmottak wrote (SPEC.md "Parties and outgoing letters"), through
 * the same operations as the API's /outbox routes: while `serve` runs on the data dir the command asks
 * it, otherwise it opens the embedded stack for its own run.
 *
 *   outbox [--status ready|held|sent] [--json]     one line (or JSON object) per letter
 *   outbox sent LETTER_ID [--on dd.mm.åååå]        marks a ready letter sent (ekspedert) that day
 *   outbox release LETTER_ID --name N --street S --postcode NNNN --place P [--country C]
 *                                                  gives a held letter its address and releases it;
 *                                                  abroad with --country (name or code) and the postcode
 *                                                  in that country's form
 *   outbox print --out FILE.pdf [--date dd.mm.åååå] one printable PDF/A of the ready letters (of a day)
 *   outbox notices [--today dd.mm.åååå]            what the daily watcher does in AWS: writes the notice
 *                                                  of extended processing time for each open case
 *                                                  whose case_processing deadline is within the lead time
 */

const actions = ['sent', 'release', 'print', 'notices'] as const;

/** An address as an archivist types it (outbox release, parties set): the fields of AddressCorrection. */
export const addressOptions = { name: { type: 'string' }, street: { type: 'string' }, postcode: { type: 'string' }, place: { type: 'string' }, country: { type: 'string' } } as const;

/** The listing's shape: SPEC.md's fields and the reason or date that goes with the status. */
function outboxLine(letter: OutboxItem): OutboxLetter {
  return OutboxLetter.parse(letter);
}

export async function outboxCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'data-dir': { type: 'string', default: '.postmottak' },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      archivist: { type: 'string' },
      status: { type: 'string' },
      on: { type: 'string' },
      out: { type: 'string' },
      date: { type: 'string' },
      today: { type: 'string' },
      ...addressOptions,
    },
  });
  const [action, ...rest] = positionals;
  if (action !== undefined && !(actions as readonly string[]).includes(action)) throw new UsageError(`ukjent handling «${action}» for outbox (ingen handling gir listen, ellers: ${actions.join(', ')})`);
  const status = values.status === undefined ? undefined : LetterStatus.safeParse(values.status).data;
  if (values.status !== undefined && !status) throw new UsageError(`--status må være ready, held eller sent, ikke «${values.status}»`);
  const on = isoDate(values.on, '--on');
  const day = isoDate(values.date, '--date');
  const today = isoDate(values.today, '--today');
  const now = osloDate(new Date());
  if (action === 'notices' && today && isAfterToday(today, now)) throw new UsageError(dayToComeWords('notices', { en: '--today', nb: '--today' }, today, now).nb);
  if ((action === 'sent' || action === 'release') && rest.length !== 1) throw new UsageError(`oppgi ett brev: outbox ${action} BREV_ID`);
  if (action === 'print' && !values.out) throw new UsageError('oppgi hvor utskriftsfilen skal skrives: outbox print --out FIL.pdf');
  if (action === 'print') await outFileChecked(values.out!);
  const address = action === 'release' ? addressCorrectionChecked.safeParse({ name: values.name, street: values.street, postcode: values.postcode ?? '', place: values.place, ...(values.country === undefined ? {} : { country: values.country }) }) : null;
  if (address && !address.success) {
    // «411 38» without a country is read as Norway's four digits: the archivist of a letter abroad is told of --country.
    const abroad = values.country === undefined && address.error.issues.some((i) => i.path[0] === 'postcode') ? ' (en adresse i utlandet: --country LAND)' : '';
    throw new UsageError(`adressen: ${address.error.issues.map((i) => `--${String(i.path[0])} ${schemaIssueNb(i)}`).join('; ')}${abroad}`);
  }

  // Sent, release and notices journal the letter: they need a person; the listing and print read letters
  // (the access log), under the machine's account when nobody is named.
  const journals = action === 'sent' || action === 'release' || action === 'notices';
  const person = journals
    ? await actingPerson(values.archivist, values['data-dir'], '--archivist', 'brevets journal sier hvem som gjorde det', 'outbox')
    : await readingPerson(values.archivist, values['data-dir'], '--archivist', 'outbox');
  const archivist: Identity = { person, role: 'archivist' };
  const where = { dataDir: values['data-dir'], verbose: values.verbose, command: `outbox${action ? ` ${action}` : ''}` };
  const ops = () => import('../service/operations/outbox.ts');
  const print = (letter: OutboxItem, prefix = '') => process.stdout.write((values.json ? JSON.stringify(outboxLine(letter)) : `${prefix}${letterLine(letter)}`) + '\n');
  const letterId = rest[0]!;

  if (action === 'sent') {
    const body = on ? { on } : {};
    print(await through<OutboxItem>(where, { http: (c) => c.call(archivist, 'POST', `/outbox/${encodeURIComponent(letterId)}/sent`, { json: body }), direct: async (ctx) => (await ops()).markSent(ctx, archivist, letterId, on) }));
    return 0;
  }
  if (action === 'release' && address?.success) {
    print(await through<OutboxItem>(where, { http: (c) => c.call(archivist, 'POST', `/outbox/${encodeURIComponent(letterId)}/release`, { json: address.data }), direct: async (ctx) => (await ops()).releaseLetter(ctx, archivist, letterId, address.data) }));
    return 0;
  }
  if (action === 'notices') {
    const body = today ? { today } : {};
    const { letters } = await through<{ letters: (OutboxItem & { created: boolean })[] }>(where, {
      http: (c) => c.call(archivist, 'POST', '/outbox/notices', { json: body }),
      direct: async (ctx) => (await ops()).writeNotices(ctx, archivist, today),
    });
    for (const l of letters) print(l, l.created ? 'skrevet: ' : 'skrevet fra før: ');
    if (!letters.length && !values.json) process.stdout.write(`${noNoticesLine(today ?? now)}\n`);
    return 0;
  }
  if (action === 'print') {
    const { pdf, letters } = await through<{ pdf: Uint8Array; letters: OutboxItem[] | null }>(where, {
      http: async (c) => ({ pdf: await c.bytes(archivist, '/outbox/print', { date: day }), letters: null }),
      direct: async (ctx) => (await ops()).printReady(ctx, archivist, day),
    });
    await writeOutFile(values.out!, pdf);
    // Through a running serve the PDF comes alone: the ready letters are listed beside it, so the line can say how many.
    const listed = letters ?? inPostOrder((await through<{ letters: OutboxItem[] }>(where, { http: (c) => c.call(archivist, 'GET', '/outbox', { query: { status: 'ready' } }), direct: async (ctx) => (await ops()).listOutbox(ctx, archivist, { status: 'ready' }) })).letters.filter((l) => !day || l.letterDate === day));
    process.stderr.write(`skrev ${listed.length} brev til ${values.out}\n`);
    if (values.json) for (const l of listed) print(l);
    return 0;
  }
  const query = status ? { status } : {};
  const { letters } = await through<{ letters: OutboxItem[] }>(where, { http: (c) => c.call(archivist, 'GET', '/outbox', { query }), direct: async (ctx) => (await ops()).listOutbox(ctx, archivist, query) });
  for (const l of letters) print(l);
  if (!letters.length && !values.json) process.stdout.write(`${noLettersLine(status)}\n`);
  return 0;
}
