import { parseArgs } from 'node:util';
import type { Identity } from '../service/identity.ts';
import { markAttachment } from '../service/operations/missing-attachments.ts';
import { missingAttachmentsLine } from '../domain/wording/attachment-check-nb.ts';
import { print, through } from './commands.ts';
import { actingPerson } from './cli-person.ts';
import { UsageError } from './usage-error.ts';

/**
 * `postmottak attachment-received CASE "ITEM" [--not-needed] --archivist NAME`: kontroll av vedlegg by hand.
 * A missing attachment the case lists came another way (on paper, by e-mail) or is not needed: the case
 * stops listing it, and its journal names who marked it and when. The same operation as
 * POST /api/v1/cases/{case}/missing-attachments.
 */
export async function attachmentReceivedCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string', default: '.postmottak' }, json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false }, 'not-needed': { type: 'boolean', default: false }, archivist: { type: 'string' } },
  });
  const [caseNumber, item, ...more] = positionals;
  if (!caseNumber || !item || more.length) throw new UsageError('skriv attachment-received SAK "VEDLEGG" [--not-needed] --archivist NAVN (vedlegget slik saken lister det som manglende, i anførselstegn)');
  const person = await actingPerson(values.archivist, values['data-dir'], '--archivist', 'journalen sier hvem som markerte vedlegget', 'attachment-received');
  const archivist: Identity = { person, role: 'archivist' };
  const body = { item, resolution: values['not-needed'] ? ('not_needed' as const) : ('received' as const) };
  const marked = await through<Awaited<ReturnType<typeof markAttachment>>>(
    { dataDir: values['data-dir'], verbose: values.verbose, command: 'attachment-received' },
    {
      http: (client) => client.call(archivist, 'POST', `/cases/${encodeURIComponent(caseNumber.replace('/', '-'))}/missing-attachments`, { json: body }),
      direct: (ctx) => markAttachment(ctx, archivist, caseNumber, body),
    },
  );
  print(values.json, marked, () =>
    [`Sak ${marked.caseNumber}: «${item}» markert som ${body.resolution === 'not_needed' ? 'ikke nødvendig' : 'mottatt'}.`, missingAttachmentsLine(marked.missingAttachments) ?? 'Ingen vedlegg mangler lenger.'].join('\n'),
  );
  return 0;
}
