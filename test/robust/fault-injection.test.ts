import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentDocumentId, documentIdFor } from '#domain/identity';
import { startLocalStack, localTable, type LocalStack } from '#local/stack';
import { shutdownOcr } from '#engines/ocr/index';
import { dayOfMail, type MailItem } from '../../corpus/robustness-mail.ts';
import { auditTable, scanTable } from '../../scripts/table-audit.ts';
import { auditEvents } from '../support/event-audit.ts';
import { readEventLog } from '#commons/events/local-event-log';
import { eventLogFile } from '#local/events-command';

/**
 * Issue 14 item 2: a few hundred documents through the embedded stack (the real ASL, the real handlers)
 * with 20% injected faults in every task: failures before the handler, lost responses after it ran,
 * timeouts, and errors no Retry matches. Every document must reach routed, review or rejected, nothing
 * may exist twice, and the ASL's Retry and Catch paths must have been taken.
 */
const PEOPLE = Number(process.env.FAULT_PEOPLE ?? 90);
const RATE = 0.2;

describe(`fault injection: ${RATE * 100}% of every task fails or times out`, () => {
  let dir: string;
  let stack: LocalStack;
  let mail: MailItem[];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'postmottak-faults-'));
    mail = await dayOfMail(PEOPLE);
    for (const item of mail) await writeFile(path.join(dir, item.name), item.bytes);
    stack = await startLocalStack({ dataDir: path.join(dir, 'state') });
    process.env.POSTMOTTAK_FAULTS = JSON.stringify({ rate: RATE, seed: 14 });
  }, 120_000);
  afterAll(async () => {
    delete process.env.POSTMOTTAK_FAULTS;
    await shutdownOcr();
    await stack?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('loses nothing, duplicates nothing, and takes the Retry and Catch paths', { timeout: 600_000 }, async () => {
    const { loadLocalStateMachine } = await import('#local/state-machine');
    const { uploadScan } = await import('#local/intake');
    const { dbFromEnv, getDocument } = await import('#commons/store/service');
    const machine = await loadLocalStateMachine();
    const started = performance.now();
    let executionsFailed = 0;
    const uploads: { item: MailItem; objectId: string }[] = [];
    for (const item of mail) {
      const input = await uploadScan(stack.bucket, path.join(dir, item.name), { receivedDate: '2025-03-20', postmarkDate: null });
      uploads.push({ item, objectId: documentIdFor(input.intake) });
      // A failed execution is allowed (its Catch records the document in review first; in AWS the
      // StagesFailed alarm fires); a document without an outcome is not.
      try {
        await machine.run(input as never);
      } catch {
        executionsFailed += 1;
      }
    }
    const seconds = (performance.now() - started) / 1000;

    const db = dbFromEnv();
    const outcomes: string[] = [];
    for (const { item, objectId } of uploads) {
      // An upload whose Inspect failed before it read the bytes is recorded under the upload's id.
      const doc = (await getDocument(db, contentDocumentId(item.bytes))) ?? (await getDocument(db, objectId));
      outcomes.push(doc?.status ?? 'NONE');
      expect(doc?.status, `${item.name} has no outcome`).toMatch(/^(routed|review|rejected)$/);
    }
    const items = await scanTable(localTable);
    const audit = auditTable(items);
    expect(audit.problems).toEqual([]);
    expect(outcomes.filter((s) => s === 'rejected').length).toBe(mail.filter((m) => m.kind === 'not-a-scan').length);

    const { retried, caught, faults } = machine.stats;
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    expect(sum(retried)).toBeGreaterThan(0);
    expect(sum(caught)).toBeGreaterThan(0);
    expect(faults.injected.lost + faults.injected.timeout).toBeGreaterThan(0);

    // The events: each change once, and every outcome in the table announced as SPEC.md "Events" promises.
    const log = await readEventLog(eventLogFile(stack.dataDir));
    // Every document, whether recorded under its content's id or (Inspect failed) under its upload's.
    const received = new Set(uploads.flatMap(({ item, objectId }) => [contentDocumentId(item.bytes), objectId]));
    const events = auditEvents(log ?? [], items, received);
    expect(events.problems).toEqual([]);

    const tally = (values: string[]) => JSON.stringify(Object.fromEntries(values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())));
    process.stderr.write(
      `faults: ${mail.length} documents in ${seconds.toFixed(0)} s; outcomes ${tally(outcomes)}; cases ${audit.cases}; ` +
        `injected ${JSON.stringify(faults.injected)}; Retry taken ${sum(retried)} ${JSON.stringify(retried)}; Catch taken ${sum(caught)} ${JSON.stringify(caught)}; executions failed ${executionsFailed}; ` +
        `events ${events.events} ${JSON.stringify(events.byType)}, ${events.promisesChecked} promises checked\n`,
    );
  });
});
