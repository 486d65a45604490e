import { appendFile, open, readFile, stat } from 'node:fs/promises';
import { PostmottakEvent } from '#schemas/events';
import type { EventPublisher } from '../../../stages/ports.ts';

/**
 * The data dir's event log (events.jsonl): one event a line, oldest first, each id once. Only one
 * process writes a data dir at a time (serve, or a command under the data dir's lock), so this process
 * catches up on what is in the file, skips the ids it holds, and appends; appends within the process
 * are queued so concurrent stages never interleave.
 */
export function localEventLog(file: string): EventPublisher {
  const seen = new Set<string>();
  let readUpTo = 0;
  let queue: Promise<void> = Promise.resolve();

  async function catchUp() {
    // Most publishes find nothing new: one stat, no open (they are on every stage's path).
    const grown = await stat(file).then(
      (s) => s.size > readUpTo,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') return false;
        throw error;
      },
    );
    if (!grown) return;
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size <= readUpTo) return;
      const buffer = Buffer.alloc(size - readUpTo);
      await handle.read(buffer, 0, buffer.length, readUpTo);
      const text = buffer.toString('utf8');
      const complete = text.lastIndexOf('\n') + 1;
      for (const line of text.slice(0, complete).split('\n')) {
        if (line.trim()) seen.add((JSON.parse(line) as { id: string }).id);
      }
      readUpTo += Buffer.byteLength(text.slice(0, complete));
    } finally {
      await handle.close();
    }
  }

  return {
    publish(events) {
      const run = queue.then(async () => {
        await catchUp();
        const fresh: string[] = [];
        for (const event of events) {
          if (seen.has(event.id)) continue;
          seen.add(event.id);
          fresh.push(JSON.stringify(event) + '\n');
        }
        if (fresh.length === 0) return;
        const text = fresh.join('');
        await appendFile(file, text, { mode: 0o600 });
        readUpTo += Buffer.byteLength(text);
      });
      queue = run.catch(() => undefined);
      return run;
    },
  };
}

/** The log's events after the one with id `since` (all of them without), oldest first; null when `since` is not in the log. */
export async function readEventLog(file: string, since?: string): Promise<PostmottakEvent[] | null> {
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return '';
    throw error;
  });
  // A line still being appended has no newline yet: it is read next time.
  const events = text
    .slice(0, text.lastIndexOf('\n') + 1)
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => PostmottakEvent.parse(JSON.parse(line)));
  if (since === undefined) return events;
  const at = events.findIndex((e) => e.id === since);
  return at < 0 ? null : events.slice(at + 1);
}
