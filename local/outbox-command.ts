import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { LetterStatus, OutboxLetter } from '../schemas/letters.ts';
import { IsoDate } from '../schemas/taxonomy.ts';
import { osloDate } from '../domain/calendar.ts';
import type { OutboxRecord } from '../stages/letter-ports.ts';
import { UsageError } from './commands.ts';
import { DataDirBusy } from './data-dir-lock.ts';
import { openLocalRuntime } from './service-runtime.ts';

/**
 * `postmottak outbox`: the letters postmottak wrote (SPEC.md "Parties and outgoing letters").
 *
 *   outbox [--status ready|held|sent] [--json]     one line (or JSON object) per letter
 *   outbox sent LETTER_ID [--on YYYY-MM-DD]        marks a ready letter sent (ekspedert) that day
 *   outbox print --out FILE.pdf [--date YYYY-MM-DD] one printable PDF/A of the ready letters (of a day)
 *   outbox notices [--today YYYY-MM-DD]            what the daily watcher does in AWS: writes the notice
 *                                                  of extended processing time for each open case
 *                                                  whose case_processing deadline is within the lead time
 */

const common = { 'data-dir': { type: 'string', default: '.postmottak' }, json: { type: 'boolean', default: false } } as const;

function date(value: string | undefined, flag: string): string | undefined {
  if (value === undefined) return undefined;
  if (!IsoDate.safeParse(value).success) throw new UsageError(`${flag} must be a date written YYYY-MM-DD, not '${value}'`);
  return value;
}

/** The listing's shape: SPEC.md's fields and the reason or date that goes with the status. */
export function outboxLine(record: OutboxRecord): OutboxLetter {
  return OutboxLetter.parse({
    letterId: record.letterId,
    caseId: record.caseId,
    caseNumber: record.caseNumber,
    kind: record.kind,
    language: record.language,
    recipient: record.recipient,
    status: record.status,
    heldReason: record.heldReason,
    sentOn: record.sentOn,
    letterDate: record.letterDate,
    path: record.path,
    journalEntryId: record.journalEntryId,
  });
}

function describe(l: OutboxLetter): string {
  const to = l.recipient ? [l.recipient.name, ...l.recipient.address].join(', ') : '(no recipient)';
  const status = l.status === 'held' ? `held: ${l.heldReason}` : l.status === 'sent' ? `sent ${l.sentOn}` : 'ready';
  return `${l.letterId}  ${l.caseNumber}  ${l.kind} (${l.language})  ${status}  -> ${to}  ${l.path}`;
}

export async function outboxCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { ...common, status: { type: 'string' }, on: { type: 'string' }, out: { type: 'string' }, date: { type: 'string' }, today: { type: 'string' } } });
  const [action, ...rest] = positionals;
  if (action !== undefined && action !== 'sent' && action !== 'print' && action !== 'notices') throw new UsageError(`unknown outbox action '${action}' (list with no action, or: sent, print, notices)`);
  const status = values.status === undefined ? undefined : LetterStatus.safeParse(values.status).data;
  if (values.status !== undefined && !status) throw new UsageError(`--status must be ready, held or sent, not '${values.status}'`);
  const on = date(values.on, '--on');
  const day = date(values.date, '--date');
  const today = date(values.today, '--today');
  if (action === 'sent' && rest.length !== 1) throw new UsageError('name the one letter to mark sent: outbox sent LETTER_ID');
  if (action === 'print' && !values.out) throw new UsageError('say where to write the printable PDF: outbox print --out FILE.pdf');

  // The data dir's lock, as every command takes it. The outbox has no API route yet, so while serve
  // holds the lock this command says so instead of going through it.
  const runtime = await openLocalRuntime({ dataDir: values['data-dir'], command: 'outbox' }).catch((error: unknown) => {
    if (error instanceof DataDirBusy && error.holder.command === 'serve') throw new UsageError(`postmottak serve is running on ${values['data-dir']} (pid ${error.holder.pid}); the outbox is read on the embedded stack only: stop serve, then run this again`);
    throw error;
  });
  try {
    const { dbFromEnv } = await import('../functions/commons/store/service.ts');
    const { dynamoLetterRepository } = await import('../functions/commons/store/letters.ts');
    const letters = dynamoLetterRepository(dbFromEnv());

    if (action === 'sent') {
      const letterId = rest[0]!;
      const stored = await letters.markSent(letterId, on ?? osloDate(new Date()));
      if (!stored) throw new UsageError(`no letter '${letterId}' in the outbox`);
      if (stored.status !== 'sent') throw new UsageError(`letter ${letterId} is ${stored.status}${stored.heldReason ? ` (${stored.heldReason})` : ''}; only a ready letter can be sent`);
      const line = outboxLine(stored);
      process.stdout.write((values.json ? JSON.stringify(line) : describe(line)) + '\n');
      return 0;
    }

    if (action === 'notices') {
      const { loadConfig } = await import('../config/load.ts');
      const { watchDeadlines } = await import('../functions/commons/store/service.ts');
      const { stagePortsWithBlobs } = await import('../functions/commons/ports.ts');
      const { loadLettersConfig } = await import('../config/letters.ts');
      const { pdfLetterRenderer } = await import('../engines/pdf/letter-renderer.ts');
      const { noticesDue } = await import('../stages/extended-notices.ts');
      const { letterStagePorts, writeExtendedNotices } = await import('../stages/write-letters.ts');
      const lettersConfig = loadLettersConfig();
      const day = today ?? osloDate(new Date());
      const watch = await watchDeadlines(dbFromEnv(), loadConfig(), { today: day, horizonDays: lettersConfig.extendedProcessingTime.leadDays });
      const ports = letterStagePorts({ ...stagePortsWithBlobs(), letters, renderer: pdfLetterRenderer, lettersConfig });
      const written = await writeExtendedNotices(noticesDue(watch.extensionNotices), { ...ports, now: () => new Date(`${day}T09:00:00Z`) });
      for (const w of written) {
        const line = outboxLine((await letters.get(w.letterId))!);
        process.stdout.write((values.json ? JSON.stringify(line) : `${w.created ? 'wrote' : 'already written'}: ${describe(line)}`) + '\n');
      }
      return 0;
    }

    if (action === 'print') {
      const ready = (await letters.list({ status: 'ready' })).filter((l) => !day || l.letterDate === day);
      if (ready.length === 0) throw new UsageError(`no ready letters${day ? ` dated ${day}` : ''} to print`);
      const { loadLettersConfig } = await import('../config/letters.ts');
      const { pdfLetterRenderer } = await import('../engines/pdf/letter-renderer.ts');
      const pdf = await pdfLetterRenderer.renderMany(ready.map((l) => l.facts), loadLettersConfig(), `Dagens post ${day ?? osloDate(new Date())}`);
      await writeFile(values.out!, pdf);
      process.stderr.write(`wrote ${ready.length} letter(s) to ${values.out}\n`);
      if (values.json) for (const l of ready) process.stdout.write(JSON.stringify(outboxLine(l)) + '\n');
      return 0;
    }

    for (const record of await letters.list(status ? { status } : {})) {
      const line = outboxLine(record);
      process.stdout.write((values.json ? JSON.stringify(line) : describe(line)) + '\n');
    }
    return 0;
  } finally {
    await runtime.close();
  }
}
