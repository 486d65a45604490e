import { parseArgs } from 'node:util';
import path from 'node:path';
import { readEventLog } from '../functions/commons/events/local-event-log.ts';
import { refuseMissingDataDir, UsageError } from './usage-error.ts';

/** The data dir's event log: the file the embedded stack's publisher appends to (local/stack.ts). */
export const eventLogFile = (dataDir: string) => path.join(path.resolve(dataDir), 'events.jsonl');

/**
 * `postmottak events [--since ID] [--follow]`: the log one JSON object a line, oldest first. It reads
 * the append-only file itself, so it needs neither the stack nor the data dir's lock, and runs beside
 * serve or a `process` batch. A data dir that is not there is refused. `--follow` keeps printing
 * what is appended until interrupted.
 */
export async function eventsCommand(args: string[], options: { signal?: AbortSignal; pollMs?: number } = {}): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string', default: '.postmottak' }, since: { type: 'string' }, follow: { type: 'boolean', default: false } },
  });
  if (positionals.length) throw new UsageError(`events tar ingen argumenter, ikke «${positionals.join(' ')}»`);
  // A mistyped folder would print nothing, and with --follow wait for ever.
  refuseMissingDataDir(values['data-dir']);
  const file = eventLogFile(values['data-dir']);
  let last = values.since;
  const printNew = async () => {
    const events = await readEventLog(file, last);
    if (events === null) throw new UsageError(`ingen hendelse har id ${last} i ${file}; kjør uten --since for å få alle`);
    for (const event of events) process.stdout.write(JSON.stringify(event) + '\n');
    if (events.length) last = events.at(-1)!.id;
  };
  await printNew();
  if (!values.follow) return 0;

  const signal = options.signal ?? stopSignal();
  while (!signal.aborted) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, options.pollMs ?? 500);
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          resolve();
        },
        { once: true },
      );
    });
    if (!signal.aborted) await printNew();
  }
  return 0;
}

function stopSignal(): AbortSignal {
  const controller = new AbortController();
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => controller.abort());
  return controller.signal;
}
