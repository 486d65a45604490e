import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeEvent } from '#domain/events/make-event';
import type { PostmottakEvent } from '#schemas/events';
import { eventBridgePublisher } from '../../functions/commons/events/eventbridge-publisher.ts';
import { localEventLog } from '../../functions/commons/events/local-event-log.ts';
import { main } from '../../local/cli.ts';

const events: PostmottakEvent[] = Array.from({ length: 23 }, (_, i) =>
  makeEvent('CaseRouted', { documentId: `doc-${i}`, caseId: `2025-${String(i + 1).padStart(5, '0')}` }, { caseNumber: `2025/${String(i + 1).padStart(5, '0')}`, queue: 'unassigned/dental', area: 'dental', keywords: [], priority: 1 }, { time: '2025-03-20T09:00:00.000Z' }),
);

/** A stand-in for process.stdout/stderr.write that keeps what was written. */
const collect = (into: string[]) => (chunk: unknown) => {
  into.push(String(chunk));
  return true;
};

type Entry = { Source?: string; DetailType?: string; Detail?: string; EventBusName?: string };

describe('the EventBridge publisher', () => {
  it('sends batches of at most 10, source postmottak, detail-type the type, the event as the detail', async () => {
    const calls: Entry[][] = [];
    const client = {
      send: vi.fn(async (command: PutEventsCommand) => {
        calls.push(command.input.Entries as Entry[]);
        return { FailedEntryCount: 0, Entries: [] };
      }),
    };
    await eventBridgePublisher({ client: client as never, busName: 'postmottak-bus' }).publish(events);
    expect(calls.map((c) => c.length)).toEqual([10, 10, 3]);
    const first = calls[0]![0]!;
    expect(first).toMatchObject({ Source: 'postmottak', DetailType: 'CaseRouted', EventBusName: 'postmottak-bus' });
    expect(JSON.parse(first.Detail!)).toEqual(events[0]);
  });

  it('sends again only the entries EventBridge answered as failed, and gives up with a TransientError', async () => {
    const sent: string[][] = [];
    let round = 0;
    const client = {
      send: vi.fn(async (command: PutEventsCommand) => {
        const entries = command.input.Entries as Entry[];
        sent.push(entries.map((e) => JSON.parse(e.Detail!).id));
        round += 1;
        // The first round fails the 2nd and 5th entries; later rounds succeed.
        const failed = round === 1 ? [1, 4] : [];
        return { FailedEntryCount: failed.length, Entries: entries.map((_, i) => (failed.includes(i) ? { ErrorCode: 'ThrottlingException' } : { EventId: `e${i}` })) };
      }),
    };
    await eventBridgePublisher({ client: client as never, busName: 'b', pause: async () => {} }).publish(events.slice(0, 6));
    expect(sent).toEqual([events.slice(0, 6).map((e) => e.id), [events[1]!.id, events[4]!.id]]);

    const alwaysFailing = { send: async (command: PutEventsCommand) => ({ FailedEntryCount: 1, Entries: (command.input.Entries ?? []).map(() => ({ ErrorCode: 'InternalFailure' })) }) };
    await expect(eventBridgePublisher({ client: alwaysFailing as never, busName: 'b', attempts: 3, pause: async () => {} }).publish(events.slice(0, 1))).rejects.toMatchObject({ name: 'TransientError' });
  });
});

describe('the local log and `postmottak events`', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-events-cli-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('prints the log one JSON object a line from after --since, and an unknown id is a one-line usage error (exit 2)', async () => {
    const dataDir = path.join(dir, 'state');
    await rm(dataDir, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(dataDir, { recursive: true }));
    const log = localEventLog(path.join(dataDir, 'events.jsonl'));
    await log.publish(events.slice(0, 4));
    await log.publish(events.slice(2, 5)); // two already there

    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(collect(out));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(collect(err));
    try {
      expect(await main(['events', '--data-dir', dataDir])).toBe(0);
      expect(out.join('').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual(events.slice(0, 5).map((e) => e.id));
      out.length = 0;
      expect(await main(['events', '--data-dir', dataDir, '--since', events[2]!.id])).toBe(0);
      expect(out.join('').trimEnd().split('\n').map((l) => JSON.parse(l).id)).toEqual([events[3]!.id, events[4]!.id]);
      expect(await main(['events', '--data-dir', dataDir, '--since', 'a'.repeat(32)])).toBe(2);
      expect(err.join('')).toContain('ingen hendelse har id');
      expect(err.join('')).not.toContain('    at ');
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('refuses a data dir that does not exist with one line and exit 2, with or without --follow (QA s12 LOW 5: nothing and exit 0)', async () => {
    const missing = path.join(dir, 'skrivefeil');
    const err: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(collect(err));
    try {
      for (const follow of [[], ['--follow']]) {
        err.length = 0;
        expect(await main(['events', '--data-dir', missing, ...follow])).toBe(2);
        expect(err.join('')).toBe(`postmottak: datamappen ${missing} finnes ikke; oppgi den med --data-dir\n`);
      }
    } finally {
      stderr.mockRestore();
    }
  });

  it('`postmottak export` refuses a from after to with one line and exit 2', async () => {
    const err: string[] = [];
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(collect(err));
    try {
      expect(await main(['export', '--from', '2025-03-31', '--to', '2025-03-01', '--data-dir', path.join(dir, 'none')])).toBe(2);
      expect(err.join('').split('\n')[0]).toContain('er etter --to');
    } finally {
      stderr.mockRestore();
    }
  });

  it('a line still being written is left for the next read', async () => {
    const file = path.join(dir, 'partial.jsonl');
    await writeFile(file, `${JSON.stringify(events[0])}\n${JSON.stringify(events[1]).slice(0, 20)}`);
    const { readEventLog } = await import('../../functions/commons/events/local-event-log.ts');
    expect((await readEventLog(file))?.map((e) => e.id)).toEqual([events[0]!.id]);
  });
});
