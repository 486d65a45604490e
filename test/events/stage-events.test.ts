import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostmottakEvent, type EventType } from '#schemas/events';
import { registryStagesThroughAsl } from '../../local/bound-stages.ts';
import { localEventLog, readEventLog } from '../../functions/commons/events/local-event-log.ts';
import type { EventPublisher, StagePorts } from '../../stages/ports.ts';
import { classification, depsFor, personId, stateFor } from '../registry/fixtures.ts';
import { withFreshTable, type FreshTables } from '../support/fresh-table.ts';

let tables: FreshTables;
withFreshTable((_shared, server) => {
  tables = server;
});
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'postmottak-events-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let logs = 0;
async function setUp(): Promise<{ file: string; ports: (events: EventPublisher) => StagePorts }> {
  const db = await tables.another();
  logs += 1;
  return { file: path.join(dir, `events-${logs}.jsonl`), ports: (events) => ({ ...depsFor(db), events }) };
}

/** A publisher that dies, once, when asked to publish an event of `type`: a stage killed after its write and before its publish. */
function dyingBefore(type: EventType, log: EventPublisher): EventPublisher & { died: boolean } {
  const publisher = {
    died: false,
    async publish(events: Parameters<EventPublisher['publish']>[0]) {
      if (!publisher.died && events.some((e) => e.type === type)) {
        publisher.died = true;
        throw Object.assign(new Error('the process was killed'), { name: 'Killed' });
      }
      await log.publish(events);
    },
  };
  return publisher;
}

describe('events of the registry stages', () => {
  it('an appeal that opens a case publishes what changed, valid against its schema, with no national id', async () => {
    const { file, ports } = await setUp();
    const nationalId = personId(7);
    const state = stateFor(classification({ fields: { nationalIds: [nationalId], caseReferences: ['24/113188'] } }));
    const run = await registryStagesThroughAsl(ports(localEventLog(file))).run(state);
    expect(run.result.status).toBe('routed');

    const events = (await readEventLog(file)) ?? [];
    expect(events.map((e) => e.type)).toEqual(['DocumentRegistered', 'CaseCreated', 'DeadlineOpened', 'DeadlineOpened', 'DeadlineOpened', 'CaseRouted']);
    for (const event of events) expect(PostmottakEvent.safeParse(event).success).toBe(true);
    const routed = events.find((e) => e.type === 'CaseRouted');
    expect(routed).toMatchObject({ caseId: run.result.caseId, documentId: run.result.documentId, detail: { queue: 'unassigned/dental', area: 'dental' } });
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(nationalId);
    expect(text).not.toContain(nationalId.slice(0, 6) + ' ' + nationalId.slice(6));
  });

  it('a stage that runs again publishes the same ids, and the log holds each once', async () => {
    const { file, ports } = await setUp();
    const state = stateFor(classification());
    await registryStagesThroughAsl(ports(localEventLog(file))).run(state);
    const first = await readFile(file, 'utf8');
    // A second process (a redrive) with a publisher of its own on the same log.
    await registryStagesThroughAsl(ports(localEventLog(file))).run(state);
    expect(await readFile(file, 'utf8')).toBe(first);
  });

  it('a stage killed after its write and before its publish: the re-run publishes the event that was missing', async () => {
    const { file, ports } = await setUp();
    const state = stateFor(classification());
    const dying = dyingBefore('CaseRouted', localEventLog(file));
    const crashed = await registryStagesThroughAsl(ports(dying)).run(state);
    expect(dying.died).toBe(true);
    // Route had written the document as routed before it died.
    expect(crashed.result.status).toBe('routed');
    expect(((await readEventLog(file)) ?? []).map((e) => e.type)).not.toContain('CaseRouted');

    const rerun = await registryStagesThroughAsl(ports(localEventLog(file))).run(state);
    const events = (await readEventLog(file)) ?? [];
    const routed = events.filter((e) => e.type === 'CaseRouted');
    expect(routed).toHaveLength(1);
    expect(routed[0]).toMatchObject({ caseId: rerun.result.caseId, detail: { queue: 'unassigned/dental' } });
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('a document that must link to a case and finds none goes to review, and says so', async () => {
    const { file, ports } = await setUp();
    const run = await registryStagesThroughAsl(ports(localEventLog(file))).run(stateFor(classification({ documentType: 'medical_declaration', fields: { decisionDate: null } })));
    expect(run.result.status).toBe('review');
    const events = (await readEventLog(file)) ?? [];
    expect(events).toEqual([expect.objectContaining({ type: 'DocumentInReview', documentId: run.result.documentId, detail: expect.objectContaining({ queue: 'review', documentType: 'medical_declaration' }) })]);
  });

  it('--since gives what came after an id, and an unknown id is told apart from an empty answer', async () => {
    const { file, ports } = await setUp();
    await registryStagesThroughAsl(ports(localEventLog(file))).run(stateFor(classification()));
    const all = (await readEventLog(file)) ?? [];
    expect(await readEventLog(file, all[1]!.id)).toEqual(all.slice(2));
    expect(await readEventLog(file, all.at(-1)!.id)).toEqual([]);
    expect(await readEventLog(file, 'f'.repeat(32))).toBeNull();
  });
});
